"""Cold start of ``extractor extract`` on one page: wall and CPU seconds of whole processes, repeated.

    PYTHONPATH=. python benchmarks/bench_coldstart.py [--runs 15] [--page PATH ...]

Each round starts one fresh process per configuration, interleaved, so that the machine's noise falls on
every configuration alike: ``cached`` (the normal command, compiled regexes read from the regex cache),
``no regex cache`` (``EXTRACTOR_REGEX_CACHE=0``) and a bare ``python -c pass`` for the interpreter's own
start. CPU time (user+sys of the child, from ``wait4``) is steadier than wall time on a shared machine.
Bytecode is written and used as after ``pip install`` (``PYTHONDONTWRITEBYTECODE`` is unset for the
children); the first, untimed round fills both caches.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "samples/en/chipmaker-capex/input.html", ROOT / "samples/zh-Hant/ai-roi-bubble/input.html"]


def simplified_page(tmp: Path) -> Path:
    """The Traditional sample rendered in Simplified characters (OpenCC t2s): a one-page Simplified run."""
    import opencc

    out = tmp / "zh-Hans" / "input.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(opencc.OpenCC("t2s").convert(PAGES[1].read_text("utf-8")), "utf-8")
    return out


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    t = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{' '.join(argv)} exited {proc.returncode}")
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--page", type=Path, action="append", help="default: an English, a Traditional and a Simplified page")
    args = ap.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    configs: dict[str, tuple[list[str], dict[str, str]]] = {"python -c pass": ([sys.executable, "-c", "pass"], env)}
    import tempfile

    tmp = Path(tempfile.mkdtemp(prefix="coldstart-"))
    for page in args.page or [*PAGES, simplified_page(tmp)]:
        cmd = [sys.executable, "-m", "extractor", "extract", str(page)]
        configs[f"{page.parent.name}: extract"] = (cmd, env)
        configs[f"{page.parent.name}: extract, no regex cache"] = (cmd, env | {"EXTRACTOR_REGEX_CACHE": "0"})
    for argv, e in configs.values():  # fill the bytecode and regex caches
        _run(argv, e)
    walls: dict[str, list[float]] = {k: [] for k in configs}
    cpus: dict[str, list[float]] = {k: [] for k in configs}
    for _ in range(args.runs):
        for name, (argv, e) in configs.items():
            w, c = _run(argv, e)
            walls[name].append(w)
            cpus[name].append(c)
    print(f"{'cold start, ' + str(args.runs) + ' runs':45} {'wall min':>9} {'median':>7} {'cpu min':>8} {'median':>7}")
    for name in configs:
        print(f"{name:45} {min(walls[name]):9.3f} {statistics.median(walls[name]):7.3f} "
              f"{min(cpus[name]):8.3f} {statistics.median(cpus[name]):7.3f}")
    import shutil

    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
