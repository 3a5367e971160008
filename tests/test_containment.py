"""A bug inside one extractor costs only that extractor's items: the Article is still written."""

from __future__ import annotations

import dataclasses
import json

import pytest

from extractor import Pipeline
from extractor.errors import StageError
from extractor.pipeline import CORE_STAGES, DEFAULT_STAGES

CONTAINED = [s for s in DEFAULT_STAGES if s not in CORE_STAGES]


def _boom(doc):
    raise ValueError("injected fault")


def _with_fault(stage: str) -> Pipeline:
    pipe = Pipeline()
    pipe.specs = [dataclasses.replace(s, fn=_boom) if s.name == stage else s for s in pipe.specs]
    return pipe


@pytest.mark.parametrize("stage", CONTAINED)
def test_a_failing_extractor_costs_only_its_own_items(stage, seed_text):
    whole = Pipeline().run(seed_text, doc_id="seed")
    art = _with_fault(stage).run(seed_text, doc_id="seed")
    assert art.text == whole.text and art.title == whole.title
    failed = [w for w in art.warnings if w.code == "W300"]
    assert [w.stage for w in failed] == [stage]
    assert "injected fault" in failed[0].message
    own = {"terms": "terms", "metrics": "metrics", "quotes": "quotes", "claims": "claims"}.get(stage)
    if own:
        assert getattr(whole, own) and not getattr(art, own)
    # the kinds that do not depend on the failed stage are all still there
    for kind in ("terms", "metrics"):
        if kind != stage:
            assert len(getattr(art, kind)) == len(getattr(whole, kind)), kind


@pytest.mark.parametrize("stage", sorted(CORE_STAGES))
def test_a_failing_core_stage_fails_the_document_with_its_name(stage, seed_text):
    with pytest.raises(StageError) as err:
        _with_fault(stage).run(seed_text, doc_id="seed")
    assert err.value.stage == stage


def test_batch_writes_the_article_and_the_warning_when_an_extractor_fails(seed_text, monkeypatch):
    from extractor.batch.records import Task
    from extractor.batch.work import process

    pipe = _with_fault("quotes")
    line_in = json.dumps({"id": "a", "text": seed_text}, ensure_ascii=False)
    status, rid, line = process(Task("line", "in.jsonl:1", line_in), pipe)
    assert status == "ok" and rid == "a"
    assert '"W300"' in line and '"metrics": [{' in line


def test_a_name_before_a_line_break_does_not_break_english_attribution():
    # "Ken Doctor\nBut ..." once made str.rindex raise inside speaker parsing and lost the article.
    text = ("Media analyst Ken Doctor\nBut the company said revenue rose 5% last year.\n"
            '"It is a hard market," media analyst Ken Doctor said.')
    art = Pipeline().run(text, doc_id="kd")
    assert not [w for w in art.warnings if w.code == "W300"]
    assert [(q.text, q.speaker) for q in art.quotes if q.kind == "direct"] == [("It is a hard market,", "Ken Doctor")]
