"""Claims-database commands: ``load``, ``search``, ``claims``, ``metrics``, ``db-info``, ``migrate``, ``browse``.

Thin by design: parse options, call :mod:`extractor.store`, print. Results go to stdout (an aligned table,
or ``--json`` / ``--csv``); summaries and bad-line reports go to stderr.
"""

from __future__ import annotations

import bz2
import csv
import gzip
import io
import json
import lzma
import os
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from ..errors import install_hint
from ..limits import DEFAULT_MAX_BYTES

DEFAULT_DB = "claims.db"
# An Article line holds its text twice (text, source_text) plus every item: allow a few times the
# largest input (limits.DEFAULT_MAX_BYTES) per line, and refuse longer lines rather than hold them.
MAX_LINE_BYTES = 8 * DEFAULT_MAX_BYTES
_db_option = click.option("--db", "db", default=DEFAULT_DB, envvar="EXTRACTOR_DB", show_default=True,
                          help="SQLite path, sqlite:///path or postgresql://... (env EXTRACTOR_DB).")


def _open(db: str, *, must_exist: bool) -> Any:
    from ..store import open_store

    if must_exist:
        _require_existing(db)  # reading must not silently create an empty database somewhere
    return open_store(db)


def _output_options(f: Callable[..., Any]) -> Callable[..., Any]:
    f = click.option("--csv", "as_csv", is_flag=True, help="Print CSV.")(f)
    f = click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")(f)
    return f


def _filter_options(f: Callable[..., Any]) -> Callable[..., Any]:
    for opt in reversed((
        click.option("--since", help="Published on or after this date (2026-02-02, 2026-02, 2026)."),
        click.option("--until", help="Published on or before this date (inclusive)."),
        click.option("--lang", help="Article language: zh, zh-Hant, zh-Hans, en."),
        click.option("--site", help="Site name or a part of the URL's host."),
        click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many rows."),
    )):
        f = opt(f)
    return f


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in s)


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{int(v):,}" if v.is_integer() else f"{v:,.6g}"
    if isinstance(v, list):
        return "-".join(str(x) for x in v)
    return str(v).replace("\n", " ")


def _emit(rows: list[dict[str, Any]], columns: list[str], as_json: bool, as_csv: bool) -> None:
    if as_json and as_csv:
        raise click.UsageError("choose one of --json and --csv")
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if as_csv:
        buf = io.StringIO()
        flat = [c for col in columns for c in (("span_start", "span_end") if col == "span" else (col,))]
        w = csv.DictWriter(buf, fieldnames=flat, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            rr = dict(r)
            if "span" in rr:
                rr["span_start"], rr["span_end"] = rr["span"]
            w.writerow(rr)
        click.echo(buf.getvalue(), nl=False)
        return
    if not rows:
        click.echo("no matches", err=True)
        return
    table = [[c for c in columns]] + [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [max(_width(row[i]) for row in table) for i in range(len(columns))]
    for row in table:
        # The last column (the text) is not padded, so long text wraps without breaking the alignment.
        cells = [c + " " * (widths[i] - _width(c)) for i, c in enumerate(row[:-1])] + [row[-1]]
        click.echo("  ".join(cells).rstrip())


def _articles(paths: tuple[str, ...], bad: list[str], counter: list[int]) -> Iterator[Any]:
    """Articles from JSON Lines files; a bad line is reported as file:line and skipped."""
    import zlib

    from pydantic import ValidationError

    from ..limits import compression_of
    from ..model import Article

    for p in paths:
        name = "<stdin>" if p == "-" else p
        fh = sys.stdin.buffer if p == "-" else open(p, "rb")  # noqa: SIM115 - closed below
        n = 0
        try:
            # A compressed JSONL (out.jsonl.gz, .bz2, .xz; told by its first bytes) is read as a stream.
            kind = compression_of(fh.peek(8)[:8]) if hasattr(fh, "peek") else None
            opener = {"gzip": gzip.open, "bz2": bz2.open, "xz": lzma.open}.get(kind or "")
            stream = opener(fh, "rb") if opener else fh  # type: ignore[operator]
            for n, raw in enumerate(_lines(stream), 1):
                if raw is None:
                    bad.append(f"{name}:{n}: line is over the limit of {MAX_LINE_BYTES} bytes")
                    counter[0] += 1
                    click.echo(f"error: {bad[-1]}", err=True)
                    continue
                if not raw.strip():
                    continue
                counter[0] += 1
                try:
                    data = json.loads(raw.decode("utf-8"))
                    yield Article.model_validate(data)
                except UnicodeDecodeError as exc:
                    bad.append(f"{name}:{n}: not UTF-8 ({exc.reason} at byte {exc.start})")
                except json.JSONDecodeError as exc:
                    bad.append(f"{name}:{n}: not JSON ({exc.msg} at column {exc.colno})")
                except ValidationError as exc:
                    errs = exc.errors()
                    shown = "; ".join(f"{'.'.join(str(x) for x in e['loc']) or '(record)'}: {e['msg']}"
                                      for e in errs[:3])
                    more = f" (+{len(errs) - 3} more)" if len(errs) > 3 else ""
                    bad.append(f"{name}:{n}: not an Article: {shown}{more}")
                else:
                    continue
                click.echo(f"error: {bad[-1]}", err=True)
        except (OSError, EOFError, zlib.error, lzma.LZMAError) as exc:  # a truncated or corrupt archive
            bad.append(f"{name}:{n + 1}: cannot read further ({exc})")
            counter[0] += 1
            click.echo(f"error: {bad[-1]}", err=True)
        finally:
            if fh is not sys.stdin.buffer:
                fh.close()


def _lines(stream: Any) -> Iterator[bytes | None]:
    """Lines of a binary stream, each read with a cap: a line over MAX_LINE_BYTES is skipped to its end
    in chunks and given as None, so neither a huge line nor a decompression bomb can exhaust memory."""
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 16)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


@click.command("load")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@_db_option
@click.option("--batch-size", type=click.IntRange(min=1), default=500, show_default=True,
              help="Articles per transaction.")
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON on stdout.")
@click.option("-s", "--silent", is_flag=True, help="No summary on stderr.")
def load_cmd(paths: tuple[str, ...], db: str, batch_size: int, as_json: bool, silent: bool) -> None:
    """Load Articles (the JSON Lines output of `extractor batch`) into the claims database.

    Loading is idempotent: the same article again adds nothing, a newer extractor version replaces
    that article's rows. Bad lines are reported as FILE:LINE and skipped; the exit code is then 1
    (3 when no line could be loaded).
    """
    from ..limits import check_writable

    if not db.startswith(("postgresql://", "postgres://")) and db != ":memory:":
        # A database under a file, in a read-only directory...: say so before reading any input.
        check_writable(db[len("sqlite:///"):] if db.startswith("sqlite:///") else db, what="database")
    bad: list[str] = []
    seen = [0]
    with _open(db, must_exist=False) as store:
        counts = store.load_articles(_articles(paths, bad, seen), batch_size=batch_size)
        name = store.name
    for problem in counts.problems:
        click.echo(f"error: {name}: {problem}", err=True)
    summary = {"read": seen[0], **counts.as_dict(), "bad_lines": len(bad)}
    if as_json:
        click.echo(json.dumps(summary, ensure_ascii=False))
    if not silent:
        click.echo(f"{name}: " + ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in summary.items()), err=True)
    failed = len(bad) + counts.rejected
    if failed:
        sys.exit(3 if failed == seen[0] else 1)


ITEM_COLUMNS = ["kind", "who", "span", "article_id", "published", "url", "text"]


@click.command("search")
@click.argument("text")
@_db_option
@click.option("--kind", "kinds", multiple=True, type=click.Choice(["claim", "quote", "metric"]),
              help="Only these kinds (repeatable); default all three.")
@click.option("--speaker", "--claimant", "who", help="Said or held by this person/organisation (name or alias).")
@_filter_options
@_output_options
def search_cmd(text: str, db: str, kinds: tuple[str, ...], who: str | None, as_json: bool, as_csv: bool,
               **filters: Any) -> None:
    """Full-text search of claims, quotes and metric labels (Chinese-aware; Traditional finds Simplified).

    Shows the newest 200 matches unless --limit says otherwise.
    """
    limit = filters.pop("limit") or 200
    with _open(db, must_exist=True) as store:
        rows = store.search(text, kinds=kinds or ("claim", "quote", "metric"), who=who, limit=limit, **filters)
    if len(rows) == limit:
        click.echo(f"note: showing the newest {limit} matches; use --limit for more", err=True)
    cols = ITEM_COLUMNS if not any(r["kind"] == "metric" for r in rows) else [*ITEM_COLUMNS[:-1], "label", "text"]
    _emit(rows, cols, as_json, as_csv)


@click.command("claims")
@click.option("--by", "name", required=True, help="Canonical name or alias, e.g. 'Bradley Tusk' or 'Tusk'.")
@_db_option
@click.option("--kind", "kinds", multiple=True, type=click.Choice(["claim", "quote"]),
              help="Only claims or only quotes; default both.")
@_filter_options
@_output_options
def claims_cmd(name: str, db: str, kinds: tuple[str, ...], as_json: bool, as_csv: bool, **filters: Any) -> None:
    """What one person or organisation claimed and said, newest first."""
    with _open(db, must_exist=True) as store:
        rows = store.claims_by(name, kinds=kinds or ("claim", "quote"), **filters)
    _emit(rows, ITEM_COLUMNS, as_json, as_csv)


METRIC_COLUMNS = ["published", "value", "low", "high", "unit", "qualifier", "per", "period", "span", "article_id",
                  "url", "label", "text"]


@click.command("metrics")
@click.option("--label", help="Label contains this (script- and case-insensitive), e.g. 資本支出.")
@click.option("--unit", help="Unit exactly: USD, TWD, %, pp, ...")
@_db_option
@_filter_options
@_output_options
def metrics_cmd(label: str | None, unit: str | None, db: str, as_json: bool, as_csv: bool, **filters: Any) -> None:
    """A metric's time series across articles, oldest first."""
    with _open(db, must_exist=True) as store:
        rows = store.metric_series(label, unit, **filters)
    _emit(rows, METRIC_COLUMNS, as_json, as_csv)


@click.command("db-info")
@_db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def db_info_cmd(db: str, as_json: bool) -> None:
    """Schema version and row counts of a claims database."""
    with _open(db, must_exist=True) as store:
        info = {"database": store.name, "backend": store.dialect, "schema_version": store.schema_version(),
                "rows": store.counts()}
    if as_json:
        click.echo(json.dumps(info, ensure_ascii=False, indent=2))
        return
    click.echo(f"database        {info['database']} ({info['backend']})")
    click.echo(f"schema version  {info['schema_version']}")
    for t, n in info["rows"].items():
        click.echo(f"{t:<15} {n}")


@click.command("migrate")
@_db_option
def migrate_cmd(db: str) -> None:
    """Create the schema or bring it to the latest version (also done on every open)."""
    from ..store import LATEST

    with _open_unmigrated(db) as store:
        before = store.schema_version()
        applied = store.migrate()
    click.echo(f"{db}: schema v{before} -> v{applied[-1]}" if applied else f"{db}: already at v{LATEST}")


def _require_existing(db: str) -> None:
    from ..errors import StoreError

    path = db[len("sqlite:///"):] if db.startswith("sqlite:///") else db
    if not db.startswith(("postgresql://", "postgres://")) and not Path(path).exists():
        raise StoreError("no database here; create it with: extractor load OUT.jsonl --db " + path, source=path)


def _open_unmigrated(db: str) -> Any:
    from ..store import open_store

    _require_existing(db)
    return open_store(db, migrate=False)


def metadata_for(db_path: str) -> dict[str, Any]:
    """The shipped Datasette metadata, keyed by this database's name (Datasette uses the file stem)."""
    from importlib import resources

    meta = json.loads(resources.files("extractor.data").joinpath("datasette_metadata.json").read_text("utf-8"))
    meta["databases"] = {Path(db_path).stem: meta["databases"]["claims"]}
    return meta


@click.command("browse")
@click.argument("db", default=DEFAULT_DB, envvar="EXTRACTOR_DB")
@click.option("--print", "print_only", is_flag=True, help="Print the datasette command instead of running it.")
@click.option("-p", "--port", type=int, default=8001, show_default=True)
def browse_cmd(db: str, print_only: bool, port: int) -> None:
    """Open a SQLite claims database in Datasette (extra [browse]) with facets and canned queries."""
    import importlib.util
    import tempfile

    from ..errors import ConfigError, StoreError

    if db.startswith(("postgresql://", "postgres://")):
        raise ConfigError("Datasette browses SQLite files; load a SQLite copy with --db claims.db", source=db)
    db = db[len("sqlite:///"):] if db.startswith("sqlite:///") else db
    if not Path(db).exists():
        raise StoreError("no database here; create it with: extractor load OUT.jsonl --db " + db, source=db)
    with _open(db, must_exist=True):
        pass  # migrate to the latest schema so the canned queries' columns exist
    meta_path = Path(tempfile.gettempdir()) / f"extractor-datasette-{Path(db).stem}.json"
    meta_path.write_text(json.dumps(metadata_for(db), ensure_ascii=False, indent=2), encoding="utf-8")
    cmd = [sys.executable, "-m", "datasette", "serve", db, "--metadata", str(meta_path), "--port", str(port)]
    if print_only:
        click.echo(" ".join(cmd))
        return
    if importlib.util.find_spec("datasette") is None:
        raise ConfigError(f"browsing needs the browse extra: {install_hint('browse')}", source=db)
    os.execv(cmd[0], cmd)


COMMANDS = [load_cmd, search_cmd, claims_cmd, metrics_cmd, db_info_cmd, migrate_cmd, browse_cmd]
