"""Property tests (hypothesis): on arbitrary text and HTML the pipeline raises only InputError, every span is
exact, output is deterministic, and normalization is idempotent with a monotone offset map (issue 8 item 1)."""

from __future__ import annotations

import html as htmlmod

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractor.errors import InputError
from extractor.export import dumps
from extractor.model import Article
from extractor.normalize.text import _WIDTH, normalize_text
from extractor.pipeline import Pipeline

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                    derandomize=True)

PIPE = Pipeline()

# --- strategies ---------------------------------------------------------------------------------------

_CJK = "營收成長率投資人工智慧泡沫美元億萬兆台積電表示指出分析師認為預估年增約超過不到的了是在和與公司市場股價"
_SIMP = "营收增长率投资人工智能泡沫亿万亿台积电表示指出分析师认为预计约超过"
_PUNCT = "，。、；：！？「」『』“”\"'（）()《》—…·‧-–/%％$"
_SPACE = " \t\n\n\r\u3000\xa0\u200b\ufeff\u00ad"
_DIGITS = "0123456789０１２３４５６７８９.,"
_LATIN = "AIROIGPUNvidia saidwarnedthebubble"

chars = st.sampled_from(_CJK + _SIMP + _PUNCT + _SPACE + _DIGITS + _LATIN)
words = st.one_of(
    st.text(chars, min_size=1, max_size=12),
    st.builds(lambda n, u: f"{n}{u}", st.integers(0, 10**9).map(lambda n: f"{n:,}"),
              st.sampled_from(["萬", "億", "兆", "%", "億美元", "萬元", "個百分點", " billion", "%的"])),
    st.builds(lambda a, b: f"{a}.{b}", st.integers(0, 999), st.integers(0, 99)),
    st.builds(lambda w, q: q[:1] + w + q[1:], st.text(chars, max_size=15),
              st.sampled_from(["「」", "“”", '""', "『』", "「", "」", "“"])),
    st.sampled_from(["分析師表示：", "他指出，", "said ", "according to ", "約", "超過", "不到", "每年"]),
)
article_text = st.lists(words, min_size=1, max_size=40).map("".join)
any_text = st.one_of(article_text, st.text(max_size=300))

_TAGS = ["p", "div", "span", "b", "i", "a", "article", "section", "h1", "h2", "li", "ul", "table", "tr", "td",
         "th", "blockquote", "script", "style", "nav", "footer", "br", "img", "meta", "title", "em", "strong"]
_ATTRS = ["class", "id", "href", "src", "content", "name", "property", "charset", "style", "data-x"]
_ENTITIES = ["&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;", "&#12300;", "&#x300d;", "&ldquo;", "&rdquo;", "&bogus;",
             "&#0;", "&#xD800;", "&#99999999;", "&"]


@st.composite
def attributes(draw) -> str:
    out = []
    for _ in range(draw(st.integers(0, 3))):
        name = draw(st.sampled_from(_ATTRS))
        value = draw(st.text(chars, max_size=10))
        quote = draw(st.sampled_from(['"', "'", ""]))
        out.append(f" {name}={quote}{htmlmod.escape(value) if quote else value.replace(' ', '')}{quote}")
    return "".join(out)


leaf = st.one_of(article_text.map(htmlmod.escape), article_text, st.sampled_from(_ENTITIES))


def _element(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    @st.composite
    def build(draw) -> str:
        tag = draw(st.sampled_from(_TAGS))
        inner = "".join(draw(st.lists(children, max_size=4)))
        close = draw(st.sampled_from(["close", "close", "close", "none", "wrong"]))  # unbalanced tags too
        end = {"close": f"</{tag}>", "none": "", "wrong": f"</{draw(st.sampled_from(_TAGS))}>"}[close]
        return f"<{tag}{draw(attributes())}>{inner}{end}"

    return build()


html_body = st.recursive(leaf, _element, max_leaves=25)


@st.composite
def html_page(draw) -> str:
    head = draw(st.sampled_from(["", "<!doctype html>", "<?xml version='1.0'?>"]))
    title = draw(st.text(chars, max_size=20))
    body = "".join(draw(st.lists(html_body, min_size=1, max_size=6)))
    wrap = draw(st.booleans())
    if wrap:
        return f"{head}<html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>"
    return f"{head}<html><body><p>{body}"


# --- helpers ------------------------------------------------------------------------------------------


def _run(source: str | bytes, **kw) -> Article | None:
    """Run the pipeline; InputError is an acceptable outcome (None), anything else fails the test."""
    try:
        return PIPE.run(source, doc_id="prop", **kw)
    except InputError as exc:
        assert str(exc), "an InputError must say why"
        return None


def assert_spans_exact(art: Article) -> None:
    text = art.text
    n = len(text)
    for kind in ("metrics", "quotes", "claims"):
        for item in getattr(art, kind):
            s, e = item.span
            assert 0 <= s <= e <= n, (kind, item.span, n)
            assert text[s:e] == item.text, (kind, item.span, item.text)
    for t in art.terms:
        if t.span is not None:
            assert t.text is not None and text[t.span[0]:t.span[1]] == t.text, ("term", t.span, t.text)
    for table in art.tables:
        for row in table.rows:
            for cell in row:
                assert text[cell.span[0]:cell.span[1]] == cell.text, ("cell", cell.span, cell.text)
    aux = [m.label_span for m in art.metrics] + [q.speaker_span for q in art.quotes] + \
        [c.claimant_span for c in art.claims] + [ev.span for c in art.claims for ev in c.evidence]
    for sp in aux:
        if sp is not None:
            assert 0 <= sp[0] <= sp[1] <= n, ("auxiliary span out of text", sp, n)
    for q in art.quotes:
        if q.speaker_span is not None and q.speaker_text is not None:
            assert text[q.speaker_span[0]:q.speaker_span[1]] == q.speaker_text, ("speaker", q.speaker_span)


def _check(source: str | bytes, **kw) -> None:
    art = _run(source, **kw)
    if art is None:
        return
    assert_spans_exact(art)
    again = _run(source, **kw)
    assert again is not None, "second run failed where the first succeeded"
    assert dumps(again) == dumps(art), "output is not deterministic"


# --- pipeline properties ------------------------------------------------------------------------------


@SETTINGS
@given(any_text)
def test_text_input_only_input_errors_exact_spans_deterministic(text):
    _check(text)


@SETTINGS
@given(article_text, st.sampled_from(["utf-8", "utf-16", "cp950", "gb18030"]))
def test_encoded_text_input(text, enc):
    _check(text.encode(enc, errors="ignore"))


@SETTINGS
@given(html_page())
def test_html_input_only_input_errors_exact_spans_deterministic(page):
    _check(page)


@SETTINGS
@given(html_page())
def test_html_bytes_with_content_type(page):
    _check(page.encode("utf-8"), content_type="text/html; charset=utf-8")


@SETTINGS
@given(st.binary(max_size=400))
def test_arbitrary_bytes_only_input_errors(data):
    _check(data)


# --- normalization properties -------------------------------------------------------------------------

norm_text = st.one_of(st.text(max_size=200), st.text(chars, max_size=200),
                      st.text(st.sampled_from(_SPACE + "ab&nbsp;\r\n\u2028\x85\x0b\x0c\x00"), max_size=60))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(norm_text)
def test_normalize_idempotent(source):
    once = normalize_text(source)[0]
    assert normalize_text(once)[0] == once


@settings(max_examples=300, deadline=None, derandomize=True)
@given(norm_text)
def test_offset_map_monotone_and_grounded(source):
    text, offsets = normalize_text(source)
    pts = offsets.points
    assert len(pts) == len(text) + 1
    assert all(a <= b for a, b in zip(pts, pts[1:], strict=False)), "offset map must never decrease"
    assert all(0 <= p <= len(source) for p in pts), "offset map must project into the source"
    for i, ch in enumerate(text):
        src = source[pts[i]]
        # Each kept character comes from its source character (width-folded), or is a squeezed space/break.
        assert ch == src.translate(_WIDTH) or ch in " \n", (i, ch, src)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(norm_text, st.data())
def test_offset_map_projects_spans_into_source(source, data):
    text, offsets = normalize_text(source)
    if not text:
        return
    s = data.draw(st.integers(0, len(text)))
    e = data.draw(st.integers(s, len(text)))
    from extractor.document import Span

    src = offsets.to_source(Span(s, e))
    assert 0 <= src.start <= src.end <= len(source)
    if e > s:
        # The projected source range, normalized, gives back the normalized span's text (up to trimming).
        assert normalize_text(source[src.start:src.end])[0] == text[s:e].strip(" \n")


@pytest.mark.parametrize("source", ["", " ", "\n\n\n", "\u200b", "&nbsp;", "a\r\n\r\n\r\nb", "ａ　ｂ"])
def test_normalize_edge_cases(source):
    text, offsets = normalize_text(source)
    assert normalize_text(text)[0] == text
    assert len(offsets.points) == len(text) + 1


# --- decoding properties ------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.binary(max_size=600), st.sampled_from([None, "utf-8", "big5", "gbk", "latin-1", "bogus-charset"]))
def test_decode_bytes_returns_text_or_input_error(data, declared):
    from extractor.ingest.decode import decode_bytes

    try:
        text, warnings = decode_bytes(data, declared=declared, name="prop.bin")
    except InputError as exc:
        assert exc.code == "E106" and "prop.bin" in str(exc)
        return
    assert isinstance(text, str)
    text.encode("utf-8", errors="surrogatepass")
    assert all({"code", "stage", "message"} <= set(w) for w in warnings)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.text(max_size=200).filter(lambda t: t.strip()), st.sampled_from(["utf-8-sig", "utf-16", "utf-32"]))
def test_decode_bytes_round_trips_with_a_bom(text, enc):
    from extractor.ingest.decode import _control_share, decode_bytes

    if _control_share(text) > 0.1:
        return  # control-heavy text is refused as binary, by design
    assert decode_bytes(text.encode(enc))[0] == text
