"""The on-disk regex cache gives back the very patterns ``re`` builds, and never gets in the way."""

from __future__ import annotations

import marshal
import re
import subprocess
import sys
from pathlib import Path

import pytest

from extractor import regex_cache

PATTERNS = [
    (r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>億|萬|bn|million)", 0),
    (r"(?i)\bthe (?:chip|wafer)makers?\b", 0),
    (r"^[\u4e00-\u9fff]{2,4}(?=表示|指出)", re.MULTILINE),
    (rb"[\x00-\x08]+", 0),
    (r"said|says|told", re.IGNORECASE | re.VERBOSE),
]
SAMPLES = ["營收 12.5 億", "The chipmakers said", "王小明表示", "Wafermaker TOLD", "\x01\x02 x", "b"]


def _fingerprint(pat: re.Pattern) -> tuple:
    hits = []
    for s in SAMPLES:
        subject = s.encode("utf-8") if isinstance(pat.pattern, bytes) else s
        hits.append([m.span() for m in pat.finditer(subject)])
        hits.append(m.groupdict() if (m := pat.search(subject)) else None)
    return pat.pattern, pat.flags, pat.groups, dict(pat.groupindex), hits


@pytest.fixture
def cache_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    yield tmp_path / "regex.test.marshal"
    regex_cache.uninstall()
    re.purge()


def _compile_all() -> list[re.Pattern]:
    re.purge()  # past re's in-memory cache, so the compiler (and the disk cache in front of it) runs
    return [re.compile(p, f) for p, f in PATTERNS]


def test_patterns_replayed_from_disk_are_the_patterns_re_builds(cache_path: Path) -> None:
    regex_cache.uninstall()
    plain = [_fingerprint(p) for p in _compile_all()]
    first = regex_cache.install(str(cache_path))
    assert first is not None
    _compile_all()
    assert first.added >= len(PATTERNS) and first.save() and cache_path.exists()
    regex_cache.uninstall()
    second = regex_cache.install(str(cache_path))
    assert second is not None and second is not first
    replayed = [_fingerprint(p) for p in _compile_all()]
    assert second.hits >= len(PATTERNS)  # really read from the file, not compiled again
    assert replayed == plain


def test_a_damaged_or_foreign_file_is_ignored(cache_path: Path) -> None:
    cache_path.write_bytes(b"\x00not marshal at all")
    assert regex_cache.RegexCache(str(cache_path)).entries == {}
    cache_path.write_bytes(marshal.dumps(((0, 0x30700F0, 0, 4, 0x10FFFF), {("x", 0): (0, b"", 0, {}, ())})))
    assert regex_cache.RegexCache(str(cache_path)).entries == {}  # another interpreter's table
    cache = regex_cache.install(str(cache_path))
    assert cache is not None
    assert [_fingerprint(p) for p in _compile_all()][0][0] == PATTERNS[0][0]


def test_nothing_is_written_when_python_writes_no_bytecode(cache_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = regex_cache.install(str(cache_path))
    assert cache is not None
    _compile_all()
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert cache.save() is False and not cache_path.exists()


def test_switched_off_by_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXTRACTOR_REGEX_CACHE", "0")
    assert regex_cache.default_path() is None
    monkeypatch.delenv("EXTRACTOR_REGEX_CACHE")
    path = regex_cache.default_path()
    assert path is not None and "__pycache__" in path and sys.implementation.cache_tag in path


def test_the_library_leaves_re_alone() -> None:
    # Only the command installs the cache; a program importing extractor keeps re's own compiler.
    code = ("import re, extractor; from extractor import Pipeline; Pipeline().run('台積電營收成長12%。', doc_id='x');"
            "print(re._compiler.compile.__module__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    assert out.stdout.strip() == "re._compiler"


def test_a_str_subclass_pattern_is_compiled_but_not_stored(cache_path: Path) -> None:
    class Text(str):
        pass

    cache = regex_cache.install(str(cache_path))
    assert cache is not None
    re.purge()
    assert re.compile(Text(r"a+b")).match("aab")
    _compile_all()
    assert all(type(p) in (str, bytes) for p, _ in cache.entries)
    assert cache.save() and cache_path.exists()  # one odd pattern does not cost the whole file
