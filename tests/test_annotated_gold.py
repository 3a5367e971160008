"""Every hand-annotated gold set stays well-formed: items point into their article, fields follow CONTRACT.md.

One table row per set (folder, language, input fields, article count, allowances); the same checks run on
all of them, so a score against any set measures the pipeline, not typos in the gold. Shape only: sealed
sets (udn_probe2, udn_probe3, udn_probe4, udn_probe5, en_probe2) are read here but never scored or tuned on.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ZH_INPUT = frozenset({"id", "title", "published", "url", "category", "text"})
EN_INPUT = frozenset({"id", "title", "published", "url", "text"})


@dataclass(frozen=True)
class GoldSet:
    name: str
    folder: Path
    language: str
    input_fields: frozenset
    articles: tuple[int, int | None]  # (minimum, maximum or None)
    id_pattern: str = r".+"
    sealed_readme: str | None = None  # a phrase the README must carry
    # coverage floors over the whole set
    own_voice_claims: int = 0
    attributed_claims: int = 0
    min_items: tuple[int, int, int, int] = (1, 1, 0, 0)  # metrics, quotes, claims, terms
    both_quote_kinds: bool = False
    # allowances (False = the stricter rule holds)
    cue_none: str = "never"  # "never" | "direct" (direct quotes only) | "any"
    speaker_none: bool = False
    glossed_names: bool = False  # speaker/claimant may carry a bracketed gloss absent from the text: 綱川智（…）
    published_none: bool = False  # an input may lack its date
    published_time: bool = False  # an input date may carry a time: 2015-01-02T10:00:00-05:00
    scare_quote_lead: frozenset = frozenset()  # item kinds that may open with a quoted term: 「某訓練」是…
    inner_close: bool = False  # a claim may end on the closing mark of a quoted term inside it: …稱為「某某」
    partial_quotes: bool = False  # a span may leave a quotation open where the source closes it right after
    money_any_case: bool = False  # the money word of a currency metric may be capitalised (Dollars)
    unmarked_direct: bool = False  # a direct quote may stand outside quotation marks (a block quote, a tweet)
    # (article id, span) pairs excused from the balance / within-marks checks: known gold defects, see the report
    known_defects: frozenset = frozenset()


def _zh(name: str, folder: Path, **kw) -> GoldSet:
    return GoldSet(name, folder, "zh-Hant", ZH_INPUT, id_pattern=r"udn-[ab]\d{4}", **kw)


def _en(name: str, folder: Path, **kw) -> GoldSet:
    return GoldSet(name, folder, "en", EN_INPUT, **kw)


QUALITY = ROOT / "benchmarks" / "quality"
SETS = (
    _zh("train_udn", ROOT / "extractor" / "data" / "train" / "udn", articles=(20, None),
        own_voice_claims=10, attributed_claims=10, min_items=(1, 1, 1, 1), cue_none="direct",
        scare_quote_lead=frozenset({"quotes", "claims"}), inner_close=True,
        known_defects=frozenset({
            # the source never closes the outer quotation; the span ends at the inner 」
            ("udn-a0609", "6月27日再度興高采烈的拿了預購單去換「8盒」回來，結果同樣的事又發生了，「8盒裡面有7盒是安全帽」"),
        })),
    _zh("udn_probe", QUALITY / "udn_probe", articles=(12, 12), cue_none="direct"),
    _zh("udn_probe2", QUALITY / "udn_probe2", articles=(12, 12), sealed_readme="SEALED: not to be used for tuning",
        cue_none="direct", glossed_names=True, scare_quote_lead=frozenset({"claims"}), inner_close=True),
    _zh("udn_probe3", QUALITY / "udn_probe3", articles=(12, 12), cue_none="direct",
        scare_quote_lead=frozenset({"quotes", "claims"}), inner_close=True),
    _zh("udn_probe4", QUALITY / "udn_probe4", articles=(12, 12), sealed_readme="SEALED: not to be used for tuning",
        own_voice_claims=10, attributed_claims=10, min_items=(1, 1, 1, 1), cue_none="direct",
        scare_quote_lead=frozenset({"quotes", "claims"})),
    _zh("udn_probe5", QUALITY / "udn_probe5", articles=(12, 12), sealed_readme="SEALED: not to be used for tuning",
        own_voice_claims=10, attributed_claims=10, min_items=(1, 1, 1, 1), cue_none="direct", inner_close=True),
    _en("en_probe", QUALITY / "en_probe", articles=(8, 8), id_pattern=r"en-probe-\d{2}", own_voice_claims=20, min_items=(80, 100, 100, 0),
        both_quote_kinds=True, cue_none="direct", published_none=True, published_time=True, partial_quotes=True),
    _en("train_en", ROOT / "extractor" / "data" / "train" / "en", articles=(20, None), id_pattern=r"en-train-\d{2,3}",
        own_voice_claims=10, attributed_claims=10, both_quote_kinds=True, cue_none="any", published_none=True,
        scare_quote_lead=frozenset({"quotes", "claims"}), unmarked_direct=True, partial_quotes=True, money_any_case=True,
        known_defects=frozenset({
            # the source never closes these quotations where the span ends
            ("en-train-05", "Palestinian Authority President Mahmoud Abbas “has put aside efforts to shortcut the pursuit"
                            " of peace and come to the negotiating table"),
            ("en-train-08", "They were “so wildly expensive that we didn’t finish the exercise"),
            # the source opens the quoted term with a straight mark and closes it with a curly one
            ("en-train-73", "we should instead measure various \"vital signs,” like looking at extreme events around the planet"),
            # the quotation itself opens with a quoted term in straight single marks ('Paper sons' and 'paper daughters')
            ("en-train-123", "'Paper sons' and 'paper daughters' are the names given to people who buy false papers,"),
        })),
    _en("en_probe2", QUALITY / "en_probe2", articles=(10, None), id_pattern=r"en-probe2-\d{2}",
        own_voice_claims=10, attributed_claims=10, both_quote_kinds=True, cue_none="direct", speaker_none=True,
        published_none=True, partial_quotes=True),
)

GOLD_KEYS = {"id", "language", "title", "published", "metrics", "quotes", "claims", "terms"}
METRIC_KEYS = {"text", "value", "low", "high", "unit", "qualifier", "per", "label"}
QUOTE_KEYS = {"text", "kind", "speaker", "cue"}
CLAIM_KEYS = {"text", "claimant"}
TERM_KEYS = {"zh", "en", "abbr"}
QUALIFIERS = {"exact", "approx", "over", "under", "at_least", "at_most"}
PERIODS = {None, "year", "quarter", "month", "week", "day"}
KINDS = {"direct", "indirect"}
CURRENCIES = {"TWD", "USD", "CNY", "JPY", "EUR", "GBP", "PHP", "HKD", "KRW", "INR", "NGN", "AUD", "CAD", "THB", "MYR"}
PLAIN_UNITS = {"", "%", "pp", "bp"}
# a measuring unit as written (坪, 公頃, g ...): no digits, no currency word that should be a code
CURRENCY_WORDS = ("元", "美元", "日圓", "港幣", "歐元", "人民幣", "$")
MONEY_WORDS = ("$", "£", "€", "dollar", "pound", "euro", "RM", "rm")  # RM = ringgit (MYR)
QUOTE_MARKS = "「」『』“”\"'‘’"
PAIRS = ("「」", "『』", "“”", "‘’")
EN_PAIRS = ("「」", "『』", "“”", '""')  # in English ’ is mostly an apostrophe (publishers’), never counted
OPENER = {"’": "‘", "”": "“", "」": "「", "』": "『"}
CLAIM_EDGE = "，。；：,;:."
SENTENCE_END = {"zh-Hant": "。！？", "en": "。！？.!?"}
DATE = r"\d{4}-\d{2}-\d{2}"


def _read(folder: Path, name: str) -> list[dict]:
    with open(folder / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


INPUTS = {s.name: _read(s.folder, "input.jsonl") for s in SETS}
GOLDS = {s.name: _read(s.folder, "gold.jsonl") for s in SETS}
TEXT = {s.name: {r["id"]: r for r in INPUTS[s.name]} for s in SETS}
SET_IDS = [s.name for s in SETS]
CASES = [pytest.param(s, g, id=f"{s.name}:{g['id']}") for s in SETS for g in GOLDS[s.name]]


def _number(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def _who(name: str) -> str:
    """A speaker or claimant without its bracketed English gloss: 綱川智（Satoshi Tsunakawa） -> 綱川智."""
    return re.split(r"\s*[（(]", name, maxsplit=1)[0]


def _balanced(s: GoldSet, span: str, text: str) -> bool:
    """No half of a quotation-mark pair: a span never takes the marks around a direct quotation.

    A span may leave one quotation open where the source closes it right after the span (English partial
    quotes: he said it was “a deal with the devil”, the span stopping before the closing mark).
    """
    marks = re.sub(r"(?<=[A-Za-z])’(?=[A-Za-z])", "", span)  # an apostrophe (Baker’s) is no quotation mark
    pairs = EN_PAIRS if s.language == "en" else PAIRS
    opened = [(a, b) for a, b in pairs if (marks.count(a) - marks.count(b) if a != b else marks.count(a) % 2)]
    if not opened or not s.partial_quotes:
        return not opened
    if len(opened) > 1 or (opened[0][0] != opened[0][1] and marks.count(opened[0][0]) < marks.count(opened[0][1])):
        return False
    close = opened[0][1]
    return any(re.match(r"[.,;:!?，。；：！？]?" + re.escape(close), text[m.end():])
               for m in re.finditer(re.escape(span), text))


def _leading_scare_quote(span: str) -> bool:
    """A span may open with a quoted term (「某訓練」是合於規定的…) but never with a whole quotation."""
    pair = next((p for p in (*PAIRS, '""') if p[0] == span[0]), None)
    return pair is not None and 1 < span.find(pair[1], 1) < len(span) - 1


def _opens_cleanly(s: GoldSet, kind: str, span: str) -> bool:
    return span[0] not in QUOTE_MARKS or (kind in s.scare_quote_lead and _leading_scare_quote(span))


def _name_in(s: GoldSet, name: str, text: str) -> bool:
    return name in text or (s.glossed_names and _who(name) in text)


@pytest.mark.parametrize("s", SETS, ids=SET_IDS)
def test_inputs_have_the_set_fields_and_unique_ids(s):
    rows = INPUTS[s.name]
    low, high = s.articles
    assert len(rows) >= low and (high is None or len(rows) <= high), len(rows)
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert set(r) == s.input_fields, r["id"]
        assert re.fullmatch(s.id_pattern, r["id"]), r["id"]
        assert isinstance(r["text"], str) and r["text"].strip(), r["id"]
        assert r["text"] == r["text"].strip() and "\n\n\n" not in r["text"], r["id"]
        date = DATE + (r"(T[\d:+-]+)?" if s.published_time else "")
        assert (s.published_none and r["published"] is None) or re.fullmatch(date, r["published"]), r["id"]
        assert r["title"] is None or (isinstance(r["title"], str) and r["title"]), r["id"]


@pytest.mark.parametrize("s", SETS, ids=SET_IDS)
def test_gold_lines_match_input_ids_title_and_date_in_order(s):
    inputs = TEXT[s.name]
    assert [g["id"] for g in GOLDS[s.name]] == [r["id"] for r in INPUTS[s.name]]
    for g in GOLDS[s.name]:
        src = inputs[g["id"]]
        assert set(g) == GOLD_KEYS, g["id"]
        assert g["language"] == s.language, g["id"]
        assert g["title"] == src["title"], g["id"]
        assert g["published"] == src["published"], g["id"]
        if s.language == "en":
            assert g["terms"] == [], g["id"]  # no bilingual glosses in English news


def test_no_two_sets_share_an_article():
    ids = [r["id"] for s in SETS for r in INPUTS[s.name]]
    texts = [r["text"] for s in SETS for r in INPUTS[s.name]]
    assert len(set(ids)) == len(ids)
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize("s", [s for s in SETS if s.sealed_readme], ids=lambda s: s.name)
def test_readme_marks_the_set_sealed(s):
    assert s.sealed_readme in (s.folder / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("s", "g"), CASES)
def test_every_span_is_an_exact_substring_of_its_article(s, g):
    text = TEXT[s.name][g["id"]]["text"]
    spans = [it["text"] for kind in ("metrics", "quotes", "claims") for it in g[kind]]
    spans += [q["cue"] for q in g["quotes"] if q["cue"] is not None]
    spans += [t[k] for t in g["terms"] for k in ("zh", "en", "abbr") if t[k] is not None]
    missing = [x for x in spans if not x or x not in text]
    assert not missing, missing
    stray = [x for x in spans if x != x.strip()]
    assert not stray, stray
    names = [q["speaker"] for q in g["quotes"] if q["speaker"] is not None]
    names += [c["claimant"] for c in g["claims"] if c["claimant"] is not None]
    absent = [n for n in names if not isinstance(n, str) or not n or n != n.strip() or not _name_in(s, n, text)]
    assert not absent, absent
    assert not any("span" in it for kind in ("metrics", "quotes", "claims") for it in g[kind])


@pytest.mark.parametrize(("s", "g"), CASES)
def test_no_item_is_listed_twice_in_one_article(s, g):
    for kind, key in (("metrics", "text"), ("quotes", "text"), ("claims", "text"), ("terms", "zh")):
        seen = [item[key] for item in g[kind]]
        assert len(seen) == len(set(seen)), kind


@pytest.mark.parametrize(("s", "g"), CASES)
def test_metric_fields_follow_contract(s, g):
    for m in g["metrics"]:
        assert set(m) == METRIC_KEYS, m
        assert m["qualifier"] in QUALIFIERS, m
        assert m["per"] in PERIODS, m
        assert isinstance(m["unit"], str) and isinstance(m["label"], str) and m["label"], m
        if m["value"] is None:  # a range: both bounds, low below high
            assert _number(m["low"]) and _number(m["high"]) and m["low"] < m["high"], m
        else:
            assert _number(m["value"]) and m["low"] is None and m["high"] is None, m
        unit = m["unit"]
        if re.fullmatch(r"[A-Z]{3}", unit):  # money: a currency code, never a word
            assert unit in CURRENCIES, m
            if s.language == "en":
                words = m["text"].lower() if s.money_any_case else m["text"]
                assert any(w in words for w in MONEY_WORDS), m
        elif unit not in PLAIN_UNITS:
            assert not re.search(r"\d", unit) and not any(w in unit for w in CURRENCY_WORDS), m
        if s.language == "en" and re.search(r"percent(?!age point)|%", m["text"]):
            assert unit == "%", m
        if s.language == "en" and "percentage point" in m["text"]:
            assert unit == "pp", m


@pytest.mark.parametrize(("s", "g"), CASES)
def test_quote_fields_follow_contract(s, g):
    text = TEXT[s.name][g["id"]]["text"]
    for q in g["quotes"]:
        assert set(q) == QUOTE_KEYS, q
        assert q["kind"] in KINDS, q
        assert q["speaker"] is not None or s.speaker_none, q
        if q["cue"] is None:  # only a direct quotation may stand without a reporting verb (X：「…」)
            assert s.cue_none == "any" or (s.cue_none == "direct" and q["kind"] == "direct"), q
        span = q["text"]
        excused = (g["id"], span) in s.known_defects
        assert excused or (_balanced(s, span, text) and _opens_cleanly(s, "quotes", span)), q
        if q["kind"] == "direct":  # the words inside the marks; a nested quote may close the span
            assert excused or span[0] not in QUOTE_MARKS, q
            assert span[-1] not in QUOTE_MARKS or OPENER.get(span[-1], "\0") in span, q
            starts = [m.start() for m in re.finditer(re.escape(span), text)]
            end = len(span)
            # closed by its mark, or by the end of its sentence where the source never closes it
            assert s.unmarked_direct or excused or any(
                i and text[i - 1] in QUOTE_MARKS
                and (i + end < len(text) and text[i + end] in QUOTE_MARKS or span[-1] in SENTENCE_END[s.language])
                for i in starts), q


@pytest.mark.parametrize(("s", "g"), CASES)
def test_claims_are_content_clauses_only(s, g):
    text = TEXT[s.name][g["id"]]["text"]
    for c in g["claims"]:
        assert set(c) == CLAIM_KEYS, c
        span = c["text"]
        excused = (g["id"], span) in s.known_defects
        assert excused or (_balanced(s, span, text) and _opens_cleanly(s, "claims", span)), c
        assert span[0] not in CLAIM_EDGE and span[-1] not in CLAIM_EDGE, c
        assert span[-1] not in QUOTE_MARKS or (s.inner_close and OPENER.get(span[-1], "\0") in span), c


@pytest.mark.parametrize(("s", "g"), CASES)
def test_term_fields_follow_contract(s, g):
    for t in g["terms"]:
        assert set(t) == TERM_KEYS, t
        assert isinstance(t["zh"], str) and re.search(r"[\u4e00-\u9fff]", t["zh"]), t
        assert t["en"] or t["abbr"], t


@pytest.mark.parametrize("s", SETS, ids=SET_IDS)
def test_each_kind_is_represented(s):
    gold = GOLDS[s.name]
    claims = [c for g in gold for c in g["claims"]]
    assert sum(c["claimant"] is None for c in claims) >= s.own_voice_claims
    assert sum(c["claimant"] is not None for c in claims) >= s.attributed_claims
    counts = [sum(len(g[k]) for g in gold) for k in ("metrics", "quotes", "claims", "terms")]
    assert all(n >= floor for n, floor in zip(counts, s.min_items, strict=True)), counts
    if s.both_quote_kinds:
        assert {q["kind"] for g in gold for q in g["quotes"]} == KINDS
