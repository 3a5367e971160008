"""Coverage-guided fuzzing of ingest and extraction with atheris (not part of the test suite).

    python fuzz/build_corpus.py                       # seed corpus from the samples -> fuzz/corpus/
    nice -n 10 python fuzz/fuzz_pipeline.py fuzz/corpus -max_total_time=300 -timeout=10 -max_len=16384 \
        -artifact_prefix=fuzz/crashes/

The first input byte picks the entry point (see ``MODES``); the rest is the document. Any exception
other than :class:`extractor.errors.InputError` is a crash, and so is a span that does not match its
text (the pipeline checks spans and raises StageError). Replay one crash file with
``python fuzz/fuzz_pipeline.py fuzz/crashes/crash-<hash>``.

libFuzzer stops at the first crash, and ``-fork`` mode does not work with atheris. To collect every
distinct crash in one bounded run, set ``FUZZ_KEEP_GOING=1``: each new crash site (exception type and
innermost project frame) is saved as ``fuzz/crashes/keep-<site>-<hash>`` with its traceback in a
``.txt`` next to it, and fuzzing continues.
"""

from __future__ import annotations

import hashlib
import os
import sys
import traceback
from pathlib import Path

import atheris

import extractor  # noqa: F401  (the package itself first: atheris' import hook misses editable installs)

with atheris.instrument_imports():
    import extractor.assemble  # noqa: F401
    import extractor.export
    import extractor.extractors.claims  # noqa: F401
    import extractor.extractors.metrics  # noqa: F401
    import extractor.extractors.quotes  # noqa: F401
    import extractor.extractors.terms  # noqa: F401
    import extractor.ingest
    import extractor.ingest.decode
    import extractor.ingest.html  # noqa: F401
    import extractor.ingest.text  # noqa: F401
    import extractor.normalize
    import extractor.pipeline
    import extractor.segment  # noqa: F401
    import extractor.stages  # noqa: F401
    from extractor.errors import InputError

MODES = ("bytes", "text", "html-bytes", "html-text", "ingest-only", "normalize", "declared-utf8")
_PIPE = extractor.pipeline.Pipeline(time_budget=None)  # hangs are reported by libFuzzer's -timeout
_PIPE.warm_up()


_KEEP_GOING = os.environ.get("FUZZ_KEEP_GOING") == "1"
_CRASH_DIR = Path(os.environ.get("FUZZ_CRASH_DIR", Path(__file__).parent / "crashes"))
_SEEN: set[str] = set()


def _crash_site(exc: BaseException) -> str:
    root = exc
    while root.__cause__ is not None:
        root = root.__cause__
    frames = [f for f in traceback.extract_tb(root.__traceback__) if "/extractor/" in f.filename] or \
        traceback.extract_tb(root.__traceback__)[-1:]
    where = f"{Path(frames[-1].filename).stem}.{frames[-1].lineno}" if frames else "unknown"
    return f"{type(root).__name__}-{where}"


def one_input(data: bytes) -> None:
    if not _KEEP_GOING:
        _one_input(data)
        return
    try:
        _one_input(data)
    except Exception as exc:
        site = _crash_site(exc)
        if site not in _SEEN:
            _SEEN.add(site)
            _CRASH_DIR.mkdir(parents=True, exist_ok=True)
            name = f"keep-{site}-{hashlib.sha1(data).hexdigest()[:12]}"
            (_CRASH_DIR / name).write_bytes(data)
            (_CRASH_DIR / f"{name}.txt").write_text("".join(traceback.format_exception(exc)), encoding="utf-8")
            print(f"\n=== new crash site {site} saved as {name}", file=sys.stderr, flush=True)


def _one_input(data: bytes) -> None:
    if not data:
        return
    mode = MODES[data[0] % len(MODES)]
    body = data[1:]
    text = body.decode("utf-8", errors="replace")
    try:
        if mode == "bytes":
            art = _PIPE.run(body, doc_id="fuzz")
        elif mode == "text":
            art = _PIPE.run(text, doc_id="fuzz")
        elif mode == "html-bytes":
            art = _PIPE.run(body, doc_id="fuzz", content_type="text/html")
        elif mode == "html-text":
            art = _PIPE.run("<html><body><p>" + text + "</p></body></html>", doc_id="fuzz")
        elif mode == "ingest-only":
            extractor.ingest.ingest(body, name="fuzz")
            return
        elif mode == "normalize":
            norm, offsets = extractor.normalize.normalize_text(text)
            assert extractor.normalize.normalize_text(norm)[0] == norm, "normalize_text is not idempotent"
            pts = offsets.points
            assert all(a <= b for a, b in zip(pts, pts[1:], strict=False)), "offset map not monotone"
            assert not pts or pts[-1] <= len(text), "offset map projects past the source"
            return
        else:  # a page that claims UTF-8 while its bytes may be anything
            art = _PIPE.run(b"<html><head><meta charset='utf-8'></head><body><p>" + body + b"</p></body></html>",
                            doc_id="fuzz")
    except InputError:
        return
    extractor.export.dumps(art)


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
