"""The hand-in file a student gives the teacher (``cjtrainer export-progress``).

A JSON document::

    {"format": "cjtrainer-handin", "version": 1,
     "student": "Sanne de Vries", "exported_at": "2026-11-22T15:40:00+00:00",
     "app_version": "0.1.0",
     "progress": {...},     # the engine's Store.export_json(): cards, reviews, undone, resets
     "cards": {"biekar/fasen.order": {"deck": "biekar", "type": "order",
                                      "text": "Zet de fasen ...", "tags": ["fasen"]}, ...},
     "decks": {"biekar": "BIEKAR – het koopproces in zes stappen"},
     "deck_sizes": {"biekar": 12},   # cards per deck (since 0.2; optional)
     "exercises": [{"exercise": "...", "title": "...", "started_at": "...",
                    "finished_at": "...", "step": "...", "score": 3,
                    "progress": {"answers": [[...]], "marks": [[...]], "rubric": [...],
                                 "reflection": "..."},
                    # since 0.2, optional: what the answers and rubric steps are called
                    "sections": ["Oriëntatie", ...], "criteria": ["..."], "scale": ["..."]}]}

``cards`` describes every card the student answered, as the student's decks had it, so
the teacher's report can name cards and topics without having the same decks installed.
A review the student overruled ("ik had het goed") carries ``overridden_from`` (the
grader's verdict) and ``given`` (what the student typed). Fields added later are optional:
an older hand-in without them reads as before (no overrides, no deck sizes, exercise
answers named by their number).
Reading is strict about the shape and says which file is wrong (``HandInError``). Every
text read is made inert (``cjtrainer.inert``): a hand-in is written by a student's
machine, or by hand, and its names and card texts reach the teacher's terminal and CSV.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cjtrainer.deck.cardtypes import TYPES, card_type
from cjtrainer.deck.model import Card, ClozeCard, Deck
from cjtrainer.errors import CjError
from cjtrainer.i18n import Message, msg
from cjtrainer.inert import inert

FORMAT = "cjtrainer-handin"
VERSION = 1
MAX_BYTES = 50 * 1024 * 1024
# A response time beyond this is not a time anybody took (1e20, Infinity): left out.
MAX_RESPONSE_MS = 24 * 60 * 60 * 1000


@dataclass(frozen=True, slots=True)
class CardInfo:
    deck: str
    type: str
    text: str
    tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Answer:
    """One answer from a student's review log (undone answers are left out)."""

    uid: str
    key: str  # deck/card
    time: datetime
    correct: bool
    rating: int
    phase_before: int  # 0 new, 1 learning, 2 review, 3 relearning
    response_ms: int | None
    mode: str
    overridden_from: str | None = None  # the grader's verdict the student overruled
    given: str = ""  # what the student typed, if anything


@dataclass(frozen=True, slots=True)
class ExerciseAnswer:
    """One answer of an exercise attempt, or one rubric criterion, with the student's
    own verdict (a mark label or a step of the scale; "" when not assessed)."""

    part: str | Message  # the section's title (or its number), or the criterion's text
    number: int  # 1-based within the section; 0 for a rubric criterion or the reflection
    text: str
    verdict: str | Message  # a mark (exercise.mark.*) or the scale's step as written


@dataclass(frozen=True, slots=True)
class ExerciseAttempt:
    exercise: str
    title: str
    started_at: datetime | None
    finished_at: datetime | None
    score: int | None
    answers: tuple[ExerciseAnswer, ...] = ()


@dataclass(frozen=True, slots=True)
class HandIn:
    path: Path
    student: str
    exported_at: datetime | None
    answers: tuple[Answer, ...]
    cards: Mapping[str, CardInfo]
    decks: Mapping[str, str]
    exercises: tuple[ExerciseAttempt, ...]
    phases: Mapping[str, int] = field(default_factory=dict)  # card key -> phase now
    deck_sizes: Mapping[str, int] = field(default_factory=dict)  # deck -> its cards


# --- writing -----------------------------------------------------------------------------


def card_text(card: Card) -> str:
    """The text a card asks, for naming it in a report."""
    if isinstance(card, ClozeCard):  # a teacher reads the answers in their gaps
        return plain_cloze(card.text)
    return card_type(card).question(card) if card.type in TYPES else card.id


_GAP = re.compile(r"\{\{(.*?)\}\}", re.S)


def plain_cloze(text: str) -> str:
    """A cloze text as a teacher reads it: each gap shows its answer in brackets,
    ``Een {{touchpoint|contactmoment}} is ...`` -> ``Een [touchpoint] is ...``."""
    return _GAP.sub(lambda gap: f"[{gap.group(1).split('|')[0].strip()}]", text)


def card_infos(keys: Iterable[str], decks: Mapping[str, Deck]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for key in sorted(set(keys)):
        deck_id, _, card_id = key.partition("/")
        deck = decks.get(deck_id)
        card = deck.card(card_id) if deck is not None else None
        if deck is None or card is None:
            continue
        tags = card.tags or deck.tags
        out[key] = {"deck": deck_id, "type": card.type, "text": card_text(card),
                    "tags": list(tags)}
    return out


def build_handin(
    *,
    student: str,
    progress: dict[str, Any],
    decks: Mapping[str, Deck],
    exercises: list[dict[str, Any]],
    time: datetime,
    app_version: str,
) -> dict[str, Any]:
    """The hand-in document from the engine's export and the decks the student has."""
    keys = [f"{r['deck']}/{r['card']}" for r in progress.get("reviews", [])]
    keys += [c["key"] for c in progress.get("cards", [])]
    infos = card_infos(keys, decks)
    studied = sorted({i["deck"] for i in infos.values()})
    deck_titles = {d: decks[d].title for d in studied}
    return {
        "format": FORMAT,
        "version": VERSION,
        "student": student,
        "exported_at": time.astimezone(UTC).isoformat(),
        "app_version": app_version,
        "progress": progress,
        "cards": infos,
        "decks": deck_titles,
        "deck_sizes": {d: len(decks[d].cards) for d in studied},
        "exercises": exercises,
    }


def handin_file_name(student: str, time: datetime) -> str:
    from cjtrainer.deck.importers import MAX_ID_LENGTH
    from cjtrainer.text import slugify

    name = slugify(student, fallback="student", limit=MAX_ID_LENGTH)
    return f"cjtrainer-{name}-{time:%Y-%m-%d}.json"


# --- reading -----------------------------------------------------------------------------


class HandInError(CjError):
    """A file that is not a readable hand-in."""


def read_handin(path: Path) -> HandIn:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise HandInError(msg("teacher.handin.too-big", path=path))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise HandInError(msg("teacher.handin.missing", path=path)) from None
    except OSError as error:
        from cjtrainer.config import os_reason

        raise HandInError(msg("teacher.handin.unreadable", path=path,
                             error=os_reason(error))) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise HandInError(msg("teacher.handin.not-json", path=path),
                          msg("teacher.handin.hint")) from None
    return parse_handin(path, data)


def parse_handin(path: Path, data: object) -> HandIn:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise HandInError(msg("teacher.handin.not-handin", path=path), msg("teacher.handin.hint"))
    version = data.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise HandInError(msg("teacher.handin.too-new", path=path),
                          msg("teacher.handin.too-new.hint"))
    try:
        student = inert(str(data["student"])).strip()
        if not student:
            raise ValueError("student")
        progress = data["progress"]
        undone = {str(u["uid"]) for u in progress.get("undone", [])}
        answers = []
        for review in progress.get("reviews", []):
            if str(review["uid"]) in undone:
                continue
            answers.append(_answer(review))
        cards = {
            inert(str(key)): CardInfo(
                deck=inert(str(info.get("deck", str(key).partition("/")[0]))),
                type=inert(str(info.get("type", ""))),
                text=_card_text(info),
                tags=tuple(inert(str(tag)) for tag in info.get("tags", []) or []),
            )
            for key, info in (data.get("cards") or {}).items()
        }
        decks = {inert(str(k)): inert(str(v)) for k, v in (data.get("decks") or {}).items()}
        deck_sizes = {inert(str(k)): v for k, v in (data.get("deck_sizes") or {}).items()
                      if isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 10**6}
        phases = _phases(progress.get("cards"))
        exercises = tuple(
            ExerciseAttempt(
                exercise=inert(str(e.get("exercise", ""))),
                title=inert(str(e.get("title", ""))),
                started_at=_time(e.get("started_at")),
                finished_at=_time(e.get("finished_at")),
                score=_score(e.get("score")),
                answers=_exercise_answers(e),
            )
            for e in data.get("exercises", []) or []
        )
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError,
            RecursionError) as error:
        # a bad time says which answer (a Message); a missing field its name; anything
        # else (a text where a number belongs, a list where a name belongs) in plain words,
        # not Python's ("invalid literal for int() with base 10")
        detail = (error.args[0] if error.args and isinstance(error.args[0], Message)
                  else msg("teacher.handin.field-missing", field=inert(str(error.args[0])))
                  if isinstance(error, KeyError) and error.args
                  else msg("teacher.handin.wrong-value"))
        raise HandInError(msg("teacher.handin.broken", path=path, error=detail),
                          msg("teacher.handin.hint")) from None
    answers.sort(key=lambda a: a.time)
    return HandIn(path=path, student=student, exported_at=_time(data.get("exported_at")),
                  answers=tuple(answers), cards=cards, decks=decks, exercises=exercises,
                  phases=phases, deck_sizes=deck_sizes)


def _phases(states: object) -> dict[str, int]:
    """card key -> phase from the progress's card states; an entry that is not one is
    left out (the states only feed "geleerd X van Y": they never refuse a hand-in)."""
    out: dict[str, int] = {}
    for state in states if isinstance(states, list) else []:
        if isinstance(state, dict) and isinstance(state.get("key"), str):
            phase = state.get("phase")
            if isinstance(phase, int) and not isinstance(phase, bool):
                out[inert(state["key"])] = phase
    return out


def _card_text(info: Mapping[str, Any]) -> str:
    text = inert(str(info.get("text", "")), newlines=True)
    return plain_cloze(text) if info.get("type") == "cloze" else text


def _texts(value: object) -> list[str]:
    return [inert(str(v)) for v in value] if isinstance(value, list) else []


def _exercise_answers(attempt: Mapping[str, Any]) -> tuple[ExerciseAnswer, ...]:
    """What the student wrote and how they judged it, from the attempt's ``progress``;
    sections, criteria and scale are named when the hand-in has them (else numbered)."""
    from cjtrainer.exercise.model import Mark

    progress = attempt.get("progress")
    if not isinstance(progress, dict):
        return ()
    sections = _texts(attempt.get("sections"))
    criteria = _texts(attempt.get("criteria"))
    scale = _texts(attempt.get("scale"))
    stored_marks = progress.get("marks")
    marks: list[Any] = stored_marks if isinstance(stored_marks, list) else []
    out: list[ExerciseAnswer] = []
    for s, row in enumerate(progress.get("answers") or []):
        if not isinstance(row, list):
            continue
        part = sections[s] if s < len(sections) else str(s + 1)
        mark_row = marks[s] if s < len(marks) and isinstance(marks[s], list) else []
        for i, text in enumerate(row):
            mark = mark_row[i] if i < len(mark_row) else None
            verdict = msg(f"exercise.mark.{mark}") if mark in Mark._value2member_map_ else ""
            out.append(ExerciseAnswer(part, i + 1, inert(str(text), newlines=True), verdict))
    for k, step in enumerate(progress.get("rubric") or []):
        criterion = criteria[k] if k < len(criteria) else msg("teacher.report.criterion",
                                                              number=k + 1)
        ok = isinstance(step, int) and not isinstance(step, bool) and 0 <= step
        verdict = (scale[step] if step < len(scale) else str(step + 1)) if ok else ""
        out.append(ExerciseAnswer(criterion, 0, "", verdict))
    reflection = progress.get("reflection")
    if isinstance(reflection, str) and reflection.strip():
        out.append(ExerciseAnswer(msg("teacher.report.reflection"), 0,
                                  inert(reflection, newlines=True), ""))
    return tuple(out)


def _answer(review: Mapping[str, Any]) -> Answer:
    time = _time(review["time"])
    if time is None:
        raise ValueError(msg("teacher.handin.bad-time", uid=inert(str(review.get("uid")))[:40],
                           time=inert(str(review["time"]))[:40]))
    rating = int(review["rating"])
    verdict = review.get("verdict")
    correct = verdict in ("right", "typo") if verdict else rating > 1
    response = review.get("response_ms")
    overridden = review.get("overridden_from")
    return Answer(
        uid=str(review["uid"]),
        key=inert(f"{review['deck']}/{review['card']}"),
        time=time,
        correct=correct,
        rating=rating,
        phase_before=int(review.get("phase_before", 0)),
        response_ms=_response_ms(response),
        mode=inert(str(review.get("mode") or "study")),
        overridden_from=inert(str(overridden))[:20] if overridden else None,
        given=inert(str(review.get("given") or ""))[:500],
    )


def _response_ms(value: object) -> int | None:
    """A response time as it can have been taken; None for Infinity, NaN, 1e20, -5."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if not 0 <= value <= MAX_RESPONSE_MS:  # NaN fails this too
        return None
    return int(value)


def _score(value: object) -> int | None:
    """An exercise score: a whole percentage."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
        return None
    return value


def _time(value: object) -> datetime | None:
    """A moment in UTC; None when it is not one (also when it lies outside the years
    datetime can hold once moved to UTC, such as 0001-01-01T00:00+05:00)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC)
    except (ValueError, OverflowError):
        return None
