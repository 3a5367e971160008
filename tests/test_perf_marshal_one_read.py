"""The marshal caches are read with one read call, not object by object.

``marshal.load(fh)`` asks the file for every object it decodes (tens of thousands of small reads for the claim
weights: ~27 ms instead of ~4 ms for ``marshal.loads(fh.read())``), so each cache reader takes the bytes first.
"""

from __future__ import annotations

import builtins
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from extractor import data


class _CountingFile:
    """A binary file that counts the calls that read from it."""

    def __init__(self, fh: Any, counter: list[int]):
        self._fh = fh
        self._counter = counter

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._fh, name)
        if name in ("read", "readinto", "readline", "read1", "readinto1"):
            def counted(*a: Any, **k: Any) -> Any:
                self._counter[0] += 1
                return attr(*a, **k)
            return counted
        return attr

    def __enter__(self) -> _CountingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._fh.close()


def _counting_open(counter: list[int], suffix: str):  # type: ignore[no-untyped-def]
    real = builtins.open

    def fake(path: Any, mode: str = "r", *a: Any, **k: Any) -> Any:
        fh = real(path, mode, *a, **k)
        return _CountingFile(fh, counter) if "b" in mode and str(path).endswith(suffix) else fh
    return fake


def test_load_json_reads_its_marshal_copy_in_one_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "_DIR", str(tmp_path))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    value = {f"feature:{i}": i / 7 for i in range(3000)} | {"nested": [["詞", 1.5]] * 50}
    (tmp_path / "weights.json").write_text(json.dumps(value, ensure_ascii=False), "utf-8")
    assert data.load_json("weights.json") == value  # parses the JSON and writes the copy
    counter = [0]
    monkeypatch.setattr(data, "open", _counting_open(counter, ".marshal"), raising=False)
    assert data.load_json("weights.json") == value  # from the copy
    assert 1 <= counter[0] <= 2  # one read (and the empty read that ends it), not one per object


def test_regex_cache_reads_its_table_in_one_call(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import marshal

    from extractor import regex_cache

    path = tmp_path / "regex.marshal"
    entries = {(f"(?:word{i})+", 0): ("x",) * 20 for i in range(500)}
    path.write_bytes(marshal.dumps((regex_cache.STAMP, entries)))
    counter = [0]
    monkeypatch.setattr(regex_cache, "open", _counting_open(counter, ".marshal"), raising=False)
    assert regex_cache.RegexCache(str(path)).entries == entries
    assert 1 <= counter[0] <= 2


def test_load_parsed_keeps_the_parsed_value_and_reparses_a_changed_file(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "_DIR", str(tmp_path))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    calls: list[str] = []

    def parse(text: str) -> tuple[str, dict[str, list[int]]]:
        calls.append(text)
        head, _, body = text.partition("\n")
        return body, json.loads(head)

    path = tmp_path / "keys.txt"
    path.write_text('{"一": [0, 4]}\n一只\n一台\n', "utf-8")
    first = data.load_parsed("keys.txt", parse)
    assert data.load_parsed("keys.txt", parse) == first == ("一只\n一台\n", {"一": [0, 4]})
    assert len(calls) == 1  # the second answer came from the marshal copy
    assert data.load_parsed("keys.txt", parse, version=1) == first and len(calls) == 2  # another parse version
    path.write_text('{"二": [0, 3]}\n二手車\n', "utf-8")
    assert data.load_parsed("keys.txt", parse, version=1) == ("二手車\n", {"二": [0, 3]})
