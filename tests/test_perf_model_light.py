"""extractor.model_light: plain output classes that convert, default and dump as the pydantic models do."""

from __future__ import annotations

import copy
import json
import math

import pytest

from extractor import model
from extractor.data import load_json
from extractor.document import Span
from extractor.model_light import SPEC_FILE, install, light_module, spec_from_models


@pytest.fixture(scope="module")
def light():  # type: ignore[no-untyped-def]
    mod = light_module()
    assert mod is not None, "extractor/data/model_light.json is stale: run python -m extractor.dev regen"
    return mod


def test_the_table_describes_the_current_models() -> None:
    assert load_json(SPEC_FILE) == spec_from_models()


def test_a_stale_table_is_not_used() -> None:
    spec = copy.deepcopy(load_json(SPEC_FILE))
    spec["model_sha1"] = "0" * 40
    assert light_module(spec) is None


def test_install_leaves_an_imported_model_module_alone() -> None:
    assert install() is False  # extractor.model is imported in this process: it stays the pydantic one
    import sys

    assert sys.modules["extractor.model"] is model


def _both(light, cls_name: str, kw: dict):  # type: ignore[no-untyped-def]
    real = getattr(model, cls_name)(**copy.deepcopy(kw))
    lite = getattr(light, cls_name)(**copy.deepcopy(kw))
    return real.model_dump(mode="json"), lite.model_dump(mode="json")


@pytest.mark.parametrize(("name", "kw"), [
    ("Metric", {"text": "約5億元", "span": Span(3, 8), "value": 500000000, "unit": "TWD", "qualifier": "approx"}),
    ("Metric", {"text": "3到4成", "span": [10, 14], "low": 0.3, "high": 0.4, "label_span": (0, 2), "kind": "percent"}),
    ("Quote", {"text": "需求仍強", "span": (5, 9), "kind": "direct", "speaker": "林經理", "speaker_span": [0, 3]}),
    ("Claim", {"text": "油價可能回落", "span": (0, 6), "hedge": "可能",
               "evidence": [{"kind": "metric", "id": "m1", "span": [1, 2]}]}),
    ("Term", {"zh": "供應鏈", "en": "supply chain"}),
    ("Entity", {"id": "e1", "name": "林大成", "kind": "person", "aliases": ("林",), "spans": [[0, 3], Span(9, 10)]}),
    ("TableOut", {"rows": [[{"text": "年", "span": [0, 1], "header": True}, {"text": "2024", "span": [2, 6]}]]}),
    ("Article", {"extractor_version": "0", "id": "a", "language": "zh-Hant", "text": "油價可能回落",
                 "authors": ("記者甲",), "producers": {"claims": 1},
                 "warnings": [{"code": "W101", "stage": "ingest", "message": "short"}]}),
])
def test_construction_and_json_dump_match_pydantic(light, name: str, kw: dict) -> None:  # type: ignore[no-untyped-def]
    real, lite = _both(light, name, kw)
    assert json.dumps(lite, ensure_ascii=False) == json.dumps(real, ensure_ascii=False)


def test_an_int_for_a_float_field_becomes_a_float_as_in_pydantic(light) -> None:  # type: ignore[no-untyped-def]
    m = light.Metric(text="5", span=(0, 1), value=5)
    assert type(m.value) is float and json.dumps(m.model_dump(mode="json")["value"]) == "5.0"


def test_defaults_are_fresh_objects_and_fields_assignable(light) -> None:  # type: ignore[no-untyped-def]
    a, b = light.Claim(text="x", span=(0, 1)), light.Claim(text="y", span=(1, 2))
    a.evidence.append(light.Evidence(kind="quote", id="q1", span=(0, 1)))
    assert b.evidence == [] and a.id is None
    a.id = "c1"
    assert a.model_dump(mode="json")["id"] == "c1"
    art = light.Article(extractor_version="0", id="a", language="en", text="t")
    assert art.source.model_dump(mode="json") == {"url": None, "canonical_url": None, "path": None, "fetched": None}


def test_unknown_or_missing_fields_are_refused(light) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(TypeError, match="unexpected"):
        light.Term(zh="詞", colour="red")
    with pytest.raises(TypeError, match="missing"):
        light.Quote(text="x", span=(0, 1))


def test_a_non_finite_float_is_dumped_by_pydantic(light) -> None:  # type: ignore[no-untyped-def]
    kw = {"text": "∞", "span": (0, 1), "value": math.inf}
    assert light.Metric(**kw).model_dump(mode="json") == model.Metric(**kw).model_dump(mode="json")
