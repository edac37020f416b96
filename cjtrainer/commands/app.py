"""No command given: start the student app (the only path that imports Textual)."""

from __future__ import annotations

import argparse
import gc


def run(args: argparse.Namespace) -> int:
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
