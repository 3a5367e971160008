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
- ``tw_guard``: one regular expression for the Simplified spellings of ``TWVariantsPhrases`` (純喫茶, 林國樑), the
  phrases ``s2tw``'s second step keeps although its characters alone change (喫 -> 吃); a text that holds one is
  left to the converter.
- ``s2tw_breaks``: punctuation and white space that no segmentation key holds (，。「」): OpenCC's cut never
  spans one, so a text is cut clause by clause.
- ``opencc_s2tw_segments.txt`` (a second file): every key of the segmentation dictionaries, so that a clause
  holding an irregular phrase can be cut as OpenCC's max-match cuts it (``extractor.normalize.s2tw``). Its first
  line is a JSON index ``{first character: [start, end, longest key]}`` into the rest, which is the keys sorted,
  each between newlines (a lookup is one ``str.find`` in the first character's bucket, no 50,000-entry set).
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
SEGMENTS = ROOT / "extractor" / "data" / "opencc_s2tw_segments.txt"


def _dict_keys(name: str) -> list[str]:
    """The keys of one shipped .ocd2 dictionary, dumped with the package's opencc_dict."""
    return [k for k, _ in _dict_items(name)]


def _dict_items(name: str) -> list[tuple[str, str]]:
    """(key, first value) of every entry of one shipped .ocd2 dictionary, dumped with the package's opencc_dict."""
    import opencc

    clib = Path(opencc.__file__).parent / "clib"
    env = os.environ | {"LD_LIBRARY_PATH": str(clib / "lib64") + os.pathsep + os.environ.get("LD_LIBRARY_PATH", "")}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"{name}.txt"
        subprocess.run([str(clib / "bin" / "opencc_dict"), "-i", str(clib / "share" / "opencc" / f"{name}.ocd2"),
                        "-o", str(out), "-f", "ocd2", "-t", "text"], check=True, env=env)
        rows = [line.split("\t", 1) for line in out.read_text("utf-8").splitlines() if line]
        return [(k, v.split(" ")[0]) for k, v in rows]


def segment_keys() -> list[str]:
    """The keys of s2tw's segmentation dictionaries (its max-match cuts at these), sorted."""
    return sorted({k for name in ("STPhrases", "STPhrases_GeneratedFromRegionalPhrases") for k in _dict_keys(name)})


def _tw_guard() -> str:
    """A pattern for the Simplified input whose first step (STCharacters, one character at a time) spells a
    ``TWVariantsPhrases`` key holding a character ``TWVariants`` changes: there the second step differs."""
    import re

    variants = dict(_dict_items("TWVariants"))
    step1 = dict(_dict_items("STCharacters"))
    pre: dict[str, set[str]] = {}
    for k, v in step1.items():
        pre.setdefault(v, set()).add(k)
    alts = []
    for key, _ in _dict_items("TWVariantsPhrases"):
        if any(c in variants for c in key):
            classes = [sorted(pre.get(c, set()) | ({c} if step1.get(c, c) == c else set())) for c in key]
            if not all(classes):
                continue  # a character no input turns into (林杰樑: 杰 becomes 傑): the key cannot arise
            alts.append("".join("[" + "".join(re.escape(x) for x in cls) + "]" for cls in classes))
    return "|".join(sorted(alts))


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
        "tw_guard": _tw_guard(),
        "s2tw_breaks": "".join(sorted(set(_BREAK_CANDIDATES) - {ch for k in segmenting for ch in k})),
    }


# Characters that end clauses and lines; those no segmentation key holds cut a text into independent pieces.
_BREAK_CANDIDATES = "，。、；：！？「」『』（）《》〈〉【】—…,.;:!?()[]\"' \n\t"


def segments_file() -> str:
    """The text of ``opencc_s2tw_segments.txt``: a JSON index line, then ``\nKEY\nKEY...\n``."""
    keys = segment_keys()
    body = ["\n"]
    pos = 0  # offsets into the body (after the index line)
    index: dict[str, list[int]] = {}
    for k in keys:
        entry = index.setdefault(k[0], [pos, pos + 1, 0])
        body.append(k + "\n")
        pos += len(k) + 1
        entry[1] = pos + 1  # one past the newline that ends this key
        entry[2] = max(entry[2], len(k))
    return json.dumps(index, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n" + "".join(body)


def main() -> None:
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=0) + "\n", "utf-8")
    SEGMENTS.write_text(segments_file(), "utf-8")
    print(f"wrote {OUT} and {SEGMENTS}")


if __name__ == "__main__":
    main()
