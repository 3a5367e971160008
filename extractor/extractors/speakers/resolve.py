"""Resolution: pronouns, anaphors, surnames and role nouns -> the registry record they point back to;
``resolve_speaker`` is the public entry point."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ...document import Document, Span
from . import antecedent_zh
from .lexicon import _HAN, _zh
from .parse_en import parse_en
from .parse_zh import parse_zh
from .registry import _PRONOUN_GENDER, EntityRec, Registry, Speaker, registry_from_entities
from .zh_words import is_clause, words

_PRONOUN_FALLBACK_KINDS = ("group",)


def _name_like_org(rec: EntityRec | None) -> EntityRec | None:
    """``rec`` when it is an "organisation" that reads as a transliterated person's name (迪里夏提 表示…，他…):
    a few Han characters with no organisation or group ending."""
    if rec is None or not re.fullmatch(f"[{_HAN}·‧]{{2,5}}", rec.name):
        return None
    zh = _zh()
    if zh["org_end"].search(rec.name) or zh["group_end"].search(rec.name) or rec.name in zh["anaphors"]:
        return None
    return rec


@lru_cache(maxsize=1)
def _group_nouns() -> re.Pattern[str]:
    from .lexicon import lexicon

    plural = sorted({g for g in lexicon("en")["groups"] if g.endswith("s") and " " not in g}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, plural)) + r")\b")


def _group_noun_before(reg: Registry, at: int, rec: EntityRec | None) -> str | None:
    """English "they": a plural group noun ("critics", "officials") in the 300 characters before it, when it
    comes after the last mention of the group or organisation the registry would give."""
    text = reg.text or ""
    lo = max(0, at - 300)
    last = None
    for m in _group_nouns().finditer(text, lo, at):
        last = m
    if last is None:
        return None
    if rec is not None:
        k = max((pos for pos, _seq, r in reg.mentions if r is rec and pos < at), default=-1)
        if k >= last.start():
            return None
    return last.group()


def resolve(reg: Registry, sp: Speaker, at: int, lang: str) -> Speaker:
    """Attach the registry record to a parsed speaker (pronouns, anaphors, surnames) and record the mention."""
    kinds_person = ("person",)
    if sp.kind == "pronoun":
        gender = _PRONOUN_GENDER.get(sp.text.strip().lower()) or _PRONOUN_GENDER.get(sp.name.lower())
        # the last person of compatible gender (known from a title or a name prior), else the last person
        # the person who spoke last (gender permitting), then the last person named
        rec = antecedent_zh.choose(reg, at, gender) if lang == "zh" else None  # a learned ranking, if any
        rec = rec or reg.last_speaker(at, gender)
        rec = rec or (reg.last(at, kinds_person, gender=gender) if gender else None)
        rec = rec or (reg.last(at, kinds_person, gender="?") if gender else None)  # then one of unknown gender
        rec = rec or reg.last(at, kinds_person)
        if rec is None and lang == "zh":
            # no person named before: 一名外送員…。他說 -> the one-person group mentioned last (外送員, 男子)
            # a titled name the registry missed (副會長許心欣…，她說) first
            rec = antecedent_zh.titled_person_before(reg, at, gender) \
                or antecedent_zh.named_subject_before(reg, at, gender) or reg.last(at, _PRONOUN_FALLBACK_KINDS) \
                or _name_like_org(reg.last(at, ("org",)))
        if rec is not None:
            reg.mention(rec, sp.span)
        return Speaker(rec.name if rec else sp.name, "person", sp.span, role=rec.role if rec else None,
                       org=rec.org if rec else None, ent=rec, text=sp.text)
    if sp.kind == "pronoun_group":
        rec = reg.last(at, ("group", "org"))
        if lang == "en" and sp.name.lower() == "they":
            noun = _group_noun_before(reg, at, rec)
            if noun is not None:  # "There have been critics. … They contend that …": the group just named
                return Speaker(noun, "group", sp.span, text=sp.text)
        return Speaker(rec.name if rec else sp.name, rec.kind if rec else "group", sp.span, ent=rec, text=sp.text)
    if sp.kind == "anaphor" and lang == "zh" and sp.head:
        # 報導 -> the outlet named last, 校方 -> the school: an organisation with a matching name ending
        ends = _zh()["anaphor_heads"][sp.head]
        rec = reg.last(at, ("org",), name_ends=ends)
        if rec is None:
            name = _named_body_before(reg.text, at, ends)
            if name is not None:  # 美國國務院今天發布報告。報告指出…: a body named but not yet quoted
                rec = reg.add(name, "org", None)
        if rec is None and sp.head in _zh()["anaphor_fallback"]:
            rec = reg.last(at, ("org",))  # 報告 of a body with no telling name ending (Counterpoint)
        if rec is None:
            return Speaker(sp.name, "group", sp.span, text=sp.text)
        reg.add(rec.name, "org", sp.span)
        return Speaker(rec.name, "org", sp.span, ent=rec, text=sp.text)
    if sp.kind in ("anaphor", "anaphor_head"):
        rec = reg.last(at, ("org",), name_has=sp.head) if sp.head else None
        if rec is None and sp.kind == "anaphor_head" and lang == "zh" and sp.head:
            name = _body_of_kind_before(reg.text, sp.span.start, sp.head)
            if name is not None:  # 八仙洞多元文化共存聯盟…。該聯盟表示: a body named but not yet quoted
                rec = reg.add(name, "org", None)
        if rec is None and sp.kind == "anaphor":
            rec = reg.last(at, ("org",))
        if rec is None:
            return Speaker(sp.name, "group", sp.span, text=sp.text)
        reg.add(rec.name, "org", sp.span)
        return Speaker(rec.name, "org", sp.span, ent=rec, text=sp.text)
    if sp.kind in ("role", "surname_role"):
        surname = sp.org if sp.kind == "surname_role" else None
        rec = reg.last(at, kinds_person, role=sp.role, surname=surname) or (
            reg.last(at, kinds_person, surname=surname) if surname else None)
        if rec is not None and sp.kind == "role" and sp.org and not (rec.org and (rec.org in sp.org or sp.org in rec.org)):
            rec = None  # 英國最高法院法官 is not the judge of another court named before
        if rec is not None:
            reg.add(rec.name, "person", sp.span)
            return Speaker(rec.name, "person", sp.span, role=rec.role, org=rec.org, ent=rec, text=sp.text)
        return Speaker(sp.name, "group", sp.span, role=sp.role, text=sp.text)
    if sp.kind == "surname":
        rec = reg.last(at, kinds_person, surname=sp.name)
        if rec is None:
            return Speaker(sp.name, "surname", sp.span, text=sp.text)  # the caller drops it
        reg.add(rec.name, "person", sp.span)
        return Speaker(rec.name, "person", sp.span, role=rec.role, org=rec.org, ent=rec, text=sp.text)
    if sp.kind == "persons":
        return sp
    if sp.kind == "group":
        rec = reg.add(sp.name, "group", sp.span)
        return Speaker(sp.name, "group", sp.span, ent=rec, text=sp.text)
    rec = sp.ent or reg.lookup(sp.name, kinds=(sp.kind,)) or reg.lookup(sp.name)
    if rec is None and sp.kind == "org" and lang == "zh":
        rec = _fuller_org(reg, sp.name, at)  # 氣象局 after 中央氣象局, 金車基金會 after 金車文教基金會
    if rec is None:
        rec = reg.add(sp.name, sp.kind, sp.span, role=sp.role, org=sp.org)
    else:
        reg.add(rec.name, rec.kind, sp.span, role=sp.role, org=sp.org)
    rec.gender = rec.gender or sp.gender
    if rec.kind == "person":
        reg.spoke.append((at, rec))
    return Speaker(rec.name, rec.kind, sp.span, role=rec.role or sp.role, org=rec.org or sp.org, ent=rec, text=sp.text)


_BODY_WINDOW = 600


_BODY_STOP = re.compile(r"[，,。；;：:！？!?\n「」『』、（()）]")
_NOT_IN_BODY = ("p", "c", "u", "d", "r", "t", "m", "w")


def _body_of_kind_before(text: str, before: int, head: str) -> str | None:
    """The last name ending with ``head`` (聯盟, 協會) written before ``before``: the words of its clause back to
    the first preposition, conjunction, particle, adverb, pronoun, time word, count or one-character verb
    (溪口河川守護聯盟昨天到縣府陳情 -> 溪口河川守護聯盟; 他們加入了工會聯盟 -> 工會聯盟)."""
    if not text:
        return None
    lo = max(0, before - _BODY_WINDOW)
    i = text.rfind(head, lo, before)
    while i >= 0:
        end = i + len(head)
        cs = max((m.end() for m in _BODY_STOP.finditer(text, max(lo, i - 16), i)), default=max(lo, i - 16))
        name = ""
        for w, t in reversed(words(text[cs:i])):
            if t.startswith(_NOT_IN_BODY) or t.startswith("v") and len(w) == 1 or w in ("該", "此", "這"):
                break
            name = w + name
        if len(name) >= 2 and re.fullmatch(f"[{_HAN}A-Za-z0-9]+", name):
            return name + text[i:end]
        i = text.rfind(head, lo, i)
    return None


def _named_body_before(text: str, at: int, ends: tuple[str, ...]) -> str | None:
    """The last organisation name with one of the endings ``ends`` in the text before ``at``: the nouns that
    jieba finds right before the ending (美國國務院, 主計總處), up to ten characters."""
    if not text:
        return None
    lo = max(0, at - _BODY_WINDOW)
    window = text[lo:at]
    best: str | None = None
    best_at = -1
    for e in ends:
        if len(e) < 2:
            continue  # 會, 院 alone end too many common words (社會, 醫院): only telling endings
        i = window.rfind(e)
        while i >= 0 and i + len(e) > best_at:
            end = i + len(e)
            ws = [w for w, t in words(window[max(0, end - 12):end]) if t != "w"]
            name = ""
            for w in reversed(ws):
                if len(name) + len(w) > 10 or not re.fullmatch(f"[{_HAN}]+", w) or is_clause(w, named=True):
                    break
                name = w + name
            if len(name) > len(e) and name.endswith(e):
                best, best_at = name, end
                break
            i = window.rfind(e, 0, i)
    return best


def _fuller_org(reg: Registry, short: str, at: int = 0) -> EntityRec | None:
    """The one organisation named before whose name is a fuller form of ``short``: it ends with it
    (中央氣象局 / 氣象局) or holds its characters in order with the same first and last (金車文教基金會 /
    金車基金會, 南投縣政府 / 縣府). Two candidates: ambiguous, none is taken."""
    if not 2 <= len(short) <= 6 or not re.fullmatch(f"[{_HAN}]+", short):
        return None
    found = {id(r): r for r in reg.recs if r.kind == "org" and len(r.name) > len(short) and r.spans
             and (r.name.endswith(short) or _subsequence(short, r.name) and r.name[-1] == short[-1]
                  and (r.name[0] == short[0] or len(short) == 2))}
    if found:
        return next(iter(found.values())) if len(found) == 1 else None
    lo = max(0, at - _FULLER_REACH)  # an article's length around the mention: linear on long input
    name = _fuller_in_text(reg.text[lo:at + _FULLER_REACH], short) \
        or abbreviated_in_text(reg.text[lo:at + _FULLER_REACH], short)
    return reg.add(name, "org", None) if name is not None else None


_FULLER_REACH = 4000


def abbreviated_in_text(text: str, short: str) -> str | None:
    """The one organisation written in full in ``text`` that ``short`` abbreviates, or None: a name with an
    organisation ending that holds the characters of ``short`` in order, opening with its first one, with at
    most three name characters between and after them, not all side by side (台銀 -> 台灣銀行, 高公局 ->
    高速公路局 after a parent body: 交通部高速公路局; not 歐盟 -> 歐盟執委會; 央行 -> 中央銀行 opens elsewhere).
    A scan from each occurrence of the first character (no pattern to compile per name)."""
    if not text or not 2 <= len(short) <= 4 or not re.fullmatch(f"[{_HAN}]+", short):
        return None
    zh = _zh()
    names = set()
    i = text.find(short[0])
    while i >= 0:
        last = _subsequence_end(text, i, short)
        if last > 0:
            ext = last
            while ext < len(text) and ext - last < 3 and _name_char(text[ext]):
                ext += 1
            full = text[i:ext]
            k = next((k for k in range(len(full), last - i - 1, -1) if zh["org_end"].search(full, 0, k)), None)
            if k is not None:  # 台灣銀行今天: the name ends at its organisation ending, the rest is the sentence
                full = full[:k]
                parent = _parent_before(text, i)
                if len(parent + full) >= len(short) + 2 and short not in full and not is_clause(full, named=True) \
                        and _word_end(text, i, i + k) and (parent or _word_start(text, i)):
                    names.add(parent + full)  # (歐盟執委會, 東芝公司: a longer name holding the short one whole)
        i = text.find(short[0], i + 1)
    return next(iter(names)) if len(names) == 1 else None


def _name_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" and ch not in _JOINERS


def _subsequence_end(text: str, i: int, short: str) -> int:
    """Where ``short``'s characters, taken in order from ``text[i]`` with at most three name characters between
    them, end (the index after the last), or -1."""
    pos = i + 1
    for c in short[1:]:
        for q in range(pos, min(len(text), pos + 4)):
            if text[q] == c:
                pos = q + 1
                break
            if not _name_char(text[q]):
                return -1
        else:
            return -1
    return pos


def _parent_before(text: str, i: int) -> str:
    """The parent body written right before a name at ``i`` (交通部|高速公路局, 台北市|政府…): the shortest run of
    two to five name characters ending in 部/院/府/市/縣 that opens a word, or ""."""
    if i < 2 or text[i - 1] not in "部院府市縣":
        return ""
    for n in range(2, 6):
        j = i - n
        if j < 0 or not _name_char(text[j]):
            return ""
        if _word_start(text, j):
            return text[j:i]
    return ""


def _word_start(text: str, pos: int) -> bool:
    """True when ``pos`` opens a word of the text (not 依|據…, 中|央…)."""
    if pos <= 0 or not re.match(f"[{_HAN}]", text[pos - 1]):
        return True
    lo = max(0, pos - 4)
    at = lo
    for w, _ in words(text[lo:pos + 4]):
        if at == pos:
            return True
        if at > pos:
            return False
        at += len(w)
    return at == pos
# characters that join words, never inside an organisation's name (縣長與市府 is no 縣府)
_JOINERS = "與和及跟的在是對向從為而並且也就都將已"


def _fuller_in_text(text: str, short: str) -> str | None:
    """The one fuller form of the organisation ``short`` written anywhere in the article, opening a clause
    (，南投縣政府… for 縣府; 中央氣象局發布… for 氣象局; 金車文教基金會 for 金車基金會, even named later)."""
    zh = _zh()
    if not text or len(short) < 2 or not zh["org_end"].search(short):
        return None  # only an organisation with a telling ending (縣府, 氣象局), not 高捷 / 全聯
    if short[-1] not in text:
        return None
    # Compiling the pattern below costs ~0.6 ms (its letter class lists CJK joiners, which makes re build a
    # 64K-entry map), a new one for most articles. The same pattern with any letter in place of that class
    # compiles in ~0.03 ms and matches wherever it matches (a superset), so the exact one is compiled and
    # tried only at the clause openings where the loose one matches: for most organisations there is none.
    loose = _fuller_pattern(short, _ANY_LETTER)
    opens = [b.end() for b in _CLAUSE_OPEN.finditer(text) if loose.match(text, b.end())]
    if not opens:
        return None
    pat = _fuller_pattern(short)
    found = (pat.match(text, o) for o in opens)
    names = {m.group() for m in found if m is not None and len(m.group()) > len(short)
             and not is_clause(m.group(), named=True) and _plain_extension(m.group(), short)
             and _word_end(text, m.start(), m.end())}
    return next(iter(names)) if len(names) == 1 else None


# where a name can open a clause: the text start or right after a punctuation mark
_CLAUSE_OPEN = re.compile(r"^|[，。；：！？,;:!?\n　 」』]")


# a letter of a name: a word character, not a digit, Latin or joiner
_NAME_LETTER = f"[^\\W\\d_a-zA-Z{_JOINERS}]"
_ANY_LETTER = "."  # any character but a line break: every name letter is one


@lru_cache(maxsize=512)
def _fuller_pattern(short: str, han: str = _NAME_LETTER) -> re.Pattern[str]:
    """Fuller forms of ``short``: its characters in order with up to three name characters between (縣府 ->
    南投縣政府, with up to four before a two-character form), or up to four characters before it (氣象局).
    ``han``: the class of a name character (``_ANY_LETTER`` for the loose superset)."""
    body = f"{han}{{0,3}}".join(re.escape(c) for c in short)
    pre = f"{han}{{0,4}}" if len(short) == 2 else ""
    alts = [f"{pre}{body}"] + ([f"{han}{{1,4}}{re.escape(short)}"] if len(short) >= 3 else [])
    return re.compile("|".join(alts))


def _word_end(text: str, start: int, end: int) -> bool:
    """True when ``end`` ends a word of the text (not 台灣銀|行)."""
    pos = start
    for w, _ in words(text[start:end + 4]):
        pos += len(w)
        if pos >= end:
            return pos == end
    return True


def _plain_extension(full: str, short: str) -> bool:
    """True when the characters ``full`` adds to ``short`` are name words: no verb (前川告訴法新社), no
    descriptor or group word (外資摩根士丹利, 官方香港電台), no case or time (洪仲丘案高院), no doubled
    ending (紐約時報報)."""
    k = full.find(short[0]) if len(short) == 2 or not full.endswith(short) else len(full) - len(short)
    prefix = full[:k] if k > 0 else ""
    if prefix:
        zh = _zh()
        if zh["descriptor"].match(prefix) or zh["group_end"].search(prefix) or prefix[-1] in "案件事中上後時前" \
                or zh["org_end"].search(prefix) \
                or any(t.startswith(("v", "d", "p", "c", "r", "t", "zg")) for _, t in words(prefix)):
            return False
    inner = list(full[len(prefix):])
    for c in short:  # drop the short form's characters in order; what is left was inserted
        if c in inner:
            inner.remove(c)
    return short[-1] not in inner


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def resolve_speaker(doc: Document, span: Span | tuple[int, int]) -> tuple[str | None, str | None]:
    """The canonical (name, entity_id) of the source named by ``doc.text[span]``.

    Uses the entities the quotes stage stored (``doc.get("entities")``) when present, so the ids agree
    with the quotes'; otherwise runs the pipeline stage that assigns "entities" (quote attribution) first to
    learn the article's names. The stage is found through the pipeline registry, so this package never
    imports the quotes package (which imports this one). Pronouns resolve to the last
    person mentioned before the span; surnames and acronyms to the fuller name; groups keep their words.
    """
    span = Span(*span)
    if not doc.get("entities"):
        doc = _entities_stage()(doc)
    reg = registry_from_entities(doc)
    text, folded = doc.text, doc.folded or doc.text
    sp = (parse_zh(reg, text, folded, span.start, span.end, span.start) if doc.is_zh
          else parse_en(reg, text, span.start, span.end, span.start))
    if sp is None:
        return None, None
    sp = resolve(reg, sp, span.start, "zh" if doc.is_zh else "en")
    if sp.kind == "surname":
        return None, None  # a surname alone with no full name before it
    return sp.name, (sp.ent.id if sp.ent is not None else None)


def _entities_stage() -> Callable[[Document], Document]:
    """The registered stage that assigns "entities" (the quotes stage), looked up at call time."""
    from ...pipeline import REGISTRY, _load_builtin_stages  # lazy: the pipeline loads every stage module

    _load_builtin_stages()
    spec = next(s for s in REGISTRY.values() if "entities" in s.assigns)
    return spec.fn
