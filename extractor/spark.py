"""Run the same extraction on a Spark cluster (extra ``[spark]``): WARC and JSON Lines in, JSONL or Parquet out.

    spark-submit --master yarn "$(python -c 'import extractor.spark as m; print(m.__file__)')" \\
        --input /shared/crawl/ --output /shared/out --format parquet
    python -m extractor.spark --input archive.jsonl.gz --output out/ --format jsonl --master 'local[2]'

Like cc-pyspark, the unit of work is one input file: the driver lists the files, each Spark task
streams one file with the batch readers and extracts its records with ``extractor.batch.work`` (the
very code the local ``extractor batch`` runs), so both give the same JSON for the same record. Output
keeps input order (file, then record), so the part files concatenated in name order equal the local
batch output. Failures go to ``OUTPUT_errors`` (JSON Lines: id, source, stage, code, reason).
"""

from __future__ import annotations

import argparse
import glob
import os
import sys
from collections.abc import Iterator
from typing import Any

from extractor.errors import ConfigError, ExtractorError, install_hint

_PIPE: Any = None  # one warmed-up Pipeline per Python worker (Spark reuses its Python workers)


def _pipeline(max_bytes: int | None) -> Any:
    global _PIPE
    if _PIPE is None:
        from extractor.batch.job import warm_up
        from extractor.pipeline import DEFAULT_MAX_BYTES, Pipeline

        _PIPE = Pipeline(max_bytes=max_bytes or DEFAULT_MAX_BYTES)
        warm_up(_PIPE)
    return _PIPE


def list_inputs(paths: list[str]) -> list[str]:
    """Files of every path (directories of .jsonl/.warc files, globs), sorted; fails on a path that is missing."""
    from extractor.batch.readers import JSONL_SUFFIXES, WARC_SUFFIXES

    files: list[str] = []
    for p in paths:
        if "://" in p and not p.startswith("file://"):
            files.append(p)  # remote: opened by the executors through fsspec
            continue
        p = p.removeprefix("file://")
        if os.path.isdir(p):
            for dirpath, dirnames, names in os.walk(p):
                dirnames.sort()
                files.extend(os.path.join(dirpath, n) for n in sorted(names)
                             if n.lower().endswith(JSONL_SUFFIXES + WARC_SUFFIXES))
        elif os.path.exists(p):
            files.append(p)
        else:
            hits = sorted(glob.glob(p, recursive=True))
            if not hits:
                raise ConfigError(f"--input {p!r}: no such file, or the pattern matches nothing", code="E213")
            files.extend(hits)
    return files


def _open(path: str) -> Any:
    if "://" in path:
        try:
            import fsspec  # type: ignore[import-not-found]
        except ImportError as exc:
            raise ConfigError(f"reading {path} needs fsspec (pip install fsspec s3fs)", code="E214") from exc
        return fsspec.open(path, "rb").open()
    return open(path, "rb")  # noqa: SIM115 - closed by the caller


def extract_file(file_index: int, path: str, max_bytes: int | None = None) -> Iterator[tuple[Any, ...]]:
    """Rows ``(file_index, record_index, status, id, source, json)`` for every record of one file."""
    import json

    from extractor.batch.readers import iter_jsonl, iter_warc
    from extractor.batch.records import UNREADABLE, error_record
    from extractor.batch.work import process

    pipe = _pipeline(max_bytes)  # built and warmed once per Python worker
    limit = pipe.max_bytes
    try:
        fh = _open(path)
    except (OSError, ExtractorError) as exc:
        err = error_record(id=None, source=path, stage="read", code=UNREADABLE, reason=f"cannot open: {exc}")
        yield (file_index, 0, "error", None, path, json.dumps(err, ensure_ascii=False))
        return
    with fh:
        if not hasattr(fh, "peek"):
            import io

            fh = io.BufferedReader(fh)
        head = fh.peek(64)[:64]
        from extractor.batch.readers import _kind_of

        kind = _kind_of(path, head)
        if kind == "warc":
            tasks = iter_warc(fh, path, limit)
        elif kind == "jsonl":
            tasks = iter_jsonl(fh, path, limit)
        else:  # a single page: the same Task the local batch makes for it, so the output is the same
            from pathlib import PurePosixPath

            from extractor.batch.records import Task

            tasks = iter([Task("file", path, path) if "://" not in path else
                          Task("doc", path, fh.read(limit + 1), {"id": PurePosixPath(path).stem, "url": path})])
        for i, task in enumerate(tasks):
            status, rid, data = process(task, pipe)
            if status == "error":
                data = json.dumps(data, ensure_ascii=False)
            yield (file_index, i, status, rid, task.source, data)


def run(inputs: list[str], output: str, *, fmt: str = "jsonl", errors: str | None = None,
        master: str | None = None, max_bytes: int | None = None, spark: Any = None) -> dict[str, int]:
    """Extract every record of ``inputs`` on Spark; returns {"ok": n, "failed": n}."""
    try:
        from pyspark.sql import SparkSession
        from pyspark.sql.types import IntegerType, LongType, StringType, StructField, StructType
    except ImportError as exc:
        raise ConfigError(f"the Spark runner needs pyspark: {install_hint('spark')}", code="E215") from exc
    if fmt not in ("jsonl", "parquet"):
        raise ConfigError(f"--format must be jsonl or parquet, not {fmt!r}", code="E216")
    files = list_inputs(inputs)
    if spark is None:
        builder = SparkSession.builder.appName("extractor")
        if master:
            builder = builder.master(master)
        if (not master or master.startswith("local")) and "PYSPARK_PYTHON" not in os.environ:
            # Local executors must run this interpreter (the one with extractor and warcio installed), not
            # whatever `python3` is first on PATH.
            os.environ["PYSPARK_PYTHON"] = sys.executable
        spark = builder.getOrCreate()
        spark.sparkContext.setLogLevel("WARN")  # Spark's INFO chatter would bury our summary line
    sc = spark.sparkContext
    schema = StructType([
        StructField("file", IntegerType(), False), StructField("record", LongType(), False),
        StructField("status", StringType(), False), StructField("id", StringType(), True),
        StructField("source", StringType(), False), StructField("json", StringType(), False),
    ])
    rows = (sc.parallelize(list(enumerate(files)), max(1, len(files)))
            .flatMap(lambda fp: extract_file(fp[0], fp[1], max_bytes)))
    df = spark.createDataFrame(rows, schema).persist()  # extracted once, read by the counts and both writers
    try:
        counts = {r["status"]: r["count"] for r in df.groupBy("status").count().collect()}
        # No sort needed: one partition per input file, in file order, records in file order, and
        # filters are narrow, so part-00000, part-00001, ... concatenated are in input order.
        ok = df.where("status = 'ok'")
        if fmt == "jsonl":
            ok.select("json").write.mode("overwrite").text(output)
        else:
            from pyspark.sql.functions import get_json_object

            (ok.select("id", get_json_object("json", "$.language").alias("language"),
                       get_json_object("json", "$.title").alias("title"),
                       get_json_object("json", "$.published").alias("published"),
                       get_json_object("json", "$.source.url").alias("url"),
                       "source", ok["json"].alias("article"))
               .write.mode("overwrite").parquet(output))
        errors = errors or output.rstrip("/") + "_errors"
        df.where("status = 'error'").select("json").write.mode("overwrite").text(errors)
    finally:
        df.unpersist()
    return {"ok": counts.get("ok", 0), "failed": counts.get("error", 0)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m extractor.spark", description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", action="append", required=True, help="WARC(.gz) / JSON Lines(.gz) path, dir or glob")
    ap.add_argument("--output", required=True, help="output directory (Spark part files)")
    ap.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl")
    ap.add_argument("--errors", help="errors directory (default: OUTPUT_errors)")
    ap.add_argument("--master", help="Spark master, e.g. local[2] (default: from spark-submit)")
    ap.add_argument("--max-bytes", type=int, default=None, help="largest record accepted (default 20 MiB)")
    args = ap.parse_args(argv)
    try:
        counts = run(args.input, args.output, fmt=args.format, errors=args.errors, master=args.master,
                     max_bytes=args.max_bytes)
    except ExtractorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"extractor.spark: {counts['ok']} written to {args.output}, {counts['failed']} failed", file=sys.stderr)
    if counts["failed"]:
        return 3 if not counts["ok"] else 1
    return 0


if __name__ == "__main__":
    # Import by module name so Spark pickles references to extractor.spark, not copies of __main__.
    from extractor.spark import main as _main

    sys.exit(_main())
