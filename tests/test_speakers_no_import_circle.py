"""The speakers package resolves names and never imports the quotes package (which imports it)."""

from __future__ import annotations

import ast
from pathlib import Path

import extractor.extractors.speakers as speakers_pkg
from extractor.document import Span
from extractor.extractors.speakers import resolve_speaker
from extractor.testing import make_doc


def _imported_modules(path: Path) -> set[str]:
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            out.add("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def test_no_speakers_module_imports_quotes() -> None:
    pkg = Path(speakers_pkg.__file__).parent
    files = sorted(pkg.glob("*.py"))
    assert len(files) >= 5
    for f in files:
        for mod in _imported_modules(f):
            assert "quotes" not in mod, f"{f.name} imports {mod}"


def test_resolve_speaker_runs_attribution_when_no_entities_are_stored() -> None:
    doc = make_doc("Prices will fall, said Nora Vance, a shipping analyst. Vance added that demand is weak.")
    assert not doc.get("entities")
    i = doc.text.index("Vance added")
    assert resolve_speaker(doc, (i, i + len("Vance")))[0] == "Nora Vance"
    assert resolve_speaker(doc, Span(i, i + len("Vance")))[1] is not None
