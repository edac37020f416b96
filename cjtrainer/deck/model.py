"""The values a deck file turns into. Immutable; built by ``deck.load``.

Card identity is ``deck-id/card-id`` (``Card.key``). Cards derived from a model or from
``reverse: true`` carry a dotted id (``biekar.order``, ``fasen.next.selectie``,
``klantreis.reverse``); teachers' ids never contain a dot, so the two never collide.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

# The type names, in the order the docs list them; each has its class in
# ``cjtrainer.deck.cardtypes`` (TYPES), which owns everything else about the type.
CARD_TYPES: tuple[str, ...] = (
    "flashcard", "choice", "truefalse", "typed", "cloze", "order", "match", "list",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Card:
    deck_id: str
    id: str
    tags: tuple[str, ...] = ()
    hint: str | None = None
    explain: str | None = None
    line: int = 0  # 1-based line in the deck file where the card (or its model) starts
    model_id: str | None = None  # set on cards derived from a model
    # Cards with the same sibling group are not shown on the same day (reverse cards,
    # cards derived from the same model step). Defaults to the card's own key.
    sibling_group: str | None = None
    type: str = field(default="", init=False)

    @property
    def key(self) -> str:
        return f"{self.deck_id}/{self.id}"

    @property
    def siblings(self) -> str:
        return self.sibling_group or self.key

    @property
    def derived(self) -> bool:
        return "." in self.id


@dataclass(frozen=True, slots=True, kw_only=True)
class Flashcard(Card):
    front: str
    back: str
    type: str = field(default="flashcard", init=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class ChoiceCard(Card):
    prompt: str
    choices: tuple[str, ...]
    answers: tuple[str, ...]  # one entry, or several for "select all that apply"
    multiple: bool = False  # True when the deck gave `answer` as a list
    type: str = field(default="choice", init=False)

    @property
    def select_all(self) -> bool:
        """Asked as "select all that apply": the deck gave a list, or several answers."""
        return self.multiple or len(self.answers) > 1


@dataclass(frozen=True, slots=True, kw_only=True)
class TrueFalseCard(Card):
    statement: str
    answer: bool
    type: str = field(default="truefalse", init=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class TypedCard(Card):
    prompt: str
    answer: str
    accept: tuple[str, ...] = ()
    strict: bool = False
    type: str = field(default="typed", init=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class ClozeCard(Card):
    text: str  # as written, with {{gaps}}
    # The text split at the gaps: len(parts) == len(gaps) + 1; gap i sits between
    # parts[i] and parts[i + 1].
    parts: tuple[str, ...]
    gaps: tuple[tuple[str, ...], ...]  # per gap: the answer, then accepted alternatives
    # Gaps (0-based) whose answers may be given in any order among themselves
    # (`any_order: true` = all gaps; a list of gap numbers = those).
    any_order: tuple[int, ...] = ()
    type: str = field(default="cloze", init=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class OrderCard(Card):
    prompt: str
    items: tuple[str, ...]  # in the right order
    type: str = field(default="order", init=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class MatchCard(Card):
    prompt: str
    pairs: tuple[tuple[str, str], ...]  # (left, right), rights distinct
    type: str = field(default="match", init=False)


@dataclass(frozen=True, slots=True, kw_only=True)
class ListCard(Card):
    prompt: str
    items: tuple[tuple[str, ...], ...]  # per item: the canonical answer, then alternatives
    ordered: bool = False
    min_correct: int | None = None  # None: all items
    type: str = field(default="list", init=False)

    @property
    def required(self) -> int:
        return len(self.items) if self.min_correct is None else self.min_correct


@dataclass(frozen=True, slots=True, kw_only=True)
class Step:
    slug: str  # the step's `id`, or its name made into an id; stable part of derived ids
    name: str
    description: str
    accept: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Model:
    id: str
    name: str
    kind: Literal["sequence", "set"]
    steps: tuple[Step, ...]
    about: str | None = None
    acronym: str | None = None
    # What one step is called, with its article, singular then plural: ("de fase", "de
    # fasen"), ("het stadium", "de stadia"). None: the derivation's neutral word ("onderdeel").
    noun: tuple[str, str] | None = None
    tags: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Deck:
    id: str
    title: str
    path: Path
    cards: tuple[Card, ...]  # the deck's own cards followed by the derived ones
    description: str | None = None
    language: str = "nl"
    tags: tuple[str, ...] = ()
    models: tuple[Model, ...] = ()

    @property
    def folder(self) -> Path:
        return self.path.parent

    def card(self, card_id: str) -> Card | None:
        for card in self.cards:
            if card.id == card_id:
                return card
        return None

    def all_tags(self) -> tuple[str, ...]:
        """Deck tags and card tags, in first-seen order."""
        seen: dict[str, None] = dict.fromkeys(self.tags)
        for card in self.cards:
            seen.update(dict.fromkeys(card.tags))
        return tuple(seen)


@dataclass(frozen=True, slots=True, kw_only=True)
class Section:
    id: str
    title: str
    prompt: str
    answers: int
    examples: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Criterion:
    id: str
    text: str


DEFAULT_SCALE: tuple[str, ...] = ("Nog niet", "Deels", "Goed", "Uitstekend")


@dataclass(frozen=True, slots=True, kw_only=True)
class Exercise:
    id: str
    title: str
    path: Path
    intro: str
    sections: tuple[Section, ...]
    rubric: tuple[Criterion, ...]
    minutes: int | None = None
    scale: tuple[str, ...] = DEFAULT_SCALE
