"""A JSON Lines record's own metadata (title, published/date, url, site, authors, category) is kept."""

from __future__ import annotations

import json

from click.testing import CliRunner

from extractor.cli import cli

TEXT = "台積電今天宣布，第二季營收年增12%。分析師認為，需求將持續強勁。"


def _record(**extra):
    return {"id": "r1", "text": TEXT, **extra}


def test_batch_keeps_a_records_title_date_url_and_category(tmp_path):
    src = tmp_path / "in.jsonl"
    rec = _record(title="台積電營收創新高", date="2017/06/28", url="https://example.com/news/1",
                  category="產經", authors=["王大明", "李小華"], site="範例新聞")
    src.write_text(json.dumps(rec, ensure_ascii=False) + "\n", "utf-8")
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(cli, ["batch", str(src), "--out", str(out), "-q"])
    assert res.exit_code == 0, res.output
    art = json.loads(out.read_text("utf-8"))
    assert (art["title"], art["published"], art["category"], art["site"]) == ("台積電營收創新高", "2017-06-28",
                                                                              "產經", "範例新聞")
    assert art["authors"] == ["王大明", "李小華"] and art["source"]["url"] == "https://example.com/news/1"


def test_a_records_title_wins_over_the_pages_own():
    from extractor import Pipeline

    html = "<html><head><title>Page title</title></head><body><article><p>" + TEXT + "</p></article></body></html>"
    art = Pipeline().run(html, doc_id="h", record={"title": "Record title", "published": "2017-06-28"})
    assert art.title == "Record title" and art.published == "2017-06-28"


def test_extract_reads_a_json_lines_record_instead_of_its_raw_json():
    rec = _record(title="台積電營收創新高", published="2017-06-28")
    res = CliRunner().invoke(cli, ["extract", "-", "--nl"], input=json.dumps(rec, ensure_ascii=False))
    assert res.exit_code == 0, res.output
    art = json.loads(res.output)
    assert art["id"] == "r1" and art["title"] == "台積電營收創新高" and art["text"].startswith("台積電今天宣布")
    assert '"id"' not in art["text"]


def test_extract_refuses_several_records_and_unusable_ones(tmp_path):
    two = tmp_path / "two.jsonl"
    two.write_text("\n".join(json.dumps(_record(id=f"r{i}"), ensure_ascii=False) for i in range(2)) + "\n", "utf-8")
    res = CliRunner().invoke(cli, ["extract", str(two)])
    assert res.exit_code != 0 and "E125" in res.output and "extractor batch" in res.output
    res = CliRunner().invoke(cli, ["extract", "-"], input='{"id": "x", "body": "no text field"}')
    assert res.exit_code != 0 and "E122" in res.output and "Traceback" not in res.output


def test_extract_id_option_wins_over_the_records_id():
    res = CliRunner().invoke(cli, ["extract", "-", "--nl", "--id", "mine"], input=json.dumps(_record(), ensure_ascii=False))
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["id"] == "mine"
