"""The claims database, run against real SQLite and a real PostgreSQL server (tests/pg.py)."""

from __future__ import annotations

import multiprocessing
import random
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # tests/ helpers under --import-mode=importlib

from pg import pg_database, pg_migrated_database, pg_server, pg_template  # noqa: E402,F401 - pytest fixtures
from store_fixtures import (  # noqa: E402
    SIMP_CLAIM,
    TUSK_CLAIM,
    TUSK_QUOTE,
    english_article,
    filler_article,
    make_article,
    simplified_article,
    tusk_article,
)

from extractor.errors import ConfigError, StoreError  # noqa: E402
from extractor.store import LATEST, open_store  # noqa: E402
from extractor.store.keys import group_key  # noqa: E402


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "claims.db")
    return request.getfixturevalue("pg_migrated_database")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database with no schema at all (db_url's PostgreSQL databases come with the schema, for speed)."""
    if request.param == "sqlite":
        return str(tmp_path / "empty.db")
    return request.getfixturevalue("pg_database")


@pytest.fixture
def store(db_url: str):
    with open_store(db_url) as s:
        yield s


def _no_search_drift(store) -> None:
    """The search index has exactly one row per claim, quote and labelled metric (and FTS agrees)."""
    n = store.query("SELECT (SELECT COUNT(*) FROM claims) + (SELECT COUNT(*) FROM quotes) + "
                    "(SELECT COUNT(*) FROM metrics WHERE label IS NOT NULL) AS n")[0]["n"]
    assert store.counts()["search"] == n
    if store.dialect == "sqlite":
        store.execute("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')")


def test_store_round_trips_an_article_with_exact_spans(store) -> None:
    art = tusk_article()
    counts = store.load_articles([art])
    assert counts.inserted == 1 and counts.rows > 0
    assert store.get_article(art.id) == art
    for table in ("claims", "quotes", "metrics"):
        for r in store.query(f"SELECT i.text, i.span_start, i.span_end, a.text AS body, i.url, i.published, "
                             f"i.extractor_version FROM {table} i JOIN articles a ON a.id = i.article_id"):
            assert r["body"][r["span_start"]:r["span_end"]] == r["text"]
            assert (r["url"], r["published"], r["extractor_version"]) == (
                "https://news.example.com/ai-roi-bubble", "2026-02-02", "0.1.0")


def test_store_loading_twice_adds_nothing(store) -> None:
    arts = [tusk_article(), simplified_article(), english_article(), *(filler_article(i) for i in range(30))]
    first = store.load_articles(arts, batch_size=7)
    before = store.counts()
    again = store.load_articles(arts, batch_size=4)
    assert first.inserted == 33
    assert (again.inserted, again.replaced, again.unchanged, again.rows) == (0, 0, 33, 0)
    assert store.counts() == before
    _no_search_drift(store)


def test_store_same_text_under_another_id_is_a_duplicate(store) -> None:
    store.load_articles([tusk_article("a")])
    counts = store.load_articles([tusk_article("b", url="https://mirror.example.net/b")])
    assert counts.duplicates == 1 and counts.inserted == 0
    assert [r["id"] for r in store.query("SELECT id FROM articles")] == ["a"]


def test_store_newer_extractor_version_replaces_rows_and_older_is_ignored(store) -> None:
    store.load_articles([tusk_article()])
    newer = tusk_article(version="0.2.0")
    newer.claims = newer.claims[:0]  # the new extractor no longer sees the claim
    counts = store.load_articles([newer])
    assert counts.replaced == 1
    assert store.counts()["claims"] == 0
    assert store.query("SELECT extractor_version FROM quotes")[0]["extractor_version"] == "0.2.0"
    assert store.search("循環支出") == []  # the replaced claim left the search index too
    stale = store.load_articles([tusk_article(version="0.1.9")])
    assert stale.stale == 1 and store.get_article("ai-roi-bubble") == newer
    _no_search_drift(store)


def test_store_search_finds_chinese_with_span_and_source(store) -> None:
    store.load_articles([tusk_article(), simplified_article(), english_article(), filler_article(1)])
    hits = store.search("循環支出", kinds=("claim",))
    assert {h["article_id"] for h in hits} == {"ai-roi-bubble", "cn-tusk"}  # Traditional query finds Simplified
    tw = next(h for h in hits if h["article_id"] == "ai-roi-bubble")
    assert tw["text"] == TUSK_CLAIM and tw["who"] == "Bradley Tusk"
    assert tuple(tw["span"]) == (tusk_article().text.index(TUSK_CLAIM),
                                 tusk_article().text.index(TUSK_CLAIM) + len(TUSK_CLAIM))
    assert (tw["url"], tw["published"]) == ("https://news.example.com/ai-roi-bubble", "2026-02-02")
    # Two characters: below the trigram size, served by the LIKE fallback.
    assert {h["article_id"] for h in store.search("迴圈")} == {"ai-roi-bubble"}
    assert {h["kind"] for h in store.search("资本支出")} == {"metric"}  # metric labels are searched
    assert [h["article_id"] for h in store.search("circular SPENDING")] == ["en-tusk"]
    assert store.search("不存在的字串") == []
    assert store.search("100%_") == []  # LIKE wildcards in the query are literal


def test_store_search_filters(store) -> None:
    store.load_articles([tusk_article(), simplified_article(), english_article()])
    ids = lambda hits: sorted({h["article_id"] for h in hits})  # noqa: E731
    assert ids(store.search("支出", lang="zh")) == ["ai-roi-bubble", "cn-tusk"]
    assert ids(store.search("支出", lang="zh-Hans")) == ["cn-tusk"]
    assert ids(store.search("支出", since="2026-02-03")) == ["cn-tusk"]
    assert ids(store.search("支出", until="2026-02-02")) == ["ai-roi-bubble"]
    assert ids(store.search("支出", site="tech.example.cn")) == ["cn-tusk"]
    assert ids(store.search("支出", site="AI News")) == ["ai-roi-bubble"]
    assert ids(store.search("循環支出", who="Bradley Tusk")) == ["ai-roi-bubble", "cn-tusk"]  # "Tusk" is his alias
    assert ids(store.search("循環支出", who="Someone Else")) == []
    with pytest.raises(ConfigError, match="--since"):
        store.search("支出", since="last week")


def test_store_claims_by_canonical_name_or_alias(store) -> None:
    store.load_articles([tusk_article(), simplified_article(), english_article(), filler_article(2)])
    rows = store.claims_by("Bradley Tusk")
    got = {(r["kind"], r["article_id"]) for r in rows}
    assert got == {("claim", "ai-roi-bubble"), ("quote", "ai-roi-bubble"), ("claim", "cn-tusk"),
                   ("claim", "en-tusk"), ("quote", "en-tusk")}
    assert [r["published"] for r in rows] == sorted((r["published"] for r in rows), reverse=True)
    assert TUSK_QUOTE in {r["text"] for r in rows}
    assert {(r["kind"], r["article_id"]) for r in store.claims_by("tusk")} == got
    assert store.claims_by("Nobody At All") == []


def test_store_metric_series_is_oldest_first(store) -> None:
    store.load_articles([tusk_article(), simplified_article(), english_article(), filler_article(3)])
    rows = store.metric_series("全球資本支出", "usd")
    assert [(r["article_id"], r["value"]) for r in rows] == [("ai-roi-bubble", 5e11), ("cn-tusk", 5e11)]
    assert [r["article_id"] for r in store.metric_series("capex", "USD")] == ["en-tusk"]
    assert store.metric_series("全球資本支出", "TWD") == []


def test_store_dedupe_groups_claims_metrics_and_pairs(store) -> None:
    store.load_articles([simplified_article(), english_article()])
    store.load_articles([tusk_article()])  # loaded last: grouping must not depend on load order
    # 人工智慧/人工智能, 「」/“”, Traditional/Simplified: one claim; "Tusk" resolves to Bradley Tusk by alias.
    groups = store.query("SELECT group_key, claimant, n_articles FROM claim_groups ORDER BY n_articles DESC")
    assert groups[0]["n_articles"] == 2 and groups[0]["group_key"].startswith("bradleytusk|")
    assert len(groups) == 2  # the English claim is a different text
    assert store.query("SELECT COUNT(DISTINCT text_key) AS n FROM claims")[0]["n"] == 2
    facts = store.query("SELECT fact_key, n_articles FROM metric_facts ORDER BY n_articles DESC")
    assert facts[0]["n_articles"] == 2  # 約5,000億美元 (zh-Hant) and 约5000亿美元 (zh-Hans): same fact
    assert len(facts) == 2  # "Global capex" is another label: linked by fact_id instead
    pairs = store.query("SELECT article_a, article_b FROM metric_pairs")
    assert {(p["article_a"], p["article_b"]) for p in pairs} == {
        ("ai-roi-bubble", "cn-tusk"), ("ai-roi-bubble", "en-tusk"), ("cn-tusk", "en-tusk")}
    # The same quote reprinted by another outlet joins its group.
    reprint = make_article("reprint", "轉載:「" + TUSK_QUOTE + "」Bradley Tusk說。",
                           quotes=((TUSK_QUOTE, "Bradley Tusk"),), people=(("Bradley Tusk", ()),))
    store.load_articles([reprint])
    assert store.query("SELECT n_articles FROM quote_groups WHERE text = ?", (TUSK_QUOTE,)) == [{"n_articles": 2}]
    assert group_key("Tusk", SIMP_CLAIM, "bradleytusk") == group_key("Bradley Tusk", TUSK_CLAIM)


def test_store_migrates_a_v1_database_to_v2(empty_db_url: str) -> None:
    db_url = empty_db_url
    with open_store(db_url, migrate=False) as s:
        assert s.migrate(target=1) == [1]
        assert s.schema_version() == 1
        with s.write():  # rows as a v1 loader wrote them: no group or fact keys exist yet
            s.execute("INSERT INTO articles (id, content_hash, record_hash, extractor_version, language, text, "
                      "extra) VALUES ('old', 'h', 'r', '0.0.9', 'zh-Hant', ?, '{}')", (TUSK_CLAIM,))
            s.execute("INSERT INTO claims (article_id, seq, text, span_start, span_end, claimant, claimant_key, "
                      "evidence, extractor_version) VALUES ('old', 0, ?, 0, ?, 'Tusk', 'tusk', '[]', '0.0.9')",
                      (TUSK_CLAIM, len(TUSK_CLAIM)))
            s.execute("INSERT INTO metrics (article_id, seq, text, span_start, span_end, value, unit, qualifier, "
                      "label, label_key, kind, extractor_version) VALUES ('old', 0, 'x', 0, 1, 5e11, 'USD', "
                      "'approx', '全球資本支出', '全球资本支出', 'money', '0.0.9')")
    with open_store(db_url) as s:  # opening migrates
        assert s.schema_version() == LATEST == 2
        assert s.query("SELECT group_key FROM claims")[0]["group_key"] == group_key("Tusk", TUSK_CLAIM)
        assert s.query("SELECT fact_key FROM metrics")[0]["fact_key"].startswith("usd|500000000000|全球资本支出")
        s.load_articles([simplified_article()])  # the Simplified copy joins the migrated row's group
        assert s.query("SELECT n_articles FROM claim_groups")[0]["n_articles"] == 2
        assert s.migrate() == []


def test_store_refuses_a_newer_schema(db_url: str) -> None:
    with open_store(db_url) as s, s.write():
        s.execute("INSERT INTO schema_version (version, applied_at) VALUES (99, 'future')")
    with pytest.raises(StoreError, match="v99 is newer"):
        open_store(db_url)


def _load_in_child(url: str, seed: int, q) -> None:  # type: ignore[no-untyped-def]
    arts = [tusk_article(), simplified_article(), english_article(), *(filler_article(i) for i in range(60))]
    random.Random(seed).shuffle(arts)
    with open_store(url) as s:
        q.put(s.load_articles(arts, batch_size=5).as_dict())


def test_store_two_loaders_at_once_never_duplicate(empty_db_url: str) -> None:
    db_url = empty_db_url
    # No schema yet: both loaders also race to create it (migrations run under the writer lock).
    ctx = multiprocessing.get_context("fork")
    q = ctx.Queue()
    procs = [ctx.Process(target=_load_in_child, args=(db_url, seed, q)) for seed in (1, 2)]
    for p in procs:
        p.start()
    results = [q.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert sum(r["inserted"] for r in results) == 63  # each article inserted by exactly one loader
    assert sum(r["unchanged"] for r in results) == 63
    with open_store(db_url) as s:
        assert s.counts()["articles"] == 63 and s.counts()["claims"] == 63
        _no_search_drift(s)


def test_store_interrupted_load_keeps_whole_batches_only(store) -> None:
    def articles():
        for i in range(12):
            if i == 7:
                raise KeyboardInterrupt  # the user pressed Ctrl-C mid-batch
            yield filler_article(i)

    with pytest.raises(KeyboardInterrupt):
        store.load_articles(articles(), batch_size=5)
    assert store.counts()["articles"] == 5 and store.counts()["claims"] == 5
    _no_search_drift(store)
    assert store.load_articles(filler_article(i) for i in range(12)).inserted == 7  # resume


def test_store_entities_aliases_and_mentions(store) -> None:
    store.load_articles([tusk_article(), english_article()])
    assert store.query("SELECT key, name, kind FROM entities") == [
        {"key": "bradleytusk", "name": "Bradley Tusk", "kind": "person"}]
    assert sorted(r["alias"] for r in store.query("SELECT alias FROM entity_aliases")) == ["Bradley Tusk", "Tusk"]
    mentions = store.query("SELECT m.text, m.span_start, m.span_end, a.text AS body FROM mentions m "
                           "JOIN articles a ON a.id = m.article_id")
    assert len(mentions) == 2
    assert all(m["body"][m["span_start"]:m["span_end"]] == m["text"] == "Bradley Tusk" for m in mentions)


def test_store_rejects_unknown_urls_and_missing_dirs(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="unsupported database URL"):
        open_store("mysql://x/y")
    with pytest.raises(StoreError, match="does not exist"):
        open_store(tmp_path / "no" / "such" / "claims.db")
    (tmp_path / "junk.db").write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        open_store(tmp_path / "junk.db")


def test_store_postgres_without_psycopg_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)
    with pytest.raises(ConfigError, match=r"newsgrounds\[postgres\].*pip install '\.\[postgres\]'"):
        open_store("postgresql://nobody@127.0.0.1:1/none")


@pytest.mark.postgres
def test_store_postgres_unreachable_is_a_store_error(pg_server) -> None:  # noqa: F811
    with pytest.raises(StoreError, match="cannot connect") as err:
        open_store(f"postgresql://someone:secret@127.0.0.1:{pg_server.port}/no_such_db")
    assert "secret" not in str(err.value)


def test_store_sqlite_file_is_plain_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "claims.db"
    with open_store(f"sqlite:///{path}") as s:
        s.load_articles([make_article("x", "甲乙丙丁說:今年營收成長三成。", claims=(("今年營收成長三成", "甲乙丙丁"),))])
    con = sqlite3.connect(path)
    assert con.execute("SELECT text FROM claims").fetchone() == ("今年營收成長三成",)
    con.close()


def _load_forever(url: str) -> None:
    with open_store(url) as s:
        s.load_articles((filler_article(i) for i in range(100_000)), batch_size=50)


def test_store_killed_loader_leaves_a_consistent_database(db_url: str) -> None:
    import os
    import signal
    import time

    open_store(db_url).close()
    proc = multiprocessing.get_context("fork").Process(target=_load_forever, args=(db_url,))
    proc.start()
    try:
        with open_store(db_url) as s:
            deadline = time.monotonic() + 30
            while s.counts()["articles"] < 100 and time.monotonic() < deadline:
                time.sleep(0.05)
    finally:
        os.kill(proc.pid, signal.SIGKILL)  # no chance to clean up, like a crash or an OOM kill
        proc.join()
    with open_store(db_url) as s:
        n = s.counts()["articles"]
        assert n >= 100 and n % 50 == 0  # whole batches only
        assert s.counts()["claims"] == s.counts()["metrics"] == n
        _no_search_drift(s)
        if s.dialect == "sqlite":
            assert s.query("PRAGMA integrity_check")[0]["integrity_check"] == "ok"
        assert s.load_articles(filler_article(i) for i in range(n + 10)).inserted == 10  # resumes cleanly


def test_store_key_doctests_pass() -> None:
    import doctest

    from extractor.store import keys

    assert doctest.testmod(keys).failed == 0


def test_store_sqlite_round_trips_arbitrary_articles() -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    from extractor.model import Article, Claim, Quote

    @st.composite
    def articles(draw) -> Article:  # type: ignore[no-untyped-def]
        text = draw(st.text(min_size=1, max_size=80))
        cuts = sorted(draw(st.lists(st.integers(0, len(text)), min_size=2, max_size=6)))
        pairs = list(zip(cuts[::2], cuts[1::2], strict=False))
        who = draw(st.none() | st.text(max_size=10))
        return Article(
            extractor_version=draw(st.sampled_from(["0.1.0", "0.2.0"])), id=draw(st.text(min_size=1, max_size=12)),
            language="zh-Hant", published=draw(st.none() | st.dates().map(str)), text=text,
            claims=[Claim(text=text[a:b], span=(a, b), claimant=who) for a, b in pairs],
            quotes=[Quote(text=text[a:b], span=(a, b), kind="direct", speaker=who) for a, b in pairs[:1]],
        )

    @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(articles())
    def check(art: Article) -> None:
        with open_store(":memory:") as store:
            assert store.load_articles([art]).inserted == 1
            assert store.get_article(art.id) == art
            assert store.load_articles([art]).unchanged == 1
            _no_search_drift(store)

    check()


def test_store_postgres_rejects_nul_text_by_name_and_loads_the_rest(db_url: str) -> None:
    nul = make_article("nul", "abc\x00 他說:今年營收成長三成。", claims=(("今年營收成長三成", "他"),))
    with open_store(db_url) as s:
        counts = s.load_articles([nul, tusk_article()])
        if s.dialect == "sqlite":  # SQLite stores it as it is
            assert counts.inserted == 2 and s.get_article("nul") == nul
        else:
            assert (counts.inserted, counts.rejected) == (1, 1)
            assert "'nul'" in counts.problems[0] and "NUL" in counts.problems[0]


def test_store_undated_articles_come_last_on_every_backend(store) -> None:
    undated = tusk_article("undated", published=None, url="https://x.example.com/u")
    undated.text = undated.text.replace("領頭", "帶頭")  # other text, same claims
    store.load_articles([undated, tusk_article(), simplified_article()])
    for rows in (store.search("循環支出", limit=2), store.claims_by("Bradley Tusk", limit=2)):
        assert [r["published"] for r in rows] == sorted(r["published"] for r in rows)[::-1] and None not in [
            r["published"] for r in rows]
    assert store.search("循環支出")[-1]["published"] is None


def test_store_knows_every_model_field() -> None:
    """A field added to the model must get a column (rows.py) or it would be lost in the database."""
    from extractor.model import Article, Claim, Metric, Quote, Term

    stored = {
        Metric: {"id", "text", "span", "value", "low", "high", "unit", "qualifier", "per", "label", "label_span",
                 "period", "kind", "fact_id"},
        Quote: {"id", "text", "span", "kind", "speaker", "cue", "speaker_span", "speaker_text", "speaker_role",
                "speaker_org", "entity_id"},
        Claim: {"id", "text", "span", "claimant", "claimant_span", "cue", "hedge", "evidence", "entity_id"},
        Term: {"zh", "en", "abbr", "text", "span", "zh_hans"},
        Article: {"schema_version", "extractor_version", "id", "title", "published", "language", "site", "authors",
                  "category", "source", "text", "metrics", "quotes", "claims", "terms", "entities", "tables", "warnings",
                  "producers"},
    }
    for model, fields in stored.items():
        assert set(model.model_fields) == fields, f"{model.__name__}: update extractor/store/rows.py"


def test_store_rejects_an_article_whose_span_does_not_match(store) -> None:
    broken = tusk_article("broken")
    broken.text = broken.text.replace("領頭", "帶頭發")  # shifts every span after it: the JSONL was edited
    counts = store.load_articles([broken, simplified_article()])
    assert (counts.inserted, counts.rejected) == (1, 1)
    assert "'broken'" in counts.problems[0] and "does not match" in counts.problems[0]


def test_sqlite_keeps_a_records_category(tmp_path) -> None:
    from extractor import Pipeline
    from extractor.store import open_store

    art = Pipeline().run("台積電今天宣布，第二季營收年增12%。", doc_id="cat", record={"category": "產經"})
    db = open_store(tmp_path / "c.db")
    db.load_articles([art])
    assert db.get_article("cat").category == "產經"
    db.close()
