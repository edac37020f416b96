"""`cjtrainer decks`: the decks the app will use, where they come from, and what was skipped."""

from __future__ import annotations

import argparse

from cjtrainer.commands.table import text_table
from cjtrainer.i18n import t
from cjtrainer.inert import inert


def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "decks", parents=parents, help=t("cli.help.decks"),
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import json

    from cjtrainer import config
    from cjtrainer.deck.catalog import load_catalog

    settings = config.report_problems()
    catalog = load_catalog(extra=args.content)
    if args.format == "json":
        data = {
            "settings_problems": list(settings.problems),
            "decks": [
                {"id": d.id, "title": d.title, "cards": len(d.cards), "path": str(d.path),
                 "folder": str(catalog.origin(d.id))}
                for d in catalog.decks.values()
            ],
            "exercises": [{"id": e.id, "title": e.title, "path": str(e.path)}
                          for e in catalog.exercises.values()],
            "skipped": [{"path": str(path), "problems": [p.as_json() for p in problems]}
                        for path, problems in catalog.skipped],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not catalog.decks:
        print(t("decks.none", folders=", ".join(str(f) for f in catalog.folders)))
    else:
        rows = [(t("decks.header.id"), t("decks.header.title"), t("decks.header.cards"),
                 t("decks.header.folder"))]
        for deck in catalog.decks.values():  # file order: the lesson order
            rows.append((deck.id, deck.title, str(len(deck.cards)), str(catalog.origin(deck.id))))
        print(text_table(rows, right=(2,)))
    if catalog.exercises:
        print()
        print(t("decks.exercises"))
        for exercise in catalog.exercises.values():
            print(f"  {exercise.id}  {exercise.title}")
    if catalog.skipped:
        print()
        print(t("decks.skipped"))
        for path, problems in catalog.skipped:
            first = problems[0] if problems else None
            reason = (t("decks.skipped.problems", count=len(problems),
                        first=f"{first.line}:{first.column} {first.message}") if first else "")
            print(f"  {inert(str(path))}: {reason}")  # a file name can hold escape codes
    return 0
