"""Source phrases are attributions (據X報導, 根據X報告指出, 據知情人士透露), and a second named speaker
inside reported words takes the floor."""

from __future__ import annotations

import pytest

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def pairs(text: str) -> list[tuple[str | None, str]]:
    quotes, _ = extract_quotes(make_doc(text))
    return [(q.speaker, q.text) for q in quotes]


@pytest.mark.parametrize("text, expected", [
    ("據「商業周刊」報導，這家航空公司正在洽談併購案。", ("商業周刊", "這家航空公司正在洽談併購案")),
    ("據外媒《華爾街日報》報導稱，該國央行將暫停升息。", ("華爾街日報", "該國央行將暫停升息")),
    ("據知情人士透露，雙方已經談妥收購價格。", ("知情人士", "雙方已經談妥收購價格")),
    ("根據勞動部的最新統計報告指出，青年失業率降到十年新低。", ("勞動部", "青年失業率降到十年新低")),
    ("據Reuters網站和「讀賣新聞」(Yomiuri)網站報導，兩國將在下月重啟談判。",
     ("Reuters、讀賣新聞", "兩國將在下月重啟談判")),
])
def test_source_phrase_names_the_speaker(text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(text)


def test_source_phrase_without_owner_is_not_a_quote() -> None:
    assert pairs("據了解，這家公司下個月將裁員三百人。") == []


def test_named_speaker_inside_reported_words_takes_the_floor() -> None:
    text = "總統府發布聲明指出，柯林與李安通話討論關稅問題，柯林強調美國面對的威脅依然存在，具捍衛盟友的決心。"
    out = pairs(text)
    assert ("總統府", "柯林與李安通話討論關稅問題") in out
    assert ("柯林", "美國面對的威脅依然存在，具捍衛盟友的決心") in out


def test_source_with_time_word_and_the_next_source_ends_the_words() -> None:
    out = pairs("據先前外媒報導，該樂園占地將達3,000坪，同時據了解，園區也將規劃表演場地。")
    assert ("外媒", "該樂園占地將達3,000坪") in out


def test_research_firm_descriptor_and_glossed_parent_company() -> None:
    out = pairs("研究業者Kantar表示，這家連鎖店在全國有800家分店。"
                "藥廠的母公司輝瑞大藥廠公司（Pfizer Inc）則發表聲明說，目前尚不清楚工廠何時復工。")
    assert ("Kantar", "這家連鎖店在全國有800家分店") in out
    assert ("輝瑞大藥廠公司（Pfizer Inc）", "目前尚不清楚工廠何時復工") in out


def test_interview_colon_format_and_answers_are_not_the_questioner() -> None:
    text = ("消防局第二大隊隊長陳志明：「火勢在半小時內就控制住了。」"
            "記者：「起火原因是什麼？」「目前還在調查中，不便說明。」")
    out = pairs(text)
    assert ("陳志明", "火勢在半小時內就控制住了。") in out
    assert all(not (s == "記者" and t.startswith("目前還在調查")) for s, t in out)


def test_a_clause_inside_a_source_phrase_names_no_owner() -> None:
    assert all(s != "金管會提供" for s, _ in pairs("他在臉書上，根據金管會提供資料，批評金管會包庇業者。"))


def test_simplified_source_phrases_keep_the_page_s_characters() -> None:
    out = pairs("据英媒《金融时报》报道称，英国将延后脱欧。根据国家统计局的最新统计报告指出，失业率降到新低。")
    assert ("金融时报", "英国将延后脱欧") in out
    assert ("国家统计局", "失业率降到新低") in out
