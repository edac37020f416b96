"""The real program in a real terminal (tmux): study a few cards with key presses, quit,
start again, and find the progress there."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from tests.tmux_terminal import Terminal

ROOT = Path(__file__).parents[2]
UIDATA = Path(__file__).parent / "data"

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


def new_count(screen: str) -> int:
    """The "new" column of our deck's row on the home screen (its title is cut to fit)."""
    row = next(line for line in screen.splitlines() if "Klein [bold]deck" in line)
    return int(re.findall(r"\d+", row.split("deck", 1)[1])[0])


def test_study_quit_restart_progress_is_there(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(UIDATA / "small.yaml", content / "small.yaml")
    data = tmp_path / "data"
    env = {
        "CJTRAINER_DATA_DIR": str(data),
        "CJTRAINER_CONFIG_DIR": str(tmp_path / "config"),
        "CJTRAINER_CACHE_DIR": str(tmp_path / "cache"),
        "PYTHONPATH": str(ROOT),
        "TERM": "xterm-256color",
        "HOME": os.environ.get("HOME", str(tmp_path)),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    }
    args = ["--content", str(content)]

    first = Terminal(tmp_path, env, [sys.executable, "-m", "cjtrainer", *args])
    try:
        home = first.wait_for("Klein [bold]deck")  # deck text shown as written
        assert new_count(home) == 2
        # Each key waits for what it brings about, not for a fixed time: no Enter here meets
        # a fresh card (the study screen ignores that one for 0.4 s), and no key follows an
        # Escape before the app has acted on it (else the two could be read as alt+key).
        first.keys("End", "Enter")  # the last deck (after the bundled ones): ours
        first.wait_for("Leren: Klein [bold]deck[/]")
        first.keys("1")  # the choice card: any answer counts as progress
        first.wait_for("Enter: verder")
        first.keys("Enter")
        first.wait_for("Een touchpoint is elk contactmoment")  # next card (true/false)
        first.keys("1")
        first.wait_for("Online en offline.")  # its explanation
        first.keys("Enter")
        screen = first.wait_until(lambda s: "% goed (" in s or "Online en offline." not in s,
                                  "the summary or the next card")
        if "% goed (" not in screen:  # a wrong answer may come back: stop the session
            first.keys("Escape")
        first.wait_for("% goed (")  # the summary: "Klaar!" or "Gestopt"
        first.keys("Enter")
        first.wait_for("Doelen")
        first.keys("C-q")
        assert first.wait_exit() == 0
    finally:
        first.close()

    with sqlite3.connect(data / "progress.sqlite3") as db:
        assert db.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 2

    second = Terminal(tmp_path, env, [sys.executable, "-m", "cjtrainer", *args])
    try:
        home = second.wait_for("Klein [bold]deck")
        assert new_count(home) == 0  # both cards were started before
        second.keys("v")
        stats = second.wait_for("Antwoorden: 2")
        assert "Reeks: 1 dag " in stats
        second.keys("Escape")
        second.wait_until(lambda s: "Antwoorden: 2" not in s, "the home screen again")
        second.keys("C-q")
        assert second.wait_exit() == 0
    finally:
        second.close()
