"""``cjtrainer try CARD ANSWER... [--format json]``: what would a student get?

For teachers: grades one answer against one card exactly as a study session does (the
same grader, the same known terms of the deck), prints the verdict and the feedback a
student would see, and saves nothing. CARD is ``deck-id/card-id`` (derived ids too); each
ANSWER is one part: one gap, one list item, one position of an order card, one choice
text, one ``left=right`` pair of a match card (a typed card joins them with spaces).
"""

from __future__ import annotations

import argparse
import json

from cjtrainer.i18n import t
from cjtrainer.learn.trial import try_answer


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    p = subparsers.add_parser("try", parents=parents, help=t("learn.try.help"),
                              description=t("learn.try.description"))
    p.add_argument("card", metavar="KAART", help=t("learn.try.arg.card"))
    p.add_argument("answer", metavar="ANTWOORD", nargs="*", help=t("learn.try.arg.answer"))
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help=t("learn.try.arg.format"))
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cjtrainer.deck.catalog import load_catalog
    from cjtrainer.inert import inert

    catalog = load_catalog(extra=args.content)
    data = try_answer(catalog.decks, args.card, list(args.answer))
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(inert(f"{t('learn.try.verdict.' + data['verdict'])} ({data['score']:.0%})"))
    print(inert(data["feedback"]))
    for part in data["parts"]:
        mark = "✓" if part["correct"] else "✗"
        shown = part["given"] or "…"
        line = f"  {mark} {shown}"
        if part["status"] not in ("right", "missing", "wrong") or not part["correct"]:
            line += f"  [{t('learn.try.status.' + part['status'])}"
            if part["expected"] and part["expected"] != part["given"]:
                line += f": {part['expected']}"
            line += "]"
        print(inert(line))
    return 0
