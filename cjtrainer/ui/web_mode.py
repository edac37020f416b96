"""The app as `cjtrainer serve` runs it for one student in a browser.

``cjtrainer/serve/server.py`` starts each student's app with ``CJTRAINER_WEB=1``. Then:

- leaving the app signs the student out (a shared Chromebook must not keep them signed
  in), so every "Afsluiten" label says "Afmelden";
- files the student saves (the exercise hand-in) arrive as browser downloads: there is no
  path to type and nothing is written into the server's folders;
- the app ends when the server process is gone, even where the kernel does not signal it
  (``CJTRAINER_PARENT_PID``; on Linux the server also sets a parent-death signal).
"""

from __future__ import annotations

import io
import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App

PARENT_CHECK_SECONDS = 2.0


def active() -> bool:
    return os.environ.get("CJTRAINER_WEB") == "1"


def keys(terminal: str, browser: str) -> str:
    """A binding's keys with the one to show first: in the browser a key the browser keeps for
    itself (ctrl+t opens a tab, ctrl+w closes it, ctrl+n opens a window) never reaches the
    app, so there the other key leads (and both work everywhere)."""
    return f"{browser},{terminal}" if active() else f"{terminal},{browser}"


def student_name() -> str:
    return os.environ.get("CJTRAINER_STUDENT_NAME", "")


def use_sign_out_labels() -> None:
    """Every quit label of the app reads "Afmelden" / "Sign out"."""
    from cjtrainer.i18n import catalogue

    texts = catalogue()
    sign_out = texts["ui.key.sign-out"]
    for key in ("ui.key.quit", "ui.problem.quit", "ui.cmd.quit"):
        if key in texts:
            texts[key] = sign_out


def attach(app: App[Any]) -> None:
    """Called once the app is mounted, in web mode only."""

    def refocus(focused: bool) -> None:
        # The page starts blurred: Textual forgets the focus on blur and only restores a
        # widget that had it, so a screen that took its focus in between would be left
        # with none, and Enter or the arrows would do nothing until a click.
        if focused and app.screen.focused is None:
            app.screen.focus_next()

    app.watch(app, "app_focus", refocus, init=False)
    parent = os.environ.get("CJTRAINER_PARENT_PID", "")
    if parent.isdigit():
        expected = int(parent)

        def check_parent() -> None:
            if os.getppid() != expected:  # the server is gone: nobody can see this app
                app.exit(0)

        app.set_interval(PARENT_CHECK_SECONDS, check_parent)


def sign_out(app: App[Any]) -> None:
    """The page goes to the sign-out address (relative to the page the student opened)."""
    app.open_url("afmelden", new_tab=False)


def download(app: App[Any], text: str, filename: str) -> None:
    """Hand ``text`` to the student's browser as a file download."""
    app.deliver_text(io.StringIO(text), save_filename=filename, open_method="download",
                     encoding="utf-8", mime_type="text/markdown")
