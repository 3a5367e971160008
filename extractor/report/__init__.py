"""Self-contained HTML reports: one page per Article with every item highlighted, plus a batch overview.

    from extractor.report import render_article, write_report
    html = render_article(article)                   # one page, as a string
    paths = write_report(articles, Path("report/"))  # report/index.html + report/<id>.html

Pages work offline (no external assets) and are locked down by a Content-Security-Policy; article content
is always escaped (see ``page.py``).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from ..errors import ConfigError
from ..model import Article, Metric
from .article import items_of, render_article
from .overview import render_overview

__all__ = ["render_article", "render_overview", "write_report", "safe_names", "is_directory_target"]

_UNSAFE = re.compile(r"[^\w.\-]+")
_RESERVED = {"index", "con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def safe_names(ids: Sequence[str]) -> list[str]:
    """A distinct, portable ``<name>.html`` per id; a sanitized, reserved or clashing id gets a hash suffix.

    >>> safe_names(["a-1", "../etc/passwd", "index", "a-1"])
    ['a-1.html', 'etc_passwd-e96c47ea.html', 'index-e540cdd1.html', 'a-1-bfde529b.html']
    """
    seen: set[str] = set()
    out = []
    for doc_id in ids:
        base = _UNSAFE.sub("_", doc_id).strip("._")[:80] or "article"
        name = base
        if name != doc_id or name.lower() in _RESERVED or name.lower() in seen:
            name = f"{base}-{hashlib.sha1(doc_id.encode('utf-8')).hexdigest()[:8]}"
        n = 2
        while name.lower() in seen:
            name, n = f"{base}-{n}", n + 1
        seen.add(name.lower())
        out.append(name + ".html")
    return out


def is_directory_target(out: Path | str, n_articles: int) -> bool:
    """Directory mode: ``out`` is an existing directory, ends with a slash, or several articles go to a
    path without an ``.html`` suffix."""
    s = str(out)
    p = Path(out)
    return p.is_dir() or s.endswith(("/", "\\")) or (n_articles > 1 and p.suffix.lower() not in (".html", ".htm"))


def _write_atomic(path: Path, text: str) -> None:
    """Write to a temporary name beside ``path``, then rename: a full disk never leaves a cut page."""
    import os

    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_report(articles: Sequence[Article], target: Path | str, *, errors: Sequence[tuple[str, str]] = (),
                 title: str | None = None) -> list[Path]:
    """Write one page (``target`` is a file) or ``target/index.html`` plus one page per article (see
    :func:`is_directory_target`); return the paths written, the overview first."""
    out = Path(target)
    if not is_directory_target(target, len(articles)):
        if len(articles) != 1:
            raise ConfigError(f"{len(articles)} articles cannot go into one file; give a directory for -o "
                              f"(e.g. -o {Path(out).stem}/)", source=str(out), code="E210")
        out.parent.mkdir(parents=True, exist_ok=True)
        _write_atomic(out, render_article(articles[0]))
        return [out]
    out.mkdir(parents=True, exist_ok=True)
    names = safe_names([a.id for a in articles])
    facts: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for n, a in enumerate(articles):
        for _, key, m in items_of(a):
            if isinstance(m, Metric) and m.fact_id:
                facts[m.fact_id].append((n, key, f"{a.title or a.id}: {m.text}"))
    paths = [out / "index.html"]
    _write_atomic(paths[0], render_overview(articles, names, errors=errors, title=title or "extractor report"))
    for n, (a, name) in enumerate(zip(articles, names, strict=True)):
        related = {
            m.fact_id: [(f"{names[o]}#{key}", label) for o, key, label in facts[m.fact_id] if o != n]
            for m in a.metrics if m.fact_id
        }
        path = out / name
        _write_atomic(path, render_article(a, overview_href="index.html", related=related))
        paths.append(path)
    return paths
