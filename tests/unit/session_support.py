"""Helpers the study-session tests share (test_session, test_override): a clock, a small
deck of every kind, the answers of a student who knows everything, a session."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cjtrainer.deck.model import (
    Card,
    ChoiceCard,
    ClozeCard,
    Deck,
    Flashcard,
    ListCard,
    MatchCard,
    OrderCard,
    TrueFalseCard,
    TypedCard,
)
from cjtrainer.learn.session import StudySession
from cjtrainer.learn.store import Store

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@dataclass
class Clock:
    now: datetime = T0

    def __call__(self) -> datetime:
        return self.now

    def tick(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def make_deck(deck_id: str = "fasen", n_typed: int = 6, tags: tuple[str, ...] = ()) -> Deck:
    names = ["Oriëntatie", "Aankoop", "Levering", "Gebruik", "Evaluatie", "Nazorg",
             "Behoefte", "Keuze", "Service", "Retour"]
    cards: list[Card] = [
        TypedCard(deck_id=deck_id, id=f"t{i}", prompt=f"Fase {i}?", answer=names[i],
                  tags=("fase",) if i % 2 == 0 else ())
        for i in range(n_typed)
    ]
    cards += [
        Flashcard(deck_id=deck_id, id="kr", front="Klantreis", back="Alle stappen",
                  sibling_group=f"{deck_id}/kr"),
        Flashcard(deck_id=deck_id, id="kr.reverse", front="Alle stappen", back="Klantreis",
                  sibling_group=f"{deck_id}/kr"),
        ChoiceCard(deck_id=deck_id, id="c", prompt="Eerste fase?",
                   choices=("Oriëntatie", "Aankoop", "Levering"), answers=("Oriëntatie",)),
        TrueFalseCard(deck_id=deck_id, id="tf", statement="ZMOT is online.", answer=True),
    ]
    return Deck(id=deck_id, title=deck_id, path=Path(f"{deck_id}.yaml"), cards=tuple(cards),
                tags=tags)


def right_response(card: Card, shown_mode: str) -> object:
    """What a student who knows everything would answer."""
    if shown_mode == "choice":
        if isinstance(card, ChoiceCard):
            return card.answers
        if isinstance(card, TypedCard):
            return (card.answer,)
        if isinstance(card, ListCard):
            return tuple(item[0] for item in card.items)
    if isinstance(card, TypedCard):
        return card.answer
    if isinstance(card, TrueFalseCard):
        return card.answer
    if isinstance(card, ClozeCard):
        return tuple(g[0] for g in card.gaps)
    if isinstance(card, OrderCard):
        return card.items
    if isinstance(card, MatchCard):
        return dict(card.pairs)
    if isinstance(card, ListCard):
        return tuple(item[0] for item in card.items)
    raise AssertionError(card)


def session_for(store: Store, decks: list[Deck], clock: Clock, **kw: object) -> StudySession:
    return StudySession(store, decks, clock=clock, rng=random.Random(1), tz=UTC, **kw)  # type: ignore[arg-type]


def wrong_response(card: Card, shown_mode: str) -> object:
    if shown_mode in ("choice",):
        return ("zzz",)
    if isinstance(card, TrueFalseCard):
        return not card.answer
    if isinstance(card, MatchCard):
        return {}
    if isinstance(card, ClozeCard | OrderCard | ListCard):
        return ()
    return "zzz"
