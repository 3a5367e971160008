"""The HTML report in headless Chromium (Debian's chromium + chromium-driver, driven by selenium).

Run ``python tests/test_report_browser.py docs/report.png`` to regenerate the README screenshot from the seed
article. Screenshots taken by the tests go to the pytest tmp dir and, if set, to $ARTIFACTS_DIR.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from extractor.dev import shared_dir
from extractor.model import Article, Claim, Evidence, Metric, Quote, Source, Term
from extractor.report import render_article, write_report

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
ROOT = Path(__file__).resolve().parent.parent
SEED_CANDIDATES = [
    ROOT / "samples" / "zh-Hant" / "ai-roi-bubble" / "input.txt",
    shared_dir() / "seed/ai-roi-bubble.zh-Hant.txt",
]

try:
    import selenium  # noqa: F401
    HAVE_SELENIUM = True
except ImportError:
    HAVE_SELENIUM = False

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)),
                       reason=f"needs Debian chromium and chromium-driver ({CHROMIUM}, {CHROMEDRIVER}); "
                              "run .ci/chromium.sh"),
    pytest.mark.skipif(not HAVE_SELENIUM, reason="needs selenium (pip install selenium)"),
]


def start_driver(profile_dir: str) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1400,1000", f"--user-data-dir={profile_dir}"):
        opts.add_argument(flag)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # An explicit driver path: selenium-manager never runs, nothing is downloaded.
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    driver = start_driver(str(tmp_path_factory.mktemp("chromium-profile")))
    try:
        yield driver
    finally:
        driver.quit()


def load(driver: Any, path: Path) -> None:
    driver.get_log("browser")  # drop messages of earlier pages
    driver.get(path.resolve().as_uri())


def console_errors(driver: Any) -> list[dict[str, Any]]:
    return [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]


def heads(driver: Any) -> int:
    return int(driver.execute_script("return document.querySelectorAll('#text mark.hl:not(.cont)').length"))


def located_in_data(driver: Any) -> int:
    return int(driver.execute_script(
        "var d = JSON.parse(document.getElementById('report-data').textContent).items;"
        "return Object.keys(d).filter(function (k) { return d[k].located; }).length"))


def details(driver: Any) -> str:
    return str(driver.find_element("id", "details").text)


def click(driver: Any, css: str) -> None:
    el = driver.find_element("css selector", css)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", el)
    el.click()


def save_screenshot(driver: Any, path: Path) -> Path:
    driver.save_screenshot(str(path))
    artifacts = os.environ.get("ARTIFACTS_DIR")
    if artifacts:
        os.makedirs(artifacts, exist_ok=True)
        shutil.copy(path, Path(artifacts) / path.name)
    return path


def span_of(text: str, sub: str) -> tuple[int, int]:
    i = text.index(sub)
    return (i, i + len(sub))


def nested_article(**kw: Any) -> Article:
    t = "分析師指出:「輝達營收成長 24%,但泡沫恐將破裂。」He said GPUs cost $5 billion."
    sp_q, sp_c1, sp_c2 = span_of(t, "輝達營收成長 24%,但泡沫恐將破裂。"), span_of(t, "營收成長 24%,但泡沫恐將破裂"), span_of(t, "破裂。」He said")
    sp_m1, sp_m2, sp_tg = span_of(t, "24%"), span_of(t, "$5 billion"), span_of(t, "GPUs")
    fields: dict[str, Any] = dict(
        extractor_version="test", id="nested", title="泡沫 test", language="zh-Hant", published="2026-02-02", text=t,
        metrics=[Metric(text="24%", span=sp_m1, value=24, unit="%", label="營收成長", kind="percent"),
                 Metric(text="$5 billion", span=sp_m2, value=5e9, unit="USD", qualifier="approx", per="year",
                        kind="money")],
        quotes=[Quote(text=t[sp_q[0]:sp_q[1]], span=sp_q, kind="direct", speaker="分析師", cue="指出")],
        claims=[Claim(text=t[sp_c1[0]:sp_c1[1]], span=sp_c1, claimant="分析師", hedge="恐",
                      evidence=[Evidence(kind="metric", id="M1", span=sp_m1)]),
                Claim(text=t[sp_c2[0]:sp_c2[1]], span=sp_c2)],
        terms=[Term(zh="圖形處理器", en="graphics processing unit", abbr="GPUs", text="GPUs", span=sp_tg),
               Term(zh="人工智慧", en="artificial intelligence")],
    )
    fields.update(kw)
    return Article(**fields)


def test_article_report_highlights_details_and_filters(browser: Any, tmp_path: Path) -> None:
    page = tmp_path / "nested.html"
    page.write_text(render_article(nested_article()), encoding="utf-8")
    load(browser, page)
    assert heads(browser) == located_in_data(browser) == 6  # 7 items, one term has no span
    # the metric is nested in a claim nested in a quote: clicking it shows the metric and its containers
    click(browser, "#i-m1")
    text = details(browser)
    assert "metric" in text and "營收成長" in text and "percent" in text and "24" in text
    assert "inside:" in text and "claim c1" in text and "quote q1" in text
    assert "sel" in browser.find_element("id", "i-m1").get_attribute("class")
    # a claim row shows claimant, hedge and its evidence; the evidence link jumps to the metric
    click(browser, 'tr[data-k="c1"]')
    assert "分析師" in details(browser) and "恐" in details(browser) and "evidence (metric)" in details(browser)
    click(browser, '#details [data-go="m1"]')
    assert details(browser).splitlines()[0] == "metric m1"
    # the crossing claim is split into several marks (it crosses c1 and q1) but is still one highlight
    assert len(browser.find_elements("css selector", '#text [data-k="c2"]')) == 3
    assert len(browser.find_elements("css selector", '#text [data-k="c2"]:not(.cont)')) == 1
    # filter toggle hides metric highlights
    click(browser, 'input[data-filter="metric"]')
    bg = browser.execute_script("return getComputedStyle(document.getElementById('i-m1')).backgroundColor")
    assert bg in ("rgba(0, 0, 0, 0)", "transparent")
    click(browser, "#i-m1")  # a hidden metric no longer answers: the claim around it does
    assert details(browser).splitlines()[0] == "claim c1"
    assert console_errors(browser) == []
    save_screenshot(browser, tmp_path / "report-nested.png")


EVIL_TEXT = ('開頭<script>window.__pwned=1</script> <img src=x onerror="window.__pwned=2"> '
             '<a href="javascript:window.__pwned=3">點我</a> </script><script>window.__pwned=4</script> & 結尾')
EVIL_TITLE = 'He said "hi" </title><script>window.__pwned=9</script>'


def evil_article() -> Article:
    t = EVIL_TEXT
    s, i = span_of(t, "<script>window.__pwned=1</script>"), span_of(t, 'onerror="window.__pwned=2"')
    j, k = span_of(t, "javascript:window.__pwned=3"), span_of(t, "</script><script>window.__pwned=4</script>")
    return Article(
        extractor_version="test", id='evil"<id>', title=EVIL_TITLE, language="zh-Hant", text=t,
        published="2026-01-01", source=Source(url="javascript:window.__pwned=5"),
        metrics=[Metric(text=t[s[0]:s[1]], span=s, value=1, label='<img src=x onerror="window.__pwned=6">')],
        quotes=[Quote(text=t[i[0]:i[1]], span=i, kind="direct", speaker="</script><script>window.__pwned=7</script>")],
        claims=[Claim(text=t[j[0]:j[1]], span=j, claimant='"><svg onload=window.__pwned=8>')],
        terms=[Term(zh="<b>粗</b>", en="javascript:alert(1)", text=t[k[0]:k[1]], span=k)],
    )


def test_injected_content_never_executes(browser: Any, tmp_path: Path) -> None:
    other = nested_article(id="ok", published="2026-02-01")
    evil = evil_article()
    paths = write_report([evil, other], tmp_path / "evil")
    for path in paths:
        load(browser, path)
        assert browser.execute_script("return typeof window.__pwned") == "undefined", path.name
        assert console_errors(browser) == [], path.name
    load(browser, paths[1])
    assert browser.title == EVIL_TITLE + " — extractor report"
    assert heads(browser) == 4
    assert not browser.find_elements("css selector", "#text script, #text img, #text a, header a[href^=javascript]")
    click(browser, 'tr[data-k="q1"]')
    assert "</script><script>window.__pwned=7</script>" in details(browser)
    click(browser, "#i-c1")
    assert '"><svg onload=window.__pwned=8>' in details(browser)
    assert browser.execute_script("return typeof window.__pwned") == "undefined"
    # Defence in depth: even markup that got into the DOM could not run, the CSP blocks it.
    browser.execute_script(
        "var s = document.createElement('script'); s.textContent = 'window.__pwned = 10';"
        "document.body.appendChild(s);"
        "document.body.insertAdjacentHTML('beforeend', '<img src=x onerror=\"window.__pwned = 11\">');")
    # the image error (and any handler) fires asynchronously: give it time before checking
    assert browser.execute_async_script(
        "var done = arguments[0]; setTimeout(function () { done(typeof window.__pwned); }, 300);") == "undefined"
    assert any("Content Security Policy" in e["message"] for e in browser.get_log("browser"))


def test_selecting_a_quote_underlines_its_speaker_even_after_astral_characters(browser: Any, tmp_path: Path) -> None:
    t = "😀𠀀 Bradley Tusk\r\n表示:「泡沫 24% 恐破裂」。"
    q, who = span_of(t, "泡沫 24% 恐破裂"), span_of(t, "Bradley Tusk")
    art = Article(extractor_version="t", id="astral", language="zh-Hant", text=t,
                  metrics=[Metric(text="24%", span=span_of(t, "24%"), value=24, unit="%")],
                  quotes=[Quote(text=t[q[0]:q[1]], span=q, kind="direct", speaker="Bradley Tusk", speaker_span=who)])
    page = tmp_path / "astral.html"
    page.write_text(render_article(art), encoding="utf-8")
    load(browser, page)
    assert browser.execute_script("return document.getElementById('text').textContent") == t
    click(browser, 'tr[data-k="q1"]')
    related = browser.execute_script(
        "var h = CSS.highlights.get('related'); return h ? Array.from(h).map(r => r.toString()) : null")
    assert related == ["Bradley Tusk"]
    assert browser.execute_script("return document.getElementById('i-m1').textContent") == "24%"
    assert console_errors(browser) == []


def test_overview_sorts_metrics_and_links_to_articles(browser: Any, tmp_path: Path) -> None:
    a = nested_article()
    b = nested_article(id="b", title="第二篇", published="2026-03-05", metrics=[
        Metric(text="24%", span=a.metrics[0].span, value=30, unit="%", label="營收成長"),
        Metric(text="$5 billion", span=a.metrics[1].span, value=6e9, unit="USD")])
    paths = write_report([a, b], tmp_path / "batch")
    load(browser, paths[0])
    assert console_errors(browser) == []
    value_col = "#metrics thead th:nth-child(4)"
    click(browser, value_col)
    col = browser.execute_script(
        "return Array.from(document.querySelectorAll('#metrics tbody tr td:nth-child(4)')).map(c => c.textContent)")
    assert col == ["24", "30", "5,000,000,000", "6,000,000,000"]
    click(browser, value_col)
    col = browser.execute_script(
        "return Array.from(document.querySelectorAll('#metrics tbody tr td:nth-child(4)')).map(c => c.textContent)")
    assert col == ["6,000,000,000", "5,000,000,000", "30", "24"]
    # two series (the labelled percentage, every USD metric): the select switches the visible chart
    visible = "return Array.from(document.querySelectorAll('.chart .series')).map(s => !s.hidden)"
    assert browser.execute_script(visible) == [True, False]
    from selenium.webdriver.support.select import Select

    Select(browser.find_element("id", "series")).select_by_index(1)
    assert browser.execute_script(visible) == [False, True]
    assert len(browser.find_elements("css selector", ".chart .series:not([hidden]) svg circle")) == 2
    # a metrics row links to the article page, which opens with that metric selected
    click(browser, '#metrics a[href="b.html#m1"]')
    assert browser.current_url.endswith("b.html#m1")
    assert "營收成長" in details(browser) and "30" in details(browser)
    assert console_errors(browser) == []


def test_thousand_items_render_one_highlight_each(browser: Any, tmp_path: Path) -> None:
    text = "營收成長 24% 而且 " * 250
    art = Article(
        extractor_version="t", id="big", language="zh-Hant", text=text,
        metrics=[Metric(text="24%", span=(i * 12 + 5, i * 12 + 8), value=24, unit="%") for i in range(250)],
        claims=[Claim(text=text[i * 12: i * 12 + 20], span=(i * 12, i * 12 + 20)) for i in range(249)],
        quotes=[Quote(text=text[i * 12 + 3: i * 12 + 30], span=(i * 12 + 3, i * 12 + 30), kind="indirect")
                for i in range(248)],
        terms=[Term(zh="營收", text="營收", span=(i * 12, i * 12 + 2)) for i in range(250)])
    page = tmp_path / "big.html"
    page.write_text(render_article(art), encoding="utf-8")
    load(browser, page)
    assert heads(browser) == 997
    click(browser, "#i-m250")
    assert "m250" in details(browser)
    assert console_errors(browser) == []


def seed_path() -> Path | None:
    return next((p for p in SEED_CANDIDATES if p.exists()), None)


SEED_PAGES = [p for p in (ROOT / "samples" / "zh-Hant" / "ai-roi-bubble" / "input.html", seed_path()) if p and p.exists()]


def seed_report(driver: Any, out_dir: Path, png: Path, seed: Path | None = None) -> Article:
    """Render the seed article, select a metric (one with a cross-lingual pair if any), save a screenshot."""
    from extractor.pipeline import Pipeline

    seed = seed or seed_path()
    assert seed is not None
    art = Pipeline().run(seed, doc_id="ai-roi-bubble")
    page = out_dir / "seed.html"
    page.write_text(render_article(art), encoding="utf-8")
    load(driver, page)
    # Show a metric that has a cross-lingual pair, else any metric, else any item.
    paired = driver.execute_script(
        "var d = JSON.parse(document.getElementById('report-data').textContent).items;"
        "return Object.keys(d).filter(function (k) { return d[k].kind === 'metric' && d[k].located"
        " && d[k].links.length; }).pop() || null")
    marks = driver.find_elements("css selector", "#text mark.k-metric:not(.cont), #text mark.hl:not(.cont)")
    if paired:
        click(driver, f'#i-{paired}')
    elif marks:
        click(driver, f'#i-{marks[0].get_attribute("data-k")}')
    save_screenshot(driver, png)
    return art


@pytest.mark.skipif(not SEED_PAGES, reason="the seed article (samples/zh-Hant/ai-roi-bubble) is not available")
@pytest.mark.parametrize("seed", SEED_PAGES, ids=lambda p: p.suffix[1:])
def test_seed_report_shows_all_items(browser: Any, tmp_path: Path, seed: Path) -> None:
    art = seed_report(browser, tmp_path, tmp_path / f"report-seed-{seed.suffix[1:]}.png", seed)
    with_span = len(art.metrics) + len(art.quotes) + len(art.claims) + sum(1 for t in art.terms if t.span)
    assert with_span > 0
    assert heads(browser) == located_in_data(browser) == with_span
    rows = browser.execute_script("return document.querySelectorAll('aside tr[data-k]').length")
    assert rows == len(art.metrics) + len(art.quotes) + len(art.claims) + len(art.terms)
    assert console_errors(browser) == []


def test_metric_labels_wrap_and_stay_visible_at_1280px(browser: Any, tmp_path: Path) -> None:
    # The seed article's metric table (8 columns, long labels) once overflowed its panel at 1,280 px, so
    # the label column was cut off behind a horizontal scroll bar.
    from click.testing import CliRunner

    from extractor.cli import cli

    page = tmp_path / "labels.html"
    res = CliRunner().invoke(cli, ["report", str(ROOT / "samples" / "zh-Hant" / "ai-roi-bubble" / "input.html"),
                                   "-o", str(page)])
    assert res.exit_code == 0, res.output
    browser.set_window_size(1280, 900)
    try:
        load(browser, page)
        browser.execute_script("document.querySelectorAll('details.tbl').forEach(function (d) { d.open = true; })")
        box = browser.execute_script(
            "var t = document.querySelector('.tbl.k-metric table'), w = t.closest('.tw');"
            "var rows = Array.from(t.querySelectorAll('tbody tr'));"
            "var labels = rows.map(function (r) { return r.lastElementChild; });"
            "var p = w.getBoundingClientRect();"
            "return {tableW: t.scrollWidth, panelW: w.clientWidth, panelRight: p.right,"
            "        rights: labels.map(function (c) { return c.getBoundingClientRect().right; }),"
            "        tall: labels.filter(function (c) { return c.getBoundingClientRect().height > 25; }).length};")
        save_screenshot(browser, tmp_path / "labels-1280.png")
    finally:
        browser.set_window_size(1400, 1000)
    assert box["tableW"] <= box["panelW"] + 1  # no horizontal scrolling: every column is in view
    assert max(box["rights"]) <= box["panelRight"] + 1  # every label cell ends inside its panel
    assert box["tall"] > 0  # long labels wrapped onto more lines


if __name__ == "__main__":  # python tests/test_report_browser.py docs/report.png
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/report.png")
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        drv = start_driver(str(Path(tmp) / "profile"))
        try:
            seed_report(drv, Path(tmp), target)
        finally:
            drv.quit()
    print(f"wrote {target}", file=sys.stderr)
