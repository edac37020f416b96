"""``cjtrainer backup list|restore [NUMBER|NAME]``: the automatic backups of the progress."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from cjtrainer.errors import CjError
from cjtrainer.i18n import t

if TYPE_CHECKING:
    from cjtrainer.learn.backup import Backup


def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("backup", parents=parents, help=t("backup.help"),
                                   description=t("backup.help"))
    parser.add_argument("action", nargs="?", choices=("list", "restore"), default="list",
                        help=t("backup.arg.action"))
    parser.add_argument("which", nargs="?", metavar="NUMMER|NAAM", help=t("backup.arg.which"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cjtrainer import paths
    from cjtrainer.learn import backup

    data_dir = paths.data_dir(getattr(args, "data_dir", None))
    backups = backup.list_backups(data_dir)
    if not backups:
        raise CjError(t("backup.none", folder=backup.folder(data_dir)), t("backup.hint.none"))
    if args.action == "list":
        for number, item in enumerate(backups, 1):
            answers = backup.answers_in(item)
            count = (t("backup.answers", count=answers) if answers is not None
                     else t("backup.unreadable"))
            print(f"{number:>3}  {item.shown_time}  {count}  {item.name}")
        print(t("backup.list-hint"))
        return 0
    chosen = pick(backups, args.which)
    moved = backup.restore(data_dir, chosen, datetime.now(UTC))
    print(t("backup.restored", when=chosen.shown_time))
    if moved is not None:
        print(t("backup.moved-aside", path=moved))
    return 0


def pick(backups: list[Backup], which: str | None) -> Backup:
    """By number in the list (1 = newest, the default) or by file name."""
    if not which:
        return backups[0]
    if which.isdigit() and 1 <= int(which) <= len(backups):
        return backups[int(which) - 1]
    for item in backups:
        if item.name == which:
            return item
    raise CjError(t("backup.unknown", which=which), t("backup.hint.list"))
