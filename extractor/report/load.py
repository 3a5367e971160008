"""Read what ``extractor report`` is given: a page (HTML/text, run through the pipeline), a directory of pages,
a JSON Lines file of Articles (``extractor batch`` output), one Article as JSON (``extractor extract`` output),
or a JSON Lines file of batch input records (``{"id", "html"|"text"}``, each run through the pipeline)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import ExtractorError, InputError
from ..model import Article

JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")


def _records(path: Path) -> list[tuple[int, Any]]:
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 JSON ({exc.reason} at byte {exc.start})", source=str(path), code="E102") from exc
    except OSError as exc:
        raise InputError(f"cannot read ({exc.strerror or exc})", source=str(path), code="E101") from exc
    if path.suffix == ".json":
        try:
            whole = json.loads(raw)
            return [(n, rec) for n, rec in enumerate(whole, 1)] if isinstance(whole, list) else [(1, whole)]
        except json.JSONDecodeError:
            pass  # several lines of JSON: read it as JSON Lines
    out = []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append((n, json.loads(line)))
        except json.JSONDecodeError as exc:
            raise InputError(f"line {n} is not JSON ({exc.msg}, column {exc.colno})", source=str(path),
                             code="E102") from exc
    return out


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(x) for x in err["loc"]) or "record"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{where}: {err['msg']}{more}"


PAGE_SUFFIXES = (".html", ".htm", ".txt")


def _directory(path: Path, pipeline: Any) -> tuple[list[Article], list[tuple[str, str]]]:
    """Every .html/.htm/.txt file directly in ``path``, id = file name without extension (as in batch)."""
    pages = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES)
    if not pages:
        raise InputError("no .html, .htm or .txt files in this directory", source=str(path), code="E103")
    pipe = pipeline()
    articles: list[Article] = []
    errors: list[tuple[str, str]] = []
    for p in pages:
        try:
            articles.append(pipe.run(p, doc_id=p.stem))
        except ExtractorError as exc:
            errors.append((p.stem, str(exc)))
    return articles, errors


def load(path: Path) -> tuple[list[Article], list[tuple[str, str]]]:
    """Articles to report on, and (id, reason) for input records the pipeline could not process."""
    if not path.exists():
        raise InputError("no such file", source=str(path), code="E101")
    from ..pipeline import Pipeline

    if path.is_dir():
        return _directory(path, Pipeline)

    if path.suffix.lower() not in JSON_SUFFIXES:
        return [Pipeline().run(path, doc_id=path.stem)], []
    articles: list[Article] = []
    errors: list[tuple[str, str]] = []
    pipe: Pipeline | None = None
    for n, rec in _records(path):
        where = f"{path}:{n}"
        if not isinstance(rec, dict):
            raise InputError(f"line {n} is not a JSON object", source=str(path), code="E102")
        if "extractor_version" in rec:
            try:
                articles.append(Article.model_validate(rec))
            except ValidationError as exc:
                raise InputError(f"line {n} is not a valid Article: {_first_error(exc)}", source=str(path),
                                 code="E102") from exc
        elif isinstance(rec.get("html") or rec.get("text"), str):
            pipe = pipe or Pipeline()
            doc_id = str(rec.get("id") or f"line-{n}")
            try:
                articles.append(pipe.run(rec.get("html") or rec["text"], doc_id=doc_id, url=rec.get("url")))
            except ExtractorError as exc:
                errors.append((doc_id, str(exc)))
        else:
            raise InputError(f"line {n} is neither an Article nor an input record with 'html' or 'text'",
                             source=where, code="E102")
    if not articles and not errors:
        raise InputError("no articles in the file", source=str(path), code="E103")
    return articles, errors
