"""Helpers several test modules share (a test module never imports another one):
answers in a store, a read-only file, a finished exercise, a written deck checked, the
characters that could act on a terminal."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml

from cjtrainer.deck.load import load_file
from cjtrainer.deck.model import Exercise
from cjtrainer.exercise.model import Mark
from cjtrainer.exercise.session import ExerciseSession
from cjtrainer.learn.scheduling import CardState, Rating, Scheduler
from cjtrainer.learn.store import Store

# --- the progress store ---------------------------------------------------------------

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def answer(store: Store, key: str, rating: Rating, at: datetime, *, mode: str = "study") -> int:
    """Schedule and save one answer the way a session does."""
    before = store.state(key)
    after = Scheduler().review(before or CardState(key=key, siblings=key), rating, at)
    return store.record(after, before, time=at, rating=int(rating), mode=mode, score=1.0,
                        verdict="right", response_ms=1200, given="x").id


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make a file unwritable, also for root (immutable flag), and undo it afterwards."""
    if os.geteuid() == 0:
        if shutil.which("chattr") is None:
            pytest.skip("root without chattr: cannot make a file read-only")
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
        if done.returncode != 0:
            pytest.skip("chattr +i not permitted here")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)


# --- a finished exercise -------------------------------------------------------------

DATA = Path(__file__).parent.parent / "data" / "exercises"  # the exercise files
NOW = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)


def teacher_exercise() -> Exercise:
    result = load_file(DATA / "fietsenwinkel.yaml")
    assert result.exercise is not None, result.problems
    return result.exercise


ANSWERS = (
    ("Folder *met* korting", "# reviews op Google"),
    ("sms: fiets is klaar", "", "klantenkaart <b>", "1. uitnodiging controlebeurt"),
)
MARKS = (
    (Mark.GOED, Mark.DEELS),
    (Mark.GOED, Mark.NOG_NIET, Mark.DEELS, Mark.GOED),
)


def finished_session(data_dir: Path) -> ExerciseSession:
    session = ExerciseSession.open(data_dir, teacher_exercise(), lambda: NOW)
    hand_in(session)
    return session


def hand_in(session: ExerciseSession) -> None:
    """Write every answer, hand in, judge each answer and criterion, and finish."""
    for s, row in enumerate(ANSWERS):
        for i, text in enumerate(row):
            session.set_answer(s, i, text)
    session.submit()
    for s, row in enumerate(MARKS):
        for i, mark in enumerate(row):
            session.set_mark(s, i, mark)
    session.set_rubric(0, 2)
    session.set_rubric(1, 0)
    session.set_reflection("Ik neem mee:\n- de fase na de aankoop *telt* ook")
    session.finish()


# --- an imported deck file ------------------------------------------------------------

ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
REQUIRED = {
    "flashcard": ("front", "back"),
    "typed": ("prompt", "answer"),
    "choice": ("prompt", "choices", "answer"),
}


def check_deck_file(path: Path) -> dict:
    """The written file read back: valid per the deck format, and per the real validator."""
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert ID.fullmatch(data["deck"])
    assert isinstance(data["title"], str) and data["title"]
    ids = [card["id"] for card in data["cards"]]
    assert len(ids) == len(set(ids))
    for card in data["cards"]:
        assert ID.fullmatch(card["id"]), card["id"]
        for key in REQUIRED[card["type"]]:
            assert card[key], (card, key)
        for key, value in card.items():
            if key not in ("choices", "tags"):
                assert isinstance(value, str), (key, value)  # text stays text: no, 1.10, 13%
        if card["type"] == "choice":
            assert 2 <= len(card["choices"]) <= 8
            assert len(set(card["choices"])) == len(card["choices"])
            assert card["answer"] in card["choices"]
    result = load_file(path)
    assert [str(p) for p in result.problems if p.code != "no-explain"] == []
    assert result.deck is not None and result.deck.id == data["deck"]
    return data


# --- untrusted text ---------------------------------------------------------------------

# A file name is untrusted too: a content folder can hold one that sets the window title.
EVIL_NAME = "\x1b]0;NAAM\x07\x9b2J\u202ebestand.yaml"
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def acting(text: str) -> list[str]:
    """The characters in ``text`` that could act on a terminal (line breaks and tabs aside)."""
    return [c for c in text if (ord(c) < 0x20 and c not in "\n\t\r")
            or 0x7F <= ord(c) < 0xA0 or c in BIDI or 0xD800 <= ord(c) < 0xE000]
