"""The work-arounds in cjtrainer/ui/textual_fixes.py, each shown to hold."""

from __future__ import annotations

import time

from textual.notifications import Notification
from textual.widgets._toast import Toast

import cjtrainer.ui.app  # noqa: F401 - installs the fixes, as running the app does


def test_a_toast_for_a_notice_that_just_ran_out_starts_a_timer_that_ends() -> None:
    """Textual made such a toast a timer with a negative interval, which loops for ever
    without yielding: the app froze. The toast must start a positive timer instead."""
    notice = Notification("Overgeslagen: kapot.yaml", timeout=5,
                          raised_at=time.time() - 5.001)  # ran out a millisecond ago
    toast = Toast(notice)
    assert toast._timeout < 0  # what Textual gives the toast
    started: list[float] = []
    toast.set_timer = lambda delay, callback: started.append(delay)  # type: ignore[method-assign,assignment,misc,return-value]
    toast._on_mount(None)  # type: ignore[arg-type]
    assert started and started[0] > 0
