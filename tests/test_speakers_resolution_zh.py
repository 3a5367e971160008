"""Chinese speaker resolution: the one telling (not the one told), plurals, short forms of a name."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def speakers(text: str) -> list[tuple[str | None, str]]:
    quotes, _ = extract_quotes(make_doc(text))
    return [(q.speaker, q.text) for q in quotes]


def test_teller_speaks_not_the_person_told() -> None:
    text = "漁會理事長陳大海昨天出席說明會。陳大海告訴路透社：「今年的漁獲量比去年少了一半。」"
    assert speakers(text) == [("陳大海", "今年的漁獲量比去年少了一半。")]


def test_short_form_of_a_glossed_four_character_name() -> None:
    text = "退休的農場老闆山田花子（Hanako Yamada）參加了抗議。山田告訴記者：「我們的生計全靠這片土地。」"
    assert speakers(text)[0][0] == "山田花子（Hanako Yamada）"


def test_short_form_shared_by_two_people_is_not_expanded() -> None:
    text = ("退休的農場老闆山田花子（Hanako Yamada）參加了抗議。店長山田一男（Kazuo Yamada）也到場。"
            "山田告訴記者：「我們的生計全靠這片土地。」")
    assert all(s not in ("山田花子（Hanako Yamada）", "山田一男（Kazuo Yamada）") for s, _ in speakers(text))


def test_plural_pronoun_is_a_group_not_the_last_person() -> None:
    text = "歌手李小龍表示，演唱會將如期舉行。他們則說，主辦單位從未通知任何變更。"
    out = dict((t, s) for s, t in speakers(text))
    assert out["主辦單位從未通知任何變更"] == "他們"


def test_titled_name_before_a_verb_is_registered_for_pronouns() -> None:
    text = "遠航集團董事長孫家和造訪日本，他在臉書分享心得，他表示，觀光產業需要更多好故事。"
    assert speakers(text) == [("孫家和", "觀光產業需要更多好故事")]


def test_passive_clause_is_not_a_group_speaker() -> None:
    text = "環保署被外界質疑預警是否失效，官員則未回應。"
    assert all(s != "環保署被外界" for s, _ in speakers(text))


def test_report_anaphor_points_to_the_outlet_named_before() -> None:
    text = "韓聯社報導，兩國將重啟談判。報導指出，首輪會談訂在下月舉行。"
    assert speakers(text) == [("韓聯社", "兩國將重啟談判"), ("韓聯社", "首輪會談訂在下月舉行")]


def test_report_anaphor_without_outlet_is_not_some_other_organisation() -> None:
    text = "鴻海表示，新廠如期完工。報導指出，首輪會談訂在下月舉行。"
    assert ("鴻海", "首輪會談訂在下月舉行") not in speakers(text)


def test_press_conference_and_descriptors_are_not_part_of_the_name() -> None:
    out = speakers("全國教師工會今召開記者會表示，課程改革必須暫緩。主辦單位台灣旅遊協會表示，今年參觀人數創新高。")
    assert ("全國教師工會", "課程改革必須暫緩") in out
    assert ("台灣旅遊協會", "今年參觀人數創新高") in out


def test_calling_someone_something_is_not_speech() -> None:
    assert speakers("日本人稱他為「台灣砂糖始祖」，他的著作影響深遠。") == []


def test_short_form_of_an_organisation_takes_its_full_name() -> None:
    text = "中央氣象局表示，週末有鋒面通過。氣象局指出，下週氣溫回升。"
    assert [s for s, _ in speakers(text)] == ["中央氣象局", "中央氣象局"]
    text = "金山文教基金會表示，今年補助60個社團。金山基金會指出，偏鄉需求仍大。"
    assert [s for s, _ in speakers(text)] == ["金山文教基金會", "金山文教基金會"]


def test_pronoun_prefers_the_last_speaker_over_a_person_only_mentioned() -> None:
    text = "市長柯文德表示，動物園將擴建。動物園由前局長陳國輝在1990年規劃完成。他說，自己小時候最喜歡來這裡看大象。"
    assert speakers(text)[-1] == ("柯文德", "自己小時候最喜歡來這裡看大象")


def test_pronoun_finds_the_titled_person_named_last_even_without_a_quote() -> None:
    text = "前市長王建國與議員陳文雄昨天出席活動。王建國到場時神情輕鬆。他說，自己問心無愧。"
    assert speakers(text) == [("王建國", "自己問心無愧")]


def test_a_name_inside_a_quotation_is_not_the_antecedent() -> None:
    text = ("前市長王建國與議員陳文雄昨天出席活動。王建國到場時神情輕鬆。"
            "旁人喊「陳文雄加油」。他說，自己問心無愧。")
    assert speakers(text)[-1] == ("王建國", "自己問心無愧")
