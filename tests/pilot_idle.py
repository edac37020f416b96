"""When a Pilot test may go on: the app has done what the last key or message asked.

Textual's own check (``textual._wait.wait_for_idle``, which ``Pilot.press`` calls twice per
key and ``Pilot.pause`` once) sleeps in slices until one passes with less than a
millisecond of CPU. Every key therefore costs at least two slices of waiting even when the
app finished long before, and most of a screen test's wall time was that waiting.

Here the event loop is asked first. The app has nothing left to do when the loop has no
callback ready to run and no timer due within ``HORIZON`` (which covers the screen's
repaint timer, so a change is drawn before the test reads the screen). This app runs no
threads of its own, so the loop sees all of its work. Textual's check stays as the
fallback, slice by slice, for a loop that is never quiet (a timer that keeps firing, as the
repaint timer of an app that has just exited does); ``max_sleep`` still bounds the wait.

Textual's animations (a scroll to a focused field, page down) are off in the Pilot tests:
a test waited for each to play out at 60 fps, and what the tests check is where a scroll
ends, not how it gets there. The app in a real terminal (the tmux tests, the served app in
Chromium) keeps them.

Only the tests use this (tests/conftest.py installs it); the app is not changed.
"""

from __future__ import annotations

import asyncio
from time import monotonic, process_time

import textual._wait
import textual.app
import textual.constants
import textual.pilot
import textual.screen

# The screen repaints on a 2 ms timer in the tests (textual.screen.UPDATE_PERIOD, set in
# install()); a timer due within twice that is work still to come.
HORIZON = 0.004


def _loop_is_quiet(loop: asyncio.AbstractEventLoop) -> bool:
    if loop._ready:  # type: ignore[attr-defined]
        return False
    due = loop.time() + HORIZON
    return not any(timer.when() <= due and not timer.cancelled()
                   for timer in loop._scheduled)  # type: ignore[attr-defined]


async def wait_for_idle(min_sleep: float = 0.0, max_sleep: float = 1.0) -> None:
    """Return once the app is idle (see the module's text), and after ``min_sleep``."""
    loop = asyncio.get_running_loop()
    start = monotonic()
    slice_start, slice_cpu = start, process_time()
    while True:
        await asyncio.sleep(0)  # let whatever is ready run first
        now = monotonic()
        if now - start >= max_sleep:
            return
        if now - start >= min_sleep:
            if _loop_is_quiet(loop):
                return
            if now - slice_start >= textual._wait.SLEEP_GRANULARITY:  # Textual's check
                if process_time() - slice_cpu < textual._wait.SLEEP_IDLE:
                    return
                slice_start, slice_cpu = now, process_time()
        if not loop._ready:  # type: ignore[attr-defined]  # only timers: let them come due
            await asyncio.sleep(0.0005)


def install() -> None:
    """Repaint at 500 fps (2 ms) instead of 60, no animations, and wait for idle as
    above. Textual's own check, the fallback, keeps 2.5 ms slices and its 1 ms idle mark:
    waking from a sleep alone costs about 0.25 ms of CPU on this machine, so a smaller mark
    calls idle slices busy. Measured on the whole suite with two workers: BENCHMARKS.md,
    "The test suite"."""
    textual.screen.UPDATE_PERIOD = 1 / 500  # type: ignore[misc]
    textual.constants.TEXTUAL_ANIMATIONS = "none"  # type: ignore[misc]  # read by each new App
    textual._wait.SLEEP_GRANULARITY = 1 / 400
    textual._wait.SLEEP_IDLE = 1 / 1000
    # Pilot and App imported the function by name: replace it where they call it.
    textual.app.wait_for_idle = wait_for_idle
    textual.pilot.wait_for_idle = wait_for_idle
