"""The page shell shared by both report pages: CSP, inline CSS/JS, JSON data island, escaping helpers.

Pages are self-contained (no external assets) and locked down: the Content-Security-Policy allows only the
page's own inline script (by its sha256 hash), inline styles and data: images. Article content reaches the
page only as escaped HTML text or inside ``<script type="application/json">`` with ``<``, ``>`` and ``&``
written as ``\\u003c`` etc., so no string in an article can close the element or start markup.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from functools import cache
from html import escape
from importlib import resources
from typing import Any


@cache
def asset(name: str) -> str:
    """The text of a package data file in ``extractor/report`` (CSS or JS)."""
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def esc(value: object) -> str:
    """Escape any value for HTML text or a quoted attribute; None becomes the empty string."""
    return "" if value is None else escape(str(value), quote=True)


def json_island(element_id: str, data: Any) -> str:
    """Embed ``data`` as JSON that the browser never executes and that cannot break out of its element."""
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    raw = raw.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    raw = raw.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f'<script type="application/json" id="{esc(element_id)}">{raw}</script>'


def csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def page(*, title: str, lang: str, body: str, script: str, body_class: str = "") -> str:
    """A complete HTML document: ``body`` is trusted markup built with :func:`esc`; ``script`` is our JS."""
    csp = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
        f"script-src '{csp_hash(script)}'; base-uri 'none'; form-action 'none'"
    )
    cls = f' class="{esc(body_class)}"' if body_class else ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{esc(lang or "und")}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(csp)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{esc(title)}</title>\n<style>{asset('report.css')}</style>\n</head>\n"
        f"<body{cls}>\n{body}\n<script>{script}</script>\n</body>\n</html>\n"
    )


def fmt_number(x: float | None) -> str:
    """A compact, exact-enough display of a base-unit value: 5e11 -> '500,000,000,000'."""
    if x is None:
        return ""
    if not math.isfinite(x):
        return str(x)
    if x == int(x) and abs(x) < 1e18:
        return f"{int(x):,}"
    return f"{x:,.6g}" if abs(x) >= 1 else f"{x:.6g}"
