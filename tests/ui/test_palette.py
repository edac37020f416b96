"""The command palette speaks Dutch and reaches every main action."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.command import CommandInput
from textual.widgets import Footer

from cjtrainer.ui.exercise.screen import ExerciseScreen
from tests.ui.driver import run_command, wait_until

SIZE = (80, 24)
EXERCISE = Path(__file__).parents[1] / "data" / "exercises" / "fietsenwinkel.yaml"


async def test_the_palette_speaks_dutch(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await wait_until(pilot, lambda: app.screen.query(CommandInput), "the palette")
        field = app.screen.query_one(CommandInput)
        assert field.placeholder == "Zoek een opdracht…"
        field.value = "qqqzzz"
        await wait_until(pilot, lambda: "Niets gevonden" in str(
            app.screen.query_one("CommandList").get_option_at_index(0).prompt)
            if app.screen.query_one("CommandList").option_count else False, "'Niets gevonden'")
        await pilot.press("escape")
        await pilot.pause()
        app.action_change_theme()
        await wait_until(pilot, lambda: app.screen.query(CommandInput), "the theme palette")
        assert app.screen.query_one(CommandInput).placeholder == "Zoek een thema…"


async def test_study_a_deck_a_goal_and_a_quiz_from_the_palette(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await run_command(app, pilot, "leer deck testdeck")
        assert type(app.screen).__name__ == "StudyScreen"
        assert app.screen.scope == "Testdeck met elk kaarttype"
        await pilot.press("escape")
        await wait_until(pilot, lambda: type(app.screen).__name__ != "StudyScreen", "leaving the study")
        while type(app.screen).__name__ != "HomeScreen":
            await pilot.press("escape")
            await pilot.pause()
        await run_command(app, pilot, "leerdoel fasen")
        assert type(app.screen).__name__ == "StudyScreen"
        assert "Fasen van de klantreis" in app.screen.scope
        while type(app.screen).__name__ != "HomeScreen":
            await pilot.press("escape")
            await pilot.pause()
        await run_command(app, pilot, "quiz testdeck")
        assert type(app.screen).__name__ == "StudyScreen" and app.screen.quiz
        assert app.screen.scope == "Testdeck met elk kaarttype"


async def test_exercise_and_classroom_from_the_palette(make_app, content) -> None:
    shutil.copy(EXERCISE, content / "fietsenwinkel.yaml")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await run_command(app, pilot, "oefening")
        await wait_until(pilot, lambda: isinstance(app.screen, ExerciseScreen), "the exercise")
        while type(app.screen).__name__ != "HomeScreen":
            await pilot.press("escape")
            await pilot.pause()
        await run_command(app, pilot, "klassikale quiz")
        assert type(app.screen).__name__ == "JoinScreen"


async def test_footers_name_the_palette_key_in_dutch(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await run_command(app, pilot, "klassikale quiz")
        assert app.screen.query(Footer)  # the join screen uses Textual's footer
        await pilot.pause()
        shown = app.export_screenshot()
        assert "opdrachten" in shown
        assert "palette" not in shown
