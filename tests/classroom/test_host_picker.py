"""`cjtrainer host` without a deck: the teacher picks a quiz or a class activity in a list."""

from __future__ import annotations

import argparse

import pytest

from cjtrainer.commands import host
from cjtrainer.ui.classroom.pick import PickApp

DECKS = [("fasen", "De vijf fasen"), ("biekar", "BIEKAR")]
EXERCISES = [("telefoon-touchpoints", "Touchpoints van je telefoonaankoop")]


async def test_the_teacher_picks_the_class_activity() -> None:
    app = PickApp(DECKS, EXERCISES)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("down", "down", "enter")  # past both quizzes, over the heading
    assert app.return_value == ("exercise", "telefoon-touchpoints")


async def test_enter_starts_the_first_quiz_and_escape_leaves() -> None:
    app = PickApp(DECKS, EXERCISES)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
    assert app.return_value == ("deck", "fasen")
    app = PickApp(DECKS, EXERCISES)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("escape")
    assert app.return_value is None


@pytest.mark.parametrize(("picked", "runs"), [
    (("exercise", "telefoon-touchpoints"), "_board"), (None, None),
])
def test_host_without_a_deck_goes_where_the_teacher_picked(
        monkeypatch: pytest.MonkeyPatch, picked: tuple[str, str] | None, runs: str | None) -> None:
    ran: list[str] = []
    monkeypatch.setattr("cjtrainer.commands.app.check_terminal", lambda: None)  # a test: no tty
    monkeypatch.setattr(host, "_pick", lambda args: picked)
    monkeypatch.setattr(host, "_board", lambda args: ran.append(f"_board:{args.exercise}") or 0)
    parser = argparse.ArgumentParser()
    host.register(parser.add_subparsers(), [])
    args = parser.parse_args(["host"])
    args.content = []
    assert host.run(args) == 0
    assert ran == ([f"_board:{picked[1]}"] if picked else [])
