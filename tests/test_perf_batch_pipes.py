"""The batch parent waits on its workers with ``select.poll`` (runner._ready) and messages cross the pipes as pickled
bytes; both must behave as ``multiprocessing.connection.wait`` and ``Connection.send`` did."""

from __future__ import annotations

import multiprocessing as mp
import time

from extractor.batch.records import Task
from extractor.batch.runner import Runner, _dumps, _loads, _ready


def test_ready_reports_a_connection_with_data_and_nothing_else() -> None:
    a, b = mp.Pipe(duplex=True)
    c, d = mp.Pipe(duplex=True)
    try:
        assert _ready([a, c], 0.01) == set()
        b.send_bytes(_dumps(("ok", 1)))
        assert _ready([a, c], 1.0) == {a}
        assert _loads(a.recv_bytes()) == ("ok", 1)
    finally:
        for x in (a, b, c, d):
            x.close()


def test_ready_reports_a_hung_up_pipe_and_a_dead_process() -> None:
    a, b = mp.Pipe(duplex=True)
    b.close()  # the other end is gone: readable (EOF), as wait() reports it
    assert _ready([a], 1.0) == {a}
    a.close()
    proc = mp.get_context("fork").Process(target=time.sleep, args=(0,))
    proc.start()
    proc.join()
    assert _ready([proc.sentinel], 1.0) == {proc.sentinel}


def test_ready_waits_about_the_timeout() -> None:
    a, b = mp.Pipe(duplex=True)
    try:
        t = time.monotonic()
        assert _ready([a], 0.05) == set()
        assert time.monotonic() - t >= 0.04
    finally:
        a.close()
        b.close()


def _upper(task: Task, force: bool) -> tuple[str, str, str]:
    return ("ok", task.source, task.payload.upper())


def test_pool_round_trips_tasks_in_order() -> None:
    tasks = [Task("line", f"in.jsonl:{i}", f"記錄 {i} text") for i in range(25)]
    got: list[str] = []
    stats = Runner(_upper, jobs=2, window=4).run(iter(tasks), lambda t, r: got.append(r[2]))
    assert got == [f"記錄 {i} TEXT" for i in range(25)]
    assert stats.ok == 25 and len(stats.worker_cpu_s) == 2  # both workers said goodbye through the bytes path
