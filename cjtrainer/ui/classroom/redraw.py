"""One redraw per burst of changes on the teacher's screens (quiz host and board)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import App


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
