"""The rules of one attempt, without any screen: write, submit, compare, assess, finish.

Every change is written to the store at once (one small transaction), so whatever the
student typed survives a crash, a closed terminal or a flat battery. Screens call these
methods and render what they return; a test can drive a whole attempt without Textual.

The writing timer is a suggestion: it counts down ``exercise.minutes`` while the writing
step is open and not paused, keeps counting past zero, and never submits on its own.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TypedDict, Unpack

from cjtrainer.clock import Clock
from cjtrainer.deck.model import Exercise
from cjtrainer.errors import CjError
from cjtrainer.exercise.compare import Match, closest
from cjtrainer.exercise.model import (
    MAX_ANSWER,
    MAX_REFLECTION,
    Attempt,
    Mark,
    Step,
    clean_text,
    same_exercise,
)
from cjtrainer.exercise.score import Score, compute
from cjtrainer.exercise.store import ExerciseStore
from cjtrainer.i18n import t


def incomplete_message(answers: int, criteria: int) -> str:
    """What is still open in the self-assessment, naming only what is missing."""
    parts = []
    if answers:
        parts.append(t("exercise.assess.open-answers", n=answers))
    if criteria:
        parts.append(t("exercise.assess.open-criteria", n=criteria))
    return t("exercise.assess.incomplete", parts=t("exercise.and").join(parts))


class _Changes(TypedDict, total=False):
    """The Attempt fields a session step may change (updated_at and elapsed are its own)."""

    step: Step
    section_index: int
    answers: tuple[tuple[str, ...], ...]
    marks: tuple[tuple[Mark | None, ...], ...]
    rubric: tuple[int | None, ...]
    reflection: str
    timer_paused: bool
    submitted_at: datetime | None
    finished_at: datetime | None

class ExerciseSession:
    def __init__(self, store: ExerciseStore, attempt: Attempt, clock: Clock) -> None:
        self.store = store
        self.clock = clock
        self._attempt = attempt
        self._running_since: datetime | None = None
        if attempt.step is Step.WRITING and not attempt.timer_paused:
            self._running_since = clock()

    # --- opening -----------------------------------------------------------------

    @classmethod
    def resume(
        cls, store: ExerciseStore, exercise: Exercise, clock: Clock
    ) -> ExerciseSession | None:
        """The student's unfinished attempt at ``exercise``, if there is one."""
        attempt = store.latest_open(exercise.id)
        return None if attempt is None else cls(store, attempt, clock)

    @classmethod
    def begin(cls, store: ExerciseStore, exercise: Exercise, clock: Clock) -> ExerciseSession:
        return cls(store, store.create(exercise, clock()), clock)

    @classmethod
    def open(cls, data_dir: Path, exercise: Exercise, clock: Clock) -> ExerciseSession:
        """Resume the open attempt, or begin a new one."""
        store = ExerciseStore(data_dir)
        return cls.resume(store, exercise, clock) or cls.begin(store, exercise, clock)

    @property
    def attempt(self) -> Attempt:
        return self._attempt

    @property
    def exercise(self) -> Exercise:
        return self._attempt.exercise

    @property
    def step(self) -> Step:
        return self._attempt.step

    def differs_from(self, exercise: Exercise) -> bool:
        """Whether the exercise file changed since this attempt began."""
        return not same_exercise(self.exercise, exercise)

    # --- saving ------------------------------------------------------------------

    def _commit(self, **changes: Unpack[_Changes]) -> None:
        now = self.clock()
        elapsed = self._attempt.elapsed
        if self._running_since is not None:
            elapsed += max(0.0, (now - self._running_since).total_seconds())
            self._running_since = now
        attempt = replace(self._attempt, updated_at=now, elapsed=elapsed, **changes)
        score = compute(attempt).percent if attempt.step is Step.DONE else None
        self.store.save(attempt, score)
        self._attempt = attempt

    def close(self) -> None:
        """Save the timer and stop it (the student leaves the exercise)."""
        self._commit()
        self._running_since = None

    # --- writing -----------------------------------------------------------------

    def set_answer(self, section: int, index: int, text: str) -> str:
        """Store one answer; returns the text as kept (cleaned, at most MAX_ANSWER; its
        line breaks stay: an answer may take a few lines)."""
        self._require(Step.WRITING)
        cleaned = clean_text(text, MAX_ANSWER, single_line=False)
        if cleaned != self._attempt.answers[section][index]:
            answers = list(self._attempt.answers)
            row = list(answers[section])
            row[index] = cleaned
            answers[section] = tuple(row)
            self._commit(answers=tuple(answers))
        return cleaned

    def go_to_section(self, index: int) -> None:
        index = max(0, min(index, len(self.exercise.sections) - 1))
        if index != self._attempt.section_index:
            self._commit(section_index=index)

    def elapsed(self) -> float:
        """Seconds spent writing so far (pauses excluded)."""
        extra = 0.0
        if self._running_since is not None:
            extra = max(0.0, (self.clock() - self._running_since).total_seconds())
        return self._attempt.elapsed + extra

    def remaining(self) -> float | None:
        """Seconds left of the suggested time (negative when over); None without a time."""
        if not self.exercise.minutes:
            return None
        return self.exercise.minutes * 60 - self.elapsed()

    @property
    def timer_paused(self) -> bool:
        return self._attempt.timer_paused

    def toggle_timer(self) -> bool:
        """Pause or continue the countdown; returns True when it is now paused."""
        if self._attempt.step is not Step.WRITING:
            return self._attempt.timer_paused
        if self._attempt.timer_paused:
            self._commit(timer_paused=False)
            self._running_since = self.clock()
        else:
            self._commit(timer_paused=True)
            self._running_since = None
        return self._attempt.timer_paused

    def empty_answers(self) -> int:
        return sum(1 for row in self._attempt.answers for a in row if not a.strip())

    def total_answers(self) -> int:
        return sum(len(row) for row in self._attempt.answers)

    def submit(self) -> None:
        """Hand in the answers: the examples become visible, answers are final."""
        self._require(Step.WRITING)
        self._commit()
        self._running_since = None
        marks = tuple(
            tuple(Mark.NOG_NIET if not a.strip() else m for a, m in zip(row, mrow, strict=True))
            for row, mrow in zip(self._attempt.answers, self._attempt.marks, strict=True)
        )
        self._commit(
            step=Step.COMPARE, submitted_at=self.clock(), marks=marks, section_index=0
        )

    # --- comparing ---------------------------------------------------------------

    def matches(self, section: int) -> list[Match | None]:
        """For each own answer of a section, the closest model answer."""
        examples = self.exercise.sections[section].examples
        return [closest(answer, examples) for answer in self._attempt.answers[section]]

    def to_assess(self) -> None:
        self._require(Step.COMPARE, Step.ASSESS)
        if self._attempt.step is not Step.ASSESS:
            self._commit(step=Step.ASSESS)

    def back_to_compare(self) -> None:
        self._require(Step.COMPARE, Step.ASSESS)
        if self._attempt.step is not Step.COMPARE:
            self._commit(step=Step.COMPARE)

    # --- self-assessment ---------------------------------------------------------

    def set_mark(self, section: int, index: int, mark: Mark) -> None:
        self._require(Step.COMPARE, Step.ASSESS)
        if not self._attempt.answers[section][index].strip():
            mark = Mark.NOG_NIET  # an empty field cannot be good
        marks = list(self._attempt.marks)
        row = list(marks[section])
        if row[index] is mark:
            return
        row[index] = mark
        marks[section] = tuple(row)
        self._commit(marks=tuple(marks))

    def set_rubric(self, criterion: int, value: int) -> None:
        self._require(Step.COMPARE, Step.ASSESS)
        if not 0 <= value < len(self.exercise.scale):
            raise ValueError(f"scale value {value} out of range")
        rubric = list(self._attempt.rubric)
        if rubric[criterion] == value:
            return
        rubric[criterion] = value
        self._commit(rubric=tuple(rubric))

    def set_reflection(self, text: str) -> str:
        self._require(Step.COMPARE, Step.ASSESS)
        cleaned = clean_text(text, MAX_REFLECTION, single_line=False)
        if cleaned != self._attempt.reflection:
            self._commit(reflection=cleaned)
        return cleaned

    def unmarked(self) -> list[tuple[int, int]]:
        return [
            (s, i)
            for s, row in enumerate(self._attempt.marks)
            for i, mark in enumerate(row)
            if mark is None
        ]

    def unscored(self) -> list[int]:
        return [k for k, value in enumerate(self._attempt.rubric) if value is None]

    def finish(self) -> Score:
        """Close the self-assessment; every answer marked and every criterion scored."""
        self._require(Step.ASSESS, Step.COMPARE)
        if self.unmarked() or self.unscored():
            raise CjError(
                incomplete_message(len(self.unmarked()), len(self.unscored())),
                t("exercise.assess.incomplete.hint"),
            )
        self._commit(step=Step.DONE, finished_at=self.clock())
        return self.score()

    def score(self) -> Score:
        return compute(self._attempt)

    def _require(self, *steps: Step) -> None:
        if self._attempt.step not in steps:
            raise CjError(t("exercise.step.closed"), t("exercise.step.closed.hint"))
