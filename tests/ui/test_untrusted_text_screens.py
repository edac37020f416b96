"""Deck text full of terminal escape codes, on every screen: what the screen draws (the
compositor's strips, toasts included) holds no control character, C1 code or bidi override;
the codes are shown (^[[2J) instead. docs/security.md lists what this proves."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from textual.app import App
from textual.widgets import OptionList

from cjtrainer.classroom.server_messages import parse_server_message
from cjtrainer.deck.load import load_file
from cjtrainer.ui.classroom.join import JoinApp, JoinScreen
from cjtrainer.ui.exercise.screen import ExerciseApp
from cjtrainer.ui.teacher.preview import PreviewApp
from tests.ui.conftest import Clock
from tests.ui.driver import answer, drawn, start_quiz, wait_until
from tests.unit.support import EVIL_NAME, acting

ESCAPES = Path(__file__).parents[1] / "data" / "escapes"
SIZE = (100, 40)
E = "\x1b[2J\x1b]0;PWNED\x07\x9b31m\u202e"  # what a rogue host or deck sends


def assert_inert(app: App[Any], where: str) -> str:
    text = drawn(app)
    assert not acting(text.replace("\n", "")), f"{where}: {sorted(set(acting(text)))!r}"
    return text


def escapes_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "boos"
    folder.mkdir()
    for name in ("boos.yaml", "oefen-boos.yaml", "kapot.yaml"):
        shutil.copy(ESCAPES / name, folder / name)
    (folder / EVIL_NAME).write_text("deck: [x\n", encoding="utf-8")  # skipped, with a notice
    return folder


async def test_home_study_summary_and_stats_show_escape_codes_inert(make_app, tmp_path) -> None:
    app = make_app(folders=[escapes_folder(tmp_path)])
    seen: set[str] = set()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_until(pilot, lambda: "NAAM" in drawn(app), "the notices about the two skipped files")
        home = assert_inert(app, "home")
        assert "Boos ^[[2J" in home and "^[]0;NAAM^G" in home
        await pilot.press("l")
        await pilot.pause()
        right_before: set[tuple[str, str]] = set()  # (card, the form it was asked in)
        for _ in range(80):
            if type(app.screen).__name__ != "StudyScreen":
                break
            card = app.screen.card
            if (card.id, app.screen.shown.mode) in right_before:
                # Every card has been asked in each of its forms and every form answered
                # right or wrong: the rest of the session repeats them. Stop: the summary.
                await pilot.press("escape")
                await pilot.pause()
                break
            assert_inert(app, f"asking {card.id}")
            if card.hint:
                await pilot.press("ctrl+t")
                await pilot.pause()
                assert "Hint ^[[2J" in assert_inert(app, f"hint {card.id}")
            right = len(seen) % 2 == 0
            mode = await answer(pilot, right=right, by_key=False)
            seen.add(mode)
            if right:
                right_before.add((card.id, mode))
            assert_inert(app, f"answered {card.id}")
            if type(app.screen).__name__ == "StudyScreen" and app.screen.state == "feedback":
                await pilot.press("enter")
                await pilot.pause()
        assert {"flashcard", "choice", "truefalse", "cloze", "order", "match", "list"} <= seen
        assert type(app.screen).__name__ == "SummaryScreen"
        assert_inert(app, "summary")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("v")
        await pilot.pause()
        assert type(app.screen).__name__ == "StatsScreen"
        assert "Boos ^[[2J" in assert_inert(app, "stats")


async def test_a_quiz_shows_escape_codes_inert(make_app, tmp_path) -> None:
    app = make_app(folders=[escapes_folder(tmp_path)])
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await wait_until(pilot, lambda: "NAAM" in drawn(app), "the notices about the two skipped files")
        await start_quiz(pilot)
        assert type(app.screen).__name__ == "StudyScreen"  # the quiz's first question
        for _ in range(30):
            if type(app.screen).__name__ != "StudyScreen":
                break
            assert_inert(app, "quiz")
            await answer(pilot, right=False, by_key=False)
            assert_inert(app, "quiz answered")
            if type(app.screen).__name__ == "StudyScreen" and app.screen.state == "feedback":
                await pilot.press("enter")
                await pilot.pause()
        assert_inert(app, "quiz score")


async def test_exercise_screens_show_escape_codes_inert(make_app, tmp_path) -> None:
    app = make_app(folders=[escapes_folder(tmp_path)])
    async with app.run_test(size=SIZE) as pilot:  # from the home screen: picker or intro
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        assert "Oefening ^[[2J" in assert_inert(app, type(app.screen).__name__)

    exercise = load_file(ESCAPES / "oefen-boos.yaml").exercise
    assert exercise is not None
    app = ExerciseApp(exercise, tmp_path / "data", Clock(), export_dir=tmp_path / "out")
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: "Intro ^[[2J" in drawn(app), "the intro")
        assert_inert(app, "intro")
        await pilot.press("enter")
        await wait_until(pilot, lambda: "Vraag ^[]0;PWNED^G" in drawn(app), "the question")
        assert_inert(app, "writing")
        await pilot.press("a", "enter", "ctrl+s")
        await wait_until(pilot, lambda: type(app.screen).__name__ == "ConfirmModal", "the question to hand in")
        assert_inert(app, "confirm")
        await pilot.press("enter")
        await wait_until(pilot, lambda: "Voorbeeld ^[[2J" in drawn(app), "the model answers")
        assert_inert(app, "compare")


async def test_preview_shows_every_card_inert(tmp_path) -> None:
    folder = escapes_folder(tmp_path)
    for name in ("boos.yaml", "oefen-boos.yaml", "kapot.yaml", EVIL_NAME):
        app = PreviewApp(folder / name)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            cards = app.query_one("#cards", OptionList)
            for index in range(max(1, cards.option_count)):
                if cards.option_count:
                    cards.highlighted = index
                await pilot.pause()
                assert_inert(app, f"preview {name} #{index}")
            await pilot.press("r")  # the problems panel
            await pilot.pause()
            assert "^[" in assert_inert(app, f"preview {name} problems")


async def test_join_screen_shows_what_a_rogue_host_sends_inert(tmp_path) -> None:
    app = JoinApp(None)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, JoinScreen)
        messages: list[dict[str, Any]] = [
            {"type": "lobby", "players": 2, "names": [f"Ada {E}", f"Bo {E}"]},
            {"type": "question", "index": 0, "total": 2, "kind": "choice", "prompt": f"Kies {E}",
             "choices": [{"id": "a", "text": f"Een {E}"}, {"id": "b", "text": f"Twee {E}"}],
             "time_ms": 20000, "remaining_ms": 20000},
            {"type": "question", "index": 1, "total": 2, "kind": "order", "prompt": f"Orden {E}",
             "items": [{"id": "a", "text": f"Eerst {E}"}, {"id": "b", "text": f"Dan {E}"}],
             "time_ms": 20000, "remaining_ms": 20000},
            {"type": "reveal", "question": 1, "kind": "choice", "correct": {"choice": "a"},
             "result": "wrong", "points": 0, "correct_text": f"Een {E}",
             "explain": f"Uitleg {E}\nregel twee", "score": 0, "rank": 1, "players": 2},
            {"type": "leaderboard", "question": 1, "total": 2,
             "top": [{"name": f"Ada {E}", "score": 900}], "you": {"rank": 2, "score": 0},
             "players": 2},
            {"type": "error", "code": f"whatever {E}"},  # a code this app does not know
            {"type": "end", "podium": [{"name": f"Ada {E}", "score": 900, "rank": 1}],
             "you": {"rank": 2, "score": 0, "correct": 0, "questions": 2}},
        ]
        for message in messages:
            # parsed at the edge, as the client does (which makes the texts inert)
            screen._server_message(parse_server_message(json.dumps(message)))
            if message["type"] == "question" and message["kind"] == "order":
                await pilot.press("b")  # the picked order is drawn from the items
            await pilot.pause()
            text = assert_inert(app, f"join {message['type']}")
            assert "^[[2J" in text, message["type"]


def test_the_app_log_gets_no_escape_codes() -> None:
    import logging

    from cjtrainer.ui.app import InertFormatter

    record = logging.LogRecord("cjtrainer.ui", logging.ERROR, __file__, 1,
                               "preloading failed: %s", (f"deck {E}",), None)
    line = InertFormatter("%(levelname)s %(message)s").format(record)
    assert line == "ERROR preloading failed: deck ^[[2J^[]0;PWNED^G<9b>31m"
