"""The exercise rules without a screen: drafts, timer, submit, compare, assess, score."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cjtrainer.deck.model import Criterion, Exercise, Section
from cjtrainer.errors import CjError, StoreError
from cjtrainer.exercise.compare import closest, normalise
from cjtrainer.exercise.model import MAX_ANSWER, Mark, Step, clean_name, clean_text
from cjtrainer.exercise.score import compute
from cjtrainer.exercise.session import ExerciseSession, incomplete_message
from cjtrainer.exercise.store import ExerciseStore
from cjtrainer.i18n import render


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def make_exercise(minutes: int | None = 10) -> Exercise:
    return Exercise(
        id="winkel", title="Touchpoints in de winkel", path=Path("winkel.yaml"),
        intro="Jij bent de klant.", minutes=minutes,
        sections=(
            Section(id="orientatie", title="Oriëntatie", prompt="Waar zag je het product?",
                    answers=2, examples=("Advertentie op Instagram", "Review op YouTube",
                                         "Zoeken op Google")),
            Section(id="aankoop", title="Aankoop", prompt="Hoe betaalde je?", answers=1,
                    examples=("Betalen met iDEAL", "Bevestigingsmail")),
        ),
        rubric=(Criterion(id="echt", text="Echte contactmomenten"),
                Criterion(id="fase", text="Bij de goede fase")),
    )


@pytest.fixture
def clock() -> Clock:
    return Clock()


def test_draft_is_on_disk_after_each_change_and_resumes(tmp_path: Path, clock: Clock) -> None:
    exercise = make_exercise()
    session = ExerciseSession.open(tmp_path, exercise, clock)
    session.set_answer(0, 1, "Instagram-advertentie")
    session.go_to_section(1)
    # no close(): a crash right after typing keeps the text
    again = ExerciseSession.open(tmp_path, exercise, clock)
    assert again.attempt.id == session.attempt.id
    assert again.attempt.answers == (("", "Instagram-advertentie"), ("",))
    assert again.attempt.section_index == 1
    assert again.step is Step.WRITING


def test_timer_counts_down_pauses_and_survives_restart(tmp_path: Path, clock: Clock) -> None:
    session = ExerciseSession.open(tmp_path, make_exercise(minutes=10), clock)
    clock.advance(90)
    assert session.remaining() == 600 - 90
    assert session.toggle_timer() is True
    clock.advance(1000)  # paused: does not count
    assert session.remaining() == 510
    assert session.toggle_timer() is False
    clock.advance(30)
    session.close()
    clock.advance(3600)  # app closed: does not count
    again = ExerciseSession.open(tmp_path, make_exercise(), clock)
    assert again.remaining() == 480
    clock.advance(600)
    assert again.remaining() == -120  # keeps counting past zero, no forced submit
    assert again.step is Step.WRITING


def test_no_minutes_means_no_countdown(tmp_path: Path, clock: Clock) -> None:
    session = ExerciseSession.open(tmp_path, make_exercise(minutes=None), clock)
    clock.advance(5)
    assert session.remaining() is None
    assert session.elapsed() == 5


def test_long_paste_and_escape_codes_are_cleaned_and_capped(tmp_path: Path, clock: Clock) -> None:
    session = ExerciseSession.open(tmp_path, make_exercise(), clock)
    kept = session.set_answer(0, 0, "x" * 10_000)
    assert len(kept) == MAX_ANSWER
    kept = session.set_answer(0, 1, "rood\x1b[31m [b]vet[/b]\nregel 2")
    # shown (cjtrainer.inert), not obeyed; the line break is kept (answers are multi-line)
    assert kept == "rood^[[31m [b]vet[/b]\nregel 2"
    assert clean_name("  \x1b]0;hack\x07Jan   de\tVries ") == "^[]0;hack^GJan de Vries"
    assert clean_text("a\r\nb", 10, single_line=False) == "a\nb"


def test_full_attempt_scores_as_documented(tmp_path: Path, clock: Clock) -> None:
    session = ExerciseSession.open(tmp_path, make_exercise(), clock)
    session.set_answer(0, 0, "reclame op instagram")
    session.set_answer(1, 0, "ideal")
    assert session.empty_answers() == 1
    session.submit()
    assert session.step is Step.COMPARE
    assert session.attempt.marks == ((None, Mark.NOG_NIET), (None,))  # empty: nog niet
    with pytest.raises(CjError):
        session.set_answer(0, 1, "te laat")
    matches = session.matches(0)
    assert matches[0] is not None and matches[0].index == 0  # Instagram
    assert matches[1] is None  # empty answer, nothing highlighted
    assert session.matches(1)[0].index == 0  # iDEAL
    session.to_assess()
    with pytest.raises(CjError):
        session.finish()  # nothing assessed yet
    session.set_mark(0, 0, Mark.GOED)
    session.set_mark(0, 1, Mark.GOED)  # empty field cannot be good
    session.set_mark(1, 0, Mark.DEELS)
    session.set_rubric(0, 3)  # Uitstekend
    session.set_rubric(1, 1)  # Deels
    session.set_reflection("Ik vergat de fase\r\nna de aankoop.")
    score = session.finish()
    # answers: (1 + 0 + 0.5) / 3 = 50%; rubric: (3/3 + 1/3) / 2 = 66.7%; mean 58.3 -> 58
    assert (score.answers_percent, score.rubric_percent, score.percent) == (50, 67, 58)
    assert (score.goed, score.deels, score.nog_niet) == (1, 1, 1)
    assert session.attempt.marks[0][1] is Mark.NOG_NIET
    store = ExerciseStore(tmp_path)
    [summary] = store.history("winkel")
    assert summary.step is Step.DONE and summary.score == 58
    assert store.latest_open("winkel") is None
    assert store.load(summary.id).reflection == "Ik vergat de fase\nna de aankoop."


def test_what_is_still_open_names_only_what_is_missing_in_either_language() -> None:
    assert render(incomplete_message(3, 1), "nl") == (
        "Nog niet alles beoordeeld: 3 antwoorden zonder oordeel en 1 criterium zonder score.")
    assert render(incomplete_message(1, 0), "nl") == (
        "Nog niet alles beoordeeld: 1 antwoord zonder oordeel.")
    assert render(incomplete_message(0, 2), "en") == (
        "Not everything assessed yet: 2 criteria without a score.")
    assert render(incomplete_message(2, 2), "en") == (
        "Not everything assessed yet: 2 answers without a verdict and 2 criteria without a score.")


def test_score_without_rubric_uses_answers_alone(tmp_path: Path, clock: Clock) -> None:
    exercise = make_exercise()
    from msgspec.structs import replace

    exercise = replace(exercise, rubric=())
    session = ExerciseSession.open(tmp_path, exercise, clock)
    for s, n in ((0, 2), (1, 1)):
        for i in range(n):
            session.set_answer(s, i, f"antwoord {s}{i}")
    session.submit()
    for s, n in ((0, 2), (1, 1)):
        for i in range(n):
            session.set_mark(s, i, Mark.GOED if i == 0 else Mark.DEELS)
    score = session.finish()
    assert score.rubric_percent is None
    assert score.percent == compute(session.attempt).answers_percent == 83


def test_attempt_keeps_its_exercise_snapshot_when_the_file_changes(
    tmp_path: Path, clock: Clock
) -> None:
    session = ExerciseSession.open(tmp_path, make_exercise(), clock)
    session.set_answer(0, 0, "mijn antwoord")
    from msgspec.structs import replace

    changed = replace(make_exercise(), sections=make_exercise().sections[:1])
    again = ExerciseSession.open(tmp_path, changed, clock)
    assert again.differs_from(changed)
    assert len(again.exercise.sections) == 2
    assert again.attempt.answers[0][0] == "mijn antwoord"


def test_compare_normalises_accents_case_and_filler_words() -> None:
    assert normalise("De Oriëntatie, op  Instagram!") == "orientatie instagram"
    examples = ("Nieuwsbrief met korting", "Spaarpunten bij elke aankoop", "Review vragen")
    assert closest("ik kreeg een NIEUWSBRIEF", examples).index == 0
    assert closest("punten sparen", examples).index == 1
    assert closest("   ", examples) is None
    assert closest("iets", ()) is None
    # a line break is a space to the comparison: a two-line answer matches as one
    assert closest("spaarpunten\nbij elke aankoop", examples) == closest(
        "spaarpunten bij elke aankoop", examples)


def test_store_refuses_newer_and_corrupt_files(tmp_path: Path) -> None:
    path = tmp_path / "exercises.sqlite3"
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version=99")
    db.close()
    with pytest.raises(StoreError):
        ExerciseStore(tmp_path)
    other = tmp_path / "kapot"
    other.mkdir()
    (other / "exercises.sqlite3").write_bytes(b"dit is geen database" * 100)
    with pytest.raises(StoreError):
        ExerciseStore(other)


def test_every_bundled_exercise_can_be_done_start_to_finish(tmp_path: Path, clock: Clock) -> None:
    from cjtrainer.deck.catalog import load_catalog
    from cjtrainer.paths import bundled_content_dir

    exercises = load_catalog([bundled_content_dir()]).exercises
    assert "telefoon-touchpoints" in exercises
    for exercise in exercises.values():
        session = ExerciseSession.open(tmp_path / exercise.id, exercise, clock)
        for s, section in enumerate(exercise.sections):
            for i in range(section.answers):
                # an answer taken from the model answers must find that model answer
                example = section.examples[i % len(section.examples)]
                session.set_answer(s, i, example.lower())
        session.submit()
        for s, section in enumerate(exercise.sections):
            for i, match in enumerate(session.matches(s)):
                assert match is not None and match.close
                assert section.examples[match.index].lower() == session.attempt.answers[s][i]
                session.set_mark(s, i, Mark.GOED)
        for k in range(len(exercise.rubric)):
            session.set_rubric(k, len(exercise.scale) - 1)
        assert session.finish().percent == 100


def test_a_version_1_store_is_migrated_with_its_attempts_kept(tmp_path: Path) -> None:
    """``exercises-v1.sqlite3`` was written by the version-1 code (before the export path
    was kept): a finished attempt (63%) and an open one. Opening it adds the column in
    place; nothing else changes, and the store is usable as a new one."""
    import shutil

    old = Path(__file__).parent.parent / "data" / "exercises" / "exercises-v1.sqlite3"
    shutil.copy(old, tmp_path / "exercises.sqlite3")
    store = ExerciseStore(tmp_path)
    [done, draft] = store.history()
    assert (done.step, done.score, done.export_path) == (Step.DONE, 63, None)
    assert (draft.step, draft.score) == (Step.WRITING, None)
    attempt = store.load(done.id)
    assert attempt is not None
    assert attempt.answers[0] == ("Folder in de bus", "Reviews op Google")
    assert attempt.reflection == "Na de aankoop telt ook."
    assert store.latest_open("fietsenwinkel") == store.load(draft.id)
    store.set_export_path(done.id, tmp_path / "uit" / ".." / "hand-in.md")
    store.close()

    db = sqlite3.connect(tmp_path / "exercises.sqlite3")
    assert db.execute("PRAGMA user_version").fetchone()[0] == 2
    db.close()
    again = ExerciseStore(tmp_path)  # a second open migrates nothing and keeps the path
    assert [h.export_path for h in again.history()] == [tmp_path / "hand-in.md", None]
    assert again.export_path(done.id) == tmp_path / "hand-in.md"
    again.close()
