"""Start-up: `import extractor` stays light, and the collector policy of extractor.gcpause.

Each start-up fact is checked in a fresh interpreter (a subprocess), since the test process has long imported
everything and its collector state belongs to pytest.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

from extractor import gcpause

ROOT = Path(__file__).resolve().parent.parent


def _python(code: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_import_extractor_does_not_load_pydantic_until_a_public_name_is_used() -> None:
    got = _python(
        "import sys, extractor\n"
        "before = 'pydantic' in sys.modules\n"
        "from extractor import Article, Pipeline, extract, Span, run_batch\n"
        "print(before, 'pydantic' in sys.modules, Article.__module__, Pipeline.__module__, extract.__module__,"
        " Span.__module__, run_batch.__module__, 'Quote' in dir(extractor))"
    )
    assert got == ("False True extractor.model extractor.pipeline extractor.pipeline extractor.document "
                   "extractor.batch.job True")


def test_unknown_name_is_still_an_attribute_error() -> None:
    import extractor

    try:
        extractor.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("expected AttributeError")


def test_one_shot_leaves_the_collector_alone_unless_the_command_line_owns_the_process() -> None:
    assert gc.isenabled()
    with gcpause.one_shot():
        assert gc.isenabled()  # in-process (a test, CliRunner): the caller's collector is untouched
    assert gc.isenabled() and gc.get_freeze_count() == 0
    got = _python(
        "import gc\n"
        "from extractor import gcpause\n"
        "gcpause.own_process()\n"
        "with gcpause.one_shot():\n"
        "    inside = gc.isenabled()\n"
        "    objs = [[i] for i in range(1000)]\n"
        "print(inside, gc.isenabled(), gc.get_freeze_count() >= 1000)"
    )
    assert got == "False False True"


def test_paused_restores_the_callers_setting_and_frozen_unfreezes() -> None:
    with gcpause.paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gcpause.paused():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()
    keep = [[i] for i in range(100)]
    with gcpause.frozen():
        assert gc.get_freeze_count() >= 100
    assert gc.get_freeze_count() == 0
    assert len(keep) == 100


def test_command_line_output_is_the_library_output(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("研究機構的主任陳小華指出，今年出口可望成長約5%。\n\n另一位分析師認為，風險仍然偏高。\n", "utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    cli = subprocess.run([sys.executable, "-m", "extractor", "extract", str(page), "--nl"], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True).stdout
    from extractor import extract
    from extractor.export import dumps

    lib = dumps(extract(page, doc_id="page"))
    assert json.loads(cli) == json.loads(lib)
    assert cli.strip() == lib



def test_batch_warms_up_without_collection_and_runs_with_the_warm_objects_frozen(tmp_path: Path, monkeypatch) -> None:
    from extractor.batch import job
    from extractor.pipeline import Pipeline

    seen: dict[str, object] = {}
    real_process, real_warm_up = job.process, Pipeline.warm_up

    def spy_warm_up(self):  # type: ignore[no-untyped-def]
        seen["collecting_in_warm_up"] = gc.isenabled()
        return real_warm_up(self)

    def spy_process(task, pipe, **kw):  # type: ignore[no-untyped-def]
        seen.setdefault("frozen_at_work", gc.get_freeze_count())
        return real_process(task, pipe, **kw)

    monkeypatch.setattr(Pipeline, "warm_up", spy_warm_up)
    monkeypatch.setattr(job, "process", spy_process)
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a1", "text": "市場人士表示，今年營收可望成長一成。"}, ensure_ascii=False) + "\n", "utf-8")
    res = job.run_batch([str(src)], str(tmp_path / "out.jsonl"), jobs=0, quiet=True)
    assert res.stats.ok == 1
    assert seen["collecting_in_warm_up"] is False
    assert isinstance(seen["frozen_at_work"], int) and seen["frozen_at_work"] > 1000  # the loaded pipeline
    assert gc.isenabled() and gc.get_freeze_count() == 0  # the caller's collector as it was
