"""``extractor extract``, ``schema``, ``validate`` and ``glossary``."""

from __future__ import annotations

import json
import sys

import click

from ..gcpause import one_shot
from .one_page import one_page_json


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
        click.echo(one_page_json(source, doc_id, url, language, nl, max_bytes, time_budget))


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
