"""CSV files for a teacher's spreadsheet: the one writer, the one reader, and the columns
of the classroom report, which ``classroom/report.py`` writes and ``teacher/report.py``
reads back (``cjtrainer class-report``).

Written as Dutch Excel opens them without an import wizard: ';' between cells, CRLF line
ends, UTF-8 with a BOM (so 'Oriëntatie' reads as UTF-8). A cell that starts like a formula
gets a leading apostrophe, so a name or a card text never runs in the spreadsheet. The
reader takes ';' or ',' (a file saved again by a spreadsheet), drops the BOM, and gives
columns in lower case.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from cjtrainer import atomic

# The classroom report (one row per player per question) and its two summaries.
CLASSROOM_ROW_COLUMNS = (
    "session", "time", "name", "question", "question_id", "tags", "answer", "correct",
    "response_ms", "points", "score", "connected",
)
# "kicked" last: readers of older reports find the columns where they were
CLASSROOM_PLAYER_COLUMNS = ("session", "rank", "name", "correct", "questions", "accuracy",
                            "mean_response_ms", "score", "kicked")
CLASSROOM_QUESTION_COLUMNS = ("session", "question", "question_id", "kind", "tags", "prompt",
                              "expected", "answered", "correct", "percent_correct")
YES, NO = "yes", "no"  # how the classroom report writes a boolean

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> object:
    """``value`` as a spreadsheet shows it, never runs it: text that starts like a formula
    gets a leading apostrophe."""
    if isinstance(value, str) and value[:1] in FORMULA_STARTS:
        return "'" + value
    return value


def unguard(text: str) -> str:
    """A cell as it was before :func:`cell` guarded it."""
    return text[1:] if text[:1] == "'" and text[1:2] in FORMULA_STARTS else text


def to_text(header: Sequence[object], rows: Iterable[Sequence[object]]) -> str:
    """The file's text (without the BOM), every cell guarded."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([cell(value) for value in header])
    for row in rows:
        writer.writerow([cell(value) for value in row])
    return out.getvalue()


def write(path: Path, header: Sequence[object], rows: Iterable[Sequence[object]]) -> None:
    """Written atomically (cjtrainer.atomic); raises OSError."""
    atomic.write_bytes(path, to_text(header, rows).encode("utf-8-sig"))


def parse(text: str) -> tuple[list[str], list[dict[str, str]]]:
    """Columns (stripped, lower case) and rows of a CSV text; raises ``csv.Error``."""
    text = text.removeprefix("\ufeff")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    columns = [(c or "").strip().lower() for c in reader.fieldnames or []]
    rows = [{(k or "").strip().lower(): (v or "") for k, v in row.items()
             if isinstance(k, str) and isinstance(v, str)} for row in reader]
    return columns, rows
