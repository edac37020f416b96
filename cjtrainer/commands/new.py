"""``cjtrainer new deck ID`` / ``cjtrainer new exercise ID``: a commented starter file."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from cjtrainer import atomic
from cjtrainer.config import os_reason_text
from cjtrainer.errors import CjError
from cjtrainer.i18n import t


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    p = subparsers.add_parser("new", parents=parents, help=t("teacher.new.help"),
                              description=t("teacher.new.help"))
    p.add_argument("kind", choices=("deck", "exercise"), help=t("teacher.new.arg.kind"))
    p.add_argument("item_id", metavar="ID", help=t("teacher.new.arg.id"))
    p.add_argument("-o", "--output", metavar="PAD", help=t("teacher.new.arg.output"))
    p.add_argument("--title", metavar="TITEL", help=t("teacher.new.arg.title"))
    p.add_argument("--force", action="store_true", help=t("teacher.import.arg.force"))
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cjtrainer.commands.import_ import ID_PATTERN, id_clash
    from cjtrainer.deck.importers import MAX_ID_LENGTH
    from cjtrainer.deck.load import load_file
    from cjtrainer.deck.templates import render
    from cjtrainer.text import slugify

    if not ID_PATTERN.fullmatch(args.item_id):
        raise CjError(
            t("teacher.new.bad-id", id=args.item_id),
            t("teacher.new.bad-id.hint", kind=args.kind,
              suggestion=slugify(args.item_id, fallback=f"mijn-{args.kind}",
                                 limit=MAX_ID_LENGTH)),
        )
    output = Path(args.output) if args.output else Path(f"{args.item_id}.yaml")
    if output.is_dir() or (args.output or "").endswith(("/", os.sep)):
        output = output / f"{args.item_id}.yaml"
    if output.exists() and not args.force:
        raise CjError(t("teacher.import.exists", path=output), t("teacher.new.exists.hint"))
    text = render(args.kind, args.item_id, title=args.title, file_name=str(output))
    try:
        atomic.write_text(output, text)
    except OSError as error:
        raise CjError(t("teacher.import.unwritable", path=output, error=os_reason_text(error))) from None
    print(t(f"teacher.new.done.{args.kind}", path=output))
    result = load_file(output)
    for problem in result.problems:
        print(f"  {problem}")
    clash = id_clash(args.item_id, output, args.content)
    if clash is not None:
        print(t("teacher.import.id-clash", id=args.item_id, path=clash))
    print(t("teacher.new.next", path=output))
    return 1 if result.errors else 0
