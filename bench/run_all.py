"""`make bench`: every benchmark, one table, each figure next to its reference from the same run.

Each benchmark runs in its own process (so peak memory is its own) and prints one JSON
object per line. `--write` also replaces the table in BENCHMARKS.md.
"""

from __future__ import annotations

import json
import platform
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# (label, command, how to turn its JSON into rows)
Row = tuple[str, str, str, str, str, str]


def run(args: list[str]) -> list[dict]:
    out = subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=ROOT,
                         timeout=1800)
    if out.returncode != 0:
        raise SystemExit(f"benchmark failed: {' '.join(args)}\n{out.stderr[-2000:]}")
    return [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]


def load_rows() -> list[Row]:
    rows = []
    for cards in (1000, 10000, 50000):
        (r,) = run([str(HERE / "load_bench.py"), "--json", str(cards)])
        ref = f"C parser {r['reference_s'] * 1000:.0f} ms"
        c_parser = f" (C parser {r['reference_peak_mb']:.0f} MB)"
        rows.append((f"load+validate {cards:,} cards, cold", f"{r['cold_s'] * 1000:.0f} ms", ref,
                     f"{r['cold_ratio']:.2f}x", "≤ 1.5x", f"{r['cold_peak_mb']:.0f} MB{c_parser}"))
        rows.append((f"load {cards:,} cards, warm (cache)", f"{r['warm_s'] * 1000:.0f} ms", ref,
                     f"{r['warm_ratio']:.2f}x", "≤ 0.3x", f"{r['warm_peak_mb']:.0f} MB"))
    return rows


def answer_rows() -> list[Row]:
    out = subprocess.run([sys.executable, str(HERE / "bench_answer.py"), "--json"],
                         capture_output=True, text=True, cwd=ROOT, timeout=1800, check=True)
    r = json.loads(out.stdout)
    a, b = r["answer"], r["bare_insert_commit"]
    return [
        (f"one answer (grade+schedule+save), {r['log_rows']:,} log rows, p50",
         f"{a['p50_ms']:.2f} ms", f"SQLite insert+commit {b['p50_ms']:.2f} ms",
         f"{a['p50_ms'] / b['p50_ms']:.1f}x", "", f"{r['peak_rss_mb']:.0f} MB"),
        ("one answer, p99", f"{a['p99_ms']:.2f} ms", f"SQLite insert+commit {b['p99_ms']:.2f} ms",
         f"{a['p99_ms'] / b['p99_ms']:.1f}x", "p99 ≤ 5 ms", ""),
    ]


def optional_rows(script: str, *args: str) -> list[Row]:
    """Benchmarks that print rows ready for the table: {"name", "ours", "reference", "ratio",
    "goal", "peak"}."""
    path = HERE / script
    if not path.exists():
        return []
    return [(r["name"], r["ours"], r["reference"], r["ratio"], r["goal"], r.get("peak", ""))
            for r in run([str(path), "--json", *args])]


def table(rows: list[Row]) -> str:
    head = ("benchmark", "cjtrainer", "reference (same run)", "ratio", "goal", "peak memory")
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import os

    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, {cpu}, "
            f"Python {platform.python_version()}")


def main() -> None:
    rows = load_rows()
    rows += optional_rows("startup_bench.py")
    rows += answer_rows()
    rows += optional_rows("classroom_bench.py")
    rows += optional_rows("classroom_bench.py", "--students", "300")
    rows += optional_rows("serve_bench.py")
    text = table(rows)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    print(f"Machine: {machine()}  ({stamp})\n")
    print(text)
    if "--write" in sys.argv:
        target = ROOT / "BENCHMARKS.md"
        doc = target.read_text(encoding="utf-8")
        start, end = "<!-- table -->", "<!-- /table -->"
        before, _, rest = doc.partition(start)
        _, _, after = rest.partition(end)
        block = f"{start}\nMachine: {machine()}, measured {stamp}.\n\n{text}\n{end}"
        target.write_text(before + block + after, encoding="utf-8")


if __name__ == "__main__":
    main()
