"""The worker pool: long-lived forked workers, a bounded window, results in input order.

Why not ``multiprocessing.Pool``: its ``imap`` reads the whole input iterator ahead (memory grows
with the archive), and a worker that dies takes its task with it and the pool hangs. Here:

- workers are forked once, after the caller built and warmed up the pipeline (jieba, OpenCC loaded
  once, pages shared copy-on-write), and live for the whole run;
- a task goes only to an idle worker, one at a time, so parent and worker never both block
  writing into a full pipe (no deadlock whatever the record size);
- at most ``window`` records are between "read" and "written": memory stays bounded, and a slow
  record holds back the writer, never the reader's memory;
- a worker that dies (segfault, OOM kill) or runs past ``timeout`` costs exactly its one record,
  which is reported as an error; a fresh worker is forked in its place;
- Ctrl-C / SIGTERM stop reading, kill the workers and return; everything emitted is already written.
"""

from __future__ import annotations

import collections
import multiprocessing as mp
import os
import pickle
import select
import signal
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from multiprocessing.connection import Connection
from typing import Any

from .records import WORKER_CRASHED, WORKER_TIMEOUT, Task, error_record
from .work import Result, worker_rss_mib

WorkFn = Callable[[Task, bool], Result]
EmitFn = Callable[[Task, Result], None]

# Messages cross the pipes as pickle.dumps bytes (send_bytes / recv_bytes): Connection.send builds a BytesIO and a
# ForkingPickler per message (reducers for sockets and pipes no record holds); both ends read either form.
_dumps = partial(pickle.dumps, protocol=pickle.HIGHEST_PROTOCOL)
_loads = pickle.loads


def _ready(objs: list[Any], timeout: float) -> set[Any]:
    """The connections and process sentinels of ``objs`` that are readable (or hung up) within ``timeout``
    seconds: ``multiprocessing.connection.wait`` in C calls. Its selector (a Python object with a key per
    file) is built anew at every wait, twice per record: ~a third of the parent's CPU with two workers."""
    poller = select.poll()
    by_fd: dict[int, Any] = {}
    for o in objs:
        fd = o if isinstance(o, int) else o.fileno()
        by_fd[fd] = o
        poller.register(fd, select.POLLIN)
    # poll reports a hang-up or error even unasked: a dead worker's pipe is "ready", as with wait()
    return {by_fd[fd] for fd, _ in poller.poll(max(0, int(timeout * 1000 + 0.999)))}


@dataclass
class RunStats:
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    elapsed: float = 0.0
    first_result: float | None = None  # seconds from run start to the first emitted result
    interrupted: bool = False
    worker_rss_mib: list[float] = field(default_factory=list)
    worker_cpu_s: list[float] = field(default_factory=list)  # CPU seconds of each worker that said goodbye
    crashed_workers: int = 0
    recycled_workers: int = 0

    @property
    def done(self) -> int:
        return self.ok + self.failed + self.skipped


def _worker_main(conn: Connection, work: WorkFn, inherited: list[Connection], parent: int) -> None:
    # The parent handles Ctrl-C for everyone: a terminal sends SIGINT to the whole process group.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # Close the parent's ends of every pipe this fork copied (ours and the siblings'): otherwise a
    # worker keeps its own and its siblings' pipes open, none sees EOF, and after a kill -9 of the
    # parent the workers would wait forever as orphans.
    for c in inherited:
        c.close()
    while True:
        try:
            while not conn.poll(1.0):
                if os.getppid() != parent:
                    return  # the parent is gone (kill -9): nobody will read our results
            msg = _loads(conn.recv_bytes())
        except (EOFError, OSError):
            return  # the parent is gone
        try:
            if msg is None:
                conn.send_bytes(_dumps(("bye", worker_rss_mib(), time.process_time())))
                return
            seq, task, force = msg
            result = work(task, force)
            conn.send_bytes(_dumps((seq, result, worker_rss_mib())))
        except (BrokenPipeError, ConnectionResetError, EOFError):
            return  # the parent died mid-record: nobody reads, and a traceback would only be noise


class _Worker:
    def __init__(self, ctx: Any, work: WorkFn, siblings: list[_Worker]):
        self.conn, child = ctx.Pipe(duplex=True)
        inherited = [self.conn, *(w.conn for w in siblings if not w.conn.closed)]
        self.proc = ctx.Process(target=_worker_main, args=(child, work, inherited, os.getpid()), daemon=True)
        self.proc.start()
        child.close()
        self.job: tuple[int, Task, bool] | None = None
        self.started = 0.0

    def send(self, seq: int, task: Task, force: bool) -> None:
        self.job = (seq, task, force)
        self.started = time.monotonic()
        try:
            self.conn.send_bytes(_dumps((seq, task, force)))
        except OSError:
            pass  # the worker just died: its sentinel fires and the record is reported (never lost)

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()


class Runner:
    """Run ``work(task, force)`` over tasks in ``jobs`` forked workers (0 = in this process)."""

    def __init__(self, work: WorkFn, *, jobs: int, window: int | None = None, timeout: float | None = None,
                 skip: collections.Counter[str] | None = None, max_rss_mib: float | None = 2048.0):
        self.work = work
        self.jobs = max(0, jobs)
        self.window = window or max(8, 16 * max(1, self.jobs))
        self.timeout = timeout
        self.skip: collections.Counter[str] = skip if skip is not None else collections.Counter()
        # A worker whose peak memory passed this is replaced after its record: months of archive must not
        # accumulate a library's caches or leaks in one process.
        self.max_rss_mib = max_rss_mib

    # -- ordered emission (shared by both modes) --------------------------------------------------
    def _settle(self, task: Task, result: Result, emit: EmitFn, stats: RunStats) -> bool:
        """Emit a finished record; False when a "skip" must be redone (a duplicate id beyond resume)."""
        status, rid, _ = result
        if status == "skip":
            if self.skip.get(rid, 0) > 0:  # type: ignore[arg-type]
                self.skip[rid] -= 1  # type: ignore[index]
                stats.skipped += 1
                emit(task, result)
                return True
            return False  # this occurrence was never completed: run it for real
        if status == "ok":
            stats.ok += 1
        else:
            stats.failed += 1
        if stats.first_result is None:
            stats.first_result = time.monotonic() - self._t0
        emit(task, result)
        return True

    def run(self, tasks: Iterator[Task], emit: EmitFn) -> RunStats:
        stats = RunStats()
        self._t0 = time.monotonic()
        previous = signal.getsignal(signal.SIGTERM)
        in_main = _in_main_thread()
        if in_main:
            signal.signal(signal.SIGTERM, _raise_interrupt)
        try:
            if self.jobs == 0:
                self._run_inline(tasks, emit, stats)
            else:
                self._run_pool(tasks, emit, stats)
        except KeyboardInterrupt:
            stats.interrupted = True
        finally:
            if in_main:
                signal.signal(signal.SIGTERM, previous)
            stats.elapsed = time.monotonic() - self._t0
        return stats

    def _run_inline(self, tasks: Iterator[Task], emit: EmitFn, stats: RunStats) -> None:
        for task in tasks:
            result = self.work(task, False)
            if not self._settle(task, result, emit, stats):
                self._settle(task, self.work(task, True), emit, stats)
        stats.worker_rss_mib.append(worker_rss_mib())

    def _run_pool(self, tasks: Iterator[Task], emit: EmitFn, stats: RunStats) -> None:
        try:
            ctx = mp.get_context("fork")
        except ValueError as exc:  # Windows has no fork: the shared warmed-up pipeline needs it
            from ..errors import ConfigError

            raise ConfigError("parallel workers need fork(), which this platform lacks; use --jobs 0",
                              code="E217") from exc
        workers: list[_Worker] = []
        for _ in range(self.jobs):
            workers.append(_Worker(ctx, self.work, workers))
        done: dict[int, tuple[Task, Result]] = {}  # finished, waiting for their turn to be written
        todo: collections.deque[tuple[int, Task, bool]] = collections.deque()  # redo (forced) first
        next_seq = 0
        head = 0  # the next sequence number to write
        exhausted = False
        try:
            while True:
                # 1. Give every idle worker a record, within the window.
                for i, w in enumerate(workers):
                    if w.job is not None:
                        continue
                    if not w.proc.is_alive():  # died while idle (OOM killer, a stray signal): fork a fresh one
                        w.kill()
                        w = workers[i] = _Worker(ctx, self.work, workers)
                        stats.crashed_workers += 1
                    while True:
                        if todo:
                            w.send(*todo.popleft())
                            break
                        if exhausted or next_seq - head >= self.window:
                            break
                        task = next(tasks, None)
                        if task is None:
                            exhausted = True
                            break
                        seq, next_seq = next_seq, next_seq + 1
                        if task.kind == "error":  # the reader already knows: no worker needed
                            done[seq] = (task, ("error", (task.meta or {}).get("id"), task.meta))
                            continue
                        w.send(seq, task, False)
                        break
                # 2. Write what is finished, in input order.
                while head in done:
                    task, result = done.pop(head)
                    if self._settle(task, result, emit, stats):
                        head += 1
                    else:
                        todo.append((head, task, True))
                        break
                busy = [w for w in workers if w.job is not None]
                if not busy:
                    if exhausted and not todo and head == next_seq:
                        break
                    if todo or (not exhausted and next_seq - head < self.window):
                        continue
                    if head in done:
                        continue
                # 3. Wait for a result, a dead worker or a deadline.
                wait_for = self._wait_time(busy)
                ready = _ready([w.conn for w in busy] + [w.proc.sentinel for w in busy], wait_for)
                for i, w in enumerate(workers):
                    if w.job is None:
                        continue
                    if w.conn in ready or w.proc.sentinel in ready:
                        try:
                            if w.conn.poll():
                                seq, result, rss = _loads(w.conn.recv_bytes())
                                done[seq] = (w.job[1], result)
                                w.job = None
                                if self.max_rss_mib and rss > self.max_rss_mib:
                                    stats.worker_rss_mib.append(rss)
                                    w.kill()
                                    workers[i] = _Worker(ctx, self.work, workers)
                                    stats.recycled_workers += 1
                                continue
                        except (EOFError, OSError):
                            pass
                        if not w.proc.is_alive() or w.proc.sentinel in ready:
                            workers[i] = self._replace(ctx, w, done, stats, WORKER_CRASHED, workers)
                    elif self.timeout and time.monotonic() - w.started > self.timeout:
                        workers[i] = self._replace(ctx, w, done, stats, WORKER_TIMEOUT, workers)
        finally:
            self._shutdown(workers, stats)

    def _wait_time(self, busy: list[_Worker]) -> float:
        if not self.timeout or not busy:
            return 1.0
        soonest = min(w.started for w in busy) + self.timeout - time.monotonic()
        return max(0.01, min(1.0, soonest))

    def _replace(self, ctx: Any, w: _Worker, done: dict[int, tuple[Task, Result]], stats: RunStats,
                 code: str, workers: list[_Worker]) -> _Worker:
        assert w.job is not None
        seq, task, _ = w.job
        w.kill()
        if code == WORKER_TIMEOUT:
            reason = f"still running after {self.timeout:g}s (--timeout); its worker was killed"
        else:
            how = w.proc.exitcode
            sig = f"signal {signal.Signals(-how).name}" if how is not None and how < 0 else f"exit code {how}"
            reason = f"the worker process died on this record ({sig})"
        from .work import task_id

        rid = task_id(task) or (task.meta or {}).get("id")
        done[seq] = (task, ("error", rid, error_record(id=rid, source=task.source, stage="worker", code=code,
                                                       reason=reason)))
        stats.crashed_workers += 1
        return _Worker(ctx, self.work, workers)

    def _shutdown(self, workers: list[_Worker], stats: RunStats) -> None:
        for w in workers:
            if w.job is None and w.proc.is_alive():
                try:
                    w.conn.send_bytes(_dumps(None))
                    if w.conn.poll(5):
                        tag, rss, cpu = _loads(w.conn.recv_bytes())
                        if tag == "bye":
                            stats.worker_rss_mib.append(rss)
                            stats.worker_cpu_s.append(cpu)
                except (EOFError, OSError):
                    pass
            w.kill()


def _raise_interrupt(signum: int, frame: Any) -> None:
    raise KeyboardInterrupt


def _in_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def default_jobs() -> int:
    """The cores this process may use (respects taskset/cgroup affinity), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)
