"""Chinese source phrases with no reporting verb: 據美國國會資料，… / 根據中國勞工觀察調查人員，… /
據經濟合作暨發展組織（OECD），… The clause names a source (a body, a group of people, or a body's report,
data or figures) and the next clause opens the reported words, which run as far as the rules of
``zh_indirect`` let reported words run. A law or a plan (根據證券交易法規定, 根據目前規劃) names no source."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache

from ...document import Span
from ..speakers.lexicon import _zh, alternation, lexicon
from ..speakers.sources_zh import parse_source
from .assemble import _Cand
from .cues import _zh_res

# a source clause opening a sentence (or after 另外， / 此外，): 據/根據/依據 and up to 30 characters, then a
# comma. Midway in a sentence (…這件事情，據金管會調查，…) it is part of someone else's words.
_LEAD = re.compile(r"(?:(?<=[。；;！？!?\n])|(?<=另外，)|(?<=此外，)|^)[ \u3000]*(?:另據|據|根據|依據)"
                   r"[^，,。；;！？!?\n「」『』：:]{2,30}[，,]")


@lru_cache(maxsize=1)
def _report_tail() -> re.Pattern[str]:
    """The nouns that make a phrase a report whose owner speaks (資料, 數據, 新聞稿, 報告 …)."""
    lx = lexicon("zh")
    nouns = set(lx["report_nouns"]) | {"資料", "數據", "新聞稿", "資訊", "消息", "報告", "統計", "分析"}
    return re.compile(f"(?:{alternation(sorted(nouns))})$")


def sourced(text: str, folded: str, taken: list[Span], blocked: list[Span],
            content_end: Callable[[int], int | None]) -> list[_Cand]:
    """Indirect quotes opened by a source clause without a cue, outside ``taken`` and ``blocked`` spans."""
    spans = sorted(taken + blocked, key=lambda s: s.start)
    starts = [s.start for s in spans]
    out: list[_Cand] = []
    zh = _zh()
    for m in _LEAD.finditer(folded):
        ls, j = m.start(), m.end()
        while ls < j and folded[ls] in " \u3000":
            ls += 1
        k = bisect.bisect_right(starts, j) - 1
        if k >= 0 and spans[k].end > ls:
            continue  # inside words already found, or inside quotation marks
        phrase_end = j - 1
        fphrase = folded[ls:phrase_end]
        if _zh_res()["cue"].search(fphrase):
            continue  # 據報導指出，: a cue of its own, the rules' business
        sp = parse_source(text[ls:phrase_end], fphrase, ls)
        if sp is None:
            continue
        body = re.sub(r"\s*[（(][^）)]*[）)]$", "", fphrase)
        if not (_report_tail().search(body) or zh["org_end"].search(body) or zh["group_end"].search(body)):
            continue  # 根據目前規劃, 依據歷史經驗: no source named
        while j < len(text) and text[j] in " \u3000":
            j += 1
        if j >= len(text) or text[j] in "「『“\"":
            continue
        end = content_end(j)
        if end is None:
            continue
        nk = bisect.bisect_right(starts, j)
        if nk < len(spans) and spans[nk].start < end:
            end = spans[nk].start - 1
        while end > j and text[end - 1] in "，,、：:；;　 ":
            end -= 1
        if end - j < 4:
            continue
        out.append(_Cand(Span(j, end), "indirect", None, (ls, phrase_end), ls))  # parsed and resolved later
    return out
