"""A student's own touchpoints from the board, kept as an exercise attempt in their own app.

At the end of the activity the host sends each student a ``board-end`` message with the
exercise and that student's own touchpoints. The terminal client stores them in the
student's ``exercises.sqlite3`` (the exercise store) as a new attempt, ready for the next
step there: comparing with the model answers and the self-assessment. The host's text is
made inert again on the way in (``exercise_from_dict`` and ``clean_text``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cjtrainer.exercise.model import MAX_ANSWER, Attempt, clean_text, exercise_from_dict
from cjtrainer.exercise.store import ExerciseStore


def attempt_answers(exercise_sections: Any, mine: dict[str, Any]) -> tuple[tuple[str, ...], ...]:
    """The student's touchpoints fitted into the attempt's answer slots, per section."""
    answers = []
    for section in exercise_sections:
        given = mine.get(section.id) if isinstance(mine, dict) else None
        texts = [clean_text(str(x), MAX_ANSWER) for x in given] if isinstance(given, list) else []
        texts = texts[: section.answers]
        answers.append(tuple(texts + [""] * (section.answers - len(texts))))
    return tuple(answers)


def has_touchpoints(message: dict[str, Any]) -> bool:
    mine = message.get("mine")
    return isinstance(mine, dict) and any(isinstance(v, list) and v for v in mine.values())


def save_board_attempt(data_dir: Path, message: dict[str, Any],
                       now: datetime | None = None) -> Attempt:
    """Store the ``board-end`` message's touchpoints as a new attempt; the written attempt.
    Raises ``StoreError`` (a clear Dutch message) when the store cannot be used, and
    ``KeyError``/``TypeError``/``ValueError`` for a message that is not a board's end."""
    exercise = exercise_from_dict(message["exercise"])
    when = now or datetime.now(UTC)
    store = ExerciseStore(data_dir)
    try:
        attempt = store.create(exercise, when)
        # Still "writing": the student adds the persona (never on the board) and anything
        # missing in the app, then hands in and compares with the model answers as usual;
        # `cjtrainer exercise ID` opens this attempt (the latest open one).
        attempt = replace(
            attempt, answers=attempt_answers(exercise.sections, message.get("mine") or {}),
            updated_at=when,
        )
        store.save(attempt)
    finally:
        store.close()
    return attempt
