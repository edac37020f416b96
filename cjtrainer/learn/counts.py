"""The home screen's numbers without the full statistics: per deck the cards that are new
and due today, the new cards that may still be started today, and the streak.

The definitions are those of :mod:`cjtrainer.learn.stats` (see its docstring), which uses
the helpers here for its own numbers, so the two cannot drift apart. This module exists
for start-up: it defines no dataclass (the statistics define several, and each costs
about a millisecond to create in Python 3.11) and reads only what the home screen shows.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta, tzinfo
from typing import Any, NamedTuple

from cjtrainer.learn.scheduling import (
    RESPONSE_CAP_MS,
    CardState,
    Phase,
    day_start,
    study_day,
)
from cjtrainer.learn.store import Store, from_ms, to_ms


class HomeCounts(NamedTuple):
    per_deck: dict[str, tuple[int, int]]  # deck id -> (new, due today)
    due_today: int
    new_available: int  # new cards that may still be started today (daily limit)
    streak: int


def is_new(state: CardState | None) -> bool:
    return state is None or state.phase == Phase.NEW


def is_due_today(state: CardState, now: datetime, end_today: datetime) -> bool:
    """A started card is due today when it is learning and due now, or in review and due
    before the study day ends."""
    if state.due is None or state.phase == Phase.NEW:
        return False
    if state.phase in (Phase.LEARNING, Phase.RELEARNING):
        return state.due <= now
    return state.due < end_today


def new_available(new_total: int, started_today: int, new_per_day: int) -> int:
    return min(new_total, max(0, new_per_day - started_today))


def streak(days_studied: set[date], today: date) -> int:
    """Consecutive study days with an answer, up to today (or yesterday when today has
    none yet)."""
    count = 0
    day = today if today in days_studied else today - timedelta(days=1)
    while day in days_studied:
        count += 1
        day -= timedelta(days=1)
    return count


class DayIndex:
    """Epoch ms -> study day, by bisecting precomputed day starts (DST-proof, fast)."""

    def __init__(self, first_ms: int | None, today: date, tz: tzinfo) -> None:
        first = study_day(from_ms(first_ms) or day_start(today, tz), tz) if first_ms else today
        first = min(first, today) - timedelta(days=1)
        self.days = [first + timedelta(days=i) for i in range((today - first).days + 2)]
        self.starts = [to_ms(day_start(d, tz)) or 0 for d in self.days]

    def __call__(self, ms: int) -> date:
        i = bisect_right(self.starts, ms) - 1
        if i < 0:
            return self.days[0]
        return self.days[min(i, len(self.days) - 1)]


def days_studied(buckets: Iterable[tuple[int, ...]], to_day: DayIndex) -> set[date]:
    return {to_day(bucket[0]) for bucket in buckets}


def home_counts(
    store: Store, decks: Sequence[Any], *, now: datetime, tz: tzinfo, new_per_day: int = 20,
    states: dict[str, CardState] | None = None,
) -> HomeCounts:
    """The numbers on the home screen at ``now``. ``decks`` are decks or the home index's
    summaries: anything with ``id`` and ``cards`` whose cards have a ``key``. ``states``:
    the store's card states when the caller has read them already."""
    today = study_day(now, tz)
    end_today = day_start(today + timedelta(days=1), tz)
    states = store.states() if states is None else states
    per_deck: dict[str, tuple[int, int]] = {}
    for deck in decks:
        new = due = 0
        for card in deck.cards:
            state = states.get(card.key)
            if is_new(state):
                new += 1
            elif is_due_today(state, now, end_today):  # type: ignore[arg-type]
                due += 1
        per_deck[deck.id] = (new, due)
    buckets = store.review_buckets(None, cap_ms=RESPONSE_CAP_MS)
    to_day = DayIndex(buckets[0][0] if buckets else None, today, tz)
    started_today = store.count_new_since(day_start(today, tz))
    return HomeCounts(
        per_deck=per_deck,
        due_today=sum(due for _, due in per_deck.values()),
        new_available=new_available(
            sum(new for new, _ in per_deck.values()), started_today, new_per_day
        ),
        streak=streak(days_studied(buckets, to_day), today),
    )
