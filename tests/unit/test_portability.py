"""Windows and macOS laptops (most students have one): no Linux-only call without a
fallback, and file replacing that rides out Windows' brief locks."""

from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest

from cjtrainer import atomic

PACKAGE = Path(__file__).parents[2] / "cjtrainer"
POSIX_ONLY_MODULES = {"fcntl", "termios", "tty", "pty", "pwd", "grp", "resource", "posix",
                      "readline", "curses"}
POSIX_ONLY_CALLS = {("os", name) for name in ("getuid", "geteuid", "getgid", "fork",
                                               "killpg", "setsid", "sync", "mkfifo")}
POSIX_ONLY_CALLS |= {("signal", name) for name in ("SIGKILL", "SIGHUP", "SIGUSR1", "SIGALRM",
                                                   "alarm", "SIGWINCH")}


def _guarded(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """Inside ``try: ... except (ImportError|AttributeError|OSError)`` or under an
    ``if`` that tests the platform."""
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.Try):
            return True
        if isinstance(node, ast.If) and any(
            word in ast.unparse(node.test) for word in ("os.name", "sys.platform", "hasattr")
        ):
            return True
    return False


def test_no_linux_only_module_or_call_without_a_fallback() -> None:
    found = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: parent for parent in ast.walk(tree)
                   for child in ast.iter_child_nodes(parent)}
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module.split(".")[0]]
            elif (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                  and (node.value.id, node.attr) in POSIX_ONLY_CALLS):
                names = [f"{node.value.id}.{node.attr}"]
            bad = [n for n in names if n in POSIX_ONLY_MODULES or "." in n]
            if bad and not _guarded(node, parents):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {', '.join(bad)}")
    assert not found, found


def test_an_atomic_write_waits_out_a_file_windows_holds_open_for_a_moment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "config.toml"
    target.write_text("old", encoding="utf-8")
    real_replace = os.replace
    refusals = iter([PermissionError(13, "in use"), PermissionError(13, "in use")])

    def busy_then_free(source: str, destination: Path) -> None:
        error = next(refusals, None)
        if error is not None:
            raise error
        real_replace(source, destination)

    monkeypatch.setattr(atomic, "WINDOWS", True)
    monkeypatch.setattr(atomic.os, "replace", busy_then_free)
    monkeypatch.setattr(atomic, "REPLACE_PAUSE", 0.001)
    atomic.write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["config.toml"]  # no temporary left


def test_an_atomic_write_to_a_file_locked_for_good_fails_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "rapport.csv"
    target.write_text("old", encoding="utf-8")

    def locked(source: str, destination: Path) -> None:
        raise PermissionError(13, "in use")

    monkeypatch.setattr(atomic, "WINDOWS", True)
    monkeypatch.setattr(atomic.os, "replace", locked)
    monkeypatch.setattr(atomic, "REPLACE_PAUSE", 0.001)
    with pytest.raises(PermissionError):
        atomic.write_bytes(target, b"new")
    assert target.read_text(encoding="utf-8") == "old"  # kept, and no temporary left over
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.csv"]
