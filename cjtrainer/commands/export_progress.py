"""``cjtrainer export-progress``: the student's hand-in file for the teacher's class report."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cjtrainer.errors import CjError
from cjtrainer.i18n import t


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    p = subparsers.add_parser("export-progress", parents=parents,
                              help=t("teacher.export.help"), description=t("teacher.export.help"))
    p.add_argument("-o", "--output", metavar="BESTAND", help=t("teacher.export.arg.output"))
    p.add_argument("--name", help=t("teacher.export.arg.name"))
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cjtrainer import __version__, config, paths
    from cjtrainer.deck.catalog import load_catalog
    from cjtrainer.learn.store import Store, default_path
    from cjtrainer.teacher.handin import build_handin, handin_file_name

    now = datetime.now(UTC)
    name = _student_name(args.name, config)
    data_dir = paths.data_dir(args.data_dir)
    store_path = default_path(data_dir)
    try:
        exercises = exercise_attempts(data_dir)
    except Exception as error:  # optional part: the cards still go in the hand-in
        print(t("teacher.export.no-exercises", error=getattr(error, "message", error)),
              file=sys.stderr)
        exercises = []
    if store_path.exists():
        store = Store(store_path)
        try:
            progress = store.export_json(time=now)
        finally:
            store.close()
    elif exercises:  # exercises done, no cards studied yet
        progress = {"format": "cjtrainer-progress", "version": 1,
                    "exported_at": now.isoformat(), "cards": [], "reviews": [], "undone": [],
                    "resets": []}
    else:
        raise CjError(t("teacher.export.no-progress", path=data_dir),
                      t("teacher.export.no-progress.hint"))
    catalog = load_catalog(extra=args.content)
    document = build_handin(student=name, progress=progress, decks=catalog.decks,
                            exercises=exercises, time=now, app_version=__version__)
    text = json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    undone = {u["uid"] for u in progress.get("undone", [])}
    answers = sum(1 for r in progress.get("reviews", []) if r["uid"] not in undone)
    cards = len({f"{r['deck']}/{r['card']}" for r in progress.get("reviews", [])})
    summary = t("teacher.export.done", name=name, cards=cards, answers=answers,
                exercises=len(exercises))
    if args.output == "-":
        sys.stdout.write(text)
        print(summary, file=sys.stderr)
        return 0
    output = Path(args.output) if args.output else Path.cwd() / handin_file_name(name, now)
    if output.is_dir():
        output = output / handin_file_name(name, now)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        tmp = output.with_name(f".{output.name}.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(output)
    except OSError as error:
        raise CjError(t("teacher.import.unwritable", path=output, error=error.strerror)) from None
    print(summary)
    print(t("teacher.export.where", path=output))
    return 0


def _student_name(given: str | None, config: Any) -> str:
    """--name, else the remembered name, else asked once (interactive only) and remembered."""
    settings = config.load()
    if given and given.strip():
        return " ".join(given.split())
    if settings.student_name and settings.student_name.strip():
        return str(settings.student_name).strip()
    if not sys.stdin.isatty():
        raise CjError(t("teacher.export.need-name"), t("teacher.export.need-name.hint"))
    for _ in range(3):
        try:
            answer = input(t("teacher.export.ask-name"))
        except EOFError:
            break
        name = " ".join(answer.split())[:80]
        if name:
            if not settings.problems:  # never overwrite a config file we could not read
                config.save(replace(settings, student_name=name))
            return name
    raise CjError(t("teacher.export.need-name"), t("teacher.export.need-name.hint"))


def exercise_attempts(data_dir: Path) -> list[dict[str, Any]]:
    """Exercise attempts from the exercise store, when there is one (else empty)."""
    if not (data_dir / "exercises.sqlite3").exists():
        return []
    try:
        from cjtrainer.exercise.model import progress_to_dict
        from cjtrainer.exercise.store import ExerciseStore
    except ImportError:
        return []
    store = ExerciseStore(data_dir)
    try:
        out = []
        for summary in store.history():
            attempt = store.load(summary.id)
            out.append({
                "exercise": summary.exercise_id,
                "title": summary.title,
                "started_at": _iso(summary.started_at),
                "finished_at": _iso(summary.finished_at),
                "step": str(summary.step),
                "score": summary.score,
                "progress": progress_to_dict(attempt) if attempt is not None else None,
            })
        return out
    finally:
        store.close()


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat()
