"""The one place where the app meets the engine: catalogue, store, sessions and stats.

Screens ask this object for data and sessions; it holds no rules of its own beyond
shaping the engine's answers for display.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from cjtrainer import config
from cjtrainer.i18n import t


@dataclass(frozen=True, slots=True)
class DeckRow:
    id: str
    title: str
    cards: int
    new: int
    due: int


@dataclass(frozen=True, slots=True)
class GoalRow:
    tag: str
    cards: int
    due: int


@dataclass(frozen=True, slots=True)
class Overview:
    decks: tuple[DeckRow, ...]
    goals: tuple[GoalRow, ...]
    due: int
    new: int
    streak: int


class Services:
    def __init__(
        self,
        *,
        catalog: Any,
        store: Any,
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
        from cjtrainer.deck.catalog import content_folders, load_catalog
        from cjtrainer.learn.store import Store, default_path

        if folders is None:
            folders = content_folders(list(content), settings)
        catalog = load_catalog(folders)
        store = Store(default_path(data_dir))
        return cls(
            catalog=catalog, store=store, settings=settings, clock=clock, rng=rng,
            data_dir=data_dir,
        )

    def close(self) -> None:
        self.store.close()

    # ------------------------------------------------------------------ data

    @property
    def skipped(self) -> list[tuple[Path, list[Any]]]:
        return list(self.catalog.skipped)

    @property
    def decks(self) -> list[Any]:
        return list(self.catalog.decks.values())

    def scope_title(self, deck: str | None, tag: str | None) -> str:
        if deck is not None and deck in self.catalog.decks:
            return str(self.catalog.decks[deck].title)
        if tag is not None:
            from cjtrainer.ui.text import goal_label

            return t("ui.scope.goal", tag=goal_label(tag))
        return t("ui.scope.all")

    def stats(self, deck: str | None = None) -> Any:
        """The engine's statistics now (``cjtrainer.learn.stats.Stats``)."""
        from cjtrainer.learn import stats
        from cjtrainer.learn.scheduling import local_tz

        return stats.compute(
            self.store, self.decks, now=self.clock(), tz=local_tz(), deck=deck,
            new_per_day=self.settings.new_per_day,
        )

    def overview(self) -> Overview:
        """Counts for the home screen: per deck and goal, and what today holds."""
        now = self.clock()
        computed = self.stats()
        by_deck = {d.deck: d for d in computed.decks}
        deck_rows = []
        for deck in self.decks:
            counts = by_deck.get(deck.id)
            new = counts.new if counts else len(deck.cards)
            due = counts.due_today if counts else 0
            deck_rows.append(DeckRow(deck.id, deck.title, len(deck.cards), new, due))
        states = self.store.states()
        goals: dict[str, list[int]] = {}
        for deck in self.decks:
            for card in deck.cards:
                state = states.get(card.key)
                waiting = state is None or state.is_new or (
                    state.due is not None and state.due <= now
                )
                for tag in dict.fromkeys((*deck.tags, *card.tags)):
                    counts_ = goals.setdefault(tag, [0, 0])
                    counts_[0] += 1
                    counts_[1] += waiting
        return Overview(
            decks=tuple(deck_rows),
            goals=tuple(GoalRow(tag, c[0], c[1]) for tag, c in sorted(goals.items())),
            due=min(computed.total.due_today, self.settings.reviews_per_day),
            new=computed.new_available,
            streak=computed.streak,
        )

    # ------------------------------------------------------------------ sessions

    def _scheduler(self) -> Any:
        from cjtrainer.learn.scheduling import Scheduler, SchedulerSettings

        return Scheduler(SchedulerSettings(desired_retention=self.settings.desired_retention))

    def study_session(self, deck: str | None = None, tag: str | None = None) -> Any:
        from cjtrainer.learn.session import Limits, StudySession

        return StudySession(
            self.store, self.decks, deck=deck, tag=tag, clock=self.clock, rng=self.rng,
            scheduler=self._scheduler(), limits=Limits.from_settings(self.settings),
        )

    def quiz_session(
        self, deck: str | None = None, tag: str | None = None, count: int = 10
    ) -> Any:
        from cjtrainer.learn.session import QuizSession

        return QuizSession(
            self.store, self.decks, deck=deck, tag=tag, count=count, clock=self.clock,
            rng=self.rng, scheduler=self._scheduler(),
        )
