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
    session.set_answer(0, 1, "een antwoord van\ntwee regels")
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


async def finish_and_open_export(pilot) -> ExportModal:  # type: ignore[no-untyped-def]
    """From an attempt at the self-assessment: finish (ctrl+s), export (e), name "Sam"."""
    app = pilot.app
    await pilot.pause()
    await pilot.press("ctrl+s")
    await wait_until(pilot, lambda: bool(app.screen.query(ResultStep)), "the result step")
    await pilot.press("e")
    await wait_until(pilot, lambda: isinstance(app.screen, ExportModal), "the export dialog")
    modal = app.screen
    modal.query_one("#export-name", Input).value = "Sam"
    await pilot.pause()
    return modal


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
        modal = await finish_and_open_export(pilot)
        assert Path(modal.query_one("#export-path", Input).value).parent == documents
        modal.query_one("#export-save", Button).press()
        await wait_until(pilot, lambda: not isinstance(app.screen, ExportModal), "the export dialog to close")
        await pilot.pause()
        saved = list(documents.glob("*.md"))
        assert len(saved) == 1
        line = app.screen.query_one("#result-exported", Static)
        assert line.display and str(saved[0]) in str(line.render())
    assert not list(tmp_path.glob("*.md"))  # not where the terminal happened to be


async def test_the_saved_path_is_scrolled_into_view_whole(tmp_path, monkeypatch) -> None:
    """The phone exercise has seven phases: at 80×24 the result page scrolls, and the
    path (two lines) must be on screen entirely, not only its first line."""
    from cjtrainer.deck.catalog import load_catalog
    from cjtrainer.paths import bundled_content_dir

    monkeypatch.setattr(config, "save", lambda settings: None)
    phone = load_catalog([bundled_content_dir()]).exercises["telefoon-touchpoints"]
    data = tmp_path / "data"
    store = ExerciseStore(data)
    session = ExerciseSession.begin(store, phone, lambda: NOW)
    session.submit()  # every field empty: all "nog niet" already
    session.to_assess()
    for k in range(len(phone.rubric)):
        session.set_rubric(k, 1)
    session.set_reflection("klaar")
    session.close()
    store.close()
    app = ExerciseApp(phone, data, lambda: NOW, export_dir=tmp_path / "een-lange-mapnaam")
    async with app.run_test(size=(80, 24)) as pilot:
        modal = await finish_and_open_export(pilot)
        modal.query_one("#export-save", Button).press()
        await wait_until(pilot, lambda: not isinstance(app.screen, ExportModal), "the export dialog to close")
        page = app.screen.query_one("#result-page", VerticalScroll)
        line = app.screen.query_one("#result-exported", Static)
        await wait_until(
            pilot, lambda: line.region.height >= 2 and line.region.bottom <= page.region.bottom,
            "the saved path on two lines inside the page")


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
        assert "2. een antwoord van\n   twee regels" in shown  # its lines under its text
        assert "ik leerde veel" in shown
        assert "Goed" in shown
        assert not app.screen.query("#attempt-file")  # not saved yet: nothing to name
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, ExportModal), "the export dialog")
        app.screen.query_one("#export-name", Input).value = "Sam"
        app.screen.query_one("#export-save", Button).press()
        await wait_until(pilot, lambda: isinstance(app.screen, AttemptScreen), "the attempt screen")
        # the attempt now names its file (and did not before)
        await wait_until(pilot, lambda: bool(app.screen.query("#attempt-file")), "the attempt's file name")
        named = str(app.screen.query_one("#attempt-file", Static).render())
        assert "Ingeleverd bestand" in named and str(tmp_path) in named
        # still scrolls with keys: the focus comes back to the page once the dialog is gone
        await wait_until(pilot, lambda: app.screen.query_one("#attempt-page").has_focus,
                         "the focus back on the attempt page")
    # an export from the history is kept with the attempt, like one from the result
    [kept] = ExerciseStore(data).history()
    assert kept.export_path is not None and kept.export_path.parent == tmp_path
    assert "een antwoord van  \n   twee regels" in kept.export_path.read_text(encoding="utf-8")
