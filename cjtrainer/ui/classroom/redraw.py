"""What the teacher's two apps (quiz host and board) share: one redraw per burst of
changes, a key that acts only when pressed twice, and how they are run from the command
line."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from textual.app import App

from cjtrainer.i18n import t


class SecondPress:
    """A key that acts only on its second press within 3 s: a stray key on the projector's
    keyboard must not end the class's quiz or activity."""

    def __init__(self) -> None:
        self._armed: dict[str, float] = {}  # key pressed once: when

    def __call__(self, key: str) -> bool:
        """True on the second press of ``key``; the first arms it (the caller says so)."""
        now = time.monotonic()
        if now - self._armed.pop(key, float("-inf")) <= 3:
            return True
        self._armed[key] = now
        return False


class TeacherApp(Protocol):
    @property
    def error(self) -> Exception | None: ...  # what stopped the app, raised after it ends

    def run(self) -> int | None: ...


async def start_serving(app: App[Any], session: Any, redraw: OneRedraw) -> bool:
    """Start the session's server for a teacher's app and follow its changes; a busy port
    (``CjError``) ends the app with exit 2 and is raised by :func:`run_teacher_app`."""
    from cjtrainer.errors import CjError

    try:
        await session.start()
    except CjError as error:
        app.error = error  # type: ignore[attr-defined]
        app.exit(2)
        return False
    session.server.listeners.append(redraw.request)
    return True


def run_teacher_app(app: TeacherApp, written: Callable[[], list[Path]]) -> int:
    """Run a teacher's app; then raise what stopped it (a busy port: a Dutch message) or
    name the files it wrote (report, export)."""
    code = app.run()
    if app.error is not None:
        raise app.error
    for path in written():
        print(t("classroom.report.written", path=path))
    return int(code or 0)


class OneRedraw:
    """Server changes come in bursts (a whole class answering at once): one redraw of the
    teacher's screen per burst, on the app's own loop."""

    def __init__(self, app: App[Any], redraw: Callable[[], None]) -> None:
        self._app = app
        self._redraw = redraw
        self._pending = False

    def request(self) -> None:
        if not self._pending:
            self._pending = True
            self._app.call_later(self._run)

    def _run(self) -> None:
        self._pending = False
        self._redraw()
