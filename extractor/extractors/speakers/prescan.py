"""Registry seeding: the names an article introduces with a title or an English gloss, and (English)
organisation names, found before attribution so that earlier pronouns and surnames resolve."""

from __future__ import annotations

import re
from functools import lru_cache

from ...document import Document, Span
from .en_names import full_role
from .en_people import sweep_en_people
from .lexicon import _HAN, _en, _zh, alternation, lexicon
from .names_zh import _cut_zh_name
from .parse_en import _en_orgish
from .parse_zh import parse_zh
from .registry import Registry

_EN_HONORIFIC_NAME = re.compile(r"\b(?P<hon>Mr|Mrs|Ms)\.?\s+(?P<name>[A-Z][a-z][A-Za-z'’\-]+(?:\s[A-Z][a-z][A-Za-z'’\-]+){1,2})\b")


_EN_ORG_RUN = re.compile(r"\b[A-Z][\w.'’\-]*(?:\s+(?:&\s+|of\s+|and\s+|for\s+)?[A-Z][\w.'’\-]*)+")


@lru_cache(maxsize=1)
def _zh_role_name() -> re.Pattern[str]:
    """A title, then a Latin name or 2-3 Han chars (+ an optional English gloss)."""
    return re.compile(
        f"(?:{alternation(lexicon('zh')['roles'])})"
        rf"(?P<name>[A-Z][A-Za-z.'’\-]+(?: [A-Z][A-Za-z.'’\-]+){{0,2}}|[{_HAN}]{{2,4}})"
        r"(?P<gloss>[（(][A-Z][A-Za-z.'’\- ]{1,40}[）)])?")


def _credit(text: str, folded: str, start: int, end: int) -> bool:
    """True for a reporter's name in a credit line: 記者 before it, a slash after it (記者王小明/攝影)."""
    return folded[max(0, start - 2):start] == "記者" and end < len(text) and text[end] in "/／"


def prescan(doc: Document) -> Registry:
    """A registry seeded with the names the article introduces with a title or an English gloss.

    Seeding before attribution lets a pronoun or surname that comes first in a quote's own sentence
    ("Tusk Ventures的執行長Bradley Tusk，他…指出") resolve to the full name given earlier.
    """
    reg = Registry()
    text, folded = doc.text, doc.folded or doc.text
    reg.text = text
    for g in doc.get("name_glosses"):
        zh, en = getattr(g, "zh", None), getattr(g, "en", None)
        zspan, gspan = getattr(g, "zh_span", None), getattr(g, "span", None)
        if zh and en and zspan is not None:
            end = gspan.end if gspan is not None else zspan.end
            reg.add(text[zspan.start:end], "person", Span(zspan.start, end), en=en)
    if doc.is_zh:
        for m in _zh_role_name().finditer(folded):
            name: str | None = text[m.start("name"):m.end("name")]
            if not re.match("[A-Za-z]", name or ""):
                name = _cut_zh_name(text, folded, m.start("name"), m.end("name"))
            if not name:
                continue
            end = m.start("name") + len(name)
            if _credit(text, folded, m.start("name"), end):
                continue  # 記者吳某某/攝影: a byline or photo credit, no person of the story
            if m.group("gloss") and end == m.end("name"):
                end = m.end("gloss")
            sp = parse_zh(reg, text, folded, _clause_start(folded, m.start()), end, m.start())
            if sp is not None and sp.kind == "person":
                reg.add(text[sp.span.start:sp.span.end], "person", sp.span, role=sp.role, org=sp.org,
                        en=(m.group("gloss") or "")[1:-1] or None)
        _abbreviations(reg, text, folded)
        _sweep_mentions(reg, text)
    else:
        found: list[tuple[int, str, Span, str | None]] = []
        genders: dict[tuple[int, int], str] = {}
        for start, end, role in _en_titled_names(text):
            found.append((start, "person", Span(start, end), role))
        for m in _EN_HONORIFIC_NAME.finditer(text):
            found.append((m.start("name"), "person", Span(m.start("name"), m.end("name")), None))
            genders[(m.start("name"), m.end("name"))] = "f" if m.group("hon") in ("Mrs", "Ms") else "m"
        # organisations: a capitalised run whose last word is an organisation noun (… Commission, … Co.)
        org_words = _en()["org_words"]
        for m in _EN_ORG_RUN.finditer(text):
            words = m.group().split()
            while words and words[0].lower() in _EN_RUN_LEADERS:
                words = words[1:]  # "Some White House (advisers)": sentence-initial words are not the name
            if len(words) >= 2 and words[-1].lower().rstrip(",") in org_words:
                org_name = " ".join(words)
                s0 = m.end() - len(org_name)
                found.append((s0, "org", Span(s0, m.end()), None))
                continue
            # "Bank of Canada", "Chamber of Commerce": an organisation noun heading an "of"/"for" name
            for i in range(len(words) - 2):
                if words[i].lower() in org_words and words[i + 1] in ("of", "for") and words[i + 2][:1].isupper():
                    head = words[:i + 3]
                    if m.group().split()[:len(words)] != words:  # leaders were dropped: find the name's start
                        s0 = m.start() + m.group().index(" ".join(head))
                    else:
                        s0 = m.start()
                    org_name = " ".join(head)
                    if text[s0:s0 + len(org_name)] == org_name:
                        found.append((s0, "org", Span(s0, s0 + len(org_name)), None))
                    break
        for _, kind, span, title in sorted(found, key=lambda f: (f[0], f[1], f[2])):
            rec = reg.add(text[span.start:span.end], kind, span, role=full_role(title))
            rec.gender = rec.gender or genders.get((span.start, span.end))
        # acronyms of those organisations (PG&E, CPUC) are mentions of them
        for m in re.finditer(r"\b[A-Z][A-Z&]{1,6}\b", text):
            org_rec = reg.lookup(m.group(), kinds=("org",))
            if org_rec is not None:
                reg.add(org_rec.name, "org", Span(m.start(), m.end()))
                org_rec.aliases.add(m.group())
        sweep_en_people(reg, text)  # English people named without a title, and their genders (quotes-en)
    return reg


_MAX_SWEEP = 200  # mentions recorded per name: enough for any article, bounded for hostile input


_ABBR = re.compile(f"[（(]([{_HAN}]{{2,5}})[）)]")
_HAN_RUN_END = re.compile(f"[{_HAN}]{{3,20}}$")


def _abbreviations(reg: Registry, text: str, folded: str) -> None:
    """An organisation's short name given in brackets after it (國際合作發展基金會（國合會）): the short name is
    an alias of the full one, so that 國合會表示 names 國際合作發展基金會. The full name is the longest tail of the
    characters before the bracket that opens with the short name's first character, holds its characters in
    order and ends like an organisation."""
    org_end = _zh()["org_end"]
    for m in _ABBR.finditer(folded):
        short = m.group(1)
        r = _HAN_RUN_END.search(folded, max(0, m.start() - 20), m.start())
        if r is None:
            continue
        run = r.group()
        for i in range(len(run) - len(short)):
            tail = run[i:]
            if tail[0] == short[0] and _in_order(short, tail) and org_end.search(tail):
                s0 = r.start() + i
                rec = reg.add(text[s0:r.end()], "org", Span(s0, r.end()))
                reg.add_alias(rec, text[m.start(1):m.end(1)])
                break


def _in_order(short: str, full: str) -> bool:
    it = iter(full)
    return all(c in it for c in short)


def _sweep_mentions(reg: Registry, text: str) -> None:
    """Every later occurrence of a titled person's name is a mention, so that 他/她 find the person named
    last, not only the last one introduced with a title."""
    for rec in [r for r in reg.recs if r.kind == "person"]:
        name = re.sub(r"[（(].*$", "", rec.name)
        if len(name) < 2:
            continue
        i, n = text.find(name), 0
        while i >= 0 and n < _MAX_SWEEP:
            if text.rfind("「", max(0, i - 300), i) <= text.rfind("」", max(0, i - 300), i):
                reg.mention(rec, Span(i, i + len(name)))  # a name inside a quotation is not a mention
            i, n = text.find(name, i + len(name)), n + 1


def _clause_start(folded: str, pos: int, limit: int = 30) -> int:
    i, lo = pos, max(0, pos - limit)
    while i > lo and folded[i - 1] not in "，,。！？!?；;：:「」『』“”\"\n":
        i -= 1
    return i


_EN_RUN_LEADERS = frozenset("the a an some many most all several both other few in at on for but and as if when "
                            "while after before by from with".split())


# Words of a name stand on one line: a paragraph break ends the run ("Ken Doctor\nBut" is not one name).
_EN_CAP_RUN = re.compile(r"\b[A-Z][\w'’\-]*(?:[ \t\u00a0][A-Z][\w'’\-]*){1,6}")


_EN_NAME_WORD = re.compile(r"[A-Z][a-z][A-Za-z'’\-]+")


def _en_titled_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, title) of 2-3 word names right after a title: "US President Donald Trump",
    "chief executive Lin Wen-hao". Scans capitalised runs, then looks the title up word by word
    (one pass of a simple regex, much faster than one alternation of every title)."""
    roles = _en()["roles"]
    out = []
    for m in _EN_CAP_RUN.finditer(text):
        words = m.group().split()
        low = [w.lower() for w in words]
        cut, role = -1, ""
        i = 0
        while i < len(words):
            step = 1
            for n in (3, 2, 1):  # longest title first: "Trade Representative", not "Representative"
                if i + n <= len(words) and " ".join(low[i:i + n]) in roles:
                    cut, role, step = i + n, " ".join(words[i:i + n]), n
                    break
            i += step
        if cut < 0:
            # a lower-case title before the run: "chief executive Lin Wen-hao"
            before = text[max(0, m.start() - 40):m.start()].split()
            for n in (3, 2, 1):
                if len(before) >= n and " ".join(before[-n:]).lower() in roles:
                    cut, role = 0, " ".join(before[-n:])
                    break
        name_words = words[cut:] if cut >= 0 else []
        if not 2 <= len(name_words) <= 3 or not all(_EN_NAME_WORD.fullmatch(w) for w in name_words):
            continue
        name = " ".join(name_words)
        if _en_orgish(name):
            continue
        k = m.group().rfind(name)
        if k < 0:  # white space other than one blank between the words: no span to give
            continue
        start = m.start() + k
        out.append((start, start + len(name), role))
    return out
