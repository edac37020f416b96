"""``cjtrainer class-report FILES... [-o report.csv]``: the class overview for the teacher."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from cjtrainer import csvfile
from cjtrainer.config import os_reason_text
from cjtrainer.errors import CjError
from cjtrainer.i18n import LANGUAGES, Message, render, t, text_in
from cjtrainer.inert import inert
from cjtrainer.teacher.report import ClassReport, ExerciseRow, StudentRow, study_minutes, whole
from cjtrainer.text import shorten

if TYPE_CHECKING:
    from cjtrainer.teacher.handin import CardInfo, HandIn


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    p = subparsers.add_parser("class-report", parents=parents, help=t("teacher.report.help"),
                              description=t("teacher.report.description"))
    p.add_argument("files", nargs="+", metavar="BESTAND", help=t("teacher.report.arg.files"))
    p.add_argument("-o", "--output", metavar="report.csv", help=t("teacher.report.arg.output"))
    p.add_argument("--force", action="store_true", help=t("teacher.report.arg.force"))
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
    )

    since = _since(args.since) if getattr(args, "since", None) else None
    handins: list[HandIn] = []
    classroom: list[ClassroomAnswer] = []
    prompts: dict[str, str] = {}
    skipped: list[HandInError] = []
    inputs = _expand([n for n in args.files if not _is_root(n)])
    output = (_checked_output(Path(args.output), [path for path, _ in inputs],
                              force=getattr(args, "force", False))
              if args.output else None)
    served = _served_handins([n for n in args.files if _is_root(n)], args)
    handins.extend(served)
    for path, in_folder in inputs:
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
    if output is not None:
        try:
            written = write_csv(report, output)
        except OSError as error:
            raise CjError(t("teacher.import.unwritable", path=output,
                            error=os_reason_text(error))) from None
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


def _checked_output(path: Path, inputs: list[Path], force: bool) -> Path:
    """Where the report may go: a .csv name, never one of the files it reads (a student's
    hand-in), and no existing file unless it is an earlier class report or --force."""
    if path.is_dir():
        raise CjError(t("teacher.report.output-folder", path=path),
                      t("teacher.report.output.hint"))
    if path.suffix.lower() not in ("", ".csv"):
        raise CjError(t("teacher.report.output-not-csv", path=path, suffix=path.suffix),
                      t("teacher.report.output.hint"))
    read = {p.resolve() for p in inputs}
    for target, columns in zip(csv_paths(path), REPORT_COLUMNS, strict=True):
        if not target.exists() or _is_earlier_report(target, columns):
            continue  # a new file, or a re-run's own report (also in the folder it reads)
        if target.resolve() in read:
            raise CjError(t("teacher.report.output-is-input", path=target),
                          t("teacher.report.output.hint"))
        if not force:
            raise CjError(t("teacher.import.exists", path=target),
                          t("teacher.report.exists.hint"))
    return path


def _is_earlier_report(path: Path, columns: tuple[str, ...]) -> bool:
    """Whether the file's first line is this report's header (in either language)."""
    try:
        with path.open("rb") as file:
            first = file.readline(4096).decode("utf-8-sig").rstrip("\r\n")
    except (OSError, UnicodeDecodeError):
        return False
    return any(first == ";".join(text_in(language, key) for key in columns)
               for language in LANGUAGES)


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


# --- the report as text and as CSV (the edge: the report itself holds no text) -----------


def _text(text: str | Message) -> str:
    return render(text) if isinstance(text, Message) else text


def percent(value: float | None) -> str:
    return "-" if value is None else f"{whole(value)}%"


def duration(seconds: int) -> str:
    """Study time on screen: the CSV's whole minutes, written as hours and minutes."""
    hours, minutes = divmod(study_minutes(seconds), 60)
    if hours:
        return t("teacher.report.hours", hours=hours, minutes=f"{minutes:02d}")
    return f"{minutes} min"


def excel_time(moment: datetime | None, tz: tzinfo | None = None) -> str:
    """``YYYY-MM-DD HH:MM`` in local time: a date and time Excel (also Dutch Excel) reads
    as one, where an ISO time with ``T`` and ``+00:00`` stays text."""
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M") if moment else ""


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], widths: dict[int, int] | None = None
          ) -> str:
    """A plain-text table, columns padded; cells longer than ``widths[i]`` are shortened."""
    widths = widths or {}
    cells = [[shorten(str(c), widths.get(i), one_line=True) for i, c in enumerate(row)]
             for row in rows]
    sizes = [len(h) for h in headers]
    for row in cells:
        for i, cell in enumerate(row):
            sizes[i] = max(sizes[i], len(cell))
    lines = ["  ".join(h.ljust(sizes[i]) for i, h in enumerate(headers)).rstrip()]
    lines.append("  ".join("-" * size for size in sizes))
    for row in cells:
        lines.append("  ".join(c.ljust(sizes[i]) for i, c in enumerate(row)).rstrip())
    return "\n".join(lines)


def _fit_end(text: str, width: int) -> str:
    """Shortened at the front: derived card ids differ only at the end
    ('deck/model.choice.afleveren', 'deck/model.choice.customer-care')."""
    return text if len(text) <= width else "…" + text[-(width - 1):]


def _last_paragraph(text: str) -> str:
    """Questions made from a model share their first paragraph ("Welk onderdeel van ...
    wordt hier beschreven?"); the last one says which question it is."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    return paragraphs[-1] if paragraphs else text


def render_text(report: ClassReport, *, hardest: int = 10) -> str:
    parts = [t("teacher.report.title.students", count=len(report.students))]
    parts.append(table(
        [t("teacher.report.col.name"), t("teacher.report.col.cards"),
         t("teacher.report.col.answers"), t("teacher.report.col.right"),
         t("teacher.report.col.retention"), t("teacher.report.col.time"),
         t("teacher.report.col.exercises"), t("teacher.report.col.classroom"),
         t("teacher.report.col.weakest")],
        [[s.name, *(
            [str(s.cards_studied), str(s.answers), percent(s.right), percent(s.retention),
             duration(s.study_seconds),
             f"{s.exercises} ({percent(s.exercise_score)})" if s.exercises else "0"]
            if s.handed_in else ["-"] * 6),
          f"{s.classroom_answers} ({percent(s.classroom_right)})" if s.classroom_answers else "-",
          ", ".join(f"{tag} {percent(share)}" for tag, share in s.weakest) or "-"]
         for s in report.students],
        widths={0: 24, 8: 48},
    ))
    if report.cards:
        parts.append("")
        parts.append(t("teacher.report.title.cards", count=min(hardest, len(report.cards)),
                       total=len(report.cards)))
        parts.append(table(
            [t("teacher.report.col.card"), t("teacher.report.col.text"),
             t("teacher.report.col.students"), t("teacher.report.col.answers"),
             t("teacher.report.col.right")],
            [[_fit_end(c.key, 40), _last_paragraph(c.text), str(c.students), str(c.answers),
              percent(c.right)]
             for c in report.cards[:hardest]],
            widths={1: 44},
        ))
    if report.decks:
        parts.append("")
        parts.append(t("teacher.report.title.decks"))
        parts.append(table(
            [t("teacher.report.col.name"), *report.decks],
            [[s.name, *(_learned(s, deck) for deck in report.decks)]
             for s in report.students if s.decks],
            widths={0: 24},
        ))
    overridden = [c for c in report.cards if c.overrides]
    if overridden:
        parts.append("")
        parts.append(t("teacher.report.title.overrides"))
        parts.append(table(
            [t("teacher.report.col.card"), t("teacher.report.col.text"),
             t("teacher.report.col.overrides"), t("teacher.report.col.typed")],
            [[_fit_end(c.key, 40), _last_paragraph(c.text), str(c.overrides),
              " | ".join(c.overridden) or "-"]
             for c in sorted(overridden, key=lambda c: (-c.overrides, c.key))],
            widths={1: 36, 3: 48},
        ))
    if report.exercises:
        parts.append("")
        parts.extend(_exercise_lines(report.exercises))
    if report.topics:
        parts.append("")
        parts.append(t("teacher.report.title.topics"))
        parts.append(table(
            [t("teacher.report.col.topic"), t("teacher.report.col.students"),
             t("teacher.report.col.answers"), t("teacher.report.col.right")],
            [[row.tag, str(row.students), str(row.answers), percent(row.right)]
             for row in report.topics],
        ))
    if report.sessions:
        parts.append("")
        parts.append(t("teacher.report.sessions", sessions=", ".join(report.sessions)))
    for note in report.notes:
        parts.append(render(note))
    return "\n".join(parts) + "\n"


def _learned(student: StudentRow, deck: str) -> str:
    row = next((d for d in student.decks if d.deck == deck), None)
    return t("teacher.report.learned", learned=row.learned, total=row.total) if row else "-"


def _exercise_lines(rows: Sequence[ExerciseRow]) -> list[str]:
    """Per exercise, each student's attempts: their answers and their own verdicts."""
    lines: list[str] = []
    current = None
    for row in rows:
        if (row.title, row.exercise) != current:
            if current is not None:
                lines.append("")
            current = (row.title, row.exercise)
            lines.append(t("teacher.report.title.exercise", title=row.title, id=row.exercise))
        state = (f"{row.score}%" if row.score is not None
                 else t("teacher.report.exercise.done") if row.finished_at
                 else t("teacher.report.exercise.open"))
        when = excel_time(row.finished_at or row.started_at)
        lines.append(f"  {row.student} — {state}" + (f" ({when})" if when else ""))
        for answer in row.answers:
            part = _text(answer.part)
            label = f"{part} {answer.number}" if answer.number else part
            # one line per answer: an answer's own line breaks read as " / "
            lines_of = [line for line in answer.text.splitlines() if line.strip()]
            text = shorten(" / ".join(lines_of), 70, one_line=True) or (
                "" if not answer.number else t("teacher.report.exercise.empty"))
            verdict = _text(answer.verdict) if answer.verdict else ""
            # an answer and its verdict; a rubric criterion has only the verdict
            said = (f"{text} — {verdict}" if text and verdict else text or verdict)
            lines.append(f"    {shorten(label, 30, one_line=True)}: {said}".rstrip(": "))
    return lines


def csv_paths(path: Path) -> tuple[Path, Path, Path, Path, Path]:
    """students, cards, topics, decks (learned per student per deck), exercises."""
    suffix = path.suffix or ".csv"
    return (path, path.with_name(f"{path.stem}-cards{suffix}"),
            path.with_name(f"{path.stem}-topics{suffix}"),
            path.with_name(f"{path.stem}-decks{suffix}"),
            path.with_name(f"{path.stem}-exercises{suffix}"))


# The header of each of the five files, as catalogue keys: in csv_paths' order.
STUDENT_COLUMNS = (
    "teacher.report.col.name", "teacher.report.col.cards", "teacher.report.col.answers",
    "teacher.report.csv.right", "teacher.report.csv.retention", "teacher.report.csv.minutes",
    "teacher.report.col.exercises", "teacher.report.csv.exercise-score",
    "teacher.report.csv.classroom-answers", "teacher.report.csv.classroom-right",
    "teacher.report.col.weakest", "teacher.report.csv.last-active",
    "teacher.report.csv.handed-in",
)
CARD_COLUMNS = (
    "teacher.report.col.card", "teacher.report.col.text", "teacher.report.col.topic",
    "teacher.report.col.students", "teacher.report.col.answers", "teacher.report.csv.right",
    "teacher.report.col.overrides", "teacher.report.col.typed",
)
TOPIC_COLUMNS = ("teacher.report.col.topic", "teacher.report.col.students",
                 "teacher.report.col.answers", "teacher.report.csv.right")
DECK_COLUMNS = ("teacher.report.col.name", "teacher.report.csv.deck",
                "teacher.report.csv.learned", "teacher.report.csv.deck-cards")
EXERCISE_COLUMNS = (
    "teacher.report.col.name", "teacher.report.csv.exercise",
    "teacher.report.csv.exercise-title", "teacher.report.csv.started",
    "teacher.report.csv.finished", "teacher.report.csv.self-score", "teacher.report.csv.part",
    "teacher.report.csv.number", "teacher.report.csv.answer", "teacher.report.csv.verdict",
)
REPORT_COLUMNS = (STUDENT_COLUMNS, CARD_COLUMNS, TOPIC_COLUMNS, DECK_COLUMNS, EXERCISE_COLUMNS)


def write_csv(report: ClassReport, path: Path, tz: tzinfo | None = None) -> list[Path]:
    """Five files (students, cards, topics, decks, exercises); ';'-separated UTF-8 with
    BOM, which Dutch Excel opens without an import wizard. Percentages and minutes are
    whole numbers, rounded as on screen; times are local ``YYYY-MM-DD HH:MM``."""
    students_path, cards_path, topics_path, decks_path, exercises_path = csv_paths(path)
    _write(students_path, STUDENT_COLUMNS,
           [[s.name, s.cards_studied, s.answers, _pct(s.right), _pct(s.retention),
             study_minutes(s.study_seconds), s.exercises, _pct(s.exercise_score),
             s.classroom_answers,
             _pct(s.classroom_right),
             ", ".join(f"{tag} ({_pct(share)}%)" for tag, share in s.weakest),
             excel_time(s.last_active, tz),
             t("teacher.report.yes") if s.handed_in else t("teacher.report.no")]
            for s in report.students])
    _write(cards_path, CARD_COLUMNS,
           [[c.key, c.text, " ".join(c.tags), c.students, c.answers, _pct(c.right),
             c.overrides, " | ".join(c.overridden)]
            for c in report.cards])
    _write(topics_path, TOPIC_COLUMNS,
           [[row.tag, row.students, row.answers, _pct(row.right)] for row in report.topics])
    _write(decks_path, DECK_COLUMNS,
           [[s.name, d.deck, d.learned, d.total] for s in report.students for d in s.decks])
    _write(exercises_path, EXERCISE_COLUMNS,
           [[e.student, e.exercise, e.title, excel_time(e.started_at, tz),
             excel_time(e.finished_at, tz), "" if e.score is None else e.score,
             *([_text(a.part), a.number or "", a.text, _text(a.verdict)] if a
               else ["", "", "", ""])]
            for e in report.exercises for a in (e.answers or (None,))])
    return [students_path, cards_path, topics_path, decks_path, exercises_path]


def _pct(value: float | None) -> str | int:
    return "" if value is None else whole(value)


def _write(path: Path, columns: tuple[str, ...], rows: list[list[object]]) -> None:
    # a name or card text never becomes a formula
    csvfile.write(path, [t(key) for key in columns], rows)
