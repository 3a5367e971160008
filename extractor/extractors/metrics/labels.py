"""Labels, reference periods and cross-lingual fact ids for metrics.

- A figure in a table (HTML ``doc.tables`` or a plain-text table block under a "Table:"/"表格:"
  caption) is labelled by its row's leading text; its period comes from the caption, e.g.
  "(2026 Estimates)".
- A figure in prose is labelled by the words around it in its clause: the noun after a count
  ("700座地面接收站"), else the clause before the figure ("台積電走跌 3.62%").
- ``fact_id`` is a short hash of value, unit, qualifier, per and period year, so an English table row
  and its Chinese translation (same figure) share it and a database can count the fact once.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Sequence

from ...document import Document
from ...model import Metric

_CAPTION = re.compile(r"^[ ]*(?:Table|TABLE|表格|表)[ ]*[0-9一二三四五六七八九十]*[ ]*[:：.]?[ ]*(.+)$", re.M)
_PARENS = re.compile(r"[(（]([^()（）]{1,40})[)）]")
_CLAUSE_ZH = "，。；！？：、\n「」『』（）()"
_CLAUSE_EN = ",;:.!?\n()\"“”—"
_LEAD_ZH = re.compile(r"^(?:而且|而|且|並|但|但是|其中|也|則|及|以及|另外|此外|至於|不過|然而|因此|所以|使得|加上|並且|由於|因為|"
                      r"有鑑於|一是|二是|三是|就|目前|現今|現階段|儘管|雖然|如果|若)+")
_TRAIL_ZH = re.compile(r"(?:的|了|已|達|為|是|有|約|在|至|到|從|由|也|僅|還|則|更)+$")
_LEAD_EN = re.compile(r"^(?i:(?:and|but|while|although|which|that|as|so|with|of|the|a|an)\s+)+")
_TRAIL_EN = re.compile(r"(?i:\s+(?:at|of|to|by|was|were|is|are|be|been|from|for|a|an|the|its|their|his|her|on|in|"
                       r"with|than|and|up|down|averaged|stayed|had|has|have|about|some|nearly|around|over|under|"
                       r"more|less|maximum|below|above))+$")
_YEAR_ZH = re.compile(r"(?:19|20)[0-9]{2}[ ]?年(?:[上下]半年|第?[一二三四1-4]季|[0-9]{1,2}月)?|今年|去年|明年|上半年|下半年")
_YEAR_EN = re.compile(r"\b(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
                      r"December)\s+)?(?:19|20)[0-9]{2}\b|\b(?:last|this|next) year\b")
_CJK = re.compile(r"[\u3400-\u9fff]")
PERIOD_REACH = 400  # a prose figure's period is the last year named at most this far back in its sentence


def attach_labels(doc: Document, metrics: Sequence[Metric]) -> None:
    """Set ``label``, ``label_span``, ``period`` and ``fact_id`` on each metric (in place)."""
    text = doc.text
    # Rules read the Traditional-script fold (same length), so 达/為 trim alike; labels slice ``text``.
    f = doc.folded if len(doc.folded) == len(text) else text
    blocks = _text_table_blocks(f)
    cells = _CellIndex(doc) if doc.tables else None
    starts = [sp.start for sp in doc.sentences]
    spans = sorted(m.span for m in metrics)
    prev: Metric | None = None
    for m in metrics:
        got = (cells.label(m) if cells else None) or _block_label(f, blocks, m)
        if got:
            (a, b), period = got
        else:
            a, b = _prose_label(f, m, spans)
            period = _prose_period(doc, m, starts)
        if prev and text[prev.span[1]:m.span[0]].strip() in ("(", "（") and prev.label_span:
            # "$12.9bn (£10bn)": a conversion in parentheses measures the same thing as its figure.
            (a, b), period = prev.label_span, prev.period
        if b > a:
            m.label, m.label_span = text[a:b], (a, b)
        prev = m
        m.period = period
        m.fact_id = fact_id(m, doc.doc_id)


def fact_id(m: Metric, scope: str = "") -> str:
    """A deterministic id shared by metrics stating the same figure (value, unit, qualifier, per, year).

    ``scope`` (the article id) keeps equal figures of different articles apart: "3%" in two stories is
    not one fact, while an English table row and its Chinese translation in one story are.
    """
    def num(x: float | None) -> str:
        return "" if x is None else format(x, ".6g")

    year = re.search(r"(?:19|20)[0-9]{2}", m.period or "")
    key = "|".join((scope, num(m.value), num(m.low), num(m.high), m.unit, m.qualifier, m.per or "", year.group() if year else ""))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


class _CellIndex:
    """The cells of ``doc.tables`` sorted by start, built once per document, so that finding the cell
    holding a metric is a bisection, not a scan of every cell (ingest lays cells out one after another,
    so they never overlap)."""

    def __init__(self, doc: Document):
        found = [(cell.span.start, cell.span.end, t, r, i) for t, table in enumerate(doc.tables)
                 for r, row in enumerate(table.rows) for i, cell in enumerate(row)]
        found.sort(key=lambda x: (x[0], x[1]))
        self.starts = [x[0] for x in found]
        self.cells = found
        self.tables = doc.tables

    def label(self, m: Metric) -> tuple[tuple[int, int], str | None] | None:
        """The label span of the metric's row (its first cell) and the period of its column or caption."""
        k = bisect.bisect_right(self.starts, m.span[0]) - 1
        if k < 0:
            return None
        start, end, t, r, i = self.cells[k]
        if not (m.span[1] <= end and i > 0):
            return None
        table = self.tables[t]
        if table.span and not (table.span.start <= m.span[0] < table.span.end):
            return None
        head = table.rows[r][0]
        period = None
        if table.caption:
            pm = _PARENS.search(table.caption)
            period = pm.group(1).strip() if pm else None
        hdr = table.header
        if period is None and hdr and i < len(hdr) and re.search(r"(?:19|20)[0-9]{2}", hdr[i].text):
            period = hdr[i].text.strip()
        return (head.span.start, head.span.end), period


def _text_table_blocks(text: str) -> list[tuple[int, int, str | None]]:
    """Plain-text tables: the lines after a "Table: ..." caption up to the next blank line."""
    out = []
    end = 0  # the blank line that ended the previous block: still the first one after a later start
    for cm in _CAPTION.finditer(text):
        pm = _PARENS.search(cm.group(1))
        period = pm.group(1).strip() if pm else None
        start = cm.end()
        while start < len(text) and text[start] == "\n":
            start += 1
        if 0 <= end < start:
            end = text.find("\n\n", start)
        out.append((start, len(text) if end < 0 else end, period))
    return out


def _block_label(text: str, blocks: list[tuple[int, int, str | None]], m: Metric
                 ) -> tuple[tuple[int, int], str | None] | None:
    s = m.span[0]
    # Blocks come in text order and each ends at the first blank line after its start, so both their
    # starts and their ends rise: the blocks holding ``s`` run from the first one ending after it.
    k = bisect.bisect_right(blocks, s, key=lambda blk: blk[1])
    while k < len(blocks) and blocks[k][0] <= s:
        a, b, period = blocks[k]
        nl = text.rfind("\n", a, s)
        line_start = nl + 1 or a
        prefix = text[line_start:s]
        lab = prefix.strip()
        if lab and len(lab) <= 80:
            i = line_start + prefix.index(lab)
            return (i, i + len(lab)), period
        # A later block starting at or before ``line_start`` reads the same line: skip past them.
        k = max(k + 1, bisect.bisect_right(blocks, max(nl, a), key=lambda blk: blk[0]))
    return None


def _is_stop(text: str, i: int, stops: str) -> bool:
    ch = text[i]
    if ch not in stops:
        return False
    # "$41,640" and "2.5": a separator between digits is part of a number, not a clause break.
    return not (ch in ",." and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit())


_STOP_BEFORE = {zh: re.compile("[" + re.escape(st) + "][^" + re.escape(st) + "]*$") for zh, st in
                ((True, _CLAUSE_ZH), (False, _CLAUSE_EN))}
_STOP_AFTER = {zh: re.compile("[" + re.escape(st) + "]") for zh, st in ((True, _CLAUSE_ZH), (False, _CLAUSE_EN))}


def _clause(text: str, s: int, e: int, zh: bool, reach: int = 60) -> tuple[int, int]:
    """The clause around ``text[s:e]``: up to the nearest stop on each side, at most ``reach`` chars away."""
    stops = _CLAUSE_ZH if zh else _CLAUSE_EN
    lo = max(0, s - reach)
    a = lo
    i = s
    while True:
        m = _STOP_BEFORE[zh].search(text, lo, i)
        if not m:
            break
        if _is_stop(text, m.start(), stops):
            a = m.start() + 1
            break
        i = m.start()
    if not zh and a == lo and a > 0:
        while a < s and not text[a - 1].isspace():
            a += 1  # never start a label mid-word
    hi = min(len(text), e + reach)
    b = hi
    j = e
    while True:
        m = _STOP_AFTER[zh].search(text, j, hi)
        if not m:
            break
        if _is_stop(text, m.start(), stops):
            b = m.start()
            break
        j = m.start() + 1
    return a, b


def _prose_label(text: str, m: Metric, spans: Sequence[tuple[int, int]] = ()) -> tuple[int, int]:
    s, e = m.span
    zh = bool(_CJK.search(text[max(0, s - 6):e + 6]))
    a, b = _clause(text, s, e, zh)
    if not zh:
        return _prose_label_en(text, m, a, b, spans)
    ba, bb = _trim(text, a, s, zh)
    after = _after_phrase(text, e, b, zh)
    if zh:
        if (m.unit == "" or bb - ba < 2 or (m.unit == "%" and text[e:e + 1] == "的")) and after:  # 逾1/4的全球人口
            return after  # 700座地面接收站, 百分之九十五的點擊量
        if bb - ba < 2:
            ba, bb = _previous_clause(text, a, zh)  # "…走跌，幅度不超過0.5%": the subject is one clause back
        return (max(ba, bb - 20), bb) if bb > ba else (e, e)
    if m.unit == "" and m.kind != "percent" and after:
        return after  # 30,154 new cars
    if len(text[ba:bb].split()) < 2:
        if after and text[e:after[0]].strip() == "of":
            return after  # "About half of Marin County's cell sites"
        ba, bb = _previous_clause(text, a, zh)
    words = text[ba:bb].split()
    if len(words) > 10:
        ba = bb - len(" ".join(words[-10:]))
    return (ba, bb) if bb > ba else (e, e)


def _prose_label_en(text: str, m: Metric, a: int, b: int, spans: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """An English label never runs over another figure: "Net income rose to $7.9 billion, or $3.12 per share"
    labels $3.12 "per share", not the clause before it. Order: the words before the figure in its clause (from
    the previous figure on), the noun phrase after it, the previous clause up to its first figure, and last the
    head of the sentence (its subject, up to its first figure)."""
    s, e = m.span
    k = bisect.bisect_left(spans, (s, e))
    prev_end = spans[k - 1][1] if k > 0 else 0
    next_start = spans[k + 1][0] if k + 1 < len(spans) else len(text)
    clause_a = a
    a = max(a, min(prev_end, s))
    b = min(b, max(next_start, e))
    ba, bb = _trim(text, a, s, False)
    if a > clause_a and _PREP_EN.match(text[a:s].lstrip()):
        # "The median price climbed 1.8% from a year earlier to $414,000": what follows the previous figure is
        # its complement; both figures measure the clause's subject, before the previous figure.
        pa, pb = _trim(text, clause_a, spans[k - 1][0], False)
        if len(text[pa:pb].split()) >= 2:
            return _last_words(text, pa, pb)
    after = _after_phrase(text, e, b, False)
    if m.unit == "" and m.kind != "percent" and after:
        return after  # 30,154 new cars
    if len(text[ba:bb].split()) >= 2:
        return _last_words(text, ba, bb)
    if after and (text[e:after[0]].strip() == "of" or not _CHANGE_WORD_EN.match(text, after[0])):
        return after  # "About half of Marin County's cell sites", "$3.12 per share"
    if a == prev_end and k > 0:
        pass  # the previous figure closes this clause: what came before it is its own label
    else:
        pa, pb = _previous_clause(text, a, False)
        cut = _first_figure(spans, pa, pb)
        pa, pb = _trim(text, pa, cut, False) if cut < pb else (pa, pb)
        if len(text[pa:pb].split()) >= 2:
            return _last_words(text, pa, pb)
    head = _sentence_head(text, s, spans)
    if head:
        return head
    return (ba, bb) if bb > ba else (e, e)


_PREP_EN = re.compile(r"(?i:from|to|by|than|versus|vs\.?|compared)\b")
# After-phrases that are no label: prepositions, time words and comparatives ("2 points higher than ...").
_CHANGE_WORD_EN = re.compile(r"(?i:from|to|a|an|the|in|on|at|or|and|last|this|next|since|over|after|before|"
                             r"higher|lower|more|less|fewer|greater|smaller|bigger|larger|better|worse|above|below|"
                             r"up|down|ahead|behind)\b")


def _first_figure(spans: Sequence[tuple[int, int]], a: int, b: int) -> int:
    k = bisect.bisect_left(spans, (a, a))
    return spans[k][0] if k < len(spans) and spans[k][0] < b else b


def _last_words(text: str, ba: int, bb: int) -> tuple[int, int]:
    words = text[ba:bb].split()
    if len(words) > 10:
        ba = bb - len(" ".join(words[-10:]))
    return ba, bb


def _sentence_head(text: str, s: int, spans: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The words from the sentence start up to its first figure: usually the subject and its verb."""
    lo = max(0, s - 300)
    cut = max(text.rfind(". ", lo, s), text.rfind("\n", lo, s), text.rfind("? ", lo, s), text.rfind("! ", lo, s))
    start = cut + 1 if cut >= 0 else lo
    first = _first_figure(spans, start, s)
    seg_end = first
    for ch in ",;:(":
        i = text.find(ch, start, seg_end)
        if i >= 0:
            seg_end = i
    ba, bb = _trim(text, start, seg_end, False)
    if len(text[ba:bb].split()) < 2:
        return None
    return _last_words(text, ba, bb)


# 20億大關, 5%門檻: a milestone word after a figure names no measured thing.
_AFTER_ZH = re.compile(r"(?!的?(?:大關|關卡|門檻|水準|價位|以上|以下|左右))(?:的)?([\u3400-\u9fffA-Za-z]{2,14})")
_AFTER_ZH_STOP = re.compile(r"預定|預計|即可|已經|已|將|於|在|均|都|可|是|為|也|還|仍|正|需|要|被|讓|使|和|與|及|並|的|之|中")
_AFTER_EN = re.compile(r"\s*(?:of\s+)?((?:[A-Za-z][\w'&-]*\s?){1,6})")
_AFTER_EN_STOP = re.compile(r"(?i)\s(?:and|or|but|based|who|which|that|in|on|at|from|to|for|with|by|as|were|was|is|are|"
                            r"will|would|could|had|has|have|said|than)\b")


def _after_phrase(text: str, e: int, b: int, zh: bool) -> tuple[int, int] | None:
    """The noun phrase right after a figure, cut at the first function word ("700座地面接收站預定…")."""
    m = (_AFTER_ZH if zh else _AFTER_EN).match(text, e, b)
    if not m:
        return None
    st, en = m.start(1), m.end(1)
    stop = (_AFTER_ZH_STOP if zh else _AFTER_EN_STOP).search(text, st + (2 if zh else 0), en)
    if stop:
        en = stop.start()
    while en > st and text[en - 1] == " ":
        en -= 1
    if en - st < 2 or (not zh and text[st:en].lower() in ("based", "a", "the", "an")):
        return None
    return st, en


def _trim(text: str, a: int, s: int, zh: bool) -> tuple[int, int]:
    """Strip connectives at the start and function words at the end of ``text[a:s]``."""
    seg = text[a:s]
    lead = (_LEAD_ZH if zh else _LEAD_EN).match(seg.lstrip())
    ba = a + (len(seg) - len(seg.lstrip())) + (lead.end() if lead else 0)
    seg = text[ba:s].rstrip()
    trail = (_TRAIL_ZH if zh else _TRAIL_EN).search(seg)
    bb = ba + (trail.start() if trail else len(seg))
    return ba, bb


def _previous_clause(text: str, a: int, zh: bool) -> tuple[int, int]:
    """The clause before position ``a`` (the stop char at ``a - 1``), within the same sentence."""
    if a < 2 or text[a - 1] in "。！？\n.!?":
        return a, a
    pa, _ = _clause(text, a - 1, a - 1, zh)
    return _trim(text, pa, a - 1, zh)


def _prose_period(doc: Document, m: Metric, starts: list[int]) -> str | None:
    i = bisect.bisect_right(starts, m.span[0]) - 1
    sent = doc.sentences[i] if 0 <= i < len(doc.sentences) and m.span[0] < doc.sentences[i].end else None
    a = max(sent.start, m.span[0] - PERIOD_REACH) if sent else max(0, m.span[0] - 80)
    before = doc.text[a:m.span[0]]
    found = list((_YEAR_ZH if doc.is_zh else _YEAR_EN).finditer(before))
    if not found:
        return None
    word = found[-1].group()
    year = (doc.meta.published or "")[:4]
    if year.isdigit() and word in ("今年", "去年", "明年", "this year", "last year", "next year"):
        delta = {"今年": 0, "this year": 0, "去年": -1, "last year": -1, "明年": 1, "next year": 1}[word]
        return f"{int(year) + delta}年" if doc.is_zh else str(int(year) + delta)
    return word
