"""The schema a consumer reads: every field described, $schema/$id present, docs/schema.md generated from it."""

from __future__ import annotations

from pathlib import Path

from extractor.dev import render_schema_doc
from extractor.export import article_schema

ROOT = Path(__file__).resolve().parent.parent


def _objects(schema):
    yield "Article", schema
    yield from schema.get("$defs", {}).items()


def test_every_property_of_every_object_has_a_description():
    schema = article_schema()
    missing = [f"{name}.{field}" for name, obj in _objects(schema)
               for field, prop in obj.get("properties", {}).items() if not prop.get("description")]
    assert missing == []


def test_schema_names_its_dialect_and_id_and_lists_allowed_values():
    schema = article_schema()
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert schema["$id"].startswith("urn:newsgrounds:schema:article:")
    qualifier = schema["$defs"]["Metric"]["properties"]["qualifier"]
    assert set(qualifier["enum"]) == {"exact", "approx", "over", "under", "at_least", "at_most"}


def test_field_reference_page_agrees_with_the_schema():
    page = (ROOT / "docs" / "schema.md").read_text("utf-8")
    assert page == render_schema_doc(), "docs/schema.md is stale: run `python -m extractor.dev regen`"
    for name, obj in _objects(article_schema()):
        assert f"## {name}" in page
        for field in obj.get("properties", {}):
            assert f"| `{field}` |" in page
