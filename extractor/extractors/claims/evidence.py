"""Evidence of a claim: the metrics and quotes in the passage it stands in.

Ids are span-based (``"m:120-131"`` / ``"q:40-88"``): the final ids (m1, q1, …) are given in
``assemble`` after sorting, which may rewrite them.
"""

from __future__ import annotations

import bisect

from ...document import Document, Span
from ...model import Evidence


class EvidenceIndex:
    """Metrics and quotes of one article indexed by start, so each claim's evidence is a bisect, not a scan."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.starts = [s.start for s in doc.sentences]
        self.metrics = sorted(tuple(m.span) for m in doc.get("metrics"))
        self.m_starts = [s for s, _ in self.metrics]
        self.quotes = sorted(tuple(q.span) for q in doc.get("quotes"))
        self.q_starts = [s for s, _ in self.quotes]
        self.q_longest = max((e - s for s, e in self.quotes), default=0)

    def near(self, span: Span) -> list[Evidence]:
        """Metrics and quotes in the sentences the claim spans (its passage), or overlapping the claim."""
        sentences = self.doc.sentences
        i = max(0, bisect.bisect_right(self.starts, span.start) - 1)
        lo, hi = span.start, span.end
        while i < len(sentences) and sentences[i].start < span.end:
            if span.start < sentences[i].end:
                lo, hi = min(lo, sentences[i].start), max(hi, sentences[i].end)
            i += 1
        out = []
        for s, e in self.metrics[bisect.bisect_left(self.m_starts, lo) : bisect.bisect_right(self.m_starts, hi)]:
            if e <= hi:
                out.append(Evidence(kind="metric", id=f"m:{s}-{e}", span=(s, e)))
        first = bisect.bisect_left(self.q_starts, min(lo, span.start - self.q_longest))
        for s, e in self.quotes[first : bisect.bisect_right(self.q_starts, max(hi, span.end))]:
            if (lo <= s and e <= hi) or (s < span.end and span.start < e):  # a quote the claim sits in counts
                out.append(Evidence(kind="quote", id=f"q:{s}-{e}", span=(s, e)))
        return sorted(out, key=lambda ev: (ev.span, ev.kind))

