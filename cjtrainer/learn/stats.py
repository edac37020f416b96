"""Progress statistics from the store and the decks (no UI; plain values and JSON).

Definitions (also in docs/engine.md):

* per deck, every card is exactly one of: **new** (never answered), **learning** (in its
  learning or relearning steps), **review** (in review, stability < 21 days) or
  **mastered** (in review with a stability of at least 21 days);
* **due today** and **new available**: as defined once in :mod:`cjtrainer.learn.counts`
  (``plan``), the same numbers the home screen and the study session use;
* **learned**: in review or relearning (out of the learning steps at least once);
* **forecast**: cards due per study day for the next 14 days (today includes overdue);
* **true retention**: of the answers to cards that were in review (not learning, not new),
  the share that was not "Again"; over the last 30 days and all time;
* **streak**: consecutive study days with at least one answer, up to today (or up to
  yesterday when today has no answer yet);
* **study time**: the sum of response times, each capped at 60 s (a student who walked
  away does not get an hour of study);
* **hardest cards**: cards with the most lapses, then the most "Again" answers, then the
  highest FSRS difficulty; leeches (8 lapses) are flagged.

Cards no longer in any deck keep their history: they count in retention, streak, study
time and reviews per day, not in the per-deck numbers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from cjtrainer.learn.counts import DayIndex, learned, plan, streak
from cjtrainer.learn.counts import today as today_so_far
from cjtrainer.learn.scheduling import RESPONSE_CAP_MS, CardState, Phase, study_day
from cjtrainer.learn.store import Store
from cjtrainer.text import shorten

if TYPE_CHECKING:  # decks are only read here
    from cjtrainer.deck.model import Card, Deck

FORECAST_DAYS = 14
HISTORY_DAYS = 30

HARDEST = 10


@dataclass(frozen=True, slots=True)
class DeckStats:
    deck: str
    title: str
    total: int
    new: int
    learning: int
    review: int
    mastered: int
    due_today: int
    leeches: int
    learned: int = 0  # in review or relearning: out of the learning steps at least once


@dataclass(frozen=True, slots=True)
class HardCard:
    key: str
    label: str  # the card's question, shortened
    lapses: int
    again: int  # "Again" answers in the log
    difficulty: float | None
    leech: bool


@dataclass(frozen=True, slots=True)
class DayCount:
    day: date
    count: int


@dataclass(frozen=True, slots=True)
class Stats:
    decks: tuple[DeckStats, ...]
    total: DeckStats
    forecast: tuple[DayCount, ...]  # FORECAST_DAYS entries, today first
    new_available: int  # new cards that may still be started today (daily limit)
    retention_30d: float | None  # None: no review answers yet
    retention_all: float | None
    retention_answers: int  # review answers behind retention_all
    streak: int
    studied_today: bool
    seconds_today: float
    seconds_total: float
    answers_total: int
    reviews_per_day: tuple[DayCount, ...]  # HISTORY_DAYS entries, oldest first, today last
    hardest: tuple[HardCard, ...]

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("forecast", "reviews_per_day"):
            data[key] = [{"day": d.day.isoformat(), "count": d.count} for d in getattr(self, key)]
        return data


def card_label(card: Card, width: int = 60) -> str:
    """The question of a card as one short line (its key for a card without text)."""
    from cjtrainer.deck.cardtypes import question_text  # the deck model: not at start-up

    return shorten(question_text(card), width)


def _bucket(state: CardState | None) -> str:
    if state is None or state.phase == Phase.NEW:
        return "new"
    if state.phase in (Phase.LEARNING, Phase.RELEARNING):
        return "learning"
    return "mastered" if state.mastered else "review"


def compute(
    store: Store,
    decks: Sequence[Deck],
    *,
    now: datetime,
    tz: tzinfo,
    deck: str | None = None,
    new_per_day: int = 20,
    reviews_per_day: int = 10_000,
) -> Stats:
    """All statistics at ``now``; ``deck`` limits everything to one deck."""
    today = study_day(now, tz)
    chosen = [d for d in decks if deck is None or d.id == deck]
    states = store.states(deck)
    so_far = today_so_far(store, now, tz, new_per_day=new_per_day,
                       reviews_per_day=reviews_per_day)

    per_deck: list[DeckStats] = []
    forecast = Counter[int]()
    cards_by_key: dict[str, Card] = {}
    for d in chosen:
        counts = Counter[str]()
        leeches = learned_ = 0
        for card in d.cards:
            cards_by_key[card.key] = card
            state = states.get(card.key)
            counts[_bucket(state)] += 1
            learned_ += learned(state)
            if state is None or state.due is None or state.phase == Phase.NEW:
                continue
            leeches += state.leech
            offset = max(0, (study_day(state.due, tz) - today).days)
            if offset < FORECAST_DAYS:
                forecast[offset] += 1
        per_deck.append(DeckStats(
            deck=d.id, title=d.title, total=len(d.cards), new=counts["new"],
            learning=counts["learning"], review=counts["review"], mastered=counts["mastered"],
            due_today=plan(d.cards, states, now=now, day=so_far).due, leeches=leeches,
            learned=learned_,
        ))
    overall = plan([c for d in chosen for c in d.cards], states, now=now, day=so_far)
    total = DeckStats(
        deck="*", title="", total=sum(s.total for s in per_deck),
        new=sum(s.new for s in per_deck), learning=sum(s.learning for s in per_deck),
        review=sum(s.review for s in per_deck), mastered=sum(s.mastered for s in per_deck),
        due_today=overall.due, leeches=sum(s.leeches for s in per_deck),
        learned=sum(s.learned for s in per_deck),
    )

    buckets = store.review_buckets(deck, cap_ms=RESPONSE_CAP_MS)
    to_day = DayIndex(buckets[0][0] if buckets else None, today, tz)
    since_30 = today - timedelta(days=HISTORY_DAYS - 1)
    answers_total = review_answers = review_kept = month_answers = month_kept = 0
    days_studied: set[date] = set()
    per_day = Counter[date]()
    ms_today = ms_total = 0
    for start_ms, answers, spent_ms, in_review, kept in buckets:
        day = to_day(start_ms)
        days_studied.add(day)
        per_day[day] += answers
        answers_total += answers
        ms_total += spent_ms
        if day == today:
            ms_today += spent_ms
        review_answers += in_review
        review_kept += kept
        if day >= since_30:
            month_answers += in_review
            month_kept += kept
    retention_all = review_kept / review_answers if review_answers else None
    retention_30 = month_kept / month_answers if month_answers else None
    again = store.again_counts(deck)


    hard: list[HardCard] = []
    for key, card in cards_by_key.items():
        state = states.get(key)
        lapses = state.lapses if state else 0
        if not lapses and not again.get(key):
            continue
        hard.append(HardCard(key, card_label(card), lapses, again.get(key, 0),
                             state.difficulty if state else None, bool(state and state.leech)))
    hard.sort(key=lambda h: (-h.lapses, -h.again, -(h.difficulty or 0.0), h.key))

    return Stats(
        decks=tuple(per_deck),
        total=total,
        new_available=len(overall.new),
        forecast=tuple(DayCount(today + timedelta(days=i), forecast[i])
                       for i in range(FORECAST_DAYS)),
        retention_30d=retention_30,
        retention_all=retention_all,
        retention_answers=review_answers,
        streak=streak(days_studied, today),
        studied_today=today in days_studied,
        seconds_today=round(ms_today / 1000, 1),
        seconds_total=round(ms_total / 1000, 1),
        answers_total=answers_total,
        reviews_per_day=tuple(
            DayCount(today - timedelta(days=i), per_day[today - timedelta(days=i)])
            for i in reversed(range(HISTORY_DAYS))
        ),
        hardest=tuple(hard[:HARDEST]),
    )
