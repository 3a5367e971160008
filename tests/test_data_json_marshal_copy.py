"""extractor.data.load_json: the parsed JSON, read from a marshal copy when one matches the file's stamp."""

from __future__ import annotations

import json
import math
import os
import sys
from pathlib import Path

import pytest

from extractor import data


@pytest.fixture()
def datadir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(data, "_DIR", str(tmp_path))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return tmp_path


def _write(path: Path, obj: object) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False), "utf-8")


def test_copy_gives_the_same_value_order_and_floats(datadir: Path) -> None:
    value = {"zeta": [0.1, 1e-300, -0.0, 3], "alpha": {"詞": "词", "n": None, "big": 2**70}, "t": True}
    _write(datadir / "weights.json", value)
    first = data.load_json("weights.json")
    copy = data._copy_path("weights.json")
    assert copy is not None and os.path.exists(copy)
    second = data.load_json("weights.json")  # from the copy
    for got in (first, second):
        assert got == value
        assert list(got) == ["zeta", "alpha", "t"]  # key order kept
        assert math.copysign(1.0, got["zeta"][2]) == -1.0
        assert isinstance(got["zeta"], list) and isinstance(got["alpha"]["big"], int)
    assert json.dumps(second, ensure_ascii=False) == (datadir / "weights.json").read_text("utf-8")


def test_a_changed_file_is_read_again_not_the_stale_copy(datadir: Path) -> None:
    path = datadir / "lex.json"
    _write(path, {"w": [1, 2]})
    assert data.load_json("lex.json") == {"w": [1, 2]}
    _write(path, {"w": [1, 2, 3], "x": 1})  # another size
    assert data.load_json("lex.json") == {"w": [1, 2, 3], "x": 1}


def test_a_damaged_copy_is_ignored_and_replaced(datadir: Path) -> None:
    _write(datadir / "lex.json", ["a", "b"])
    data.load_json("lex.json")
    copy = data._copy_path("lex.json")
    assert copy is not None
    Path(copy).write_bytes(b"\x00not marshal")
    assert data.load_json("lex.json") == ["a", "b"]
    assert data.load_json("lex.json") == ["a", "b"]


def test_no_copy_is_written_when_python_writes_no_bytecode(datadir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    _write(datadir / "lex.json", {"k": "v"})
    assert data.load_json("lex.json") == {"k": "v"}
    copy = data._copy_path("lex.json")
    assert copy is not None and not os.path.exists(copy)


def test_every_packaged_json_file_loads_as_json_parses_it() -> None:
    root = Path(data.__file__).parent
    names = sorted(p.name for p in root.glob("*.json"))
    assert "claims_model.json" in names
    for name in names:
        assert data.load_json(name) == json.loads((root / name).read_text("utf-8")), name
