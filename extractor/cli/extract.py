"""``extractor extract``, ``schema``, ``validate`` and ``glossary``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import InputError
from ..gcpause import one_shot


@click.command("extract")
@click.argument("source", type=click.Path(allow_dash=True, dir_okay=False, path_type=str))
@click.option("--id", "doc_id", help="Article id (default: file name without extension).")
@click.option("--url", help="The page's URL (used for site and canonical URL).")
@click.option("--lang", "language", type=click.Choice(["zh-Hant", "zh-Hans", "en"]), help="Skip language detection.")
@click.option("--nl", is_flag=True, help="One line of JSON instead of indented.")
@click.option("--max-bytes", type=int, default=None, help="Refuse inputs larger than this (default 20 MiB).")
@click.option("--timeout", "time_budget", type=float, default=None, help="Per-document time budget in seconds of CPU time.")
def extract_cmd(source: str, doc_id: str | None, url: str | None, language: str | None, nl: bool,
                max_bytes: int | None, time_budget: float | None) -> None:
    """Extract one Article from FILE (HTML or text; - for stdin) and print it as JSON."""
    # One page and exit: pydantic, the lexicons and jieba's trie are loaded for it and live to the end, so the
    # cyclic collector would only walk them (see extractor.gcpause).
    with one_shot():
        _extract(source, doc_id, url, language, nl, max_bytes, time_budget)


def _extract(source: str, doc_id: str | None, url: str | None, language: str | None, nl: bool,
             max_bytes: int | None, time_budget: float | None) -> None:
    from ..export import dumps
    from ..pipeline import DEFAULT_MAX_BYTES, DEFAULT_TIME_BUDGET, Pipeline

    given_id = doc_id
    if source == "-":
        data: bytes | Path = sys.stdin.buffer.read()
        doc_id = doc_id or "stdin"
    else:
        p = Path(source)
        if not p.exists():
            raise InputError("no such file", source=source, code="E101")
        data = p
        doc_id = doc_id or p.stem
    record = None
    if source == "-" or Path(source).suffix.lower() in (".jsonl", ".json", ".ndjson"):
        raw = data if isinstance(data, bytes) else _read(data, max_bytes or DEFAULT_MAX_BYTES)
        record = _json_record(raw, source)
        if record is not None:
            data = record["html"] if record.get("html") is not None else record["text"]
            doc_id = given_id or record["id"]  # --id wins, else the record's own id
            url = url or record.get("url")
    pipe = Pipeline(max_bytes=max_bytes or DEFAULT_MAX_BYTES, time_budget=time_budget or DEFAULT_TIME_BUDGET)
    art = pipe.run(data, doc_id=doc_id, url=url, language=language, record=record,
                   **({"content_type": "text/plain"} if record is not None and record.get("html") is None else {}))
    click.echo(dumps(art, indent=None if nl else 2))


def _read(path: Path, max_bytes: int) -> bytes:
    from ..limits import read_limited

    return read_limited(path, max_bytes, name=str(path))


def _json_record(raw: bytes, source: str) -> dict | None:
    """A JSON Lines record (``{"id", "html"|"text", "url", "title", ...}``) given to ``extract``, or None
    when the input is not JSON at all (then it is read as text). JSON that is not one usable record is
    refused with the reason, rather than extracted as if the raw JSON were the article."""
    from ..batch.records import Task
    from ..batch.work import parse_line

    body = raw.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not body.startswith(b"{"):
        return None
    lines = [ln for ln in body.splitlines() if ln.strip()]
    if len(lines) > 1:
        try:
            json.loads(body)
        except ValueError:
            raise InputError(f"holds {len(lines)} JSON Lines records; use `extractor batch` for more than one",
                             source=source, code="E125") from None
    rec, err = parse_line(Task("line", source, body))
    if err is not None:
        if err[2]["code"] == "E120":  # not JSON after all: a text that starts with a brace
            return None
        raise InputError(f"a JSON record, but unusable: {err[2]['reason']}", source=source, code=err[2]["code"])
    return rec


@click.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema of an Article."""
    from ..export import article_schema

    click.echo(json.dumps(article_schema(), ensure_ascii=False, indent=2))


@click.command("validate")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
def validate_cmd(path: str) -> None:
    """Check that every line of a JSON Lines file is a valid Article with exact spans."""
    from pydantic import ValidationError

    from ..model import Article

    bad = 0
    n = 0
    with open(path, "rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            n += 1
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:  # a damaged byte: one problem, never a traceback
                bad += 1
                click.echo(f"{path}:{lineno}: invalid UTF-8 at byte {exc.start} of the line", err=True)
                continue
            try:
                art = Article.model_validate_json(line)
            except ValidationError as exc:
                bad += 1
                click.echo(f"{path}:{lineno}: invalid Article: {exc.errors()[0]['msg']} at "
                           f"{'.'.join(map(str, exc.errors()[0]['loc']))}", err=True)
                continue
            for kind in ("metrics", "quotes", "claims"):
                for it in getattr(art, kind):
                    if art.text[it.span[0]:it.span[1]] != it.text:
                        bad += 1
                        click.echo(f"{path}:{lineno}: {kind} span {list(it.span)} does not match its text", err=True)
    click.echo(f"{n - bad if bad <= n else 0} valid, {bad} problems in {n} articles", err=True)
    sys.exit(1 if bad else 0)


@click.command("glossary")
@click.argument("inputs", nargs=-1, type=click.Path(exists=True, dir_okay=False))
def glossary_cmd(inputs: tuple[str, ...]) -> None:
    """Print the glossary as JSON, merged with the terms mined in Article JSONL INPUTS."""
    from ..normalize.glossary import load_glossary

    g = load_glossary()
    for path in inputs:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    for t in json.loads(line).get("terms", []):
                        g.merge(t["zh"], t.get("en"), t.get("abbr"))
    click.echo(json.dumps(g.to_json(), ensure_ascii=False, indent=1))


COMMANDS = [extract_cmd, schema_cmd, validate_cmd, glossary_cmd]
