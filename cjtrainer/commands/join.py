"""`cjtrainer join HOST[:PORT]`: take part in a classroom quiz (the student's screen)."""

from __future__ import annotations

import argparse

from cjtrainer.i18n import t


def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("join", parents=parents, help=t("classroom.join.help"))
    p.add_argument("address", metavar="HOST[:PORT]", help=t("classroom.join.opt.address"))
    p.add_argument("--code", default=None, help=t("classroom.join.opt.code"))
    p.add_argument("--name", default=None, help=t("classroom.join.opt.name"))
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cjtrainer.classroom.client import parse_address

    url = parse_address(args.address)
    from cjtrainer.commands.app import check_terminal
    from cjtrainer.ui.classroom.join import run_join_app

    check_terminal()
    return run_join_app(url, code=args.code, name=args.name)
