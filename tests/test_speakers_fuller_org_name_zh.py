"""A short organisation name takes the fuller form the article writes anywhere (縣府 -> 南投縣政府 named in a
non-speech clause before; 金車基金會 -> 金車文教基金會 named after), but never a clause or a verb phrase that
merely contains its characters (invented sentences)."""

from __future__ import annotations

import pytest

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def speakers(text: str) -> list[str | None]:
    doc = make_doc(text)
    quotes, _ = extract_quotes(doc)
    return [q.speaker for q in quotes]


@pytest.mark.parametrize(("text", "expected"), [
    ("為防止民眾亂停車，南投縣政府門前劃紅線。縣府今天表示，請民眾體諒並配合。", "南投縣政府"),
    ("中央氣象局發布大雨特報。氣象局指出，明天將有兩波冷空氣南下。", "中央氣象局"),
    ("華新基金會今天表示，青少年愛玩手機遊戲。華新文教基金會今天也舉行記者會。", "華新文教基金會"),
])
def test_short_org_takes_the_fuller_name(text: str, expected: str) -> None:
    assert speakers(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("縣長與市府官員會面。縣府表示，將加強取締違規停車。", "縣府"),  # 縣長與市府 is no name
    ("外界質疑環保署反應太慢。環保署表示，預警機制運作正常。", "環保署"),  # a verb before it
    ("外資摩根銀行今天發布報告。摩根銀行指出，今年經濟將成長兩成。", "摩根銀行"),  # a descriptor
])
def test_clauses_are_no_fuller_name(text: str, expected: str) -> None:
    assert speakers(text)[-1] == expected
