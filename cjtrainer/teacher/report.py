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
- *learned X of Y* per deck: X = the deck's cards out of the learning steps at least once
  (in review or relearning), as the app's home screen counts "Geleerd"; Y = the deck's
  cards in the teacher's decks, else as the hand-in says.
- *overrides*: answers the student overruled ("ik had het goed"), per card, with what
  they typed: candidates for the deck's accepted answers.
- percentages and minutes are rounded half up, the same on screen and in the CSV.
- students are listed by surname (``cjtrainer.teacher.names``).
- classroom answers (``cjtrainer host`` report CSV, one row per player per question) are
  matched to students by name and count for the per-card overview too.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cjtrainer import csvfile
from cjtrainer.errors import CjError
from cjtrainer.i18n import Message, msg
from cjtrainer.inert import inert
from cjtrainer.teacher.handin import Answer, CardInfo, ExerciseAnswer, HandIn
from cjtrainer.teacher.names import surname_key

SITTING_GAP = timedelta(minutes=5)
FIRST_ANSWER_DEFAULT = timedelta(seconds=20)
WEAK_MIN_ANSWERS = 2
WEAK_TOPICS = 3
REVIEW_PHASE = 2
LEARNED_PHASES = (2, 3)  # review, relearning: as cjtrainer.learn.counts.learned


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
    decks: tuple[DeckProgress, ...] = ()


@dataclass(frozen=True, slots=True)
class DeckProgress:
    deck: str
    learned: int
    total: int


@dataclass(frozen=True, slots=True)
class CardRow:
    key: str
    text: str
    tags: tuple[str, ...]
    students: int
    answers: int
    right: float
    overrides: int = 0  # answers overruled by the student ("ik had het goed")
    overridden: tuple[str, ...] = ()  # what they typed then, most often typed first


@dataclass(frozen=True, slots=True)
class ExerciseRow:
    """One attempt at an exercise, for the per-exercise overview."""

    exercise: str
    title: str
    student: str
    started_at: datetime | None
    finished_at: datetime | None
    score: int | None  # self-score, whole percent
    answers: tuple[ExerciseAnswer, ...]


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
    notes: tuple[Message, ...] = field(default=())
    decks: tuple[str, ...] = ()  # the decks in the per-deck progress, sorted
    exercises: tuple[ExerciseRow, ...] = ()  # by exercise, then surname


# --- classroom CSV ------------------------------------------------------------------------


def read_classroom_csv(path: Path) -> list[ClassroomAnswer] | None:
    """The answers in a classroom report CSV; None if the file is one of its summaries
    (players or questions), which hold nothing the per-answer file does not."""
    table = _read_csv(path)
    columns = set(table[0])
    if {"name", "question_id", "correct"} - columns:
        if "percent_correct" in columns or "rank" in columns:  # the two summaries
            return None
        raise CjError(msg("teacher.report.bad-csv", path=path), msg("teacher.report.bad-csv.hint"))
    answers = []
    for row in table[1]:
        name = csvfile.unguard(row.get("name", "").strip())
        answer = row.get("answer", "")
        correct = row.get("correct", "").strip().lower() in (csvfile.YES, "ja", "true", "1", "waar")
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
        from cjtrainer.config import os_reason

        raise CjError(msg("teacher.handin.unreadable", path=path,
                             error=os_reason(error))) from None
    except UnicodeDecodeError:
        raise CjError(msg("teacher.report.bad-csv", path=path)) from None
    try:
        return csvfile.parse(text)
    except csv.Error:
        raise CjError(msg("teacher.report.bad-csv", path=path)) from None


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


def whole(value: float) -> int:
    """A share as a whole percentage, half up (62.5 -> 63): one rounding for screen and CSV."""
    return int(value * 100 + 0.5 + 1e-9)


def study_minutes(seconds: int) -> int:
    """Study time in whole minutes, half up: one rounding for screen and CSV."""
    return (max(seconds, 0) + 30) // 60


def _unrelated(handins: list[HandIn]) -> bool:
    """Whether two of one name's hand-ins share no answer at all: one student's later
    hand-in holds the earlier answers too, two students' never do."""
    answered = [{answer.uid for answer in handin.answers} for handin in handins]
    answered = [uids for uids in answered if uids]
    return any(not (a & b) for i, a in enumerate(answered) for b in answered[i + 1:])


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


def _deck(key: str) -> str:
    return key.partition("/")[0]


def build_report(
    handins: Iterable[HandIn], classroom: Iterable[ClassroomAnswer] = (),
    prompts: dict[str, str] | None = None, known: Mapping[str, CardInfo] | None = None,
    *, deck_cards: Mapping[str, frozenset[str]] | None = None,
    decks: Iterable[str] | None = None,
    since: datetime | None = None,
) -> ClassReport:
    """The overview; ``prompts`` names classroom questions no hand-in describes;
    ``known`` describes the cards of the teacher's own decks (see ``card_infos``) and
    ``deck_cards`` which cards (keys) those decks have. ``decks`` keeps only those decks' cards;
    ``since`` only answers and exercise attempts from that moment on (classroom answers
    carry no date here: the teacher picks the quiz files)."""
    only = set(decks) if decks is not None else None

    def keep(key: str, time: datetime | None = None) -> bool:
        return ((only is None or _deck(key) in only)
                and (since is None or time is None or time >= since))

    handins = list(handins)
    classroom = [a for a in classroom if keep(a.key)]
    notes: list[Message] = []

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
    card_overrides: dict[str, list[str]] = defaultdict(list)  # key -> what was typed
    shown_decks: set[str] = set()
    exercise_rows: list[ExerciseRow] = []

    students: list[StudentRow] = []
    for student in sorted(display, key=lambda k: surname_key(display[k])):
        seen: dict[str, Answer] = {}
        for handin in by_student.get(student, []):
            for answer in handin.answers:
                if keep(answer.key, answer.time):
                    seen.setdefault(answer.uid, answer)  # two hand-ins share earlier answers
        answers = sorted(seen.values(), key=lambda a: a.time)
        for answer in answers:
            if answer.overridden_from:
                card_overrides[answer.key].append(" ".join(answer.given.split()))
        progress = _deck_progress(by_student.get(student, []), answers, keep, deck_cards or {})
        shown_decks.update(row.deck for row in progress)
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
        attempts = {
            (e.exercise, e.started_at): e
            for h in by_student.get(student, []) for e in h.exercises
            if since is None or (e.finished_at or e.started_at or since) >= since
        }
        exercise_rows.extend(
            ExerciseRow(exercise=e.exercise, title=e.title or e.exercise,
                        student=display[student], started_at=e.started_at,
                        finished_at=e.finished_at,
                        score=e.score if e.finished_at is not None else None, answers=e.answers)
            for e in attempts.values()
        )
        exercises = {k: e.score for k, e in attempts.items() if e.finished_at is not None}
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
            decks=progress,
        ))
        if len(by_student.get(student, [])) > 1:
            files = by_student[student]
            notes.append(msg("teacher.report.merged-strangers" if _unrelated(files)
                             else "teacher.report.merged",
                             name=display[student], count=len(files)))

    cards = []
    for key, results in card_answers.items():
        right = sum(ok for _, ok in results)
        typed = Counter(text for text in card_overrides.get(key, []) if text)
        cards.append(CardRow(
            key=key, text=card_text.get(key, "") or key, tags=card_tags.get(key, ()),
            students=len({s for s, _ in results}), answers=len(results),
            right=right / len(results), overrides=len(card_overrides.get(key, [])),
            overridden=tuple(sorted(typed, key=lambda text: (-typed[text], text))),
        ))
    cards.sort(key=lambda c: (c.right, -c.answers, c.key))
    topics = []
    for tag, results in topic_answers.items():
        right = sum(ok for _, ok in results)
        topics.append(TopicRow(tag=tag, students=len({s for s, _ in results}),
                               answers=len(results), right=right / len(results)))
    topics.sort(key=lambda row: (row.right, -row.answers, row.tag))
    sessions = tuple(sorted({a.session for a in classroom}))
    order = {name: i for i, name in enumerate(s.name for s in students)}
    exercise_rows.sort(key=lambda e: (e.title.casefold(), e.exercise, order[e.student],
                                      e.started_at.timestamp() if e.started_at else 0.0))
    return ClassReport(students=tuple(students), cards=tuple(cards), topics=tuple(topics),
                       sessions=sessions, notes=tuple(notes), decks=tuple(sorted(shown_decks)),
                       exercises=tuple(exercise_rows))


def _deck_progress(handins: Sequence[HandIn], answers: Sequence[Answer], keep: Callable[..., bool],
                   deck_cards: Mapping[str, frozenset[str]]) -> tuple[DeckProgress, ...]:
    """Learned X of Y per deck the student has studied. The newest hand-in says where
    each card is now. With the teacher's deck, X and Y count its cards as they are now
    (as the home screen does); else Y is the deck's size the hand-in gives."""
    newest = max(handins, key=lambda h: h.exported_at or datetime.min.replace(tzinfo=UTC),
                 default=None)
    phases = dict(newest.phases) if newest is not None else {}
    studied = {_deck(key) for key in phases if keep(key)} | {_deck(a.key) for a in answers}
    out = []
    for deck in sorted(studied):
        cards = deck_cards.get(deck)
        learned = sum(1 for key, phase in phases.items()
                      if _deck(key) == deck and phase in LEARNED_PHASES
                      and (cards is None or key in cards))
        if cards is not None:
            total = len(cards)
        else:
            seen = {key for key in phases if _deck(key) == deck}
            seen.update(a.key for a in answers if _deck(a.key) == deck)
            if newest is not None:
                seen.update(key for key in newest.cards if _deck(key) == deck)
            total = max(newest.deck_sizes.get(deck, 0) if newest else 0, len(seen), learned)
        out.append(DeckProgress(deck=deck, learned=learned, total=total))
    return tuple(out)


def _tags_for(key: str, card_tags: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    tags = card_tags.get(key)
    if tags:
        return tags
    return (key.partition("/")[0],)  # a card without tags counts for its deck
