"""The seed article gives the same extraction whatever encoding it arrives in (issue 8 item 3, issue 2 item 2)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from extractor.dev import shared_dir
from extractor.errors import InputError
from extractor.ingest.decode import decode_bytes
from extractor.model import Article
from extractor.normalize.script import to_simplified
from extractor.pipeline import Pipeline

SEED = shared_dir() / "seed/ai-roi-bubble.zh-Hant.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="seed article not available")


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def _as_html(text: str, charset: str = "utf-8") -> str:
    paras = "".join(f"<p>{line}</p>\n" for line in text.splitlines() if line.strip())
    return (f'<!doctype html><html><head><meta charset="{charset}"><title>AI News</title></head>'
            f"<body><article>{paras}</article></body></html>")


def _items(art: Article) -> dict[str, list[dict]]:
    return {k: [i.model_dump(mode="json") for i in getattr(art, k)] for k in ("metrics", "quotes", "claims", "terms")}


def _folded(art: Article) -> dict[str, list[tuple]]:
    """The extraction with script differences folded away (everything to Simplified) and spans dropped."""
    f = to_simplified
    return {
        "metrics": sorted((f(m.text), m.value, m.low, m.high, m.unit, m.qualifier, m.per) for m in art.metrics),
        "quotes": sorted((f(q.text), q.kind, f(q.speaker or ""), f(q.cue or "")) for q in art.quotes),
        "claims": sorted((f(c.text), f(c.claimant or "")) for c in art.claims),
        "terms": sorted((f(t.zh), t.en or "", t.abbr or "") for t in art.terms),
    }


@pytest.fixture(scope="module")
def utf8_article(pipe: Pipeline, seed_text: str) -> Article:
    return pipe.run(seed_text.encode("utf-8"), doc_id="seed")


@pytest.fixture(scope="module")
def utf8_html_article(pipe: Pipeline, seed_text: str) -> Article:
    return pipe.run(_as_html(seed_text).encode("utf-8"), doc_id="seed")


ENCODINGS = {
    "big5": lambda t: t.encode("big5", errors="strict") if _big5_ok(t) else t.encode("cp950"),
    "cp950": lambda t: t.encode("cp950"),
    "utf-16-le-bom": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be-bom": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "utf-16-le": lambda t: t.encode("utf-16-le"),
    "utf-16-be": lambda t: t.encode("utf-16-be"),
    "utf-8-bom": lambda t: t.encode("utf-8-sig"),
}


def _big5_ok(text: str) -> bool:
    try:
        text.encode("big5")
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize("name", sorted(ENCODINGS))
def test_seed_same_extraction_in_other_encodings(pipe, seed_text, utf8_article, name):
    art = pipe.run(ENCODINGS[name](seed_text), doc_id="seed")
    assert art.text == utf8_article.text
    assert _items(art) == _items(utf8_article)


def test_seed_gb18030_simplified_same_after_folding(pipe, seed_text, utf8_article):
    simplified = to_simplified(seed_text)
    assert simplified != seed_text
    art = pipe.run(simplified.encode("gb18030"), doc_id="seed")
    assert art.language == "zh-Hans"
    assert to_simplified(art.text) == to_simplified(utf8_article.text)
    assert _folded(art) == _folded(utf8_article)


@pytest.mark.parametrize("declared", ["utf-8", "UTF8", "gbk", "iso-8859-1"])
def test_big5_bytes_with_wrong_meta_charset(pipe, seed_text, utf8_html_article, declared):
    art = pipe.run(_as_html(seed_text, declared).encode("cp950"), doc_id="seed")
    assert art.text == utf8_html_article.text
    assert _items(art) == _items(utf8_html_article)
    assert any(w.code == "W101" for w in art.warnings), "a wrong declaration is recorded as a warning"


def test_big5_bytes_with_wrong_http_header(pipe, seed_text, utf8_html_article):
    art = pipe.run(_as_html(seed_text).encode("cp950"), doc_id="seed", content_type="text/html; charset=utf-8")
    assert art.text == utf8_html_article.text


def test_gb18030_html_with_meta_big5(pipe, seed_text):
    simplified_html = _as_html(to_simplified(seed_text), "big5")
    text, warnings = decode_bytes(simplified_html.encode("gb18030"))
    assert text == simplified_html
    art = pipe.run(simplified_html.encode("gb18030"), doc_id="seed")
    assert art.language == "zh-Hans"


# --- decode_bytes on its own -------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "營收年增12.5%，達3,000億美元。",
    "分析師表示：「泡沫正在形成。」",
    "比爾‧蓋茲說，人工智慧將改變世界。",
])
@pytest.mark.parametrize("enc", ["cp950", "utf-16-le", "utf-16-be"])
def test_short_traditional_sentences_round_trip(sentence, enc):
    assert decode_bytes(sentence.encode(enc))[0] == sentence


@pytest.mark.parametrize("sentence", ["营收年增12.5%，达3,000亿美元。", "分析师表示：「泡沫正在形成。」"])
def test_short_simplified_sentences_round_trip(sentence):
    assert decode_bytes(sentence.encode("gb18030"))[0] == sentence


def test_big5_list_bullet_restored_but_name_separator_kept():
    text = "比爾‧蓋茲說\n• 第一點\n<li>• 第二點</li>"
    assert decode_bytes(text.encode("cp950"))[0] == text


def test_declared_charset_kept_when_it_reads_well():
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Café prices rose 5%.</p></body></html>'
    text, warnings = decode_bytes(page.encode("cp1252"))
    assert text == page
    assert not [w for w in warnings if w["code"] == "W101"]


def test_english_cp1252_smart_quotes():
    page = "<p>\u201cWe are in a bubble,\u201d he said. Shares fell 3%.</p><p>Next paragraph.</p>"
    assert decode_bytes(page.encode("cp1252"))[0] == page


@pytest.mark.parametrize("junk", [
    bytes(range(256)) * 4,
    b"\x00" * 100 + b"abc",
    b"\x89PNG\r\n\x1a\n" + bytes(200),
    codecs.BOM_UTF16_LE + bytes([0x01, 0x00, 0x02, 0x00, 0x41, 0x00]) * 50,
    bytes(__import__("random").Random(8).randrange(128, 256) for _ in range(3000)),
])
def test_binary_junk_is_a_clear_input_error(junk):
    with pytest.raises(InputError) as err:
        decode_bytes(junk, name="junk.bin")
    assert err.value.code == "E106"
    assert "junk.bin" in str(err.value)


def test_undecodable_input_through_pipeline_names_the_input(pipe):
    with pytest.raises(InputError) as err:
        pipe.run(bytes(range(256)) * 8, doc_id="rec-42")
    assert "rec-42" in str(err.value)


# --- the realistic seed page (head meta, JSON-LD, tables) -------------------------------------------------

SAMPLE_PAGE = Path(__file__).resolve().parents[1] / "samples" / "zh-Hant" / "ai-roi-bubble" / "input.html"


def _comparable(art: Article) -> dict:
    d = art.model_dump(mode="json")
    d.pop("warnings", None)
    return d


@pytest.mark.skipif(not SAMPLE_PAGE.exists(), reason="samples/ page not available")
@pytest.mark.parametrize("enc", ["cp950", "utf-16", "utf-16-be", "gb18030"])
def test_sample_page_same_article_in_legacy_encodings(pipe, enc):
    """A Big5 site writes what Big5 lacks (©) as a character reference; the meta tag still says UTF-8."""
    page = SAMPLE_PAGE.read_text(encoding="utf-8")
    want = pipe.run(page.encode("utf-8"), doc_id="page")
    got = pipe.run(page.encode(enc, errors="xmlcharrefreplace"), doc_id="page")
    assert _comparable(got) == _comparable(want)
