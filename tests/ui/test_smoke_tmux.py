"""The real program in a real terminal (tmux): study a few cards with key presses, quit,
start again, and find the progress there."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

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


class Terminal:
    def __init__(self, tmp_path: Path, env: dict[str, str], args: list[str]) -> None:
        self.name = f"cjt-smoke-{uuid.uuid4().hex[:8]}"
        self.done = tmp_path / f"{self.name}.exit"
        command = " ".join(shlex.quote(a) for a in [sys.executable, "-m", "cjtrainer", *args])
        script = f"{command}; echo $? > {shlex.quote(str(self.done))}"
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        subprocess.run(
            ["tmux", "new-session", "-d", "-s", self.name, "-x", "80", "-y", "24",
             f"cd {shlex.quote(str(ROOT))} && env {exports} sh -c {shlex.quote(script)}"],
            check=True,
        )

    def screen(self) -> str:
        result = subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", self.name], capture_output=True, text=True
        )
        return result.stdout

    def wait_for(self, text: str, timeout: float = 40.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{text!r} did not appear; the screen shows:\n{self.screen()}")

    def keys(self, *keys: str, pause: float = 0.6) -> None:
        for key in keys:
            subprocess.run(["tmux", "send-keys", "-t", self.name, key], check=True)
            time.sleep(pause)

    def wait_exit(self, timeout: float = 20.0) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.done.exists() and self.done.read_text().strip():
                return int(self.done.read_text())
            time.sleep(0.2)
        raise AssertionError(f"the app did not quit; the screen shows:\n{self.screen()}")

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


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

    first = Terminal(tmp_path, env, args)
    try:
        home = first.wait_for("Klein [bold]deck")  # deck text shown as written
        assert new_count(home) == 2
        first.keys("End", "Enter")  # the last deck (after the bundled ones): ours
        first.wait_for("Leren: Klein [bold]deck[/]")
        first.keys("1")  # the choice card: any answer counts as progress
        first.wait_for("Enter: verder")
        first.keys("Enter", "1")  # next card (true/false)
        first.wait_for("Online en offline.")  # its explanation
        first.keys("Enter")
        screen = first.screen()
        if "Klaar!" not in screen:  # a wrong answer may come back: stop the session
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

    second = Terminal(tmp_path, env, args)
    try:
        home = second.wait_for("Klein [bold]deck")
        assert new_count(home) == 0  # both cards were started before
        second.keys("v")
        stats = second.wait_for("Antwoorden: 2")
        assert "Reeks: 1 dag " in stats
        second.keys("Escape", "C-q")
        assert second.wait_exit() == 0
    finally:
        second.close()
