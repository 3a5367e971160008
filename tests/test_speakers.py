"""Speaker resolution and entities: full names, roles and organisations, pronouns, groups (invented text)."""

from __future__ import annotations

import pytest

from extractor.document import Span
from extractor.extractors.quotes import extract_quotes
from extractor.extractors.speakers import resolve_speaker
from extractor.testing import make_doc


def run(text: str):
    doc = make_doc(text)
    quotes, entities = extract_quotes(doc)
    return doc, quotes, entities


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in run(text)[1]]


def test_latin_surname_resolves_to_full_name_and_role_org() -> None:
    text = ("Harbor Capital的執行長Nina Patel上週受訪。"
            "Patel指出，今年的募資環境明顯轉冷。")
    _, quotes, entities = run(text)
    q = quotes[0]
    assert (q.speaker, q.speaker_text) == ("Nina Patel", "Patel")
    person = next(e for e in entities if e.name == "Nina Patel")
    assert person.kind == "person" and person.role == "執行長" and person.org == "Harbor Capital"
    assert "Patel" in person.aliases and len(person.spans) == 2
    assert q.entity_id == person.id


def test_zh_title_chain_gives_name_role_and_org() -> None:
    _, quotes, _ = run("交通部公路局局長許志明表示，春節期間將加開夜間班次。")
    q = quotes[0]
    assert (q.speaker, q.speaker_role, q.speaker_org) == ("許志明", "局長", "交通部公路局")


def test_name_gloss_is_kept_in_the_speaker() -> None:
    _, quotes, entities = run("該公司法務長莫里斯（Alan Morris）表示：「我們會提出上訴，也會配合調查。」")
    assert quotes[0].speaker == "莫里斯（Alan Morris）"
    ent = next(e for e in entities if e.kind == "person")
    assert ent.en == "Alan Morris"


def test_zh_full_name_reused_and_surname_title() -> None:
    text = ("新竹縣長楊文科表示，園區擴建案將在年底動工。"
            "楊縣長也強調，地方回饋金會全數用於交通改善。")
    assert speakers(text) == ["楊文科", "楊文科"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("經濟部表示，將延長電價補貼到年底。", "經濟部"),
    ("歐洲央行指出，通膨已接近目標水準。", "歐洲央行"),
    ("Acme Research表示，全球伺服器出貨將成長一成。", "Acme Research"),
    ("多頭認為，資金行情將延續到明年。", "多頭"),
    ("部分外國學者則認為，這項政策對出口影響有限。", "部分外國學者"),
    ("Reuters reported that the deal would be signed next week.", "Reuters"),
    ("Trade experts say the talks could stall over farm purchases.", "Trade experts"),
    ("The tariffs will stay for now, people familiar with the talks said.", "people familiar with the talks"),
])
def test_organisations_and_groups_as_speakers(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_report_anaphor_points_to_last_organisation() -> None:
    text = "Canalys分析，平板出貨連續兩季成長。報告說明，教育標案是主要動能。"
    assert speakers(text) == ["Canalys", "Canalys"]


def test_acronym_and_definite_description_point_to_the_organisation() -> None:
    text = ("Northern Power & Light Co. cut service to 20,000 homes. "
            "NPL crews worked overnight, and the utility said it will restore power by Friday.")
    got = [(q.text, q.speaker) for q in run(text)[1]]
    assert ("it will restore power by Friday", "Northern Power & Light Co.") in got


def test_role_noun_points_to_the_person_holding_it() -> None:
    text = ("US President Carla Reyes met the delegation on Monday. "
            "The president said the agreement \"is a fair deal for both sides and we will sign it.\"")
    got = [(q.text, q.speaker) for q in run(text)[1]]
    assert ("is a fair deal for both sides and we will sign it.", "Carla Reyes") in got


def test_she_resolves_to_the_last_person_not_the_organisation() -> None:
    text = ("Ocean Freight Institute director Mei Tanaka spoke at the forum. "
            "She said container rates have fallen for six straight weeks.")
    assert speakers(text) == ["Mei Tanaka"]


def test_resolve_speaker_public_api_uses_stored_entities() -> None:
    doc = make_doc("台積電董事長魏哲明表示，先進製程需求強勁。魏哲明說，海外工廠進度順利。")
    quotes, entities = extract_quotes(doc)
    doc = doc.annotate("quotes", quotes).annotate("entities", entities)
    i = doc.text.index("魏哲明說")
    name, eid = resolve_speaker(doc, Span(i, i + 3))
    assert name == "魏哲明" and eid == quotes[0].entity_id
    j = doc.text.index("台積電董事長")
    assert resolve_speaker(doc, (j, j + len("台積電董事長魏哲明")))[0] == "魏哲明"
    assert resolve_speaker(doc, (0, 1)) == (None, None) or resolve_speaker(doc, (0, 1))[1] is None


def test_resolve_speaker_without_quotes_stage() -> None:
    doc = make_doc("The tariffs will stay, said Daniel Brooks, a trade lawyer. Brooks added that talks continue.")
    i = doc.text.index("Brooks added")
    assert resolve_speaker(doc, (i, i + len("Brooks")))[0] == "Daniel Brooks"


def test_entities_are_deterministic_and_ordered() -> None:
    text = "國發會主委龔明信表示，景氣穩定。分析師認為，下半年轉強。龔明信指出，出口回溫。"
    a = [e.model_dump() for e in run(text)[2]]
    b = [e.model_dump() for e in run(text)[2]]
    assert a == b
    assert [e["id"] for e in a] == [f"e{i}" for i in range(1, len(a) + 1)]
    assert a[0]["name"] == "龔明信" and a[0]["spans"] == sorted(a[0]["spans"])


def test_minister_title_shares_the_ministry_character_and_pronoun_keeps_role() -> None:
    _, quotes, _ = run("經濟部長林志遠表示，今年出口可望成長。「這是好消息，」他說。")
    assert [(q.speaker, q.speaker_role, q.speaker_org) for q in quotes] == [
        ("林志遠", "部長", "經濟部"), ("林志遠", "部長", "經濟部")]


@pytest.mark.parametrize(("text", "expected"), [
    ("衛福部長林美玲與經濟部長王大同出席記者會。她表示，長照經費會增加。他則說，出口訂單持續回溫。",
     ["林美玲", "王大同"]),
    ("Ms. Ann Park met Mr. Tom Kerr on Monday. She said the deal was done. He said talks would continue.",
     ["Ann Park", "Tom Kerr"]),
])
def test_pronouns_pick_the_last_compatible_person(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


def test_they_resolves_to_a_group_or_organisation() -> None:
    text = "Harbor Shipping Co. cut its forecast. They said fuel costs had doubled since March."
    assert speakers(text) == ["Harbor Shipping Co."]


@pytest.mark.parametrize("text", [
    "經濟部長王美華昨（5）日在立法院表示，電價暫時不會調漲。",
    "王美華5日在臉書發文表示，電價暫時不會調漲。",
    "王美華今天下午在立法院受訪時表示，電價暫時不會調漲。",
])
def test_time_and_place_between_speaker_and_cue_are_dropped(text: str) -> None:
    assert speakers(text) == ["王美華"]


@pytest.mark.parametrize(("text", "expected"), [
    ("台北市長蔡明德昨天出席活動。蔡表示，捷運延伸線將在明年通車。", ["蔡明德"]),
    ("宏遠電子董事長陳大明說，今年營收將成長。陳認為，明年景氣更好。", ["陳大明", "陳大明"]),
    ("立委歐陽志遠說，法案下週付委。歐陽指出，朝野已有共識。", ["歐陽志遠", "歐陽志遠"]),
])
def test_zh_surname_alone_resolves_to_full_name(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected


def test_zh_unknown_surname_alone_is_no_speaker() -> None:
    assert speakers("陳表示，明年景氣更好。") == []


def test_zh_surname_alone_after_untitled_full_name() -> None:
    assert speakers("林志成表示，工程如期完工。林也說，驗收將在下月完成。") == ["林志成", "林志成"]


@pytest.mark.parametrize(("text", "expected"), [
    # a Chinese-order name: the surname is the first token
    ("Zhao Minghui runs the lab. Zhao said the results were encouraging and would be published soon.",
     "Zhao Minghui"),
    # the full name in an earlier paragraph, without a title
    ("Priya Nandakumar joined the board in 2021.\n\nNandakumar said the plan would save money over time.",
     "Priya Nandakumar"),
    # a descriptive noun phrase before the proper name is dropped
    ("Furniture retailer Oakfield & Sons said demand for sofas slowed sharply in the autumn months.",
     "Oakfield & Sons"),
    # "X of Y" organisations are registered, so "the bank" points back to them
    ("The Reserve Bank of Freedonia held rates on Thursday. Inflation could rise to 5% by the summer if fuel "
     "prices keep climbing, the bank cautioned.", "Reserve Bank of Freedonia"),
    ("The Dunmore Chamber of Commerce said local shops would struggle to absorb the new levy this year.",
     "Dunmore Chamber of Commerce"),
    ("Bank of Freedonia Chief Executive Tom Rusk said lending would pick up in the spring quarter.", "Tom Rusk"),
])
def test_en_surname_and_descriptor_canonicalisation(text: str, expected: str) -> None:
    assert speakers(text) == [expected]
