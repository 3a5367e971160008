"""Where Chinese reported words end: a learned judgement at every comma of the content the rules give.

The rules of ``zh_indirect`` run reported words to the sentence end (or to a new speaker, a second act, a
writer's connective). On real news that is often too long: after a cue with no comma (北韓宣稱成功試射…,
川普通話後說將對北韓再祭「重大制裁」) the report is often one clause and the writer takes over after the first
comma (…，中方新聞稿卻隻字未提制裁); after 表示， it usually runs on. At each comma inside the content a
logistic model (weights ``extractor/data/quotes_extent_zh.json``, trained by
``benchmarks/train_quotes_zh_extent.py`` on the gold quotes of ``extractor/data/train/udn``) gives the
probability that the reported words go on past it; the content is cut at the first comma where they do not.
Features: whether the cue had a comma after it, how many clauses the words already hold and how long they are,
the words and word classes on either side of the comma, a cue or a quotation mark in the next clause, and how
much of the sentence is left. No weights: the rules' end stands. Inference is a sum of looked-up weights.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..learned import bucket as _bucket
from ..learned import optional_weights
from ..speakers.zh_words import words
from .cues import _zh_res

MODEL_FILE = "quotes_extent_zh.json"
_COMMA = re.compile(r"[，,]")
_CLAUSE_END = re.compile(r"[，,。；;！？!?\n]")


@lru_cache(maxsize=1)
def _model() -> dict[str, float]:
    """The committed weights; no file: no weights (the rules' end stands)."""
    return optional_weights(MODEL_FILE)


def commas(text: str, start: int, end: int) -> list[int]:
    """The commas of ``text[start:end]`` outside quotation marks (a quoted clause is never cut)."""
    out: list[int] = []
    depth = 0
    for i in range(start, end):
        ch = text[i]
        if ch in "「『“":
            depth += 1
        elif ch in "」』”" and depth:
            depth -= 1
        elif depth == 0 and ch in "，,":
            out.append(i)
    return out


def comma_features(text: str, folded: str, start: int, end: int, comma: int, k: int) -> list[str]:
    """Features of the ``k``-th comma (at ``comma``) of reported words ``text[start:end]``."""
    return cheap_features(text, folded, start, end, comma, k) + word_features(folded, start, end, comma)


_WORD_FAMILIES = ("lt:", "rt:", "rt:", "rw:", "rc:", "rt2:")  # rt: twice: plain and by cue kind
_FLOOR: dict[int, tuple[dict[str, float], float]] = {}


def _floor(weights: dict[str, float]) -> float:
    """The lowest the word features can bring a comma's score: the most negative weight of each family."""
    hit = _FLOOR.get(id(weights))
    if hit is not None and hit[0] is weights:
        return hit[1]
    low = sum(min([0.0] + [w for x, w in weights.items() if x.startswith(fam)]) for fam in _WORD_FAMILIES)
    _FLOOR[id(weights)] = (weights, low)
    return low


def _next_end(text: str, comma: int, end: int) -> int:
    nxt_end = _CLAUSE_END.search(text, comma + 1, end)
    return nxt_end.start() if nxt_end is not None else end


def word_features(folded: str, start: int, end: int, comma: int) -> list[str]:
    """The words and word classes on either side of the comma (jieba: the costly part)."""
    b = "n" if start > 0 and folded[start - 1] not in "，,：:" else "c"
    prev = max(start, max((m.end() for m in _CLAUSE_END.finditer(folded, max(start, comma - 6), comma)), default=start))
    ne = _next_end(folded, comma, end)
    left = [(w, t) for w, t in words(folded[max(prev, comma - 6):comma]) if t != "w"]
    right = [(w, t) for w, t in words(folded[comma + 1:min(ne, comma + 9)]) if t != "w"]
    f: list[str] = []
    if left:
        f += ["lt:" + (left[-1][1] or "-")[:2]]
    if right:
        w0, t0 = right[0]
        f += ["rt:" + (t0 or "-")[:2], f"rt:{b}" + (t0 or "-")[:2], "rw:" + w0, "rc:" + w0[0]]
        if len(right) > 1:
            f.append("rt2:" + (t0 or "-")[:2] + "|" + (right[1][1] or "-")[:2])
    return f


def cheap_features(text: str, folded: str, start: int, end: int, comma: int, k: int) -> list[str]:
    """The features read off the characters around the comma."""
    bare = start > 0 and text[start - 1] not in "，,：:"
    b = "n" if bare else "c"
    prev = max(start, max((m.end() for m in _CLAUSE_END.finditer(text, start, comma)), default=start))
    nxt_end = _CLAUSE_END.search(text, comma + 1, end)
    ne = nxt_end.start() if nxt_end is not None else end
    rest = len(_COMMA.findall(text, comma + 1, end))
    f = ["bias", "b:" + b, f"k:{b}{min(k, 3)}", f"len:{_bucket(comma - prev, (3, 6, 10, 16, 25))}",
         f"tot:{b}{_bucket(comma - start, (8, 16, 30, 50))}", f"rest:{min(rest, 3)}",
         f"nlen:{_bucket(ne - comma - 1, (3, 6, 10, 16, 25))}"]
    if _zh_res()["cue"].search(folded, comma + 1, ne):
        f.append("ncue")
    if any(ch in "「『“" for ch in text[comma + 1:ne]):
        f.append("nquote")
    if ne < len(text) and text[ne] in "。！？!?\n" or ne >= end:
        f.append("nlast")
    return f


def cut(text: str, folded: str, start: int, end: int) -> int:
    """Where the reported words ``text[start:end]`` end: at the first comma past which the model says they
    do not go on, else ``end``."""
    weights = _model()
    if not weights:
        return end
    for k, c in enumerate(commas(text, start, end)):
        if c - start < 4:
            continue
        z = sum(weights.get(x, 0.0) for x in cheap_features(text, folded, start, end, c, k))
        if z + _floor(weights) >= 0.0:
            continue  # no words can bring it below: spare jieba
        if z + sum(weights.get(x, 0.0) for x in word_features(folded, start, end, c)) < 0.0:
            return c
    return end
