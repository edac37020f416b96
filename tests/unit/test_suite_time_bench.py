"""bench/suite_time.py, the suite's wall time next to a reference: it runs (on a small test
file, with a small reference), reports what BENCHMARKS.md quotes, and fails with the suite."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def bench(tmp_path: Path, tests: str) -> tuple[int, dict[str, float]]:
    suite = tmp_path / "test_small.py"
    suite.write_text(tests, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "suite_time.py"), "--json", "--workers", "0",
         "--reference-loops", "1000", "--tests", str(suite)],
        capture_output=True, text=True, timeout=120,
        # its own pytest folders: the inner run must not number or clean up the outer run's
        env=dict(os.environ, PYTEST_ADDOPTS=f"--basetemp={tmp_path / 'inner'}"),
    )
    (row,) = [json.loads(line) for line in done.stdout.splitlines()]
    return done.returncode, row


@pytest.mark.slow
def test_the_suite_benchmark_reports_the_run_and_its_reference(tmp_path: Path) -> None:
    status, row = bench(tmp_path, "def test_a(): pass\ndef test_b(): pass\n")
    assert status == 0 and row["exit"] == 0 and row["passed"] == 2
    assert row["wall_s"] > 0 and row["reference_before_s"] > 0 and row["reference_after_s"] > 0
    if Path("/proc/stat").exists():
        assert row["user_s"] + row["system_s"] > 0 and row["steal_s"] >= 0


@pytest.mark.slow
def test_the_suite_benchmark_fails_with_the_suite(tmp_path: Path) -> None:
    status, row = bench(tmp_path, "def test_a(): pass\ndef test_b(): assert False\n")
    assert status == 1 and row["exit"] == 1 and row["passed"] == 1
