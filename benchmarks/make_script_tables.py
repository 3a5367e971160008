"""Regenerate extractor/data/opencc_tables.json: what script detection and ``to_taiwan`` need from OpenCC, without
building an OpenCC converter at run time (``s2t`` costs ~60 ms to build, ``s2tw`` ~90 ms, per process).

    python benchmarks/make_script_tables.py

Source: the dictionaries shipped in the opencc package (``opencc/clib/share/opencc/*.ocd2``), dumped to text with
the package's own ``opencc_dict`` tool, and the package's converters run over every key of those dictionaries.

- ``s2t_chars``: characters that ``s2t`` rewrites on their own (Simplified-only forms), for detect_language.
- ``s2tw_from`` / ``s2tw_to``: what ``s2tw`` makes of each character on its own (one character each).
- ``s2tw_phrases``: the phrases of ``s2tw``'s segmentation dictionaries that it converts otherwise than character
  by character (一只 -> 一隻, not 一只). A text that holds none of them, and no compatibility ideograph (which
  OpenCC normalizes before it cuts phrases), converts character by character: each segment OpenCC's max-match
  cuts is a single character or a phrase whose conversion is the characters' own. Each phrase comes with its
  conversion, which is exact for a text that is the phrase itself (max-match takes the whole text): a word.
- ``normalized_chars``: the compatibility ideographs of that normalization step.
The output is sorted, so the file diffs cleanly; a test checks it against the installed opencc.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "extractor" / "data" / "opencc_tables.json"


def _dict_keys(name: str) -> list[str]:
    """The keys of one shipped .ocd2 dictionary, dumped with the package's opencc_dict."""
    import opencc

    clib = Path(opencc.__file__).parent / "clib"
    env = os.environ | {"LD_LIBRARY_PATH": str(clib / "lib64") + os.pathsep + os.environ.get("LD_LIBRARY_PATH", "")}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"{name}.txt"
        subprocess.run([str(clib / "bin" / "opencc_dict"), "-i", str(clib / "share" / "opencc" / f"{name}.ocd2"),
                        "-o", str(out), "-f", "ocd2", "-t", "text"], check=True, env=env)
        return [line.split("\t", 1)[0] for line in out.read_text("utf-8").splitlines() if line]


def build() -> dict[str, object]:
    import opencc

    segmenting = {k for name in ("STPhrases", "STPhrases_GeneratedFromRegionalPhrases") for k in _dict_keys(name)}
    normalized = set(_dict_keys("CJK_Compatibility_Ideographs"))
    keys = segmenting | normalized
    for name in ("STCharacters", "TWVariants", "TWVariantsPhrases"):
        keys.update(_dict_keys(name))
    chars = sorted({ch for k in keys for ch in k})
    s2t = opencc.OpenCC("s2t").convert
    s2tw = opencc.OpenCC("s2tw").convert
    char_map = {ch: s2tw(ch) for ch in chars if s2tw(ch) != ch}
    assert all(len(v) == 1 for v in char_map.values()), "s2tw maps a character to several"
    irregular = {k: s2tw(k) for k in sorted(segmenting) if len(k) > 1 and s2tw(k) != "".join(char_map.get(c, c) for c in k)}
    return {
        "opencc": getattr(opencc, "__version__", ""),
        "s2t_chars": "".join(ch for ch in chars if s2t(ch) != ch),
        "s2tw_from": "".join(char_map),
        "s2tw_to": "".join(char_map.values()),
        "s2tw_phrases": irregular,
        "normalized_chars": "".join(sorted(normalized)),
    }


def main() -> None:
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
