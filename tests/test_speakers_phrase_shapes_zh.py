"""Speaker phrases the parser used to drop (invented sentences): an organisation whose name jieba splits
oddly (地|政局, 鄉公所), a news outlet (…新聞), a group word before a name (農友王大同), a body's title with
no name (某某法院法官), a name with a spaced English gloss, and surveys or studies as sources."""

from __future__ import annotations

from extractor.testing import quotes_of


def pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of("標題一行\n本報訊。\n" + text)]


def test_org_name_with_particle_split() -> None:
    assert ("明年起線上申辦將全面免費", "地政局") in pairs("地政局說，明年起線上申辦將全面免費。")


def test_org_name_holding_a_stop_character() -> None:
    got = pairs("大湖鄉公所建設課表示，橋梁補強工程將在十月完工。")
    assert ("橋梁補強工程將在十月完工", "大湖鄉公所建設課") in got


def test_news_outlet_by_its_ending() -> None:
    assert ("港口罷工已進入第三天", "浪潮新聞") in pairs("浪潮新聞報導，港口罷工已進入第三天。")


def test_group_word_then_name() -> None:
    assert ("今年西瓜甜度特別高", "林大順") in pairs("果園農友林大順說，今年西瓜甜度特別高。")


def test_title_of_a_body_without_a_name() -> None:
    got = pairs("德國聯邦法院法官認為，這份合約自始無效。")
    assert ("這份合約自始無效", "德國聯邦法院法官") in got


def test_title_of_a_body_is_not_the_earlier_holder_elsewhere() -> None:
    got = pairs("地方法院法官王大明昨天宣判。德國聯邦法院法官認為，這份合約自始無效。")
    assert ("這份合約自始無效", "德國聯邦法院法官") in got


def test_spaced_english_gloss_after_a_titled_name() -> None:
    got = pairs("國際航運協會主席柯倫 (Mark Curran)表示，運價明年將回穩。")
    assert [s for t, s in got if t == "運價明年將回穩"][0].startswith("柯倫")


def test_survey_finding_is_attributed_to_the_survey() -> None:
    assert ("近六成受訪者支持延長營業時間", "最新民意調查") in pairs("最新民意調查顯示，近六成受訪者支持延長營業時間。")


def test_study_with_there_is() -> None:
    assert ("熬夜會降低記憶力", "醫學研究") in pairs("有醫學研究指出，熬夜會降低記憶力。")


def test_finding_verb_needs_a_report_noun() -> None:
    assert pairs("巡邏員警發現，嫌犯早已從後門逃逸。") == []


def test_tally_with_a_comma_is_a_source() -> None:
    assert ("去年共受理412件申訴", "市府消保官室") in pairs("市府消保官室統計，去年共受理412件申訴。")


def test_quantified_group_keeps_its_quantifier() -> None:
    assert ("這種規定太過嚴苛", "其他網友") in pairs("對此其他網友則認為，這種規定太過嚴苛。")


def test_person_named_by_surname_and_age() -> None:
    got = pairs("52歲陳姓男子供稱，他只是路過現場。")
    assert ("他只是路過現場", "陳姓男子") in got


def test_body_kind_then_latin_name() -> None:
    assert ("攻擊源頭來自海外伺服器", "Blue Shield") in pairs("資安公司Blue Shield指出，攻擊源頭來自海外伺服器。")


def test_long_name_with_a_latin_gloss() -> None:
    got = pairs("德國聯邦資訊技術安全辦公室（BSIX）指出，修補程式將在週末推出。")
    assert ("修補程式將在週末推出", "德國聯邦資訊技術安全辦公室") in got


def test_unit_ending_names_a_body() -> None:
    assert ("嫌犯已經落網", "波蘭網路警察單位") in pairs("波蘭網路警察單位說，嫌犯已經落網。")


def test_time_word_before_the_name_is_dropped() -> None:
    got = pairs("林大同昨天召開股東會。會後林大同受訪時強調，公司財務穩健。")
    assert ("公司財務穩健", "林大同") in got


def test_the_one_addressed_is_no_speaker() -> None:
    got = pairs("兩人爭執許久，最後心軟招認，向女友坦承「自己錯了」。")
    assert all(s != "向女友" and s != "女友" for _, s in got)


def test_surname_then_later_and_change_of_mind() -> None:
    got = pairs("市長陳大文曾說要拆除舊橋。陳後來又改口說，舊橋將保留作為古蹟。")
    assert ("舊橋將保留作為古蹟", "陳大文") in got
