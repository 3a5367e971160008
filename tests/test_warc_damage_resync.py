"""A damaged WARC costs only its damaged record (issue 17.3), on copies of real udn.com articles.

Each test builds a 10-page archive from the real crawl (shared/corpus/udn-2017.jsonl) with warcio,
damages one record the way real archives break (a Content-Length 300 bytes too large or too small,
garbage between records, a flipped bit in a .warc.gz member, a cut file), and checks that the other
nine pages are written and the damaged record is in the errors file with its offset and reason.
"""

from __future__ import annotations

import gzip
import io
import json
import re
from pathlib import Path

import pytest

from extractor.batch import run_batch
from extractor.batch.readers import iter_warc
from extractor.dev import shared_dir

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

CORPUS = shared_dir() / "corpus/udn-2017.jsonl"
if not CORPUS.exists():  # pragma: no cover - the crawl is outside the repository
    pytest.skip("real udn crawl not available", allow_module_level=True)


def _real_pages(n: int = 10) -> list[tuple[str, str, str]]:
    out = []
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = rec["text"][:500]
            paras = "".join(f"<p>{s}。</p>" for s in text.split("。") if s.strip())
            html = (f"<html><head><meta charset='utf-8'><title>{rec['title']}</title></head><body>"
                    f"<article><h1>{rec['title']}</h1>{paras}</article></body></html>")
            out.append((rec["url"], html, text[:40]))
            if len(out) == n:
                return out
    return out


def _warc(gz: bool, pages: list[tuple[str, str, str]]) -> bytes:
    fh = io.BytesIO()
    w = WARCWriter(fh, gzip=gz)
    for url, html, _ in pages:
        w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(html.encode()), http_headers=http))
    return fh.getvalue()


def _response_starts(data: bytes) -> list[int]:
    return [m.start() for m in re.finditer(rb"WARC/1\.[01]\r\nWARC-Type: response", data)]


def _set_length(data: bytes, k: int, delta: int) -> bytes:
    """The k-th response record's Content-Length changed by ``delta``."""
    start = _response_starts(data)[k]
    m = re.compile(rb"Content-Length: (\d+)").search(data, start)
    assert m
    return data[:m.start(1)] + str(int(m.group(1)) + delta).encode() + data[m.end(1):]


def _run(tmp_path: Path, data: bytes, name: str) -> tuple[list[dict], list[dict], int]:
    src = tmp_path / name
    src.write_bytes(data)
    out = tmp_path / "out.jsonl"
    res = run_batch([str(src)], str(out), jobs=1, quiet=True)
    arts = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    err = tmp_path / "out.errors.jsonl"
    errs = [json.loads(x) for x in err.read_text(encoding="utf-8").splitlines()] if err.exists() else []
    return arts, errs, res.exit_code


@pytest.fixture(scope="module")
def pages() -> list[tuple[str, str, str]]:
    return _real_pages()


def test_content_length_too_large_costs_only_that_record(tmp_path, pages):
    data = _warc(False, pages)
    bad_at = _response_starts(data)[3]
    arts, errs, code = _run(tmp_path, _set_length(data, 3, 300), "big.warc")
    assert code == 1
    assert [a["source"]["url"] for a in arts] == [u for i, (u, _, _) in enumerate(pages) if i != 3]
    (err,) = errs
    assert err["code"] == "E126" and err["source"].endswith(f"@{bad_at}")
    assert "Content-Length" in err["reason"] and err["id"].startswith("urn:uuid:")


def test_garbage_between_records_is_reported_and_skipped(tmp_path, pages):
    data = _warc(False, pages)
    cut = _response_starts(data)[5]
    junk = b"\x00\x17 this is not a record \xff\xfe" * 10
    arts, errs, _ = _run(tmp_path, data[:cut] + junk + data[cut:], "junk.warc")
    assert len(arts) == 10  # no page is lost
    (err,) = errs
    assert err["source"].endswith(f"@{cut}") and f"{len(junk)} bytes" in err["reason"]


def test_content_length_too_small_keeps_the_page_with_a_truncated_warning(tmp_path, pages):
    data = _warc(False, pages)
    arts, errs, code = _run(tmp_path, _set_length(data, 2, -98), "short.warc")
    assert code == 0 and not errs and len(arts) == 10
    flagged = [a for a in arts if any(w["code"] == "W107" for w in a["warnings"])]
    assert [a["source"]["url"] for a in flagged] == [pages[2][0]]
    assert "truncated" in flagged[0]["warnings"][-1]["message"]
    assert not any(w["code"] == "W107" for a in arts if a is not flagged[0] for w in a["warnings"])


def test_flipped_bit_in_a_gzip_member_costs_only_that_member(tmp_path, pages):
    data = _warc(True, pages)
    members = [m.start() for m in re.finditer(rb"\x1f\x8b\x08", data)]
    assert len(members) == 20  # one member per record (request, response)
    target = members[9]  # the 5th response record
    flip = target + (members[10] - target) // 2
    damaged = data[:flip] + bytes([data[flip] ^ 0x10]) + data[flip + 1:]
    arts, errs, code = _run(tmp_path, damaged, "flip.warc.gz")
    assert code == 1
    assert [a["source"]["url"] for a in arts] == [u for i, (u, _, _) in enumerate(pages) if i != 4]
    (err,) = errs
    assert err["code"] == "E126" and err["source"].endswith(f"@{target}") and "gzip member" in err["reason"]


def test_garbage_between_gzip_members_is_skipped(tmp_path, pages):
    data = _warc(True, pages)
    members = [m.start() for m in re.finditer(rb"\x1f\x8b\x08", data)]
    cut = members[6]
    arts, errs, _ = _run(tmp_path, data[:cut] + b"GARBAGE" * 20 + data[cut:], "junk.warc.gz")
    assert len(arts) == 10
    (err,) = errs
    assert err["source"].endswith(f"@{cut}") and "140 bytes" in err["reason"]


def test_archive_cut_mid_record_keeps_every_whole_record(tmp_path, pages):
    data = _warc(False, pages)
    last = _response_starts(data)[9]
    arts, errs, code = _run(tmp_path, data[:last + 400], "cut.warc")
    assert code == 1 and len(arts) == 9
    (err,) = errs
    assert err["source"].endswith(f"@{last}") and "truncated" in err["reason"]


def test_whole_archive_in_one_gzip_member_still_reads(tmp_path, pages):
    one = gzip.compress(_warc(False, pages))  # some tools gzip the whole file
    arts, errs, code = _run(tmp_path, one, "one.warc.gz")
    assert code == 0 and len(arts) == 10 and not errs


def test_whole_archive_member_larger_than_the_cap_streams(pages):
    one = gzip.compress(_warc(False, pages))
    tasks = list(iter_warc(io.BufferedReader(io.BytesIO(one)), "one.warc.gz", max_bytes=3000))
    assert [t.kind for t in tasks].count("doc") == 10


def test_unreadable_content_length_costs_only_that_record(tmp_path, pages):
    data = _warc(False, pages)
    start = _response_starts(data)[6]
    m = re.compile(rb"Content-Length: (\d+)").search(data, start)
    assert m
    arts, errs, _ = _run(tmp_path, data[:m.start(1)] + b"12x4" + data[m.end(1):], "badlen.warc")
    assert [a["source"]["url"] for a in arts] == [u for i, (u, _, _) in enumerate(pages) if i != 6]
    (err,) = errs
    assert err["source"].endswith(f"@{start}") and "Content-Length" in err["reason"]


def test_gzip_archive_cut_in_its_last_member_keeps_the_rest(tmp_path, pages):
    data = _warc(True, pages)
    last = [m.start() for m in re.finditer(rb"\x1f\x8b\x08", data)][-1]
    arts, errs, code = _run(tmp_path, data[:last + 40], "cut.warc.gz")
    assert code == 1 and len(arts) == 9
    (err,) = errs
    assert err["source"].endswith(f"@{last}") and "cut off" in err["reason"]


def test_zero_padding_after_the_last_member_is_not_an_error(tmp_path, pages):
    arts, errs, code = _run(tmp_path, _warc(True, pages) + b"\x00" * 512, "padded.warc.gz")
    assert code == 0 and len(arts) == 10 and not errs
