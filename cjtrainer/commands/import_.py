"""``cjtrainer import FILE``: a word list (Quizlet, Anki, Excel, Kahoot, CSV) becomes a deck.

Never imports Textual. The deck is written next to the input (or to ``-o``), refuses to
overwrite without ``--force``, and is checked with the deck validator right away.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cjtrainer import atomic
from cjtrainer.config import os_reason_text
from cjtrainer.errors import CjError
from cjtrainer.i18n import t
from cjtrainer.inert import inert
from cjtrainer.output import write_document

if TYPE_CHECKING:
    from cjtrainer.deck.problems import Problem

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
DELIMITER_NAMES = {"\t": "tab", ";": "semicolon", ",": "comma"}  # teacher.import.delim.<name>


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    from cjtrainer.deck.importers import KINDS

    p = subparsers.add_parser(
        "import", parents=parents, help=t("teacher.import.help"),
        description=t("teacher.import.help"),
    )
    p.add_argument("file", metavar="FILE", help=t("teacher.import.arg.file"))
    p.add_argument("-o", "--output", metavar="OUT.yaml", help=t("teacher.import.arg.output"))
    p.add_argument("--as", dest="kind", choices=KINDS, default="flashcard",
                   help=t("teacher.import.arg.as"))
    p.add_argument("--id", dest="deck_id", metavar="DECKID", help=t("teacher.import.arg.id"))
    p.add_argument("--title", metavar="TITEL", help=t("teacher.import.arg.title"))
    p.add_argument("--swap", action="store_true", help=t("teacher.import.arg.swap"))
    p.add_argument("--sep", metavar="TEKEN", help=t("teacher.import.arg.sep"))
    p.add_argument("--row-sep", metavar="TEKEN", help=t("teacher.import.arg.row-sep"))
    p.add_argument("--force", action="store_true", help=t("teacher.import.arg.force"))
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cjtrainer.deck.importers import (
        MAX_ID_LENGTH,
        import_bytes,
        separator_argument,
        title_from_stem,
    )
    from cjtrainer.deck.writer import dump_yaml
    from cjtrainer.text import slugify

    source = Path(args.file)
    try:
        raw = source.read_bytes()
    except FileNotFoundError:
        raise CjError(t("teacher.import.missing", path=source)) from None
    except OSError as error:
        raise CjError(t("teacher.import.unreadable", path=source, error=os_reason_text(error))) from None

    if source.suffix.lower() in (".yaml", ".yml") and re.search(
            rb"^(?:deck|exercise|cards)\s*:", raw[:65536], re.MULTILINE):
        # a deck file given by mistake: read as a word list it made 28 junk cards
        raise CjError(t("teacher.import.already-deck", path=source),
                      t("teacher.import.already-deck.hint", path=source))

    deck_id = args.deck_id or slugify(source.stem, fallback="import", limit=MAX_ID_LENGTH)
    if not ID_PATTERN.fullmatch(deck_id):
        raise CjError(
            t("teacher.import.bad-id", id=deck_id),
            t("teacher.import.bad-id.hint", suggestion=slugify(deck_id, fallback="import",
                                                            limit=MAX_ID_LENGTH)),
        )
    title = args.title or title_from_stem(source.stem)

    to_stdout = args.output == "-"
    output = None if to_stdout else Path(args.output or source.with_suffix(".yaml"))
    if output is not None and (output.is_dir() or args.output.endswith(("/", os.sep))
                               if args.output else False):
        output = output / f"{source.stem}.yaml"
    if output is not None:
        if output.resolve() == source.resolve():
            raise CjError(t("teacher.import.same-file", path=output),
                          t("teacher.import.same-file.hint"))
        if output.exists() and not args.force:
            raise CjError(t("teacher.import.exists", path=output), t("teacher.import.exists.hint"))

    sep = separator_argument(args.sep) if args.sep else None
    row_sep = separator_argument(args.row_sep) if args.row_sep else None
    result = import_bytes(raw, kind=args.kind, deck_id=deck_id, title=title,
                          source_name=source.name, swap=args.swap, sep=sep, row_sep=row_sep)
    shown_output = "-" if output is None else str(output)
    header_target = f"{deck_id}.yaml" if output is None else str(output)
    text = dump_yaml(
        result.data,
        # file names are untrusted too: the written file holds no control byte, comments included
        header=t("teacher.import.file-header", source=inert(source.name),
                 output=inert(header_target)),
    )
    report = sys.stderr if to_stdout else sys.stdout
    if output is None:
        write_document(text)
    else:
        _write(output, text)

    kind = "choice" if result.source_kind == "kahoot" else args.kind
    print(t("teacher.import.done", count=len(result.card_ids), kind=kind,
            source=source.name, output=shown_output), file=report)
    print(_layout_line(result), file=report)
    for note in _column_notes(result.layout):
        print(note, file=report)
    for notice in result.notices:
        print(t(f"teacher.import.notice.{notice.code}", text=notice.text, line=notice.line,
                count=notice.count), file=report)
    for line, into in result.layout.joined:
        print(t("teacher.import.joined", line=line, into=into), file=report)
    if result.skipped:
        print(t("teacher.import.skipped", count=len(result.skipped)), file=report)
        for skipped in result.skipped:
            reason = t(f"teacher.import.skip.{skipped.reason}", text=skipped.text,
                       other=skipped.other_line)
            where = ("teacher.import.skip.note" if result.source_kind == "anki"
                     else "teacher.import.skip.line")
            print(t(where, line=skipped.line, reason=reason), file=report)
    status = 0
    if output is not None:
        errors, warnings = _validate(output)
        if errors:
            print(t("teacher.import.invalid"), file=report)
            for problem in errors:
                print(f"  {problem}", file=report)
            status = 1
        elif result.lost_anything:  # "in orde" only when every text reached the deck
            print(t("teacher.import.valid-lost"), file=report)
        else:
            print(t("teacher.import.valid"), file=report)
        for code, problems in warnings.items():
            print(t("teacher.import.warnings", count=len(problems), code=code,
                    example=problems[0].message), file=report)
        clash = id_clash(deck_id, output, args.content)
        if clash is not None:
            print(t("teacher.import.id-clash", id=deck_id, path=clash), file=report)
        print(t("teacher.import.next", output=output), file=report)
    report.flush()
    return status


def id_clash(item_id: str, written: Path, content: list[str]) -> Path | None:
    """The file of another deck or exercise in the content folders with the same id."""
    from cjtrainer.deck.catalog import load_catalog

    catalog = load_catalog(extra=content)
    for item in (catalog.decks.get(item_id), catalog.exercises.get(item_id)):
        if item is not None and item.path.resolve() != written.resolve():
            return item.path
    return None


def _write(path: Path, text: str) -> None:
    try:
        atomic.write_text(path, text)
    except OSError as error:
        raise CjError(t("teacher.import.unwritable", path=path, error=os_reason_text(error))) from None


def _layout_line(result: object) -> str:
    from cjtrainer.deck.importers import ImportResult

    assert isinstance(result, ImportResult)
    layout = result.layout
    if layout.header:
        header = t("teacher.import.header.skipped", cells=" | ".join(layout.header))
    else:
        header = t("teacher.import.header.none")
    if result.source_kind == "anki":
        notes = len(result.rows) + len(result.skipped)
        return t("teacher.import.layout.anki", notes=notes)
    if result.source_kind == "kahoot":
        return t("teacher.import.layout.kahoot")
    if result.source_kind == "xlsx":
        return t("teacher.import.layout.xlsx", header=header)
    if layout.delimiter in DELIMITER_NAMES:
        delimiter = t(f"teacher.import.delim.{DELIMITER_NAMES[layout.delimiter]}")
    else:
        delimiter = t("teacher.import.delim.other", char=layout.delimiter)
    extra = (t("teacher.import.anki") if layout.anki else "") + (
        t("teacher.import.html") if layout.html else ""
    )
    if layout.row_separator != "\n":
        extra = t("teacher.import.rows-by", char=layout.row_separator) + extra
    encoding = {"utf-16": "UTF-16", "windows-1252": "Windows-1252"}.get(layout.encoding, "UTF-8")
    line = t("teacher.import.layout", delimiter=delimiter, header=header, encoding=encoding,
             extra=extra)
    if layout.encoding == "windows-1252":
        line += "\n" + t("teacher.import.cp1252")
    return line


DROPPED_ONE_BY_ONE = 10  # more cells than this are summed up per column, with line ranges


def _column_notes(layout: object) -> list[str]:
    """What the teacher should know about columns: nothing is left out without a word."""
    from cjtrainer.deck.importers import Layout

    assert isinstance(layout, Layout)
    notes = []
    if layout.comma_joined:
        notes.append(t("teacher.import.comma-joined", count=len(layout.comma_joined),
                       lines=line_ranges(list(layout.comma_joined))))
    if layout.maybe_header is not None:
        line, cells = layout.maybe_header
        notes.append(t("teacher.import.maybe-header", line=line, cells=" | ".join(cells)))
    if layout.unused:
        columns = ", ".join(t("teacher.import.unused.column", column=column, name=name)
                            for column, name in layout.unused)
        notes.append(t("teacher.import.unused", columns=columns))
    if layout.dropped:
        lines = {d.line for d in layout.dropped}
        notes.append(t("teacher.import.dropped", count=len(lines), term=layout.term_column,
                       definition=layout.definition_column))
        if len(layout.dropped) <= DROPPED_ONE_BY_ONE:
            notes.extend(t("teacher.import.dropped.cell", line=d.line, column=d.column,
                           text=d.text) for d in layout.dropped)
        else:
            for column in sorted({d.column for d in layout.dropped}):
                in_column = [d for d in layout.dropped if d.column == column]
                notes.append(t("teacher.import.dropped.column", column=column,
                               lines=line_ranges([d.line for d in in_column]),
                               text=in_column[0].text))
        notes.append(t("teacher.import.dropped.comma" if layout.delimiter == ","
                       else "teacher.import.dropped.keep"))
    return notes


def line_ranges(lines: list[int]) -> str:
    """``[2, 3, 4, 7, 9, 10]`` -> ``2–4, 7, 9–10``."""
    parts: list[str] = []
    start = previous = None
    for line in sorted(set(lines)):
        if previous is not None and line == previous + 1:
            previous = line
            continue
        if start is not None:
            parts.append(str(start) if start == previous else f"{start}–{previous}")
        start = previous = line
    if start is not None:
        parts.append(str(start) if start == previous else f"{start}–{previous}")
    return ", ".join(parts)


def _validate(path: Path) -> tuple[list[Problem], dict[str, list[Problem]]]:
    """The validator's errors, and its warnings grouped by code (one line per kind)."""
    from cjtrainer.deck.load import load_file

    result = load_file(path)
    errors = [p for p in result.problems if p.severity == "error"]
    warnings: dict[str, list[Problem]] = {}
    for problem in result.problems:
        if problem.severity != "error":
            warnings.setdefault(problem.code, []).append(problem)
    return errors, warnings
