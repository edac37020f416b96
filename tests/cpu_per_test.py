"""Where the suite's CPU goes, per test file: ``pytest -n 0 -p tests.cpu_per_test tests/ui``.

CPU, not wall time: the machine is often shared, and a Pilot test mostly waits. Each test
counts its own process's CPU (``time.process_time``, threads included) plus that of the
child processes it waited for (``RUSAGE_CHILDREN``: CLI runs, Chromium, served apps), and
the time the garbage collector took. The summary lists the files that cost most.
Not loaded by default; used for BENCHMARKS.md, "The test suite".
"""

from __future__ import annotations

import gc
import resource
import time
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import pytest

_files: defaultdict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0.0, 0.0, 0.0])
_gc = {"spent": 0.0, "started": 0.0}
_idle: dict[str, float] = {}  # per test: wall time less its own and its children's CPU
_cpu: dict[str, float] = {}  # per test: its own and its children's CPU


def _collector(phase: str, info: dict[str, Any]) -> None:
    if phase == "start":
        _gc["started"] = time.process_time()
    else:
        _gc["spent"] += time.process_time() - _gc["started"]


gc.callbacks.append(_collector)


def _children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    own, children, wall, collector = (time.process_time(), _children(), time.perf_counter(),
                                      _gc["spent"])
    yield
    row = _files[item.nodeid.split("::")[0]]
    row[0] += 1
    row[1] += time.process_time() - own
    row[2] += _children() - children
    row[3] += _gc["spent"] - collector
    row[4] += time.perf_counter() - wall
    _cpu[item.nodeid] = (time.process_time() - own) + (_children() - children)
    _idle[item.nodeid] = (time.perf_counter() - wall) - _cpu[item.nodeid]


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _files:
        return
    write = terminalreporter.write_line
    write(f"{'CPU per file (s)':<60} {'tests':>5} {'own':>7} {'child':>7} {'gc':>6} {'wall':>7}")
    rows = sorted(_files.items(), key=lambda kv: -(kv[1][1] + kv[1][2]))
    for name, (count, own, children, collector, wall) in rows[:30]:
        write(f"{name:<60} {count:>5} {own:>7.2f} {children:>7.2f} {collector:>6.2f} {wall:>7.2f}")
    write("")
    write(f"{'Idle per file (s): wall less own and child CPU':<60} {'tests':>5} {'idle':>7}")
    idle = sorted(_files.items(), key=lambda kv: -(kv[1][4] - kv[1][1] - kv[1][2]))
    for name, (count, own, children, _collector, wall) in idle[:25]:
        write(f"{name:<60} {count:>5} {wall - own - children:>7.2f}")
    write("")
    write(f"{'CPU per test (s)':<100} {'cpu':>7}")
    for nodeid, seconds in sorted(_cpu.items(), key=lambda kv: -kv[1])[:25]:
        write(f"{nodeid[:100]:<100} {seconds:>7.2f}")
    write("")
    write(f"{'Idle per test (s)':<100} {'idle':>7}")
    for nodeid, seconds in sorted(_idle.items(), key=lambda kv: -kv[1])[:25]:
        write(f"{nodeid[:100]:<100} {seconds:>7.2f}")
    total = [sum(row[i] for row in _files.values()) for i in range(5)]
    write(f"{'total':<60} {total[0]:>5} {total[1]:>7.2f} {total[2]:>7.2f} {total[3]:>6.2f} "
          f"{total[4]:>7.2f}")
