"""The real program in the environments students and teachers really have: a terminal the
app cannot drive, redirected input, output that is not UTF-8, a bug while a screen
mounts, a damaged cache, a deck with a giant text. Each gives a clear message or a
working app, a quit that works, and an exit status that tells the truth."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.tmux_terminal import Terminal

ROOT = Path(__file__).parents[2]
SMALL = ROOT / "tests" / "ui" / "data" / "small.yaml"

needs_tmux = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        "CJTRAINER_DATA_DIR": str(tmp_path / "data"),
        "CJTRAINER_CONFIG_DIR": str(tmp_path / "config"),
        "CJTRAINER_CACHE_DIR": str(tmp_path / "cache"),
        "PYTHONPATH": str(ROOT),
        "HOME": os.environ.get("HOME", str(tmp_path)),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "TERM": "xterm-256color",
        "TZ": "UTC",
    }
    env.update(extra)
    return env


def cjtrainer(tmp_path: Path, *args: str, timeout: float = 60, stdin: int | None = None,
              **env: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "cjtrainer", *args], capture_output=True,
                          env=environment(tmp_path, **env), timeout=timeout, cwd=tmp_path,
                          stdin=subprocess.DEVNULL if stdin is None else stdin)


# --- terminals the app cannot drive -----------------------------------------------------


@needs_tmux
def test_term_dumb_gets_a_clear_message_and_exit_2_instead_of_a_busy_loop(tmp_path: Path) -> None:
    terminal = Terminal(tmp_path, environment(tmp_path, TERM="dumb"),
                        [sys.executable, "-m", "cjtrainer"])
    try:
        assert terminal.wait_exit(timeout=30) == 2  # before: a redraw loop, no key worked
        screen = " ".join(terminal.screen().split())
        assert "TERM=dumb" in screen and "Windows Terminal" in screen
    finally:
        terminal.close()


def test_redirected_input_gets_a_clear_message_instead_of_waiting_for_ever(tmp_path: Path) -> None:
    result = cjtrainer(tmp_path, timeout=30)  # stdin from /dev/null, output to pipes
    # (before: the app waited for keys from /dev/null for ever)
    assert result.returncode == 2
    assert "terminal-app" in result.stderr.decode("utf-8")
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize("args", [["host", "klantreis-basis", "--port", "0"],
                                  ["host", "--exercise", "telefoon-touchpoints", "--port", "0"],
                                  ["host"]], ids=["quiz", "board", "picker"])
def test_host_without_a_terminal_refuses_before_writing_anything(
    tmp_path: Path, args: list[str],
) -> None:
    # Seen in a trial: `cjtrainer host deck 2>file` refused, but had written a session log.
    result = cjtrainer(tmp_path, *args, timeout=30)
    assert result.returncode == 2
    assert "terminal-app" in result.stderr.decode("utf-8")
    data = tmp_path / "data"
    assert not data.exists() or not [p for p in data.rglob("*") if p.is_file()]


@pytest.mark.parametrize("args", [[], ["preview", str(SMALL)], ["join", "127.0.0.1:9"]],
                         ids=["app", "preview", "join"])
def test_every_full_screen_command_refuses_term_dumb_with_a_message(
    tmp_path: Path, args: list[str],
) -> None:
    result = cjtrainer(tmp_path, *args, timeout=30, TERM="dumb")
    assert result.returncode == 2
    assert "TERM=dumb" in result.stderr.decode("utf-8")


# --- a bug while a screen mounts, in a real terminal ------------------------------------

FAULTY_HOME = (
    "import sys\n"
    "from cjtrainer.ui.screens import home\n"
    "def broken(self):\n"
    "    raise RuntimeError('a bug while the home screen mounts')\n"
    "home.HomeScreen.refresh_data = broken\n"
    "from cjtrainer.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


@needs_tmux
def test_a_bug_while_the_home_screen_mounts_shows_the_problem_screen_q_quits_with_70(
    tmp_path: Path,
) -> None:
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(SMALL, content / "small.yaml")
    terminal = Terminal(tmp_path, environment(tmp_path),
                        [sys.executable, "-c", FAULTY_HOME, "--content", str(content)])
    try:
        screen = terminal.wait_for("Er is een probleem")
        assert "cjtrainer.log" in screen
        terminal.keys("q")
        assert terminal.wait_exit() == 70  # never a silent 0
        screen = terminal.screen()  # the app's screen is gone; the message stays
        assert "RuntimeError" in screen and "Traceback" not in screen
        log = (tmp_path / "data" / "cjtrainer.log").read_text(encoding="utf-8")
        assert "a bug while the home screen mounts" in log  # the details are kept
    finally:
        terminal.close()


# --- output that is not UTF-8 -----------------------------------------------------------

UNICODE_DECK = """\
deck: tekens
title: "Tekens → ✓ “quotes” – € 🙂"
tags: [tekens]
cards:
  - id: pijl
    type: flashcard
    front: "Wat betekent → ✓ 🙂?"
    back: "Een pijl – een vinkje – een lach"
    explain: "✓"
"""
WORD_LIST = "term;definitie\nkoopproces ✓;het “proces” – € 5 🙂\nklantreis;de reis → 🙂\n"


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_every_cli_output_works_on_cp1252_and_ascii_streams(tmp_path: Path, encoding: str) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "tekens.yaml").write_text(UNICODE_DECK, encoding="utf-8")
    (tmp_path / "lijst.csv").write_text(WORD_LIST, encoding="utf-8")
    handin = tmp_path / "inleveren"
    handin.mkdir()
    (handin / "anna.json").write_text(json.dumps(_handin("Anna ✓ 🙂", "tekens/pijl")),
                                      encoding="utf-8")
    runs = [
        ["--content", str(content), "decks"],
        ["--content", str(content), "stats"],
        ["--content", str(content), "stats", "--json"],
        ["validate", str(content)],
        ["import", str(tmp_path / "lijst.csv"), "-o", "-"],
        ["import", str(tmp_path / "lijst.csv"), "-o", str(tmp_path / "lijst.yaml")],
        ["--content", str(content), "class-report", str(handin)],
    ]
    for args in runs:
        result = cjtrainer(tmp_path, *args, PYTHONIOENCODING=encoding)
        err = result.stderr.decode(encoding, errors="strict")  # what the stream could hold
        assert result.returncode == 0, (args, err)
        assert "UnicodeEncodeError" not in err and "Traceback" not in err, args
    # a deck written to redirected output is UTF-8, so it loads again, characters intact
    result = cjtrainer(tmp_path, "import", str(tmp_path / "lijst.csv"), "-o", "-",
                       PYTHONIOENCODING=encoding)
    (tmp_path / "uit.yaml").write_bytes(result.stdout)
    assert "koopproces ✓" in result.stdout.decode("utf-8")
    assert cjtrainer(tmp_path, "validate", str(tmp_path / "uit.yaml")).returncode == 0


def _handin(student: str, key: str) -> dict[str, object]:
    deck, _, card = key.partition("/")
    return {
        "format": "cjtrainer-handin", "version": 1, "student": student,
        "exported_at": "2026-11-20T10:00:00+00:00", "app_version": "0.1.0",
        "progress": {"reviews": [{"uid": f"{student}-1", "deck": deck, "card": card,
                                  "time": "2026-11-20T09:00:00+00:00", "rating": 3,
                                  "verdict": "right", "response_ms": 4000,
                                  "phase_before": 0, "mode": "study"}]},
        "cards": {key: {"deck": deck, "type": "flashcard", "text": "Wat betekent → ✓ 🙂?",
                        "tags": ["tekens"]}},
        "decks": {deck: "Tekens"},
        "exercises": [],
    }


# --- damaged caches ---------------------------------------------------------------------

DEEP = b"[" * 200_000 + b"]" * 200_000


def test_deeply_nested_json_in_the_caches_is_ignored_by_every_command(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(SMALL, content / "small.yaml")
    assert cjtrainer(tmp_path, "--content", str(content), "decks").returncode == 0
    cache = tmp_path / "cache"
    entries = list((cache / "decks").glob("*.json"))
    assert entries
    for entry in entries:
        header = json.loads(entry.read_bytes().partition(b"\n")[0])
        header["checksum"] = hashlib.sha256(DEEP).hexdigest()  # passes every check but parsing
        entry.write_bytes(json.dumps(header).encode() + b"\n" + DEEP)
    (cache / "decks" / "extra.json").write_bytes(DEEP)  # and one nested in its header line
    for args in (["decks"], ["stats"], ["validate", str(content)]):
        result = cjtrainer(tmp_path, "--content", str(content), *args)
        assert result.returncode == 0, result.stderr.decode()
        assert b"RecursionError" not in result.stderr
    result = cjtrainer(tmp_path, "--content", str(content), "decks")
    assert b"klein" in result.stdout.lower()  # the deck is there, loaded from its YAML


@needs_tmux
def test_the_app_starts_with_deeply_nested_caches(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(SMALL, content / "small.yaml")
    assert cjtrainer(tmp_path, "--content", str(content), "decks").returncode == 0
    cache = tmp_path / "cache"
    for entry in (cache / "decks").glob("*.json"):
        header = json.loads(entry.read_bytes().partition(b"\n")[0])
        header["checksum"] = hashlib.sha256(DEEP).hexdigest()
        entry.write_bytes(json.dumps(header).encode() + b"\n" + DEEP)
    terminal = Terminal(tmp_path, environment(tmp_path),
                        [sys.executable, "-m", "cjtrainer", "--content", str(content)])
    try:
        terminal.wait_for("Klein [bold]")  # the title, cut to the column
        terminal.keys("C-q")
        assert terminal.wait_exit() == 0
    finally:
        terminal.close()


# --- a deck with a giant text -----------------------------------------------------------


def test_a_50_mb_card_text_is_refused_before_parsing_and_the_other_decks_load(
    tmp_path: Path,
) -> None:
    content = tmp_path / "content"
    content.mkdir()
    shutil.copy(SMALL, content / "small.yaml")
    giant = content / "reus.yaml"
    with giant.open("w", encoding="utf-8") as handle:
        handle.write("deck: reus\ntitle: Reus\ncards:\n  - id: groot\n    type: flashcard\n"
                     "    back: b\n    front: ")
        handle.write("x" * (50 * 1024 * 1024))
        handle.write("\n")
    started = time.monotonic()
    result = cjtrainer(tmp_path, "validate", str(giant))
    assert result.returncode == 1
    out = result.stdout.decode("utf-8")
    assert "reus.yaml:1:1: error[too-big]" in out and "5 MB" in out
    result = cjtrainer(tmp_path, "--content", str(content), "decks")
    assert result.returncode == 0
    assert b"reus.yaml" in result.stdout + result.stderr  # skipped, and said so
    assert b"klein" in result.stdout.lower()
    assert time.monotonic() - started < 30  # refused, not parsed (parsing took minutes)


def test_a_text_over_its_field_limit_is_a_validate_error_with_line_and_limit(
    tmp_path: Path,
) -> None:
    deck = tmp_path / "lang.yaml"
    deck.write_text("deck: lang\ntitle: Lang\ncards:\n  - id: a\n    type: flashcard\n"
                    "    front: kort\n    back: " + "y" * 6000 + "\n    explain: x\n",
                    encoding="utf-8")
    result = cjtrainer(tmp_path, "validate", str(deck))
    assert result.returncode == 1
    out = result.stdout.decode("utf-8")
    assert "lang.yaml:7:11: error[too-long]" in out
    assert "6000" in out and "5000" in out


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_a_hand_in_to_redirected_output_keeps_every_character(tmp_path: Path,
                                                              encoding: str) -> None:
    """`export-progress -o -` on a Windows console's cp1252 (or ASCII): the hand-in is
    written as UTF-8, so 'Yılmaz' (no cp1252 letter) reaches the teacher intact."""
    from datetime import UTC, datetime

    from cjtrainer.learn.scheduling import CardState, Rating, Scheduler
    from cjtrainer.learn.store import Store

    data = Path(environment(tmp_path)["CJTRAINER_DATA_DIR"])
    data.mkdir(parents=True, exist_ok=True)
    key = "klantreis-basis/wat-is-klantreis"
    at = datetime.now(UTC)
    with Store(data / "progress.sqlite3") as store:
        after = Scheduler().review(CardState(key=key, siblings=key), Rating.GOOD, at)
        store.record(after, None, time=at, rating=int(Rating.GOOD), mode="study", response_ms=3000)
    result = cjtrainer(tmp_path, "export-progress", "--name", "Ayşe Yılmaz ✓", "-o", "-",
                       PYTHONIOENCODING=encoding)
    assert result.returncode == 0, result.stderr.decode(encoding, errors="replace")
    assert json.loads(result.stdout.decode("utf-8"))["student"] == "Ayşe Yılmaz ✓"
