"""issue 17.2: one stray byte must not reject a whole page; the damage is a warning on the Article."""

from __future__ import annotations

from pathlib import Path

import pytest

SAMPLES = Path(__file__).parent.parent / "samples"


@pytest.mark.parametrize("name", ["en/chipmaker-capex", "zh-Hant/ai-roi-bubble"])
def test_one_invalid_byte_in_a_utf8_page_is_replaced_and_reported(name):
    from extractor.pipeline import Pipeline

    path = SAMPLES / name / "input.html"
    clean = Pipeline().run(path.read_bytes(), doc_id="clean")
    data = bytearray(path.read_bytes())
    i = len(data) // 2
    while data[i] >= 0x80 or data[i] in b"<>":
        i += 1
    data[i] = 0xFF
    art = Pipeline().run(bytes(data), doc_id="damaged")
    warn = [w for w in art.warnings if w.code == "W104"]
    assert warn and "1 damaged" in warn[0].message and f"byte {i}" in warn[0].message
    assert abs(len(art.text) - len(clean.text)) <= 2 and len(art.metrics) >= len(clean.metrics) - 1


def test_binary_is_still_refused():
    from extractor.errors import InputError
    from extractor.ingest.decode import decode_bytes

    blob = bytes(range(256)) * 64
    with pytest.raises(InputError):
        decode_bytes(blob)
