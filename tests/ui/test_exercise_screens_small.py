"""The exercise at 80×24: each phase's model answers from the top, empty answers said in
words in the self-assessment, the hand-in saved where a student finds it with its path
on screen, and earlier attempts that can be read again."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Button, Input, Static

from cjtrainer import config
from cjtrainer.deck.load import load_file
from cjtrainer.deck.model import Exercise
from cjtrainer.exercise.model import Mark
from cjtrainer.exercise.session import ExerciseSession
from cjtrainer.exercise.store import ExerciseStore
from cjtrainer.ui.exercise.compare import CompareStep
from cjtrainer.ui.exercise.history import AttemptScreen, HistoryScreen
from cjtrainer.ui.exercise.result import ExportModal, ResultStep
from cjtrainer.ui.exercise.screen import ExerciseApp
from tests.ui.driver import wait_until

DATA = Path(__file__).parent.parent / "data" / "exercises"
NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def exercise() -> Exercise:
    result = load_file(DATA / "fietsenwinkel.yaml")
    assert result.exercise is not None
    return result.exercise


def attempt_at_assess(data: Path, *, finish: bool = False) -> None:
    """An attempt written and compared, all marked: ctrl+s on the app finishes it."""
    store = ExerciseStore(data)
    session = ExerciseSession.begin(store, exercise(), lambda: NOW)
    for s in range(len(session.exercise.sections)):
        for i in range(len(session.attempt.answers[s])):
            session.set_answer(s, i, f"antwoord {s + 1}.{i + 1} over de winkel")
    session.submit()
    session.to_assess()
    for s, row in enumerate(session.attempt.answers):
        for i in range(len(row)):
            session.set_mark(s, i, Mark.GOED)
    for k in range(len(session.exercise.rubric)):
        session.set_rubric(k, 0)
    session.set_reflection("ik leerde veel")
    if finish:
        session.finish()
    session.close()
    store.close()


async def test_each_phase_shows_its_model_answers_from_the_top(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = ExerciseStore(data)
    session = ExerciseSession.begin(store, exercise(), lambda: NOW)
    session.submit()
    session.close()
    store.close()
    app = ExerciseApp(exercise(), data, lambda: NOW, export_dir=tmp_path)
    async with app.run_test(size=(80, 16)) as pilot:  # small: the model answers scroll
        await pilot.pause()
        compare = app.screen.query_one(CompareStep)
        models = app.screen.query_one("#compare-models", VerticalScroll)
        assert models.max_scroll_y > 0
        models.focus()
        await pilot.press("end")  # the student scrolls down the model answers
        await pilot.wait_for_scheduled_animations()
        assert models.scroll_y > 0
        await pilot.press("pagedown")
        await pilot.wait_for_scheduled_animations()
        assert compare.section == 1
        assert models.scroll_y == 0 and models.scroll_target_y == 0


async def test_the_hand_in_goes_to_documents_and_its_path_stays(tmp_path, monkeypatch) -> None:
    documents = tmp_path / "Documenten"
    documents.mkdir()
    monkeypatch.setattr("platformdirs.user_documents_path", lambda: documents)
    monkeypatch.setattr(config, "save", lambda settings: None)
    monkeypatch.chdir(tmp_path)
    data = tmp_path / "data"
    attempt_at_assess(data)
    app = ExerciseApp(exercise(), data, lambda: NOW)  # no export folder given
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: bool(app.screen.query(ResultStep)), "the result step")
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportModal), "the export dialog")
        modal = app.screen
        modal.query_one("#export-name", Input).value = "Sam"
        await pilot.pause()
        assert Path(modal.query_one("#export-path", Input).value).parent == documents
        modal.query_one("#export-save", Button).press()
        await wait_until(pilot, lambda: not isinstance(app.screen, ExportModal), "the export dialog to close")
        await pilot.pause()
        saved = list(documents.glob("*.md"))
        assert len(saved) == 1
        line = app.screen.query_one("#result-exported", Static)
        assert line.display and str(saved[0]) in str(line.render())
    assert not list(tmp_path.glob("*.md"))  # not where the terminal happened to be


def test_without_documents_the_data_folder_is_used(tmp_path, monkeypatch) -> None:
    from cjtrainer import paths

    monkeypatch.setattr("platformdirs.user_documents_path", lambda: tmp_path / "absent")
    assert paths.export_dir(tmp_path / "data") == tmp_path / "data"


@pytest.mark.parametrize("size", [(80, 24)])
async def test_an_earlier_attempt_can_be_read_again(tmp_path, size) -> None:
    data = tmp_path / "data"
    attempt_at_assess(data, finish=True)
    app = ExerciseApp(exercise(), data, lambda: NOW, export_dir=tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        app.screen.query_one("#intro-history", Button).press()
        await wait_until(pilot, lambda: isinstance(app.screen, HistoryScreen), "the history screen")
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, AttemptScreen), "the attempt screen")
        shown = str(app.screen.query_one("#attempt-page Static", Static).render())
        assert "antwoord 1.1 over de winkel" in shown
        assert "ik leerde veel" in shown
        assert "Goed" in shown
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportModal), "the export dialog")
