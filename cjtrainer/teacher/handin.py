"""The hand-in file a student gives the teacher (``cjtrainer export-progress``).

A JSON document::

    {"format": "cjtrainer-handin", "version": 1,
     "student": "Sanne de Vries", "exported_at": "2026-11-22T15:40:00+00:00",
     "app_version": "0.1.0",
     "progress": {...},     # the engine's Store.export_json(): cards, reviews, undone, resets
     "cards": {"biekar/fasen.order": {"deck": "biekar", "type": "order",
                                      "text": "Zet de fasen ...", "tags": ["fasen"]}, ...},
     "decks": {"biekar": "BIEKAR – het koopproces in zes stappen"},
     "exercises": [{"exercise": "...", "title": "...", "started_at": "...",
                    "finished_at": "...", "step": "...", "score": 3, "progress": {...}}]}

``cards`` describes every card the student answered, as the student's decks had it, so
the teacher's report can name cards and topics without having the same decks installed.
Reading is strict about the shape and says which file is wrong (``HandInError``). Every
text read is made inert (``cjtrainer.inert``): a hand-in is written by a student's
machine, or by hand, and its names and card texts reach the teacher's terminal and CSV.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cjtrainer.deck.cardtypes import TYPES, card_type
from cjtrainer.deck.model import (
    Card,
    Deck,
)
from cjtrainer.errors import CjError
from cjtrainer.i18n import t
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


@dataclass(frozen=True, slots=True)
class ExerciseAttempt:
    exercise: str
    title: str
    started_at: datetime | None
    finished_at: datetime | None
    score: int | None


@dataclass(frozen=True, slots=True)
class HandIn:
    path: Path
    student: str
    exported_at: datetime | None
    answers: tuple[Answer, ...]
    cards: Mapping[str, CardInfo]
    decks: Mapping[str, str]
    exercises: tuple[ExerciseAttempt, ...]


# --- writing -----------------------------------------------------------------------------


def card_text(card: Card) -> str:
    """The text a card asks, for naming it in a report."""
    return card_type(card).question(card) if card.type in TYPES else card.id


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
    deck_titles = {d: decks[d].title for d in sorted({i["deck"] for i in infos.values()})}
    return {
        "format": FORMAT,
        "version": VERSION,
        "student": student,
        "exported_at": time.astimezone(UTC).isoformat(),
        "app_version": app_version,
        "progress": progress,
        "cards": infos,
        "decks": deck_titles,
        "exercises": exercises,
    }


def handin_file_name(student: str, time: datetime) -> str:
    from cjtrainer.deck.importers import slugify

    return f"cjtrainer-{slugify(student, fallback='student')}-{time:%Y-%m-%d}.json"


# --- reading -----------------------------------------------------------------------------


class HandInError(CjError):
    """A file that is not a readable hand-in."""


def read_handin(path: Path) -> HandIn:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise HandInError(t("teacher.handin.too-big", path=path))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise HandInError(t("teacher.handin.missing", path=path)) from None
    except OSError as error:
        raise HandInError(t("teacher.handin.unreadable", path=path, error=error.strerror)) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise HandInError(t("teacher.handin.not-json", path=path),
                          t("teacher.handin.hint")) from None
    return parse_handin(path, data)


def parse_handin(path: Path, data: object) -> HandIn:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise HandInError(t("teacher.handin.not-handin", path=path), t("teacher.handin.hint"))
    version = data.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise HandInError(t("teacher.handin.too-new", path=path),
                          t("teacher.handin.too-new.hint"))
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
                text=inert(str(info.get("text", "")), newlines=True),
                tags=tuple(inert(str(tag)) for tag in info.get("tags", []) or []),
            )
            for key, info in (data.get("cards") or {}).items()
        }
        decks = {inert(str(k)): inert(str(v)) for k, v in (data.get("decks") or {}).items()}
        exercises = tuple(
            ExerciseAttempt(
                exercise=inert(str(e.get("exercise", ""))),
                title=inert(str(e.get("title", ""))),
                started_at=_time(e.get("started_at")),
                finished_at=_time(e.get("finished_at")),
                score=_score(e.get("score")),
            )
            for e in data.get("exercises", []) or []
        )
    except (KeyError, TypeError, ValueError, AttributeError, OverflowError,
            RecursionError) as error:
        raise HandInError(t("teacher.handin.broken", path=path, error=inert(str(error))),
                          t("teacher.handin.hint")) from None
    answers.sort(key=lambda a: a.time)
    return HandIn(path=path, student=student, exported_at=_time(data.get("exported_at")),
                  answers=tuple(answers), cards=cards, decks=decks, exercises=exercises)


def _answer(review: Mapping[str, Any]) -> Answer:
    time = _time(review["time"])
    if time is None:
        raise ValueError(t("teacher.handin.bad-time", uid=inert(str(review.get("uid")))[:40],
                           time=inert(str(review["time"]))[:40]))
    rating = int(review["rating"])
    verdict = review.get("verdict")
    correct = verdict in ("right", "typo") if verdict else rating > 1
    response = review.get("response_ms")
    return Answer(
        uid=str(review["uid"]),
        key=inert(f"{review['deck']}/{review['card']}"),
        time=time,
        correct=correct,
        rating=rating,
        phase_before=int(review.get("phase_before", 0)),
        response_ms=_response_ms(response),
        mode=inert(str(review.get("mode") or "study")),
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
