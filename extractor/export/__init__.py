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
    return Article.model_json_schema()
