"""Main text of a news page: boilerplate removal, content scoring, and block-by-block text output.

How (readability-style, on lxml, no recursion so 10,000-deep pages cannot blow the stack):
1. ``clean_tree`` drops elements that are never article text (scripts, nav, footers, forms, figures
   and captions) and elements whose class/id/role names boilerplate (comments, share bars, related
   links, newsletter boxes, cookie banners, ads). "Weak" names (header, menu, sidebar) are dropped only
   when the element holds a small part of the page, because themes wrap the whole page in
   ``<div class="content-sidebar-wrap">``; furniture-sounding names (paywall, social, modal, module)
   spare an element that is text-dense (several long paragraphs, few links), because big sites name
   the article body after them. Blocks that open with a related-stories or comments heading go too.
2. ``best_container`` (:mod:`.container`) picks the element(s) holding the article.
3. ``render`` walks the container and emits one line per block; table rows become one line each with
   cells separated by a tab, and are also returned as structured rows; :mod:`.lines` then drops lines
   that are mostly links, credits, "Advertisement", editor/source/pagination lines, and a trailing
   related-stories or comments section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .container import _own_text, best_container, weighted_len
from .lines import Line, filter_lines, starts_section
from .tables import RawTable, is_data_table, read_table, text_of

# Never article text, whatever their class says.
_DROP_TAGS = frozenset({
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video",
    "audio", "nav", "aside", "footer", "button", "select", "input", "textarea", "label", "figcaption", "dialog",
    "map", "head", "menu", "header", "link", "meta", "option", "rt", "rp",
})
_BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd",
    "dt", "blockquote", "pre", "table", "tr", "figure", "center", "address", "hr", "body", "form", "fieldset",
    "details", "summary", "caption", "thead", "tbody", "tfoot", "td", "th",
})

# Class/id words that always mean boilerplate (matched as whole words inside a token: "share-bar").
# Teaser lists, comment threads, captions and bios go whatever they hold: they can be long and prose-like.
_STRONG = re.compile(
    r"(?:^|[-_])(?:comments?|commentlist|disqus|related|relatedposts|recommend\w*|newsletter\w*|cookies?|gdpr|"
    r"consent|outbrain|taboola|breadcrumbs?|trending|mostpopular|mostread|caption|credit|wp-caption-text|"
    r"sr-only|visually-hidden|screen-reader-text|author-bio|bio|reply|replies|author-info|editors?-picks?|"
    r"sponsor\w*)(?:$|[-_])")
# Words that mean boilerplate unless the element is text-dense: big sites name the article's own
# container after them ("article-body paywall", "pmc-paywall", "social-article", "modal-content").
_STRONG_UNLESS_DENSE = re.compile(
    r"(?:^|[-_])(?:share|shares|sharing|sharebar|social|socials|subscribe|subscription|signup|adverts?|"
    r"advertisement|advertising|ad|ads|adslot|adunit|dfp|promo\w*|popup|modal|paywall|overlay|"
    r"lightbox|slideshow|copyright|disclaimer|feedback|login|signin|app-download|qrcode)(?:$|[-_])")
# Words that mean boilerplate only when the element is small (themes name page wrappers after them).
_WEAK = re.compile(
    r"(?:^|[-_])(?:nav|navbar|navigation|menu|megamenu|footer|header|masthead|sidebar|rail|widget|widgets|"
    r"aside|topbar|bottom|extra|more|links|module|teaser|recirc|river|feed|side|sideblock|tag|tags|"
    r"tagcloud|keywords|topics|pagination|pager|rating|tools|toolbar|print|banner|jump|popular|profile|"
    r"gallery|video|player|subnav|photo|photos|pic|pics|img|image|images|figure)(?:$|[-_])")
_POST_CLASS = re.compile(r"^(?:hentry|type-post|status-publish|post-\d+|postid-\d+)$")
_BAD_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog",
                        "alert", "search", "toolbar", "tablist"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")

_WS = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")
_CJK = "\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
_WRAP_BETWEEN_CJK = re.compile(f"(?<=[{_CJK}])[ \\t]*\\n[ \\t\\n]*(?=[{_CJK}])")
@dataclass
class MainText:
    lines: list[Line] = field(default_factory=list)
    tables: list[RawTable] = field(default_factory=list)
    captions: dict[int, str] = field(default_factory=dict)


def clean_tree(root: etree._Element) -> etree._Element:
    """Remove boilerplate elements from ``root`` in place (see the module docstring) and return it.

    The walks are done by libxml2 (``strip_elements``, XPath attribute filters); Python only looks at
    elements that carry a hint, and class/id verdicts are cached, so a 50 MB page stays linear and fast.
    """
    body = root.find("body") if root.tag == "html" else root
    if body is None:
        body = root
    # Pass 1 drops what is never text (scripts, nav, hidden) so that pass 2 measures visible text only.
    etree.strip_elements(body, *_DROP_TAGS, with_tail=False)
    doomed = [el for el in body.iterfind(".//figure") if el.find(".//table") is None]
    doomed += [el for el in _select(body, _HINTED) if _hidden_or_furniture(el)]
    _drop_all(body, doomed)
    total = max(1, len(text_of(body)))
    verdicts: dict[str, tuple[bool, bool, bool, bool]] = {}
    doomed = [el for el in _select(body, ".//*[@class or @id]") if _named_boilerplate(el, total, verdicts)]
    _drop_all(body, doomed)
    _drop_all(body, _headed_sections(body))
    return body


def _headed_sections(body: etree._Element) -> list[etree._Element]:
    """Blocks that open with a heading naming related stories, recommendations or comments
    ("<div><h2>推荐阅读</h2>…", "<section><h3>Related</h3><ul>…"): teaser lists and comment threads
    whatever their class names, and however long their summaries are."""
    out = []
    for h in body.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        block = h.getparent()
        if (block is None or block.tag in _NEVER_DROP or block.tag == "article" and block.getparent() is body
                or (block.text or "").strip() or block[0] is not h):
            continue
        if starts_section(" ".join("".join(h.itertext()).split())):
            out.append(block)
    return out


# Elements that may be hidden or page furniture by their attributes (filtered in C before Python looks).
_HINTED = ('.//*[@hidden or @aria-hidden="true" or @role or contains(@style, "none") '
           'or contains(@style, "hidden")]')
_NEVER_DROP = frozenset({"html", "body", "main", "tr", "td", "th", "tbody", "thead", "table", "caption"})


def _select(body: etree._Element, xpath: str) -> list[etree._Element]:
    found = body.xpath(xpath)
    return [el for el in found if isinstance(el, etree._Element)] if isinstance(found, list) else []


def _drop_all(body: etree._Element, doomed: list[etree._Element]) -> None:
    root = body.getroottree().getroot()
    for el in doomed:
        # An element inside an already-removed subtree is gone with it.
        if el.getparent() is not None and el.getroottree().getroot() is root:
            _drop(el)


def _hidden_or_furniture(el: etree._Element) -> bool:
    if el.tag in _NEVER_DROP:
        return False
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    return (el.get("role") or "").lower() in _BAD_ROLES


def _verdict(value: str, cache: dict[str, tuple[bool, bool, bool, bool]]) -> tuple[bool, bool, bool, bool]:
    """(post-marker, strong, strong unless dense, weak) for one class or id value, cached: pages repeat them."""
    hit = cache.get(value)
    if hit is None:
        toks = [_CAMEL.sub("-", t).lower() for t in value.split()]
        hit = (any(_POST_CLASS.match(t) for t in toks), any(_STRONG.search(t) for t in toks),
               any(_STRONG_UNLESS_DENSE.search(t) for t in toks), any(_WEAK.search(t) for t in toks))
        cache[value] = hit
    return hit


def _named_boilerplate(el: etree._Element, total: int, cache: dict[str, tuple[bool, bool, bool, bool]]) -> bool:
    tag = el.tag
    if tag in _NEVER_DROP or not isinstance(tag, str):
        return False
    post = strong = soft = weak = False
    for attr in ("class", "id"):
        value = el.get(attr)
        if value:
            p, s, d, w = _verdict(value, cache)
            post, strong, soft, weak = post or p, strong or s, soft or d, weak or w
    if post or not (strong or soft or weak):
        # WordPress marks the post itself with "post-123 hentry tag-x topics-y": never boilerplate.
        return False
    size = len(text_of(el))
    if strong or soft:
        # Protect containers that hold most of the page (a wrapper named "post-with-comments"), and
        # article prose under a furniture-sounding name (measured: paragraphs and link density).
        if size < 0.6 * total and (strong or not _text_dense(el, size)):
            return True
    if weak and tag != "article" and size < 0.25 * total:
        return not _text_dense(el, size)
    return False


_DENSE_MIN_PARAS = 3  # paragraphs of _DENSE_PARA weighted characters or more
_DENSE_PARA = 80
_DENSE_MAX_LINKS = 0.2  # share of the text inside links


def _text_dense(el: etree._Element, size: int) -> bool:
    """True when ``el`` holds article prose: several long paragraphs and little link text. A share bar,
    a menu or a teaser rail never passes; an article body named "paywall" or "module" does."""
    if size < 3 * _DENSE_PARA:
        return False
    paras = 0
    for p in el.iter("p", "div", "section"):
        own = _own_text(p) if p.tag != "p" else text_of(p)
        if weighted_len(own.strip()) >= _DENSE_PARA:
            paras += 1
            if paras >= _DENSE_MIN_PARAS:
                break
    if paras < _DENSE_MIN_PARAS:
        return False
    links = sum(len(text_of(a)) for a in el.iter("a"))
    return links <= _DENSE_MAX_LINKS * size


def _drop(el: etree._Element) -> None:
    """Remove ``el`` but keep its tail text (the text after it belongs to the parent)."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail and tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def render(containers: list[etree._Element]) -> MainText:
    """Text lines (one per block) and data tables of the chosen containers, in document order."""
    out = MainText()
    buf: list[str] = []
    link_chars = 0
    in_link = 0

    def flush() -> None:
        nonlocal link_chars
        if buf:
            text = _clean_line("".join(buf))
            if text:
                out.lines.append(Line(text, link_chars))
            buf.clear()
        link_chars = 0

    for container in containers:
        walker = etree.iterwalk(container, events=("start", "end"))
        for ev, el in walker:
            tag = el.tag if isinstance(el.tag, str) else ""
            if ev == "start":
                if tag == "table" and is_data_table(el):
                    flush()
                    raw = read_table(el)
                    idx = len(out.tables)
                    out.tables.append(raw)
                    if raw.caption:
                        out.lines.append(Line(raw.caption, 0, idx))
                    for row in raw.rows:
                        out.lines.append(Line("\t".join(c for c, _ in row), 0, idx, row))
                    walker.skip_subtree()
                    continue
                if tag in _BLOCK_TAGS or tag == "br":
                    # <br> ends a line too: old sites separate paragraphs with <br><br> in one cell.
                    flush()
                if tag == "a":
                    in_link += 1
                if el.text and tag:
                    buf.append(el.text)
                    if in_link:
                        link_chars += len(el.text.strip())
            else:
                if tag == "a":
                    in_link -= 1
                if tag in _BLOCK_TAGS:
                    flush()
                if el.tail and el not in containers:
                    buf.append(el.tail)
                    if in_link:
                        link_chars += len(el.tail.strip())
        flush()
    return out


def _clean_line(text: str) -> str:
    # A source line break between two CJK characters is a wrap, not a space; any other is a space.
    text = _WRAP_BETWEEN_CJK.sub("", text)
    return _WS.sub(" ", text.replace("\n", " ")).strip()


def extract_main(root: etree._Element) -> MainText:
    """Main text of a parsed page; ``root`` is modified (cleaned) in place."""
    body = clean_tree(root)
    containers = best_container(body)
    out = render(containers)
    out.lines = filter_lines(out.lines)
    return out
