"""Scheduling with FSRS-6 (the ``fsrs`` package), plus the grade -> rating mapping.

Grade -> rating (documented in docs/engine.md):

* flashcards: the student's own rating (Again / Hard / Good / Easy);
* auto-graded, wrong -> Again;
* partial -> Hard when the score is at least ``PARTIAL_HARD`` (0.75), else Again;
* right with a spelling slip (verdict ``typo``) -> Hard;
* right after asking for the hint -> Hard (a hint never gives more than Hard);
* right in the easier multiple-choice form of learn mode -> Hard (recognising is easier
  than recalling; the card stays in its learning step and comes back typed);
* right -> Good. Easy is never given automatically.

All datetimes are aware UTC. Fuzzing (spreading review dates a little, so cards learned
together do not stay together) is fsrs' own option (``enable_fuzzing``); fsrs draws from
Python's global ``random``, so a test seeds it with ``random.seed`` or leaves fuzz off.
"""

from __future__ import annotations

import zlib
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import IntEnum
from typing import TYPE_CHECKING

from msgspec import Struct
from msgspec.structs import replace

if TYPE_CHECKING:  # fsrs costs ~60 ms to import: only sessions that review need it
    import fsrs

    from cjtrainer.learn.grading import Grade  # grading is not needed to open the store

PARTIAL_HARD = 0.75
MIN_RETENTION = 0.70
MAX_RETENTION = 0.97
LEECH_LAPSES = 8
MASTERED_DAYS = 21.0  # a card whose stability is at least this many days is "mastered"
ROLLOVER_HOUR = 4  # a study day starts at 04:00 local time (late-night study counts as today)
RESPONSE_CAP_MS = 60_000  # one answer counts for at most a minute of study time


class Rating(IntEnum):
    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


class Phase(IntEnum):
    """Where a card is in its life. NEW has no FSRS state yet."""

    NEW = 0
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


def rating_for(grade: Grade, *, used_hint: bool = False, easier_form: bool = False) -> Rating:
    """The FSRS rating an auto-graded answer earns (see the module docstring)."""
    if grade.verdict == "wrong":
        return Rating.AGAIN
    if grade.verdict == "partial":
        return Rating.HARD if grade.score >= PARTIAL_HARD else Rating.AGAIN
    if grade.verdict == "typo" or used_hint or easier_form:
        return Rating.HARD
    return Rating.GOOD


class CardState(Struct, frozen=True):
    """The scheduling state of one card (``key`` = ``deck/card``) as kept in the store. A
    msgspec Struct, as the deck model's values: a frozen dataclass costs about 5 M
    instructions to define at start-up (copies with changes: ``msgspec.structs.replace``)."""

    key: str
    phase: Phase = Phase.NEW
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None  # None while new
    last_review: datetime | None = None
    reps: int = 0
    lapses: int = 0
    leech: bool = False
    mc_passed: bool = False  # learn mode: the easier multiple-choice form was answered right
    introduced: datetime | None = None  # first answer ever
    siblings: str = ""

    @property
    def deck_id(self) -> str:
        return self.key.split("/", 1)[0]

    @property
    def card_id(self) -> str:
        return self.key.split("/", 1)[-1]

    @property
    def is_new(self) -> bool:
        return self.phase == Phase.NEW

    @property
    def mastered(self) -> bool:
        return self.phase == Phase.REVIEW and (self.stability or 0.0) >= MASTERED_DAYS


class SchedulerSettings(Struct, frozen=True):
    desired_retention: float = 0.9
    learning_steps: tuple[timedelta, ...] = (timedelta(minutes=1), timedelta(minutes=10))
    relearning_steps: tuple[timedelta, ...] = (timedelta(minutes=10),)
    maximum_interval: int = 36500

    def __post_init__(self) -> None:
        if not MIN_RETENTION <= self.desired_retention <= MAX_RETENTION:
            raise ValueError("desired_retention must be between 0.70 and 0.97")

    @classmethod
    def from_settings(cls, settings: object) -> SchedulerSettings:
        """From ``cjtrainer.config.Settings``; a retention outside 0.70-0.97 is clamped
        (the config file is hand-editable; a typo there must not stop the app)."""
        try:
            retention = float(getattr(settings, "desired_retention", 0.9))
        except (TypeError, ValueError):
            retention = 0.9
        if retention != retention:  # NaN
            retention = 0.9
        return cls(desired_retention=min(MAX_RETENTION, max(MIN_RETENTION, retention)))


class Scheduler:
    """FSRS-6 behind a small, pure interface: (state, rating, now) -> new state."""

    def __init__(self, settings: SchedulerSettings | None = None, *, fuzz: bool = False) -> None:
        import fsrs

        self.settings = settings or SchedulerSettings()
        self.fuzz = fuzz

        def make(fuzzing: bool) -> fsrs.Scheduler:
            return fsrs.Scheduler(
                desired_retention=self.settings.desired_retention,
                learning_steps=self.settings.learning_steps,
                relearning_steps=self.settings.relearning_steps,
                maximum_interval=self.settings.maximum_interval,
                enable_fuzzing=fuzzing,
            )

        self._fsrs = make(fuzz)
        # previews (the rating buttons' labels) show the interval without fuzz, and
        # must not draw from the random numbers the real answer will use
        self._plain = make(False) if fuzz else self._fsrs

    def review(self, state: CardState, rating: Rating, now: datetime, *,
               preview: bool = False) -> CardState:
        """The state after answering with ``rating`` at ``now``; ``preview``: without fuzz."""
        import fsrs

        now = as_utc(now)
        before = _to_fsrs(state, now)
        scheduler = self._plain if preview else self._fsrs
        after, _log = scheduler.review_card(before, fsrs.Rating(int(rating)), now)
        lapses = state.lapses + (1 if state.phase == Phase.REVIEW and rating == Rating.AGAIN else 0)
        return replace(
            state,
            phase=Phase(int(after.state)),
            step=after.step,
            stability=after.stability,
            difficulty=after.difficulty,
            due=after.due,
            last_review=now,
            reps=state.reps + 1,
            lapses=lapses,
            leech=state.leech or lapses >= LEECH_LAPSES,
            introduced=state.introduced or now,
        )

    def retrievability(self, state: CardState, now: datetime) -> float:
        if state.phase == Phase.NEW:
            return 0.0
        return float(self._fsrs.get_card_retrievability(_to_fsrs(state, now), as_utc(now)))


def fsrs_id(key: str) -> int:
    """A stable integer id for fsrs (never let fsrs make one: it sleeps 1 ms)."""
    return zlib.crc32(key.encode("utf-8")) + 1


def _to_fsrs(state: CardState, now: datetime) -> fsrs.Card:
    import fsrs

    if state.phase == Phase.NEW:
        return fsrs.Card(card_id=fsrs_id(state.key), due=as_utc(now))
    return fsrs.Card(
        card_id=fsrs_id(state.key),
        state=fsrs.State(int(state.phase)),
        step=state.step,
        stability=state.stability,
        difficulty=state.difficulty,
        due=state.due or as_utc(now),
        last_review=state.last_review,
    )


def as_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime: the clock must return aware UTC datetimes")
    return moment.astimezone(UTC)


def local_tz() -> tzinfo:
    return datetime.now().astimezone().tzinfo or UTC


def study_day(moment: datetime, tz: tzinfo, rollover_hour: int = ROLLOVER_HOUR) -> date:
    """The study day a moment belongs to (a day starts at ``rollover_hour`` local time)."""
    return (moment.astimezone(tz) - timedelta(hours=rollover_hour)).date()


def day_start(day: date, tz: tzinfo, rollover_hour: int = ROLLOVER_HOUR) -> datetime:
    """The UTC moment a study day starts."""
    return datetime.combine(day, time(rollover_hour), tzinfo=tz).astimezone(UTC)
