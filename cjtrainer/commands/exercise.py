"""`cjtrainer exercise`: list, start, export and review exercises (the touchpoints assignment).

    cjtrainer exercise                     list the exercises, with attempts and last score
    cjtrainer exercise start ID            do an exercise (also: cjtrainer exercise ID)
    cjtrainer exercise export [ATTEMPT|ID] [-o FILE] [--name NAME]
                                           write an attempt as Markdown to hand in
    cjtrainer exercise history [ID]        earlier attempts with date, self-score and the
                                           file each was saved to
    cjtrainer exercise history --show N    print attempt N's hand-in (the saved file, or
                                           made again from what was kept)

ID may also be the path of an exercise file (``.yaml``/``.yml``), so a teacher can try a
new exercise without adding it to a content folder. Only ``start`` imports Textual.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from cjtrainer.commands.table import text_table
from cjtrainer.errors import CjError
from cjtrainer.i18n import language, msg, t
from cjtrainer.output import write_document

if TYPE_CHECKING:
    from cjtrainer.deck.model import Exercise
    from cjtrainer.exercise.model import Attempt
    from cjtrainer.exercise.store import ExerciseStore

ACTIONS = ("list", "start", "export", "history")


def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "exercise", parents=parents,
        help=t("cli.help.exercise"),
        description=t("cli.help.exercise.description"),
    )
    parser.add_argument(
        "action", nargs="?", metavar="ACTIE|ID",
        help=t("cli.help.exercise.action"),
    )
    parser.add_argument("target", nargs="?", metavar="ID|POGING",
                        help=t("cli.help.exercise.target"))
    parser.add_argument("-o", "--output", metavar="FILE",
                        help=t("cli.help.exercise.output"))
    parser.add_argument("--name", help=t("cli.help.exercise.name"))
    parser.add_argument("--show", metavar="POGING", help=t("cli.help.exercise.show"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    action, target = args.action, args.target
    if action is None or action == "list":
        return _list(args)
    if action == "start":
        if not target:
            raise CjError(t("exercise.cli.need-id"), t("exercise.cli.need-id.hint"))
        return _start(args, target)
    if action == "export":
        return _export(args, target)
    if action == "history":
        if args.show is not None:
            return _show(args, args.show)
        return _history(args, target)
    if target:
        raise CjError(t("exercise.cli.unknown-action", action=action),
                      t("exercise.cli.need-id.hint"))
    return _start(args, action)


# --- helpers ---------------------------------------------------------------------------


def _data_dir(args: argparse.Namespace) -> Path:
    from cjtrainer import paths

    return paths.data_dir(getattr(args, "data_dir", None))


def _store(args: argparse.Namespace) -> ExerciseStore:
    from cjtrainer.exercise.store import ExerciseStore

    return ExerciseStore(_data_dir(args))


def _catalog_exercises(args: argparse.Namespace) -> dict[str, Exercise]:
    from cjtrainer.deck.catalog import load_catalog

    return load_catalog(extra=args.content).exercises


def find_exercise(args: argparse.Namespace, wanted: str) -> Exercise:
    """An exercise by id, or by the path of its file."""
    if wanted.endswith((".yaml", ".yml")) or Path(wanted).is_file():
        from cjtrainer.deck.load import load_file

        path = Path(wanted).expanduser()
        if not path.is_file():
            raise CjError(t("exercise.cli.no-file", path=path))
        result = load_file(path)
        if result.exercise is None:
            errors = [str(p) for p in result.problems if p.severity == "error"]
            first = errors[0] if errors else ""
            raise CjError(t("exercise.cli.not-exercise", path=path, first=first),
                          t("exercise.cli.validate.hint", path=path))
        return result.exercise
    exercises = _catalog_exercises(args)
    if wanted in exercises:
        return exercises[wanted]
    choices = ", ".join(sorted(exercises)) or "-"
    raise CjError(t("exercise.cli.unknown", id=wanted), t("exercise.cli.choose", ids=choices))


def _plain(text: str) -> str:
    """Teacher's text on one terminal line: no control characters (escape codes)."""
    from cjtrainer.exercise.model import clean_text

    return clean_text(text, 200)


# --- actions ---------------------------------------------------------------------------


def _list(args: argparse.Namespace) -> int:
    from cjtrainer.deck.catalog import load_catalog

    catalog = load_catalog(extra=args.content)
    exercises = catalog.exercises
    skipped = [path for path, _ in catalog.skipped if path.is_file()]
    if not exercises:
        print(t("exercise.cli.none"))
        if skipped:
            print(t("exercise.cli.skipped", count=len(skipped)))
        return 0
    history = _store(args).history()
    rows = [(t("exercise.cli.col.id"), t("exercise.cli.col.title"), t("exercise.cli.col.phases"),
             t("exercise.cli.col.minutes"), t("exercise.cli.col.attempts"),
             t("exercise.cli.col.last"))]
    for exercise in sorted(exercises.values(), key=lambda e: e.id):
        mine = [h for h in history if h.exercise_id == exercise.id]
        scores = [h.score for h in mine if h.score is not None]
        rows.append((
            exercise.id, _plain(exercise.title), str(len(exercise.sections)),
            str(exercise.minutes or "-"), str(len(mine)),
            f"{scores[-1]}%" if scores else "-",
        ))
    print(text_table(rows, right=(2, 3, 4, 5)))
    print()
    print(t("exercise.cli.list.hint"))
    if skipped:
        print(t("exercise.cli.skipped", count=len(skipped)))
    return 0


def _start(args: argparse.Namespace, wanted: str) -> int:
    exercise = find_exercise(args, wanted)
    data_dir = _data_dir(args)
    _store(args).close()  # a locked or too new file is reported here, before the screen opens
    from cjtrainer.commands.app import check_terminal
    from cjtrainer.ui.exercise.screen import ExerciseApp

    check_terminal()
    app = ExerciseApp(exercise, data_dir)
    app.run()
    if app.error is not None:
        raise app.error  # logged by the CLI, shown as one friendly line
    return 0


def _pick_attempt(store: ExerciseStore, target: str | None) -> Attempt:
    if target is None:
        attempt = store.latest(finished=True) or store.latest()
        if attempt is None:
            raise CjError(t("exercise.cli.no-attempts"), t("exercise.cli.no-attempts.hint"))
        return attempt
    if target.isdigit():
        attempt = store.load(int(target))
        if attempt is None:
            raise CjError(t("exercise.cli.no-attempt", attempt=target),
                          t("exercise.cli.history.hint"))
        return attempt
    attempt = store.latest(target, finished=True) or store.latest(target)
    if attempt is None:
        raise CjError(t("exercise.cli.no-attempts-for", id=target),
                      t("exercise.cli.no-attempts.hint"))
    return attempt


def _student_name(given: str | None) -> str:
    from cjtrainer import config
    from cjtrainer.exercise.model import clean_name

    settings = config.load()
    name = clean_name(given or "") or clean_name(settings.student_name or "")
    if not name and sys.stdin.isatty():
        try:
            name = clean_name(input(t("exercise.cli.ask-name")))
        except EOFError:
            name = ""
    if not name:
        raise CjError(t("exercise.cli.need-name"), t("exercise.cli.need-name.hint"))
    if name != settings.student_name:
        try:  # remembering is a convenience; the export itself goes on
            config.save(replace(settings, student_name=name))
        except CjError as error:  # e.g. a config.toml it cannot read: kept as it is
            print(error, file=sys.stderr)
    return name


def _export(args: argparse.Namespace, target: str | None) -> int:
    from cjtrainer.exercise.model import Step
    from cjtrainer.exercise.report import default_filename, free_path, to_markdown, write

    store = _store(args)
    attempt = _pick_attempt(store, target)
    name = _student_name(args.name)
    text = to_markdown(attempt, name, language=language())
    if args.output == "-":
        write_document(text)
        return 0
    path = Path(args.output).expanduser() if args.output else Path.cwd()
    if path.is_dir() or (args.output or "").endswith(("/", "\\")):
        path = free_path(path / default_filename(attempt, name))
    try:
        written = write(path, text)
    except OSError as error:
        from cjtrainer.config import os_reason

        raise CjError(msg("exercise.export.failed", path=path, error=os_reason(error)),
                      msg("exercise.cli.output.hint")) from error
    store.set_export_path(attempt.id, written)
    print(t("exercise.export.done", path=written))
    if attempt.step is not Step.DONE:
        print(t("exercise.cli.unfinished-note"))
    return 0


def _history(args: argparse.Namespace, target: str | None) -> int:
    from cjtrainer.exercise.report import format_date

    store = _store(args)
    items = store.history(target)
    if not items:
        print(t("exercise.cli.no-attempts-for", id=target) if target else
              t("exercise.cli.no-attempts"))
        return 0
    rows = [(t("exercise.history.attempt"), t("exercise.cli.col.id"),
             t("exercise.history.date"), t("exercise.history.step"),
             t("exercise.history.score"))]
    for item in items:
        rows.append((str(item.id), item.exercise_id, format_date(item.dated_at),
                     t(f"exercise.step.{item.step.value}"),
                     f"{item.score}%" if item.score is not None else "-"))
    print(text_table(rows, right=(0, 4)))
    saved = [item for item in items if item.export_path is not None]
    if saved:
        print()
        print(t("exercise.cli.history.saved"))
        for item in saved:
            print(f"{item.id:>6}  {item.export_path}")
    scores = [h.score for h in items if h.score is not None]
    if scores:
        print()
        print(t("exercise.history.summary", count=len(scores), best=max(scores),
                last=scores[-1]))
    print()
    print(t("exercise.cli.history.show-hint"))
    return 0


# A hand-in is a page or two; a file this large is not one (it is not read whole).
MAX_HANDIN_BYTES = 1024 * 1024


def _show(args: argparse.Namespace, wanted: str) -> int:
    """One attempt's hand-in: the file it was saved to while that is still there (what the
    teacher got), else made again from the store, and the student is told which."""
    from cjtrainer import config
    from cjtrainer.exercise.report import to_markdown
    from cjtrainer.inert import inert

    if not wanted.isdigit():
        raise CjError(t("exercise.cli.no-attempt", attempt=wanted),
                      t("exercise.cli.history.hint"))
    store = _store(args)
    attempt = store.load(int(wanted))
    if attempt is None:
        raise CjError(t("exercise.cli.no-attempt", attempt=wanted),
                      t("exercise.cli.history.hint"))
    path = store.export_path(attempt.id)
    text = None
    if path is not None and path.is_file():
        try:
            with path.open("rb") as handle:
                data = handle.read(MAX_HANDIN_BYTES + 1)
            if len(data) <= MAX_HANDIN_BYTES:
                text = data.decode("utf-8", errors="replace")
        except OSError:
            text = None
    if text is not None:
        note = t("exercise.cli.show.from-file", path=path)
    else:
        note = t("exercise.cli.show.from-store" if path is None else
                 "exercise.cli.show.file-gone", path=path)
        text = to_markdown(attempt, config.load().student_name, language=language())
    print(note, file=sys.stderr)
    write_document(inert(text, newlines=True))  # a file on disk may have been edited
    return 0
