"""jieba's dictionary with the glossary's Chinese forms added as user words, prepared once and cached.

jieba-fast-dat loads its dictionary as a read-only double-array trie (~25 ms from its own cache); the first
``add_word`` turns it into a mutable one, which costs another 30-55 ms at every start. So the trie *with* the
glossary's words is saved once (``save_all``, next to the word-tag cache) with the running frequency total, and
later starts load that instead of the plain one: same trie, same total, same words. The file name hashes the word
list and the segmenter's files, so a changed glossary or a new jieba-fast-dat builds a fresh one. Anything
unexpected (plain jieba, a read-only cache directory, a damaged file) falls back to adding the words one by one.
"""

from __future__ import annotations

import hashlib
import json
import os
from typing import Any

WORD_FREQ = 20000  # high enough that a glossary form (投資報酬率) stays one word


def glossary_words() -> list[str]:
    """The glossary's Chinese forms of two or more characters, in both scripts, entry by entry.

    A form two entries share comes twice, as it always has: each ``add_word`` adds its frequency to jieba's total.
    """
    from ..normalize.glossary import load_glossary
    from ..normalize.script import to_simplified

    words = []
    for entry in load_glossary().entries:
        words += sorted(f for f in {entry.zh, to_simplified(entry.zh), *entry.variants} if f and len(f) > 1)
    return words


def add_glossary_words(tk: Any, cache_dir: str) -> None:
    """Give the initialised-or-not tokenizer ``tk`` the glossary's words, from the prepared trie if there is one."""
    words = glossary_words()
    path = _prepared_path(tk, words, cache_dir)
    if path and _load(tk, words, path):
        return
    tk.initialize()
    for form in words:
        tk.add_word(form, freq=WORD_FREQ)
    if path:
        _save(tk, path)


def _prepared_path(tk: Any, words: list[str], cache_dir: str) -> str | None:
    if not hasattr(tk, "dat"):  # plain jieba: nothing to prepare
        return None
    import jieba_fast_dat

    pkg = os.path.dirname(jieba_fast_dat.__file__)
    parts = ["\n".join(words), str(WORD_FREQ)]
    for name in sorted(os.listdir(pkg)):  # the dictionary and the compiled trie code
        if name.endswith((".so", ".pyd", ".txt")):
            st = os.stat(os.path.join(pkg, name))
            parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
    key = hashlib.sha1("\0".join(parts).encode()).hexdigest()[:16]
    return os.path.join(cache_dir, f"jieba-glossary-v1-{key}.dat")


def _load(tk: Any, words: list[str], path: str) -> bool:
    try:
        with open(path + ".json", encoding="utf-8") as fh:
            total = float(json.load(fh)["total"])
        from jieba_fast_dat._jieba_fast_dat_functions_py3 import DatTrie

        dat = DatTrie()
        if dat.load_all(path) != 0:
            return False
    except (OSError, ValueError, KeyError, ImportError, RuntimeError):
        return False
    with tk.lock:
        tk.dat = dat
        tk.total = total
        tk.user_word_tag_tab.update(dict.fromkeys(words, ""))  # as add_word leaves it
        tk.initialized = True
    return True


def _save(tk: Any, path: str) -> None:
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tk.dat.save_all(tmp)
        os.replace(tmp, path)
        with open(tmp + ".json", "w", encoding="utf-8") as fh:
            json.dump({"total": tk.total}, fh)
        os.replace(tmp + ".json", path + ".json")
    except (OSError, RuntimeError):  # a read-only cache directory: still correct, only slower next time
        for p in (tmp, tmp + ".json"):
            try:
                os.remove(p)
            except OSError:
                pass
