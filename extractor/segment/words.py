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
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator, Mapping, Sequence
from itertools import accumulate, compress, repeat
from typing import Any

from ..document import Span

_LOCK = threading.Lock()
_MEMO_SIZE = 1 << 16  # answers kept by WordTags; emptied when full, so memory stays bounded
_TOKENIZER: Any = None
_CUT: Callable[[str], list[str]] | None = None  # the tokenizer's words of a Simplified text (HMM off)


def _tokenizer() -> Any:
    global _TOKENIZER, _CUT
    if _TOKENIZER is not None:  # no lock once loaded: tokenize() asks for every phrase (~20 per article)
        return _TOKENIZER
    with _LOCK:
        if _TOKENIZER is None:
            import logging

            try:
                import jieba_fast_dat as jieba
            except ImportError:  # pragma: no cover - the slower pure-Python segmenter
                import jieba  # type: ignore[no-redef]

            jieba.setLogLevel(logging.WARNING)
            from .user_words import add_glossary_words

            tk = jieba.dt
            add_glossary_words(tk, _cache_dir())  # prepared once, then loaded (~30-55 ms less per start)
            _CUT = _cutter(tk)
            _TOKENIZER = tk
        return _TOKENIZER


def _cutter(tk: Any) -> Callable[[str], list[str]]:
    """``tk.lcut(s, HMM=False)`` as one C call: jieba-fast-dat's ``lcut`` is a Python wrapper (decode check,
    model check, keyword arguments) around it, ~3 of the ~10 microseconds of the short phrases the speaker
    parser asks about (~20 per article). The trie and the frequency total are read at each call, as lcut does."""
    try:
        from jieba_fast_dat._jieba_fast_dat_functions_py3 import _cut_internal_cpp
    except ImportError:  # pragma: no cover - plain jieba
        return lambda s: tk.lcut(s, HMM=False)  # type: ignore[no-any-return]
    if not hasattr(tk, "dat"):  # pragma: no cover - plain jieba beside an installed jieba-fast-dat
        return lambda s: tk.lcut(s, HMM=False)  # type: ignore[no-any-return]

    def cut(s: str) -> list[str]:
        return _cut_internal_cpp(tk.dat, s, float(tk.total), False)  # type: ignore[no-any-return]

    return cut


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
    cut = _CUT
    if cut is None:
        _tokenizer()
        cut = _CUT
        assert cut is not None
    words = cut(simp)
    if len(words) == 1:  # one word (a third of the phrases asked): its span, unless it is white space
        return (Span(0, len(text)),) if words[0].strip() else ()
    ends = list(accumulate(map(len, words)))
    starts = [0, *ends]
    starts.pop()
    # Span's own constructor is a Python-level lambda, and a comprehension runs a Python step per word: the spans
    # are built and filtered in C (tuple.__new__ over (start, end) pairs; compress keeps the words whose strip()
    # is not empty, i.e. neither "" nor white space), ~20% less than a comprehension for ~450 words
    return tuple(compress(map(tuple.__new__, repeat(Span), zip(starts, ends, strict=True)), map(str.strip, words)))


class WordTags(Mapping[str, str]):
    """``word -> tag`` over one sorted ``"word\\ttag"`` text with an array of line starts.

    A dict of jieba's 70,000 tagged words takes ~60 ms to build at every start (marshal or not: it is the
    140,000 string objects); this form loads in ~1 ms and answers a lookup by bisection (a few microseconds;
    the terms stage asks a few dozen words per article). Tab sorts before every character of a word, so
    the lines sort by word.
    """

    __slots__ = ("_lines", "_starts", "_memo")

    def __init__(self, lines: str, starts: array):
        self._lines = lines
        self._starts = starts  # start of every line, plus one past the end
        # Answers already found (None: not in the table). The speaker and term parsers ask the same few
        # thousand words tens of times per article; a bisection is ~17 Python-level line reads.
        self._memo: dict[str, str | None] = {}

    @classmethod
    def from_dict(cls, tags: Mapping[str, str]) -> WordTags:
        pos = 0
        starts = array("I", [0])
        parts = []
        for word in sorted(tags):
            line = f"{word}\t{tags[word]}\n"
            parts.append(line)
            pos += len(line)
            starts.append(pos)
        return cls("".join(parts), starts)

    def _line(self, i: int) -> str:
        return self._lines[self._starts[i] : self._starts[i + 1] - 1]

    def _find(self, word: str) -> str | None:
        probe = word + "\t"
        i = bisect_left(range(len(self)), probe, key=self._line)
        if i < len(self):
            line = self._line(i)
            if line.startswith(probe):
                return line[len(probe) :]
        return None

    def get(self, word: str, default: str | None = None) -> str | None:  # type: ignore[override]
        memo = self._memo
        if word in memo:
            tag = memo[word]
        else:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            tag = memo[word] = self._find(word)
        return default if tag is None else tag

    def __getitem__(self, word: str) -> str:
        tag = self.get(word)
        if tag is None:
            raise KeyError(word)
        return tag

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None

    def __len__(self) -> int:
        return len(self._starts) - 1

    def __iter__(self) -> Iterator[str]:
        return (self._line(i).split("\t", 1)[0] for i in range(len(self)))


_TAGS: WordTags | None = None


def _dict_path() -> str | None:
    """jieba's dict.txt, located without importing jieba (the import costs 0.2 s: pkg_resources)."""
    import importlib.util
    import os

    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.origin:
        return None
    return os.path.join(os.path.dirname(spec.origin), "dict.txt")


def from_dictionary(name: str, derive: Callable[[str], Any]) -> Any:
    """``derive(text of jieba's dict.txt)``, kept in a marshal file beside the tags' cache.

    For tables the extractors derive from the dictionary (the frequent words of
    :func:`extractor.extractors.speakers.zh_words.common_word`: one regex scan of the 8 MB file, ~70 ms, paid by
    the first article that asks, i.e. by every batch worker after the fork; the copy loads in ~2 ms).
    ``name`` identifies the derivation (put a version or a hash of the rule in it); the copy is tied to the
    file's path, size and modification time. ``derive`` must return what marshal stores (str, tuples, lists,
    dicts, numbers); ``None`` when jieba is not installed.
    """
    import hashlib
    import marshal
    import os

    src = _dict_path()
    if src is None:
        return None
    stat = os.stat(src)
    key = hashlib.sha1(f"{src}:{stat.st_size}:{stat.st_mtime_ns}:{name}".encode()).hexdigest()[:12]
    path = os.path.join(_cache_dir(), f"jieba-derived-{key}.marshal")
    try:
        with open(path, "rb") as fh:
            return marshal.loads(fh.read())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    with open(src, encoding="utf-8") as fh:
        value = derive(fh.read())
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as fh:
            marshal.dump(value, fh)
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass  # a read-only home: no copy, still correct
    return value


def _cache_dir() -> str:
    import os

    base = os.environ.get("EXTRACTOR_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "extractor")
    return base


def word_tags() -> Mapping[str, str]:
    """jieba's part-of-speech tags for the words that are not nouns (verbs, particles, adverbs, numerals...).

    Read from jieba's dictionary once (0.2 s) and cached as a marshal file (~1 ms to load, see
    :class:`WordTags`), so that the terms stage can find where a glossed Chinese phrase starts without
    jieba.posseg's 0.8 s start-up.
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
        _TAGS = WordTags.from_dict({})
        return _TAGS
    src = os.path.join(os.path.dirname(spec.origin), "dict.txt")
    stat = os.stat(src)
    key = hashlib.sha1(f"{src}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:12]
    path = os.path.join(_cache_dir(), f"jieba-tags-v2-{key}.marshal")
    try:
        with open(path, "rb") as fh:
            lines, starts = marshal.loads(fh.read())  # one read: load(fh) reads object by object
        _TAGS = WordTags(lines, array("I", starts))
        return _TAGS
    except (OSError, ValueError, EOFError, TypeError):
        pass
    tags: dict[str, str] = {}
    with open(src, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 3 and parts[2][0] in "vpcdrumtqfyeoaz":
                tags[parts[0]] = parts[2]
    _TAGS = WordTags.from_dict(tags)
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.tmp"
        with open(tmp, "wb") as fh:
            marshal.dump((_TAGS._lines, _TAGS._starts.tobytes()), fh)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only home: no cache, still correct
    return _TAGS
