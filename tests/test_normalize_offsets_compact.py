"""The offset map is kept as runs: the same points as one int per character, in memory that does not grow
with the text's length (a 50 MB page used to build a 600 MB tuple of ints, twice)."""

from __future__ import annotations

import tracemalloc

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.document import OffsetMap, Span
from extractor.normalize.text import _SQUEEZE, _WIDTH, normalize_text


def _reference(source: str) -> tuple[str, list[int]]:
    """One point per character, as normalization was first written: the oracle for the runs."""

    def squeeze(text: str, points: list[int]) -> tuple[str, list[int]]:
        out, newpts, last = [], [], 0
        for m in _SQUEEZE.finditer(text):
            s, e = m.span()
            out.append(text[last:s])
            newpts.extend(points[last:s])
            kind = m.lastgroup
            if kind in ("nbsp", "cr", "spaces"):
                out.append("\n" if kind == "cr" else " ")
                newpts.append(points[s])
            elif kind == "blank":
                out.append("\n\n")
                newpts.extend((points[s], points[s + 1]))
            last = e
        out.append(text[last:])
        newpts.extend(points[last:])
        return "".join(out), newpts

    text = source.translate(_WIDTH)
    points = list(range(len(text) + 1))
    for _ in range(4):
        new, newpts = squeeze(text, points[:-1])
        if new == text:
            break
        text, points = new, newpts + [points[-1]]
    lstripped = len(text) - len(text.lstrip())
    rstripped = len(text.rstrip())
    if lstripped or rstripped != len(text):
        end_src = points[rstripped - 1] + 1 if rstripped > lstripped else points[lstripped]
        points = points[lstripped:rstripped] + [end_src]
        text = text[lstripped:rstripped]
    return text, points


pieces = st.sampled_from([" ", "  ", "\n", "\n\n\n\n", "\r\n", "\r", "\t", "\u3000", "\u200b", "&nbsp;", "&nbsp",
                          "\xa0", "營收", "１２％", "a", "Bb", "。", "\x00", " \u200b ", "\ufeff"])


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(pieces, max_size=30).map("".join))
def test_runs_give_the_same_points_as_one_int_per_character(source: str) -> None:
    text, offsets = normalize_text(source)
    ref_text, ref_points = _reference(source)
    assert text == ref_text
    assert offsets.points == tuple(ref_points)
    assert [offsets.point(i) for i in range(len(text) + 1)] == ref_points
    assert OffsetMap(ref_points).points == tuple(ref_points)  # built from points, the same runs


def test_a_long_text_with_few_edits_keeps_a_small_map() -> None:
    source = ("營收成長１２％，  毛利率\u200b提升。\r\n" + "投資人看好人工智慧需求。" * 400 + "\n\n\n\n") * 200
    tracemalloc.start()
    try:
        text, offsets = normalize_text(source)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The text itself (2 bytes a character) and its pieces; one int per character would be ~36 bytes each.
    assert peak < 12 * len(source), peak
    assert offsets.runs <= 4 * 200 + 1
    i = text.index("毛利率")
    assert source[offsets.to_source(Span(i, i + 3)).start:][:3] == "毛利率"


def test_identity_of_an_empty_and_a_long_text() -> None:
    assert OffsetMap.identity(0).points == (0,)
    big = OffsetMap.identity(10_000_000)
    assert big.runs == 1 and len(big) == 10_000_001 and big.point(9_999_999) == 9_999_999
    assert big.to_source(Span(5, 8)) == Span(5, 8) and big.point(-1) == 10_000_000
