"""The self-score of a finished attempt.

How it is computed (also shown to the student on the result screen):

* Answers: every field the exercise asks for counts, empty ones too. *Goed* is worth 1,
  *deels* 0.5 and *nog niet* (or empty, or not marked) 0. The answer part is the
  average, as a percentage.
* Rubric: each criterion's score on the scale counts as its position, the lowest step
  being 0 and the highest 1 (on the default scale: Nog niet 0, Deels 1/3, Goed 2/3,
  Uitstekend 1). The rubric part is the average, as a percentage.
* Self-score: the mean of the two parts, rounded to a whole percentage. An exercise
  without a rubric scores on its answers alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from cjtrainer.exercise.model import MARK_VALUE, Attempt, Mark


@dataclass(frozen=True, slots=True)
class Score:
    percent: int  # the self-score, 0..100
    answers_percent: int
    rubric_percent: int | None  # None when the exercise has no rubric
    goed: int
    deels: int
    nog_niet: int  # includes empty and unmarked answers
    total_answers: int


def compute(attempt: Attempt) -> Score:
    counts = {Mark.GOED: 0, Mark.DEELS: 0, Mark.NOG_NIET: 0}
    points = 0.0
    total = 0
    for answers, marks in zip(attempt.answers, attempt.marks, strict=True):
        for text, mark in zip(answers, marks, strict=True):
            total += 1
            effective = mark if (mark is not None and text.strip()) else Mark.NOG_NIET
            counts[effective] += 1
            points += MARK_VALUE[effective]
    answers_part = points / total if total else 0.0
    steps = len(attempt.exercise.scale) - 1
    rubric_part: float | None = None
    if attempt.rubric:
        values = [(v or 0) / steps if steps > 0 else 0.0 for v in attempt.rubric]
        rubric_part = sum(values) / len(values)
    overall = answers_part if rubric_part is None else (answers_part + rubric_part) / 2
    return Score(
        percent=_pct(overall),
        answers_percent=_pct(answers_part),
        rubric_percent=None if rubric_part is None else _pct(rubric_part),
        goed=counts[Mark.GOED],
        deels=counts[Mark.DEELS],
        nog_niet=counts[Mark.NOG_NIET],
        total_answers=total,
    )


def _pct(fraction: float) -> int:
    # round half up, so 62.5 shows as 63 (Python's round() would give 62)
    return int(fraction * 100 + 0.5 + 1e-9)
