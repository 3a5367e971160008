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
_STRONG = re.compile(
    r"(?:^|[-_])(?:comments?|commentlist|disqus|share|shares|sharing|sharebar|social|socials|related|"
    r"relatedposts|recommend\w*|newsletter\w*|subscribe|subscription|signup|cookies?|gdpr|consent|"
    r"adverts?|advertisement|advertising|ad|ads|adslot|adunit|dfp|sponsor\w*|promo\w*|outbrain|taboola|"
    r"breadcrumbs?|popup|modal|paywall|trending|mostpopular|mostread|caption|credit|wp-caption-text|"
    r"sr-only|visually-hidden|screen-reader-text|author-bio|bio|overlay|lightbox|slideshow|copyright|"
    r"disclaimer|reply|replies|feedback|login|signin|app-download|qrcode|author-info)(?:$|[-_])")
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
# Lines that are page furniture even inside the article container (matched on short lines only).
_BULLETS = r"[►▶▲▼■□●◆◇★☆※→>»|【\[\s]*"
_JUNK_LINE = re.compile(
    _BULLETS +
    r"(?:advertisement|advertisements|廣告|sponsored|story continues below(?: advertisement)?|continue reading|"
    r"read more|read also|see also|related|related stories|related articles|recommended|"
    r"延伸閱讀|相關新聞|相關報導|推薦閱讀|看更多|更多新聞|熱門新聞|猜你喜歡|你可能也喜歡|"
    r"share this|share|tweet|email|print|comments?|分享|列印|留言|訂閱|"
    r"caption|close|expand|enlarge|click to enlarge|back to top|skip ad|loading\.*|"
    r"(?:image|photo|picture|slide) \d+ (?:of|/) \d+.{0,60}|your browser does not support.{0,60}|"
    r"(?:please )?enable javascript.{0,60}|javascript is (?:disabled|required).{0,60}|"
    r"(?:main |top |lead )?(?:photo|image|picture|圖|圖片|照片|攝影|資料照)s?\s*(?:credits?)?\s*[:：／/].{0,60}|"
    r"[\w.+-]+@[\w-]+\.[\w.]+|(?:https?://|www\.)?(?:twitter|x|facebook|instagram)\.com/\S+|@\w{2,30}|"
    r"\((?:photo|image)[^)]{0,60}\)|[（(](?:圖|攝影|照片)[^）)]{0,40}[）)]|"
    r"(?:getty images|ap photo|reuters|afp|istock|shutterstock)(?:/.{0,40})?|"
    # English bylines, alone or with a date: "By Jane Roe | Published June 28, 2023".
    r"(?:by|written by) [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}"
    r"(?:,? (?:and|&) [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3})?(?:\s*[|·•,–-]\s*.{0,50})?|"
    # Chinese bylines on their own line: "〔記者王小明／台北報導〕", "記者王小明／台北報導".
    r"[〔\[【(（]?(?:[^\s／/]{0,8}記者[^／/\s]{1,8}[／/][^〕\]】)）\s]{1,12}|(?:文|撰文|編譯|圖文)[／/：:]\s*\S{1,12})"
    r"[〕\]】)）]?|"
    # Dates and times alone ("2023/06/28 10:21", "Published 10:21 AM").
    r"(?:published|updated|posted|發布時間|更新時間|發稿時間)?[:：\s]*"
    r"(?:\d{2,4}[/\-.年]\d{1,2}[/\-.月]\d{1,2}日?|(?=\d{1,2}:\d{2}))[\d:\s]*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?|"
    # Decorations and photo captions: "☆…☆", "▲…（圖／記者…攝）", "…（資料照）", "中央社記者攝".
    r"[☆★].{0,60}[☆★]|▲.{0,80}|.{0,60}[（(](?:圖|圖片|照片|攝影|資料照|翻攝|示意圖)[^）)]{0,30}[）)]|"
    r".{0,20}記者\S{0,6}攝|.{0,70}[（(][^（）()]{0,20}(?:攝|資料照|翻攝|提供|取自)[^（）()]{0,10}[）)]|"
    # In-body promotions: "Sign up for our newsletter…", "下載中時新聞網APP", "加入LINE好友".
    r"(?:sign up|subscribe (?:now|to|for)|click here|download (?:the|our) app|follow us on)\b.{0,100}|"
    r".{0,30}(?:下載|加入|追蹤|訂閱|按讚).{0,12}(?:APP|App|app|粉絲團|粉絲專頁|LINE|Line|好友|頻道|電子報).{0,30}"
    r")[】\]]?\s*[.:：]?$", re.I)


@dataclass
class Line:
    """One output line: a paragraph, heading, list item, or a table row (``table`` set)."""

    text: str
    link_chars: int = 0
    table: int | None = None
    cells: tuple[tuple[str, bool], ...] = ()


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
    verdicts: dict[str, tuple[bool, bool, bool]] = {}
    doomed = [el for el in _select(body, ".//*[@class or @id]") if _named_boilerplate(el, total, verdicts)]
    _drop_all(body, doomed)
    return body


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


def _verdict(value: str, cache: dict[str, tuple[bool, bool, bool]]) -> tuple[bool, bool, bool]:
    """(post-marker, strong, weak) for one class or id attribute value, cached: pages repeat them."""
    hit = cache.get(value)
    if hit is None:
        toks = [_CAMEL.sub("-", t).lower() for t in value.split()]
        hit = (any(_POST_CLASS.match(t) for t in toks), any(_STRONG.search(t) for t in toks),
               any(_WEAK.search(t) for t in toks))
        cache[value] = hit
    return hit


def _named_boilerplate(el: etree._Element, total: int, cache: dict[str, tuple[bool, bool, bool]]) -> bool:
    tag = el.tag
    if tag in _NEVER_DROP or not isinstance(tag, str):
        return False
    post = strong = weak = False
    for attr in ("class", "id"):
        value = el.get(attr)
        if value:
            p, s, w = _verdict(value, cache)
            post, strong, weak = post or p, strong or s, weak or w
    if post or not (strong or weak):
        # WordPress marks the post itself with "post-123 hentry tag-x topics-y": never boilerplate.
        return False
    size = None
    if strong:
        # Protect containers that hold most of the page (a wrapper named "post-with-comments").
        size = len(text_of(el))
        if size < 0.6 * total:
            return True
    if weak and tag != "article":
        size = len(text_of(el)) if size is None else size
        return size < 0.25 * total
    return False


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
              and not _is_ancestor(top, el) and el is not top]
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
    for sib in parent:
        if sib is top:
            chosen.append(sib)
            continue
        if not isinstance(sib.tag, str):
            continue
        s = scores.get(sib, 0.0)
        if s >= threshold:
            chosen.append(sib)
        elif sib.tag == "p":
            text = text_of(sib)
            n = weighted_len(text)
            links = sum(len(text_of(a)) for a in sib.iter("a"))
            if (n > 80 and links < 0.25 * len(text)) or (0 < n <= 80 and links == 0 and
                                                          re.search(r"[.。!?！？」”]\s*$", text)):
                chosen.append(sib)
    return chosen


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


def keep_line(line: Line) -> bool:
    """False for lines that are furniture: link lists, credits, 'Advertisement', bylines."""
    if line.table is not None:
        return True
    n = len(line.text)
    if line.link_chars > 0.5 * n:
        return False
    return not (n <= 120 and _JUNK_LINE.match(line.text))


def extract_main(root: etree._Element) -> MainText:
    """Main text of a parsed page; ``root`` is modified (cleaned) in place."""
    body = clean_tree(root)
    containers = best_container(body)
    out = render(containers)
    out.lines = [ln for ln in out.lines if keep_line(ln)]
    return out
