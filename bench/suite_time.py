"""The test suite's wall time next to how fast the machine was during the run.

This machine is a virtual machine on a shared host: the same suite on the same code ran
75 s and 146 s in the same morning. So each run is bracketed by a reference, a fixed
pure-Python loop timed before and after, and the machine's own counters (``/proc/stat``)
say where the two cores' time went: user, system, idle (the workers waiting) and stolen
by the host.

    .venv/bin/python bench/suite_time.py            # make test's command, CI=1, once
    .venv/bin/python bench/suite_time.py --runs 3
    .venv/bin/python bench/suite_time.py --json --workers 0 --tests tests/unit/test_derive.py
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def reference_seconds(loops: int) -> float:
    """Wall seconds of a fixed loop in a fresh interpreter, the best of three: what a second
    of the suite's Python costs on the machine right now."""
    code = f"s = 0\nfor i in range({loops}): s += i * i"
    times = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append(time.perf_counter() - start)
    return min(times)


def cpu_counters() -> dict[str, float]:
    """Seconds since boot, summed over the cores (Linux; empty elsewhere)."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()
    except OSError:
        return {}
    tick = os.sysconf("SC_CLK_TCK")
    names = {"user": 1, "system": 3, "idle": 4, "steal": 8}
    return {name: int(fields[index]) / tick for name, index in names.items()}


def run_suite(workers: int, tests: list[str]) -> tuple[float, int, dict[str, object]]:
    """The suite's wall time, its exit status, and what to report."""
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    if workers:
        command += ["-n", str(workers), "--dist", "worksteal"]  # as `make test`
    env = dict(os.environ, CI="1", PYTHONDONTWRITEBYTECODE="")
    before, start = cpu_counters(), time.perf_counter()
    done = subprocess.run([*command, *tests], cwd=ROOT, env=env, capture_output=True,
                          text=True)
    wall = time.perf_counter() - start
    after = cpu_counters()
    summary = next((line for line in reversed(done.stdout.splitlines()) if " in " in line),
                   done.stdout[-300:])
    passed = re.search(r"(\d+) passed", summary)
    return wall, done.returncode, {
        "wall_s": round(wall, 1),
        "exit": done.returncode,
        "passed": int(passed.group(1)) if passed else 0,
        "summary": summary.strip("= "),
        **{f"{name}_s": round(after[name] - before[name], 1) for name in before},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2, help="0: no xdist")
    parser.add_argument("--tests", nargs="*", default=[], help="default: the whole suite")
    parser.add_argument("--json", action="store_true", help="one JSON object per run")
    parser.add_argument("--reference-loops", type=int, default=10_000_000,
                        help="the reference's size (keep the default to compare runs)")
    args = parser.parse_args()
    worst = 0
    for _ in range(args.runs):
        ref_before = reference_seconds(args.reference_loops)
        wall, status, run = run_suite(args.workers, args.tests)
        ref_after = reference_seconds(args.reference_loops)
        reference = statistics.mean([ref_before, ref_after])
        row = {"at": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), **run,
               "reference_before_s": round(ref_before, 2),
               "reference_after_s": round(ref_after, 2),
               "wall_in_references": round(wall / reference)}
        worst = max(worst, status)
        if args.json:
            print(json.dumps(row), flush=True)
        else:
            print(f"{row['at']}: {run['summary']}; wall {wall:.1f} s; "
                  f"reference {ref_before:.2f} s before, {ref_after:.2f} s after "
                  f"(the wall time is {row['wall_in_references']} references); "
                  + ", ".join(f"{name} {run.get(name + '_s', '?')} s"
                              for name in ("user", "system", "idle", "steal")), flush=True)
    return worst


if __name__ == "__main__":
    sys.exit(main())
