"""extractor.spark on local[2] gives the same Articles (and the same failures) as the local batch."""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_batch_helpers import page_html, read_lines, records, write_jsonl, write_warc  # noqa: E402

from extractor.batch import run_batch  # noqa: E402

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'newsgrounds[spark]')")
if shutil.which("java") is None:
    pytest.skip("no java on PATH: Spark needs a Java 17 runtime", allow_module_level=True)

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # executors run the test's venv, not python3 on PATH
    session = (SparkSession.builder.master("local[2]").appName("extractor-test")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    d = tmp_path_factory.mktemp("spark-in")
    recs: list = records(6)
    recs[5] = '{"id": "broken", "text": '  # one junk line
    jsonl = write_jsonl(d / "a.jsonl", recs)
    warc = write_warc(d / "b.warc.gz", [(f"https://news.example.com/w/{i}", page_html(20 + i).encode("utf-8"),
                                         "text/html; charset=utf-8") for i in range(2)])
    out = d / "local.jsonl"
    res = run_batch([str(jsonl), str(warc)], str(out), jobs=0, quiet=True)
    assert res.exit_code == 1
    return [str(jsonl), str(warc)], read_lines(out), read_lines(d / "local.errors.jsonl")


def _parts(folder: Path) -> list[dict]:
    lines: list[dict] = []
    for part in sorted(folder.glob("part-*")):
        lines.extend(json.loads(x) for x in part.read_text(encoding="utf-8").splitlines() if x.strip())
    return lines


def test_spark_jsonl_output_equals_local_batch(spark, inputs, tmp_path):
    from extractor.spark import run

    paths, local, local_errors = inputs
    counts = run(paths, str(tmp_path / "out"), fmt="jsonl", spark=spark)
    assert counts == {"ok": len(local), "failed": 1}
    got = _parts(tmp_path / "out")
    assert [a["id"] for a in got] == [a["id"] for a in local]  # same input order
    assert {a["id"]: a for a in got} == {a["id"]: a for a in local}
    errors = _parts(tmp_path / "out_errors")
    assert [(e["source"], e["code"]) for e in errors] == [(e["source"], e["code"]) for e in local_errors]


def test_spark_parquet_output_holds_the_same_articles(spark, inputs, tmp_path):
    from extractor.spark import run

    paths, local, _ = inputs
    run(paths, str(tmp_path / "pq"), fmt="parquet", spark=spark)
    rows = spark.read.parquet(str(tmp_path / "pq")).orderBy("id").collect()
    by_id = {a["id"]: a for a in local}
    assert sorted(r["id"] for r in rows) == sorted(by_id)
    for r in rows:
        assert json.loads(r["article"]) == by_id[r["id"]]
        assert r["language"] == by_id[r["id"]]["language"] and r["url"] == by_id[r["id"]]["source"]["url"]
