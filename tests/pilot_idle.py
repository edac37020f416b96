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

A headless app's screen is drawn when the test goes on, not at every repaint. Textual
draws at each repaint (every 0.5 ms here) and the headless driver throws the drawing away;
the study tests repainted about twice for each time they waited (1,436 and 819 times). Now
a repaint keeps the changed regions and the screen is drawn once, when the loop is
otherwise quiet, no batch update is open and no removed widget is left in the screen's
map (as Textual): every state a test goes on from is still drawn, and an error while
drawing still ends the app as in a terminal. Only headless apps do this; the app in a
terminal or a browser draws every repaint.

Textual's animations (a scroll to a focused field, page down) are off in the Pilot tests:
a test waited for each to play out at 60 fps, and what the tests check is where a scroll
ends, not how it gets there. The app in a real terminal (the tmux tests, the served app in
Chromium) keeps them.

Only the tests use this (tests/conftest.py installs it); the app is not changed.
"""

from __future__ import annotations

import asyncio
import os
import threading
import weakref
from time import monotonic, process_time

import textual._wait
import textual.app
import textual.constants
import textual.pilot
import textual.screen

# A timer due within 4 ms is work still to come: the screen's repaint (every 0.5 ms in the
# tests: textual.screen.UPDATE_PERIOD, set in install()) and the app's own short timers.
# (1 ms saved about 2 s of waiting in the suite; 4 ms is what the earlier runs proved.)
HORIZON = 0.004


# Headless screens with changes not drawn yet (see the module's text).
_undrawn: weakref.WeakSet[textual.screen.Screen[object]] = weakref.WeakSet()
_draw_every_repaint = textual.screen.Screen._compositor_refresh


def _repaint(self: textual.screen.Screen[object]) -> None:
    app = self.app
    if not (app.is_headless and not app.is_inline and self is app.screen):
        _draw_every_repaint(self)
        return
    # what Textual does besides drawing: the changed regions stay in the compositor
    self._dirty_widgets.clear()
    app._update_mouse_over(self)
    _undrawn.add(self)


def _draw_undrawn() -> bool:
    """Draw the headless screens that changed since they were last drawn; whether any was.
    As Textual's own repaint, which follows the layout: nothing is drawn during a batch
    update or while the screen's map still holds a widget removed since it was laid out (a
    removed text area has lost the styles it draws with); the screen stays marked and is
    drawn at a later wait, once Textual has laid it out again."""
    drew = False
    later = []
    while _undrawn:
        screen = _undrawn.pop()
        try:
            app = screen.app
            if screen is not app.screen or not screen._compositor._dirty_regions:
                continue
        except Exception:  # the app has ended: nothing to draw
            continue
        if app._batch_count or any(widget._parent is None and widget is not screen
                                   for widget in screen._compositor.widgets):
            later.append(screen)
            continue
        drew = True
        try:
            screen._compositor.render_update(screen_stack=app._background_screens)
        except Exception as error:  # as when Textual draws: the app ends with the error
            app._handle_exception(error)
    _undrawn.update(later)
    return drew


def _loop_is_quiet(loop: asyncio.AbstractEventLoop) -> bool:
    if loop._ready:  # type: ignore[attr-defined]
        return False
    due = loop.time() + HORIZON
    if any(timer.when() <= due and not timer.cancelled()
           for timer in loop._scheduled):  # type: ignore[attr-defined]
        return False
    return not _draw_undrawn()  # drawing may make work: quiet once there is none to draw


_schedstat = threading.local()  # per thread: its schedstat file, kept open, or None


def _kept_waiting() -> float:
    """Seconds this thread has been ready to run but waited for a core (Linux's schedstat;
    0 where there is none). The file stays open: it is read at every slice, and opening it
    each time cost nine times the read."""
    fd = getattr(_schedstat, "fd", -1)
    if fd == -1:
        try:
            fd = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
        except OSError:
            fd = None
        _schedstat.fd = fd
    if fd is None:
        return 0.0
    try:
        return int(os.pread(fd, 100, 0).split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


async def wait_for_idle(min_sleep: float = 0.0, max_sleep: float = 1.0) -> None:
    """Return once the app is idle (see the module's text), and after ``min_sleep``.
    Textual's check, the fallback, counts a slice with little CPU as idle; a slice in which
    the process waited for a core (other processes on a busy machine) is no sign of that,
    and is not counted (such slices let tests go on before the app had finished)."""
    loop = asyncio.get_running_loop()
    start = monotonic()
    slice_start, slice_cpu, slice_wait = start, process_time(), _kept_waiting()
    while True:
        await asyncio.sleep(0)  # let whatever is ready run first
        now = monotonic()
        if now - start >= max_sleep:
            _draw_undrawn()
            return
        if now - start >= min_sleep:
            if _loop_is_quiet(loop):
                return
            if now - slice_start >= textual._wait.SLEEP_GRANULARITY:  # Textual's check
                waited = _kept_waiting()
                if (process_time() - slice_cpu < textual._wait.SLEEP_IDLE
                        and waited - slice_wait < textual._wait.SLEEP_IDLE):
                    _draw_undrawn()
                    return
                slice_start, slice_cpu, slice_wait = now, process_time(), waited
        if not loop._ready:  # type: ignore[attr-defined]  # only timers: let them come due
            await asyncio.sleep(0.0005)


def install() -> None:
    """Repaint every 0.5 ms instead of 60 times a second (with the drawing left to the
    Pilot, a repaint only marks what changed, and a shorter period is less waiting for
    it), no animations, headless screens drawn when the test goes on, and wait for idle as
    above. Textual's own check, the fallback, keeps 2.5 ms slices and its 1 ms idle mark:
    waking from a sleep alone costs about 0.25 ms of CPU on this machine, so a smaller
    mark calls idle slices busy. Measured on the whole suite with two workers:
    BENCHMARKS.md, "The test suite"."""
    textual.screen.UPDATE_PERIOD = 1 / 2000  # type: ignore[misc]
    textual.constants.TEXTUAL_ANIMATIONS = "none"  # type: ignore[misc]  # read by each new App
    textual._wait.SLEEP_GRANULARITY = 1 / 400
    textual._wait.SLEEP_IDLE = 1 / 1000
    textual.screen.Screen._compositor_refresh = _repaint  # type: ignore[method-assign,assignment]
    # Pilot and App imported the function by name: replace it where they call it.
    textual.app.wait_for_idle = wait_for_idle
    textual.pilot.wait_for_idle = wait_for_idle
