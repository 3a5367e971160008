"""``extractor report``: a self-contained HTML report of one page or of a batch."""

from __future__ import annotations

import sys
from pathlib import Path

import click


@click.command("report")
@click.argument("source", type=click.Path(path_type=Path))
@click.option("-o", "--out", required=True,
              help="report.html for one article ('-' for stdout); a directory (DIR/) for several: "
                   "DIR/index.html plus DIR/<id>.html.")
@click.option("--title", help="Title of the overview page.")
def report_cmd(source: Path, out: str, title: str | None) -> None:
    """Write an HTML report of SOURCE: a page (HTML or text, extracted now), a directory of pages, a JSON
    Lines file of Articles (from `extractor batch`), an Article JSON (from `extractor extract`), or a batch
    input JSONL ({"id", "html"|"text"} per line).

    Every metric, quote, claim and term is highlighted in the text; pages work offline.
    """
    from ..report import render_article, write_report
    from ..report.load import load

    articles, errors = load(source)
    for doc_id, reason in errors:
        click.echo(f"error: {doc_id}: {reason}", err=True)
    if not articles:
        click.echo(f"error: {source}: no input could be extracted; no report written", err=True)
        sys.exit(3)
    if out == "-":
        if len(articles) != 1:
            raise click.UsageError(f"{source} has {len(articles)} articles; '-o -' takes exactly one")
        sys.stdout.write(render_article(articles[0]))
    else:
        try:
            paths = write_report(articles, out, errors=errors, title=title)
        except OSError as exc:
            raise click.ClickException(f"{out}: cannot write the report ({exc.strerror or exc})") from exc
        items = sum(len(a.metrics) + len(a.quotes) + len(a.claims) + len(a.terms) for a in articles)
        where = f"{paths[0]} (+{len(paths) - 1} pages)" if len(paths) > 1 else str(paths[0])
        click.echo(f"wrote {where}: {len(articles)} article(s), {items} item(s)", err=True)
    if errors:
        sys.exit(1)


COMMANDS = [report_cmd]
