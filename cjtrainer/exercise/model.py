"""An attempt at an exercise: what the student wrote and how they judged it.

An :class:`Attempt` is an immutable value; :mod:`cjtrainer.exercise.session` replaces it
on every change and the store writes it. The attempt carries a snapshot of the exercise
as it was when the student began, so a teacher who edits (or deletes) the exercise file
never makes an attempt unreadable or misaligns its answers.

Text the student types is plain text. :func:`clean_text` makes it inert (terminal escape
codes are shown, not obeyed; see cjtrainer.inert) and caps the length; the caps are generous for the task
(a touchpoint is a sentence, a reflection a paragraph) so a normal draft never hits them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from msgspec.structs import replace

from cjtrainer.deck.model import DEFAULT_SCALE, Criterion, Exercise, Section
from cjtrainer.inert import inert

MAX_ANSWER = 1000  # characters per answer field
MAX_REFLECTION = 4000  # characters for the reflection
MAX_NAME = 80  # characters for the student's name


class Step(StrEnum):
    """Where the student is in the exercise, in order."""

    WRITING = "writing"
    COMPARE = "compare"
    ASSESS = "assess"
    DONE = "done"


class Mark(StrEnum):
    """The student's own verdict on one answer."""

    GOED = "goed"
    DEELS = "deels"
    NOG_NIET = "nog-niet"


MARK_VALUE: dict[Mark, float] = {Mark.GOED: 1.0, Mark.DEELS: 0.5, Mark.NOG_NIET: 0.0}


def clean_text(text: str, limit: int, *, single_line: bool = True) -> str:
    """Plain text made inert (cjtrainer.inert), at most ``limit`` characters.

    Line breaks become spaces in single-line text; tabs become spaces. Escape sequences
    are shown as typed (``^[[31m``) but lose their power.
    """
    return inert(text, newlines=not single_line)[:limit]


def clean_name(name: str) -> str:
    """A student's name as plain, single-line text without surrounding blanks."""
    return " ".join(clean_text(name, MAX_NAME * 2).split())[:MAX_NAME]


@dataclass(frozen=True, slots=True, kw_only=True)
class Attempt:
    """One go at one exercise. Answers, marks and section order follow ``exercise``."""

    id: int
    exercise: Exercise  # snapshot taken when the attempt began
    started_at: datetime
    updated_at: datetime
    step: Step = Step.WRITING
    section_index: int = 0  # the section shown while writing (and comparing)
    answers: tuple[tuple[str, ...], ...] = ()
    marks: tuple[tuple[Mark | None, ...], ...] = ()
    rubric: tuple[int | None, ...] = ()  # index into exercise.scale per criterion
    reflection: str = ""
    elapsed: float = 0.0  # seconds spent writing, timer pauses excluded
    timer_paused: bool = False
    submitted_at: datetime | None = None
    finished_at: datetime | None = None

    @property
    def exercise_id(self) -> str:
        return self.exercise.id

    @property
    def finished(self) -> bool:
        return self.step is Step.DONE

    @property
    def dated_at(self) -> datetime:
        """The date an attempt goes by, on its hand-in and in the history alike: when it
        was handed in, else when it was last saved."""
        return self.finished_at or self.updated_at

    def answer(self, section: int, index: int) -> str:
        return self.answers[section][index]


def blank_attempt(exercise: Exercise, attempt_id: int, now: datetime) -> Attempt:
    return Attempt(
        id=attempt_id,
        exercise=exercise,
        started_at=now,
        updated_at=now,
        answers=tuple(("",) * section.answers for section in exercise.sections),
        marks=tuple((None,) * section.answers for section in exercise.sections),
        rubric=(None,) * len(exercise.rubric),
    )


# --- (de)serialisation, for the store -------------------------------------------------


def exercise_to_dict(exercise: Exercise) -> dict[str, Any]:
    return {
        "id": exercise.id,
        "title": exercise.title,
        "path": str(exercise.path),
        "intro": exercise.intro,
        "minutes": exercise.minutes,
        "scale": list(exercise.scale),
        "sections": [
            {
                "id": s.id, "title": s.title, "prompt": s.prompt,
                "answers": s.answers, "examples": list(s.examples),
            }
            for s in exercise.sections
        ],
        "rubric": [{"id": c.id, "text": c.text} for c in exercise.rubric],
    }


def exercise_from_dict(data: dict[str, Any]) -> Exercise:
    """The snapshot of an exercise as stored with an attempt. Made inert again: a snapshot
    written before the loader made texts inert may still hold escape codes."""
    def one(value: object) -> str:
        return inert(str(value))

    def lines(value: object) -> str:
        return inert(str(value), newlines=True)

    return Exercise(
        id=one(data["id"]),
        title=one(data["title"]),
        path=Path(str(data.get("path", ""))),
        intro=lines(data.get("intro", "")),
        minutes=data.get("minutes"),
        scale=tuple(one(s) for s in data.get("scale") or DEFAULT_SCALE),
        sections=tuple(
            Section(
                id=one(s["id"]), title=one(s["title"]), prompt=lines(s.get("prompt", "")),
                answers=int(s["answers"]), examples=tuple(one(e) for e in s.get("examples", ())),
            )
            for s in data["sections"]
        ),
        rubric=tuple(Criterion(id=one(c["id"]), text=lines(c["text"])) for c in data["rubric"]),
    )


def same_exercise(a: Exercise, b: Exercise) -> bool:
    """Whether two exercises ask the same things (the file path may differ)."""
    return a == replace(b, path=a.path)


def progress_to_dict(attempt: Attempt) -> dict[str, Any]:
    return {
        "section_index": attempt.section_index,
        "answers": [list(a) for a in attempt.answers],
        "marks": [[m.value if m else None for m in row] for row in attempt.marks],
        "rubric": list(attempt.rubric),
        "reflection": attempt.reflection,
        "elapsed": attempt.elapsed,
        "timer_paused": attempt.timer_paused,
        "submitted_at": attempt.submitted_at.isoformat() if attempt.submitted_at else None,
    }


def _stored_mark(value: object) -> Mark | None:
    """A stored mark, or None when it is missing or not one we know."""
    if isinstance(value, str) and value in Mark._value2member_map_:
        return Mark(value)
    return None


def progress_from_dict(
    data: dict[str, Any], exercise: Exercise
) -> dict[str, Any]:
    """Attempt fields from stored progress, fitted to ``exercise`` (never raises on gaps)."""
    answers: list[tuple[str, ...]] = []
    marks: list[tuple[Mark | None, ...]] = []
    stored_answers = data.get("answers") or []
    stored_marks = data.get("marks") or []
    for i, section in enumerate(exercise.sections):
        row = list(stored_answers[i]) if i < len(stored_answers) else []
        # typed in: cleaned, but a file is a file; an answer may take a few lines
        row = [inert(str(x), newlines=True) for x in row[: section.answers]]
        row += [""] * (section.answers - len(row))
        answers.append(tuple(row))
        mrow = list(stored_marks[i]) if i < len(stored_marks) else []
        fitted: list[Mark | None] = []
        for j in range(section.answers):
            fitted.append(_stored_mark(mrow[j] if j < len(mrow) else None))
        marks.append(tuple(fitted))
    rubric_raw = list(data.get("rubric") or [])
    rubric: list[int | None] = []
    for k in range(len(exercise.rubric)):
        value = rubric_raw[k] if k < len(rubric_raw) else None
        ok = isinstance(value, int) and 0 <= value < len(exercise.scale)
        rubric.append(value if ok else None)
    submitted = data.get("submitted_at")
    section_index = data.get("section_index", 0)
    if not isinstance(section_index, int) or not 0 <= section_index < len(exercise.sections):
        section_index = 0
    return {
        "section_index": section_index,
        "answers": tuple(answers),
        "marks": tuple(marks),
        "rubric": tuple(rubric),
        "reflection": inert(str(data.get("reflection") or ""), newlines=True),
        "elapsed": float(data.get("elapsed") or 0.0),
        "timer_paused": bool(data.get("timer_paused")),
        "submitted_at": datetime.fromisoformat(submitted) if submitted else None,
    }
