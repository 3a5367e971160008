"""Words as the page wrote them. Lexicons match the same-length Traditional view (``doc.folded``), so a
cue found there is in Traditional script; fields that quote the article must hold the page's own
characters: on a Simplified page 说, not 說."""

from __future__ import annotations

from ..document import Document

_WINDOW = 80


def as_written(doc: Document, word: str | None, start: int, end: int) -> str | None:
    """``word`` (a lexicon form) as it stands in ``doc.text`` nearest to ``[start, end)``.

    The folded view has the same length as the text, so the match position there is the position in
    the text. A word not found near the span is returned unchanged (English cues, or words the text
    already has in this form).
    """
    if not word or not doc.folded or doc.folded == doc.text or word in doc.text[max(0, start - _WINDOW):end + _WINDOW]:
        return word
    lo, hi = max(0, start - _WINDOW), min(len(doc.text), end + _WINDOW)
    best = None
    i = doc.folded.find(word, lo, hi)
    while i >= 0:
        dist = 0 if start <= i < end else min(abs(i - start), abs(i - end))
        if best is None or dist < best[0]:
            best = (dist, i)
        i = doc.folded.find(word, i + 1, hi)
    if best is None:
        return word
    return doc.text[best[1]:best[1] + len(word)]
