"""Cold start of ``extractor extract`` on one page: wall and CPU seconds of whole processes, repeated.

    PYTHONPATH=. python benchmarks/bench_coldstart.py [--runs 15] [--page PATH ...] [--against REV]

Each round starts one fresh process per configuration, interleaved, so that the machine's noise falls on
every configuration alike: ``cached`` (the normal command, compiled regexes read from the regex cache),
``no regex cache`` (``EXTRACTOR_REGEX_CACHE=0``) and a bare ``python -c pass`` for the interpreter's own
start. CPU time (user+sys of the child, from ``wait4``) is steadier than wall time on a shared machine.
``--against REV`` adds the same pages run by the code of git revision REV (exported to a temporary directory,
with its own bytecode and regex caches), interleaved with this tree's runs, and prints the ratio of the CPU
medians: the figure to quote when the machine is too noisy for absolute seconds.
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


def _run(argv: list[str], env: dict[str, str], cwd: Path = ROOT) -> tuple[float, float]:
    t = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL)  # ``-m`` looks in cwd first
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
    ap.add_argument("--against", metavar="REV", help="also run the code of this git revision, interleaved")
    args = ap.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    configs: dict[str, tuple[list[str], dict[str, str], Path]] = {
        "python -c pass": ([sys.executable, "-c", "pass"], env, ROOT)}
    import tempfile

    tmp = Path(tempfile.mkdtemp(prefix="coldstart-"))
    other = None
    if args.against:
        other = tmp / "against"
        other.mkdir()
        archive = subprocess.run(["git", "archive", args.against], cwd=ROOT, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(other)], input=archive, check=True)
    pages = [p.resolve() for p in (args.page or [*PAGES, simplified_page(tmp)])]
    for page in pages:
        cmd = [sys.executable, "-m", "extractor", "extract", str(page)]
        configs[f"{page.parent.name}: extract"] = (cmd, env, ROOT)
        if other is not None:
            configs[f"{page.parent.name}: extract, {args.against}"] = (
                cmd, env | {"PYTHONPATH": str(other) + os.pathsep + os.environ.get("PYTHONPATH", "")}, other)
        else:
            configs[f"{page.parent.name}: extract, no regex cache"] = (cmd, env | {"EXTRACTOR_REGEX_CACHE": "0"}, ROOT)
    for argv, e, cwd in configs.values():  # fill the bytecode, regex and data caches
        _run(argv, e, cwd)
    walls: dict[str, list[float]] = {k: [] for k in configs}
    cpus: dict[str, list[float]] = {k: [] for k in configs}
    for _ in range(args.runs):
        for name, (argv, e, cwd) in configs.items():
            w, c = _run(argv, e, cwd)
            walls[name].append(w)
            cpus[name].append(c)
    print(f"{'cold start, ' + str(args.runs) + ' runs':45} {'wall min':>9} {'median':>7} {'cpu min':>8} {'median':>7}")
    for name in configs:
        print(f"{name:45} {min(walls[name]):9.3f} {statistics.median(walls[name]):7.3f} "
              f"{min(cpus[name]):8.3f} {statistics.median(cpus[name]):7.3f}")
    if other is not None:
        for page in pages:
            mine, theirs = cpus[f"{page.parent.name}: extract"], cpus[f"{page.parent.name}: extract, {args.against}"]
            print(f"{page.parent.name}: this tree / {args.against}, CPU medians: "
                  f"{statistics.median(mine) / statistics.median(theirs):.2f}")
    import shutil

    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
