"""The HTML report without a browser: nesting of marks, escaping, tables, overview, files and CLI."""

from __future__ import annotations

import json
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.cli import cli
from extractor.errors import ConfigError
from extractor.model import Article, Claim, Entity, Evidence, Metric, Quote, Source, Term
from extractor.report import render_article, render_overview, safe_names, write_report
from extractor.report.marks import Highlight, render_marked
from extractor.report.page import csp_hash

TEXT = "分析師指出:「輝達營收成長 24%,但泡沫恐將破裂。」He said GPUs cost $5 billion."


def span_of(text: str, sub: str, start: int = 0) -> tuple[int, int]:
    i = text.index(sub, start)
    return (i, i + len(sub))


def nested_article(**kw: object) -> Article:
    """A quote containing a claim containing a metric, a crossing claim, a term with and one without a span."""
    t = TEXT
    sp_q = span_of(t, "輝達營收成長 24%,但泡沫恐將破裂。")
    sp_c1 = span_of(t, "營收成長 24%,但泡沫恐將破裂")
    sp_c2 = span_of(t, "破裂。」He said")  # starts inside the quote, ends after it: crossing spans
    sp_m1 = span_of(t, "24%")
    sp_m2 = span_of(t, "$5 billion")
    sp_tg = span_of(t, "GPUs")
    fields: dict[str, object] = dict(
        extractor_version="test", id="nested", title="泡沫 test", language="zh-Hant", published="2026-02-02", text=t,
        metrics=[Metric(text="24%", span=sp_m1, value=24, unit="%", label="營收成長", kind="percent",
                        fact_id="f-growth"),
                 Metric(text="$5 billion", span=sp_m2, value=5e9, unit="USD", qualifier="approx", per="year",
                        period="2026", kind="money")],
        quotes=[Quote(text=t[sp_q[0]:sp_q[1]], span=sp_q, kind="direct", speaker="分析師", cue="指出",
                      entity_id="e1")],
        claims=[Claim(text=t[sp_c1[0]:sp_c1[1]], span=sp_c1, claimant="分析師", hedge="恐",
                      evidence=[Evidence(kind="metric", id="M1", span=sp_m1)]),
                Claim(text=t[sp_c2[0]:sp_c2[1]], span=sp_c2, claimant=None)],
        terms=[Term(zh="圖形處理器", en="graphics processing unit", abbr="GPUs", text="GPUs", span=sp_tg),
               Term(zh="人工智慧", en="artificial intelligence")],
        entities=[Entity(id="e1", name="某分析師", kind="person")],
    )
    fields.update(kw)
    return Article(**fields)  # type: ignore[arg-type]


class Marks(HTMLParser):
    """Rebuilds the text and, per data-k key, which characters its marks cover; checks balance."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.stack: list[str | None] = []
        self.cover: dict[str, set[int]] = {}
        self.heads: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        key = a.get("data-k")
        self.stack.append(key)
        if key is not None and "cont" not in (a.get("class") or "").split():
            self.heads.append(key)

    def handle_endtag(self, tag: str) -> None:
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        pos = len("".join(self.text))
        self.text.append(data)
        for key in self.stack:
            if key is not None:
                self.cover.setdefault(key, set()).update(range(pos, pos + len(data)))


def parse_marks(html: str) -> Marks:
    p = Marks()
    p.feed(html)
    p.close()
    assert p.stack == [], "unbalanced marks"
    return p


def article_body(html: str) -> str:
    m = re.search(r'<article id="text"[^>]*>(.*?)</article>', html, re.S)
    assert m, "no article text element"
    return m.group(1)


# --- marks -----------------------------------------------------------------------------------------------

def test_marks_nest_and_cross_cover_exact_spans() -> None:
    text = "0123456789"
    hls = [Highlight(0, 6, "q1", "quote"), Highlight(2, 4, "m1", "metric"), Highlight(4, 9, "c1", "claim"),
           Highlight(2, 4, "t1", "term"), Highlight(0, 6, "c2", "claim")]
    p = parse_marks(render_marked(text, hls))
    assert "".join(p.text) == text
    assert sorted(p.heads) == sorted(h.key for h in hls)
    for h in hls:
        assert p.cover[h.key] == set(range(h.start, h.end)), h


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ab<&>「」\r\n中😀", min_size=1, max_size=30).flatmap(
    lambda t: st.tuples(st.just(t), st.lists(
        st.tuples(st.integers(0, len(t)), st.integers(0, len(t))).filter(lambda se: se[0] < se[1])
        .map(lambda se: (se[0], se[1])), max_size=12))))
def test_marks_any_spans_round_trip(case: tuple[str, list[tuple[int, int]]]) -> None:
    text, spans = case
    kinds = ("metric", "quote", "claim", "term")
    hls = [Highlight(s, e, f"k{i}", kinds[i % 4]) for i, (s, e) in enumerate(spans)]
    p = parse_marks(render_marked(text, hls))
    assert "".join(p.text) == text
    assert sorted(p.heads) == sorted(h.key for h in hls)
    for h in hls:
        assert p.cover[h.key] == set(range(h.start, h.end))


def test_marks_reject_span_outside_text() -> None:
    with pytest.raises(ValueError, match="invalid span"):
        render_marked("abc", [Highlight(1, 9, "m1", "metric")])


# --- article page ----------------------------------------------------------------------------------------

def test_article_page_highlights_every_located_item_once() -> None:
    art = nested_article()
    html = render_article(art)
    p = parse_marks(article_body(html))
    assert "".join(p.text) == art.text
    # 2 metrics + 1 quote + 2 claims + 1 term with a span; the term without a span has no highlight
    assert sorted(p.heads) == ["c1", "c2", "m1", "m2", "q1", "t1"]
    assert p.cover["c2"] == set(range(*art.claims[1].span))
    assert p.cover["m1"] == set(range(*art.metrics[0].span))


def test_article_page_lists_term_without_span_and_details_data() -> None:
    html = render_article(nested_article())
    assert re.search(r'<tr data-k="t2" class="nospan" tabindex="0">.*?人工智慧.*?no span', html)
    data = json.loads(re.search(r'<script type="application/json" id="report-data">(.*?)</script>', html).group(1))
    m1 = dict(data["items"]["m1"]["fields"])
    assert (m1["value"], m1["unit"], m1["label"]) == ("24", "%", "營收成長")
    m2 = dict(data["items"]["m2"]["fields"])
    assert (m2["value"], m2["qualifier"], m2["per"], m2["period"]) == ("5,000,000,000", "approx", "year", "2026")
    assert dict(data["items"]["q1"]["fields"])["entity"] == "某分析師"
    assert data["items"]["c1"]["links"] == [{"label": "evidence (metric)", "text": "M1", "key": "m1"}]
    assert dict(data["items"]["c2"]["fields"])["claimant"] == "(article's own voice)"
    assert data["items"]["t2"]["located"] is False


def test_article_page_does_not_highlight_a_span_that_does_not_match_its_text() -> None:
    art = nested_article()
    art.metrics[1] = Metric(text="$5 billion", span=(0, 10), value=5e9, unit="USD")  # wrong offsets
    html = render_article(art)
    assert "m2" not in parse_marks(article_body(html)).heads
    assert '<tr data-k="m2" class="nospan" tabindex="0">' in html
    assert "1 not in text" in html


def test_article_page_has_legend_filters_and_tables_per_kind() -> None:
    html = render_article(nested_article())
    for kind, n in (("metric", 2), ("quote", 1), ("claim", 2), ("term", 2)):
        assert f'data-filter="{kind}"' in html
        assert re.search(rf'<details class="tbl k-{kind}" open><summary>\w+ \({n}\)', html)
    assert "Noto Sans CJK TC" in html and "PingFang TC" in html and "Microsoft JhengHei" in html


def test_cross_lingual_pair_links_within_and_across_articles() -> None:
    a = nested_article()
    b = nested_article(id="en-pair", title="English pair", language="en")
    html = render_article(a, related={"f-growth": [("en-pair.html#m1", "English pair: 24%")]})
    data = json.loads(re.search(r'id="report-data">(.*?)</script>', html).group(1))
    assert {"label": "same fact", "href": "en-pair.html#m1", "text": "English pair: 24%"} in data["items"]["m1"]["links"]
    assert b.metrics[0].fact_id == "f-growth"


# --- security --------------------------------------------------------------------------------------------

EVIL_TITLE = 'He said "hi" \'x\' </title><script>document.title="pwned"</script>'
EVIL_TEXT = ('開頭<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=2"> '
             '<a href="javascript:window.__pwned=3">點我</a> </script><script>window.__pwned=4</script> & 結尾')


def evil_article() -> Article:
    t = EVIL_TEXT
    s = span_of(t, "<script>window.__pwned=1</script>")
    i = span_of(t, 'onerror="window.__pwned=2"')
    j = span_of(t, "javascript:window.__pwned=3")
    k = span_of(t, "</script><script>window.__pwned=4</script>")
    return Article(
        extractor_version="test", id='evil"<id>', title=EVIL_TITLE, language="zh-Hant", text=t,
        source=Source(url="javascript:window.__pwned=5"),
        metrics=[Metric(text=t[s[0]:s[1]], span=s, value=1, label='<img src=x onerror="window.__pwned=6">')],
        quotes=[Quote(text=t[i[0]:i[1]], span=i, kind="direct", speaker="</script><script>window.__pwned=7</script>")],
        claims=[Claim(text=t[j[0]:j[1]], span=j, claimant='"><svg onload=window.__pwned=8>')],
        terms=[Term(zh="<b>粗</b>", en="javascript:alert(1)", text=t[k[0]:k[1]], span=k)],
    )


def test_injection_markup_is_escaped_everywhere() -> None:
    html = render_article(evil_article())
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert scripts == ['<script type="application/json" id="report-data">', "<script>"]
    assert "window.__pwned" in html  # the content is shown ...
    for raw in ("<script>window", "<img", "<svg", "<a href", "onerror=\"window", "<b>粗", "</title><script>"):
        assert raw not in html, raw  # ... but never as markup
    assert 'href="javascript:' not in html
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in html
    island = re.search(r'id="report-data">(.*?)</script>', html, re.S).group(1)
    assert "<" not in island and ">" not in island
    assert json.loads(island)["items"]["q1"]["fields"][1][1] == "</script><script>window.__pwned=7</script>"
    assert f"<title>{'He said &quot;hi&quot; &#x27;x&#x27; &lt;/title&gt;'}" in html


def test_csp_allows_only_the_page_script() -> None:
    html = render_article(evil_article())
    csp = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html).group(1))
    script = re.search(r"<script>(.*?)</script>\s*</body>", html, re.S).group(1)
    assert "default-src 'none'" in csp and "img-src data:" in csp
    assert f"script-src '{csp_hash(script)}'" in csp
    assert "unsafe-inline'; img" in csp and "script-src 'unsafe" not in csp
    assert "http" not in html.split("<body", 1)[0].replace('http-equiv', '')  # no external assets in <head>


# --- overview and files ----------------------------------------------------------------------------------

def batch() -> list[Article]:
    a = nested_article()
    b = nested_article(id="b", title="第二篇", published="2026-03-05", language="en")
    c = nested_article(id="c/../x", title="Third", published=None, language="zh-Hans",
                       quotes=[], metrics=[Metric(text="24%", span=span_of(TEXT, "24%"), value=30, unit="%",
                                                  label="營收成長")])
    return [a, b, c]


def test_overview_counts_people_metrics_chart_and_links() -> None:
    arts = batch()
    names = safe_names([a.id for a in arts])
    html = render_overview(arts, names)
    assert re.search(r'Metrics<b>5</b>', html) and re.search(r'Quotes<b>2</b>', html)
    assert re.search(r"<tr><td>zh-Hans</td><td class=num>1</td><td class=num>1</td><td class=num>0</td>", html)
    assert re.search(r"Top speakers</h2>.*?<td>分析師</td><td class=num>2</td><td class=num>2</td>", html, re.S)
    assert re.search(r"Top claimants</h2>.*?<td>分析師</td><td class=num>3</td><td class=num>3</td>", html, re.S)
    table = re.search(r'<table id="metrics".*?</table>', html, re.S).group(0)
    assert table.count("<tr>") == 1 + 5
    assert f'href="{names[2]}#m1"' in table and names[2].startswith("c_.._x-")
    assert '<svg viewBox' in html and "營收成長 (%)" in html  # the label on two dates makes a series
    assert html.count("<circle") >= 2


def test_overview_without_dates_explains_missing_chart() -> None:
    a = nested_article(published=None)
    assert "Not enough dated metrics" in render_overview([a], ["a.html"])


def test_write_report_directory_and_single_file(tmp_path: Path) -> None:
    arts = batch()
    paths = write_report(arts, tmp_path / "out")
    assert [p.name for p in paths][:3] == ["index.html", "nested.html", "b.html"]
    assert all(p.parent == tmp_path / "out" for p in paths)
    assert 'href="index.html"' in paths[1].read_text(encoding="utf-8")
    # the two articles sharing fact f-growth link to each other's metric
    assert "b.html#m1" in paths[1].read_text(encoding="utf-8")
    single = write_report(arts[:1], tmp_path / "one.html")
    assert single == [tmp_path / "one.html"] and "<mark" in single[0].read_text(encoding="utf-8")
    with pytest.raises(ConfigError, match="3 articles cannot go into one file"):
        write_report(arts, tmp_path / "many.html")


def test_cli_report_from_text_page_and_from_jsonl(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("台積電今年營收成長 12%,分析師表示:「AI 需求仍強。」", encoding="utf-8")
    r = CliRunner().invoke(cli, ["report", str(page), "-o", str(tmp_path / "r.html")])
    assert r.exit_code == 0, r.output
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "台積電今年營收成長" in html and "Content-Security-Policy" in html
    jl = tmp_path / "out.jsonl"
    jl.write_text("".join(a.model_dump_json() + "\n" for a in batch()), encoding="utf-8")
    r = CliRunner().invoke(cli, ["report", str(jl), "-o", str(tmp_path / "dir")])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "dir" / "index.html").exists() and (tmp_path / "dir" / "b.html").exists()


def test_cli_report_bad_input_names_file_and_reason(tmp_path: Path) -> None:
    jl = tmp_path / "bad.jsonl"
    jl.write_text(nested_article().model_dump_json() + "\n{not json\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["report", str(jl), "-o", str(tmp_path / "x")])
    assert r.exit_code == 1 and "bad.jsonl" in r.output and "line 2 is not JSON" in r.output
    assert "Traceback" not in r.output
    r = CliRunner().invoke(cli, ["report", str(tmp_path / "missing.html"), "-o", str(tmp_path / "y.html")])
    assert r.exit_code == 1 and "missing.html: no such file" in r.output
    jl.write_text('{"extractor_version": "x", "id": "a"}\n', encoding="utf-8")
    r = CliRunner().invoke(cli, ["report", str(jl), "-o", str(tmp_path / "z.html")])
    assert r.exit_code == 1 and "line 1 is not a valid Article" in r.output


def test_many_overlapping_items_render_one_highlight_each() -> None:
    text = "營收成長 24% 而且 " * 250
    metrics = [Metric(text="24%", span=(i * 12 + 5, i * 12 + 8), value=24, unit="%") for i in range(250)]
    claims = [Claim(text=text[i * 12 : i * 12 + 20], span=(i * 12, i * 12 + 20)) for i in range(249)]
    quotes = [Quote(text=text[i * 12 + 3 : i * 12 + 30], span=(i * 12 + 3, i * 12 + 30), kind="indirect")
              for i in range(248)]
    terms = [Term(zh="營收", text="營收", span=(i * 12, i * 12 + 2)) for i in range(250)]
    art = Article(extractor_version="t", id="big", language="zh-Hant", text=text, metrics=metrics, claims=claims,
                  quotes=quotes, terms=terms)
    p = parse_marks(article_body(render_article(art)))
    assert len(p.heads) == 997 and len(set(p.heads)) == 997
    assert "".join(p.text) == text


def test_report_doctests() -> None:
    import doctest

    import extractor.report as report_pkg
    from extractor.report import chart, marks

    for mod in (report_pkg, chart, marks):
        result = doctest.testmod(mod)
        assert result.attempted > 0 and result.failed == 0, mod.__name__


def test_non_finite_and_tiny_values_are_shown_not_crashed() -> None:
    art = nested_article()
    art.metrics[0] = art.metrics[0].model_copy(update={"value": float("nan"), "low": 0.0005, "high": float("inf")})
    html = render_article(art)
    fields = dict(json.loads(re.search(r'id="report-data">(.*?)</script>', html).group(1))["items"]["m1"]["fields"])
    assert (fields["value"], fields["low"], fields["high"]) == ("nan", "0.0005", "inf")
    assert "Not enough dated metrics" not in render_overview([art, nested_article(id="b", published="2026-03-01")],
                                                             ["a.html", "b.html"])


def test_item_ids_become_page_keys_when_safe_and_unique() -> None:
    from extractor.report.article import items_of

    art = nested_article()
    art.metrics[0].id = "rev-2026"
    art.metrics[1].id = '"><x'  # unsafe as a key: falls back to the kind letter and position
    art.quotes[0].id = "rev-2026"  # a clash: the second holder falls back too
    keys = [key for _, key, _ in items_of(art)]
    assert keys == ["rev-2026", "m2", "q1", "c1", "c2", "t1", "t2"]
    html = render_article(art)
    assert 'id="i-rev-2026"' in html
    data = json.loads(re.search(r'id="report-data">(.*?)</script>', html).group(1))
    assert data["items"]["c1"]["links"][0]["key"] == "rev-2026"  # evidence found by span, not by its id "M1"


def test_cli_report_stdout_and_batch_input_records_with_a_failure(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text("分析師表示:「AI 需求仍強。」", encoding="utf-8")
    r = CliRunner().invoke(cli, ["report", str(page), "-o", "-"])
    assert r.exit_code == 0 and r.stdout.startswith("<!DOCTYPE html>") and "AI 需求仍強" in r.stdout
    records = tmp_path / "input.jsonl"
    records.write_text(json.dumps({"id": "ok-1", "text": "台積電營收成長 12%。"}, ensure_ascii=False) + "\n"
                       + json.dumps({"id": "empty-2", "text": "   "}) + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["report", str(records), "-o", str(tmp_path / "rep") + "/"])
    assert r.exit_code == 1, r.output  # some inputs failed: reported, not dropped
    assert "empty-2" in r.output
    index = (tmp_path / "rep" / "index.html").read_text(encoding="utf-8")
    assert "Failed inputs (1)" in index and "<b>empty-2</b>" in index and 'href="ok-1.html"' in index
    assert (tmp_path / "rep" / "ok-1.html").exists()


def test_cli_report_when_nothing_can_be_extracted_exits_3(tmp_path: Path) -> None:
    records = tmp_path / "input.jsonl"
    records.write_text(json.dumps({"id": "empty", "text": " "}) + "\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["report", str(records), "-o", str(tmp_path / "r.html")])
    assert r.exit_code == 3 and "no report written" in r.output and not (tmp_path / "r.html").exists()
    many = tmp_path / "many.jsonl"
    many.write_text("".join(a.model_dump_json() + "\n" for a in batch()), encoding="utf-8")
    r = CliRunner().invoke(cli, ["report", str(many), "-o", str(tmp_path / "one.html")])
    assert r.exit_code == 1 and "3 articles cannot go into one file" in r.output and "Traceback" not in r.output


def test_related_spans_are_sent_in_utf16_offsets() -> None:
    t = "😀 Tusk 表示:「泡沫」"
    q, who = span_of(t, "泡沫"), span_of(t, "Tusk")
    art = Article(extractor_version="t", id="u", language="zh-Hant", text=t,
                  quotes=[Quote(text="泡沫", span=q, kind="direct", speaker="Tusk", speaker_span=who)])
    data = json.loads(re.search(r'id="report-data">(.*?)</script>', render_article(art)).group(1))
    assert data["items"]["q1"]["marks"] == [[who[0] + 1, who[1] + 1]]  # the emoji is two UTF-16 units


def test_cli_report_directory_of_pages(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "one.txt").write_text("台積電營收成長 12%。", encoding="utf-8")
    (pages / "two.html").write_text("<html><body><article><p>Revenue rose 5% last year.</p></article></body></html>",
                                    encoding="utf-8")
    (pages / "notes.md").write_text("ignored", encoding="utf-8")
    r = CliRunner().invoke(cli, ["report", str(pages), "-o", str(tmp_path / "rep")])
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in (tmp_path / "rep").iterdir()) == ["index.html", "one.html", "two.html"]
    r = CliRunner().invoke(cli, ["report", str(tmp_path / "rep" / "x"), "-o", str(tmp_path / "r2")])
    assert r.exit_code == 1 and "no such file" in r.output


def test_overview_escapes_titles_speakers_claimants_and_labels() -> None:
    evil = evil_article().model_copy(update={"published": "2026-01-01"})
    other = nested_article(published="2026-02-01")
    html = render_overview([evil, other], ['x" onclick="alert(1).html', "b.html"], title="<i>batch</i>")
    assert re.findall(r"<script\b[^>]*>", html) == ["<script>"]
    for raw in ("<script>window", "<img", "<svg", "<i>batch", 'x" onclick'):
        assert raw not in html, raw
    assert "&lt;/script&gt;&lt;script&gt;window.__pwned=7&lt;/script&gt;" in html  # the speaker, as text
    assert 'href="x&quot; onclick=&quot;alert(1).html#m1"' in html
