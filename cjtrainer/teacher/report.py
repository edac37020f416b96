"""The class overview: hand-in files and classroom session reports, per student and per card.

Definitions (also in docs/teacher-guide.md):

- *cards studied*: distinct cards the student answered at least once.
- *right*: share of a card's first answer of the day that was right (a typo counts as
  right; for flashcards, any rating but "Again"). Repeats of a failed card within the same
  day do not count again; they would make one hard card look like many failures.
- *retention*: the same, for cards that were already learned (FSRS review phase): how
  much the student still knew when a card came back.
- *study time*: time between answers, where a pause of more than five minutes starts a
  new sitting; the first answer of a sitting counts its own answer time (at most 5 min).
- *weakest topics*: the card tags with the lowest share right (at least 2 answers).
- classroom answers (``cjtrainer host`` report CSV, one row per player per question) are
  matched to students by name and count for the per-card overview too.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from cjtrainer.errors import CjError
from cjtrainer.i18n import t
from cjtrainer.inert import inert
from cjtrainer.teacher.handin import Answer, CardInfo, HandIn

SITTING_GAP = timedelta(minutes=5)
FIRST_ANSWER_DEFAULT = timedelta(seconds=20)
WEAK_MIN_ANSWERS = 2
WEAK_TOPICS = 3
REVIEW_PHASE = 2


@dataclass(frozen=True, slots=True)
class ClassroomAnswer:
    session: str
    name: str
    key: str  # the question's card (deck/card) as the classroom report has it
    tags: tuple[str, ...]
    correct: bool
    response_ms: int | None
    text: str = ""


@dataclass(frozen=True, slots=True)
class StudentRow:
    name: str
    cards_studied: int
    answers: int
    right: float | None  # 0..1
    retention: float | None
    study_seconds: int
    weakest: tuple[tuple[str, float], ...]  # (tag, share right)
    last_active: datetime | None
    exercises: int  # finished exercise attempts
    exercise_score: float | None  # their mean score (0..1), self-assessed
    classroom_answers: int
    classroom_right: float | None
    handed_in: bool


@dataclass(frozen=True, slots=True)
class CardRow:
    key: str
    text: str
    tags: tuple[str, ...]
    students: int
    answers: int
    right: float


@dataclass(frozen=True, slots=True)
class TopicRow:
    tag: str
    students: int
    answers: int
    right: float


@dataclass(frozen=True, slots=True)
class ClassReport:
    students: tuple[StudentRow, ...]
    cards: tuple[CardRow, ...]  # hardest first
    topics: tuple[TopicRow, ...]  # weakest first
    sessions: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())


# --- classroom CSV ------------------------------------------------------------------------


def read_classroom_csv(path: Path) -> list[ClassroomAnswer] | None:
    """The answers in a classroom report CSV; None if the file is one of its summaries
    (players or questions), which hold nothing the per-answer file does not."""
    table = _read_csv(path)
    columns = set(table[0])
    if {"name", "question_id", "correct"} - columns:
        if "percent_correct" in columns or "rank" in columns:
            return None
        raise CjError(t("teacher.report.bad-csv", path=path), t("teacher.report.bad-csv.hint"))
    answers = []
    for row in table[1]:
        name = row.get("name", "").strip()
        if name[:1] == "'" and name[1:2] in ("=", "+", "-", "@"):
            name = name[1:]  # the classroom report's guard against spreadsheet formulas
        answer = row.get("answer", "")
        correct = row.get("correct", "").strip().lower() in ("yes", "ja", "true", "1", "waar")
        if not name or (not answer.strip() and not correct):
            continue  # not answered (time ran out or not connected)
        response = row.get("response_ms", "").strip()
        answers.append(ClassroomAnswer(  # names were typed by students: inert
            session=inert(row.get("session", "").strip() or path.stem),
            name=inert(name),
            key=inert(row.get("question_id", "").strip()),
            tags=tuple(inert(tag) for tag in row.get("tags", "").split()),
            correct=correct,
            response_ms=int(response) if response.isdigit() and len(response) < 10 else None,
            text=inert(row.get("prompt", "").strip(), newlines=True),
        ))
    return answers


def read_classroom_prompts(path: Path) -> dict[str, str]:
    """question id -> prompt from a classroom questions summary (``-questions.csv``)."""
    table = _read_csv(path)
    if {"question_id", "prompt"} - set(table[0]):
        return {}
    return {inert(row["question_id"].strip()): inert(row["prompt"].strip(), newlines=True)
            for row in table[1]
            if row.get("question_id", "").strip() and row.get("prompt", "").strip()}


def _read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        raise CjError(t("teacher.handin.unreadable", path=path, error=error.strerror)) from None
    except UnicodeDecodeError:
        raise CjError(t("teacher.report.bad-csv", path=path)) from None
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
        columns = [(c or "").strip().lower() for c in reader.fieldnames or []]
        rows = [{(k or "").strip().lower(): (v or "") for k, v in row.items()
                 if isinstance(k, str) and isinstance(v, str)} for row in reader]
    except csv.Error:
        raise CjError(t("teacher.report.bad-csv", path=path)) from None
    return columns, rows


# --- aggregation --------------------------------------------------------------------------


def study_seconds(times: Sequence[datetime], response_ms: Sequence[int | None]) -> int:
    total = timedelta()
    previous: datetime | None = None
    for moment, spent in zip(times, response_ms, strict=True):
        if previous is not None and timedelta(0) <= moment - previous <= SITTING_GAP:
            total += moment - previous
        elif spent is not None:
            total += min(timedelta(milliseconds=max(spent, 0)), SITTING_GAP)
        else:
            total += FIRST_ANSWER_DEFAULT
        previous = moment
    return round(total.total_seconds())


def first_of_day(answers: Sequence[Answer]) -> list[Answer]:
    """Each card's first answer of each (UTC) day: a card failed and asked again within
    the same sitting counts once, as the student first knew it or not."""
    seen: set[tuple[str, object]] = set()
    out = []
    for answer in sorted(answers, key=lambda a: a.time):
        day = (answer.key, answer.time.date())
        if day not in seen:
            seen.add(day)
            out.append(answer)
    return out


def _share(right: int, total: int) -> float | None:
    return right / total if total else None


def _key(name: str) -> str:
    return " ".join(name.casefold().split())


def card_infos(handins: Sequence[HandIn], known: Mapping[str, CardInfo]) -> dict[str, CardInfo]:
    """What each card says and which topics it has: from the teacher's own decks
    (``known``) where they have the card; else what most students' hand-ins say (one vote
    per student, so no single hand-in, forged or from an old deck, decides for the class;
    a tie goes to the text that sorts first)."""
    votes: dict[str, dict[str, CardInfo]] = defaultdict(dict)  # key -> student -> info
    for handin in handins:
        for key, info in handin.cards.items():
            if key not in known:
                votes[key].setdefault(_key(handin.student), info)
    infos = dict(known)
    for key, by_student in votes.items():
        texts = Counter(info.text for info in by_student.values())
        tags = Counter(info.tags for info in by_student.values())
        text = min(texts, key=lambda value: (-texts[value], value))
        tag_choice = min(tags, key=lambda value: (-tags[value], value))
        first = next(iter(by_student.values()))
        infos[key] = CardInfo(deck=first.deck, type=first.type, text=text, tags=tag_choice)
    return infos


def build_report(
    handins: Iterable[HandIn], classroom: Iterable[ClassroomAnswer] = (),
    prompts: dict[str, str] | None = None, known: Mapping[str, CardInfo] | None = None,
) -> ClassReport:
    """The overview; ``prompts`` names classroom questions no hand-in describes;
    ``known`` describes the cards of the teacher's own decks (see ``card_infos``)."""
    handins = list(handins)
    classroom = list(classroom)
    notes: list[str] = []

    # One student per name: several hand-ins of one student are merged (answers once).
    by_student: dict[str, list[HandIn]] = defaultdict(list)
    display: dict[str, str] = {}
    for handin in handins:
        by_student[_key(handin.student)].append(handin)
        display.setdefault(_key(handin.student), handin.student)
    room_by_student: dict[str, list[ClassroomAnswer]] = defaultdict(list)
    for room_answer in classroom:
        room_by_student[_key(room_answer.name)].append(room_answer)
        display.setdefault(_key(room_answer.name), room_answer.name)

    infos = card_infos(handins, known or {})

    card_answers: dict[str, list[tuple[str, bool]]] = defaultdict(list)  # key -> (student, ok)
    card_text: dict[str, str] = {key: info.text for key, info in infos.items()}
    card_tags: dict[str, tuple[str, ...]] = {key: info.tags for key, info in infos.items()}
    topic_answers: dict[str, list[tuple[str, bool]]] = defaultdict(list)

    students: list[StudentRow] = []
    for student in sorted(display, key=lambda k: display[k].casefold()):
        seen: dict[str, Answer] = {}
        for handin in by_student.get(student, []):
            for answer in handin.answers:
                seen.setdefault(answer.uid, answer)  # two hand-ins share earlier answers
        answers = sorted(seen.values(), key=lambda a: a.time)
        firsts = first_of_day(answers)
        tag_counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for answer in firsts:
            card_answers[answer.key].append((student, answer.correct))
            for tag in _tags_for(answer.key, card_tags):
                tag_counts[tag][0] += answer.correct
                tag_counts[tag][1] += 1
                topic_answers[tag].append((student, answer.correct))
        room = room_by_student.get(student, [])
        for room_answer in room:
            card_answers[room_answer.key].append((student, room_answer.correct))
            card_text.setdefault(
                room_answer.key, room_answer.text or (prompts or {}).get(room_answer.key, "")
            )
            tags = room_answer.tags or card_tags.get(room_answer.key, ())
            card_tags.setdefault(room_answer.key, tags)
            for tag in tags:
                tag_counts[tag][0] += room_answer.correct
                tag_counts[tag][1] += 1
                topic_answers[tag].append((student, room_answer.correct))
        reviews = [a for a in firsts if a.phase_before == REVIEW_PHASE]
        weakest = sorted(
            ((tag, right / total) for tag, (right, total) in tag_counts.items()
             if total >= WEAK_MIN_ANSWERS and right < total),
            key=lambda item: (item[1], item[0]),
        )[:WEAK_TOPICS]
        exercises = {
            (e.exercise, e.started_at): e.score
            for h in by_student.get(student, []) for e in h.exercises
            if e.finished_at is not None
        }
        scores = [score for score in exercises.values() if score is not None]
        students.append(StudentRow(
            name=display[student],
            cards_studied=len({a.key for a in answers}),
            answers=len(answers),
            right=_share(sum(a.correct for a in firsts), len(firsts)),
            retention=_share(sum(a.correct for a in reviews), len(reviews)),
            study_seconds=study_seconds([a.time for a in answers],
                                        [a.response_ms for a in answers]),
            weakest=tuple(weakest),
            last_active=answers[-1].time if answers else None,
            exercises=len(exercises),
            exercise_score=sum(scores) / len(scores) / 100 if scores else None,
            classroom_answers=len(room),
            classroom_right=_share(sum(a.correct for a in room), len(room)),
            handed_in=student in by_student,
        ))
        if len(by_student.get(student, [])) > 1:
            notes.append(t("teacher.report.merged", name=display[student],
                           count=len(by_student[student])))

    cards = []
    for key, results in card_answers.items():
        right = sum(ok for _, ok in results)
        cards.append(CardRow(
            key=key, text=card_text.get(key, "") or key, tags=card_tags.get(key, ()),
            students=len({s for s, _ in results}), answers=len(results),
            right=right / len(results),
        ))
    cards.sort(key=lambda c: (c.right, -c.answers, c.key))
    topics = []
    for tag, results in topic_answers.items():
        right = sum(ok for _, ok in results)
        topics.append(TopicRow(tag=tag, students=len({s for s, _ in results}),
                               answers=len(results), right=right / len(results)))
    topics.sort(key=lambda row: (row.right, -row.answers, row.tag))
    sessions = tuple(sorted({a.session for a in classroom}))
    return ClassReport(students=tuple(students), cards=tuple(cards), topics=tuple(topics),
                       sessions=sessions, notes=tuple(notes))


def _tags_for(key: str, card_tags: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    tags = card_tags.get(key)
    if tags:
        return tags
    return (key.partition("/")[0],)  # a card without tags counts for its deck


# --- output -------------------------------------------------------------------------------


def percent(value: float | None) -> str:
    return "-" if value is None else f"{round(value * 100)}%"


def duration(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes = rest // 60
    if hours:
        return t("teacher.report.hours", hours=hours, minutes=f"{minutes:02d}")
    return f"{minutes} min" if minutes else f"{seconds} s"


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], widths: dict[int, int] | None = None
          ) -> str:
    """A plain-text table, columns padded; cells longer than ``widths[i]`` are shortened."""
    widths = widths or {}
    cells = [[_fit(str(c), widths.get(i)) for i, c in enumerate(row)] for row in rows]
    sizes = [len(h) for h in headers]
    for row in cells:
        for i, cell in enumerate(row):
            sizes[i] = max(sizes[i], len(cell))
    lines = ["  ".join(h.ljust(sizes[i]) for i, h in enumerate(headers)).rstrip()]
    lines.append("  ".join("-" * size for size in sizes))
    for row in cells:
        lines.append("  ".join(c.ljust(sizes[i]) for i, c in enumerate(row)).rstrip())
    return "\n".join(lines)


def _fit(text: str, width: int | None) -> str:
    text = " ".join(text.split())
    if width is None or len(text) <= width:
        return text
    return text[: width - 1] + "…"


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
        parts.append(note)
    return "\n".join(parts) + "\n"


def csv_paths(path: Path) -> tuple[Path, Path, Path]:
    suffix = path.suffix or ".csv"
    return (path, path.with_name(f"{path.stem}-cards{suffix}"),
            path.with_name(f"{path.stem}-topics{suffix}"))


def write_csv(report: ClassReport, path: Path) -> list[Path]:
    """Three files (students, cards, topics); ';'-separated UTF-8 with BOM, which Dutch
    Excel opens without an import wizard. Percentages are whole numbers."""
    students_path, cards_path, topics_path = csv_paths(path)
    _write(students_path,
           [t("teacher.report.col.name"), t("teacher.report.col.cards"),
            t("teacher.report.col.answers"), t("teacher.report.csv.right"),
            t("teacher.report.csv.retention"), t("teacher.report.csv.minutes"),
            t("teacher.report.col.exercises"), t("teacher.report.csv.exercise-score"),
            t("teacher.report.csv.classroom-answers"),
            t("teacher.report.csv.classroom-right"), t("teacher.report.col.weakest"),
            t("teacher.report.csv.last-active"), t("teacher.report.csv.handed-in")],
           [[s.name, s.cards_studied, s.answers, _pct(s.right), _pct(s.retention),
             round(s.study_seconds / 60), s.exercises, _pct(s.exercise_score),
             s.classroom_answers,
             _pct(s.classroom_right),
             ", ".join(f"{tag} ({_pct(share)}%)" for tag, share in s.weakest),
             s.last_active.isoformat(timespec="minutes") if s.last_active else "",
             t("teacher.report.yes") if s.handed_in else t("teacher.report.no")]
            for s in report.students])
    _write(cards_path,
           [t("teacher.report.col.card"), t("teacher.report.col.text"),
            t("teacher.report.col.topic"), t("teacher.report.col.students"),
            t("teacher.report.col.answers"), t("teacher.report.csv.right")],
           [[c.key, c.text, " ".join(c.tags), c.students, c.answers, _pct(c.right)]
            for c in report.cards])
    _write(topics_path,
           [t("teacher.report.col.topic"), t("teacher.report.col.students"),
            t("teacher.report.col.answers"), t("teacher.report.csv.right")],
           [[row.tag, row.students, row.answers, _pct(row.right)] for row in report.topics])
    return [students_path, cards_path, topics_path]


def _pct(value: float | None) -> str | int:
    return "" if value is None else round(value * 100)


def _write(path: Path, headers: list[str], rows: list[list[object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_cell(value) for value in row])
    tmp.replace(path)


def _cell(value: object) -> object:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value  # a name or card text never becomes a spreadsheet formula
    return value
