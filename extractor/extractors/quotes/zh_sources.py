"""Chinese source clauses with no cue after them: 根據資誠的報告，…; 據香港政府統計處本月發布的報告，…;
根據CoinMarketCap網站資料，…; 根據專家說法，…. The clause names a report (or an account) and its owner; the
words after its comma, to where the rules end reported words, are an indirect quote of that owner (GUIDE: the
report's owner is the speaker). A source phrase followed by its own cue (根據X報告指出，…) is the rules'; one
with no owner (據了解，, 據調查，) is no one's words."""

from __future__ import annotations

import re
from collections.abc import Callable

from ...document import Span
from ..speakers.sources_zh import parse_source
from .assemble import _Cand
from .cues import _zh_res

_LEAD = re.compile(r"(?:另據|另根據|根據|依據|據)")
# what the clause names: a report, data or an account (the owner comes before it)
_ACCOUNT = re.compile(r"(?:報告|報告書|資料|數據|統計|調查|研究|分析|說法|新聞稿|聲明|公告|資訊|介紹|財測|預估|估計|內容|"
                      r"民調|調查結果|研究結果)$")
_OPEN = "。！？!?；;，,\n"
_STOP = re.compile(r"[。！？!?；;\n「」『』“”]")


def source_clauses(text: str, folded: str, taken: list[Span], content_end: Callable[[int], int | None]) -> list[_Cand]:
    """Indirect quotes opened by a source clause with no cue (see the module doc), not overlapping ``taken``;
    ``content_end(j)``: where words opened at ``j`` end, or None when the rules would drop them."""
    out: list[_Cand] = []
    for m in _LEAD.finditer(folded):
        s = m.start()
        if s > 0 and text[s - 1] not in _OPEN:
            continue  # 依據 inside a clause (…依據規定…), not a clause of its own
        comma = text.find("，", m.end(), m.end() + 40)
        if comma < 0 or comma - m.end() < 3 or _STOP.search(text, m.end(), comma):
            continue
        if not _ACCOUNT.search(folded, m.end(), comma) or _zh_res()["cue_end"].search(folded, m.end(), comma):
            continue  # 據了解，: no account; 根據X報告指出，: the rules' own cue
        if parse_source(text[s:comma], folded[s:comma], s) is None:
            continue  # 據調查，: no owner named
        j = comma + 1
        if any(t.start <= j < t.end or j <= t.start < j + 4 for t in taken):
            continue
        end = content_end(j)
        if end is None or any(t.start < end and j < t.end for t in taken):
            continue
        out.append(_Cand(Span(j, end), "indirect", m.group(), (s, comma), s))
    return out
