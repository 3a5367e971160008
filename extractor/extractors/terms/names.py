"""Person names glossed in English: 沃克（Kent Walker）, 馬克．祖克伯（Mark Zuckerberg）, 祖克柏（MarkZuckerberg）.

The Chinese side of a name is the run of transliteration characters before the bracket, crossing the name dot
(．·•‧・) between given name and surname; a role in front (發言人, 部長, 產品長) is not part of it.
"""

from __future__ import annotations

import re

from .lexicon import terms_lexicon, translit_chars

NAME_DOTS = "．·•‧・."  # the folded text has NFKC's "." for "．"
_PARTICLES = frozenset("de van von der da di du del la le bin al el".split())


def name_words(en: str | None) -> list[str]:
    """The words of an English personal name, camelCase split (MarkZuckerberg -> Mark, Zuckerberg); [] if none."""
    if not en:
        return []
    words = en.replace("-", " ").split()
    if len(words) == 1:
        words = re.findall(r"[A-Z][a-z]+", en) if re.fullmatch(r"(?:[A-Z][a-z]+){2,3}", en) else []
    if not 2 <= len(words) <= 5:
        return []
    if not all(w[:1].isupper() and not w.isupper() for w in words if w.lower() not in _PARTICLES):
        return []
    things = [w.lower() in terms_lexicon().thing_words for w in words]
    if any(things[:-1]) or (things[-1] and len(words) > 2):
        return []  # Unfair Competition Prevention Act, Cape Point: things; Jude Law is still a person
    return words


def translit_tail(run: str) -> int:
    """Length of the run of transliteration characters (and name dots between them) that ends ``run``."""
    chars = translit_chars()
    n = 0
    while n < len(run):
        c = run[len(run) - 1 - n]
        if c in chars:
            n += 1
        elif c in NAME_DOTS and n and len(run) - 2 - n >= 0 and run[len(run) - 2 - n] in chars:
            n += 1
        else:
            break
    return n


def name_start(run: str, en: str | None, abbr: str | None) -> int | None:
    """Offset in ``run`` where a glossed person name starts, or None when the gloss is not a person's name."""
    if abbr or not name_words(en):
        return None
    n = translit_tail(run)
    if n < 2:
        return None
    start = len(run) - n
    lex = terms_lexicon()
    # A role word that ends inside the run (當家控衛|柯利: 衛 is also a transliteration character) is no part of it.
    for k in (2, 1):
        if len(run) - start - k >= 2 and any(run[start + k - m : start + k] in lex.roles for m in range(k + 1, 5)):
            start += k
            break
    # A place name made of transliteration characters in front (巴西…) is not part of the name.
    for k in range(min(4, n - 2), 1, -1):
        if lex.place(run[start : start + k], en or ""):
            return start + k
    return start
