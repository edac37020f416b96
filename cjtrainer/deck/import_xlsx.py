"""Read an Excel workbook (.xlsx): the first sheet with text becomes rows for the importer.

The sheet's rows go through the same reader as a CSV file (header words, tags column, cells
no card uses), with the spreadsheet's row numbers as "lines". Kahoot's question sheet is
recognised by its header row and gets its own reader (import_kahoot). Other sheets with
text are named in the report: they are not imported.
"""

from __future__ import annotations

import datetime
import io
import re
from typing import TYPE_CHECKING, Any

from cjtrainer.i18n import msg

if TYPE_CHECKING:
    from cjtrainer.deck.importers import ImportResult

MAX_ROWS = 100_000


def sheets(raw: bytes) -> list[tuple[str, list[tuple[int, list[str]]]]]:
    """(sheet name, [(row number, cells as text)]) per sheet, empty rows left out."""
    import zipfile

    import openpyxl  # type: ignore[import-untyped]

    from cjtrainer.deck.importers import ImportFileError

    try:
        book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except (OSError, KeyError, ValueError, TypeError, zipfile.BadZipFile):
        raise ImportFileError(msg("teacher.import.xlsx.broken"),
                              msg("teacher.import.spreadsheet.hint")) from None
    result = []
    try:
        for sheet in book.worksheets:
            rows: list[tuple[int, list[str]]] = []
            for number, row in enumerate(sheet.iter_rows(), start=1):
                if number > MAX_ROWS:
                    break
                cells = [_cell_text(cell.value, getattr(cell, "number_format", None))
                         for cell in row]
                while cells and not cells[-1]:
                    cells.pop()
                if cells:
                    rows.append((number, cells))
            result.append((str(sheet.title), rows))
    finally:
        book.close()
    return result


# Number formats shown as Excel shows them: '0%', '0.0%', '0.00' (the digits after the
# point). The decimal comma, as Dutch Excel writes it.
_FIXED = re.compile(r"0(?:\.(0+))?(%?)")


def _cell_text(value: Any, number_format: str | None = None) -> str:
    """A cell as the teacher sees it in Excel: 21% for 0.21 formatted '0%', 1,10 for 1.1
    formatted '0.00' (other formats: the value itself)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "waar" if value else "onwaar"
    fixed = _FIXED.fullmatch(number_format or "")
    if isinstance(value, int | float) and fixed:
        digits, percent = len(fixed.group(1) or ""), fixed.group(2)
        shown = f"{value * 100 if percent else value:.{digits}f}".replace(".", ",")
        return shown + percent
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def import_workbook(raw: bytes, *, kind: str = "flashcard", deck_id: str, title: str,
                    source_name: str = "", swap: bool = False, **_: Any) -> ImportResult:
    from cjtrainer.deck import import_kahoot
    from cjtrainer.deck.importers import (
        ImportFileError,
        Notice,
        import_rows,
        rows_from_records,
    )

    found = sheets(raw)
    used = next(((name, rows) for name, rows in found if rows), None)
    if used is None:
        raise ImportFileError(msg("teacher.import.nothing"), msg("teacher.import.xlsx.empty.hint"))
    name, records = used
    notices = [Notice("sheet-unused", other) for other, rows in found
               if rows and other != name]
    if import_kahoot.header_row(records) is not None:
        return import_kahoot.import_sheet(records, deck_id=deck_id, title=title,
                                          source_name=source_name, notices=notices)
    rows, skipped, layout = rows_from_records(
        ((number, list(cells)) for number, cells in records), delimiter="\t")
    if len(found) > 1:
        notices.insert(0, Notice("sheet-used", name, lost=False))
    return import_rows(rows, skipped, layout, kind=kind,  # type: ignore[arg-type]
                       deck_id=deck_id, title=title, source_name=source_name, swap=swap,
                       notices=notices, source_kind="xlsx")
