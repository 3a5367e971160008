"""``extractor batch`` (minimal sequential version; the batch module replaces it)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click


@click.command("batch")
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False))
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False))
def batch_cmd(paths: tuple[str, ...], out: str, errors_path: str | None) -> None:
    """Extract every record of PATHS into OUT (JSON Lines)."""
    from ..errors import ExtractorError
    from ..export import dumps
    from ..pipeline import Pipeline

    pipe = Pipeline()
    errors_path = errors_path or str(Path(out).with_suffix("")) + ".errors.jsonl"
    failed = 0
    with open(out, "w", encoding="utf-8") as fo, open(errors_path, "w", encoding="utf-8") as fe:
        for p in paths:
            for line in open(p, encoding="utf-8"):
                if not line.strip():
                    continue
                rec = json.loads(line)
                try:
                    art = pipe.run(rec.get("html") or rec.get("text") or "", doc_id=str(rec["id"]), url=rec.get("url"))
                    fo.write(dumps(art) + "\n")
                except ExtractorError as exc:
                    failed += 1
                    fe.write(json.dumps({"id": rec.get("id"), "reason": str(exc)}, ensure_ascii=False) + "\n")
    sys.exit(1 if failed else 0)


COMMANDS = [batch_cmd]
