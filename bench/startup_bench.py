"""Start-up of the student app: process start to home screen ready, next to a bare
Textual hello-world app measured in the same run, and peak memory of both.

Each run is a fresh process (imports included), alternating between the two apps. A
process reports the wall-clock moment its first screen is mounted and refreshed, and its
own peak RSS. The app runs headless through the real front door (``cjtrainer.cli.main``)
with a fresh data folder and the bundled content (plus ``--content DIR`` if given).

    python bench/startup_bench.py [--runs 15] [--content DIR] [--json]

Goal: ratio <= 1.3x, the ratio being the median over the runs of (ours / the hello world
run just before it). With valgrind installed, callgrind also counts both starts'
instructions once: a figure that does not depend on how busy the machine is.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOAL = 1.3


def _report(started_screen: str, **more: float) -> None:
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"ready": time.time(), "cpu": time.process_time(), "rss_mb": rss_kb / 1024,
                      "screen": started_screen, **more}), flush=True)


def child_hello() -> None:
    from textual.app import App
    from textual.widgets import Label

    class Hello(App[None]):
        def compose(self):  # type: ignore[no-untyped-def]
            yield Label("Hello, world")

    async def ready(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.pause()
        _report(type(pilot.app.screen).__name__)
        pilot.app.exit()

    Hello().run(headless=True, auto_pilot=ready, size=(80, 24))


def child_cjtrainer(extra: list[str]) -> None:
    from textual.app import App

    run = App.run

    async def ready(pilot) -> None:  # type: ignore[no-untyped-def]
        app = pilot.app
        for _ in range(5000):
            if type(app.screen).__name__ in ("HomeScreen", "ProblemScreen"):
                break
            await pilot.pause(0.001)
        await pilot.pause()  # drawn with its decks and counts: they load before it
        _report(type(app.screen).__name__)
        app.exit()

    def headless_run(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return run(self, headless=True, auto_pilot=ready, size=(80, 24))

    App.run = headless_run  # type: ignore[method-assign]
    # Headless: no terminal to check (the check refuses a redirected screen, as here).
    from cjtrainer.commands import app as app_command

    app_command.check_terminal = lambda: None
    from cjtrainer.cli import main

    main(extra)


CACHE = Path(tempfile.gettempdir()) / f"cjt-bench-cache-{os.getpid()}"
CALLGRIND = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]


def _instructions(valgrind_output: str) -> float:
    """Millions of instructions from callgrind's summary line ("Collected : N")."""
    for line in valgrind_output.splitlines():
        if "Collected :" in line:
            return int(line.rsplit(":", 1)[1]) / 1e6
    raise SystemExit(f"no instruction count from valgrind:\n{valgrind_output[-2000:]}")


def instruction_counts(extra: list[str]) -> tuple[float, float] | None:
    """(ours, hello) instructions to the first screen, counted by callgrind: the same in
    every run whatever else the machine does, unlike the wall-clock times. None without
    valgrind."""
    if shutil.which("valgrind") is None:
        return None
    return one("cjtrainer", extra, CALLGRIND)[1], one("hello", [], CALLGRIND)[1]


def one(kind: str, extra: list[str], prefix: list[str] | None = None,
        ) -> tuple[float, float]:
    """One start in a fresh process with a fresh data folder. The deck cache is shared
    between runs, as on a student's machine from the second start on. ``prefix`` runs the
    process under another program (valgrind)."""
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env.update(
            CJTRAINER_DATA_DIR=str(Path(tmp) / "data"),
            CJTRAINER_CONFIG_DIR=str(Path(tmp) / "config"),
            CJTRAINER_CACHE_DIR=str(CACHE),
            PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
            PYTHONHASHSEED="0",  # the same work in every run
        )
        env.pop("CJTRAINER_CONTENT", None)
        started = time.time()
        out = subprocess.run(
            [*(prefix or []), sys.executable, __file__, "--child", kind, *extra],
            capture_output=True, text=True, env=env, cwd=tmp, timeout=600,
        )
        if prefix:
            return 0.0, _instructions(out.stderr)
        lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
        if out.returncode != 0 or not lines:
            raise SystemExit(f"{kind} failed ({out.returncode}):\n{out.stderr[-2000:]}")
        report = json.loads(lines[-1])
        if kind == "cjtrainer" and report["screen"] != "HomeScreen":
            raise SystemExit(f"cjtrainer did not reach the home screen: {report}")
        return report["ready"] - started, report["rss_mb"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)  # a shared machine is noisy
    parser.add_argument("--content", action="append", default=[])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", choices=("hello", "cjtrainer"))
    args, rest = parser.parse_known_args()
    extra = [item for folder in args.content for item in ("--content", folder)]
    if args.child == "hello":
        child_hello()
        return
    if args.child == "cjtrainer":
        child_cjtrainer(extra + rest)
        return

    # An installed package has its bytecode compiled at install time (pip does that for
    # Textual in the venv too); a source checkout with PYTHONDONTWRITEBYTECODE set would
    # otherwise compile our modules on every start and measure the compiler.
    compileall.compile_dir(str(ROOT / "cjtrainer"), quiet=1)
    one("hello", [])  # warm the file cache for both, and the deck cache
    one("cjtrainer", extra)
    ours, hello, our_rss, hello_rss = [], [], [], []
    for _ in range(args.runs):
        seconds, rss = one("hello", [])
        hello.append(seconds)
        hello_rss.append(rss)
        seconds, rss = one("cjtrainer", extra)
        ours.append(seconds)
        our_rss.append(rss)
    # A first start: no deck cache yet (also the first start after a
    # deck or the code changed): everything is loaded before the first screen.
    first, first_hello = [], []
    for _ in range(max(3, args.runs // 3)):
        shutil.rmtree(CACHE, ignore_errors=True)
        first.append(one("cjtrainer", extra)[0])
        first_hello.append(one("hello", [])[0])
    first_s, first_hello_s = statistics.median(first), statistics.median(first_hello)
    first_ratio = statistics.median(o / h for o, h in zip(first, first_hello, strict=True))
    ours_s, hello_s = statistics.median(ours), statistics.median(hello)
    # Each of our runs follows a hello-world run: the median of these pairs' ratios is
    # robust to the machine's load drifting over the runs (a busy minute slows both).
    ratio = statistics.median(o / h for o, h in zip(ours, hello, strict=True))
    counted = instruction_counts(extra)
    peak, hello_peak = max(our_rss), max(hello_rss)
    if args.json:
        print(json.dumps({
            "name": "start to home screen shown",
            "ours": f"{ours_s * 1000:.0f} ms",
            "reference": f"Textual hello world {hello_s * 1000:.0f} ms",
            "ratio": f"{ratio:.2f}x",
            "goal": f"≤ {GOAL}x",
            "peak": f"{peak:.0f} MB (hello {hello_peak:.0f} MB)",
        }))
        if counted:
            print(json.dumps({
                "name": "start to home screen shown, instructions (callgrind)",
                "ours": f"{counted[0]:,.0f} M",
                "reference": f"Textual hello world {counted[1]:,.0f} M",
                "ratio": f"{counted[0] / counted[1]:.2f}x",
                "goal": "",
                "peak": "",
            }))
        print(json.dumps({
            "name": "first start (no deck cache)",
            "ours": f"{first_s * 1000:.0f} ms",
            "reference": f"Textual hello world {first_hello_s * 1000:.0f} ms",
            "ratio": f"{first_ratio:.2f}x",
            "goal": "",
            "peak": "",
        }))
        return
    verdict = "OK" if ratio <= GOAL else "OVER GOAL"
    print(
        f"startup: home shown {ours_s * 1000:.0f} ms "
        f"vs Textual hello world {hello_s * 1000:.0f} ms "
        f"(medians of {args.runs}; ratio: median of paired runs) = {ratio:.2f}x, "
        f"goal <= {GOAL}x: {verdict}; peak RSS {peak:.0f} MB vs {hello_peak:.0f} MB; "
        f"first start {first_s * 1000:.0f} ms ({first_ratio:.2f}x)"
        + (f"; instructions {counted[0]:,.0f} M vs {counted[1]:,.0f} M = "
           f"{counted[0] / counted[1]:.2f}x" if counted else "")
    )


if __name__ == "__main__":
    try:
        main()
    finally:
        if "--child" not in sys.argv:
            shutil.rmtree(CACHE, ignore_errors=True)
