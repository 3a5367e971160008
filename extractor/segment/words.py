"""Word segmentation with jieba, on Traditional and Simplified text alike.

jieba's dictionary is Simplified, so Traditional text is segmented through a same-length Simplified
rendering and the token spans map back one to one. The glossary's Chinese forms (both scripts) are
added as user words so that 投資報酬率 or 超大規模雲端業者 stay whole. jieba is imported lazily: a
pipeline that does not ask for tokens never pays its ~0.5 s start-up.
"""

from __future__ import annotations

import threading
from typing import Any

from ..document import Span

_LOCK = threading.Lock()
_TOKENIZER: Any = None


def _tokenizer() -> Any:
    global _TOKENIZER
    with _LOCK:
        if _TOKENIZER is None:
            import logging

            import jieba

            jieba.setLogLevel(logging.WARNING)
            tk = jieba.Tokenizer()
            tk.initialize()
            from ..normalize.script import to_simplified
            from ..normalize.glossary import load_glossary

            for entry in load_glossary().entries:
                for form in {entry.zh, to_simplified(entry.zh), *entry.variants}:
                    if form and len(form) > 1:
                        tk.add_word(form, freq=20000)
            _TOKENIZER = tk
        return _TOKENIZER


def warm_up() -> None:
    """Load the dictionaries now (before forking workers)."""
    _tokenizer()


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
