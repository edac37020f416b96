"""SVG snapshots (80x24) of the writing, comparison and self-assessment screens.

A teacher's own exercise with a title that looks like markup: it must show literally.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from msgspec.structs import replace

from cjtrainer.deck.load import load_file
from cjtrainer.deck.model import Exercise
from cjtrainer.ui.exercise.screen import ConfirmModal, ExerciseApp
from tests.ui.driver import wait_until

DATA = Path(__file__).parent.parent / "data" / "exercises"
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def exercise() -> Exercise:
    result = load_file(DATA / "fietsenwinkel.yaml")
    assert result.exercise is not None
    return replace(result.exercise, minutes=10)


def make_app(tmp_path: Path) -> ExerciseApp:
    return ExerciseApp(exercise(), tmp_path / "data", lambda: NOW, export_dir=tmp_path)


async def write_answers(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("enter")  # intro: Beginnen
    await pilot.pause()
    fields = list(pilot.app.screen.query("AnswerInput"))
    fields[0].value = "Een folder [b]in de bus[/b]"
    fields[1].value = "Iets heel anders"
    await pilot.press("pagedown")
    await pilot.pause()
    fields = list(pilot.app.screen.query("AnswerInput"))
    fields[0].value = "sms dat de fiets klaar is"
    fields[1].value = "klantenkaart met korting"
    await pilot.pause()


def test_writing_screen(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(make_app(tmp_path), terminal_size=(80, 24), run_before=write_answers)


async def hand_in(pilot) -> None:  # type: ignore[no-untyped-def]
    """ctrl+s and "Inleveren" (some fields are empty, so Enter alone keeps writing)."""
    await pilot.press("ctrl+s")
    await wait_until(pilot, lambda: isinstance(pilot.app.screen, ConfirmModal), "the question")
    await pilot.press("tab", "enter")
    await wait_until(pilot, lambda: not isinstance(pilot.app.screen, ConfirmModal), "handed in")
    await pilot.pause()


def test_comparison_screen(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await write_answers(pilot)
        await hand_in(pilot)

    assert snap_compare(make_app(tmp_path), terminal_size=(80, 24), run_before=run_before)


def test_self_assessment_screen(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await write_answers(pilot)
        await hand_in(pilot)
        await pilot.press("ctrl+s")  # to the self-assessment
        await pilot.pause()
        await pilot.press("3", "tab", "2")  # Goed, Deels
        await pilot.pause()

    assert snap_compare(make_app(tmp_path), terminal_size=(80, 24), run_before=run_before)


def test_result_screen(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await write_answers(pilot)
        await hand_in(pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        # four answers: Goed, Nog niet, Deels, Goed; then the rubric: Goed, Voldoende
        await pilot.press("3", "tab", "1", "tab", "2", "tab", "3", "tab", "3", "tab", "2")
        await pilot.press("tab")
        for char in "Meer aan service na de aankoop denken.":
            await pilot.press(char if char != " " else "space")
        await pilot.press("ctrl+s")
        await pilot.pause()

    assert snap_compare(make_app(tmp_path), terminal_size=(80, 24), run_before=run_before)
