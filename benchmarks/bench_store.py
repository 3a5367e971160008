"""Claims-database benchmark: load N synthetic articles, reload them, and time searches.

    python benchmarks/bench_store.py                      # 100,000 articles into a temp SQLite file
    python benchmarks/bench_store.py --n 20000 --db postgresql://user@host/db
    python benchmarks/bench_store.py --pg                 # a throwaway PostgreSQL server (tests/pg.py)

The load goes through the same path as ``extractor load``: JSON Lines -> Article -> Store.load_articles.
Writing the JSONL is not timed. Reports articles/s and rows/s for the first load, the time of an
idempotent reload (nothing written), and median / p95 latency of search, claims --by and metrics.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from extractor.model import Article
from extractor.store import open_store

PEOPLE = [f"{s}{g}" for s in "王李張劉陳楊黃趙吳周" for g in ("志明", "美玲", "建國", "淑芬", "家豪")] + [
    "Bradley Tusk", "Jensen Huang", "Lisa Su", "Satya Nadella", "Sundar Pichai"]
TOPICS = ["循環支出", "資本支出", "人工智慧", "半導體", "資料中心", "雲端運算", "電動車", "記憶體", "伺服器", "晶圓代工"]
SITES = ["AI News", "經濟日報", "科技新報", "Reuters", "财经网"]


def synth(n: int, rng: random.Random) -> Article:
    """One article of ~600 characters with 2 claims, 2 quotes, 3 metrics, 1 term and 2 people."""
    p1, p2 = rng.sample(PEOPLE, 2)
    t1, t2 = rng.sample(TOPICS, 2)
    pct, amt, q = rng.randint(1, 95), rng.randint(1, 9000), rng.randint(1, 4)
    parts: list[str] = []
    spans: dict[str, tuple[int, int]] = {}

    def put(key: str, s: str) -> None:
        start = sum(len(p) for p in parts)
        parts.append(s)
        spans[key] = (start, start + len(s))

    put("intro", f"第{n}號報導。{p1}與{p2}今日就{t1}與{t2}發表看法。")
    put("c1", f"{t1}的需求在第{q}季將成長{pct}%")
    put("x1", f",{p1}指出。")
    put("q1", f"我們認為{t2}的投資會持續擴大,但{t1}的風險正在升高")
    put("x2", f",{p2}表示。市場預估全年{t2}")
    put("m1", f"{amt}億美元")
    put("x3", "。另有分析師警告,")
    put("c2", f"{t2}泡沫可能在{2026 + q}年破裂")
    put("x4", f"。{p2}也說:「")
    put("q2", f"{t1}不是短期題材,而是十年的結構性轉變")
    put("x5", "」。資料顯示市占率達")
    put("m2", f"{pct}%")
    put("x6", ",出貨量約")
    put("m3", f"{amt * 3}萬台")
    put("x7", "。")
    put("t1", "人工智慧(artificial intelligence)")
    put("x8", "相關支出持續增加。" * 8)
    text = "".join(parts)
    sl = lambda k: text[spans[k][0]:spans[k][1]]  # noqa: E731
    ents = [{"id": "e1", "name": p1, "kind": "person", "aliases": [p1[:1]] if len(p1) < 4 else [p1.split()[-1]],
             "spans": [[text.index(p1), text.index(p1) + len(p1)]]},
            {"id": "e2", "name": p2, "kind": "person", "spans": [[text.index(p2), text.index(p2) + len(p2)]]}]
    return Article.model_validate({
        "extractor_version": "0.1.0", "id": f"bench-{n:06d}", "language": "zh-Hant",
        "published": f"20{20 + n % 7}-{n % 12 + 1:02d}-{n % 28 + 1:02d}", "site": SITES[n % len(SITES)],
        "source": {"url": f"https://news{n % 50}.example.com/a/{n}"}, "text": text,
        "claims": [{"text": sl("c1"), "span": spans["c1"], "claimant": p1, "entity_id": "e1"},
                   {"text": sl("c2"), "span": spans["c2"], "claimant": "分析師"}],
        "quotes": [{"text": sl("q1"), "span": spans["q1"], "kind": "indirect", "speaker": p2, "entity_id": "e2"},
                   {"text": sl("q2"), "span": spans["q2"], "kind": "direct", "speaker": p2, "entity_id": "e2"}],
        "metrics": [{"text": sl("m1"), "span": spans["m1"], "value": amt * 1e8, "unit": "USD", "label": f"{t2}支出",
                     "kind": "money"},
                    {"text": sl("m2"), "span": spans["m2"], "value": pct, "unit": "%", "label": "市占率",
                     "kind": "percent"},
                    {"text": sl("m3"), "span": spans["m3"], "value": amt * 3e4, "unit": "", "label": "出貨量"}],
        "terms": [{"zh": "人工智慧", "en": "artificial intelligence", "text": sl("t1"), "span": spans["t1"]}],
        "entities": ents,
    })


def read_jsonl(path: Path) -> Iterator[Article]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            yield Article.model_validate_json(line)


def timed(fn, reps: int) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
    times, n = [], 0
    for _ in range(reps):
        t = time.perf_counter()
        n = len(fn())
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)], n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--db", help="database URL or path (default: a temp SQLite file)")
    ap.add_argument("--pg", action="store_true", help="start a throwaway PostgreSQL server (tests/pg.py) and use it")
    ap.add_argument("--batch-size", type=int, default=500)
    ap.add_argument("--reps", type=int, default=20)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-store-"))
    server = None
    if args.pg:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
        from pg import PostgresServer

        server = PostgresServer()
        args.db = server.create_database()
    try:
        run(args, tmp)
    finally:
        if server:
            server.stop()


def run(args: argparse.Namespace, tmp: Path) -> None:
    db = args.db or str(tmp / "claims.db")
    src = tmp / "articles.jsonl"
    rng = random.Random(6)
    t = time.perf_counter()
    with src.open("w", encoding="utf-8") as fh:
        for i in range(args.n):
            fh.write(synth(i, rng).model_dump_json() + "\n")
    print(f"generated {args.n:,} articles in {time.perf_counter() - t:.1f}s ({src.stat().st_size / 1e6:.0f} MB)",
          file=sys.stderr)

    with open_store(db) as store:
        t = time.perf_counter()
        counts = store.load_articles(read_jsonl(src), batch_size=args.batch_size)
        load_s = time.perf_counter() - t
        t = time.perf_counter()
        again = store.load_articles(read_jsonl(src), batch_size=args.batch_size)
        reload_s = time.perf_counter() - t
        assert again.inserted == 0 and again.rows == 0, again
        rows = store.counts()
        print(f"backend      {store.dialect}  ({db})")
        print(f"first load   {counts.inserted:,} articles, {counts.rows:,} rows in {load_s:.1f}s: "
              f"{counts.inserted / load_s:,.0f} articles/s, {counts.rows / load_s:,.0f} rows/s")
        print(f"reload       {again.unchanged:,} unchanged in {reload_s:.1f}s ({again.unchanged / reload_s:,.0f} "
              "articles/s), 0 rows written")
        print("rows         " + ", ".join(f"{k} {v:,}" for k, v in rows.items()))
        cases = [
            ("search 循環支出 (trigram)", lambda: store.search("循環支出")),
            ("search 記憶體的需求在第3季將成長37 (rare)", lambda: store.search("記憶體的需求在第3季將成長37")),
            ("search 泡沫 (2 chars, LIKE)", lambda: store.search("泡沫")),
            ("search 循環支出 --lang --since", lambda: store.search("循環支出", lang="zh", since="2025-06")),
            ("claims --by 'Bradley Tusk'", lambda: store.claims_by("Bradley Tusk", limit=200)),
            ("metrics --label 市占率 --unit %", lambda: store.metric_series("市占率", "%", limit=1000)),
        ]
        for name, fn in cases:
            med, p95, n = timed(fn, args.reps)
            print(f"{name:<34} median {med:8.1f} ms  p95 {p95:8.1f} ms  ({n} rows)")
    for f in tmp.iterdir():
        f.unlink()
    tmp.rmdir()


if __name__ == "__main__":
    main()
