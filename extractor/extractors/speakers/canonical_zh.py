"""The canonical form of every Chinese speaker and claimant, decided once per article after they are chosen.

The parse that picks a holder sees one mention; this pass sees the whole article and fixes the surface form:

1. trim the phrase to the holder: a descriptor before a known name (網路資安廠商趨勢科技 -> 趨勢科技,
   漫畫家蕭言中 -> 蕭言中), a verb the phrase boundary left before it (呼籲勞動部 -> 勞動部), time words
   and adverbs after it (某公司今天上午 -> 某公司, 甲乙兩公司不約而同 -> 甲乙兩公司);
2. resolve within the article: a short form to the full name the article gives (基金會全名（簡稱）, 以下簡稱X,
   or the characters of X in order inside a longer organisation name of the article), a bare title to
   the one person the article names with it (醫師王小明 … 醫師表示 -> 王小明), a surname + title (王醫師)
   to that person's full name. Two different people with the same title or surname: left as written.

Groups stay as written (另一名學者, 不少網友): GUIDE.md keeps a qualified group whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ...data import load_json
from ...document import Document
from ...model import Entity
from .lexicon import _HAN, _zh, alternation
from .names_zh import _is_zh_name
from .zh_words import words

_PUNCT = "，。、；：！？「」『』“”\"（）()《》〈〉\n\t 　,.;:!?"
_COORD = "、和與及跟暨"
_GLOSS = re.compile(r"[（(][^（）()]*[A-Za-z][^（）()]*[）)]")
_LATIN_TAIL = re.compile(r"[A-Z][A-Za-z.'’\-]+(?: [A-Z][A-Za-z.'’\-]+){0,3}$")
_TITLE = re.compile(r"《([^《》]{2,12})》$")
_CODE = re.compile(r"[（(][0-9A-Za-z]{1,8}[）)]$")  # 華邦電（2344）: a stock code after the name


@lru_cache(maxsize=1)
def _lex() -> dict[str, Any]:
    lx: dict[str, Any] = load_json("speaker_canon_zh.json")
    zh = _zh()
    roles = zh["roles"].pattern
    desc = alternation(lx["descriptors"]) + "|" + zh["descriptor"].pattern + "|" + roles
    markers = alternation(lx["abbr_markers"])
    return {
        "desc_end": re.compile(f"(?:{desc}|[{_HAN}]{{1,6}}(?:{alternation(lx['descriptor_ends'])}))$"),
        "org_desc_end": re.compile(f"(?:{zh['descriptor'].pattern}|{alternation(lx['org_descriptor_ends'])})$"),
        "role_full": re.compile(f"(?:{roles})"),
        "lead_verbs": tuple(sorted(lx["lead_verbs"], key=lambda w: -len(w))),
        "not_holders": frozenset(lx["not_holders"]),
        # 全名（簡稱）, 全名（以下簡稱「簡稱」）, 全名，簡稱簡稱
        "defined": re.compile(f"([{_HAN}A-Za-z0-9]{{3,20}})(?:[（(](?:{markers})?[「『]?([{_HAN}]{{2,6}}|[A-Z]{{2,6}})[」』]?[）)]"
                              f"|[，,](?:{markers})[「『]?([{_HAN}]{{2,6}}|[A-Z]{{2,6}})[」』]?)"),
    }


def canonical_speakers(doc: Document, items: list[Any], field: str, entities: Iterable[Entity] = ()) -> list[Any]:
    """Set ``item.<field>`` (speaker or claimant) of every item of a Chinese ``doc`` to its canonical form."""
    if not doc.is_zh or not items:
        return items
    ctx = _Context(doc, entities, [getattr(it, field) for it in items if getattr(it, field)])
    span_field = "speaker_span" if field == "speaker" else field + "_span"
    for it in items:
        name = getattr(it, field)
        if name:
            at = getattr(it, span_field, None) or getattr(it, "span", None) or (len(doc.text), 0)
            setattr(it, field, ctx.canonical(name, at[0]))
    return items


class _Context:
    """What one article tells about its holders: known names, short forms it defines, titled persons."""

    def __init__(self, doc: Document, entities: Iterable[Entity], names: list[str]):
        self.text = doc.text
        self.folded = doc.folded or doc.text
        ents = list(entities)
        self.persons = {_core(n) for e in ents if e.kind == "person" for n in [e.name, *e.aliases] if len(_core(n)) >= 2}
        self.orgs = {_core(n) for e in ents if e.kind == "org" for n in [e.name, *e.aliases] if len(_core(n)) >= 2}
        self.known = self.persons | self.orgs | {_core(n) for n in names if len(_core(n)) >= 2}
        self.defined = _definitions(self.text)
        self.first = {_core(e.name): min(sp[0] for sp in e.spans) for e in ents if e.kind == "person" and e.spans}
        self.titled = {(_core(e.name), e.role, e.org or "") for e in ents
                       if e.kind == "person" and e.role and _is_zh_name(_core(e.name))}
        self.cache: dict[str, str] = {}

    def canonical(self, name: str, at: int) -> str:
        if name not in self.cache:
            out = self._trim(name)
            self.cache[name] = self._resolve(out) or out
        out = self.cache[name]
        return self._titled(out, at) or out

    # -- 1. trimming -------------------------------------------------------------------------------------
    def _trim(self, name: str) -> str:
        core = _core(name)
        if core != name and _GLOSS.sub("", name) == core:
            return name  # 米許（Craig Mish）: the glossed form the article writes stays
        m = _CODE.search(core)
        if m and len(core) - len(m.group()) >= 2:
            core = core[:m.start()]
        m = _TITLE.search(core)
        if m and m.start() > 0:
            core = m.group(1)  # 某國《晨報》: the outlet's name, without the place or kind before it
        core = self._drop_lead(core)
        core = self._drop_tail(core)
        return self._drop_descriptor(core)

    def _drop_lead(self, s: str) -> str:
        """呼籲勞動部 -> 勞動部, 今天聯盟 -> 聯盟: a verb or time word before a holder the article knows."""
        for _ in range(3):
            rest = None
            for v in _lex()["lead_verbs"]:
                if s.startswith(v) and len(s) - len(v) >= 2:
                    rest = s[len(v):]
                    break
            if rest is not None and not self._holder(rest):
                rest = None
            if rest is None and not _group(s):  # 今年某局: a time word or adverb before a holder the article names elsewhere
                ws = [w for w in words(s) if w[1] != "w"]
                if len(ws) >= 2 and ws[0][1].startswith(("t", "c", "d", "p")) and s[len(ws[0][0]):] in self.known:
                    rest = s[len(ws[0][0]):]
            if rest is None:
                break
            s = rest
        return s

    def _drop_tail(self, s: str) -> str:
        """某公司今天上午 -> 某公司: the longest known holder at the start, when a clause word follows it."""
        ws = [w for w in words(s) if w[1] != "w"]
        pos, best = 0, None
        for i, (w, _t) in enumerate(ws[:-1]):
            pos += len(w)
            nxt_w, nxt_t = ws[i + 1]
            head = s[:pos]
            head_ok = head in self.known or self._holder(head) and not _zh()["group_end"].search(head)
            if not _group(s) and head_ok and (nxt_t.startswith(("t", "d", "i", "l")) or nxt_w[0] in "今昨"
                                              or nxt_w[0].isdigit()):
                best = pos
            elif best is None and head in self.persons and nxt_t.startswith("v"):
                best = pos  # 王小明撰文: a person's name, then what he did
            elif best is None and len(head) >= 2 and not _has_clause(head) and not _group(head) \
                    and (nxt_w[0] in "今昨" or nxt_t in ("i", "l") or nxt_t.startswith("t") and len(nxt_w) >= 2):
                best = pos  # 某某金融今（28）日, 某兩公司不約而同: a name, then a time word or an idiom
        return s[:best] if best is not None and best >= 2 else s

    def _drop_descriptor(self, s: str) -> str:
        """本地生王小明 -> 王小明, 資安廠商某科技 -> 某科技: a descriptor or title before a name."""
        if any(c in s for c in _COORD):
            return s
        lat = _LATIN_TAIL.search(s)
        if lat and lat.start() > 0 and re.search(f"[{_HAN}]$", s[:lat.start()]):
            return s[lat.start():]  # 某公司首席資訊安全官John Doe
        for k in range(1, len(s) - 1):
            head, tail = s[:k], s[k:]
            if not self._word_boundary(s, k):
                continue
            if (tail in self.persons or _is_zh_name(tail) and not _group(tail)) and (_lex()["desc_end"].search(head) or _zh()["role_end"].search(head)
                                                                 or _zh()["org_end"].search(head) and len(head) >= 3):
                return tail  # 漫畫家王小明, 某局局長王小明
            if _zh()["group_end"].search(s) and tail not in self.orgs:
                continue  # 批評人士, 大型投顧法人: a qualified group stays whole
            if _zh()["descriptor"].fullmatch(tail):
                continue  # 某某媒體研究公司: the tail is itself a description, not a name
            if _lex()["org_desc_end"].search(head) and (tail in self.known or len(tail) >= 3 and _zh()["org_end"].search(tail)
                                                         and not _has_clause(tail)):
                return tail  # 資安廠商某科技
        return s

    @staticmethod
    def _word_boundary(s: str, k: int) -> bool:
        pos = 0
        for w, _t in words(s):
            if pos == k:
                return True
            pos += len(w)
        return pos == k

    def _holder(self, s: str) -> bool:
        """A phrase the article knows as a holder, or one ending in an organisation suffix or group word."""
        if s in self.known or _is_zh_name(s) and s in self.persons:
            return True
        zh = _zh()
        return len(s) >= 2 and bool(zh["org_end"].search(s) or zh["group_end"].search(s)) and not _has_clause(s)

    # -- 2. resolution -------------------------------------------------------------------------------------
    def _resolve(self, s: str) -> str | None:
        if s in self.persons or _is_zh_name(s):
            return None
        if s in self.defined:
            return self.defined[s]
        return self._spelled_out(s)

    def _spelled_out(self, s: str) -> str | None:
        """高速局 -> 交通部高速公路局's 高速公路局: a 2-4 character short form whose characters stand in order
        inside one longer organisation name of the article (the words around them completed); None when the
        article writes no such name or two different ones."""
        zh = _zh()
        if not re.fullmatch(f"[{_HAN}]{{2,4}}", s) or _group(s) or zh["descriptor"].fullmatch(s) \
                or s in zh["anaphors"] or s in self.orgs and len(s) > 3:
            return None
        found: dict[str, list[tuple[int, int]]] = {}
        for m in re.finditer(re.escape(s[0]), self.folded):
            hit = _expand(self.text, self.folded, m.start(), s)
            if hit is None:
                continue
            full, at = hit
            if full != s and s not in full and zh["org_end"].search(full) and not _has_clause(full):
                found.setdefault(full, []).append(at)
        # one name met twice (南投縣政府, then 縣政府 inside it): the longer; two names side by side: neither
        names = [f for f, ats in found.items()
                 if not any(g != f and all(any(b0 <= a0 and a1 <= b1 for b0, b1 in found[g]) for a0, a1 in ats)
                            for g in found)]
        return names[0] if len(names) == 1 else None

    def _titled(self, s: str, at: int) -> str | None:
        """醫師 / 某公司社長 / 王醫師 -> the one person the article named before ``at`` with that title
        (and surname); a title used before any such person is named stays as written."""
        if s in self.persons or _is_zh_name(s):
            return None
        names = {name for name, role, org in self.titled
                 if s in (role, org + role) or len(s) > len(role) and s.endswith(role) and _surname(s[:-len(role)])
                 and name.startswith(s[:-len(role)])}
        if len(names) != 1:
            return None
        name = names.pop()
        return name if self.first.get(name, at) < at else None


def _expand(text: str, folded: str, i: int, short: str) -> tuple[str, tuple[int, int]] | None:
    """The jieba words around ``i`` that hold the characters of ``short`` in order (台銀 at 台灣銀行 -> 台灣銀行,
    央行 at 中央銀行 -> 中央銀行): the word holding the first character starts the name, the one holding the last
    ends it."""
    lo = i
    while lo > max(0, i - 4) and folded[lo - 1] not in _PUNCT:
        lo -= 1
    hi = i + 3 * len(short) + 6
    cut = next((k for k in range(i, min(hi, len(folded))) if folded[k] in _PUNCT), min(hi, len(folded)))
    window = folded[lo:cut]
    k = i - lo
    for c in short[1:]:
        k = window.find(c, k + 1)
        if k < 0:
            return None
    start = end = pos = 0
    for w, _t in words(window):
        if pos <= i - lo < pos + len(w):
            start = pos
        pos += len(w)
        if pos > k:
            end = pos
            break
    return (text[lo + start:lo + end], (lo + start, lo + end)) if end > start else None


def _group(s: str) -> bool:
    """A group holder (不少網友, 批評人士, 3位高級官員): kept whole as written."""
    zh = _zh()
    if zh["group_any"].fullmatch(s) or zh["roles"].fullmatch(s):
        return True  # 官員: a group word, though 官 is also a surname
    return bool(zh["group_end"].search(s) or zh["role_end"].search(s)) and not _is_zh_name(s)


def _surname(s: str) -> bool:
    zh = _zh()
    return s in zh["surnames"] or s in zh["compound"]


def _core(name: str) -> str:
    return _GLOSS.sub("", name).strip()


def _has_clause(s: str) -> bool:
    ws = [w for w in words(s) if w[1] != "w"]
    return any(t.startswith(("t", "d", "p", "c", "r")) and len(w) >= 2 for w, t in ws)


def _definitions(text: str) -> dict[str, str]:
    """Short forms the article defines: 全名（簡稱）, 全名（以下簡稱X）, 全名，簡稱X -> {簡稱: 全名}.
    A short form whose characters are not in the full name in order (a photo note 左二) is not one."""
    out: dict[str, str] = {}
    seen: dict[str, set[str]] = {}
    for m in _lex()["defined"].finditer(text):
        short = m.group(2) or m.group(3)
        full = _full_name(m.group(1), short)
        if full:
            seen.setdefault(short, set()).add(full)
    for short, fulls in seen.items():
        if len(fulls) == 1:
            out[short] = fulls.pop()
    return out


def _full_name(run: str, short: str) -> str | None:
    """The organisation name that ends ``run`` and that ``short`` abbreviates (its characters in order)."""
    ws = [w for w in words(run) if w[1] != "w"]
    start = 0
    for w, t in ws:  # drop clause words before the name: 由, 今天, 昨日發表的
        if t.startswith(("p", "d", "t", "c", "u", "r", "m", "v")) or w in "的之":
            start += len(w)
            continue
        break
    # the name starts after the last clause word inside the run (…發布的甲乙基金會): re-scan from the right
    pos = 0
    for w, t in ws:
        pos += len(w)
        if pos > start and (t.startswith(("p", "d", "t", "c", "u", "r")) or w in ("的", "之")) and pos < len(run):
            start = pos
    full = run[start:]
    if len(full) <= len(short) or not re.fullmatch(f"[{_HAN}A-Za-z0-9]+", full):
        return None
    if short.isascii():
        return full if re.fullmatch(f"[{_HAN}]+", full) and _zh()["org_end"].search(full) else None
    it = iter(full)
    if not all(c in it for c in short) or full[0] != short[0] and short[0] not in full[:4]:
        return None
    return full
