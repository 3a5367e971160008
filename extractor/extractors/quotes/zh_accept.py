"""A learned second look at the Chinese cues the rules of ``zh_indirect`` turned down.

The rules accept a cue only when the words before it parse as a source; on fresh news they turn down real
reports (台北市都發局表示，… / 洪一中強調，… / 男友一開始辯稱…) and every report inside another one
(張明純說，主婦聯盟2009年就呼籲全面禁用PVC…). Every cue left over is judged by a logistic model (weights
``extractor/data/quotes_accept_zh.json``, trained by ``benchmarks/train_quotes_zh_accept.py`` on the gold
quotes of ``extractor/data/train/udn``): the probability that reported words open right after it. Features:
the cue and what stands around it (a comma, the character before, a denial, a noun after it), what the words
before the cue parse as (``parse_zh``'s kind, or none) and their first and last words, whether the cue sits
inside reported words already found, and how the content opens. Inference is a sum of looked-up weights.

An accepted cue yields an indirect quote to the end of the content the rules would give it; its speaker is
the parsed source, else the words before the cue as written (a body or a group the parser does not know),
else (no words) the speaker of the report before it.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from functools import lru_cache
from importlib import resources

from ...document import Span
from ..learned import bucket as _bucket
from ..speakers.lexicon import _zh, alternation, lexicon
from ..speakers.names_zh import _is_titled_name, _is_zh_name, _name_after_title
from ..speakers.parse_zh import _trim_zh, parse_zh
from ..speakers.registry import Registry, Speaker
from ..speakers.zh_words import common_word, words
from .assemble import _Cand
from .cues import _blocked, _need_comma, _org_end, _zh_res
from .zh_clauses import _Bounds, _subject_clause
from .zh_subjects import _DENIED, _sentence_subject

MODEL_FILE = "quotes_accept_zh.json"


@lru_cache(maxsize=1)
def _model() -> tuple[dict[str, float], float]:
    """(weights, threshold) of the committed model."""
    raw = json.loads(resources.files("extractor.data").joinpath(MODEL_FILE).read_text("utf-8"))
    return dict(raw["weights"]), float(raw["threshold"])


# the families of the costly features (a parse of the words before the cue, jieba words around it)
_RICH = ("sp:", "tf:", "tl:", "lw:", "nw:", "aw:", "at:", "no_words", "cut:", "cl:", "at2:", "ss:")


_ROOM: dict[tuple[int, tuple[str, ...]], tuple[dict[str, float], float]] = {}


def _headroom(weights: dict[str, float], families: tuple[str, ...]) -> float:
    """The most the features of ``families`` can add to a cue's score: the largest positive weight of each
    family (computed once per model)."""
    key = (id(weights), families)
    hit = _ROOM.get(key)
    if hit is not None and hit[0] is weights:
        return hit[1]
    room = sum(max([0.0] + [w for k, w in weights.items() if k.startswith(fam)]) for fam in families)
    _ROOM[key] = (weights, room)
    return room


def content_start(text: str, ce: int) -> int:
    """Where reported words would open after a cue ending at ``ce`` (past spaces and one comma or colon)."""
    j = ce
    while j < len(text) and text[j] in " \u3000":
        j += 1
    if j < len(text) and text[j] in "：:，,":
        j += 1
        while j < len(text) and text[j] in " \u3000":
            j += 1
    return j


def cue_features(reg: Registry, text: str, folded: str, bounds: _Bounds, m: re.Match[str], j: int,
                 inside: bool) -> tuple[list[str], Speaker | None, tuple[int, int]]:
    """Features of the cue ``m`` whose words would open at ``j``; with the parsed source (or None) and the
    trimmed words before the cue."""
    f = cheap_features(text, folded, bounds, m, j, inside)
    rich, sp, trimmed = rich_features(reg, text, folded, bounds, m, j)
    return f + rich, sp, trimmed


def cheap_features(text: str, folded: str, bounds: _Bounds, m: re.Match[str], j: int, inside: bool) -> list[str]:
    """The features read off the characters around the cue."""
    cs, ce, cue = m.start(), m.end(), m.group()
    ps = bounds.clause_start(cs)
    sep = text[ce:j].strip(" \u3000")
    lead = "start" if ps == 0 else {"。": "sent", "！": "sent", "？": "sent", "\n": "para", "，": "comma", ",": "comma",
                                    "；": "semi", ";": "semi", "：": "colon"}.get(text[ps - 1], "other")
    f = ["bias", "cue:" + cue, "sep:" + (sep or "none"), "lead:" + lead, f"plen:{_bucket(cs - ps, (0, 2, 4, 8, 16))}",
         f"cs:{cue}|{'sep' if sep else 'none'}"]  # a cue's weight with and without a comma after it differs
    if cue in _need_comma():
        f.append("nc:" + ("comma" if sep else "none"))
    if inside:
        f += ["inside", "inside_sep:" + (sep or "none")]
    if cs > 0:
        f.append("pb:" + folded[cs - 1])
        if folded[cs - 1] in _blocked().get(cue, ""):
            f.append("blocked")
    if _DENIED.search(folded, max(0, cs - 5), cs):
        f.append("denied")
    if _zh_res()["noun_follow"].match(folded, ce):
        f.append("noun_after")
    f.append("a1:" + folded[j:j + 1])
    return f


def rich_features(reg: Registry, text: str, folded: str, bounds: _Bounds, m: re.Match[str], j: int
                  ) -> tuple[list[str], Speaker | None, tuple[int, int]]:
    """The features of the words around the cue and of a parse of the words before it (``_RICH``)."""
    f, trimmed = word_features(text, folded, bounds, m, j)
    sp = source_parse(reg, text, folded, bounds, m)
    subj = bare_subject(reg, text, folded, bounds, m) if sp is None else None
    return f + ["sp:" + (sp.kind if sp is not None else "none"), *subject_feature(subj, sp)], sp, trimmed


def subject_feature(subj: tuple[int, int] | None, sp: Speaker | None) -> list[str]:
    return [] if sp is not None else ["ss:" + ("yes" if subj is not None else "none")]


_BARE_TAGS = ("d", "c", "t", "p", "w")


def bare_subject(reg: Registry, text: str, folded: str, bounds: _Bounds, m: re.Match[str]) -> tuple[int, int] | None:
    """The subject of the sentence for a cue with no speaker of its own after a comma (…開記者會說明，表示…;
    屏東縣環保局長開第一槍，認為…; 其他人也都曾表示…): the words before the cue are none or only adverbs and
    connectives (也, 並, 特別, 同時), and the sentence opens with a speaker (``_sentence_subject``) or the
    clause before the comma is a speaker and how they spoke (``_subject_clause``)."""
    cs = m.start()
    ps = bounds.clause_start(cs)
    if ps < 2 or text[ps - 1] not in "，,":
        return None
    if ps < cs and not all(t.startswith(_BARE_TAGS) for _, t in words(folded[ps:cs])):
        return None
    return _sentence_subject(reg, text, folded, bounds, ps - 1) or _subject_clause(reg, text, folded, bounds, ps - 1)


def source_parse(reg: Registry, text: str, folded: str, bounds: _Bounds, m: re.Match[str]) -> Speaker | None:
    """``parse_zh`` of the words before the cue (the costliest feature)."""
    cs = m.start()
    ps = bounds.clause_start(cs)
    return parse_zh(reg, text, folded, ps, cs, cs) if ps < cs else None


def word_features(text: str, folded: str, bounds: _Bounds, m: re.Match[str], j: int
                  ) -> tuple[list[str], tuple[int, int]]:
    """jieba's words of the (trimmed) phrase before the cue and of the words after it; the trimmed span."""
    cs = m.start()
    ps = bounds.clause_start(cs)
    f: list[str] = []
    ts, te = _trim_zh(text, folded, ps, cs) if ps < cs else (cs, cs)
    ws = [(w, t) for w, t in words(folded[ts:te]) if t != "w"] if te > ts else []
    if ws:
        f += ["tf:" + (ws[0][1] or "-"), "tl:" + (ws[-1][1] or "-"), "lw:" + ws[-1][0], f"nw:{min(len(ws), 5)}"]
    else:
        f.append("no_words")
    cw = [(w, t) for w, t in words(folded[j:j + 8]) if t != "w"]
    if cw:
        f += ["aw:" + cw[0][0], "at:" + (cw[0][1] or "-")]
    if j == m.end():
        f += _boundary_features(text, folded, m.start(), j, cw)
    return f, (ts, te)


def _boundary_features(text: str, folded: str, cs: int, j: int, cw: list[tuple[str, str]]) -> list[str]:
    """With no comma after the cue, where the cue ends and the words begin is read off jieba's words (表示|關注…,
    認為|應該…, 指出|這是…): whether a word boundary falls at the cue's end, the class of the first two words
    after it, and how long the clause it opens runs (a report runs on; 表示歡迎。 or 宣布破產 does not)."""
    pos, cut = cs, False
    for w, _ in words(folded[cs:j + 4]):
        pos += len(w)
        if pos >= j:
            cut = pos == j
            break
    end = j
    while end < len(text) and end - j < 40 and text[end] not in "，,。；;！？!?\n「『":
        end += 1
    f = ["cut:" + ("yes" if cut else "no"), f"cl:{_bucket(end - j, (2, 4, 8, 16, 39))}"]
    tags = [(t or "-")[:1] for _, t in cw[:2]]
    if tags:
        f.append("at2:" + "|".join(tags) + ("|" + text[end] if end < len(text) and end - j < 40 else "|more"))
    return f


def probability(weights: dict[str, float], feats: list[str]) -> float:
    z = max(-30.0, min(30.0, sum(weights.get(k, 0.0) for k in feats)))
    return 1.0 / (1.0 + math.exp(-z))


def candidate_cues(text: str, folded: str, taken: list[Span], blocked: list[Span]):
    """(cue match, content start, inside) for every cue outside ``blocked`` (quotation marks, the headline)
    that does not open one of the ``taken`` quotes; ``inside`` when it sits within one of them."""
    starts = [s.start for s in taken]
    bstarts = [s.start for s in blocked]
    for m in _zh_res()["cue"].finditer(folded):
        cs = m.start()
        k = bisect.bisect_right(bstarts, cs) - 1
        if k >= 0 and blocked[k].start <= cs < blocked[k].end:
            continue
        j = content_start(text, m.end())
        if j >= len(text) or text[j] in "「『“\"。！？!?；\n" or before_cue(text, folded, m.end(), j):
            continue
        k = bisect.bisect_right(starts, j + 2) - 1
        if k >= 0 and taken[k].start >= j - 1:
            continue  # the rules found these words already
        yield m, j, k >= 0 and taken[k].start <= cs < taken[k].end


def before_cue(text: str, folded: str, ce: int, j: int) -> bool:
    """True when, with no comma after it, the cue runs within three characters into a second cue that has one
    (法說會表示，… / 報導指出，…): the first is part of the phrase before the second, which opens the words."""
    if j != ce:
        return False
    c = _zh_res()["cue"].search(folded, ce, min(len(folded), ce + 4))
    return c is not None and c.end() < len(text) and text[c.end()] in "，,：:"


def words_end(text: str, j: int, taken: list[Span], content_end) -> int | None:
    """Where the words opened at ``j`` end (``content_end``, cut before the next ``taken`` quote), or None when
    there are none to report: too short, page furniture, a caption, words that only frame a direct quote."""
    end = content_end(j)
    if end is None:
        return None
    nk = bisect.bisect_right([s.start for s in taken], j)
    if nk < len(taken) and taken[nk].start < end:
        end = taken[nk].start - 1  # the next report found by the rules
    while end > j and text[end - 1] in "，,、：:；;　 」』":
        end -= 1
    if end - j < 4 or _HAN.search(text, j, end) is None:
        return None  # poll_at_story_0: page furniture, not words
    return end


def accepted(reg: Registry, text: str, folded: str, bounds: _Bounds, out: list[_Cand], blocked: list[Span],
             content_end) -> list[_Cand]:
    """Indirect quotes for the cues the model accepts (``content_end(j)``: where words opened at j end).
    The judge runs before the (costlier) content end: a cue is taken when both accept it."""
    weights, threshold = _model()
    if not weights:
        return []
    taken = sorted((c.span for c in out), key=lambda s: s.start)
    room, sp_room = _headroom(weights, _RICH), _headroom(weights, ("sp:", "ss:"))
    bar = math.log(threshold / (1.0 - threshold))
    new: list[_Cand] = []
    until = -1
    for m, j, inside in candidate_cues(text, folded, taken, blocked):
        if m.start() < until:
            continue
        cheap = cheap_features(text, folded, bounds, m, j, inside)
        z = sum(weights.get(k, 0.0) for k in cheap)
        if z + room < bar:
            continue  # nothing can lift it over the threshold: spare the costly features
        wf, (ts, te) = word_features(text, folded, bounds, m, j)
        z += sum(weights.get(k, 0.0) for k in wf)
        if z + sp_room < bar:
            continue  # no parse can lift it over: spare the parse
        sp = source_parse(reg, text, folded, bounds, m)
        z += weights.get("sp:" + (sp.kind if sp is not None else "none"), 0.0)
        if sp is None and z + _headroom(weights, ("ss:",)) < bar:
            continue  # no sentence subject can lift it over: spare the subject's parse
        subj = bare_subject(reg, text, folded, bounds, m) if sp is None else None
        if probability(weights, [*cheap, *wf, "sp:" + (sp.kind if sp is not None else "none"),
                                 *subject_feature(subj, sp)]) < threshold:
            continue
        end = words_end(text, j, taken, content_end)
        if end is None:
            continue
        loose = sp is None or sp.kind in ("org", "group") and sp.ent is None
        if sp is None and _REPORT_END.search(folded, ts, te):
            continue  # 實價登錄資料(顯示): a report the parser finds no owner for is left to the rules
        if loose and _TOPIC_END.search(folded, ts, te):
            continue  # 社福方面，…估計…: a topic, not a source; the writer speaks
        name = source_words(reg, text, folded, ts, te) if loose else None
        if subj is not None:
            new.append(_Cand(Span(j, end), "indirect", m.group(), subj, m.start()))  # …，認為…: the subject speaks
        elif sp is not None and (name is None or name == (sp.span.start, sp.span.end)):
            new.append(_Cand(Span(j, end), "indirect", m.group(), (bounds.clause_start(m.start()), m.start()),
                             m.start()))
        elif name is not None and parse_zh(reg, text, folded, name[0], name[1], m.start()) is not None:
            new.append(_Cand(Span(j, end), "indirect", m.group(), name, m.start()))  # 洪一中, 尼諾: resolved
        else:
            # a body the parser does not know, as written (台北市都發局); no words: the last speaker goes on
            new.append(_Cand(Span(j, end), "indirect", m.group(), None, m.start(),
                             speaker=Speaker(text[name[0]:name[1]], "org", Span(*name), text=text[ts:te])
                             if name is not None else None))
        until = end
    return new


_HAN = re.compile(r"[\u4e00-\u9fff]")
# word classes that open or close the words before a cue without naming anyone: adverbs, time words,
# localisers, prepositions, conjunctions, particles (numbers only at the end: 日月光 opens with one)
_NOT_NAME_TAGS = ("d", "t", "f", "p", "c", "u", "ad")
_NOT_NAME_END = (*_NOT_NAME_TAGS, "m", "q", "r")
_AFTER_NAME = ("v", "d", "t", "p", "f", "w")
@lru_cache(maxsize=1)
def _cut_words() -> re.Pattern[str]:
    """Time words and adverbs of two characters or more (the "trail" lexicon), 今早/昨晚, and the verbs of
    publishing: where the name of a source ends inside a longer phrase."""
    trail = [w for w in lexicon("zh")["trail"] if len(w) >= 2]
    return re.compile(f"(?:{alternation(trail)}|[今昨][早晚天日]|歷年|發布|公布|發表|在)")


_REPORT_END = re.compile(r"(?:資料|數據|数据|资料|調查|統計|报告|報告|研究)$")
_TOPIC_END = re.compile(r"(?:方面|部分|部份|而言|來說|上|中)$")
_LEAD_WORDS = re.compile(r"(?:有|另有|另|綜合|據|[一兩二三四五六七八九十多數幾0-9]*[名位個])+")


def _name_ends(folded: str, pos: int, end: int) -> bool:
    """True when a name found at ``pos`` is not cut out of a longer one: the phrase ends there, or a bracket,
    a verb, an adverb or a common word follows (郭仲熙|參觀, 徐旭東|（中）; not 柯瑞和|杜蘭特)."""
    if pos == end or folded[pos] in "（( ":
        return True
    w, t = words(folded[pos:end])[0]
    return t.startswith(_AFTER_NAME) or len(w) >= 2 and common_word(w)


def source_words(reg: Registry, text: str, folded: str, start: int, end: int) -> tuple[int, int] | None:
    """The words of an unparsed phrase before a cue that can name a source, or None when nothing is left.

    Adverbs, time words, localisers and particles at either end go (男友一開始 -> 男友, 市場目前 -> 市場); a
    description before 的 goes (蓄著白髮平頭的尼諾 -> 尼諾); a title before a name goes (作者葉映辰 -> 葉映辰);
    a known name opening the phrase is the source (柯文哲當選台北市長 -> 柯文哲); otherwise the phrase ends
    before its first verb, adverb or time word of two characters (中華徵信所最新公布… -> 中華徵信所)."""
    k = folded.rfind("的", start, end)
    if k >= 0 and end - k - 1 >= 2:
        start = k + 1
    lead = _LEAD_WORDS.match(folded, start, end)
    if lead is not None and end - lead.end() >= 2:
        start = lead.end()  # 有消息, 另名主任, 綜合錢江晚報: "there is", a count, a compiling note
    for n in range(min(end - start, 12), 1, -1):
        if reg.lookup(text[start:start + n]) is not None:
            return start, start + n
    for m in reversed(list(_zh()["roles"].finditer(folded, start, end))):
        ns = m.end()
        while ns < end and folded[ns] in " \u3000":
            ns += 1
        name = _name_after_title(text, folded, ns, end)
        if name is not None and (_is_zh_name(name) or _is_titled_name(name)) \
                and _name_ends(folded, ns + len(name), end):
            return ns, ns + len(name)  # 副代表郭仲熙(參觀…), not 主將柯瑞和(杜蘭特)
    cut = _cut_words().search(folded, start + 2, end)
    if cut is not None:
        end = cut.start()  # 東芝今早, 金車文教基金會今天下午發布調查: the source ends before a time or an act
    ws = [(w, t) for w, t in words(folded[start:end])]
    lo, hi = 0, len(ws)
    while lo < hi and (ws[lo][1].startswith(_NOT_NAME_TAGS) or ws[lo][1] == "w"):
        start += len(ws[lo][0])
        lo += 1
    pos = start
    for i in range(lo, hi):
        w, t = ws[i]
        if pos - start >= 2 and len(w) >= 2 and (t.startswith(("d", "t", "p")) or t == "v" and (
                _org_end().search(folded, start, pos) or reg.lookup(text[start:pos]) is not None)):
            end, hi = pos, i  # 港大民意研究計畫|發表…: the name ends before its verb
            break
        pos += len(w)
    while hi > lo and not _org_end().search(folded, start, end) and (ws[hi - 1][1].startswith(_NOT_NAME_END) or ws[hi - 1][1] == "w"
                       or ws[hi - 1][1] == "v" and hi - 1 > lo):
        end -= len(ws[hi - 1][0])
        hi -= 1
    while end > start and text[end - 1].isdigit():
        end -= 1  # 單位27(日): the day number a time word left behind
    if end - start < 2 or not re.search(r"[\u4e00-\u9fffA-Za-z]", text[start:end]):
        return None
    return start, end
