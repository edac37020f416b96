"""Study and quiz sessions: which card now, how to ask it, and what an answer does.

Driven from tests without a screen::

    session = StudySession(store, decks, clock=clock, rng=random.Random(1))
    while (card := session.next_card()) is not None:
        shown = session.present(card)          # Presentation: mode, prompt, choices ...
        outcome = session.answer(card, response)   # or session.rate(card, Rating.GOOD)
    session.summary()

Study order (see docs/engine.md): due learning cards first, then due reviews with new
cards interleaved, within the daily limits; siblings (reverse cards, cards from the same
model step) are not shown on the same day; when nothing else is left, learning cards due
within ``learn_ahead`` (20 minutes) are shown early.

Learn mode (new material, as Quizlet's Learn does): a new typed or list card is first
asked in an easier form (``learn.cardtypes``: multiple choice with options from the same
deck / model; an ordered list's steps given, to put in order); once that was answered
right it is asked as written.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from functools import partial
from typing import Literal

from msgspec import structs

from cjtrainer.clock import Clock, utc_now
from cjtrainer.deck.cardtypes import card_type
from cjtrainer.deck.model import Card, ChoiceCard, Deck
from cjtrainer.learn.cardtypes import learn_type
from cjtrainer.learn.counts import Day, Plan, plan
from cjtrainer.learn.grading import Grade, grade, match_text, normalise
from cjtrainer.learn.scheduling import (
    RESPONSE_CAP_MS,
    CardState,
    Phase,
    Rating,
    Scheduler,
    SchedulerSettings,
    day_start,
    local_tz,
    rating_for,
    study_day,
)
from cjtrainer.learn.store import Store

Mode = Literal["flashcard", "choice", "truefalse", "typed", "cloze", "order", "match", "list"]


@dataclass(frozen=True, slots=True)
class Limits:
    new_per_day: int = 20
    reviews_per_day: int = 200

    @classmethod
    def from_settings(cls, settings: object) -> Limits:
        """From ``cjtrainer.config.Settings``; negative numbers count as 0."""
        def number(name: str, default: int) -> int:
            try:
                return max(0, int(getattr(settings, name, default)))
            except (TypeError, ValueError):
                return default

        return cls(new_per_day=number("new_per_day", 20),
                   reviews_per_day=number("reviews_per_day", 200))


@dataclass(frozen=True, slots=True)
class Presentation:
    """How to ask a card now. The UI renders this and sends back a response of the shape
    that belongs to ``mode`` (see ``cjtrainer.learn.grading``)."""

    card: Card
    mode: Mode  # the card's type, or its easier form's ("choice", "order") in learn mode
    prompt: str  # front / prompt / statement; for cloze the text with gaps as _____
    choices: tuple[str, ...] = ()  # choice: options; order: items shuffled; match: rights shuffled
    multiple: bool = False  # choice: select all that apply
    easier: bool = False  # learn mode's easier form (choice, or order for an ordered list)
    hint: str | None = None
    phase: Phase = Phase.NEW
    lefts: tuple[str, ...] = ()  # match: the left column, in deck order
    gaps: int = 0  # cloze: number of gaps
    # learn mode's easier form: the card of a simpler type that is asked and graded instead
    # (a choice card with the options shown, or an order card)
    asked_as: Card | None = None

    @property
    def is_new(self) -> bool:
        return self.phase == Phase.NEW


@dataclass(frozen=True, slots=True)
class Outcome:
    card: Card
    grade: Grade | None  # None for a flashcard rated by the student
    rating: Rating
    state: CardState  # the card's new scheduling state
    review_id: int
    became_leech: bool = False  # this answer made it a leech (8 lapses)
    overridden: bool = False  # the student overruled the grader: "ik had het goed"
    typed: bool = False  # the student typed the answer (typed, cloze, list as written)

    @property
    def can_override(self) -> bool:
        """A typed answer the grader marked wrong or partly right: the student may say it
        was right (a pick from choices, an order or pairs leave nothing to overrule; a
        blank "don't know" has no answer to call right)."""
        return (self.typed and self.grade is not None and not self.grade.correct
                and not self.overridden and any(p.given.strip() for p in self.grade.parts))

    @property
    def due(self) -> datetime:
        assert self.state.due is not None
        return self.state.due

    @property
    def correct(self) -> bool:
        if self.grade is not None:
            return self.grade.correct
        return self.rating != Rating.AGAIN


@dataclass(frozen=True, slots=True)
class Mistake:
    card: Card
    grade: Grade | None
    rating: Rating


@dataclass(frozen=True, slots=True)
class LimitInfo:
    limit: int  # new cards a day (with the extra ones asked for)
    started: int  # new cards started today
    waiting: int  # new cards in scope held back by the limit


@dataclass(frozen=True, slots=True)
class Summary:
    answered: int
    correct: int
    seconds: float  # time spent answering (response times, each at most 60 s)
    mistakes: tuple[Mistake, ...]
    new_cards: int  # cards seen for the first time
    next_due: datetime | None  # earliest due moment after now, in this session's scope
    remaining: int = 0  # cards still to do today: > 0 when the student stopped early
    limit: LimitInfo | None = None  # the daily new-card limit holds cards back

    @property
    def stopped(self) -> bool:
        return self.remaining > 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


@dataclass(slots=True)
class _Done:
    card: Card
    review_id: int
    before: CardState | None
    outcome: Outcome
    seconds: float
    was_new: bool
    right_rating: Rating = Rating.GOOD  # the rating had it been right (Hard after a hint)


def in_scope(deck: Deck, card: Card, deck_id: str | None, tag: str | None) -> bool:
    if deck_id is not None and deck.id != deck_id:
        return False
    if tag is not None:
        wanted = tag.casefold()
        tags = {t.casefold() for t in (*card.tags, *deck.tags)}
        if card.model_id:
            tags.add(card.model_id.casefold())
        return wanted in tags
    return True


class _Session:
    mode_name = "study"
    learn_mode = False  # new material first in an easier form (see the module's text)
    # Answers change the card states (the planning). False for free practice, which
    # grades but writes nothing.
    schedules = True

    def __init__(
        self,
        store: Store,
        decks: Sequence[Deck],
        *,
        deck: str | None = None,
        tag: str | None = None,
        clock: Clock = utc_now,
        rng: random.Random | None = None,
        scheduler: Scheduler | None = None,
        tz: tzinfo | None = None,
    ) -> None:
        self.store = store
        self.deck_id = deck  # the scope: one deck, one goal (tag), or None for everything
        self.tag = tag
        self.decks = {d.id: d for d in decks}
        self.clock = clock
        self.rng = rng or random.Random()
        self.scheduler = scheduler or Scheduler(SchedulerSettings())
        self.tz = tz or local_tz()
        self.cards: list[Card] = [
            c for d in decks for c in d.cards if in_scope(d, c, deck, tag)
        ]
        self.by_key: dict[str, Card] = {c.key: c for c in self.cards}
        self.states: dict[str, CardState] = {
            k: s for k, s in store.states().items() if k in self.by_key
        }
        self._presented: dict[str, tuple[Presentation, datetime]] = {}
        self._done: list[_Done] = []
        self._others: dict[str, tuple[str, ...]] = {}

    # ---------------------------------------------------------------- asking

    def present(self, card: Card) -> Presentation:
        """How to ask ``card`` now (shuffles choices with the session's random).

        Asking again before it is answered gives the same presentation (stable choices
        when a screen redraws); the response time runs from the first call."""
        shown = self._presented.get(card.key)
        if shown is not None:
            return shown[0]
        state = self.states.get(card.key)
        p = self._easier_form(card, state) or self._as_written(card, state)
        self._presented[card.key] = (p, self.clock())
        return p

    def _easier_form(self, card: Card, state: CardState | None) -> Presentation | None:
        """Learn mode's easier form while the card is new or learning and that form was
        not answered right yet; None: ask it as written."""
        easier = learn_type(card).easier(card) if self.learn_mode else None
        if easier is None:
            return None
        if state is not None and (
            state.mc_passed or state.phase not in (Phase.NEW, Phase.LEARNING)
        ):
            return None
        deck = self.decks.get(card.deck_id)
        if deck is None:
            return None
        if isinstance(easier, ChoiceCard):  # the right options and a few wrong ones
            wrong = _distractors(deck, card, 3, self.rng, list(self.decks.values()))
            if len(wrong) < 2:
                return None
            easier = structs.replace(easier, choices=(*easier.answers, *wrong))
        ask = partial(Presentation, card=card, hint=card.hint, easier=True, asked_as=easier,
                      phase=state.phase if state else Phase.NEW)
        return learn_type(easier).present(easier, self.rng, ask)

    def _as_written(self, card: Card, state: CardState | None) -> Presentation:
        phase = state.phase if state else Phase.NEW
        ask = partial(Presentation, card=card, hint=card.hint, phase=phase)
        return learn_type(card).present(card, self.rng, ask)

    # ---------------------------------------------------------------- answering

    def answer(
        self,
        card: Card,
        response: object,
        *,
        used_hint: bool = False,
        response_ms: int | None = None,
    ) -> Outcome:
        """Grade, schedule and save one answer (one transaction). Not for flashcards."""
        if not card_type(card).graded:
            raise ValueError("flashcards are rated: use rate()")
        presented = self._presented.get(card.key)
        if presented is None:
            self.present(card)
            presented = self._presented[card.key]
        shown, _ = presented
        if shown.asked_as is not None:
            result = grade(shown.asked_as, response)
        else:
            result = grade(card, response, others=self._others_for(card))
        rating = rating_for(result, used_hint=used_hint, easier_form=shown.easier)
        return self._apply(card, rating, result, used_hint=used_hint, response_ms=response_ms,
                           easier=shown.easier)

    def preview(self, card: Card) -> dict[Rating, timedelta]:
        """How long until the card comes back for each rating, if answered now (for the
        labels of a flashcard's rating buttons: "1 min", "6 min", "10 min", "3 d")."""
        now = self.clock()
        state = self.states.get(card.key) or CardState(key=card.key)
        out: dict[Rating, timedelta] = {}
        for rating in Rating:
            after = self.scheduler.review(state, rating, now, preview=True)  # no fuzz
            out[rating] = (after.due or now) - now
        return out

    def rate(self, card: Card, rating: Rating | int, *, response_ms: int | None = None) -> Outcome:
        """The student's own rating of a flashcard (Again / Hard / Good / Easy)."""
        return self._apply(card, Rating(int(rating)), None, used_hint=False,
                           response_ms=response_ms, easier=False)

    def _apply(
        self,
        card: Card,
        rating: Rating,
        result: Grade | None,
        *,
        used_hint: bool,
        response_ms: int | None,
        easier: bool,
    ) -> Outcome:
        now = self.clock()
        response_ms = self._response_ms(card, now, response_ms)
        # Read fresh: another window may have answered this card since we loaded it.
        before = self.store.state(card.key)
        start = before or CardState(key=card.key)
        after = self.scheduler.review(start, rating, now)
        after = structs.replace(after, siblings=card.siblings)
        if easier and result is not None and result.correct:
            after = structs.replace(after, mc_passed=True)
        mode = "learn" if easier else self.mode_name
        review = self.store.record(
            after, before, time=now, rating=int(rating), mode=mode,
            score=result.score if result else None,
            verdict=result.verdict if result else None,
            response_ms=response_ms, used_hint=used_hint,
            given=result.given if result else None,
        )
        self._presented.pop(card.key, None)
        self.states[card.key] = after
        outcome = Outcome(card, result, rating, after, review.id,
                          became_leech=after.leech and not (before and before.leech),
                          typed=not easier and learn_type(card).typed)
        # time spent counts at most a minute per answer (a student may walk away)
        seconds = min(response_ms or 0, RESPONSE_CAP_MS) / 1000
        self._done.append(_Done(card, review.id, before, outcome, seconds,
                                before is None or before.is_new,
                                Rating.HARD if used_hint or easier else Rating.GOOD))
        self._after_answer(card, outcome)
        return outcome

    def _response_ms(self, card: Card, now: datetime, given: int | None) -> int | None:
        """The answer's response time: as given, else since the card was presented (its
        presentation is dropped once the answer is saved: a retry keeps it)."""
        presented = self._presented.get(card.key)
        if given is None and presented is not None:
            return max(0, int((now - presented[1]).total_seconds() * 1000))
        return given

    def _after_answer(self, card: Card, outcome: Outcome) -> None:
        pass

    def undo(self) -> Card | None:
        """Take back this session's last answer; that card is asked again next."""
        if not self._done:
            return None
        last = self._done.pop()
        self._take_back(last)
        self._after_undo(last)
        return last.card

    def _take_back(self, last: _Done) -> None:
        """Undo ``last`` in the store: the card gets its state from before it."""
        restored = self.store.undo(last.review_id, time=self.clock())
        if restored is None:
            self.states.pop(last.card.key, None)
        else:
            self.states[last.card.key] = restored

    def _after_undo(self, last: _Done) -> None:
        pass

    def override(self) -> Outcome | None:
        """"Ik had het goed": the student overrules the grade of this session's last answer
        (auto-graded, marked wrong or partly right). It is scheduled again from the state
        before it as right (Good; Hard after a hint or in learn mode's easier form), and the
        log keeps the grader's verdict (``overridden_from``) so the teacher sees it.
        Returns the new outcome, or None when there is nothing to overrule."""
        if not self._done or not self._done[-1].outcome.can_override:
            return None
        last = self._done[-1]
        old = last.outcome
        at = old.state.last_review or self.clock()
        start = last.before or CardState(key=last.card.key)
        after = structs.replace(self.scheduler.review(start, last.right_rating, at),
                                siblings=last.card.siblings,
                                mc_passed=old.state.mc_passed or start.mc_passed)
        review = self.store.override(old.review_id, after, rating=int(last.right_rating),
                                     time=self.clock())
        self.states[last.card.key] = after
        assert old.grade is not None
        right = replace(old.grade, verdict="right", score=1.0)
        outcome = Outcome(last.card, right, last.right_rating, after, review.id,
                          became_leech=after.leech and not (last.before and last.before.leech),
                          overridden=True, typed=True)
        last.outcome = outcome
        last.review_id = review.id
        return outcome

    # ---------------------------------------------------------------- helpers

    def _others_for(self, card: Card) -> tuple[str, ...]:
        """Known terms of the deck a typo must not be closer to than to the answer.

        The card's own answers may be among them: grading skips a term equal to the one it
        is matching against, and only looks at these when a typo matched."""
        deck = self.decks.get(card.deck_id)
        if deck is None:
            return ()
        terms = self._others.get(deck.id)
        if terms is None:
            terms = self._others[deck.id] = known_terms(deck)
        return terms

    def _mistakes(self) -> tuple[Mistake, ...]:
        """One per card (its latest wrong answer), in the order they were first made: a
        card missed five times is one card to look at again."""
        found: dict[str, Mistake] = {}
        for d in self._done:
            if not d.outcome.correct:
                found[d.card.key] = Mistake(d.card, d.outcome.grade, d.outcome.rating)
        return tuple(found.values())


def known_terms(deck: Deck) -> tuple[str, ...]:
    """The deck's model step names and typed answers: a typo must not be closer to one of
    these than to the card's answer (``grade(..., others=)``)."""
    found: dict[str, None] = {}
    for model in deck.models:
        for step in model.steps:
            found[step.name] = None
    for c in deck.cards:
        found.update(dict.fromkeys(learn_type(c).known_terms(c)))
    return tuple(found)


class StudySession(_Session):
    """Scheduled study over all decks, one deck (``deck=``) or one tag (``tag=``)."""

    mode_name = "study"

    def __init__(
        self,
        store: Store,
        decks: Sequence[Deck],
        *,
        deck: str | None = None,
        tag: str | None = None,
        clock: Clock = utc_now,
        rng: random.Random | None = None,
        scheduler: Scheduler | None = None,
        limits: Limits | None = None,
        tz: tzinfo | None = None,
        learn_mode: bool = True,
        learn_ahead: timedelta = timedelta(minutes=20),
    ) -> None:
        super().__init__(store, decks, deck=deck, tag=tag, clock=clock, rng=rng,
                         scheduler=scheduler, tz=tz)
        self.limits = limits or Limits()
        self.learn_mode = learn_mode
        self.learn_ahead = learn_ahead
        self._current: Card | None = None
        self._since_new = 0
        self._day: date | None = None
        self._remaining: int | None = None
        self.extra_new = 0  # custom study: more new cards today than the limit
        self.review_ahead = timedelta(0)  # custom study: reviews due later, today
        self._refresh_day()

    def _refresh_day(self) -> None:
        now = self.clock()
        day = study_day(now, self.tz)
        if day == self._day:
            return
        if self._day is not None:  # a new study day: the count may start over
            self._remaining = None
        self._day = day
        self._day_start = day_start(day, self.tz)
        self._day_end = day_start(day + timedelta(days=1), self.tz)
        self._new_today = self.store.count_new_since(self._day_start)
        self._reviews_today = self.store.count_reviews_since(self._day_start)
        self._answered_today: dict[str, set[str]] = self.store.siblings_since(self._day_start)

    # ---------------------------------------------------------------- queue

    def _plan(self) -> Plan:
        """Today's queues, as the home screen counts them (``counts.plan``)."""
        self._refresh_day()
        day = Day(
            start=self._day_start, end=self._day_end,
            new_left=max(0, self.limits.new_per_day + self.extra_new - self._new_today),
            reviews_left=max(0, self.limits.reviews_per_day - self._reviews_today),
            answered=self._answered_today,
        )
        return plan(self.cards, self.states, now=self.clock(), day=day,
                    learn_ahead=self.learn_ahead, review_ahead=self.review_ahead)

    def _queues(self) -> tuple[list[Card], list[Card], list[Card], list[Card]]:
        """(learning due now, reviews due today, new available, learning due soon)."""
        p = self._plan()
        return p.learning, p.reviews, p.new, p.ahead

    def next_card(self) -> Card | None:
        """The card to ask now, or None when there is nothing (left) for today. Never the
        card just answered, unless it is the only one left."""
        if self._current is not None:
            return self._current
        learning, reviews, new, ahead = self._queues()
        order: list[Card] = list(learning)
        if reviews and new:
            spread = max(1, len(reviews) // len(new))
            first, second = (new, reviews) if self._since_new >= spread else (reviews, new)
            order += [first[0], second[0], *first[1:], *second[1:]]
        else:
            order += reviews + new
        order += ahead
        last = self._done[-1].card.key if self._done else None
        card = next((c for c in order if c.key != last), order[0] if order else None)
        self._current = card
        return card

    def remaining(self) -> int:
        """Cards still to do in this session ("nog N"): learning cards due now or soon,
        reviews and new cards for today. It only counts down: a card answered Again is
        still one card; a new study day or extra cards may start it over."""
        return self._count_down(self._plan())

    def _count_down(self, p: Plan) -> int:
        if self._remaining is None or p.todo < self._remaining:
            self._remaining = p.todo
        return self._remaining

    @property
    def progress(self) -> tuple[int, int]:
        """(answers given this session, those plus the cards still to do)."""
        done = len(self._done)
        return done, done + self.remaining()

    def progress_parts(self) -> tuple[int, int, int]:
        """(answers given, cards still to meet for the first time today, cards in their
        learning steps that come back), from one plan: the student sees the second number
        drop with each new card ("nog 6 · 7 terug")."""
        p = self._plan()
        left = self._count_down(p)
        back = min(left, len(p.learning) + len(p.ahead))
        return len(self._done), left - back, back

    # ---------------------------------------------------------------- custom study

    def limit_reached(self) -> LimitInfo | None:
        """When nothing is left but new cards wait behind the daily limit: how many
        were started today and how many wait in this scope (to offer "toch N extra")."""
        p = self._plan()
        if p.todo or not p.new_held:
            return None
        return LimitInfo(limit=self.limits.new_per_day + self.extra_new,
                         started=self._new_today, waiting=p.new_held)

    def add_new(self, n: int) -> None:
        """Custom study: ``n`` more new cards today in this session's scope."""
        self.extra_new += max(0, n)
        self._remaining = None

    def add_review_ahead(self, days: int) -> None:
        """Custom study: also the reviews due in the next ``days`` days."""
        self.review_ahead += timedelta(days=max(0, days))
        self._remaining = None

    def reviews_ahead(self, days: int) -> int:
        """How many reviews ``add_review_ahead(days)`` would add now."""
        before = len(self._plan().reviews)
        self.review_ahead += timedelta(days=days)
        try:
            return len(self._plan().reviews) - before
        finally:
            self.review_ahead -= timedelta(days=days)

    def _after_answer(self, card: Card, outcome: Outcome) -> None:
        if card is self._current or (self._current and self._current.key == card.key):
            self._current = None
        last = self._done[-1]
        self._refresh_day()
        if last.was_new:
            self._new_today += 1
            self._since_new = 0
        else:
            self._since_new += 1
            if last.before is not None and last.before.phase == Phase.REVIEW:
                self._reviews_today += 1
        self._answered_today.setdefault(card.siblings, set()).add(card.key)

    def _after_undo(self, last: _Done) -> None:
        if last.was_new:
            self._new_today = max(0, self._new_today - 1)
        elif last.before is not None and last.before.phase == Phase.REVIEW:
            self._reviews_today = max(0, self._reviews_today - 1)
        keys = self._answered_today.get(last.card.siblings)
        if keys is not None and not any(
            d.card.key == last.card.key for d in self._done
        ) and (last.before is None or last.before.last_review is None
               or last.before.last_review < self._day_start):
            keys.discard(last.card.key)
        self._current = last.card

    def summary(self) -> Summary:
        now = self.clock()
        upcoming = [s.due for s in self.states.values() if s.due is not None and s.due > now]
        left = self.remaining() if self._current is not None or self.next_card() else 0
        return Summary(
            remaining=left,
            limit=self.limit_reached(),
            answered=len(self._done),
            correct=sum(1 for d in self._done if d.outcome.correct),
            seconds=sum(d.seconds for d in self._done),
            mistakes=self._mistakes(),
            new_cards=sum(1 for d in self._done if d.was_new),
            next_due=min(upcoming) if upcoming else None,
        )


SHORT_TERM = 40  # longer texts (descriptions, statements) make poor distractors


def _distractors(
    deck: Deck,
    card: Card,
    n: int,
    rng: random.Random,
    other_decks: Sequence[Deck] = (),
) -> list[str]:
    """Wrong options for learn mode's easier form, the most alike first: the same model,
    then the same kind of answer in the deck, then other short terms of the deck. Within
    a tier, answers of a similar length (in words) come first. A candidate the grader
    would accept for this card (or one that holds, or is held in, one of its answers:
    'koop' next to 'aankoop', 'inloggen of registreren' next to 'inloggen') is never
    offered as wrong. Other decks are not drawn from: their terms are rarely related."""
    del other_decks  # kept in the signature for callers; see the docstring
    groups = learn_type(card).accepted(card)  # per answer part: the accepted texts
    answers = [a for group in groups for a in group]
    words = round(sum(len(group[0].split()) for group in groups) / max(1, len(groups)))
    taken = {normalise(a) for a in answers}
    accepted = [normalise(a) for a in answers]
    tiers: list[list[str]] = [[], [], []]
    prompt = f" {normalise(card_type(card).question(card))} "

    def right_for_card(key: str) -> bool:
        if any(len(a) >= 4 and len(key) >= 4 and (a in key or key in a) for a in accepted):
            return True
        return any(match_text(key, group).correct for group in groups)

    def add(text: str, tier: int) -> None:
        key = normalise(text)
        # too short ('na'), too long, or named in the question itself: a poor distractor
        if len(key) < 3 or key in taken or len(text) > SHORT_TERM or f" {key} " in prompt:
            return
        taken.add(key)
        if right_for_card(key):
            return
        tiers[tier].append(text)

    for model in deck.models:
        for step in model.steps:
            add(step.name, 0 if model.id == card.model_id else 1)
    for other in deck.cards:
        if other.key == card.key:
            continue
        same_model = bool(card.model_id) and other.model_id == card.model_id
        for term in card_type(other).terms(other):
            if other.type == card.type:
                add(term, 0 if same_model else 1)
    for other in deck.cards:
        if other.key != card.key and other.type != card.type:
            for term in card_type(other).terms(other):
                add(term, 2)
    out: list[str] = []
    for tier in tiers:
        rng.shuffle(tier)
        tier.sort(key=lambda text: abs(len(text.split()) - words))
        out.extend(tier)
        if len(out) >= n:
            break
    return out[:n]


@dataclass(frozen=True, slots=True)
class QuizResult:
    total: int  # questions in the quiz
    answered: int
    correct: int
    score: float  # sum of the answers' scores / total (partial credit counts), 0..1
    seconds: float
    mistakes: tuple[Mistake, ...]


class QuizSession(_Session):
    """``count`` questions from a deck or tag regardless of the schedule (test / cram).

    Every attempt is logged (mode ``quiz``) and updates FSRS like a study answer, but a
    quiz never spends the daily new-card or review budget (``Store.count_new_since``)."""

    mode_name = "quiz"

    def __init__(
        self,
        store: Store,
        decks: Sequence[Deck],
        *,
        deck: str | None = None,
        tag: str | None = None,
        count: int = 10,
        clock: Clock = utc_now,
        rng: random.Random | None = None,
        scheduler: Scheduler | None = None,
        tz: tzinfo | None = None,
        include_flashcards: bool = True,
        types: Collection[str] | None = None,
        keys: Sequence[str] | None = None,
    ) -> None:
        """``types``: only these card types (``"typed"``, ``"choice"``, ...); ``keys``:
        only these cards ("oefen mijn fouten"), at most ``count`` of them, in that order."""
        super().__init__(store, decks, deck=deck, tag=tag, clock=clock, rng=rng,
                         scheduler=scheduler, tz=tz)
        pool = [c for c in self.cards if (include_flashcards or card_type(c).graded)
                and (types is None or c.type in types)]
        if keys is not None:
            wanted = {c.key: c for c in pool}
            self.questions: tuple[Card, ...] = tuple(
                wanted[k] for k in dict.fromkeys(keys) if k in wanted)[:count]
        else:
            self.questions = tuple(self.rng.sample(pool, min(count, len(pool))))
        self._index = 0

    def next_card(self) -> Card | None:
        if self._index >= len(self.questions):
            return None
        return self.questions[self._index]

    @property
    def progress(self) -> tuple[int, int]:
        return self._index, len(self.questions)

    def progress_parts(self) -> tuple[int, int, int]:
        """As StudySession's: a question comes back in no learning steps."""
        return self._index, len(self.questions) - self._index, 0

    def _after_answer(self, card: Card, outcome: Outcome) -> None:
        self._index += 1

    def _after_undo(self, last: _Done) -> None:
        self._index = max(0, self._index - 1)

    def result(self) -> QuizResult:
        score = 0.0
        for d in self._done:
            if d.outcome.grade is not None:
                score += d.outcome.grade.score
            else:
                score += 1.0 if d.outcome.rating != Rating.AGAIN else 0.0
        total = len(self.questions)
        return QuizResult(
            total=total,
            answered=len(self._done),
            correct=sum(1 for d in self._done if d.outcome.correct),
            score=score / total if total else 0.0,
            seconds=sum(d.seconds for d in self._done),
            mistakes=self._mistakes(),
        )

    summary = result


class PracticeSession(QuizSession):
    """Free practice ("vrij oefenen"): ``count`` cards of a deck or goal, each asked once
    (in learn mode's easier form while not learned yet) and graded, without touching
    the planning. Nothing is written: no card
    state, no review-log row (the store has no answers that leave the schedule alone),
    so the daily limits, the home counts and the statistics stay as they were. Anki's
    custom study "without rescheduling"."""

    mode_name = "practice"
    schedules = False
    learn_mode = True  # cards not learned yet: the easier form first, as in study

    def _apply(
        self,
        card: Card,
        rating: Rating,
        result: Grade | None,
        *,
        used_hint: bool,
        response_ms: int | None,
        easier: bool,
    ) -> Outcome:
        response_ms = self._response_ms(card, self.clock(), response_ms)
        self._presented.pop(card.key, None)
        state = self.states.get(card.key) or CardState(key=card.key)  # unchanged
        outcome = Outcome(card, result, rating, state, review_id=0,
                          typed=not easier and learn_type(card).typed)
        seconds = min(response_ms or 0, RESPONSE_CAP_MS) / 1000
        self._done.append(_Done(card, 0, state, outcome, seconds, was_new=False,
                                right_rating=Rating.HARD if used_hint or easier else Rating.GOOD))
        self._after_answer(card, outcome)
        return outcome

    def _take_back(self, last: _Done) -> None:
        pass  # nothing was saved

    def override(self) -> Outcome | None:
        """"Ik had het goed": the last answer counts as right in this practice."""
        if not self._done or not self._done[-1].outcome.can_override:
            return None
        last = self._done[-1]
        assert last.outcome.grade is not None
        right = replace(last.outcome.grade, verdict="right", score=1.0)
        last.outcome = replace(last.outcome, grade=right, rating=last.right_rating,
                               overridden=True)
        return last.outcome

    def preview(self, card: Card) -> dict[Rating, timedelta]:
        return {}  # a rating plans nothing: no intervals to show
