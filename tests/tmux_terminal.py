"""A real terminal (tmux, 80x24) running one command, for the tests that try the app as a
person would; it stays open a while after the command ended, so what it printed last can
be read."""

from __future__ import annotations

import shlex
import subprocess
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


class Terminal:
    def __init__(self, tmp_path: Path, env: dict[str, str], argv: list[str]) -> None:
        self.name = f"cjt-{uuid.uuid4().hex[:8]}"
        # Its own tmux server (socket): two tests starting the one default server at the
        # same moment (two workers) made one fail with "server exited unexpectedly".
        self.tmux = ["tmux", "-L", self.name, "-f", "/dev/null"]
        self.done = tmp_path / f"{self.name}.exit"
        command = " ".join(shlex.quote(a) for a in argv)
        script = f"{command}; echo $? > {shlex.quote(str(self.done))}; sleep 120"
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
        subprocess.run(
            [*self.tmux, "new-session", "-d", "-s", self.name, "-x", "80", "-y", "24",
             f"cd {shlex.quote(str(ROOT))} && env {exports} sh -c {shlex.quote(script)}"],
            check=True,
        )

    def screen(self) -> str:
        return subprocess.run([*self.tmux, "capture-pane", "-p", "-t", self.name],
                              capture_output=True, text=True).stdout

    def wait_for(self, text: str, timeout: float = 40.0) -> str:
        return self.wait_until(lambda screen: text in screen, f"{text!r} to appear", timeout)

    def wait_until(self, condition: Callable[[str], bool], what: str,
                   timeout: float = 40.0) -> str:
        """The screen, once ``condition(screen)`` holds; fails naming ``what``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if condition(screen):
                return screen
            time.sleep(0.05)
        raise AssertionError(f"waited for {what}; the screen shows:\n{self.screen()}")

    def keys(self, *keys: str) -> None:
        """Each key on its own, as a person types."""
        for key in keys:
            subprocess.run([*self.tmux, "send-keys", "-t", self.name, key], check=True)

    def wait_exit(self, timeout: float = 20.0) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.done.exists() and self.done.read_text().strip():
                return int(self.done.read_text())
            time.sleep(0.05)
        raise AssertionError(f"the program did not end; the screen shows:\n{self.screen()}")

    def close(self) -> None:
        socket = subprocess.run([*self.tmux, "display-message", "-p", "#{socket_path}"],
                                capture_output=True, text=True).stdout.strip()
        subprocess.run([*self.tmux, "kill-server"], capture_output=True)
        if socket:
            Path(socket).unlink(missing_ok=True)  # tmux leaves its socket file behind
