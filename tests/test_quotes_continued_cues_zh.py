"""Continued and subject-less cues: X發表聲明，表示…; a name, adverbials, then the cue; a cue inside
reported words does not make them someone else's."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def pairs(text: str) -> list[tuple[str | None, str]]:
    quotes, _ = extract_quotes(make_doc(text))
    return [(q.speaker, q.text) for q in quotes]


def test_subject_of_the_clause_before_a_bare_cue_speaks() -> None:
    text = "另外，陳同學的母校明德中學發表聲明，表示對事件深感遺憾，並將全力配合調查。"
    assert ("明德中學", "對事件深感遺憾") in pairs(text) or ("明德中學", "對事件深感遺憾，並將全力配合調查") in pairs(text)


def test_person_then_adverbials_then_cue() -> None:
    text = "林佳蓉今天稍早時在社群媒體留言，表示她會繼續參加明年的比賽。"
    assert pairs(text) == [("林佳蓉", "她會繼續參加明年的比賽")]


def test_cue_inside_reported_words_keeps_the_outer_speaker() -> None:
    text = "院方表示，林佳蓉約於兩週前已主動向醫院透露將會轉院治療。"
    out = pairs(text)
    assert [s for s, _ in out] == ["院方"]
    assert out[0][1].startswith("林佳蓉約於兩週前")


def test_clause_subject_is_not_taken_for_a_source() -> None:
    # 油價 opens a clause about prices; it is not someone who expects anything
    assert pairs("油價今年上漲將推升通膨預期，央行明天開會。") == []


def test_person_spoken_to_is_never_the_speaker() -> None:
    text = "部長表示，總統 柯林 上午與日本首相 岸田 通話時，對岸田說，「我們必須共同面對區域的挑戰。」"
    assert pairs(text)[-1] == ("柯林", "我們必須共同面對區域的挑戰。")
    assert all(not t.endswith("說") for _, t in pairs(text))  # the framing words are not a report


def test_manner_words_are_not_a_source() -> None:
    assert pairs("股東會過程平和，順利通過承認去年財報，去年營收170億元。") == []


def test_pronoun_statement_inside_a_cue_clause_is_its_own_attribution() -> None:
    text = "外交部長林國棟也向鄰國喊話，他直說，雙方應盡快恢復談判，「我們需要更多對話」。"
    out = pairs(text)
    assert ("林國棟", "雙方應盡快恢復談判") in out


def test_adverb_only_before_cue_takes_the_subject_before() -> None:
    text = "晶片廠董事長林志成日前在股東會上，首度透露新廠將延後一年量產。"
    assert pairs(text) == [("林志成", "新廠將延後一年量產")]


def test_cue_inside_a_subordinate_or_time_clause_is_no_attribution() -> None:
    text = "國際清算銀行（BIS）今年3月因預期寬鬆政策而上調經濟預測，但已還原先前的推估。"
    assert pairs(text) == []
    text = "世界銀行在年度報告中談到新興市場的改革時指出，在與各國官員的討論中，「改革細節仍未決定」。"
    assert all(not t.startswith("新興市場的改革時") for _, t in pairs(text))
    assert all(not t.startswith("在與各國官員") for _, t in pairs(text))


def test_a_name_given_in_quotation_marks_is_not_reported_speech() -> None:
    assert pairs("外界稱他「鐵娘子」，任內推動多項改革。") == []


def test_reported_words_with_a_quoted_phrase_stay_a_quote() -> None:
    assert pairs("部長表示，這是「歷史性的一刻」，各國都在關注。")[0][1].startswith("這是「歷史性的一刻」")


def test_someone_and_many_people_are_group_sources() -> None:
    out = pairs("部分董事已經連續擔任三任，有人批評其獨立性已經喪失。更有人認為，新制度恐怕撐不過一年。")
    assert ("有人", "其獨立性已經喪失") in out
    assert ("有人", "新制度恐怕撐不過一年") in out


def test_quoted_term_inside_reported_words_is_not_a_direct_quote() -> None:
    out = pairs("柯林主張以制裁增加壓力，並多次表示「一切選項」都擺在檯面上。")
    assert ("柯林", "以制裁增加壓力") in out
    assert all(t != "一切選項" for _, t in out)


def test_time_clause_between_subject_and_cue() -> None:
    text = "國民黨主席林美華周五去職，今天接受廣播專訪時，直言敗選原因是就任時間太短。"
    assert pairs(text) == [("林美華", "敗選原因是就任時間太短")]


def test_adverb_only_before_a_direct_quote_takes_the_clause_subject() -> None:
    text = "教練王大明昨晚在微博上發了聲明，先表示「改革勢在必行！」"
    assert pairs(text) == [("王大明", "改革勢在必行！")]


def test_the_writer_takes_over_after_meiyouxiangdao() -> None:
    out = pairs("更有人認為，這名洋將撐不完一個賽季，沒想到他不但打完整季，還拿下冠軍。")
    assert out == [("有人", "這名洋將撐不完一個賽季")]


def test_short_topic_then_someone_s_own_attribution() -> None:
    text = "部長柯林表示，今年成果豐碩。記者會上談到北韓，他指出，北韓政權靠強迫勞動取得收入。"
    assert ("柯林", "北韓政權靠強迫勞動取得收入") in pairs(text)
    assert all(not t.startswith("北韓，他指出") for _, t in pairs(text))


def test_report_points_to_a_body_with_a_telling_ending() -> None:
    text = "台灣經濟研究中心今天發布景氣報告。報告指出，明年出口可望溫和成長。"
    assert pairs(text) == [("台灣經濟研究中心", "明年出口可望溫和成長")]


def test_topic_clause_then_a_new_attribution_ends_the_report() -> None:
    text = "黨主席林美華直言，敗選原因是任期太短；至於對手勝選，林認為，是贏在組織戰。"
    out = pairs(text)
    assert ("林美華", "敗選原因是任期太短") in out


def test_bare_second_cue_with_its_own_comma_ends_the_first_report() -> None:
    text = "鄉公所表示，需求大於供給，強調，明年將增加兩輛公車。"
    out = pairs(text)
    assert ("鄉公所", "需求大於供給") in out


def test_name_part_read_as_a_time_word() -> None:
    assert pairs("春日鄉公所表示，對於鄉民的需求並不意外。") == [("春日鄉公所", "對於鄉民的需求並不意外")]
