"""issue 17.6: a full disk during `report` leaves no truncated .html (temporary name, then rename)."""

from __future__ import annotations

import errno
import io
from pathlib import Path

import pytest

SAMPLE = Path(__file__).parent.parent / "samples" / "en" / "chipmaker-capex" / "input.html"


def test_report_disk_full_leaves_no_cut_page(tmp_path, monkeypatch):
    from extractor.pipeline import Pipeline
    from extractor.report import write_report

    art = Pipeline().run(SAMPLE.read_bytes(), doc_id="chipmaker-capex")
    target = tmp_path / "r.html"
    target.write_text("old report", encoding="utf-8")
    import extractor.report as report_mod

    class Full(io.StringIO):
        def __init__(self, path):
            super().__init__()
            self.path = path

        def write(self, text):
            Path(self.path).write_text(text[: len(text) // 2], encoding="utf-8")  # half a page lands on disk
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(report_mod, "open", lambda path, *a, **k: Full(path), raising=False)
    with pytest.raises(OSError):
        write_report([art], target)
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "old report"  # untouched, not cut
    assert [p.name for p in tmp_path.iterdir()] == ["r.html"]  # no temporary left behind
