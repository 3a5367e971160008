"""``extractor batch``: many records in, one Article per line out, failures recorded, resumable."""

from __future__ import annotations

import sys

import click


@click.command("batch")
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out", required=True, help="Output JSON Lines file, one Article per line (- for stdout).")
@click.option("--errors", "errors_path", help="Failures as JSON Lines (default: OUT.errors.jsonl beside the output).")
@click.option("-j", "--jobs", type=click.IntRange(0), default=None,
              help="Worker processes (default: the number of cores; 0 runs in this process).")
@click.option("--resume", is_flag=True, help="Skip records already complete in OUT and append the rest.")
@click.option("-q", "--quiet", is_flag=True, help="No progress line and no summary on stderr.")
@click.option("--db", "db", help="Also load the Articles into this claims database (SQLite path or URL).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=120.0, show_default=True,
              help="Seconds one record may take before its worker is killed and the record reported.")
@click.option("--max-bytes", type=click.IntRange(1), default=None,
              help="Refuse records (and decompressed lines) larger than this (default 20 MiB).")
@click.option("--follow-symlinks", is_flag=True,
              help="In folders, also follow symlinks that point outside the folder (never in a loop).")
def batch_cmd(paths: tuple[str, ...], out: str, errors_path: str | None, jobs: int | None, resume: bool,
              quiet: bool, db: str | None, timeout: float, max_bytes: int | None, follow_symlinks: bool) -> None:
    """Extract every record of PATHS into OUT, in input order.

    PATHS are directories (recursive regular .html/.htm/.txt files; id = file name without extension,
    sub/name for nested files), globs,
    JSON Lines files, plain or .gz (lines {"id", "html"|"text", "url"?}), WARC or WARC.gz files
    (HTML response records; id = WARC-Record-ID), single files, or - for stdin.

    Exit status: 0 all records ok, 1 some failed, 3 all failed, 2 usage error, 4 write failed
    (disk full), 5 stdout closed by its reader, 130 interrupted.
    """
    from ..batch import run_batch, summary
    from ..batch.readers import UsageError
    from ..batch.safety import WriteFailed
    from ..errors import ConfigError

    try:
        result = run_batch(list(paths), out, errors=errors_path, jobs=jobs, resume=resume, quiet=quiet, db=db,
                           timeout=timeout, max_bytes=max_bytes, follow_symlinks=follow_symlinks)
    except UsageError as exc:
        raise click.UsageError(str(exc)) from exc
    except ConfigError as exc:  # bad options or an unwritable path: a usage error, before any work
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except WriteFailed as exc:  # disk full, I/O error, closed pipe: one line, its own exit code
        click.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    if not quiet:
        click.echo(summary(result), err=True)
    sys.exit(result.exit_code)


COMMANDS = [batch_cmd]
