"""Chinese source phrases: 據知情人士(透露), 根據經濟部的統計報告(指出), 據英媒《金融時報》(報導),
據A網站和「B」(Huffington Post)網站(報導). The source is the speaker: the report's owner, the outlet, the
group of people; several sources joined by 和/與/及/、 are listed with 、."""

from __future__ import annotations

import re
from functools import lru_cache

from ...document import Span
from .lexicon import _zh, alternation, lexicon
from .registry import Speaker
from .zh_words import is_clause


@lru_cache(maxsize=1)
def _res() -> dict[str, re.Pattern[str]]:
    src = lexicon("zh")["sources"]
    return {
        "lead": re.compile(f"^(?:{alternation(src['lead'])})"),
        "descriptor": re.compile(f"^(?:{alternation(src['descriptors'])})"),
        "tail": re.compile(f"(?:{alternation(src['tails'])})$"),
        "generic": re.compile(f"^(?:{alternation(src['generic'])})$"),
    }


_MARKS = re.compile(r"[《》〈〉「」『』“”\"]")
_GLOSS = re.compile(r"\s*[（(][A-Za-z][^（）()]{0,60}[）)]")
_JOIN = re.compile(r"[和與及、]|以及")


def parse_source(phrase: str, fphrase: str, start: int) -> Speaker | None:
    """The source a 據/根據/依據 phrase names, or None when it is not one (or names no owner: 據了解)."""
    res = _res()
    m = res["lead"].match(fphrase)
    if m is None:
        return None
    names: list[str] = []
    first: tuple[int, int] | None = None
    pos = m.end()
    for piece in _JOIN.split(fphrase[m.end():]) + [""]:
        if not piece:
            pos += 1
            continue
        ps = pos
        pos += len(piece) + 1
        fname = _clean(piece, res)  # lexicons match the Traditional view; the name is given as written
        if fname is None:
            return None
        k = fphrase.find(fname, ps)
        name = phrase[k:k + len(fname)] if k >= 0 else fname
        names.append(name)
        if first is None:
            first = (k, k + len(fname)) if k >= 0 else (ps, ps + len(piece))
    if not names or first is None:
        return None
    kind = "org" if len(names) == 1 else "persons"
    if len(names) == 1 and re.search("(?:人士|人員|專家|學者|分析師|官員|消息)$", names[0]):
        kind = "group"
    return Speaker("、".join(names), kind, Span(start + first[0], start + first[1]), text=phrase)


def _clean(piece: str, res: dict[str, re.Pattern[str]]) -> str | None:
    s = _GLOSS.sub("", piece).strip()
    s = _MARKS.sub("", s).strip()
    for _ in range(3):
        m = res["descriptor"].match(s)
        if m and m.end() < len(s):
            s = s[m.end():]
        t = res["tail"].search(s)
        if t and t.start() > 0:
            s = s[:t.start()].rstrip("的之")
    s = s.strip()
    if not s or len(s) > 20 or res["generic"].match(s):
        return None
    if re.search("[\u4e00-\u9fff]", s) and is_clause(s, named=_zh()["org_end"].search(s) is not None):
        return None  # 根據金管會提供(資料): a clause, not an owner
    return s
