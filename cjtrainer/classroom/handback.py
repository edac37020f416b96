"""A student's own touchpoints from the board, kept as an exercise attempt in their own app.

At the end of the activity the host sends each student a ``board-end`` message with the
exercise and that student's own touchpoints. The terminal client stores them in the
student's ``exercises.sqlite3`` (the exercise store) as a new attempt, ready for the next
step there: comparing with the model answers and the self-assessment. The host's text is
made inert again on the way in (``exercise_from_dict`` and ``clean_text``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

from cjtrainer.classroom.protocol import ProtocolError
from cjtrainer.classroom.server_messages import BoardEnd
from cjtrainer.deck.model import Section
from cjtrainer.exercise.model import MAX_ANSWER, Attempt, clean_text, exercise_from_dict
from cjtrainer.exercise.store import ExerciseStore


def attempt_answers(exercise_sections: Sequence[Section], mine: Mapping[str, Sequence[str]],
                    ) -> tuple[tuple[str, ...], ...]:
    """The student's touchpoints fitted into the attempt's answer slots, per section."""
    answers = []
    for section in exercise_sections:
        texts = [clean_text(x, MAX_ANSWER) for x in mine.get(section.id, ())]
        texts = texts[: section.answers]
        answers.append(tuple(texts + [""] * (section.answers - len(texts))))
    return tuple(answers)


def has_touchpoints(message: BoardEnd) -> bool:
    return any(message.mine.values())


def save_board_attempt(data_dir: Path, message: BoardEnd,
                       now: datetime | None = None) -> Attempt:
    """Store the ``board-end`` message's touchpoints as a new attempt; the written attempt.
    Raises ``StoreError`` (a clear Dutch message) when the store cannot be used, and
    :class:`ProtocolError` (``bad-field``) for an exercise that is not one."""
    try:
        exercise = exercise_from_dict(message.exercise)
    except (KeyError, TypeError, ValueError, AttributeError) as error:  # the host's JSON
        raise ProtocolError("bad-field", f"board-end.exercise: {error!r}"[:120]) from None
    when = now or datetime.now(UTC)
    store = ExerciseStore(data_dir)
    try:
        attempt = store.create(exercise, when)
        # Still "writing": the student adds the persona (never on the board) and anything
        # missing in the app, then hands in and compares with the model answers as usual;
        # `cjtrainer exercise ID` opens this attempt (the latest open one).
        attempt = replace(
            attempt, answers=attempt_answers(exercise.sections, message.mine),
            updated_at=when,
        )
        store.save(attempt)
    finally:
        store.close()
    return attempt
