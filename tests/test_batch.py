"""extractor batch: inputs, failures recorded (never fatal), stable order, exit codes, worker crashes."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_batch_helpers import article_text, page_html, read_lines, records, write_jsonl, write_warc  # noqa: E402

from extractor.batch import run_batch  # noqa: E402
from extractor.batch.progress import Progress  # noqa: E402
from extractor.batch.records import Task  # noqa: E402
from extractor.batch.runner import Runner  # noqa: E402

CLI = [sys.executable, "-m", "extractor"]


def _cli(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([*CLI, "batch", *args], capture_output=True, text=True, timeout=120, **kw)


def test_batch_1000_records_with_1pct_junk_gives_990_articles_10_errors_exit_1(tmp_path):
    recs: list = records(1000)
    junk = ['{"id": "broken", "text": "unterminated', "not json at all", '{"text": "no id here"}',
            '{"id": "empty", "text": ""}', '{"id": "nocontent"}', "[1, 2, 3]", '{"id": "", "text": "x"}',
            '{"id": "num", "text": 12345}',
            '{"id": "ws", "html": "   \\n  "}', '{"id": {"nested": 1}, "text": "營收成長。"}']
    for k, j in enumerate(junk):  # replace 10 records spread through the file
        recs[k * 97 + 5] = j
    src = write_jsonl(tmp_path / "in.jsonl", recs)
    out = tmp_path / "out.jsonl"
    proc = _cli(str(src), "--out", str(out), "--jobs", "2")
    assert proc.returncode == 1, proc.stderr
    arts = read_lines(out)
    errs = read_lines(tmp_path / "out.errors.jsonl")
    assert len(arts) == 990 and len(errs) == 10
    expected_ids = [r["id"] for r in recs if isinstance(r, dict)]
    assert [a["id"] for a in arts] == expected_ids  # input order, ids kept
    for e in errs:
        assert set(e) >= {"id", "source", "stage", "code", "reason"} and e["reason"]
        assert e["source"].startswith(str(src) + ":")
    assert sorted(int(e["source"].rsplit(":", 1)[1]) for e in errs) == [k * 97 + 6 for k in range(10)]
    assert "990 written" in proc.stderr and "10 failed" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_batch_parallel_output_equals_sequential_byte_for_byte(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", records(60))
    r1 = run_batch([str(src)], str(tmp_path / "one.jsonl"), jobs=0, quiet=True)
    r2 = run_batch([str(src)], str(tmp_path / "two.jsonl"), jobs=2, quiet=True)
    assert r1.exit_code == r2.exit_code == 0
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert not (tmp_path / "two.errors.jsonl").exists()


def test_batch_reads_directories_globs_gz_jsonl_and_single_files(tmp_path):
    d = tmp_path / "site" / "2026"
    d.mkdir(parents=True)
    (d / "b-story.html").write_text(page_html(1), encoding="utf-8")
    (d / "a-story.txt").write_text(article_text(2), encoding="utf-8")
    (d / "notes.md").write_text("not an input", encoding="utf-8")
    with gzip.open(tmp_path / "more.jsonl.gz", "wt", encoding="utf-8") as fh:
        for r in records(3):
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    single = tmp_path / "lone.htm"
    single.write_text(page_html(7), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    res = run_batch([str(tmp_path / "site"), str(tmp_path / "*.jsonl.gz"), str(single)], str(out), jobs=2,
                    quiet=True)
    assert res.exit_code == 0
    arts = read_lines(out)
    # nested files: id = path relative to the folder without extension (issue 17.7: unique ids)
    assert [a["id"] for a in arts] == ["2026/a-story", "2026/b-story", "r0000", "r0001", "r0002", "lone"]
    assert arts[1]["source"]["path"].endswith("b-story.html")
    assert arts[2]["source"]["url"] == "https://news.example.com/a/0"
    for a in arts:  # every span exact
        for m in a["metrics"]:
            assert a["text"][m["span"][0]:m["span"][1]] == m["text"]


def test_batch_reads_warc_html_responses_with_header_charset_url_and_date(tmp_path):
    big5 = page_html(3, title="台積電營收創新高").encode("big5").replace(b"charset='utf-8'", b"")
    warc = write_warc(tmp_path / "crawl.warc.gz", [
        ("https://news.example.com/big5", big5, "text/html; charset=big5"),
        ("https://news.example.com/utf8", page_html(4).encode("utf-8"), "text/html"),
    ])
    out = tmp_path / "out.jsonl"
    res = run_batch([str(warc)], str(out), jobs=1, quiet=True)
    assert res.exit_code == 0, read_lines(tmp_path / "out.errors.jsonl")
    arts = read_lines(out)
    assert len(arts) == 2  # the request records and the PNG response are not pages...
    assert "passed over 3 WARC record(s)" in "\n".join(res.notes)  # ...and the summary says so
    assert [a["source"]["url"] for a in arts] == ["https://news.example.com/big5", "https://news.example.com/utf8"]
    assert all(a["id"].startswith("urn:uuid:") for a in arts)
    assert all(a["source"]["fetched"] and a["source"]["fetched"][:2] == "20" for a in arts)
    assert "中華電第4季營收" in arts[0]["text"]  # decoded with the charset of the HTTP header (Big5)


def test_batch_truncated_warc_reports_the_offset_and_keeps_earlier_records(tmp_path):
    warc = write_warc(tmp_path / "crawl.warc", [(f"https://x.example/{i}", page_html(i).encode(), "text/html")
                                                 for i in range(3)], gz=False)
    data = warc.read_bytes()
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: len(data) * 2 // 3] + b"garbage\r\n\r\nWARC/1.0\r\nbad")
    other = write_jsonl(tmp_path / "next.jsonl", records(2))
    out = tmp_path / "out.jsonl"
    res = run_batch([str(cut), str(other)], str(out), jobs=1, quiet=True)
    assert res.exit_code == 1
    arts = read_lines(out)
    assert [a["id"] for a in arts][-2:] == ["r0000", "r0001"]  # the next input still ran
    assert len(arts) >= 3
    errs = read_lines(tmp_path / "out.errors.jsonl")
    assert any("@" in e["source"] and e["source"].startswith(str(cut)) for e in errs)


def test_batch_line_over_max_bytes_is_reported_and_skipped_with_bounded_memory(tmp_path):
    recs = records(3)
    recs[1] = {"id": "huge", "text": "長" * 300_000}
    src = write_jsonl(tmp_path / "in.jsonl", recs)
    out = tmp_path / "out.jsonl"
    res = run_batch([str(src)], str(out), jobs=1, quiet=True, max_bytes=100_000)
    assert res.exit_code == 1
    assert [a["id"] for a in read_lines(out)] == ["r0000", "r0002"]
    (err,) = read_lines(tmp_path / "out.errors.jsonl")
    assert err["code"] == "E123" and err["source"].endswith(":2")
    assert err["id"] == "huge"  # read from the head of the refused line


def test_batch_line_over_max_bytes_names_its_id_from_either_end(tmp_path):
    recs = records(2) + ['{"text": "%s", "url": "https://x.example/", "id": 42}' % ("長" * 60_000),
                         '{"text": "%s"}' % ("長" * 60_000)]
    src = write_jsonl(tmp_path / "in.jsonl", recs)
    out = tmp_path / "out.jsonl"
    run_batch([str(src)], str(out), jobs=1, quiet=True, max_bytes=100_000)
    errs = {e["source"].rsplit(":", 1)[1]: e for e in read_lines(tmp_path / "out.errors.jsonl")}
    assert errs["3"]["code"] == "E123" and errs["3"]["id"] == "42"  # the id is at the end of the line
    assert errs["4"]["code"] == "E123" and errs["4"]["id"] is None  # no id at all: file:line names it


def test_line_id_reads_only_real_keys():
    from extractor.batch.readers import line_id

    assert line_id(b'{"id": "a1", "text": "xx') == "a1"
    assert line_id(b'{"url": "u", "id": "b\\"q", "text": "') == 'b"q'
    assert line_id(b'{"text": "aa', b'bb", "id": 7}\n') == "7"
    assert line_id(b'{"text": "\\"id\\": \\"x\\"') is None  # "id" inside a string value is no key
    assert line_id(b'{"text": "a', b'\\", \\"id\\": \\"x\\"}"}\n') is None
    assert line_id(b'{"id": "", "text": "') is None


def test_batch_record_of_control_characters_is_an_input_error(tmp_path):
    recs = records(1) + [{"id": "ctl", "text": "\u0000\u0001\u0002\u0003"}, {"id": "ctl-html", "html": "<p>\u0001</p>"}]
    src = write_jsonl(tmp_path / "in.jsonl", recs)
    out = tmp_path / "out.jsonl"
    res = run_batch([str(src)], str(out), jobs=1, quiet=True)
    assert res.exit_code == 1
    assert [a["id"] for a in read_lines(out)] == ["r0000"]
    errs = {e["id"]: e["code"] for e in read_lines(tmp_path / "out.errors.jsonl")}
    assert errs["ctl"] == "E104" and errs["ctl-html"] in ("E104", "E105")


def test_batch_stdin_jsonl_and_usage_errors(tmp_path):
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in records(3)) + "\n"
    out = tmp_path / "out.jsonl"
    proc = _cli("-", "--out", str(out), "--quiet", input=data)
    assert proc.returncode == 0 and proc.stderr == ""
    assert [a["id"] for a in read_lines(out)] == ["r0000", "r0001", "r0002"]
    missing = _cli(str(tmp_path / "nope.jsonl"), "--out", str(out))
    assert missing.returncode == 2 and "nope.jsonl" in missing.stderr and "Traceback" not in missing.stderr
    nodir = _cli(str(tmp_path / "*.warc"), "--out", str(out))
    assert nodir.returncode == 2 and "matches no file" in nodir.stderr
    (tmp_path / "adir").mkdir()
    bad_out = _cli(str(out), "--out", str(tmp_path / "adir"))
    assert bad_out.returncode == 2 and "is a directory" in bad_out.stderr


def test_batch_all_failed_exits_3(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", ["junk", '{"id": "a"}'])
    proc = _cli(str(src), "--out", str(tmp_path / "out.jsonl"), "-q")
    assert proc.returncode == 3
    assert len(read_lines(tmp_path / "out.errors.jsonl")) == 2


def _crashy(task: Task, force: bool):
    rid = json.loads(task.payload)["id"]
    if rid == "crash":
        os._exit(7)  # a worker dying mid-record (like a segfault or an OOM kill)
    if rid == "hang":
        time.sleep(60)
    return ("ok", rid, json.dumps({"id": rid}))


def test_runner_survives_worker_crash_and_timeout_in_input_order():
    ids = ["a", "crash", "b", "hang", "c", "d", "crash", "e"]
    tasks = [Task("line", f"in:{i + 1}", json.dumps({"id": x}).encode()) for i, x in enumerate(ids)]
    got: list[tuple[str, str | None, str]] = []
    runner = Runner(_crashy, jobs=2, timeout=1.0)
    stats = runner.run(iter(tasks), lambda t, r: got.append((r[0], r[1], t.source)))
    assert [g[1] for g in got] == ids  # every record accounted for, in input order
    assert [g[0] for g in got] == ["ok", "error", "ok", "error", "ok", "ok", "error", "ok"]
    assert stats.ok == 5 and stats.failed == 3 and stats.crashed_workers == 3


def test_progress_line_shows_done_total_rate_eta_and_failures():
    import io

    p = Progress(200, enabled=True, stream=io.StringIO())
    p.started -= 10  # 10 s elapsed
    line = p.line(50, 2)
    assert line.startswith("50/200 25%") and "5.0 rec/s" in line and "ETA 0:30" in line and "2 failed" in line
    assert Progress(None, enabled=True, stream=io.StringIO()).line(5, 0).startswith("5 |")
    quiet = io.StringIO()
    Progress(10, stream=quiet).update(1, 0, force=True)  # StringIO is not a terminal: nothing shown
    assert quiet.getvalue() == ""


def test_batch_db_loads_every_written_article_and_resume_reloads_idempotently(tmp_path):
    from extractor.store import open_store

    src = write_jsonl(tmp_path / "in.jsonl", records(5))
    out, db = tmp_path / "out.jsonl", tmp_path / "claims.db"
    res = run_batch([str(src)], str(out), jobs=2, quiet=True, db=str(db))
    assert res.exit_code == 0 and res.db_counts["inserted"] == 5
    with open_store(str(db)) as store:
        assert store.get_article("r0003").id == "r0003"
    again = run_batch([str(src)], str(out), jobs=2, quiet=True, db=str(db), resume=True)
    assert again.stats.skipped == 5 and again.db_counts["inserted"] == 0 and again.db_counts["unchanged"] == 5


def _echo(task: Task, force: bool):
    rid = json.loads(task.payload)["id"]
    if rid == "slow":
        time.sleep(0.5)  # one slow record must hold back the writer, not let the reader run ahead
    return ("ok", rid, rid)


def test_runner_reads_at_most_window_records_ahead_of_the_writer():
    pulled, written, ahead = [0], [0], []

    def tasks():
        for i in range(200):
            pulled[0] += 1
            ahead.append(pulled[0] - written[0])
            yield Task("line", f"in:{i}", json.dumps({"id": "slow" if i == 3 else f"x{i}"}).encode())

    def emit(task, result):
        written[0] += 1

    stats = Runner(_echo, jobs=2, window=10).run(tasks(), emit)
    assert stats.ok == 200 and written[0] == 200
    assert max(ahead) <= 11  # bounded memory whatever the archive size


def test_runner_replaces_a_worker_whose_memory_grew_past_the_limit():
    tasks = [Task("line", f"in:{i}", json.dumps({"id": f"x{i}"}).encode()) for i in range(6)]
    got: list = []
    stats = Runner(_echo, jobs=1, max_rss_mib=1.0).run(iter(tasks), lambda t, r: got.append(r[1]))
    assert got == [f"x{i}" for i in range(6)]
    assert stats.recycled_workers == 6  # every worker is over 1 MiB: each record got a fresh one
