"""Quote extraction: one example table per attribution pattern, in Chinese and English (invented sentences)."""

from __future__ import annotations

import pytest

from extractor.extractors.quotes import extract_quotes, find_quoted
from extractor.testing import make_doc


def quotes_of(text: str, language: str | None = None):
    doc = make_doc(text, language=language)
    quotes, entities = extract_quotes(doc)
    for q in quotes:  # the grounding invariant every consumer relies on
        assert doc.text[q.span[0]:q.span[1]] == q.text
        if q.speaker_span:
            assert doc.text[q.speaker_span[0]:q.speaker_span[1]] == q.speaker_text
    return quotes, entities


def pairs(text: str, language: str | None = None) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker) for q in quotes_of(text, language)[0]]


# ---- direct quotes ------------------------------------------------------------------------

DIRECT_ZH = [
    # X表示：「…」
    ("市府發言人林佳蓉表示：「我們會在月底前公布完整的檢討報告。」",
     ("direct", "我們會在月底前公布完整的檢討報告。", "林佳蓉")),
    # 「…」X說
    ("「這次調整是為了讓系統更穩定，並不影響既有用戶。」王志明說。",
     ("direct", "這次調整是為了讓系統更穩定，並不影響既有用戶。", "王志明")),
    # 「…，」X指出，「…」 (attribution in the middle: both halves)
    ("「需求確實在回溫，」陳建國指出，「但庫存仍要兩季才能消化完畢。」",
     ("direct", "需求確實在回溫，", "陳建國")),
    ("「需求確實在回溫，」陳建國指出，「但庫存仍要兩季才能消化完畢。」",
     ("direct", "但庫存仍要兩季才能消化完畢。", "陳建國")),
    # 『』 used as the outer mark
    ("黃美玲強調：『明年的投資計畫不會縮減，而且還會擴大。』",
     ("direct", "明年的投資計畫不會縮減，而且還會擴大。", "黃美玲")),
    # Simplified input: lexicons match the folded text, item text is the original
    ("财政部长刘建华表示：「今年的赤字将控制在预算之内。」",
     ("direct", "今年的赤字将控制在预算之内。", "刘建华")),
]

DIRECT_EN = [
    ('"We will not raise prices this year," said Maria Lopez, the chief executive of Lopez Foods.',
     ("direct", "We will not raise prices this year,", "Maria Lopez")),
    ("“The market has turned a corner,” analyst Tom Becker said.",
     ("direct", "The market has turned a corner,", "Tom Becker")),
    ('Company spokesman Alan Reed said, "The plant will reopen on Monday after the inspection."',
     ("direct", "The plant will reopen on Monday after the inspection.", "Alan Reed")),
    ('"Demand is strong," Jane Smith said. "We expect another record quarter next year."',
     ("direct", "We expect another record quarter next year.", "Jane Smith")),
    # mixed curly/straight marks, as crawled pages often have
    ("“Costs keep rising faster than wages,\" Peter Olsen, an economist at Nordbank, said.",
     ("direct", "Costs keep rising faster than wages,", "Peter Olsen")),
]


@pytest.mark.parametrize(("text", "expected"), DIRECT_ZH + DIRECT_EN)
def test_direct_quote_attribution(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in pairs(text)


def test_direct_quote_multi_paragraph_continues() -> None:
    text = ("李大同表示：「第一段的內容還沒有結束，我們仍在評估。\n"
            "「第二段接著說明，預計下個月會有結論。」\n這是下一段。")
    quotes, _ = quotes_of(text)
    assert len(quotes) == 1
    assert quotes[0].speaker == "李大同"
    assert quotes[0].text.startswith("第一段") and quotes[0].text.endswith("會有結論。")


def test_nested_quote_stays_inside_outer_quote() -> None:
    text = "張文華說：「他們稱這個計畫為『綠色轉型』，但細節仍不清楚。」"
    assert pairs(text) == [("direct", "他們稱這個計畫為『綠色轉型』，但細節仍不清楚。", "張文華")]


def test_multi_sentence_english_quote_keeps_both_sentences() -> None:
    text = 'The mayor said on Tuesday that the city "will hire more staff. We have the budget now."'
    quotes, _ = quotes_of(text)
    assert any(q.text == "will hire more staff. We have the budget now." for q in quotes)


# ---- indirect quotes ----------------------------------------------------------------------

INDIRECT_ZH = [
    ("經濟部長王美花表示，今年出口可望成長百分之五。",
     ("indirect", "今年出口可望成長百分之五", "王美花")),
    ("中央銀行指出，物價上漲壓力已逐步緩解；不過房價仍需觀察。",
     ("indirect", "物價上漲壓力已逐步緩解；不過房價仍需觀察", "中央銀行")),
    ("許多分析師認為，晶片庫存調整將在年底結束。",
     ("indirect", "晶片庫存調整將在年底結束", "許多分析師")),
    ("外資高盛預估，明年台股獲利將成長一成。",
     ("indirect", "明年台股獲利將成長一成", "高盛")),
    ("法人表示，短線仍以區間整理為主。",
     ("indirect", "短線仍以區間整理為主", "法人")),
]

INDIRECT_EN = [
    ("Sales of electric bikes doubled in the first half, according to the Cycling Trade Association.",
     ("indirect", "Sales of electric bikes doubled in the first half", "Cycling Trade Association")),
    ("The factory will cut 300 jobs by March, company officials said.",
     ("indirect", "The factory will cut 300 jobs by March", "company officials")),
    ("Two people familiar with the plan said the merger could close by June.",
     ("indirect", "the merger could close by June", "Two people familiar with the plan")),
    ("Harbor Logistics said in a filing that it expects revenue to fall this quarter.",
     ("indirect", "it expects revenue to fall this quarter", "Harbor Logistics")),
    ("Shipping rates have fallen for six straight weeks, said Laura Chen, a freight analyst at Baltic Data.",
     ("indirect", "Shipping rates have fallen for six straight weeks", "Laura Chen")),
]


@pytest.mark.parametrize(("text", "expected"), INDIRECT_ZH + INDIRECT_EN)
def test_indirect_quote_attribution(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in pairs(text)


def test_indirect_content_stops_before_attributed_direct_quote() -> None:
    text = "吳志強解釋，訂單雖然連三月下滑，幅度仍然有限，「以前真正的衰退，跌幅都超過兩成」。"
    got = pairs(text)
    assert ("indirect", "訂單雖然連三月下滑，幅度仍然有限", "吳志強") in got
    assert ("direct", "以前真正的衰退，跌幅都超過兩成", "吳志強") in got


# ---- not quotes ---------------------------------------------------------------------------

SCARE = [
    "這種被稱為「影子銀行」的現象正在擴大。",
    "這波「硬著陸」的疑慮正在擴散。",
    "業界形容為「不可持續」的燒錢速度仍在持續。",
    "Investors piled into the so-called \"smart money\" trade last year.",
    "A 'phase one' deal was signed, with a \"green shoe\" option for the banks.",
    "舉例來說，這家公司去年推出三款新機。",
    "根據研究機構報告，全球出貨量下滑。",
]


@pytest.mark.parametrize("text", SCARE)
def test_scare_quotes_and_non_speech_are_not_quotes(text: str) -> None:
    assert pairs(text) == []


def test_short_quote_in_attributed_english_sentence_is_speech() -> None:
    text = 'The delays have been "deeply frustrating" for families, the county manager, Rita Gomez, said.'
    got = pairs(text)
    assert ("direct", "deeply frustrating", "Rita Gomez") in got


# ---- pronouns and continued speech ---------------------------------------------------------

def test_zh_pronoun_resolves_to_last_person() -> None:
    text = "台北市長柯文雄昨天出席活動。他表示，捷運延伸線將在明年通車。"
    assert ("indirect", "捷運延伸線將在明年通車", "柯文雄") in pairs(text)


def test_en_pronoun_resolves_to_last_person() -> None:
    text = ("Shipping costs rose again, said Rachel Moore, an analyst at Freightline. "
            "Port congestion will ease by spring, she said.")
    assert ("indirect", "Port congestion will ease by spring", "Rachel Moore") in pairs(text)


def test_stand_alone_quote_continues_last_speaker() -> None:
    text = ("陳立德指出，出口動能仍然強勁。"
            "「我們預期第四季會是今年表現最好的一季，訂單已經排到明年。」")
    assert ("direct", "我們預期第四季會是今年表現最好的一季，訂單已經排到明年。", "陳立德") in pairs(text)


# ---- robustness ---------------------------------------------------------------------------

HOSTILE = [
    "a" * 1_000_000,
    "「" * 5000 + "表示" + "」說" * 3000,
    '"' * 20000 + " said " + ", said X" * 5000,
    "“x,” " * 20000,
    "說" * 300_000,
    "Trump, " * 50_000 + "he said.",
]


@pytest.mark.parametrize("text", HOSTILE, ids=["no-spaces", "zh-marks", "ascii-marks", "curly", "cues", "commas"])
def test_hostile_input_finishes(text: str) -> None:
    # catastrophic backtracking would hang this test; speed itself is measured in benchmarks/
    doc = make_doc(text, stages=("normalize", "segment"))
    quotes, _ = extract_quotes(doc)
    for q in quotes:
        assert doc.text[q.span[0]:q.span[1]] == q.text


def test_find_quoted_drops_unclosed_quote_at_paragraph_end() -> None:
    text = "他說：「沒有結束\n下一段沒有引號。「完整的一句話。」"
    runs = find_quoted(text)
    assert [text[r.inner.start:r.inner.end] for r in runs] == ["完整的一句話。"]


def test_output_is_deterministic() -> None:
    text = "經濟部長王美花表示，今年出口可望成長。「這是好消息，」她說。"
    a = [q.model_dump() for q in quotes_of(text)[0]]
    b = [q.model_dump() for q in quotes_of(text)[0]]
    assert a == b and a


# ---- bugs caught on real articles, as invented examples -----------------------------------------

BUGS_CAUGHT = [
    # an honorific's dot is not the end of the speaker's name
    ('"Yes, absolutely," says Dr. Ann Lee, a physician at City Hospital.',
     ("direct", "Yes, absolutely,", "Ann Lee")),
    # the person told is not the speaker
    ('"The talks are over," Smith told The Associated Press.', ("direct", "The talks are over,", "Smith")),
    # "according to X" before a quote
    ('According to Mark Smith, "the deal is dead and nobody wants to revive it."',
     ("direct", "the deal is dead and nobody wants to revive it.", "Mark Smith")),
    # the channel the words came through is not part of the speaker
    ("行政院長卓明泰透過臉書表示，政府會全力協助受災戶重建家園。",
     ("indirect", "政府會全力協助受災戶重建家園", "卓明泰")),
    # a scare quote inside the speaker's clause does not cut the speaker off
    ("李學文10日出席「產業論壇2030」時首先指出，半導體景氣已經落底。",
     ("indirect", "半導體景氣已經落底", "李學文")),
    # a contrasted party (…，但空頭則…) ends the first party's words
    ("多頭認為，資金行情會延續到年底，但空頭則擔心利率再升。",
     ("indirect", "資金行情會延續到年底", "多頭")),
    # a media report of a named person's words: the person is the speaker
    ("《經濟週報》報導，王大明5日出席研討會時分析，今年的出口成長將放緩。",
     ("indirect", "今年的出口成長將放緩", "王大明")),
    # a weekday between the verb and the content is not content
    ("Northwind Air said Tuesday it would cut 500 jobs in Denver.",
     ("indirect", "it would cut 500 jobs in Denver", "Northwind Air")),
    ("Officials said Thursday that the bridge would reopen next month.",
     ("indirect", "the bridge would reopen next month", "Officials")),
    # "told <audience> that"
    ("The minister told parliament that the budget would be balanced by 2030.",
     ("indirect", "the budget would be balanced by 2030", "The minister")),
    # "X said of the plan": still a post-quote attribution
    ('"It is a disaster," Johnson said of the plan.', ("direct", "It is a disaster,", "Johnson")),
    # a short whole sentence continues the speaker of the quote before it
    ('"We are not leaving," said Tom Banks, 64, who lives nearby. "This is home."',
     ("direct", "This is home.", "Tom Banks")),
    # "Name of Org": the person, not the whole phrase
    ('"We will appeal," said Ann Ford of Kell Bank.', ("direct", "We will appeal,", "Ann Ford")),
    # an indefinite source after the verb
    ('"Rates will fall," said an analyst at Bank of America.',
     ("direct", "Rates will fall,", "an analyst at Bank of America")),
    # an attribution between commas in the middle of the sentence
    ("Sales rose 5% in the quarter, the company said on Monday, as demand for cloud services grew.",
     ("indirect", "Sales rose 5% in the quarter", "the company")),
    # "… have complained of X and say that …": the subject is the source
    ("Farmers and truckers also have complained of delays and say that the new rules are unworkable.",
     ("indirect", "the new rules are unworkable", "Farmers and truckers")),
]


def test_said_comma_participle_is_not_content() -> None:
    text = '"This is the best deal we could get," the official said, speaking on condition of anonymity.'
    assert [q.kind for q in quotes_of(text)[0]] == ["direct"]


@pytest.mark.parametrize(("text", "expected"), BUGS_CAUGHT)
def test_bugs_caught(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in pairs(text)


def test_photo_caption_repeating_a_quote_is_skipped() -> None:
    text = "央行總裁楊明昌表示，通膨將在明年回落。（資料照片）"
    assert pairs(text) == []


def test_headline_is_not_reported_speech() -> None:
    from extractor.document import Meta

    doc = make_doc("投資人質疑AI投資報酬率\n投資人質疑，AI支出的回收期太長。")
    doc = doc.evolve(meta=Meta(title="投資人質疑AI投資報酬率"))
    quotes, _ = extract_quotes(doc)
    assert [q.text for q in quotes] == ["AI支出的回收期太長"]


def test_british_single_quotes_with_apostrophes() -> None:
    text = "‘We don’t agree with the investors’ view,’ said Anna Ford, a director at Kell Bank."
    assert pairs(text) == [("direct", "We don’t agree with the investors’ view,", "Anna Ford")]


def test_unclosed_outer_mark_keeps_the_complete_quote_inside_it() -> None:
    text = "In the ‘90s, Mayor Tom Reed said “we grew fast and hired many people every year.”"
    assert ("direct", "we grew fast and hired many people every year.", "Tom Reed") in pairs(text)


def test_english_multi_paragraph_quote_continues() -> None:
    text = ('"We lost power for three days and nobody called us.\n'
            '"Next time we will buy a generator," said Laura Diaz, a resident of Napa.')
    quotes, _ = quotes_of(text)
    assert len(quotes) == 1 and quotes[0].speaker == "Laura Diaz"
    assert quotes[0].text.startswith("We lost power") and quotes[0].text.endswith("generator,")


# ---- held-out recall: general mechanisms, invented sentences --------------------------------------

RECALL_ZH = [
    # words between speaker and cue (會後 / 在…會 / 今(8)日 / 昨天) stay out of the speaker
    ("交通部長吳明山會後表示，高鐵延伸案將在年底前完成環評。",
     ("indirect", "高鐵延伸案將在年底前完成環評", "吳明山")),
    ("鼎豐科技董事長孫立群在線上股東會表示，明年資本支出將增加兩成。",
     ("indirect", "明年資本支出將增加兩成", "孫立群")),
    ("孫立群今(8)日指出，新廠明年第二季量產。", ("indirect", "新廠明年第二季量產", "孫立群")),
    ("海洋委員會主委鍾立帆昨天強調，漁港整建工程不會延宕。", ("indirect", "漁港整建工程不會延宕", "鍾立帆")),
    # 在野 opens a source, not a locative
    ("在野黨團則批評，這項特別預算嚴重浮濫。", ("indirect", "這項特別預算嚴重浮濫", "在野黨團")),
    # Simplified input: cues and nouns matched on the folded text
    ("市场分析人士预计，明年出口增速将放缓至百分之三。",
     ("indirect", "明年出口增速将放缓至百分之三", "市场分析人士")),
    ("商务部有关负责人表示，将继续扩大高水平对外开放。",
     ("indirect", "将继续扩大高水平对外开放", "商务部有关负责人")),
    ("不过，有经济学家警告，居民消费可能继续疲弱。", ("indirect", "居民消费可能继续疲弱", "经济学家")),
    # a quote with no cue of its own closing a sentence of reported speech is that speaker's
    ("研究員方志豪認為，油價將回落，「這是供給過剩的必然結果」。",
     ("direct", "這是供給過剩的必然結果", "方志豪")),
    ("漁會說，漁獲量不如往年，「大家都在苦撐。」", ("direct", "大家都在苦撐。", "漁會")),
    ("漁會說，漁獲量不如往年，「大家都在苦撐。」", ("indirect", "漁獲量不如往年", "漁會")),
    # a clause of reported content before a Simplified “…” is not its speaker
    ("央行行长周建平表示，降准旨在稳定预期，“当前通胀处于低位，政策仍有空间。”",
     ("direct", "当前通胀处于低位，政策仍有空间。", "周建平")),
    # a multi-sentence direct quote comes out whole
    ("李大同說：「第一句話結束了。第二句開始，還有第三段。」",
     ("direct", "第一句話結束了。第二句開始，還有第三段。", "李大同")),
    # the same speaker goes on after a direct quote or a semicolon (…，」並強調 / …；並預期)
    ("部長王大明說：「補貼不會取消，」並強調，明年預算將增加一成。",
     ("indirect", "明年預算將增加一成", "王大明")),
    ("研究員方志豪認為，油價將回落，優於預期；並預期航運股將反彈。",
     ("indirect", "航運股將反彈", "方志豪")),
    # a clause whose subject is no source does not end the speaker's words
    ("經濟部次長林大山指出，小用戶不受影響；大戶的電費估計每年增加一成。",
     ("indirect", "小用戶不受影響；大戶的電費估計每年增加一成", "林大山")),
    ("勞工局表示，補助將提高三成，申請則延至月底。", ("indirect", "補助將提高三成，申請則延至月底", "勞工局")),
    # a short quoted verdict right after the cue, then the reported words
    ("對於匯率走勢，陳大文坦言「壓力不小」，央行若不進場，新台幣恐續貶。",
     ("indirect", "央行若不進場，新台幣恐續貶", "陳大文")),
]

RECALL_EN = [
    # "told reporters after …" and the quote that continues it
    ('"We have room to be patient," Treasury Secretary Alan Brooks told reporters after the briefing. '
     '"Growth is steady, and wages are rising."',
     ("direct", "Growth is steady, and wages are rising.", "Alan Brooks")),
    ('"We have room to be patient," Treasury Secretary Alan Brooks told reporters after the briefing.',
     ("direct", "We have room to be patient,", "Alan Brooks")),
    # two sources in one sentence
    ("Brokers said demand for office space was weaker than last year, and several economists warned that "
     "vacancies could climb further next spring.",
     ("indirect", "demand for office space was weaker than last year", "Brokers")),
    ("Brokers said demand for office space was weaker than last year, and several economists warned that "
     "vacancies could climb further next spring.",
     ("indirect", "vacancies could climb further next spring", "several economists")),
    # trailing attribution with a bare weekday
    ("Used car prices fell 1.2% in October from September, the Vehicle Dealers Association said Tuesday.",
     ("indirect", "Used car prices fell 1.2% in October from September", "Vehicle Dealers Association")),
    # "added that" is speech
    ("The spokesman added that the plant would reopen on Friday.",
     ("indirect", "the plant would reopen on Friday", "The spokesman")),
]


@pytest.mark.parametrize(("text", "expected"), RECALL_ZH + RECALL_EN)
def test_recall_mechanisms(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in pairs(text)


NOT_SPEECH = [
    "Factories have added an average of 12,000 workers a month this year.",
    "Construction added 18,000 jobs, while mining added 2,000.",
    "新廠預計明年第三季量產。",
]


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_not_speech(text: str) -> None:
    assert pairs(text) == []


def test_pronoun_with_warned_after_but_resolves_to_the_person() -> None:
    text = ('"Supply is tight," said Carla Moreno, a broker at Vista Homes. Moreno said she expects listings '
            "to recover in the spring, citing new construction, but she warned that mortgage costs could erase "
            "the gains.")
    got = pairs(text)
    assert ("indirect", "mortgage costs could erase the gains", "Carla Moreno") in got
    assert ("indirect", "she expects listings to recover in the spring, citing new construction",
            "Carla Moreno") in got


def test_inverted_attribution_with_role_is_not_swapped() -> None:
    text = '"Rents keep rising, so tenants remain wary," said Tom Hale, the ATA\'s senior analyst.'
    assert pairs(text) == [("direct", "Rents keep rising, so tenants remain wary,", "Tom Hale")]


def test_direct_quote_after_reported_speech_is_not_the_previous_paragraphs() -> None:
    text = ("經濟部長王美花表示，出口將持續成長。\n"
            "黨團幹事長鄭文宏指出，補助款不到百億，「地方財政的困境根本沒有改善。」")
    got = pairs(text)
    assert ("direct", "地方財政的困境根本沒有改善。", "鄭文宏") in got
    assert ("indirect", "補助款不到百億", "鄭文宏") in got


def test_term_quotes_inside_reported_speech_stay_terms() -> None:
    text = "王明表示，明年重點在AI，「雲端運算」與「邊緣運算」都會布局。"
    assert [q.kind for q in quotes_of(text)[0]] == ["indirect"]


# ---- coordinated reporting verbs and trailing attribution (invented sentences) -----------------------

COORDINATED_EN = [
    # "X said A and predicted B": two quotes, each with its own cue
    ("Marcus Bell, chief economist at Tidewater Capital, said consumer spending had held up well and predicted "
     "the central bank would pause in March.",
     [("consumer spending had held up well", "said", "Marcus Bell"),
      ("the central bank would pause in March", "predicted", "Marcus Bell")]),
    # "X said A but warned that B"
    ("Glenridge Foods chief executive Anna Pruitt said the quarter exceeded internal targets but warned that "
     "freight costs could erode margins next year.",
     [("the quarter exceeded internal targets", "said", "Anna Pruitt"),
      ("freight costs could erode margins next year", "warned", "Anna Pruitt")]),
    # a figure after "reported" is not speech; the quote starts after "and said"
    ("Northwind Rail reported a 17% rise in ticket revenue and said it would add 40 new trains by 2028.",
     [("it would add 40 new trains by 2028", "said", "Northwind Rail")]),
    # a non-speech verb ("cut") does not start a quote either
    ("Orchard Telecom cut its dividend by a third and warned that subscriber growth would stay weak this winter.",
     [("subscriber growth would stay weak this winter", "warned", "Orchard Telecom")]),
    # trailing attribution after a long clause, with the anaphor resolved to the bank named earlier
    ("Kestrel Bank published its outlook on Monday. Home prices in the coastal provinces could fall by as much "
     "as 8% next year if borrowing costs stay high, the bank estimated.",
     [("Home prices in the coastal provinces could fall by as much as 8% next year if borrowing costs stay high",
       "estimated", "Kestrel Bank")]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_EN)
def test_coordinated_verbs_and_trailing_attribution(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(q.text, q.cue, q.speaker) for q in quotes_of(text, "en")[0]] == expected


def test_noun_forecast_after_participle_is_not_attribution() -> None:
    text = "Sales rose 12% to $3.1 billion, beating analysts' forecast, as hospitals restocked supplies."
    assert quotes_of(text, "en")[0] == []
