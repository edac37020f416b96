"""What today holds, defined once: the study session's queues, the home screen's numbers
per deck and per goal, the statistics and ``cjtrainer stats`` all come from :func:`plan`.

Definitions (docs/engine.md):

* **due today**: a card in its (re)learning steps that is due now or within 20 minutes
  (``learn_ahead``: the session shows it before it ends), or a card in review due before
  the study day ends (04:00 local time); at most ``reviews_per_day`` review
  cards a day (learning cards are never held back);
* **new today**: new cards (never started) that may still be started today: one card of
  a sibling group per day, at most ``new_per_day`` minus the cards started today in study
  (a quiz never spends this budget), plus the extra cards the student asked for
  ("toch N extra", custom study);
* **learned**: started and out of the learning steps at least once (in review or
  relearning): moves from the first day on.

The home screen's numbers come from here rather than from the statistics because this
reads only what the home screen shows.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from cjtrainer.learn.scheduling import (
    RESPONSE_CAP_MS,
    CardState,
    Phase,
    day_start,
    study_day,
)
from cjtrainer.learn.store import Store, from_ms, to_ms

if TYPE_CHECKING:
    from cjtrainer.deck.model import Card, Deck

T = TypeVar("T")


class Plan(NamedTuple):
    """Today's cards of one scope."""

    learning: list[Card]  # (re)learning, due now, earliest first
    reviews: list[Card]  # in review, due before the study day ends, earliest first (limited)
    new: list[Card]  # may start today, interleaved across decks and goals (limited)
    ahead: list[Card]  # (re)learning, due within ``learn_ahead``: shown when nothing else is
    new_held: int  # new cards held back by the daily limit (not by a sibling)

    @property
    def due(self) -> int:
        """Due today: learning cards due now or within ``learn_ahead`` (the session shows
        them before it ends), and the reviews."""
        return len(self.learning) + len(self.ahead) + len(self.reviews)

    @property
    def todo(self) -> int:
        return self.due + len(self.new)


class ScopeCounts(NamedTuple):
    """The numbers of one deck or goal on the home screen."""

    total: int
    new: int  # never started
    new_today: int  # of those, may still be started today
    due: int  # due today (learning and review)
    learned: int  # out of the learning steps at least once ("geleerd X van Y")

    @property
    def todo(self) -> int:
        return self.due + self.new_today


class HomeCounts(NamedTuple):
    per_deck: dict[str, ScopeCounts]
    per_goal: dict[str, ScopeCounts]
    due_today: int  # over all decks
    new_available: int  # new cards that may still be started today, over all decks
    streak: int


class Day(NamedTuple):
    """The study day at a moment, and what was done in it so far."""

    start: datetime
    end: datetime
    new_left: int  # the new-card budget left (daily limit + extra - started)
    reviews_left: int
    answered: dict[str, set[str]]  # sibling group -> keys answered today


def today(
    store: Store, now: datetime, tz: tzinfo, *, new_per_day: int, reviews_per_day: int,
    extra_new: int = 0,
) -> Day:
    day = study_day(now, tz)
    start = day_start(day, tz)
    return Day(
        start=start,
        end=day_start(day + timedelta(days=1), tz),
        new_left=max(0, new_per_day + extra_new - store.count_new_since(start)),
        reviews_left=max(0, reviews_per_day - store.count_reviews_since(start)),
        answered=store.siblings_since(start),
    )


def siblings_of(card: Card) -> str:
    return card.siblings


def tags_of(card: Card, deck_tags: Sequence[str] = ()) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*deck_tags, *card.tags)))


def interleave(cards: Sequence[T], group: Callable[[T], str],
               done: Mapping[str, int] | None = None) -> list[T]:
    """Round robin over the groups, each in its own order: new cards from every deck and
    goal, not twenty from the first deck. The groups with the fewest cards ``done`` today
    go first (ties: in order of first appearance): the plan is made again after every
    answer, and a fixed order would start each time with the first deck."""
    groups: dict[str, list[T]] = {}
    for card in cards:
        groups.setdefault(group(card), []).append(card)
    done = done or {}
    order = sorted(groups, key=lambda name: done.get(name, 0))  # stable: ties keep their order
    out: list[T] = []
    queues = [list(reversed(groups[name])) for name in order]
    while queues:
        for queue in queues:
            out.append(queue.pop())
        queues = [q for q in queues if q]
    return out


def plan(
    cards: Sequence[Card], states: dict[str, CardState], *, now: datetime, day: Day,
    learn_ahead: timedelta = timedelta(minutes=20), review_ahead: timedelta = timedelta(0),
) -> Plan:
    """Today's queues for ``cards`` (one scope). ``review_ahead``: also reviews due that
    much after the day ends (custom study). New cards take turns between the decks, and
    within a deck between its goals (the card's first tag)."""
    soon = now + learn_ahead
    review_until = day.end + review_ahead
    learning: list[tuple[datetime, Card]] = []
    ahead: list[tuple[datetime, Card]] = []
    reviews: list[tuple[datetime, Card]] = []
    new: list[Card] = []
    held = 0

    def buried(card: Card) -> bool:
        keys = day.answered.get(siblings_of(card))
        return keys is not None and bool(keys - {card.key})

    for card in cards:
        state = states.get(card.key)
        if state is None or state.phase == Phase.NEW:
            if not buried(card):
                new.append(card)
            continue
        due = state.due or now
        if state.phase in (Phase.LEARNING, Phase.RELEARNING):
            if due <= now:
                learning.append((due, card))
            elif due <= soon:
                ahead.append((due, card))
        elif due < review_until and not buried(card):
            reviews.append((due, card))
    for queue in (learning, ahead, reviews):
        queue.sort(key=lambda x: x[0])
    picked: list[Card] = []
    groups: set[str] = set()
    decks: dict[str, list[Card]] = {}
    for card in new:
        decks.setdefault(_deck(card), []).append(card)
    # what today's answers took from each deck and goal: those go after the others
    tag_of = {card.key: _first_tag(card) for card in cards} if day.answered else {}
    per_deck: Counter[str] = Counter()
    per_goal: dict[str, Counter[str]] = {}
    for keys in day.answered.values():
        for key in keys:
            deck = key.split("/", 1)[0]
            per_deck[deck] += 1
            per_goal.setdefault(deck, Counter())[tag_of.get(key, "")] += 1
    mixed = [interleave(cards_, _first_tag, per_goal.get(deck))
             for deck, cards_ in decks.items()]
    for card in interleave([c for cards_ in mixed for c in cards_], _deck, per_deck):
        if siblings_of(card) in groups:
            continue
        groups.add(siblings_of(card))
        if len(picked) >= day.new_left:
            held += 1
            continue
        picked.append(card)
    return Plan([c for _, c in learning], [c for _, c in reviews][: day.reviews_left], picked,
                [c for _, c in ahead], held)


def _first_tag(card: Card) -> str:
    return card.tags[0] if card.tags else ""


def _deck(card: Card) -> str:
    return card.key.split("/", 1)[0]


def learned(state: CardState | None) -> bool:
    return state is not None and state.phase in (Phase.REVIEW, Phase.RELEARNING)


def scope_counts(cards: Sequence[Card], states: dict[str, CardState], *, now: datetime,
                 day: Day) -> ScopeCounts:
    today_plan = plan(cards, states, now=now, day=day)
    new = learned_ = 0
    for card in cards:
        state = states.get(card.key)
        new += is_new(state)
        learned_ += learned(state)
    return ScopeCounts(len(cards), new, len(today_plan.new), today_plan.due, learned_)


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
    store: Store, decks: Sequence[Deck], *, now: datetime, tz: tzinfo, new_per_day: int = 20,
    reviews_per_day: int = 10_000, states: dict[str, CardState] | None = None,
) -> HomeCounts:
    """The numbers on the home screen at ``now``. ``states``: the store's card states
    when the caller has read them already."""
    day_now = study_day(now, tz)
    states = store.states() if states is None else states
    day = today(store, now, tz, new_per_day=new_per_day, reviews_per_day=reviews_per_day)
    per_deck: dict[str, ScopeCounts] = {}
    goals: dict[str, list[Card]] = {}
    everything: list[Card] = []
    for deck in decks:
        per_deck[deck.id] = scope_counts(deck.cards, states, now=now, day=day)
        everything.extend(deck.cards)
        for card in deck.cards:
            for tag in tags_of(card, deck.tags):
                goals.setdefault(tag, []).append(card)
    per_goal = {tag: scope_counts(cards, states, now=now, day=day)
                for tag, cards in sorted(goals.items())}
    overall = plan(everything, states, now=now, day=day)
    buckets = store.review_buckets(None, cap_ms=RESPONSE_CAP_MS)
    to_day = DayIndex(buckets[0][0] if buckets else None, day_now, tz)
    return HomeCounts(
        per_deck=per_deck,
        per_goal=per_goal,
        due_today=overall.due,
        new_available=len(overall.new),
        streak=streak(days_studied(buckets, to_day), day_now),
    )
