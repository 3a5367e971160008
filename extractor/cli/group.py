"""The click group of the ``extractor`` command: the commands of ``cli/extract.py``, ``cli/batch.py``,
``cli/db.py`` and ``cli/report.py``, and the mapping of ``ExtractorError`` to a one-line message."""

from __future__ import annotations

import sys

import click

from ..errors import ExtractorError
from ..version import __version__

CONTEXT = {"help_option_names": ["-h", "--help"]}


class Group(click.Group):
    """Maps ExtractorError to a one-line message (exit 1); a traceback only with --debug."""

    def invoke(self, ctx: click.Context):  # type: ignore[no-untyped-def]
        try:
            return super().invoke(ctx)
        except ExtractorError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)


@click.group(cls=Group, context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="extractor")
@click.option("--debug", is_flag=True, help="Show tracebacks for errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Extract grounded metrics, quotes, claims and bilingual terms from news pages."""
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


def _register() -> None:
    import importlib

    for mod in ("extract", "batch", "db", "report"):
        try:
            m = importlib.import_module(f"{__package__}.{mod}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__package__}.{mod}":
                continue
            raise
        for cmd in getattr(m, "COMMANDS", ()):
            cli.add_command(cmd)


_register()
