"""Word segmentation with jieba, on Traditional and Simplified text alike.

The segmenter is jieba-fast-dat (jieba's algorithm and dictionary in C++: 0.26 ms instead of 3.6 ms per
article, 26 ms start-up with its cache instead of 0.45 s, measured on the seed article); plain jieba is the
fallback when it is not installed.

jieba's dictionary is Simplified, so Traditional text is segmented through a same-length Simplified
rendering and the token spans map back one to one. The glossary's Chinese forms (both scripts) are
added as user words so that 投資報酬率 or 超大規模雲端業者 stay whole. jieba is imported lazily: a
pipeline that does not ask for tokens never pays its ~0.5 s start-up.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from ..document import Span

_LOCK = threading.Lock()
_TOKENIZER: Any = None


def _tokenizer() -> Any:
    global _TOKENIZER
    with _LOCK:
        if _TOKENIZER is None:
            import logging

            try:
                import jieba_fast_dat as jieba
            except ImportError:  # pragma: no cover - the slower pure-Python segmenter
                import jieba  # type: ignore[no-redef]

            jieba.setLogLevel(logging.WARNING)
            tk = jieba.dt
            tk.initialize()
            from ..normalize.glossary import load_glossary
            from ..normalize.script import to_simplified

            for entry in load_glossary().entries:
                for form in {entry.zh, to_simplified(entry.zh), *entry.variants}:
                    if form and len(form) > 1:
                        tk.add_word(form, freq=20000)
            _TOKENIZER = tk
        return _TOKENIZER


def warm_up() -> None:
    """Load the dictionaries now (before forking workers)."""
    _tokenizer()
    word_tags()


class Tokens(Sequence[Span]):
    """The word spans of a text, segmented on first access.

    The words stage attaches this to every Chinese document; extractors and users that read
    ``doc.tokens`` get jieba's words, and a run that never reads them does not pay the ~1.3 ms per
    article that segmentation and span building cost (a fifth of the whole pipeline).
    """

    __slots__ = ("_text", "_spans")

    def __init__(self, text: str):
        self._text = text
        self._spans: tuple[Span, ...] | None = None

    def _get(self) -> tuple[Span, ...]:
        if self._spans is None:
            self._spans = tokenize(self._text)
        return self._spans

    def __getitem__(self, i):  # type: ignore[no-untyped-def, override]
        return self._get()[i]

    def __len__(self) -> int:
        return len(self._get())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(self._text)

    def __repr__(self) -> str:
        return f"Tokens({len(self._text)} chars, {'segmented' if self._spans is not None else 'lazy'})"


def tokenize(text: str) -> tuple[Span, ...]:
    """Word spans of ``text`` (whitespace dropped), Traditional or Simplified.

    >>> t = "投資報酬率差距擴大"
    >>> [t[s.start:s.end] for s in tokenize(t)][:2]
    ['投資報酬率', '差距']
    """
    from ..normalize.script import to_simplified

    simp = to_simplified(text)
    if len(simp) != len(text):
        simp = text
    spans = []
    pos = 0
    for word in _tokenizer().cut(simp, HMM=False):
        end = pos + len(word)
        if word.strip():
            spans.append(Span(pos, end))
        pos = end
    return tuple(spans)


_TAGS: dict[str, str] | None = None


def _cache_dir() -> str:
    import os

    base = os.environ.get("EXTRACTOR_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "extractor")
    return base


def word_tags() -> dict[str, str]:
    """jieba's part-of-speech tags for the words that are not nouns (verbs, particles, adverbs, numerals...).

    Read from jieba's dictionary once (0.2 s) and cached as a marshal file (15 ms to load), so that the terms
    stage can find where a glossed Chinese phrase starts without jieba.posseg's 0.8 s start-up.
    """
    global _TAGS
    if _TAGS is not None:
        return _TAGS
    import hashlib
    import importlib.util
    import marshal
    import os

    spec = importlib.util.find_spec("jieba")  # locate, not import: importing jieba costs 0.2 s (pkg_resources)
    if spec is None or not spec.origin:
        _TAGS = {}
        return _TAGS
    src = os.path.join(os.path.dirname(spec.origin), "dict.txt")
    stat = os.stat(src)
    key = hashlib.sha1(f"{src}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:12]
    path = os.path.join(_cache_dir(), f"jieba-tags-{key}.marshal")
    try:
        with open(path, "rb") as fh:
            _TAGS = marshal.load(fh)
            return _TAGS
    except (OSError, ValueError, EOFError):
        pass
    tags: dict[str, str] = {}
    with open(src, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 3 and parts[2][0] in "vpcdrumtqfyeoaz":
                tags[parts[0]] = parts[2]
    _TAGS = tags
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as fh:
            marshal.dump(tags, fh)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home: no cache, still correct
    return tags
