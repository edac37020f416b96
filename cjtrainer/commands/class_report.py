"""``cjtrainer class-report FILES... [-o report.csv]``: the class overview for the teacher."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from cjtrainer.errors import CjError
from cjtrainer.i18n import t
from cjtrainer.inert import inert

if TYPE_CHECKING:
    from cjtrainer.teacher.handin import CardInfo, HandIn


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    p = subparsers.add_parser("class-report", parents=parents, help=t("teacher.report.help"),
                              description=t("teacher.report.description"))
    p.add_argument("files", nargs="+", metavar="BESTAND", help=t("teacher.report.arg.files"))
    p.add_argument("-o", "--output", metavar="report.csv", help=t("teacher.report.arg.output"))
    p.add_argument("--hardest", type=int, default=10, metavar="N",
                   help=t("teacher.report.arg.hardest"))
    p.add_argument("--deck", action="append", metavar="DECK", help=t("teacher.report.arg.deck"))
    p.add_argument("--since", metavar="JJJJ-MM-DD", help=t("teacher.report.arg.since"))
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cjtrainer.teacher.handin import HandInError, read_handin
    from cjtrainer.teacher.report import (
        ClassroomAnswer,
        build_report,
        read_classroom_csv,
        read_classroom_prompts,
        render_text,
        write_csv,
    )

    since = _since(args.since) if getattr(args, "since", None) else None
    handins: list[HandIn] = []
    classroom: list[ClassroomAnswer] = []
    prompts: dict[str, str] = {}
    skipped: list[HandInError] = []
    served = _served_handins([n for n in args.files if _is_root(n)], args)
    handins.extend(served)
    for path, in_folder in _expand([n for n in args.files if not _is_root(n)]):
        if path.suffix.lower() == ".csv":
            try:
                answers = read_classroom_csv(path)
            except CjError:
                if not in_folder:
                    raise
                print(t("teacher.report.other-csv-skipped", path=path))  # e.g. an earlier report
                continue
            if answers is None:  # a summary file: only the question texts are of use
                prompts.update(read_classroom_prompts(path))
            else:
                classroom.extend(answers)
        else:
            try:
                handins.append(read_handin(path))
            except HandInError as error:  # one bad file never hides the rest of the class
                skipped.append(error)
    if skipped:
        print(t("teacher.report.skipped", count=len(skipped)), file=sys.stderr)
        for refused in skipped:
            print(f"  {inert(refused.message)}", file=sys.stderr)
        print(f"  {t('cli.hint', hint=t('teacher.handin.hint'))}", file=sys.stderr)
    if not handins and not classroom:
        raise CjError(t("teacher.report.nothing"), t("teacher.report.nothing.hint"))
    known, deck_cards = _known_cards(handins, getattr(args, "content", None) or [])
    decks = getattr(args, "deck", None)
    report = build_report(handins, classroom, prompts, known=known, deck_cards=deck_cards,
                          decks=decks, since=since)
    missing = sorted(set(decks or ()) - set(report.decks)
                     - {c.key.partition("/")[0] for c in report.cards})
    if missing:
        print(t("teacher.report.unknown-deck", decks=", ".join(inert(d) for d in missing)),
              file=sys.stderr)
    print(render_text(report, hardest=max(1, args.hardest)), end="")
    if args.output:
        try:
            written = write_csv(report, Path(args.output))
        except OSError as error:
            raise CjError(t("teacher.import.unwritable", path=args.output,
                            error=error.strerror)) from None
        print()
        print(t("teacher.report.written", paths=", ".join(str(p) for p in written)))
    return 0


def _is_root(name: str) -> bool:
    from cjtrainer.teacher.served import is_serve_root

    return Path(name).is_dir() and is_serve_root(Path(name))


def _served_handins(roots: list[str], args: argparse.Namespace) -> list[HandIn]:
    """Every student of a `cjtrainer serve` root, read from their own progress: browser
    students hand in no files. A student who has not studied yet is counted, not listed."""
    from cjtrainer.teacher.export import make_handin
    from cjtrainer.teacher.handin import parse_handin
    from cjtrainer.teacher.served import served_students

    found: list[HandIn] = []
    for root in roots:
        nothing = 0
        for student in served_students(Path(root)):
            try:
                document = make_handin(student.data_dir, student.name,
                                       content=getattr(args, "content", None) or [])
            except CjError:
                nothing += 1
                continue
            found.append(parse_handin(student.data_dir.parent, document.data))
        if nothing:
            print(t("teacher.report.served-empty", count=nothing, root=root), file=sys.stderr)
    return found


def _expand(names: list[str]) -> list[tuple[Path, bool]]:
    """Files as given; a folder stands for the .json and .csv files in it."""
    out: list[tuple[Path, bool]] = []
    for name in names:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.iterdir()
                           if p.suffix.lower() in (".json", ".csv") and p.is_file())
            if not found:
                raise CjError(t("teacher.report.empty-folder", path=path))
            out.extend((p, True) for p in found)
        elif not path.exists():
            raise CjError(t("teacher.handin.missing", path=path))
        else:
            out.append((path, False))
    return out


def _since(value: str) -> datetime:
    """The start of that day, local time."""
    try:
        return datetime.combine(date.fromisoformat(value.strip()), time()).astimezone()
    except ValueError:
        raise CjError(t("teacher.report.bad-since", value=inert(value)),
                      t("teacher.report.bad-since.hint")) from None


def _known_cards(handins: Sequence[HandIn], content: Sequence[str]
                 ) -> tuple[dict[str, CardInfo], dict[str, frozenset[str]]]:
    """The cards the hand-ins answered, as the teacher's own decks (bundled, config,
    --content) describe them: those texts and tags are trusted over any hand-in's; and
    which cards those decks have (for "geleerd X van Y")."""
    from cjtrainer.deck.catalog import load_catalog
    from cjtrainer.teacher.handin import CardInfo, card_infos

    keys = {answer.key for handin in handins for answer in handin.answers}
    keys.update(key for handin in handins for key in handin.cards)
    keys.update(key for handin in handins for key in handin.phases)
    if not keys:
        return {}, {}
    catalog = load_catalog(extra=content)
    studied = {key.partition("/")[0] for key in keys}
    deck_cards = {deck: frozenset(card.key for card in catalog.decks[deck].cards)
                  for deck in studied if deck in catalog.decks}
    return {key: CardInfo(deck=info["deck"], type=info["type"], text=info["text"],
                          tags=tuple(info["tags"]))
            for key, info in card_infos(keys, catalog.decks).items()}, deck_cards
