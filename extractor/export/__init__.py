"""Export: deterministic JSON for one Article, JSON Lines for many, and the JSON Schema."""

from __future__ import annotations

import json
from typing import Any

from ..model import Article


def to_dict(art: Article) -> dict[str, Any]:
    return art.model_dump(mode="json")


def dumps(art: Article, indent: int | None = None) -> str:
    """Byte-stable JSON: model field order, ensure_ascii=False, no timestamps."""
    return json.dumps(to_dict(art), ensure_ascii=False, indent=indent)




def article_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one Article, as `extractor schema` prints it."""
    from ..model import SCHEMA_VERSION

    schema = Article.model_json_schema()
    head = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": f"urn:newsgrounds:schema:article:{SCHEMA_VERSION}",
            "description": f"One article extracted by extractor (schema {SCHEMA_VERSION}): metrics, quotes, claims "
                           "and bilingual terms, each with a character span into `text`."}
    return head | {k: v for k, v in schema.items() if k != "description"}


def schema_reference(schema: dict[str, Any] | None = None) -> str:
    """A Markdown field reference generated from the schema: one table per object type."""
    schema = schema or article_schema()
    defs = schema.get("$defs", {})
    out = ["# Article fields", "",
           "Generated from `schemas/article.schema.json` by `python -m extractor.dev regen`; do not edit by hand.",
           "Every `span` is `[start, end)` in Python `str` indices into the article's `text`.", ""]
    for name, obj in [("Article", schema)] + sorted(defs.items()):
        out += [f"## {name}", ""]
        if obj.get("description") and name != "Article":
            out += [" ".join(obj["description"].split()), ""]
        out += ["| field | type | description |", "|---|---|---|"]
        for field, prop in obj.get("properties", {}).items():
            desc = prop.get("description", "")
            if "examples" in prop:
                desc = desc.rstrip(".") + (". " if desc else "") + "Examples: " + ", ".join(f"`{json.dumps(e, ensure_ascii=False)}`" for e in prop["examples"])
            out.append(f"| `{field}` | {_type(prop)} | {desc.replace('|', '/')} |")
        out.append("")
    return "\n".join(out)


def _type(prop: dict[str, Any]) -> str:
    if "$ref" in prop:
        return prop["$ref"].rsplit("/", 1)[-1]
    if "enum" in prop:
        return " / ".join(f"`{v}`" for v in prop["enum"])
    if "const" in prop:
        return f"`{prop['const']}`"
    if "anyOf" in prop:
        return " or ".join(_type(p) for p in prop["anyOf"])
    t = prop.get("type", "any")
    if t == "array":
        items = prop.get("items") or prop.get("prefixItems")
        if isinstance(items, list):
            return "[" + ", ".join(_type(p) for p in items) + "]"
        return f"list of {_type(items)}" if items else "list"
    if t == "object" and "additionalProperties" in prop:
        return f"map of {_type(prop['additionalProperties'])}"
    return str(t)
