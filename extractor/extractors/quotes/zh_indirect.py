"""Chinese reported speech: a speaker phrase, a cue and the content after it to the end of the sentence
(cut where another party takes the floor or a second speech act begins)."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document, Span
from ..speakers.lexicon import _zh, alternation, lexicon
from ..speakers.parse_zh import parse_zh
from ..speakers.registry import Registry
from ..speakers.zh_words import words
from . import zh_accept, zh_extent
from .assemble import _MAX_SENT, _Cand, _title_span
from .cues import _blocked, _need_comma, _zh_res
from .marks import QuotedRun
from .zh_clauses import _Bounds, _subject_clause, addressee_only
from .zh_subjects import _DENIED, _SENT_CONN, _clause_start_fwd, _named_org, _sentence_subject


def _zh_indirect(doc: Document, reg: Registry, direct: list[Span], runs: list[QuotedRun]) -> list[_Cand]:
    text, folded = doc.text, doc.folded or doc.text
    res = _zh_res()
    inside_starts = [r.inner.start for r in runs]  # runs are sorted and disjoint
    open_at = [r.open for r in runs]
    out: list[_Cand] = []
    covered_until = -1
    direct_starts = sorted(d.start for d in direct)
    bounds = _Bounds(folded)
    title_span = _title_span(doc)

    def in_title(pos: int) -> bool:  # a headline is not reported speech
        return title_span is not None and title_span.start <= pos < title_span.end
    pos = 0
    while True:
        m = res["cue"].search(folded, pos)
        if m is None:
            break
        cs, ce = m.start(), m.end()
        pos = ce
        if cs < covered_until:
            pos = covered_until
            continue
        if bounds.too_far(cs):
            # no clause start within reach: skip ahead to where a clause can begin again
            k = bisect.bisect_left(bounds.pos, cs)
            pos = max(ce, bounds.pos[k] + 1) if k < len(bounds.pos) else len(folded)
            continue
        k = bisect.bisect_right(inside_starts, cs) - 1
        if k >= 0 and runs[k].inner.start <= cs < runs[k].inner.end:
            continue
        if res["noun_follow"].match(folded, ce) and not _verb_then_word(folded, cs, ce):
            continue  # 分析師, 說明會: the cue is part of a noun
        if cs > 0 and (folded[cs - 1] in "未沒" or folded[cs - 1] == "不" and folded[cs - 2:cs] != "不斷"
                       or _DENIED.search(folded, max(0, cs - 5), cs)):
            continue  # 未直接回應…, 不願說明: a speech act denied, no words reported
        if cs > 0 and folded[cs - 1] in _blocked().get(m.group(), ""):
            continue  # 舉例來說, 據說, 所稱, 的分析: an idiom or a noun, not a reporting verb
        j = zh_accept.content_start(text, ce)  # 痛批， 一例一休…: spaces the page put around a linked keyword
        comma = any(ch in "：:，," for ch in text[ce:j])
        if not comma and m.group() in _need_comma() and not (
                m.group() in _named_no_comma() and _named_right_before(reg, text, folded, bounds.clause_start(cs), cs)):
            continue  # 新廠預計明年量產: without a comma the cue is an ordinary verb
        k = bisect.bisect_left(open_at, j)
        if k < len(runs) and open_at[k] == j and runs[k].close - j <= 12 and runs[k].close + 1 < len(text) \
                and text[runs[k].close + 1] in "，,":
            j = runs[k].close + 2  # X坦言「變數仍大」，…: a short quoted verdict, then the reported words
        glued_term = k < len(runs) and open_at[k] == j and _glued_term(text, runs[k].open, runs[k].close)
        if j == ce and (res["cue"].match(folded, j) or zh_accept.before_cue(text, folded, ce, j)):
            continue  # 喊話表示，… / 法說會表示，…: the second cue introduces the words
        if j > ce and _bare_cue(text, folded, _conn_end(folded, j)) is not None:
            continue  # 不願評論，僅表示，…: the next cue introduces the words
        if j > ce and m.group() in _need_comma() and res["cue"].match(folded, _conn_end(folded, j)):
            continue  # 在臉書留言，表示…: a noun-like cue, then the verb that introduces the words
        if j >= len(text) or text[j] in "「『“\"。！？!?；\n" and not glued_term:
            continue
        ps = bounds.clause_start(cs)
        cue = m.group()
        if ps == cs and len(cue) > 2 and cue[:2] in ("報導", "報道"):
            cs, cue = cs + 2, cue[2:]  # 報導指出 opening a clause: 報導 (the report) is the source
        phrase: tuple[int, int] | None = (ps, cs)
        bare = ps == cs or _ZH_CONN.fullmatch(folded, ps, cs) is not None or _only_adverbs(folded, ps, cs)
        if ps < cs and _ZH_CONN.fullmatch(folded, ps, cs) and ps > 0 and (
                text[ps - 1] in "」』”\"" or text[ps - 1] in "，；,;" and out and out[-1].span.end >= ps - 3):
            phrase = None  # …，」並強調… / …；並預期…: the same speaker goes on (resolved by _inherit)
        elif ps < cs and _SENT_CONN.fullmatch(folded, ps, cs) and ps > 0 and text[ps - 1] in "。！!" \
                and out and out[-1].span.end >= ps - 2:
            phrase = None  # X說，…。但也強調，…: a sentence with no subject goes on with the last speaker
        elif bare and ps >= 2 and text[ps - 1] in "，,；;" \
                and _sentence_subject(reg, text, folded, bounds, ps - 1) is not None:
            phrase = _sentence_subject(reg, text, folded, bounds, ps - 1)  # X要求…，並宣稱…: X speaks
        elif (ps == cs or _only_adverbs(folded, ps, cs) or addressee_only(folded, ps, cs)) and ps >= 2 \
                and text[ps - 1] in "，," \
                and _subject_clause(reg, text, folded, bounds, ps - 1):
            phrase = _subject_clause(reg, text, folded, bounds, ps - 1)  # X發表聲明，表示…: X speaks
        elif ps == cs or parse_zh(reg, text, folded, ps, cs, cs) is None:
            continue  # no source before the cue (根據X報導，…): the cues inside stay available
        if _first_clause_ends_with_cue(text, folded, j):
            continue  # 談到X時指出，…: this cue is inside the phrase of the next one
        if in_title(j) or _inner_attribution(reg, text, folded, j, min(len(text), j + 80)):
            continue  # 《財經網》報導，于學軍…分析，…: the named person's own attribution is the quote
        raw_end = _zh_content_end(reg, text, folded, j, direct_starts)
        end = _zh_rival_end(reg, text, folded, j, raw_end)
        while end > j and text[end - 1] in "，,、：:；;　 ":
            end -= 1
        end = zh_extent.cut(text, folded, j, end)  # 北韓宣稱成功試射…，中方卻…: the writer takes over
        if end - j < 4 or _QUOTED.sub("", _CLAUSE.match(text, j).group()).strip() in _NAMED_ONLY:
            continue  # 外界稱他「鐵娘子」: a name given in quotation marks, not reported words
        if end < raw_end or raw_end < len(text) and text[raw_end] in "「『“\"":
            if _framing(folded, j, end, text, raw_end):
                continue  # X報導，Y在…發文說：「…」: the words introduce Y's quote, they are not X's report
        if _CAPTION.match(text, end + 1):
            continue  # a photo caption repeating what the article already reported
        out.append(_Cand(Span(j, end), "indirect", cue, phrase, cs))
        covered_until = end
    blocked = sorted([r.inner for r in runs] + ([title_span] if title_span is not None else []), key=lambda s: s.start)

    def second_end(j: int) -> int | None:
        """Where words opened at ``j`` after a leftover cue end, or None where the rules would drop them."""
        if in_title(j) or _first_clause_ends_with_cue(text, folded, j) \
                or _inner_attribution(reg, text, folded, j, min(len(text), j + 80)):
            return None
        raw_end = _zh_content_end(reg, text, folded, j, direct_starts)
        end = _zh_rival_end(reg, text, folded, j, raw_end)
        while end > j and text[end - 1] in "，,、：:；;　 ":
            end -= 1
        end = zh_extent.cut(text, folded, j, end)
        if end - j < 4 or _HAN_RE.search(text, j, end) is None or _CAPTION.match(text, end + 1):
            return None
        if (end < raw_end or raw_end < len(text) and text[raw_end] in "「『“\"") \
                and _framing(folded, j, end, text, raw_end):
            return None
        return end
    return out + zh_accept.accepted(reg, text, folded, bounds, out, blocked, second_end)


_HAN_RE = re.compile(r"[\u4e00-\u9fff]")


_CLAUSE = re.compile(r"[^，,。；;！？!?\n]{0,60}")
# a new source phrase opening the next clause ends the reported words: …，同時據了解，…
_SOURCE_LEAD = re.compile(r"(?:據|根據|依據)")
_NAMED_ONLY = frozenset({"", "他", "她", "其", "它", "他們", "她們", "之", "為", "他為", "她為"})
_QUOTED = re.compile(r"「[^」]*」|『[^』]*』|“[^”]*”")


@lru_cache(maxsize=1)
def _breaker() -> re.Pattern[str]:
    return re.compile(alternation(lexicon("zh")["content_breakers"]))


@lru_cache(maxsize=1)
def _act() -> re.Pattern[str]:
    return re.compile(alternation(lexicon("zh")["report_acts"]))


# after a cue these stay aspect marks, localisers or noun heads whatever the words (說明了, 報導中, 估計數)
_HARD_FOLLOW = frozenset("了過中上下到數值")


def _verb_then_word(folded: str, cs: int, ce: int) -> bool:
    """True when a one-character follower of the cue opens a word of its own (解釋|中國, 坦承|為了, 強調|家庭):
    jieba puts a word boundary right after the cue, so the cue is a verb, not part of a noun (分析師)."""
    nxt = _zh_res()["noun_follow"].match(folded, ce)
    if nxt is None or len(nxt.group()) != 1 or nxt.group() in _HARD_FOLLOW:
        return False
    pos = cs
    for w, _ in words(folded[cs:ce + 4]):
        pos += len(w)
        if pos >= ce:
            return pos == ce
    return False


@lru_cache(maxsize=1)
def _named_no_comma() -> frozenset[str]:
    return frozenset(lexicon("zh")["cues_named_no_comma"])


def _named_right_before(reg: Registry, text: str, folded: str, ps: int, cs: int) -> bool:
    """True when a named source stands right before the cue, nothing between (聯盟宣布…, 市府要求…): then a
    cue that otherwise needs a comma reports words without one. A person, a group or a named body only."""
    if cs - ps < 2 or folded[cs - 1] in "的之":
        return False
    sp = parse_zh(reg, text, folded, ps, cs, cs)
    if sp is None or sp.span.end != cs:
        return False
    return sp.kind in ("person", "persons", "group") or sp.kind == "org" and _named_org(reg, sp)


def _glued_term(text: str, open_: int, close: int) -> bool:
    """A short quoted term that the sentence runs on from (表示「一切選項」都擺在檯面上): part of reported
    words, not a direct quote."""
    return close - open_ <= 10 and close + 1 < len(text) and text[close + 1].isalnum() \
        and not any(ch in "，。！？,.!?" for ch in text[open_:close])


def _first_clause_ends_with_cue(text: str, folded: str, start: int) -> bool:
    """True when the words after a cue run, in the same clause, into "…時" and a second cue (談到X時指出，…):
    the first cue sits inside the time clause that introduces the second."""
    end = _clause_start_fwd(text, start, limit=60)
    if end >= len(text) or text[end] not in "，,：:":
        return False
    m = _zh_res()["cue_end"].search(folded, start, end)
    return m is not None and m.start() > start and folded[m.start() - 1] == "時"


def _framing(folded: str, start: int, end: int, text: str, raw_end: int) -> bool:
    """True when reported words only lead into a direct quote: they end with a cue (…對習近平說，「…」) or
    are one adverbial clause (在與美國官員的討論中，「…」)."""
    if not (raw_end < len(text) and text[raw_end] in "「『“\""):
        return False
    if _ADVERBIAL.fullmatch(folded, start, end):
        return True
    return _zh_res()["cue_end"].search(folded, start, end) is not None


_ADVERBIAL = re.compile(r"(?:在|於|當)[^，,。；;]{1,40}(?:中|時|上|後|期間)")


# a photo credit right after a sentence marks it as a caption: （網路照片）, （圖／記者攝）, (Photo: AP)
_CAPTION = re.compile(r"\s*[（(][^）)\n]{0,15}(?:照片|圖|攝|[Pp]hoto)[^）)\n]{0,15}[）)]")


# "，但空頭則…": a contrasted party takes over the sentence
_RIVAL = re.compile(r"[，,](?:但|而|不過|然而)?(?P<y>[^，,。；\n]{1,8}?)(?:則|卻)")


def _zh_rival_end(reg: Registry, text: str, folded: str, start: int, end: int) -> int:
    """Cut indirect content where a clause hands the floor to another party (多頭認為…，但空頭則…)."""
    for m in _RIVAL.finditer(folded, start, end):
        ys, ye = m.span("y")
        sp = parse_zh(reg, text, folded, ys, ye, ys)
        if sp is not None and (sp.kind in ("group", "person", "persons") or sp.kind == "org" and _named_org(reg, sp)):
            return m.start()
    return end


def _inner_attribution(reg: Registry, text: str, folded: str, start: int, end: int) -> bool:
    """True when the content's first clause is itself "person + cue" (a source reporting someone's words)."""
    first = start
    while first < end and text[first] not in "，,。；":
        first += 1
    if first - start <= 6 and first < end and text[first] in "，,":
        # 談到北韓，他指出，…: a short topic, then someone's own attribution
        second = first + 1
        while second < end and text[second] not in "，,。；":
            second += 1
        for m in _zh_res()["cue"].finditer(folded, first + 1, second):
            if m.end() == second:
                sp = parse_zh(reg, text, folded, first + 1, m.start(), m.start())
                if sp is not None and sp.kind in ("person", "persons", "pronoun"):
                    return True
    for m in _zh_res()["cue"].finditer(folded, start, first):
        if m.end() != first:
            continue  # 呂某約於3週前已向學校透露將…: a cue inside the content, not an attribution opening it
        sp = parse_zh(reg, text, folded, start, m.start(), m.start())
        return sp is not None and sp.kind in ("person", "persons", "pronoun")
    return False


def _zh_content_end(reg: Registry, text: str, folded: str, start: int, direct_starts: list[int]) -> int:
    """Indirect content runs to the sentence end (。！？, line end) or to an attributed direct quote.

    A ；ends it only when the next clause is a new attribution (…；她解釋，…; …；並預期…); otherwise the
    semicolon just joins the speaker's own clauses (成熟市場…；下一波…；至於…, …；大戶的支出估計…).
    A ，ends it before a second speech act of the same speaker (…，並強調… / …，也指出…).
    """
    stop = min(len(text), start + _MAX_SENT)
    pos = start
    end = stop
    res = _zh_res()
    while True:
        m = _ZH_END_COMMA.search(text, pos, stop)
        if m is None:
            break
        if text[m.start()] in "，,":
            ce = _conn_end(folded, m.end())
            c = res["cue"].match(folded, ce) if ce > m.end() else _bare_cue(text, folded, m.end())
            if _breaker().match(folded, m.end()):
                end = m.start()  # …，沒想到…: the writer takes over
                break
            if ce > m.end() and _act().match(folded, ce):
                end = m.start()  # …，並駁斥…: the speaker's next act, not more of the reported words
                break
            if (c is None or res["noun_follow"].match(folded, c.end())) and not _SOURCE_LEAD.match(folded, ce) \
                    and not _new_speaker(reg, text, folded, m.end(), _clause_start_fwd(text, m.end())):
                pos = m.end()
                continue
        elif text[m.start()] in "；;":
            nxt = _clause_start_fwd(text, m.end())
            c = res["cue"].search(folded, m.end(), nxt)
            if c is None and _TOPIC.match(folded, m.end()) and nxt < stop and text[nxt] in "，,":
                # …；至於吳某勝選，洪認為，…: a topic clause, then a new attribution
                nxt2 = _clause_start_fwd(text, nxt + 1)
                c2 = res["cue"].search(folded, nxt + 1, nxt2)
                if c2 is not None and c2.start() > nxt + 1 and c2.end() == nxt2 \
                        and parse_zh(reg, text, folded, nxt + 1, c2.start(), c2.start()) is not None:
                    end = m.start()
                    break
            if c is None or not (_ZH_CONN.fullmatch(folded, m.end(), c.start()) or c.start() > m.end()
                                 and parse_zh(reg, text, folded, m.end(), c.start(), c.start()) is not None):
                pos = m.end()
                continue
        end = m.start()
        break
    k = bisect.bisect_right(direct_starts, start + 1)
    if k < len(direct_starts) and direct_starts[k] - 1 < end:
        return direct_starts[k] - 1
    return end


def _only_adverbs(folded: str, start: int, end: int) -> bool:
    """True when the words before a cue are adverbs or time words only (首度, 隨即, 今天也): no subject."""
    if _zh()["trail"].fullmatch(folded, start, end):
        return True  # 首度, 隨即: an adverb of the lexicon (the cheap test first: no segmenting needed)
    ws = [t for w, t in words(folded[start:end]) if t != "w"]
    return bool(ws) and len(ws) <= 3 and all(t.startswith(("d", "t")) for t in ws)


def _new_speaker(reg: Registry, text: str, folded: str, start: int, end: int) -> bool:
    """True when the clause ``[start, end)`` opens with a named person or organisation and its own cue
    (…通話討論北韓問題，川普強調…): another speaker takes the floor, so the reported words end before it."""
    c = _zh_res()["cue"].search(folded, start, end)
    if c is None or c.start() - start < 2 or c.start() - start > 16 or _cue_is_noun(folded, c.end()):
        return False
    if c.group() in _need_comma() and not (c.end() < len(text) and text[c.end()] in "：:，,"):
        return False  # 總會已要求所有教練…: without a comma the cue is an ordinary verb
    sp = parse_zh(reg, text, folded, start, c.start(), c.start())
    if sp is None:
        return False
    if sp.kind in ("person", "persons", "pronoun") or sp.kind == "org" and _named_org(reg, sp):
        return True
    # a short name the article has already used (川普與習近平通話…，川普強調): an actor of the story
    return sp.kind == "org" and len(sp.name) <= 4 and text.find(sp.name, 0, sp.span.start) >= 0


def _cue_is_noun(folded: str, pos: int) -> bool:
    return _zh_res()["noun_follow"].match(folded, pos) is not None


_ZH_END_COMMA = re.compile(r"[。！？!?；;\n，,]")


# connectives before a second cue of the same speaker: …，並強調 / …；並預期 / …，也說
_ZH_CONN = re.compile(r"(?:並且|同時|另外|並|也|還|更|另|且|亦|再|則|多次|再次|一再|屢次|不斷|曾|僅|只)+")


_TOPIC = re.compile(r"(?:至於|對於|關於|針對)")


def _bare_cue(text: str, folded: str, pos: int) -> re.Match[str] | None:
    """A cue opening the clause right after a comma with a comma of its own (…，認為，… / …，強調，…):
    a second speech act of the same speaker."""
    c = _zh_res()["cue"].match(folded, pos)
    if c is None or c.group() in _need_comma() and not (c.end() < len(text) and text[c.end()] in "，,：:"):
        return None
    return c if c.end() < len(text) and text[c.end()] in "，,：:" else None


def _conn_end(folded: str, pos: int) -> int:
    m = _ZH_CONN.match(folded, pos, pos + 6)
    return m.end() if m else pos
