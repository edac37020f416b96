"""``cjtrainer export-progress``: the student's hand-in file for the teacher's class report."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cjtrainer.config import os_reason_text
from cjtrainer.errors import CjError
from cjtrainer.i18n import render, t
from cjtrainer.output import write_document


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    p = subparsers.add_parser("export-progress", parents=parents,
                              help=t("teacher.export.help"), description=t("teacher.export.help"))
    p.add_argument("-o", "--output", metavar="BESTAND", help=t("teacher.export.arg.output"))
    p.add_argument("--name", help=t("teacher.export.arg.name"))
    p.add_argument("--root", metavar="MAP", help=t("teacher.export.arg.root"))
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cjtrainer import config, paths
    from cjtrainer.teacher.export import make_handin, write_handin

    now = datetime.now(UTC)
    if args.root:
        return _export_served(Path(args.root), Path(args.output or "."), args.content, now)
    name = _student_name(args.name, config)
    document = make_handin(paths.data_dir(args.data_dir), name, content=args.content, now=now)
    if document.note:
        print(render(document.note), file=sys.stderr)
    summary = t("teacher.export.done", name=name, cards=document.cards,
                answers=document.answers, exercises=document.exercises)
    if args.output == "-":
        write_document(document.text())  # UTF-8 whatever the stream: the hand-in loses nothing
        print(summary, file=sys.stderr)
        return 0
    target = Path(args.output) if args.output else Path.cwd()
    if args.output and args.output.endswith(("/", os.sep)):
        try:
            target.mkdir(parents=True, exist_ok=True)  # "-o inleveren/" means a folder
        except OSError as error:
            raise CjError(t("teacher.import.unwritable", path=target,
                            error=os_reason_text(error))) from None
    output = write_handin(document, target)
    print(summary)
    print(t("teacher.export.where", path=output))
    return 0


def _export_served(root: Path, folder: Path, content: list[str], now: datetime) -> int:
    """One hand-in per student of a `cjtrainer serve` root, in ``folder``."""
    from cjtrainer.teacher.export import make_handin, write_handin
    from cjtrainer.teacher.served import is_serve_root, served_students

    if not is_serve_root(root):
        raise CjError(t("teacher.export.not-root", path=root), t("teacher.export.not-root.hint"))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CjError(t("teacher.import.unwritable", path=folder, error=os_reason_text(error))) from None
    written = 0
    for student in served_students(root):
        try:
            document = make_handin(student.data_dir, student.name, content=content, now=now)
        except CjError:
            continue  # nothing studied yet: nothing to hand in
        write_handin(document, folder)
        written += 1
    print(t("teacher.export.served-done", count=written, path=folder))
    return 0


def _student_name(given: str | None, config: Any) -> str:
    """--name, else the remembered name, else asked once (interactive only) and remembered.
    Made inert (clean_name): the name goes into the hand-in a teacher's terminal shows."""
    from cjtrainer.exercise.model import clean_name

    settings = config.load()
    if given and clean_name(given):
        # remembered, as `exercise export --name` does: the hint of a later export without
        # --name says "hij wordt onthouden", and it was not
        name = clean_name(given)
        if name != settings.student_name:
            try:  # remembering is a convenience; the export goes on without it
                config.save(replace(settings, student_name=name))
            except CjError as error:
                print(error, file=sys.stderr)
        return name
    if settings.student_name and clean_name(settings.student_name):
        return clean_name(settings.student_name)
    if not sys.stdin.isatty():
        raise CjError(t("teacher.export.need-name"), t("teacher.export.need-name.hint"))
    for _ in range(3):
        try:
            answer = input(t("teacher.export.ask-name"))
        except EOFError:
            break
        name = clean_name(answer)
        if name:
            try:  # remembering is a convenience; the export goes on without it
                config.save(replace(settings, student_name=name))
            except CjError as error:
                print(error, file=sys.stderr)
            return name
    raise CjError(t("teacher.export.need-name"), t("teacher.export.need-name.hint"))
