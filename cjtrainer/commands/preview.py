"""``cjtrainer preview FILE``: browse a deck or exercise with its answers; nothing is saved."""

from __future__ import annotations

import argparse
from pathlib import Path

from cjtrainer.errors import CjError
from cjtrainer.i18n import t


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    p = subparsers.add_parser("preview", parents=parents, help=t("teacher.preview.help"),
                              description=t("teacher.preview.help"))
    p.add_argument("file", metavar="BESTAND", help=t("teacher.preview.arg.file"))
    p.set_defaults(handler=run)


def resolve(name: str, content: list[str]) -> Path:
    """A path as given, or the file of the deck or exercise with that id."""
    path = Path(name)
    if path.is_file():
        return path
    if path.suffix.lower() not in (".yaml", ".yml") and "/" not in name and "\\" not in name:
        from cjtrainer.deck.catalog import load_catalog

        catalog = load_catalog(extra=content)
        item = catalog.decks.get(name) or catalog.exercises.get(name)
        if item is not None:
            return item.path
    raise CjError(t("teacher.preview.not-found", name=name), t("teacher.preview.not-found.hint"))


def run(args: argparse.Namespace) -> int:
    from cjtrainer import config

    config.report_problems()  # seen again when the preview closes
    path = resolve(args.file, args.content)
    from cjtrainer.commands.app import check_terminal
    from cjtrainer.ui.teacher.preview import run_preview

    check_terminal()
    return run_preview(path)
