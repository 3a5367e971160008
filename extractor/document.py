"""Internal working types: Span, OffsetMap, Table and the frozen Document.

Every stage reads a :class:`Document` and returns a new one (``doc.evolve(...)``); nothing mutates it.
All spans are half-open ``[start, end)`` in ``doc.text`` coordinates.
"""

from __future__ import annotations

import dataclasses
from array import array
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple


class Span(NamedTuple):
    """A half-open character range ``[start, end)`` into ``Document.text``."""

    start: int
    end: int

    def move(self, offset: int) -> Span:
        """Shift the span by ``offset`` (chunk -> document coordinates)."""
        return Span(self.start + offset, self.end + offset)

    def of(self, text: str) -> str:
        """The characters this span covers in ``text``."""
        return text[self.start : self.end]

    def __len__(self) -> int:  # type: ignore[override]
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


class OffsetMap:
    """Maps each index of a normalized text back to an index of the source text.

    ``points[i]`` is the source index of normalized character ``i``; ``points[len(text)]`` is the
    source end. The map is monotone (never decreasing), which a property test holds.

    It is stored as runs, not one int per character: normalization keeps the text in long unchanged
    stretches, within which ``i -> i + shift``. A 17-million-character text with a few thousand edits
    takes a few KB where a tuple of points took ~600 MB (issue #17: a 50 MB input peaked at 2 GB).
    ``points`` still gives the whole sequence, built on request.
    """

    __slots__ = ("_starts", "_sources", "_n", "_end")

    def __init__(self, points: Sequence[int]):
        n = len(points) - 1
        starts: array[int] = array("q")
        sources: array[int] = array("q")
        for i in range(max(n, 0)):
            p = points[i]
            if not starts or p != sources[-1] + (i - starts[-1]):
                starts.append(i)
                sources.append(p)
        self._starts, self._sources, self._n = starts, sources, n
        self._end = points[n] if n >= 0 else 0

    @classmethod
    def from_runs(cls, starts: Sequence[int], sources: Sequence[int], length: int, end: int) -> OffsetMap:
        """The map of a text of ``length`` characters whose run ``k`` starts at ``starts[k]`` (ascending, the
        first at 0) and maps to ``sources[k]`` onwards; ``end`` is the source end."""
        m = cls.__new__(cls)
        m._starts, m._sources = array("q", starts), array("q", sources)
        m._n, m._end = length, end
        return m

    @classmethod
    def identity(cls, n: int) -> OffsetMap:
        return cls.from_runs([0] if n else [], [0] if n else [], n, n)

    def point(self, i: int) -> int:
        """``points[i]`` without building ``points``."""
        if i < 0:
            i += self._n + 1
        if i == self._n:
            return self._end
        if not 0 <= i < self._n:
            raise IndexError("offset map index out of range")
        k = bisect_right(self._starts, i) - 1
        return self._sources[k] + (i - self._starts[k])

    @property
    def points(self) -> tuple[int, ...]:
        """Every point, ``len(text) + 1`` of them (built on each call: O(length))."""
        out: list[int] = []
        bounds = [*self._starts[1:], self._n][: len(self._starts)]
        for start, source, stop in zip(self._starts, self._sources, bounds, strict=True):
            out.extend(range(source, source + (stop - start)))
        out.append(self._end)
        return tuple(out)

    @property
    def runs(self) -> int:
        """How many unchanged stretches the map holds (its size)."""
        return len(self._starts)

    def to_source(self, span: Span) -> Span:
        """Project a normalized span to source coordinates."""
        start = self.point(span.start)
        end = self.point(span.end - 1) + 1 if span.end > span.start else start
        return Span(start, end)

    def compose(self, inner: OffsetMap) -> OffsetMap:
        """``self`` maps B->A, ``inner`` maps C->B; the result maps C->A."""
        return OffsetMap([self.point(i) for i in inner.points])

    def __len__(self) -> int:
        return self._n + 1


@dataclass(frozen=True)
class TableCell:
    text: str
    span: Span
    header: bool = False


@dataclass(frozen=True)
class Table:
    """A table found in the page: rows of cells, each cell grounded in ``Document.text``."""

    rows: tuple[tuple[TableCell, ...], ...]
    caption: str | None = None
    caption_span: Span | None = None
    span: Span | None = None

    @property
    def header(self) -> tuple[TableCell, ...] | None:
        return self.rows[0] if self.rows and all(c.header for c in self.rows[0]) else None


@dataclass(frozen=True)
class Meta:
    """Page metadata found by ingest."""

    title: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    site: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    path: str | None = None
    dateline: str | None = None
    category: str | None = None


@dataclass(frozen=True)
class Document:
    """The frozen working document.

    ``text`` is the normalized main text every span points into; ``source_text`` is what ingest
    produced and ``offsets`` maps ``text`` indices back to it. ``folded`` has the same length as
    ``text`` and holds it in Traditional (Taiwan) script so that lexicons written in Traditional
    match Simplified input too: search ``folded``, slice ``text``.
    """

    doc_id: str
    text: str
    source_text: str = ""
    offsets: OffsetMap | None = None
    folded: str = ""
    language: str = "und"
    meta: Meta = field(default_factory=Meta)
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    tokens: Sequence[Span] = ()  # jieba words, segmented on first access (segment.words.Tokens)
    tables: tuple[Table, ...] = ()
    annotations: Mapping[str, tuple[Any, ...]] = field(default_factory=dict)
    warnings: tuple[Any, ...] = ()

    def evolve(self, **changes: Any) -> Document:
        """A copy with ``changes`` applied (documents are never mutated).

        What ``dataclasses.replace`` gives (it refuses a name that is not a field), without its per-field
        ``__init__`` call: every stage evolves the document a few times per article."""
        names = _DOCUMENT_FIELDS if type(self) is Document else {f.name for f in dataclasses.fields(self)}
        unknown = changes.keys() - names
        if unknown:
            raise TypeError(f"Document has no field(s) {', '.join(sorted(unknown))}")
        new = object.__new__(type(self))
        state = new.__dict__
        state.update(self.__dict__)
        state.update(changes)
        return new

    def annotate(self, name: str, items: Sequence[Any]) -> Document:
        ann = dict(self.annotations)
        ann[name] = tuple(items)
        return self.evolve(annotations=ann)

    def get(self, name: str) -> tuple[Any, ...]:
        return tuple(self.annotations.get(name, ()))

    def slice(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def paragraph_at(self, pos: int) -> Span | None:
        for p in self.paragraphs:
            if p.start <= pos < p.end:
                return p
        return None

    @property
    def is_zh(self) -> bool:
        return self.language.startswith("zh")


_DOCUMENT_FIELDS = frozenset(f.name for f in dataclasses.fields(Document))
