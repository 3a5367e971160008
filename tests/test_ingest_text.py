"""Plain-text ingest: title/site by layout, bylines, datelines, crawler debris."""

from __future__ import annotations

from pathlib import Path

from extractor.ingest import ingest
from extractor.ingest.text import clean_debris, parse_text

SEED_TXT = Path(__file__).resolve().parents[1] / "samples/zh-Hant/ai-roi-bubble/input.txt"
BODY = "台積電今天召開法說會，財務長表示，第四季營收預估介於 261 億至 269 億美元，毛利率約 59.5%。"


def test_seed_text_site_title_and_dateline():
    result = parse_text(SEED_TXT.read_text(encoding="utf-8"))
    assert result.meta.site == "AI News"
    assert result.meta.title == "投資人質疑人工智慧(artificial intelligence)投資報酬率(ROI),泡沫恐懼升溫"
    assert result.meta.published == "2026-02-02"
    assert result.text.startswith("AI News\n")  # the text itself is kept as given


def test_headline_without_site_line():
    result = parse_text(f"台積電法說會登場 營收創新高\n\n{BODY}\n\n{BODY}")
    assert (result.meta.title, result.meta.site) == ("台積電法說會登場 營收創新高", None)


def test_body_only_text_has_no_title():
    assert parse_text(f"{BODY}\n{BODY}\n{BODY}").meta.title is None
    assert parse_text(BODY * 5).meta.title is None


def test_bylines_give_authors():
    assert parse_text(f"記者王小明／台北報導\n\n{BODY}").meta.authors == ("王小明",)
    assert parse_text(f"記者王小明、李大華／台北報導\n{BODY}").meta.authors == ("王小明", "李大華")
    assert parse_text("Chip sales rise\n\nBy Jane Roe and John Doe\n\nSales rose 5% in May.").meta.authors == \
        ("Jane Roe", "John Doe")
    assert parse_text(BODY).meta.authors == ()


def test_agency_dateline_is_recorded():
    result = parse_text(f"（中央社記者王大明台北2日電）{BODY}")
    assert result.meta.dateline == "（中央社記者王大明台北2日電）"


def test_share_widget_debris_becomes_a_paragraph_break():
    raw = f"歐盟對Google開罰。 （美聯社）   分享       facebook           {BODY}"
    assert clean_debris(raw) == f"歐盟對Google開罰。 （美聯社）\n{BODY}"


def test_trailing_link_menu_is_dropped_but_body_kept():
    raw = f"{BODY}》自營商進出明細 &nbsp\xa0 》外資持股增減排行》即時選股找重點 &nbsp\xa0 》漲跌幅即時排行"
    assert clean_debris(raw) == BODY
    # One "》" in prose is not a menu.
    assert clean_debris("他說》這是結論") == "他說》這是結論"


def test_ingest_sniffs_plain_text():
    result = ingest(f"台積電法說會登場\n\n{BODY}".encode(), name="a.txt")
    assert not result.is_html and result.meta.title == "台積電法說會登場"


def test_photo_caption_before_share_widget_is_not_the_title():
    # A crawled udn page starts with the photo caption, then the share buttons, then the story.
    raw = f"董事長王大明（右）出席股東會。 記者李小華／攝影   分享       facebook           {BODY}\n{BODY}\n{BODY}"
    result = parse_text(raw)
    assert result.meta.title is None
    assert result.text.startswith("董事長王大明（右）出席股東會。 記者李小華／攝影\n")  # caption kept in the text
    # A real headline line still is one.
    assert parse_text(f"台積電法說會登場\n\n{BODY}\n{BODY}").meta.title == "台積電法說會登場"
