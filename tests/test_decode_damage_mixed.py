"""Damaged bytes cost only themselves (issue 17.2), on damaged copies of real pages.

Real English pages (shared/eval/dev_en) and real udn.com text (shared/corpus) are damaged inside the
test: a stray byte with no charset declared, a passage in Big5 inside a UTF-8 page, junk bytes, a WARC
record cut in the middle of a character, NULs and control bytes. The page must be decoded with the
damage counted in warning W104 and the rest extracted; only input that is binary as a whole is refused.
"""

from __future__ import annotations

import io
import json
import re

import pytest

from extractor.dev import shared_dir
from extractor.errors import InputError
from extractor.ingest.decode import decode_bytes
from extractor.pipeline import Pipeline

DEV_EN = shared_dir() / "eval/dev_en/input.jsonl"
CORPUS = shared_dir() / "corpus/udn-2017.jsonl"
if not (DEV_EN.exists() and CORPUS.exists()):  # pragma: no cover - real data lives outside the repo
    pytest.skip("real pages not available", allow_module_level=True)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="module")
def en_html() -> bytes:
    return json.loads(DEV_EN.read_text(encoding="utf-8").splitlines()[0])["html"].encode("utf-8")


@pytest.fixture(scope="module")
def udn() -> list[dict]:
    with CORPUS.open(encoding="utf-8") as fh:
        return [json.loads(next(fh)) for _ in range(4)]


def _page(title: str, *paras: bytes, charset: bool = True) -> bytes:
    meta = b"<meta charset='utf-8'>" if charset else b""
    body = b"".join(b"<p>" + p + b"</p>" for p in paras)
    return (b"<html><head>" + meta + b"<title>" + title.encode() + b"</title></head><body><article>" + body
            + b"</article></body></html>")


def test_english_page_with_one_bad_byte_and_no_declared_charset_is_extracted(pipe, en_html):
    plain = re.sub(rb"<meta[^>]*charset[^>]*>", b"", en_html)  # nothing says UTF-8 any more
    clean = pipe.run(plain, doc_id="clean")
    i = plain.index(b"<p", len(plain) // 2) + 40  # inside a paragraph of the body half
    while plain[i] >= 0x80 or plain[i] in b"<>":
        i += 1
    damaged = plain[:i] + b"\xff" + plain[i + 1:]
    art = pipe.run(damaged, doc_id="damaged")
    assert abs(len(art.text) - len(clean.text)) <= 2
    (w,) = [w for w in art.warnings if w.code == "W104"]
    assert f"byte {i}" in w.message and "1 bytes replaced" in w.message


def test_big5_passage_inside_a_utf8_page_is_read_as_big5(pipe, udn):
    first, quoted = udn[0]["text"][:300], udn[1]["text"][:120]
    passage = quoted.encode("cp950", "ignore")
    data = _page(udn[0]["title"], first.encode(), passage, udn[0]["text"][300:600].encode())
    for charset in (True, False):
        page = data if charset else data.replace(b"<meta charset='utf-8'>", b"")
        art = pipe.run(page, doc_id="mixed")
        assert passage.decode("cp950") in art.text  # the passage is recovered, not replaced
        assert first[:100] in art.text
        (w,) = [w for w in art.warnings if w.code == "W104"]
        assert f"{len(passage)} bytes read as Big5" in w.message


def test_junk_bytes_in_a_utf8_page_are_replaced_and_counted(udn):
    junk = bytes([0xFF, 0xFE, 0x80, 0x81]) * 5  # no charset reads these as text
    data = _page(udn[2]["title"], udn[2]["text"][:200].encode(), junk, udn[2]["text"][200:500].encode())
    text, warnings = decode_bytes(data)
    assert udn[2]["text"][200:500] in text and "\ufffd" in text
    (w,) = [w for w in warnings if w["code"] == "W104"]
    assert "20 bytes replaced with U+FFFD" in w["message"]


def test_warc_record_cut_mid_character_is_extracted_with_both_warnings(tmp_path, udn):
    warcio = pytest.importorskip("warcio")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from extractor.batch import run_batch

    text = udn[3]["text"][:600]
    html = ("<html><head><meta charset='utf-8'></head><body><article><p>" + text).encode()  # ends in CJK
    fh = io.BytesIO()
    w = WARCWriter(fh, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    w.write_record(w.create_warc_record(udn[3]["url"], "response", payload=io.BytesIO(html), http_headers=http))
    data = fh.getvalue()
    m = re.search(rb"Content-Length: (\d+)", data)
    assert m and warcio
    cut = data[:m.start(1)] + str(int(m.group(1)) - 1).encode() + data[m.end(1):]  # one byte of the last char
    src = tmp_path / "cut.warc"
    src.write_bytes(cut)
    out = tmp_path / "out.jsonl"
    res = run_batch([str(src)], str(out), jobs=1, quiet=True)
    assert res.exit_code == 0
    (art,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    codes = [w["code"] for w in art["warnings"]]
    assert "W107" in codes and "W104" in codes
    assert " ".join(text[:-1].split()) in art["text"]  # all but the cut character


def test_a_few_nuls_in_a_real_page_do_not_make_it_binary(pipe, udn):
    data = bytearray(_page(udn[0]["title"], udn[0]["text"].encode()))
    at = data.index("。".encode(), len(data) // 2)
    data[at:at] = b"\x00"  # one NUL in about 3 kB: a copy error, not a binary file
    art = pipe.run(bytes(data), doc_id="nul")
    assert udn[0]["text"][:200] in art.text and len(art.text) > 400


def test_binary_as_a_whole_is_refused_even_with_text_around_it(udn):
    text = udn[0]["text"].encode()
    # Control bytes spread through the input: a binary file with some text in it, not a damaged page.
    blob = b"".join(text[i:i + 30] + bytes([1, 2, 3, 0x1B, 0x7F, 0, 0xC0]) for i in range(0, len(text), 30))
    with pytest.raises(InputError) as exc:
        decode_bytes(blob)
    assert exc.value.code == "E106"


def test_a_legacy_big5_page_is_not_mistaken_for_damaged_utf8(udn):
    data = _page(udn[1]["title"], udn[1]["text"][:800].encode("cp950", "ignore"), charset=False).replace(
        udn[1]["title"].encode(), udn[1]["title"].encode("cp950", "ignore"))
    text, warnings = decode_bytes(data)
    assert udn[1]["text"][:50] in text
    assert not [w for w in warnings if w["code"] == "W104"]
