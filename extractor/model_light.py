"""The output classes without pydantic, for the one-page command: same fields, defaults, conversions and JSON.

Importing pydantic and building the twelve output models costs ~0.1 s, a third of a one-page ``extractor extract``
(pydantic itself ~50 ms, its plugin lookup through ``importlib.metadata`` ~15 ms, the models ~35 ms). The command
only builds one Article and prints it, so it runs over plain classes made from a table of the models' fields
(``extractor/data/model_light.json``, written by ``python -m extractor.dev regen`` from the pydantic models in
:mod:`extractor.model` and checked by a test):

- a field's kind says how construction converts a value as pydantic's lax mode does for the values the pipeline
  passes (a float field takes ``float(v)``: ``5`` becomes ``5.0``; a span becomes a tuple of two ints; a list,
  dict or nested model is copied or built from a dict); assignment afterwards is not converted, as in pydantic;
- :meth:`LightModel.model_dump` with ``mode="json"`` gives the dict pydantic gives (fields in declaration order,
  nested models as dicts, tuples as lists); a non-finite float hands the whole Article to pydantic instead.

The table carries the SHA-1 of ``model.py``: when the models change and the table was not regenerated,
:func:`light_module` returns None and the command uses pydantic as before, so a stale table costs time, never
output. Only the command line installs the module (:func:`install`), in its own process, before anything
imports :mod:`extractor.model`; a program that imports the package always gets the pydantic models.
"""

from __future__ import annotations

import hashlib
import math
import os
import sys
import types
from typing import Any, Literal

SPEC_FILE = "model_light.json"
_MODEL_PY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "model.py")
_MISSING = object()


class LightModel:
    """Base of the generated classes: keyword construction with conversions, attributes, model_dump."""

    __slots__ = ()
    _fields: tuple[tuple[str, str, Any, Any], ...] = ()  # (name, kind, default, nested class name)
    _names: frozenset[str] = frozenset()

    def __init__(self, **values: Any):
        unknown = values.keys() - self._names
        if unknown:
            raise TypeError(f"{type(self).__name__}: unexpected field(s) {', '.join(sorted(unknown))}")
        setattr_ = object.__setattr__
        for name, kind, default, nested in self._fields:
            v = values.get(name, _MISSING)
            if v is _MISSING:
                if default is _MISSING:
                    raise TypeError(f"{type(self).__name__}: missing field {name!r}")
                v = default() if callable(default) else default
            elif v is not None and kind != "plain":
                v = _convert(kind, v, nested)
            setattr_(self, name, v)

    def model_dump(self, *, mode: str = "python") -> dict[str, Any]:
        """The dict pydantic's ``model_dump(mode="json")`` gives (``mode="python"``: tuples kept as tuples)."""
        if mode != "json":
            return {name: _dump(kind, getattr(self, name), False) for name, kind, _, _ in self._fields}
        try:
            return {name: _dump(kind, getattr(self, name), True) for name, kind, _, _ in self._fields}
        except _NotFinite:
            return _pydantic_dump(self)

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and all(
            getattr(self, n) == getattr(other, n) for n, _, _, _ in self._fields)

    __hash__ = None  # type: ignore[assignment]  # mutable, like the pydantic models

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{n}={getattr(self, n)!r}' for n, _, _, _ in self._fields)})"


class _NotFinite(Exception):
    pass


_CLASSES: dict[str, type[LightModel]] = {}


def _convert(kind: str, v: Any, nested: str | None) -> Any:
    if kind == "float":
        return float(v)
    if kind == "span":
        a, b = v
        return (a if type(a) is int else int(a), b if type(b) is int else int(b))
    if kind == "list":
        return list(v)
    if kind == "dict":
        return dict(v)
    if kind == "list_span":
        return [_convert("span", s, None) for s in v]
    cls = _CLASSES[nested]  # type: ignore[index]
    if kind == "model":
        return v if isinstance(v, cls) else cls(**v)
    if kind == "list_model":
        return [x if isinstance(x, cls) else cls(**x) for x in v]
    if kind == "list_list_model":
        return [[x if isinstance(x, cls) else cls(**x) for x in row] for row in v]
    raise ValueError(f"unknown field kind {kind!r}")


def _dump(kind: str, v: Any, json_mode: bool) -> Any:
    if v is None:
        return None
    if kind == "plain":
        return v
    if kind == "float":
        if json_mode and isinstance(v, float) and not math.isfinite(v):
            raise _NotFinite
        return v
    if kind == "span":
        return list(v) if json_mode else tuple(v)
    if kind == "list":
        return list(v)
    if kind == "dict":
        return dict(v)
    if kind == "list_span":
        return [list(s) if json_mode else tuple(s) for s in v]
    if kind == "model":
        return _dump_model(v, json_mode)
    if kind == "list_model":
        return [_dump_model(x, json_mode) for x in v]
    if kind == "list_list_model":
        return [[_dump_model(x, json_mode) for x in row] for row in v]
    raise ValueError(f"unknown field kind {kind!r}")


def _dump_model(m: LightModel, json_mode: bool) -> dict[str, Any]:
    return {name: _dump(kind, getattr(m, name), json_mode) for name, kind, _, _ in m._fields}


def _pydantic_dump(m: LightModel) -> dict[str, Any]:
    """What pydantic makes of ``m`` (its rules for inf and nan), through the real model of the same name."""
    import importlib.util

    name = "extractor._model_pydantic"  # extractor.model is the light module in this process
    real = sys.modules.get(name)
    if real is None:
        spec = importlib.util.spec_from_file_location(name, _MODEL_PY)
        assert spec is not None and spec.loader is not None
        real = importlib.util.module_from_spec(spec)
        sys.modules[name] = real  # pydantic resolves the annotations in the module's namespace
        spec.loader.exec_module(real)
    return getattr(real, type(m).__name__).model_validate(m.model_dump()).model_dump(mode="json")  # type: ignore[no-any-return]


def _default(raw: Any) -> Any:
    if raw == {"required": True}:
        return _MISSING
    if isinstance(raw, dict) and "factory" in raw:
        factory = raw["factory"]
        if factory == "list":
            return list
        if factory == "dict":
            return dict
        name = factory.split(":", 1)[1]
        return lambda: _CLASSES[name]()
    return raw["value"]


def model_sha1() -> str:
    with open(_MODEL_PY, "rb") as fh:
        return hashlib.sha1(fh.read()).hexdigest()


def light_module(spec: dict[str, Any] | None = None) -> types.ModuleType | None:
    """A module with the names of :mod:`extractor.model` bound to light classes, or None when the table does not
    describe the current ``model.py`` (then the pydantic models are to be used)."""
    if spec is None:
        from .data import load_json

        try:
            spec = load_json(SPEC_FILE)
        except (OSError, ValueError):
            return None
    if spec.get("model_sha1") != model_sha1():
        return None
    mod = types.ModuleType("extractor.model", "Light output classes (see extractor.model_light).")
    for name, fields in spec["models"].items():
        rows = tuple((f, kind, _default(default), nested) for f, kind, default, nested in fields)
        cls = type(name, (LightModel,), {"__slots__": tuple(r[0] for r in rows), "_fields": rows,
                                         "_names": frozenset(r[0] for r in rows), "__module__": "extractor.model"})
        _CLASSES[name] = cls
        setattr(mod, name, cls)
    mod.SCHEMA_VERSION = spec["schema_version"]  # type: ignore[attr-defined]
    mod.SpanT = tuple[int, int]  # type: ignore[attr-defined]
    mod.Qualifier = Literal["exact", "approx", "over", "under", "at_least", "at_most"]  # type: ignore[attr-defined]
    mod.Per = Literal["year", "half", "quarter", "month", "week", "day", "hour"]  # type: ignore[attr-defined]
    mod.LIGHT = True  # type: ignore[attr-defined]
    return mod


def install() -> bool:
    """Make ``extractor.model`` the light module in this process (the command line's one-page path only).
    False, and nothing changed, when the models were imported already or the table is stale."""
    if "extractor.model" in sys.modules:
        return False
    mod = light_module()
    if mod is None:
        return False
    sys.modules["extractor.model"] = mod
    return True


def spec_from_models() -> dict[str, Any]:
    """The table of :mod:`extractor.model`'s pydantic models (imports pydantic; for ``regen`` and the tests)."""
    import typing

    from pydantic import BaseModel
    from pydantic_core import PydanticUndefined

    from . import model

    def kind_of(ann: Any) -> tuple[str, str | None]:
        args = [a for a in typing.get_args(ann) if a is not type(None)]
        origin = typing.get_origin(ann)
        if origin in (typing.Union, types.UnionType):
            if len(args) != 1:
                raise ValueError(f"unsupported union {ann!r}")
            return kind_of(args[0])
        if ann in (str, bool) or origin is Literal:
            return "plain", None
        if ann is float:
            return "float", None
        if origin is tuple and args == [int, int]:
            return "span", None
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            return "model", ann.__name__
        if origin is dict and args == [str, int]:
            return "dict", None
        if origin is list:
            inner, nested = kind_of(args[0])
            if inner == "plain" and args[0] is str:
                return "list", None
            if inner in ("span", "model"):
                return f"list_{inner}", nested
            if inner == "list_model":
                return "list_list_model", nested
        raise ValueError(f"unsupported field type {ann!r}")

    models: dict[str, list[list[Any]]] = {}
    for name, cls in vars(model).items():
        if not (isinstance(cls, type) and issubclass(cls, BaseModel) and cls.__module__ == model.__name__):
            continue
        if not cls.model_fields:
            continue
        rows = []
        for field, info in cls.model_fields.items():
            kind, nested = kind_of(info.annotation)
            if info.default_factory is not None:
                f = info.default_factory
                default: Any = {"factory": "list" if f is list else "dict" if f is dict else f"model:{f.__name__}"}
            elif info.default is PydanticUndefined:
                default = {"required": True}
            else:
                default = {"value": info.default}
            rows.append([field, kind, default, nested])
        models[name] = rows
    return {"_doc": "Generated by `python -m extractor.dev regen` from extractor/model.py (see extractor/model_light.py); "
                    "do not edit.", "model_sha1": model_sha1(), "schema_version": model.SCHEMA_VERSION, "models": models}
