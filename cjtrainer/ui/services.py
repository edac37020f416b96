"""The one place where the UI meets the engine: catalogue, store, sessions and stats
(``Services``), the exercise's attempts (``ExerciseServices``) and the teacher's preview
(``load_deck_file``, ``try_answer``).

Screens ask these for data and sessions; they hold no rules of their own beyond shaping
the engine's answers for display. Everything here is typed with the engine's own
classes, imported only for the type checker (``TYPE_CHECKING``), so the app's start-up
imports no more of the engine than before.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from cjtrainer import config
from cjtrainer.i18n import t

if TYPE_CHECKING:
    from cjtrainer.deck.catalog import Catalog
    from cjtrainer.deck.load import LoadResult
    from cjtrainer.deck.model import Deck, Exercise
    from cjtrainer.deck.problems import Problem
    from cjtrainer.exercise.model import Attempt
    from cjtrainer.exercise.session import ExerciseSession
    from cjtrainer.exercise.store import AttemptSummary, ExerciseStore
    from cjtrainer.learn.backup import Backups
    from cjtrainer.learn.scheduling import Scheduler
    from cjtrainer.learn.session import PracticeSession, QuizSession, StudySession
    from cjtrainer.learn.stats import Stats
    from cjtrainer.learn.store import Store


class DeckRow(NamedTuple):
    id: str
    title: str
    cards: int
    new: int  # new cards that may still start today (within the daily limit)
    due: int  # due today
    learned: int = 0  # "geleerd X van Y"
    unseen: int = 0  # never started


class GoalRow(NamedTuple):
    tag: str
    cards: int
    due: int  # to do today: due + new within the limit (the same as a deck's new + due)
    learned: int = 0


class Overview(NamedTuple):
    decks: tuple[DeckRow, ...]
    goals: tuple[GoalRow, ...]
    due: int
    new: int
    streak: int


class Services:
    """The catalogue (every deck and exercise, loaded once at start through the parsed-deck
    cache) and the progress store, and what the screens ask of them."""

    def __init__(
        self,
        *,
        catalog: Catalog,
        store: Store,
        settings: config.Settings,
        clock: Callable[[], datetime],
        rng: random.Random,
        data_dir: Path,
    ) -> None:
        self.catalog = catalog
        self.store = store
        self.settings = settings
        self.clock = clock
        self.rng = rng
        self.data_dir = data_dir
        self.backups: Backups | None = None  # once started

    @classmethod
    def open(
        cls,
        *,
        data_dir: Path,
        content: Iterable[str] = (),
        folders: list[Path] | None = None,
        settings: config.Settings,
        clock: Callable[[], datetime],
        rng: random.Random,
    ) -> Services:
        from cjtrainer.deck.catalog import load_catalog
        from cjtrainer.deck.files import content_folders
        from cjtrainer.learn.store import Store, default_path

        if folders is None:
            folders = content_folders(list(content), settings)
        store = Store(default_path(data_dir))  # first: a damaged database stops the start
        services = cls(catalog=load_catalog(folders), store=store, settings=settings,
                       clock=clock, rng=rng, data_dir=data_dir)
        services.start_backups()
        return services

    def start_backups(self) -> None:
        """Back up the progress every 30 minutes of study and at exit (learn/backup.py),
        from the first answer on: until then there is nothing new to back up, and the
        start does not wait for the backup module and the backups folder."""
        self.store.after_write = self._after_write

    def _after_write(self, store: Store) -> None:
        if self.backups is None:
            from cjtrainer.learn.backup import Backups

            self.backups = Backups(self.data_dir, self.clock)
        self.backups.after_write(store)

    def close(self) -> None:
        if self.backups is not None:
            self.backups.at_exit(self.store)
        self.store.close()

    # ------------------------------------------------------------------ data

    @property
    def skipped(self) -> list[tuple[Path, list[Problem]]]:
        """Files that could not be used, with their problems."""
        return list(self.catalog.skipped)

    @property
    def decks(self) -> list[Deck]:
        return list(self.catalog.decks.values())

    def scopes(self) -> tuple[list[tuple[str, str]], list[str]]:
        """(deck id, title) per deck and the learning goals (tags), for the command
        palette, without counting anything."""
        decks = self.decks
        tags = {tag for deck in decks for card in deck.cards for tag in (*deck.tags, *card.tags)}
        return [(deck.id, deck.title) for deck in decks], sorted(tags)

    def scope_title(self, deck: str | None, tag: str | None) -> str:
        if deck is not None and deck in self.catalog.decks:
            return str(self.catalog.decks[deck].title)
        if tag is not None:
            from cjtrainer.ui.text import goal_label

            return t("ui.scope.goal", tag=goal_label(tag))
        return t("ui.scope.all")

    def stats(self, deck: str | None = None) -> Stats:
        """The engine's statistics now."""
        from cjtrainer.learn import stats
        from cjtrainer.learn.scheduling import local_tz

        return stats.compute(
            self.store, self.decks, now=self.clock(), tz=local_tz(), deck=deck,
            new_per_day=self.settings.new_per_day, reviews_per_day=self.settings.reviews_per_day,
        )

    def overview(self) -> Overview:
        """Counts for the home screen: per deck and goal, and what today holds."""
        from cjtrainer.learn.counts import home_counts
        from cjtrainer.learn.scheduling import local_tz

        now = self.clock()
        decks = self.decks
        counts = home_counts(self.store, decks, now=now, tz=local_tz(),
                             new_per_day=self.settings.new_per_day,
                             reviews_per_day=self.settings.reviews_per_day)
        deck_rows = []
        for deck in decks:
            c = counts.per_deck[deck.id]
            deck_rows.append(DeckRow(deck.id, deck.title, c.total, c.new_today, c.due,
                                     c.learned, c.new))
        return Overview(
            decks=tuple(deck_rows),
            goals=tuple(GoalRow(tag, c.total, c.todo, c.learned)
                        for tag, c in counts.per_goal.items()),
            due=counts.due_today,
            new=counts.new_available,
            streak=counts.streak,
        )

    # ------------------------------------------------------------------ sessions

    def _scheduler(self) -> Scheduler:
        from cjtrainer.learn.scheduling import Scheduler, SchedulerSettings

        # fsrs' own fuzz (Python's global random) spreads cards learned together
        return Scheduler(SchedulerSettings.from_settings(self.settings), fuzz=True)

    def study_session(self, deck: str | None = None, tag: str | None = None) -> StudySession:
        from cjtrainer.learn.session import Limits, StudySession

        return StudySession(
            self.store, self.decks, deck=deck, tag=tag, clock=self.clock, rng=self.rng,
            scheduler=self._scheduler(), limits=Limits.from_settings(self.settings),
        )

    def quiz_session(
        self, deck: str | None = None, tag: str | None = None, count: int = 10,
        types: Collection[str] | None = None, keys: Sequence[str] | None = None,
    ) -> QuizSession:
        from cjtrainer.learn.session import QuizSession

        return QuizSession(
            self.store, self.decks, deck=deck, tag=tag, count=count, clock=self.clock,
            rng=self.rng, scheduler=self._scheduler(), types=types, keys=keys,
        )

    def practice_session(
        self, deck: str | None = None, tag: str | None = None, count: int = 20,
        keys: Sequence[str] | None = None,
    ) -> PracticeSession:
        """Free practice of a deck or goal: graded, but the planning is left alone."""
        from cjtrainer.learn.session import PracticeSession

        return PracticeSession(self.store, self.decks, deck=deck, tag=tag, count=count,
                               clock=self.clock, rng=self.rng, keys=keys)

    def mistakes_this_week(self) -> list[str]:
        """Keys of the cards answered wrong in the last 7 days, the latest first."""
        from datetime import timedelta

        return list(self.store.mistake_keys(self.clock() - timedelta(days=7)))


class ExerciseServices:
    """The exercise screens' door to the engine: one student's attempts in ``data_dir``
    (``exercises.sqlite3``). ``open`` opens the store (a ``CjError`` when it cannot);
    ``close`` closes it."""

    def __init__(self, data_dir: Path, clock: Callable[[], datetime]) -> None:
        self.data_dir = data_dir
        self.clock = clock
        self._store: ExerciseStore | None = None

    def open(self) -> None:
        from cjtrainer.exercise.store import ExerciseStore

        if self._store is None:
            self._store = ExerciseStore(self.data_dir)

    @property
    def store(self) -> ExerciseStore:
        if self._store is None:
            self.open()
        assert self._store is not None
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def resume(self, exercise: Exercise) -> ExerciseSession | None:
        """The student's unfinished attempt at ``exercise``, if there is one."""
        from cjtrainer.exercise.session import ExerciseSession

        return ExerciseSession.resume(self.store, exercise, self.clock)

    def begin(self, exercise: Exercise) -> ExerciseSession:
        """A new attempt at ``exercise``."""
        from cjtrainer.exercise.session import ExerciseSession

        return ExerciseSession.begin(self.store, exercise, self.clock)

    def history(self, exercise_id: str | None = None) -> list[AttemptSummary]:
        return self.store.history(exercise_id)

    def attempt(self, attempt_id: int) -> Attempt | None:
        return self.store.load(attempt_id)

    def exported(self, attempt_id: int, path: Path) -> None:
        """Keep where the attempt's hand-in was saved (``exercise history`` shows it)."""
        self.store.set_export_path(attempt_id, path)

    def export_path(self, attempt_id: int) -> Path | None:
        """Where the attempt's hand-in was last saved, if it was."""
        return self.store.export_path(attempt_id)

    def last_scores(self) -> dict[str, int]:
        """The last score per exercise id, from a store opened just for this."""
        scores: dict[str, int] = {}
        for item in self.history():
            if item.score is not None:
                scores[item.exercise_id] = item.score
        return scores


# ---------------------------------------------------------------------- teacher's preview


class Trial(NamedTuple):
    """What a student would get for an answer: verdict word, score (0..1), feedback."""

    verdict: str
    score: float
    feedback: str


def load_deck_file(path: Path) -> LoadResult:
    """One content file, loaded and checked; nothing is written."""
    from cjtrainer.deck.load import load_file

    return load_file(path)


def try_answer(deck: Deck, card_key: str, answers: list[str]) -> Trial:
    """Grade ``answers`` for a card of ``deck`` as the study screen would (a
    ``CjError`` for an unknown card or a flashcard)."""
    from cjtrainer.learn.trial import try_answer as trial

    data = trial({deck.id: deck}, card_key, answers)
    return Trial(str(data["verdict"]), float(data["score"]), str(data["feedback"]))
