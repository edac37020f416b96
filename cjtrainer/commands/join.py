"""`cjtrainer join HOST[:PORT]`: take part in a classroom quiz (the student's screen)."""

from __future__ import annotations

import argparse

from cjtrainer.i18n import t


def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("join", parents=parents, help=t("classroom.join.help"))
    p.add_argument("address", metavar="HOST[:PORT]", help="het adres op het scherm van je docent")
    p.add_argument("--code", default=None, help="de code van de quiz (anders vraagt het scherm)")
    p.add_argument("--name", default=None, help="je naam in de quiz")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cjtrainer.classroom.client import parse_address

    url = parse_address(args.address)
    from cjtrainer.classroom.screens.join import run_join_app

    return run_join_app(url, code=args.code, name=args.name)
