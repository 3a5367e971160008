"""The database commands as a user runs them: load, search, claims, metrics, db-info, migrate, browse."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.dev import shared_dir

sys.path.insert(0, str(Path(__file__).parent))  # tests/ helpers under --import-mode=importlib

from pg import pg_database, pg_migrated_database, pg_server, pg_template  # noqa: E402,F401 - pytest fixtures
from store_fixtures import TUSK_CLAIM, TUSK_QUOTE, english_article, simplified_article, tusk_article  # noqa: E402

from extractor.cli import cli  # noqa: E402
from extractor.cli.db import metadata_for  # noqa: E402


@pytest.fixture
def out_jsonl(tmp_path: Path) -> Path:
    p = tmp_path / "out.jsonl"
    p.write_text("".join(a.model_dump_json() + "\n" for a in (tusk_article(), simplified_article(), english_article())),
                 encoding="utf-8")
    return p


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "claims.db")
    return request.getfixturevalue("pg_migrated_database")


def run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_cli_load_is_idempotent_and_reports_counts(out_jsonl: Path, db: str) -> None:
    r = run("load", str(out_jsonl), "--db", db, "--json")
    assert r.exit_code == 0, r.output
    first = json.loads(r.stdout)
    assert (first["read"], first["inserted"], first["bad_lines"]) == (3, 3, 0)
    info1 = json.loads(run("db-info", "--db", db, "--json").stdout)
    again = json.loads(run("load", str(out_jsonl), "--db", db, "--json").stdout)
    assert (again["inserted"], again["unchanged"], again["rows"]) == (0, 3, 0)
    info2 = json.loads(run("db-info", "--db", db, "--json").stdout)
    assert info1["rows"] == info2["rows"] and info2["rows"]["articles"] == 3 and info2["schema_version"] == 2


def test_cli_load_reports_bad_lines_with_file_and_line(out_jsonl: Path, tmp_path: Path) -> None:
    lines = out_jsonl.read_text(encoding="utf-8").splitlines()
    bad = tmp_path / "mixed.jsonl"
    bad.write_bytes(("\n".join([lines[0], "{not json", '{"id": "x"}', lines[1]]) + "\n").encode() + b"\xff\xfe\n")
    db = str(tmp_path / "c.db")
    r = run("load", str(bad), "--db", db)
    assert r.exit_code == 1
    assert f"{bad}:2: not JSON" in r.stderr
    assert f"{bad}:3: not an Article: extractor_version: Field required" in r.stderr
    assert f"{bad}:5: not UTF-8" in r.stderr
    assert "Traceback" not in r.output
    assert json.loads(run("db-info", "--db", db, "--json").stdout)["rows"]["articles"] == 2  # good lines loaded
    only_bad = tmp_path / "bad.jsonl"
    only_bad.write_text("nope\n", encoding="utf-8")
    assert run("load", str(only_bad), "--db", db).exit_code == 3


def test_cli_search_prints_span_and_source(out_jsonl: Path, db: str) -> None:
    run("load", str(out_jsonl), "--db", db)
    r = run("search", "循環支出", "--db", db)
    assert r.exit_code == 0
    start = tusk_article().text.index(TUSK_CLAIM)
    row = next(line for line in r.stdout.splitlines() if TUSK_CLAIM in line)
    assert f"{start}-{start + len(TUSK_CLAIM)}" in row and "Bradley Tusk" in row and "ai-roi-bubble" in row
    assert "https://news.example.com/ai-roi-bubble" in row and "2026-02-02" in row
    hits = json.loads(run("search", "循環支出", "--db", db, "--json", "--lang", "zh-Hant").stdout)
    assert [(h["kind"], h["span"], h["article_id"]) for h in hits] == [
        ("claim", [start, start + len(TUSK_CLAIM)], "ai-roi-bubble")]
    rows = list(csv.DictReader(io.StringIO(run("search", "支出", "--db", db, "--csv", "--kind", "metric").stdout)))
    assert {r["article_id"] for r in rows} == {"ai-roi-bubble", "cn-tusk"} and rows[0]["span_start"].isdigit()
    assert json.loads(run("search", "circular", "--db", db, "--json", "--claimant", "Tusk").stdout)[0]["who"] == \
        "Bradley Tusk"


def test_cli_claims_by_lists_quote_and_claims(out_jsonl: Path, db: str) -> None:
    run("load", str(out_jsonl), "--db", db)
    r = run("claims", "--by", "Bradley Tusk", "--db", db)
    assert r.exit_code == 0
    assert TUSK_CLAIM in r.stdout and TUSK_QUOTE in r.stdout
    kinds = [line.split()[0] for line in r.stdout.splitlines()[1:]]
    assert sorted(kinds) == ["claim", "claim", "claim", "quote", "quote"]
    header = r.stdout.splitlines()[0].split()
    assert header == ["kind", "who", "span", "article_id", "published", "url", "text"]


def test_cli_metrics_time_series(out_jsonl: Path, db: str) -> None:
    run("load", str(out_jsonl), "--db", db)
    rows = json.loads(run("metrics", "--label", "資本支出", "--unit", "USD", "--db", db, "--json").stdout)
    assert [(r["published"], r["value"], r["article_id"]) for r in rows] == [
        ("2026-02-02", 5e11, "ai-roi-bubble"), ("2026-02-05", 5e11, "cn-tusk")]
    table = run("metrics", "--label", "資本支出", "--db", db).stdout
    assert "500,000,000,000" in table and "約5,000億美元" in table


def test_cli_reading_a_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    missing = tmp_path / "nothere.db"
    r = run("search", "x", "--db", str(missing))
    assert r.exit_code == 1 and "no database here" in r.stderr and str(missing) in r.stderr
    assert not missing.exists()
    r = run("search", "x", "--db", str(missing), "--since", "yesterday")
    assert r.exit_code == 1


def test_cli_migrate_and_browse(out_jsonl: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "claims.db")
    run("load", str(out_jsonl), "--db", db)
    assert "already at v2" in run("migrate", "--db", db).stdout
    r = run("browse", db, "--print")
    assert r.exit_code == 0 and "datasette serve" in r.stdout and "--metadata" in r.stdout
    meta = json.loads(Path(r.stdout.split("--metadata ")[1].split()[0]).read_text(encoding="utf-8"))
    assert set(meta["databases"]) == {"claims"}
    assert run("browse", "postgresql://x@localhost/y").exit_code == 1


def test_datasette_canned_queries_run_on_a_loaded_database(out_jsonl: Path, tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    run("load", str(out_jsonl), "--db", str(db))
    meta = metadata_for(str(db))
    queries = meta["databases"]["archive"]["queries"]
    con = sqlite3.connect(db)
    by = con.execute(queries["claims_by_claimant"]["sql"], {"name": "Tusk"}).fetchall()
    assert {row[0] for row in by} == {"claim", "quote"} and len(by) == 5
    series = con.execute(queries["metric_over_time"]["sql"], {"label": "資本支出", "unit": "USD"}).fetchall()
    assert [row[0] for row in series] == ["2026-02-02"]  # label matched as written (Traditional)
    assert con.execute(queries["search_text"]["sql"], {"q": "循环支出"}).fetchall()
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    assert set(meta["databases"]["archive"]["tables"]) <= tables  # metadata names only real tables/views
    con.close()


SEED = shared_dir() / "eval/seed/input.jsonl"


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed corpus is not on this machine")
def test_store_seed_through_the_pipeline_loads_once_and_finds_the_circular_spending_claim(tmp_path: Path) -> None:
    from extractor.pipeline import Pipeline

    pipe = Pipeline()
    recs = [json.loads(line) for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    arts = [pipe.run(r.get("html") or r.get("text"), doc_id=r["id"], url=r.get("url")) for r in recs]
    out = tmp_path / "out.jsonl"
    out.write_text("".join(a.model_dump_json() + "\n" for a in arts), encoding="utf-8")
    db = str(tmp_path / "claims.db")
    assert run("load", str(out), "--db", db).exit_code == 0
    before = json.loads(run("db-info", "--db", db, "--json").stdout)["rows"]
    assert run("load", str(out), "--db", db).exit_code == 0
    assert json.loads(run("db-info", "--db", db, "--json").stdout)["rows"] == before
    hits = json.loads(run("search", "資本支出", "--db", db, "--json", "--kind", "claim").stdout)
    assert hits, "no claim containing 資本支出"
    text = {a.id: a.text for a in arts}
    for h in hits:
        assert "資本支出" in h["text"] and text[h["article_id"]][slice(*h["span"])] == h["text"]


def test_datasette_serves_the_shipped_metadata(out_jsonl: Path, tmp_path: Path) -> None:
    datasette_app = pytest.importorskip("datasette.app", reason="datasette is not installed (extra [browse])")
    import asyncio

    db = tmp_path / "claims.db"
    run("load", str(out_jsonl), "--db", str(db))
    ds = datasette_app.Datasette([str(db)], metadata=metadata_for(str(db)))

    async def get(path: str) -> object:
        r = await ds.client.get(path)
        assert r.status_code == 200, (path, r.text[:500])
        return r.json()

    by = asyncio.run(get("/claims/claims_by_claimant.json?name=Bradley+Tusk&_shape=array"))
    assert {r["kind"] for r in by} == {"claim", "quote"}
    facets = asyncio.run(get("/claims/claims.json?_facet=claimant"))
    assert any(f["value"] == "Bradley Tusk" for f in facets["facet_results"]["claimant"]["results"])
    tables = {t["name"]: t for t in asyncio.run(get("/claims.json"))["tables"]}
    assert tables["search"]["hidden"] and not tables["claims"]["hidden"]


def test_cli_load_reads_gzip_and_reports_a_truncated_one(out_jsonl: Path, tmp_path: Path) -> None:
    import gzip

    gz = tmp_path / "out.jsonl.gz"
    gz.write_bytes(gzip.compress(out_jsonl.read_bytes()))
    db = str(tmp_path / "c.db")
    assert run("load", str(gz), "--db", db).exit_code == 0
    assert json.loads(run("db-info", "--db", db, "--json").stdout)["rows"]["articles"] == 3
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(gz.read_bytes()[:-20])
    r = run("load", str(cut), "--db", str(tmp_path / "d.db"))
    assert r.exit_code in (1, 3) and f"{cut}:" in r.stderr and "cannot read further" in r.stderr


def test_cli_output_format_flags_are_exclusive(out_jsonl: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    run("load", str(out_jsonl), "--db", db)
    r = run("search", "支出", "--db", db, "--json", "--csv")
    assert r.exit_code == 2 and "--json" in r.output


def test_cli_load_reads_bz2_xz_and_caps_line_size(out_jsonl: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import bz2
    import gzip
    import lzma

    import extractor.cli.db as clidb

    for i, comp in enumerate((bz2.compress, lzma.compress)):
        packed = tmp_path / f"out{i}.jsonl.x"
        packed.write_bytes(comp(out_jsonl.read_bytes()))  # told by its magic bytes, not its name
        db = str(tmp_path / f"c{i}.db")
        assert run("load", str(packed), "--db", db).exit_code == 0
        assert json.loads(run("db-info", "--db", db, "--json").stdout)["rows"]["articles"] == 3
    lines = out_jsonl.read_text(encoding="utf-8").splitlines()
    monkeypatch.setattr(clidb, "MAX_LINE_BYTES", max(len(lines[0].encode()), len(lines[2].encode())) + 10)
    big = tmp_path / "big.jsonl.gz"
    big.write_bytes(gzip.compress(("\n".join([lines[0], "x" * 200_000, lines[2]]) + "\n").encode()))
    r = run("load", str(big), "--db", str(tmp_path / "big.db"))
    assert r.exit_code == 1 and f"{big}:2: line is over the limit" in r.stderr
    assert json.loads(run("db-info", "--db", str(tmp_path / "big.db"), "--json").stdout)["rows"]["articles"] == 2


def test_cli_load_into_a_path_under_a_file_is_a_clear_error(out_jsonl: Path, tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    target = tmp_path / "f" / "x.db"
    r = run("load", str(out_jsonl), "--db", str(target))
    assert r.exit_code != 0 and "Traceback" not in r.output
    assert "is not a directory" in r.stderr and "does not exist" not in r.stderr and "E210" in r.stderr
