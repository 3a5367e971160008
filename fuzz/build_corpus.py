"""Build the fuzz seed corpus from the samples: eval inputs, the seed article, encodings, hostile shapes.

    python fuzz/build_corpus.py [OUT_DIR]        # default fuzz/corpus (git-ignored)

Each corpus file is ``<mode byte><document>``; see ``fuzz_pipeline.MODES`` for the mode byte.
Documents are cut to 12 KB so that libFuzzer mutates them quickly.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

SHARED = Path("/work/shared")
MODES = ("bytes", "text", "html-bytes", "html-text", "ingest-only", "normalize", "declared-utf8")
CUT = 12 * 1024


def samples() -> list[str]:
    out: list[str] = []
    for path in sorted(SHARED.glob("eval/*/input.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                out.append(rec.get("html") or rec.get("text") or "")
    out += [p.read_text(encoding="utf-8") for p in sorted(SHARED.glob("seed/*.txt"))]
    return [s for s in out if s]


def hostile() -> list[bytes]:
    return [
        b"<div>" * 2000 + b"x" + b"</div>" * 2000,
        b"A" * 10000,
        ("1," * 3000 + "\u842c").encode(),
        ("\u300c" * 3000).encode(),
        ("\u201c" * 2000 + "\u300d" * 2000).encode(),
        ("\uff0c" * 4000).encode(),
        ("\u71df\u6536\u6210\u9577 12.5% \u9054 3,000 \u5104\u7f8e\u5143\u3002").encode("cp950"),
        "\u8425\u6536\u589e\u957f 12.5% \u8fbe 3,000 \u4ebf\u7f8e\u5143\u3002".encode("gb18030"),
        "\u5206\u6790\u5e2b\u8868\u793a\uff1a\u300c\u6ce1\u6cab\u3002\u300d".encode("utf-16-le"),
        b"\x00\x01\x02\xff" * 64,
    ]


def build(out_dir: Path) -> int:
    out_dir.mkdir(parents=True, exist_ok=True)
    items: list[bytes] = []
    for text in samples():
        for mode in ("bytes", "text", "html-bytes"):
            items.append(bytes([MODES.index(mode)]) + text.encode("utf-8")[:CUT])
        piece = text[:3000]
        for enc in ("cp950", "gb18030", "utf-16-le"):
            items.append(bytes([MODES.index("bytes")]) + piece.encode(enc, errors="ignore")[:CUT])
        items.append(bytes([MODES.index("declared-utf8")]) + piece.encode("cp950", errors="ignore")[:CUT])
        items.append(bytes([MODES.index("normalize")]) + piece.encode("utf-8"))
    for blob in hostile():
        items.append(bytes([MODES.index("bytes")]) + blob[:CUT])
        items.append(bytes([MODES.index("html-text")]) + blob[:CUT])
    for item in items:
        (out_dir / hashlib.sha1(item).hexdigest()).write_bytes(item)
    return len(items)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "corpus"
    print(f"wrote {build(target)} seed inputs to {target}")
