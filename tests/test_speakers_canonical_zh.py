"""The canonical form of Chinese speakers and claimants (extractor/extractors/speakers/canonical_zh.py).
Invented sentences only."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from extractor.document import Document
from extractor.extractors.speakers.canonical_zh import _definitions, canonical_speakers
from extractor.model import Entity


def _doc(text: str) -> Document:
    return SimpleNamespace(text=text, folded=text, is_zh=True)  # type: ignore[return-value]


def _item(name: str, at: int = 10_000) -> SimpleNamespace:
    return SimpleNamespace(speaker=name, speaker_span=(at, at + len(name)), span=(at, at + 1))


def _canon(text: str, name: str, entities=(), at: int = 10_000, others=()) -> str:
    items = [_item(name, at)] + [_item(o) for o in others]
    canonical_speakers(_doc(text), items, "speaker", entities)
    return items[0].speaker


def _person(name: str, start: int, role: str | None = None) -> Entity:
    return Entity(id="e1", name=name, kind="person", spans=[(start, start + len(name))], role=role)


def _org(name: str) -> Entity:
    return Entity(id="e2", name=name, kind="org", spans=[(0, len(name))])


def test_a_defined_short_form_becomes_the_full_name():
    text = "星光動物保育基金會（星保會）今天說明。星保會表示，經費不足。"
    assert _canon(text, "星保會") == "星光動物保育基金會"


def test_a_short_form_introduced_with_yixia_jiancheng():
    text = "由北方水果運銷合作社（以下簡稱北果社）主辦。北果社指出，價格會漲。"
    assert _definitions(text) == {"北果社": "北方水果運銷合作社"}


def test_a_photo_note_in_brackets_is_not_a_short_form():
    assert _definitions("海港公司董事長何明達（左二）說明。") == {}


def test_a_descriptor_before_a_known_person_is_dropped():
    text = "插畫家范小雯說明創作。"
    assert _canon(text, "插畫家范小雯", [_person("范小雯", 3)]) == "范小雯"


def test_an_organisation_descriptor_before_a_company_is_dropped():
    assert _canon("防毒廠商藍盾科技警告。", "防毒廠商藍盾科技", others=["藍盾科技"]) == "藍盾科技"


def test_a_title_and_organisation_before_a_latin_name_are_dropped():
    assert _canon("某公司首席技術長John Doe說。", "某公司首席技術長John Doe") == "John Doe"


def test_a_verb_left_before_a_holder_is_dropped():
    assert _canon("議員呼籲衛生局加強稽查。", "呼籲衛生局", others=["衛生局"]) == "衛生局"


def test_time_words_after_a_known_holder_are_dropped():
    assert _canon("綠葉公司今天上午公告。", "綠葉公司今天上午", others=["綠葉公司"]) == "綠葉公司"


def test_a_stock_code_after_the_name_is_dropped():
    assert _canon("宏星電（9999）表示。", "宏星電（9999）") == "宏星電"


@pytest.mark.parametrize("group", ["不少網友", "批評人士", "另一名學者"])
def test_a_qualified_group_stays_whole(group):
    assert _canon(f"{group}認為不妥。", group, others=["網友", "人士", "學者"]) == group


def test_a_bare_title_after_the_named_person_becomes_the_name():
    text = "牙醫師周家豪解釋原因。……牙醫師表示，要定期檢查。"
    assert _canon(text, "牙醫師", [_person("周家豪", 3, "牙醫師")], at=16) == "周家豪"


def test_a_bare_title_before_any_person_is_named_stays():
    text = "牙醫師表示，要定期檢查。牙醫師周家豪解釋原因。"
    assert _canon(text, "牙醫師", [_person("周家豪", 15, "牙醫師")], at=0) == "牙醫師"


def test_two_people_with_one_title_are_never_merged():
    text = "牙醫師周家豪與牙醫師林美玲都到場。牙醫師表示，要定期檢查。"
    ents = [_person("周家豪", 3, "牙醫師"), _person("林美玲", 10, "牙醫師")]
    assert _canon(text, "牙醫師", ents, at=18) == "牙醫師"


def test_a_glossed_name_stays_as_written():
    assert _canon("分析師米蘭（Mila Kunis）說。", "米蘭（Mila Kunis）") == "米蘭（Mila Kunis）"


def test_english_articles_are_left_alone():
    item = _item("the spokesman")
    doc = SimpleNamespace(text="The spokesman said.", folded="The spokesman said.", is_zh=False)
    canonical_speakers(doc, [item], "speaker", [])  # type: ignore[arg-type]
    assert item.speaker == "the spokesman"


def test_quotes_and_claims_are_canonicalised_through_the_pipeline():
    from extractor.pipeline import Pipeline

    art = Pipeline().run("防毒廠商藍盾科技警告，勒索病毒明年恐將大幅增加。藍盾科技指出，企業應及早備份。", doc_id="t")
    assert [q.speaker for q in art.quotes] == ["藍盾科技", "藍盾科技"]
    assert art.claims and all(c.claimant == "藍盾科技" for c in art.claims)


def test_a_short_form_spelled_out_in_an_earlier_organisation_name():
    text = "南島銀行今天公告，南銀表示，利率不變。"
    assert _canon(text, "南銀") == "南島銀行"


def test_a_short_form_completes_the_words_around_its_characters():
    text = "海濱中央銀行發布新聞稿。央行表示，利率不變。"
    assert _canon(text, "央行") == "中央銀行"


def test_a_short_form_with_two_different_spelled_out_names_stays():
    text = "林園縣政府與竹溪縣政府都到場。縣府表示，補助照發。"
    assert _canon(text, "縣府") == "縣府"


def test_an_outlet_in_title_marks_after_a_description_is_the_outlet():
    assert _canon("海外網媒《晨光報》報導。", "海外網媒《晨光報》") == "晨光報"


def test_a_name_then_a_time_word_keeps_the_name():
    assert _canon("青松金融今（3）日公告。", "青松金融今（3）日公告") == "青松金融"


def test_a_known_person_then_what_he_did_keeps_the_person():
    text = "教練林明哲說明戰術。"
    assert _canon(text, "林明哲說明", [_person("林明哲", 2)]) == "林明哲"


def test_an_organisation_before_a_person_is_dropped():
    assert _canon("北嶺林區管理處許正雄說。", "北嶺林區管理處許正雄") == "許正雄"


def test_an_official_of_an_organisation_stays_whole():
    assert _canon("環境部官員表示。", "環境部官員") == "環境部官員"
