"""Developer tasks: regenerate golden files, and check them in CI.

    python -m extractor.dev regen          rewrite samples/*/*/expected.<ext>.json, schemas/article.schema.json, docs/schema.md,
                                           extractor/data/model_light.json
    python -m extractor.dev regen --check  fail (exit 1) if any of them would change

Golden files are never edited by hand: a diff in them is a behaviour change to review.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shared_dir() -> Path:
    """The team's shared data folder (eval sets, the udn corpus, the seed article) that benchmarks, trainers and
    some tests read: ``$EXTRACTOR_SHARED`` when set, else the nearest ``shared/`` holding ``eval/`` beside the
    repository or one of its parents (``../shared`` for a checkout, ``../../shared`` for a worktree under it)."""
    env = os.environ.get("EXTRACTOR_SHARED")
    if env:
        return Path(env)
    for parent in ROOT.parents:
        if (parent / "shared" / "eval").is_dir():
            return parent / "shared"
    return ROOT.parent / "shared"


def sample_inputs(root: Path = ROOT) -> list[Path]:
    return sorted(p for p in (root / "samples").glob("*/*/input.*") if p.suffix in (".html", ".htm", ".txt"))


def expected_path(inp: Path) -> Path:
    return inp.with_name(f"expected{inp.suffix}.json")


def render_sample(inp: Path) -> str:
    from .export import dumps
    from .pipeline import Pipeline

    art = Pipeline().run(inp, doc_id=inp.parent.name)
    art.source.path = f"{inp.parent.parent.name}/{inp.parent.name}/{inp.name}"  # relative: same on every machine
    return dumps(art, indent=1) + "\n"


def render_schema() -> str:
    from .export import article_schema

    return json.dumps(article_schema(), ensure_ascii=False, indent=2) + "\n"


def render_schema_doc() -> str:
    from .export import schema_reference

    return schema_reference() + "\n"


def render_light_spec() -> str:
    from .model_light import spec_from_models

    spec = spec_from_models()
    one = lambda v: json.dumps(v, ensure_ascii=False)  # noqa: E731
    models = ",\n".join(f"  {one(name)}: [\n" + ",\n".join(f"   {one(row)}" for row in rows) + "\n  ]"
                        for name, rows in spec.pop("models").items())
    head = "".join(f" {one(k)}: {one(v)},\n" for k, v in spec.items())
    return "{\n" + head + ' "models": {\n' + models + "\n }\n}\n"  # one field per line


def regen(check: bool, root: Path = ROOT) -> int:
    targets = [(expected_path(p), render_sample(p)) for p in sample_inputs(root)]
    targets.append((root / "schemas" / "article.schema.json", render_schema()))
    targets.append((root / "docs" / "schema.md", render_schema_doc()))
    targets.append((root / "extractor" / "data" / "model_light.json", render_light_spec()))  # see model_light
    stale = []
    for path, content in targets:
        old = path.read_text("utf-8") if path.exists() else None
        if old != content:
            stale.append(path)
            if not check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(content, "utf-8")
    for p in stale:
        print(f"{'stale' if check else 'wrote'}: {p.relative_to(root)}", file=sys.stderr)
    if check and stale:
        print("golden files are out of date: run `python -m extractor.dev regen` and review the diff", file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m extractor.dev")
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("regen", help="regenerate samples' expected output and the JSON Schema")
    r.add_argument("--check", action="store_true", help="only check; exit 1 on drift")
    args = ap.parse_args(argv)
    return regen(args.check)


if __name__ == "__main__":
    sys.exit(main())
