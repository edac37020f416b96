"""No command given: start the student app (the only path that imports Textual)."""

from __future__ import annotations

import argparse
import gc
import os
import sys

from cjtrainer.errors import CjError
from cjtrainer.i18n import t

# Terminals that Textual cannot drive: Rich takes them for 80x25 whatever their size, and
# Textual then redraws for ever (one core busy, no key answered).
DUMB_TERMINALS = ("dumb", "unknown")


def run(args: argparse.Namespace) -> int:
    check_terminal()
    # Start-up allocates hundreds of thousands of long-lived objects (Textual, the decks)
    # and almost no garbage: the cyclic collector would only re-scan them, dozens of
    # times. It stays off until the home screen is on screen; the app then freezes what
    # start-up built and turns it back on (CjApp.startup_done).
    gc.disable()
    try:
        from cjtrainer.ui.app import run_app

        return run_app(args)
    finally:
        gc.enable()


def check_terminal() -> None:
    """Refuse, with a message that says what to use, a terminal the app cannot work in:
    ``TERM=dumb`` (Emacs' shell, some IDE consoles), or keys or screen redirected (a pipe,
    a file: the app would wait for keys that never come, or draw where nobody sees it).
    Textual draws on stderr (stdout on Windows), so ``cjtrainer > file`` is fine."""
    if os.environ.get("TEXTUAL_DRIVER"):
        return  # another driver draws the app (`cjtrainer serve`: the browser, over pipes)
    term = os.environ.get("TERM", "").strip().lower()
    if term in DUMB_TERMINALS:
        raise CjError(t("cli.terminal.dumb", term=term), t("cli.terminal.hint"))
    screen = sys.__stdout__ if sys.platform == "win32" else sys.__stderr__
    if not _is_terminal(sys.__stdin__) or not _is_terminal(screen):
        raise CjError(t("cli.terminal.not-a-terminal"), t("cli.terminal.hint"))


def _is_terminal(stream: object) -> bool:
    try:
        return bool(stream is not None and stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError, OSError):  # closed or replaced by something odd
        return False
