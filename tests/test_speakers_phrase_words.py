"""Speaker phrases parsed as words: organisation / role / name, adverbials skipped, clauses refused."""

from __future__ import annotations

import pytest

from extractor.extractors.quotes import extract_quotes
from extractor.extractors.speakers import lexicon
from extractor.testing import make_doc


def speakers(text: str) -> list[tuple[str | None, str]]:
    quotes, _ = extract_quotes(make_doc(text))
    return [(q.speaker, q.text) for q in quotes]


@pytest.mark.parametrize("text, who", [
    ("富邦投顧副總林志明表示，下半年電子股仍有表現空間。", "林志明"),
    ("立委張雅惠認為，這項補助應該擴大到中小企業。", "張雅惠"),
    ("長榮不動產研究室指出，北部新案的去化速度明顯放緩。", "長榮不動產研究室"),
    ("中華徵信所表示，去年倒閉的企業家數創下新高。", "中華徵信所"),
    ("駐日代表周文雄則說，雙方的交流將持續進行。", "周文雄"),
])
def test_org_role_name_phrases_are_accepted(text: str, who: str) -> None:
    assert speakers(text)[0][0] == who


def test_roles_are_data_in_their_own_file() -> None:
    roles = lexicon("zh")["roles"]
    assert {"副總", "協理", "研究員", "發言人", "立委", "議員", "院長", "代表"} <= set(roles)


def test_titled_name_followed_by_adverbials_is_the_speaker() -> None:
    text = "東洋電子執行長高蘭德（Roland Gao）在自己的部落格上發文強調這項成果說：「這是全體同仁努力的結果。」"
    out = speakers(text)
    assert [s for s, t in out if t.startswith("這是全體")] == ["高蘭德（Roland Gao）"]
    assert all(not t.endswith("說") for _, t in out)  # the framing words before the quote are not a quote


def test_transliterated_name_after_title_with_gloss() -> None:
    text = "外交部發言人卡那瑞（Tom Kanary）也說，「這份報告並不正確。」"
    assert speakers(text) == [("卡那瑞（Tom Kanary）", "這份報告並不正確。")]


def test_clause_before_cue_is_not_a_speaker() -> None:
    # "就已經向內部" is a run of adverbs and a preposition, not an organisation
    text = "王大同稍早離開公司，並且在媒體報導之前，就已經向內部透露離職想法，原因與家庭有關。"
    assert all(s != "就已經向內部" for s, _ in speakers(text))


def test_statement_delivery_words_are_stripped_and_count_is_dropped() -> None:
    out = speakers("總統府下午發布聲明指出，雙方會談的氣氛良好。另有2名政治評論人士說，這次會談意義重大。")
    assert ("總統府", "雙方會談的氣氛良好") in out
    assert ("政治評論人士", "這次會談意義重大") in out


def test_pronoun_with_description_resolves_to_person() -> None:
    text = "外交部長林國棟表示，會談順利。滿頭白髮的他接著說，「我們會繼續努力。」"
    assert speakers(text)[-1][0] == "林國棟"


@pytest.mark.parametrize("text", [
    "這款冰淇淋機適合擔心卡路里的朋友，剛推出即擄獲不少顧客。",
    "他引述三個理由，包括質疑法院的管轄權，批評審判不公。",
    "資方代表反映成本增加，不能說企業的支出就不是負擔。",
    "發言人出面回應，「影片沒有任何問題。」",
])
def test_common_verbs_and_words_are_not_speakers(text: str) -> None:
    assert all(s not in ("適合", "包括", "不能", "出面") for s, _ in speakers(text))


def test_short_company_names_are_still_speakers() -> None:
    out = speakers("微軟表示，雲端業務持續成長。蘋果指出，新機銷售強勁。")
    assert [s for s, _ in out] == ["微軟", "蘋果"]


def test_addressee_before_cue_takes_the_clause_subject() -> None:
    text = "長照服務聯盟今天舉行記者會，向政府喊話表示，照服員加薪恐難以為繼。"
    assert speakers(text) == [("長照服務聯盟", "照服員加薪恐難以為繼")]


@pytest.mark.parametrize("text", [
    "簡單說的話，新設計就是藉由更省電的架構榨出更多效能。",
    "晚上舉辦記者會由市長對外說明交流心得。",
    "檢察總長親自代表本國出庭表示意見，歷時近4小時。",
    "媒體所報導的高薪，也只是少數個案。",
    "他個人感覺從公司分析來看，下半年逐季成長沒有問題。",
])
def test_idioms_events_and_objects_are_not_attributions(text: str) -> None:
    assert speakers(text) == []


def test_cue_buried_in_a_clause_opened_by_a_known_name() -> None:
    text = "央行總裁林美玲表示，通膨可控。林美玲一向以預測精準而馳名。"
    assert [t for _, t in speakers(text)] == ["通膨可控"]


def test_time_word_after_a_titled_name_and_no_name_made_of_function_words() -> None:
    text = "遠東集團 董事局主席林大成昨（29日）在年會上與主持人對談時表示，每個事業都需要擔當。"
    assert speakers(text) == [("林大成", "每個事業都需要擔當")]
    text = "工廠經理以高薪挖角技術人員。經理說，「如果再出錯就走人。」"
    assert all(s != "以高" for s, _ in speakers(text))


def test_manner_adverb_first_cue_and_place_words() -> None:
    out = speakers("央行總裁林美玲27日非常明顯地表示，緊縮的計畫並未改變。農委會今天新聞稿澄清指出，該報導是嚴重的錯誤。"
                   "當地居民表示，水質變差了。台北市地政局今天宣布，下月起登記可免附印鑑證明。")
    assert ("林美玲", "緊縮的計畫並未改變") in out
    assert ("農委會", "該報導是嚴重的錯誤") in out
    assert ("當地居民", "水質變差了") in out
    assert ("台北市地政局", "下月起登記可免附印鑑證明") in out


def test_simplified_titled_name_and_thousands_separator() -> None:
    out = speakers("中信证券首席经济学家赵立新认为，本轮宽松力度超出市场预期。")
    assert out == [("赵立新", "本轮宽松力度超出市场预期")]
    assert speakers("每名幼兒補助每月5,000元，估計約60萬名幼兒受惠。") == []


def test_glossed_organisation_and_latin_outlet_with_its_kind() -> None:
    out = speakers("優步（Uber）今天宣布，每月活躍用戶突破5億。Tech Daily 網站 引述消息來源表示，該公司正洽談出售案。")
    assert ("優步", "每月活躍用戶突破5億") in out
    assert ("Tech Daily", "該公司正洽談出售案") in out


def test_two_character_brand_split_by_jieba_is_still_a_source() -> None:
    assert speakers("推特表示，每月活躍用戶突破5億。") == [("推特", "每月活躍用戶突破5億")]


def test_description_with_a_place_before_a_titled_name() -> None:
    out = speakers("汐止在地青年律師代表黃靖文表示，他不適任。臉書產品長考克斯（Chris Cox）表示，新功能下月上線。"
                   "勞動部召開會議，成了資方代表抱怨一例一休的場合。")
    assert ("黃靖文", "他不適任") in out
    assert ("考克斯（Chris Cox）", "新功能下月上線") in out
    assert all(s != "成了資方代表" for s, _ in out)


def test_no_name_ends_in_a_localiser_after_a_title() -> None:
    text = "他參加完教練課程後開玩笑說：「想多學一點東西。」"
    assert all(s != "課程後" for s, _ in speakers(text))


def test_a_name_repeated_as_a_subject_is_a_source_even_with_a_verb_inside() -> None:
    text = ("國際勞工觀察表示，工廠薪資過低。國際勞工觀察指出，員工每月只休兩天。"
            "國際勞工觀察強調，他們已把影片寄給品牌商。")
    assert [s for s, _ in speakers(text)] == ["國際勞工觀察"] * 3
    text = "演練模擬地震發現災情，消防隊出動。模擬地震發現災情後，園方應變。模擬地震發現災情時，醫護就位。"
    assert speakers(text) == []


@pytest.mark.parametrize("text, bad", [
    ("美國商務部長羅斯已指出，他考量研究鋼鐵進口。羅斯日前表示，他將調查。", "羅斯已"),
    ("獄警與囚犯同樂的畫面流出，事後官方矯正機構也證實此事，並表示將嚴懲。", "事後官方矯正機構"),
    ("德國藥廠默克推文指出：「我們證實，全球駭客攻擊影響了公司。」", "默克推文"),
    ("新北地院考量當時有媒體報導、網路討論，判決被告勝訴。", "新北地院考量當時有媒體"),
    ("孩子在上游泳課時，結果老師認為他屢勸不聽。", "結果老師"),
])
def test_adverbs_delivery_words_and_buried_subjects_are_not_names(text: str, bad: str) -> None:
    assert all(s != bad for s, _ in speakers(text))


def test_known_name_then_a_time_clause_then_the_cue() -> None:
    text = "處長陳大年表示，公車使用率高。陳大年訪視公車的使用狀況後說，實施成效值得肯定。"
    assert ("陳大年", "實施成效值得肯定") in speakers(text)


@pytest.mark.parametrize("text, who", [
    ("違規停車之嫌。南投縣警察局交通警察隊表示，紅線不可違規停車。", "南投縣警察局交通警察隊"),
    ("為品牌製鞋的Karl Moser鞋業表示，將審查這些指控。", "Karl Moser鞋業"),
    ("在學校資歷已逾15年的英文科老師小芳表示，每年都擔心超額。", "小芳"),
    ("任職逾十年的王老師說，這個縣市已經多年未開出缺額。", "王老師"),
    ("檢方約談前部長林志遠。林志遠離開地檢署時表示，「我絕對經得起檢驗。」", "林志遠"),
    ("外交部官網今天凌晨發布新聞稿指出，兩國元首通了電話。", "外交部"),
    ("判無罪。高院審判長陳美惠也在當庭指出，軍中不尊重法治。", "陳美惠"),
    ("北京方面已明確表態，不會在聯合國架構外實施制裁。", "北京方面"),
])
def test_descriptions_time_clauses_and_ranks_before_the_cue(text: str, who: str) -> None:
    assert [s for s, _ in speakers(text)] == [who]


def test_the_one_speaking_towards_someone() -> None:
    out = speakers("這間工廠的員工向美聯社爆料，工廠讓員工加班到午夜。")
    assert out == [("員工", "工廠讓員工加班到午夜")]
