"""該聯盟 / 該協會 / 此基金會: the body of that kind named before (speakers/parse_zh + resolve), with invented
sentences."""

from __future__ import annotations

from extractor.testing import quotes_of


def test_this_alliance_is_the_alliance_named_before():
    qs = quotes_of("溪口河川守護聯盟昨天到縣府陳情，要求停止工程。該聯盟表示，河床開挖已經影響魚類棲地。")
    assert qs[-1].speaker == "溪口河川守護聯盟"


def test_this_association_is_the_association_named_before():
    qs = quotes_of("中華山岳救難協會上午召開記者會說明搜救經過。該協會指出，山區天候變化快，登山客應提早下山。")
    assert qs[-1].speaker == "中華山岳救難協會"
