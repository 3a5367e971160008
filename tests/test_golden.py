"""Every bundled sample runs through the pipeline and matches its committed expected output."""

import json

import pytest

from extractor.dev import ROOT, expected_path, render_sample, render_schema, sample_inputs
from extractor.model import Article

SAMPLES = sample_inputs()


def test_there_are_samples_in_both_languages():
    langs = {p.parent.parent.name for p in SAMPLES}
    assert {"zh-Hant", "en"} <= langs


@pytest.mark.parametrize("inp", SAMPLES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_sample_matches_expected(inp):
    exp = expected_path(inp)
    assert exp.exists(), f"run `python -m extractor.dev regen` to create {exp}"
    got = render_sample(inp)
    if got != exp.read_text("utf-8"):
        a, b = json.loads(got), json.loads(exp.read_text("utf-8"))
        diff = [k for k in a if a[k] != b.get(k)]
        pytest.fail(f"{inp.parent.name}: output changed in {diff}; review and run `python -m extractor.dev regen`")
    Article.model_validate_json(got)


def test_schema_is_generated_from_the_model():
    committed = (ROOT / "schemas" / "article.schema.json").read_text("utf-8")
    assert committed == render_schema(), "schemas/article.schema.json is stale: run `python -m extractor.dev regen`"
