"""Main text of a news page: boilerplate removal, content scoring, and block-by-block text output.

How (readability-style, on lxml, no recursion so 10,000-deep pages cannot blow the stack):
1. ``clean_tree`` drops elements that are never article text (scripts, nav, footers, forms, figures
   and captions) and elements whose class/id/role names boilerplate (comments, share bars, related
   links, newsletter boxes, cookie banners, ads). "Weak" names (header, menu, sidebar) are dropped only
   when the element holds a small part of the page, because themes wrap the whole page in
   ``<div class="content-sidebar-wrap">``.
2. ``best_container`` scores every paragraph-like block (length, commas, link density; CJK characters
   weigh more because they carry more per character) into its parent and grandparent, takes the
   best-scoring container, climbs to its parent while it holds under 3/4 of the parent's paragraph
   text (bodies split into chunks by ad slots), and adds siblings that score close to it.
3. ``render`` walks the container and emits one line per block; table rows become one line each with
   cells separated by a tab, and are also returned as structured rows. Lines that are mostly links,
   photo credits or "Advertisement" are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

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
_GOOD_LEVELS = 12
_PARA_TAGS = frozenset({"p", "pre", "blockquote", "li", "td", "dd", "h2", "h3", "h4"})

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
_CJK_RE = re.compile(f"[{_CJK}]")
_WRAP_BETWEEN_CJK = re.compile(f"(?<=[{_CJK}])[ \\t]*\\n[ \\t\\n]*(?=[{_CJK}])")
_COMMAS = re.compile(r"[,，、;；。]")
@dataclass
class MainText:
    lines: list[Line] = field(default_factory=list)
    tables: list[RawTable] = field(default_factory=list)
    captions: dict[int, str] = field(default_factory=dict)


def weighted_len(text: str) -> int:
    """Length where a CJK character counts 3 (it carries about as much as an English word)."""
    return len(text) + 2 * len(_CJK_RE.findall(text))


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


def _own_text(el: etree._Element) -> str:
    return (el.text or "") + "".join((c.tail or "") for c in el)


def _score_blocks(body: etree._Element) -> tuple[dict[etree._Element, float], dict[etree._Element, int]]:
    """Readability-style content scores of containers, and the good-paragraph text each ancestor holds."""
    scores: dict[etree._Element, float] = {}
    good: dict[etree._Element, int] = {}
    for el in body.iter(*_PARA_TAGS, "div", "section", "span", "font"):
        tag = el.tag
        if tag not in _PARA_TAGS and not (tag in ("div", "section", "span", "font") and
                                          weighted_len(_own_text(el).strip()) >= 60):
            continue
        text = text_of(el)
        n = weighted_len(text.strip())
        if n < 40:
            continue
        links = sum(len(text_of(a)) for a in el.iter("a"))
        density = links / max(1, len(text))
        if density > 0.5:
            continue
        score = (1 + len(_COMMAS.findall(text)) + min(n / 100, 3)) * (1 - density)
        parent = el.getparent() if tag not in ("div", "section", "span", "font") else el
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + score
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + score / 2
        anc: etree._Element | None = parent
        for _ in range(_GOOD_LEVELS):  # bounded, so 10,000-deep pages stay linear
            if anc is None:
                break
            good[anc] = good.get(anc, 0) + int(n * (1 - density))
            anc = anc.getparent()
    return scores, good


def best_container(body: etree._Element) -> list[etree._Element]:
    """The element(s) holding the article: the top-scoring container plus its good siblings."""
    scores, good = _score_blocks(body)
    if not scores:
        return [body]
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    top, top_score = ranked[0]
    # When several strong candidates share an ancestor (a body split into sections), take that ancestor.
    rivals = [el for el, s in ranked[1:6] if s >= 0.6 * top_score and not _is_ancestor(el, top)
              and not _is_ancestor(top, el) and el is not top and not _teaser_cards(el)]
    for rival in rivals:
        common = _common_ancestor(top, rival)
        if common is not None and common.tag not in ("html",):
            top = common
    # Climb while the container holds under 3/4 of its parent's paragraph text: the body is split into
    # sibling chunks (ad slots between them, one <div> per paragraph) and the parent is the real container.
    up = top.getparent()
    while top is not body and up is not None:
        if good.get(up, 0) * 3 <= good.get(top, 0) * 4:
            break
        top, up = up, up.getparent()
    parent = top.getparent()
    if parent is None or top is body:
        return [top]
    chosen = []
    threshold = max(10.0, top_score * 0.2)
    sibs = [sib for sib in parent if isinstance(sib.tag, str)]
    at = next(i for i, sib in enumerate(sibs) if sib is top)
    for i, sib in enumerate(sibs):
        if sib is top:
            chosen.append(sib)
        elif starts_section(_first_text(sib)) or _teaser_cards(sib):
            continue  # "推荐阅读", "Related stories", "網友評論", a rail of cards: teasers however long
        elif scores.get(sib, 0.0) >= threshold:
            chosen.append(sib)
        elif (sib.tag == "p" or abs(i - at) == 1 and not _has_heading(sib)) and _prose(sib):
            # A lone paragraph beside the body, or the body's first paragraph wrapped in its own block
            # next to the rest (a lead paragraph in a "sourced-paragraph" box).
            chosen.append(sib)
    return chosen


def _prose(el: etree._Element) -> bool:
    """Article prose rather than furniture: low link density, and long or ending a sentence."""
    text = text_of(el)
    n = weighted_len(text)
    links = sum(len(text_of(a)) for a in el.iter("a"))
    return (n > 80 and links < 0.25 * len(text)) or (0 < n <= 80 and links == 0 and
                                                     bool(re.search(r"[.。!?！？」”]\s*$", text)))


_CARD_HEADINGS = 3  # linked headings that make a block a rail of teaser cards


def _teaser_cards(el: etree._Element) -> bool:
    """A recirculation rail: several headings that are links ("<h3><a>Story</a></h3><p>summary…"), the
    shape of teaser cards; an article's own subheadings are not links."""
    linked = 0
    for h in el.iter("h2", "h3", "h4", "h5", "h6"):
        if h.find(".//a") is not None or h.getparent() is not None and h.getparent().tag == "a":
            linked += 1
            if linked >= _CARD_HEADINGS:
                return True
    return False


def _has_heading(el: etree._Element) -> bool:
    return next(el.iter("h1", "h2", "h3", "h4", "h5", "h6"), None) is not None


def _first_text(el: etree._Element) -> str:
    """The first non-blank text in ``el`` (a section's heading), whitespace-collapsed."""
    for t in el.itertext():
        t = " ".join(t.split())
        if t:
            return t
    return ""


def _is_ancestor(a: etree._Element, b: etree._Element) -> bool:
    return any(x is a for x in b.iterancestors())


def _common_ancestor(a: etree._Element, b: etree._Element) -> etree._Element | None:
    # Keep the proxies alive while comparing ids: lxml reuses a live proxy for the same node, and a
    # freed one's id could be recycled.
    anc = list(a.iterancestors())
    ids = {id(x) for x in anc}
    return next((x for x in b.iterancestors() if id(x) in ids), None)


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
