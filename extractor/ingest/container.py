"""The article container of a cleaned page: readability-style scores, then what belongs with it.

``best_container`` scores every paragraph-like block (length, commas, link density; CJK characters
weigh more because they carry more per character) into its parent and grandparent, takes the
best-scoring container (the common ancestor when strong rivals share one, never a rail of teaser
cards), climbs to its parent while it holds under 3/4 of the parent's paragraph text (bodies split
into chunks by ad slots), and adds siblings that score close to it, lone prose paragraphs, and a lead
paragraph boxed on its own beside it; a sibling that opens with a related-stories or comments heading
never joins. No recursion, and per-element work bounded, so 10,000-deep pages stay linear.
"""

from __future__ import annotations

import re

from lxml import etree

from .lines import starts_section
from .tables import text_of

_GOOD_LEVELS = 12
_PARA_TAGS = frozenset({"p", "pre", "blockquote", "li", "td", "dd", "h2", "h3", "h4"})
_CJK_RE = re.compile("[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
_COMMAS = re.compile(r"[,，、;；。]")


def weighted_len(text: str) -> int:
    """Length where a CJK character counts 3 (it carries about as much as an English word)."""
    return len(text) + 2 * len(_CJK_RE.findall(text))


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
