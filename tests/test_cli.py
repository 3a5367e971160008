import json

import pytest
from click.testing import CliRunner

from extractor.cli import cli
from extractor.model import Article


@pytest.fixture()
def runner():
    return CliRunner()


def test_every_command_has_help(runner):
    res = runner.invoke(cli, ["--help"])
    assert res.exit_code == 0
    for name, cmd in cli.commands.items():
        assert cmd.help, f"{name} has no help text"
        assert runner.invoke(cli, [name, "--help"]).exit_code == 0


def test_version(runner):
    res = runner.invoke(cli, ["--version"])
    assert res.exit_code == 0 and "extractor" in res.output


def test_extract_prints_one_article(runner, tmp_path, seed_text):
    p = tmp_path / "seed.txt"
    p.write_text(seed_text, "utf-8")
    res = runner.invoke(cli, ["extract", str(p)])
    assert res.exit_code == 0, res.output
    art = Article.model_validate_json(res.stdout)
    assert art.id == "seed" and art.language == "zh-Hant" and art.terms


def test_extract_from_stdin(runner):
    res = runner.invoke(cli, ["extract", "-", "--nl"], input="廠商搶購圖形處理單元(Graphics Processing Units,GPUs)。".encode())
    assert res.exit_code == 0
    assert len(res.stdout.strip().splitlines()) == 1
    assert json.loads(res.stdout)["id"] == "stdin"


def test_bad_input_gives_a_clear_error_not_a_traceback(runner, tmp_path):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    res = runner.invoke(cli, ["extract", str(empty)])
    assert res.exit_code == 1
    assert "empty.html" in res.output and "empty" in res.output
    assert "Traceback" not in res.output
    res = runner.invoke(cli, ["extract", str(tmp_path / "missing.html")])
    assert res.exit_code == 1 and "no such file" in res.output


def test_schema_command_matches_committed_schema(runner):
    from extractor.dev import ROOT

    res = runner.invoke(cli, ["schema"])
    assert res.exit_code == 0
    assert json.loads(res.stdout) == json.loads((ROOT / "schemas" / "article.schema.json").read_text("utf-8"))


def test_validate(runner, tmp_path, seed_text):
    from extractor import extract
    from extractor.export import dumps

    good = tmp_path / "good.jsonl"
    good.write_text(dumps(extract(seed_text, doc_id="a")) + "\n", "utf-8")
    assert runner.invoke(cli, ["validate", str(good)]).exit_code == 0
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', "utf-8")
    res = runner.invoke(cli, ["validate", str(bad)])
    assert res.exit_code == 1 and "bad.jsonl:1" in res.output


def test_glossary_merges_mined_terms(runner, tmp_path):
    from extractor import extract
    from extractor.export import dumps

    out = tmp_path / "o.jsonl"
    out.write_text(dumps(extract("警告「循環支出(circular spending)」的風險。", doc_id="a")) + "\n", "utf-8")
    res = runner.invoke(cli, ["glossary", str(out)])
    entries = {e["zh"]: e for e in json.loads(res.stdout)}
    assert entries["循環支出"]["en"] == "circular spending"
    assert entries["人工智慧"]["abbr"] == "AI"
