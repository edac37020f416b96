"""No command given: start the student app (the only path that imports Textual)."""

from __future__ import annotations

import argparse


def run(args: argparse.Namespace) -> int:
    from cjtrainer.ui.app import run_app

    return run_app(args)
