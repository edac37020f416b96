"""The tests' Pilot (tests/pilot_idle.py) draws a headless screen when the test goes on
instead of at every repaint: what a widget draws is still drawn, and an error while drawing
goes to the app's error handler, as in a terminal (where it ends the app: a test fails);
nothing is drawn during a batch update, as in Textual."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from rich.text import Text
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Static, TextArea

from tests import pilot_idle


class Breaks(Static):
    broken = False

    def render(self) -> Text:
        if self.broken:
            raise RuntimeError("drawing failed")
        return Text("fine")


class BreaksOnKey(App[None]):
    def compose(self) -> ComposeResult:
        yield Breaks()

    def key_b(self) -> None:
        widget = self.query_one(Breaks)
        widget.broken = True
        widget.refresh()


async def test_an_error_while_drawing_ends_the_app_with_it() -> None:
    app = BreaksOnKey()
    handled: list[BaseException] = []

    def handle(error: BaseException) -> None:  # Textual's own prints a costly traceback
        handled.append(error)
        app.exit()

    async with app.run_test() as pilot:
        app._handle_exception = handle  # type: ignore[method-assign]
        await pilot.press("b")  # the screen is drawn before the press returns
        assert handled and {str(error) for error in handled} == {"drawing failed"}


async def test_a_key_leaves_nothing_undrawn() -> None:
    app = BreaksOnKey()
    async with app.run_test() as pilot:
        screen = app.screen
        app.query_one(Breaks).refresh()
        await pilot.pause()
        assert screen not in pilot_idle._undrawn
        assert not screen._compositor._dirty_regions


class WithATextArea(App[None]):
    def compose(self) -> ComposeResult:
        yield TextArea("tekst")


def drawing_is_put_off(screen: Screen[object]) -> bool:
    """Mark the whole screen changed and ask the Pilot to draw it: whether it drew nothing
    and kept the screen to draw at a later wait."""
    screen._compositor._dirty_regions.add(screen.region)
    pilot_idle._undrawn.add(screen)
    return not pilot_idle._draw_undrawn() and screen in pilot_idle._undrawn


async def test_nothing_is_drawn_during_a_batch_update() -> None:
    """Textual lays out and draws nothing while a batch update is open (the screen's map
    may still hold widgets removed in the batch)."""
    app = WithATextArea()
    async with app.run_test() as pilot:
        screen = app.screen
        with app.batch_update():
            assert drawing_is_put_off(screen)
        await pilot.pause()
        assert screen not in pilot_idle._undrawn


async def test_nothing_is_drawn_while_a_removed_widget_is_in_the_map() -> None:
    """A widget removed stays in the screen's map until Textual lays the screen out again,
    which it does before it draws; the Pilot's drawing waits for that too (a busy machine
    made the Pilot's fallback draw a removed text area in between)."""
    app = WithATextArea()
    async with app.run_test() as pilot:
        screen = app.screen
        text_area = app.query_one(TextArea)
        await text_area.remove()
        assert screen._layout_required and text_area in screen._compositor.widgets
        assert drawing_is_put_off(screen)
        await pilot.pause()
        assert screen not in pilot_idle._undrawn
        assert text_area not in screen._compositor.widgets


async def test_a_slice_spent_waiting_for_a_core_is_not_idle(monkeypatch) -> None:
    """Textual's check (the fallback when the loop is never quiet) calls a slice with
    little CPU idle; a slice in which the process only waited for a core is not."""
    monkeypatch.setattr(pilot_idle, "_loop_is_quiet", lambda loop: False)
    monkeypatch.setattr(pilot_idle, "process_time", lambda: 0.0)  # no CPU used
    reads: list[float] = []

    def kept_waiting(step: float) -> float:
        reads.append(len(reads) * step)
        return reads[-1]

    monkeypatch.setattr(pilot_idle, "_kept_waiting", lambda: kept_waiting(0.0))
    await pilot_idle.wait_for_idle(max_sleep=10.0)
    assert len(reads) == 2  # idle after the first slice

    reads.clear()
    monkeypatch.setattr(pilot_idle, "_kept_waiting", lambda: kept_waiting(0.002))
    await pilot_idle.wait_for_idle(max_sleep=0.05)  # kept waiting: only the bound ends it
    assert len(reads) > 2



def _schedstat_wait() -> int:
    with open("/proc/thread-self/schedstat", "rb") as stat:
        return int(stat.read().split()[1])


@pytest.mark.skipif(not os.path.exists("/proc/thread-self/schedstat"), reason="Linux only")
def test_the_wait_for_a_core_is_read_afresh_for_each_thread() -> None:
    """The schedstat file stays open between reads: each read is the current value (here
    after this thread has shared its core with a busy process), and each thread reads its
    own."""

    def read_between() -> tuple[int, float, int]:
        before = _schedstat_wait()
        kept = pilot_idle._kept_waiting()
        return before, kept * 1e9, _schedstat_wait()

    def check(before: int, kept: float, after: int) -> None:
        assert before - 1 <= kept <= after + 1  # nanoseconds, through a float

    first = read_between()
    check(*first)
    cores = os.sched_getaffinity(0)
    core = min(cores)
    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        os.sched_setaffinity(busy.pid, {core})
        os.sched_setaffinity(0, {core})  # this thread only
        deadline = time.monotonic() + 10
        while _schedstat_wait() <= first[2] and time.monotonic() < deadline:
            sum(range(10_000))
    finally:
        os.sched_setaffinity(0, cores)
        busy.kill()
        busy.wait()
    later = read_between()
    assert later[1] > first[1]  # kept waiting since: a new value was read
    check(*later)
    with ThreadPoolExecutor(1) as pool:  # a new thread starts with its own count
        check(*pool.submit(read_between).result())
