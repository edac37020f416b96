"""Kahoot's question sheet (the .xlsx template "Kahoot! quiz spreadsheet") as choice cards.

The template has a few rows of instructions, then a header row (``Question - max 120
characters``, ``Answer 1 - ...`` to ``Answer 4``, ``Time limit (sec)``, ``Correct answer(s)``)
and one row per question; the correct answer is a number (``2``) or several (``1,3``). Each
question becomes a choice card with the teacher's own answers as choices and the right ones
as answer. The time limit has no place in a deck: the report says so.
"""

from __future__ import annotations

import re
from typing import Any

from cjtrainer.deck.importers import (
    Dropped,
    ImportResult,
    Layout,
    Notice,
    Skipped,
    finish,
    unique_ids,
)

Records = list[tuple[int, list[str]]]


def _word(cell: str) -> str:
    return " ".join(re.sub(r"[^\w ]+", " ", cell.casefold()).split())


def _cell(cells: list[str], index: int | None) -> str:
    return cells[index].strip() if index is not None and index < len(cells) else ""


def header_row(records: Records) -> int | None:
    """The index of Kahoot's header row among the first rows, or None."""
    for index, (_, cells) in enumerate(records[:30]):
        words = [_word(c) for c in cells]
        if (any(w.startswith(("question", "vraag")) for w in words)
                and any(w.startswith(("answer 1", "antwoord 1")) for w in words)
                and any(w.startswith(("correct answer", "juiste antwoord", "goede antwoord"))
                        for w in words)):
            return index
    return None


def _columns(cells: list[str]) -> tuple[int, list[int], int | None, int]:
    words = [_word(c) for c in cells]
    question = next(i for i, w in enumerate(words) if w.startswith(("question", "vraag")))
    answers = [i for i, w in enumerate(words) if re.match(r"(answer|antwoord) \d", w)]
    time = next((i for i, w in enumerate(words) if w.startswith(("time limit", "tijd"))), None)
    correct = next(i for i, w in enumerate(words)
                   if w.startswith(("correct answer", "juiste antwoord", "goede antwoord")))
    return question, answers, time, correct


def import_sheet(records: Records, *, deck_id: str, title: str, source_name: str = "",
                 notices: list[Notice] | None = None) -> ImportResult:
    start = header_row(records)
    assert start is not None
    header = records[start][1]
    question_col, answer_cols, time_col, correct_col = _columns(header)
    notices = list(notices or [])
    skipped: list[Skipped] = []
    dropped: list[Dropped] = []
    pending: list[tuple[int, dict[str, Any]]] = []
    timed = False
    used = {question_col, *answer_cols, correct_col, time_col, 0}
    for line, cells in records[start + 1 :]:
        question = " ".join(_cell(cells, question_col).split())
        choices = [" ".join(_cell(cells, i).split()) for i in answer_cols]
        if not question and not any(choices):
            continue  # the template's numbered rows that the teacher left empty
        shown = question[:60] or " | ".join(c for c in choices if c)[:60]
        if not question:
            skipped.append(Skipped(line, "no-term", shown))
            continue
        numbers = [int(n) for n in re.findall(r"\d+", _cell(cells, correct_col))]
        if not numbers:
            skipped.append(Skipped(line, "kahoot-no-correct", shown))
            continue
        if any(not 1 <= n <= len(choices) or not choices[n - 1] for n in numbers):
            skipped.append(Skipped(line, "kahoot-bad-correct", f"{shown} ({_cell(cells, correct_col)})"))
            continue
        given = [c for c in choices if c]
        if len(given) < 2:
            skipped.append(Skipped(line, "no-distractors", shown))
            continue
        if len({c.casefold() for c in given}) < len(given):
            skipped.append(Skipped(line, "kahoot-same-choices", shown))
            continue
        answers = list(dict.fromkeys(choices[n - 1] for n in numbers))
        card: dict[str, Any] = {"type": "choice", "prompt": question, "choices": given,
                                "answer": answers[0] if len(answers) == 1 else answers}
        pending.append((line, card))
        timed = timed or bool(_cell(cells, time_col))
        for index, value in enumerate(cells):
            if value.strip() and index not in used:
                dropped.append(Dropped(line, index + 1, value.strip()[:60]))
    ids = unique_ids([card["prompt"] for _, card in pending])
    cards = [{"id": card_id, **card} for card_id, (_, card) in zip(ids, pending, strict=True)]
    if timed:
        notices.append(Notice("kahoot-time"))
    layout = Layout(delimiter="\t", header=tuple(c.strip() for c in header if c.strip()),
                    term_column=question_col + 1, definition_column=correct_col + 1,
                    dropped=tuple(dropped))
    return finish(cards, skipped, layout, deck_id=deck_id, title=title,
                  source_name=source_name, notices=notices, source_kind="kahoot")
