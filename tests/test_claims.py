"""Claims: claimant from stance words, own-voice thesis statements, hedges and evidence links.

Every example is an invented sentence; each table row states what a user of the claims output sees.
"""

from __future__ import annotations

import random

import pytest

from extractor.document import Document
from extractor.extractors.claims import extract_claims
from extractor.extractors.claims.claimant import _canonical
from extractor.extractors.claims.clauses import split_clauses
from extractor.extractors.claims.judge import Model
from extractor.model import Claim, Entity
from extractor.segment import split_paragraphs, split_sentences
from extractor.testing import make_doc

FULL = ("normalize", "segment", "words", "terms", "metrics", "quotes")


def claims_of(text: str, language: str | None = None, model=None) -> list[Claim]:
    doc = make_doc(text, stages=FULL, language=language)  # claims run after metrics and quotes
    if model is None and not doc.is_zh:
        # The English tests here pin the stance rules of claims/rules_en.py, the path taken without English
        # judge weights; the learned English judge has its own tests (test_claims_en_*.py).
        model = Model({})
    out = extract_claims(doc, model=model)
    for c in out:  # the grounding invariant holds for every claim
        assert doc.text[c.span[0] : c.span[1]] == c.text
        if c.claimant_span is not None:
            assert c.claimant_span[0] < c.claimant_span[1]
    return out


def only(text: str, language: str | None = None, model=None) -> Claim:
    out = claims_of(text, language, model)
    assert len(out) == 1, [(c.claimant, c.text) for c in out]
    return out[0]


def lenient():
    """The committed weights with low decision thresholds: for tests of spans and claimants (what a claim
    the judge takes looks like), not of the judge's borderline decisions (measured held out instead)."""
    from extractor.extractors.claims.judge import Model, default_model

    lm = default_model().for_lang("zh")
    block = {"clause": lm.clause, "join": lm.join, "threshold": 0.25, "join_threshold": 0.5,
             "extend_threshold": lm.extend_threshold, "use_rules": lm.use_rules}
    return Model.from_dict({"zh": block})


# (sentence, claimant contained in the output claimant, claim text, cue)
ZH_STANCE = [
    ("分析師認為，明年房價可能持續上漲。", "分析師", "明年房價可能持續上漲", "認為"),
    ("許多經濟學家擔憂，銀行業的壞帳恐怕還會增加。", "經濟學家", "銀行業的壞帳恐怕還會增加", "擔憂"),
    ("台灣大學教授林志明警告，能源轉型的成本難以由民眾全數負擔。", "林志明", "能源轉型的成本難以由民眾全數負擔", "警告"),
    ("外資券商預估，下半年出口將明顯好轉，電子業可望受惠。", "外資券商", "下半年出口將明顯好轉，電子業可望受惠", "預估"),
    ("部分業者質疑，新制上路後小店家恐無法負擔。", "業者", "新制上路後小店家恐無法負擔", "質疑"),
    # 在 inside a name (在野黨) is no verb; a condition keeps its consequence even when that opens with 未來
    ("在野黨立委批評，若不加緊投資，未來幾年可能面臨供電吃緊。", "在野黨立委", "若不加緊投資，未來幾年可能面臨供電吃緊", "批評"),
]


@pytest.mark.parametrize(("sentence", "claimant", "text", "cue"), ZH_STANCE)
def test_zh_stance_word_gives_claimant_and_content(sentence: str, claimant: str, text: str, cue: str) -> None:
    c = only(sentence)
    assert c.claimant and (claimant in c.claimant or c.claimant in claimant)  # canonical: 外資券商 -> 券商
    assert c.text == text
    assert c.cue == cue


def test_zh_inline_stance_leaves_claimant_out_of_claim_text() -> None:
    # No comma after the stance verb: the span still starts after claimant and cue (GUIDE: span = content).
    c = only("多位策略師也警告存在資產泡沫的風險。")
    assert c.text == "存在資產泡沫的風險"
    assert c.claimant in ("多位策略師", "策略師")  # the quantifier may go with the group's name


def test_zh_inline_stance_governs_its_first_statement_only() -> None:
    out = claims_of("空頭則認為市場過熱，但多頭仍看好長線需求。")
    assert [(c.claimant, c.text) for c in out][0] == ("空頭", "市場過熱")


def test_zh_inline_stance_names_the_holder_of_what_follows() -> None:
    out = claims_of("多家投信也警告存在估值過高的風險，市場恐怕將出現一波修正。")
    assert out[0].claimant == "多家投信" and out[0].text.startswith("存在估值過高的風險")


def test_zh_quote_then_speaker_then_more_words() -> None:
    out = claims_of("「房價不可能一直漲，」一位建商主管坦言，目前市場觀望氣氛濃厚，成交量恐持續萎縮。", model=lenient())
    assert "目前市場觀望氣氛濃厚，成交量恐持續萎縮" in [c.text for c in out]
    assert not any("坦言" in c.text or "建商" in c.text for c in out)


def test_entity_name_replaces_a_person_mention_but_not_a_richer_group_phrase() -> None:
    person = Entity(id="e1", name="吳明蕙", kind="person")
    group = Entity(id="e2", name="Some White House", kind="group")
    assert _canonical(person, "國發會處長吳明蕙") == "吳明蕙"
    assert _canonical(group, "Some White House advisers") == "Some White House advisers"
    assert _canonical(None, "分析師") == "分析師"


def test_zh_restatement_after_stance_is_the_claim() -> None:
    c = only("王教授指出他所謂的「價格陷阱」——也就是許多小店的利潤，主要來自補貼而非真正的需求。", model=lenient())
    assert c.text.endswith("主要來自補貼而非真正的需求") and "王教授" not in c.text
    assert c.claimant == "王教授"


def test_zh_concession_inside_a_subject_stays_one_claim() -> None:
    # 那些雖…，但…的公司，反而…: one statement about "those companies", not three.
    c = only("那些雖獲利成長，但大幅擴廠的公司，反而遭到投資人拋售。")
    assert c.text.endswith("大幅擴廠的公司，反而遭到投資人拋售")
    assert c.claimant is None


def test_zh_quote_then_speaker() -> None:
    c = only("「這項補貼政策將難以持續，」經濟部長王大明指出。", model=lenient())
    assert c.text == "這項補貼政策將難以持續"
    assert "王大明" in (c.claimant or "")


def test_zh_source_phrase_is_the_claimant() -> None:
    c = only("根據IDC的報告，平板電腦市場已趨飽和。", model=lenient())
    assert c.claimant == "IDC"
    assert c.text.endswith("平板電腦市場已趨飽和")


def test_zh_pronoun_resolves_to_last_named_claimant() -> None:
    out = claims_of("央行總裁陳小華表示，景氣可望在年底回溫。她強調，出口動能仍然強勁。")
    assert [c.text for c in out] == ["景氣可望在年底回溫", "出口動能仍然強勁"]
    assert all("陳小華" in (c.claimant or "") for c in out)


def test_zh_pronoun_after_a_title_naming_an_institution() -> None:
    # 金融機構 inside the title does not make the speaker a group: 他 still refers to him.
    out = claims_of("國有重點金融機構監事會主席張七警告，經濟仍面臨下行壓力。他呼籲，政策必須未雨綢繆。")
    assert [c.claimant for c in out] == ["張七"] * 2  # GUIDE: the canonical name, without title


def test_zh_statement_continues_after_semicolon() -> None:
    out = claims_of("李四認為，短期景氣偏弱；長期仍有機會回升。")
    assert [(c.claimant, c.text) for c in out] == [("李四", "短期景氣偏弱"), ("李四", "長期仍有機會回升")]


def test_zh_reporting_verb_keeps_only_assessing_clauses() -> None:
    # 表示 introduces facts and assessments alike: the fact clause is not a claim.
    c = claims_of("市長張三表示，新站將於明年啟用，對周邊發展有很大助益。")[-1]
    assert c.text.endswith("對周邊發展有很大助益") and "表示" not in c.text
    assert "張三" in (c.claimant or "")


OWN_VOICE = [
    ("若利率持續走高，房市恐面臨一波修正。", "若利率持續走高，房市恐面臨一波修正", "恐"),
    ("這種現象創造出一種需求旺盛的假象。", "這種現象創造出一種需求旺盛的假象", None),
    ("晶片供應吃緊的局面很可能延續到明年。", "晶片供應吃緊的局面很可能延續到明年", "很可能"),
]


@pytest.mark.parametrize(("sentence", "text", "hedge"), OWN_VOICE)
def test_zh_own_voice_thesis_has_null_claimant(sentence: str, text: str, hedge: str | None) -> None:
    c = only(sentence)
    assert (c.text, c.claimant, c.hedge) == (text, None, hedge)


NOT_CLAIMS = [
    "公司昨天召開股東會，選出七名董事。",
    "被稱為「護國神山」的台積電今天舉行運動會。",
    "The company opened a new office in Austin on Monday.",
    "The company said it opened a new office in Austin on Monday.",
]


@pytest.mark.parametrize("sentence", NOT_CLAIMS)
def test_plain_facts_are_not_claims(sentence: str) -> None:
    assert claims_of(sentence) == []


def test_zh_simplified_input_matches_traditional_lexicon() -> None:
    out = claims_of("分析师认为，明年房价可能继续上涨。他强调，房贷利率预计将维持低档。", language="zh-Hans", model=lenient())
    assert [(c.claimant, c.text, c.cue, c.hedge) for c in out] == [
        ("分析师", "明年房价可能继续上涨", "认为", "可能"),
        ("分析师", "房贷利率预计将维持低档", "强调", "预计"),  # cue and hedge as written, not folded
    ]


def test_zh_claim_restated_in_a_caption_is_listed_once() -> None:
    out = claims_of("銀監會主席趙六警告，中國經濟仍面臨較大下行壓力。\n大陸銀監會主席趙六警告，中國經濟明年恐面臨較大下行壓力。")
    assert [c.text for c in out] == ["中國經濟仍面臨較大下行壓力"]


def test_zh_data_shows_a_figure_is_not_a_claim() -> None:
    doc = make_doc("統計處資料顯示，第三季出口成長4.9%。", stages=FULL)
    assert extract_claims(doc) == []


def test_zh_source_phrase_alone_is_not_a_claim() -> None:
    # 根據X報導，Y指出，…: the statement is Y's; the source phrase by itself says nothing.
    out = claims_of("根據路透報導，經濟學家陳大文指出，物價上漲壓力恐怕延續到明年。")
    assert [(c.claimant, c.text) for c in out] == [("陳大文", "物價上漲壓力恐怕延續到明年")]


def test_zh_next_plain_sentence_is_the_article_voice() -> None:
    # (a new paragraph: within one, the learned carry-over of claims/carry.py may keep the speaker talking)
    out = claims_of("王五認為，出口可望回升。\n內需恐怕仍然疲弱。")
    assert [(c.claimant, c.text) for c in out] == [("王五", "出口可望回升"), (None, "內需恐怕仍然疲弱")]


def test_zh_enumerated_points_continue_the_speaker() -> None:
    out = claims_of("央行總裁王五指出，首先，內需動能難以回升。第二，出口恐怕持續疲弱。")
    assert out[0].claimant == "王五" and out[0].text == "內需動能難以回升"
    assert out[1].text.endswith("出口恐怕持續疲弱")


EN_STANCE = [
    ("Analysts warned that the rally could fade by spring.", "Analysts", "the rally could fade by spring.", "could"),
    ('"Demand is likely to weaken next year," said Jane Doe, an economist at Acme Bank.', "Jane Doe",
     "Demand is likely to weaken next year", "likely"),
    ("Prices should stabilise once the new mine opens, John Roe said.", "John Roe",
     "Prices should stabilise once the new mine opens", "should"),
    ("A senior official told Reuters that the talks could collapse within days.", "A senior official",
     "the talks could collapse within days.", "could"),
    ('The minister said: "The reform will likely cut prices for households."', "minister",
     "The reform will likely cut prices for households.", "likely"),
    ("Industry experts expect interest rates to remain low.", "Industry experts",
     "Industry experts expect interest rates to remain low.", None),
]


@pytest.mark.parametrize(("sentence", "claimant", "text", "hedge"), EN_STANCE)
def test_en_attribution_patterns(sentence: str, claimant: str, text: str, hedge: str | None) -> None:
    c = only(sentence, language="en")
    assert (c.claimant, c.text, c.hedge) == (claimant, text, hedge)


def test_en_reported_belief_is_credited_to_the_believer() -> None:
    out = claims_of("Governor Jane Smith visited the plant. Two aides said Smith has decided that a tax cut "
                    "would hurt schools.", language="en")
    assert [(c.claimant, c.text) for c in out] == [("Jane Smith", "a tax cut would hurt schools.")]


def test_en_pronoun_and_surname_resolve_to_full_name() -> None:
    out = claims_of("Mary Major, a fund manager, said the plan is risky. She warned that costs could double. "
                    "Major said a delay would hurt small suppliers.", language="en")
    assert [c.claimant for c in out] == ["Mary Major"] * 3


def test_en_quoted_sentence_continues_the_attributed_speaker() -> None:
    # Mixed quote styles and a quotation running over two sentences, attributed in the first or the last.
    out = claims_of('“Rates peaked in May," Ann Lee, chief economist at Foo Bank, said in a note. "Borrowers can '
                    'look forward to cheaper loans next year."\n"Buyers are cautious. More than last year," said '
                    'Bob Stone, a dealer in Austin.', language="en")
    assert [(c.claimant, c.text) for c in out] == [
        ("Ann Lee", "Borrowers can look forward to cheaper loans next year."),
        ("Bob Stone", "Buyers are cautious."),
    ]


def test_en_long_statement_narrows_to_the_assessing_clause() -> None:
    c = only("Dry weather has left hillsides parched and forecasts called for gusts of wind at times near the coast "
             "today, which might push embers across the ridge lines, officials said.", language="en")
    assert c.text == "which might push embers across the ridge lines"
    assert (c.claimant, c.hedge) == ("officials", "might")


def test_en_month_may_is_not_a_hedge() -> None:
    assert claims_of("Rates peaked in May, the central bank said.", language="en") == []


def test_en_own_voice_assessment_has_null_claimant() -> None:
    c = only("The merger is seen as a turning point for the regional banking industry.", language="en")
    assert c.claimant is None


def test_en_headline_without_end_mark_is_skipped() -> None:
    assert claims_of("Markets could fall further as rates rise\nThe board met on Monday.", language="en") == []


def test_evidence_links_metrics_and_quotes_of_the_same_sentence() -> None:
    doc = make_doc("分析師預估，明年營收可望成長12%。另一段文字沒有數字。", stages=FULL)
    (claim,) = extract_claims(doc)
    metric = next(m for m in doc.get("metrics") if m.text == "12%")
    ev = [e for e in claim.evidence if e.kind == "metric"]
    assert [tuple(e.span) for e in ev] == [tuple(metric.span)]
    assert ev[0].id == f"m:{metric.span[0]}-{metric.span[1]}"


def test_evidence_leaves_out_figures_of_other_sentences() -> None:
    doc = make_doc("分析師認為，景氣可能好轉。去年營收成長12%。", stages=FULL)
    (claim,) = extract_claims(doc)
    assert doc.get("metrics") and not [e for e in claim.evidence if e.kind == "metric"]


def test_clauses_keep_scare_quotes_and_split_quoted_sentences() -> None:
    text = "他警告存在「循環支出」的風險，「這個循環，終將破裂。」"
    spans = split_clauses(text, 0, len(text))
    assert [text[s.start : s.end] for s in spans] == ["他警告存在「循環支出」的風險", "「這個循環，終將破裂。」"]


def test_output_is_deterministic_and_empty_text_gives_nothing() -> None:
    text = "分析師認為，明年房價可能持續上漲。若利率走高，房市恐面臨修正。"
    assert claims_of(text) == claims_of(text)
    assert extract_claims(Document(doc_id="empty", text="")) == []


def _random_doc(rng: random.Random) -> Document:
    pieces = ["認為", "表示", "，", "。", "「", "」", "可能", "他", "分析師", "根據", "的報告", "；", "\n", "said", " that ",
              "could", ", ", ". ", '"', "“", "”", "X", "若", "恐", "（", "）", "12%", "According to ", "他們", "May"]
    text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
    paragraphs = split_paragraphs(text)
    return Document(doc_id="fuzz", text=text, folded=text, language=rng.choice(["zh-Hant", "en"]),
                    paragraphs=paragraphs, sentences=split_sentences(text, paragraphs))


def test_random_mixtures_never_raise_and_stay_grounded() -> None:
    rng = random.Random(4)
    for _ in range(300):
        doc = _random_doc(rng)
        for c in extract_claims(doc):
            assert doc.text[c.span[0] : c.span[1]] == c.text and c.text


def test_hostile_input_stays_grounded() -> None:
    # Unbalanced quotes, stance words in bulk and no punctuation: still valid spans, no crash.
    text = "「" * 300 + "認為可能" * 300 + "」" * 10 + "，" + "said that could " * 200
    for c in claims_of(text):
        assert c.text


def test_zh_claimant_read_from_a_bounded_window_before_the_cue() -> None:
    # The claimant region is bounded (linear on 表示表示…), yet a long lead-in still ends in a group noun.
    lead = "在經歷了" + "長達數年的市場波動與政策調整以及供應鏈重組" * 6 + "之後某些分析師"
    c = only(lead + "認為，明年房價可能持續上漲。")
    assert c.text == "明年房價可能持續上漲"
    # A region stop (comma) right before the claimant still bounds it.
    c = claims_of("市場動盪之際，分析師認為，明年房價可能持續上漲。")[-1]
    assert (c.claimant, c.text) == ("分析師", "明年房價可能持續上漲")


def test_en_claimant_of_a_late_stance_verb_in_a_long_sentence() -> None:
    lead = "After a year in which revenue grew and margins fell and costs rose " * 8
    c = only(lead + ", analysts warned that the bubble is likely to burst soon.", language="en")
    assert c.claimant == "analysts" and c.text.startswith("the bubble is likely")


def test_clauses_never_split_inside_a_number() -> None:
    text = "營收上看4,350億元，較去年增加1，200億元，創新高，2023,2024年"
    parts = [text[s.start : s.end] for s in split_clauses(text, 0, len(text))]
    assert parts == ["營收上看4,350億元", "較去年增加1，200億元", "創新高", "2023", "2024年"]


def test_zh_figure_with_its_reason_is_one_reported_argument() -> None:
    text = "研究員吳佳玲表示，明年營收預估下修至3,250億元，主因海外需求疲弱。"
    out = extract_claims(make_doc(text, stages=FULL, language="zh"))
    assert [c.text for c in out][-1].endswith("主因海外需求疲弱")


def test_zh_pronoun_claimant_resolves_through_the_speaker_registry() -> None:
    text = "「訂單已經排到明年。」工廠廠長周志豪說。他預估，明年產能恐將吃緊。"
    out = extract_claims(make_doc(text, stages=FULL, language="zh"))
    assert [(c.claimant, c.text) for c in out if "產能" in c.text] == [("周志豪", "明年產能恐將吃緊")]


def test_zh_market_expectation_is_a_yardstick_not_a_claimant() -> None:
    out = claims_of("第三季外銷訂單超出市場預期，意味著景氣正在回溫。", "zh")
    assert not any(c.claimant == "市場" for c in out)  # the market's expectation is a yardstick


@pytest.mark.parametrize(("sentence", "claimant"), [
    ("Maria Lindqvist, 47, said the housing slowdown could last well into next year.", "Maria Lindqvist"),
    ("Omar Haddad, head of research at Northbridge Capital, said that consumer spending is likely to weaken "
     "this winter.", "Omar Haddad"),
])
def test_en_apposition_age_or_title_yields_the_name(sentence: str, claimant: str) -> None:
    assert only(sentence, "en").claimant == claimant


def test_en_verb_phrase_is_no_claimant() -> None:
    c = only("The Central Bank of Norland kept rates on hold on Tuesday, but signaled it still expects two cuts "
             "before the end of the year.", "en")
    assert c.claimant == "The Central Bank of Norland"
    assert c.text.startswith("signaled it still expects")


def test_en_pronoun_claimant_resolves_through_the_speaker_registry() -> None:
    text = ("\"Sales were flat,\" said Tomas Brenner, who runs a bakery in Leeds. But he warned that rising flour "
            "costs would squeeze small shops this winter.")
    out = extract_claims(make_doc(text, stages=FULL, language="en"))
    assert [c.claimant for c in out if "flour" in c.text] == ["Tomas Brenner"]


@pytest.mark.parametrize("sentence", [
    "Greenfield Motors said it would invest $2 billion in a battery plant in Ohio.",
    "Brazil agreed in March to buy up to 40 new aircraft from the manufacturer.",
])
def test_en_plans_and_deals_are_not_claims(sentence: str) -> None:
    assert claims_of(sentence, "en") == []


def test_en_a_sign_that_is_the_article_reading() -> None:
    c = only("Factories added 52,000 workers in April, a sign that the manufacturing recovery is gathering pace.",
             "en")
    assert c.claimant is None
    assert c.text.startswith("a sign that the manufacturing recovery")


def test_zh_count_after_emphasis_is_a_fact_but_a_forecast_figure_is_a_claim() -> None:
    fact = "物流公司總經理何建邦強調，公司目前共有12座倉庫。"
    assert extract_claims(make_doc(fact, stages=FULL, language="zh")) == []
    forecast = "物流公司總經理何建邦預估，明年營收將成長15%。"
    out = extract_claims(make_doc(forecast, stages=FULL, language="zh"))
    assert all(c.text == "明年營收將成長15%" for c in out)  # never the cue or the speaker


def test_en_reported_own_forecast_and_analyst_reading_are_claims() -> None:
    c = only("Harlow said he expected margins to narrow through the spring.", "en")
    assert c.text.startswith("he expected margins")
    c = only("Analysts said the price cut was aimed at winning back younger shoppers.", "en")
    assert c.claimant == "Analysts"


def test_en_consensus_forecast_is_a_benchmark_not_a_claim() -> None:
    assert claims_of("Economists had forecast a rise of about 2,000 permits, according to a poll.", "en") == []


def test_zh_clause_opening_with_an_inference_word_is_the_article_voice() -> None:
    text = "本季新增訂單約3,000筆，連續兩季增加，顯示買氣逐步回溫。"
    out = extract_claims(make_doc(text, stages=FULL, language="zh"), model=lenient())
    assert [c.claimant for c in out] == [None] and out[0].text.endswith("顯示買氣逐步回溫")


def test_en_quoted_view_is_also_a_claim_but_a_quoted_plan_is_not() -> None:
    c = only("\"The rental market is softening, not collapsing,\" said Ines Morel, an economist at Harbor Research.",
             "en")
    assert (c.claimant, c.text) == ("Ines Morel", "The rental market is softening, not collapsing")
    plan = "\"We will open two more stores in the fall,\" said Ines Morel, who owns the chain."
    assert claims_of(plan, "en") == []


def test_zh_causes_joined_by_jiashang_stay_in_the_argument() -> None:
    text = "分析師陳怡安指出，原物料價格持續上揚，加上運費居高不下，中小廠商獲利恐明顯受壓。"
    out = extract_claims(make_doc(text, stages=FULL, language="zh"))
    assert [c.text for c in out] == ["原物料價格持續上揚，加上運費居高不下，中小廠商獲利恐明顯受壓"]


def test_zh_reported_plan_figures_are_not_merged_into_a_claim() -> None:
    text = "交通部表示，明年票價將調漲5%，單程票由30元調高至32元，約80萬名旅客受影響。"
    out = extract_claims(make_doc(text, stages=FULL, language="zh"))
    assert all("調漲" not in c.text for c in out)


def test_speaker_registry_is_built_once_per_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """Per-claim rebuilding of the registry made long articles quadratic (issue 17 item 4)."""
    from extractor.extractors import speakers

    text = "".join(f"經濟部長王大明{i}表示，明年景氣恐將放緩。他認為，出口可望回溫。" for i in range(5))
    doc = make_doc(text, stages=FULL)
    calls = []
    real = speakers.registry_from_entities
    monkeypatch.setattr(speakers, "registry_from_entities", lambda d: calls.append(1) or real(d))
    claims = extract_claims(doc)
    assert len(claims) >= 2
    assert len(calls) <= 1
