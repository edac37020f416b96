"""Work-arounds for Textual bugs a student or teacher would meet. Every app module imports
this, so each of our apps runs with them; each says which version it was seen in, so it can
go when Textual mends it."""

from __future__ import annotations

from textual.widgets._toast import Toast


def _start_toast_timer(self: Toast, _event: object) -> None:
    """Textual 8.2: a toast made in the moment its notice runs out (the rack shows the
    notices again on every new screen) is given a negative time left, and a timer with a
    negative interval loops for ever without yielding: the app froze at full CPU (seen in
    a test run, studying with a notice about a skipped file on screen). At least 10 ms."""
    self.set_timer(max(self._timeout, 0.01), self._expire)


Toast._on_mount = _start_toast_timer  # type: ignore[method-assign,assignment]
