"""The values a deck file turns into. Immutable; built by ``deck.load``.

Card identity is ``deck-id/card-id`` (``Card.key``). Cards derived from a model or from
``reverse: true`` carry a dotted id (``biekar.order``, ``fasen.next.selectie``,
``klantreis.reverse``); teachers' ids never contain a dot, so the two never collide.
"""

# No ``from __future__ import annotations`` here: msgspec reads these annotations when the
# deck cache builds its decoder at start-up, and annotations kept as texts would be
# evaluated first (about 6 M instructions more).
from pathlib import Path
from typing import ClassVar, Literal

import msgspec

# The type names, in the order the docs list them; each has its class in
# ``cjtrainer.deck.cardtypes`` (TYPES), which owns everything else about the type.
CARD_TYPES: tuple[str, ...] = (
    "flashcard", "choice", "truefalse", "typed", "cloze", "order", "match", "list",
)


class Value(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """The base of every value here: immutable (assigning raises AttributeError), compared
    and hashed by their fields and class, made with keywords only (each class says
    ``frozen`` and ``kw_only``: mypy and msgspec apply them class by class). Copies with
    changes: ``msgspec.structs.replace``.

    msgspec Structs rather than dataclasses: Python 3.11 compiles every method a dataclass
    generates from source (the fifteen frozen dataclasses cost about 85 M instructions at
    start-up, these about 2 M), and the deck cache decodes and type-checks its entries
    into these classes in C (``cjtrainer.deck.cache``), which is also why a field a class
    does not have is refused."""


class Card(Value, frozen=True, kw_only=True, tag_field="type"):
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
    # The type's name (CARD_TYPES), set by each class; the same text is its tag in the
    # deck cache's JSON (``tag=``).
    type: ClassVar[str] = ""

    @property
    def key(self) -> str:
        return f"{self.deck_id}/{self.id}"

    @property
    def siblings(self) -> str:
        return self.sibling_group or self.key

    @property
    def derived(self) -> bool:
        return "." in self.id


class Flashcard(Card, frozen=True, kw_only=True, tag="flashcard"):
    front: str
    back: str
    type: ClassVar[str] = "flashcard"


class ChoiceCard(Card, frozen=True, kw_only=True, tag="choice"):
    prompt: str
    choices: tuple[str, ...]
    answers: tuple[str, ...]  # one entry, or several for "select all that apply"
    multiple: bool = False  # True when the deck gave `answer` as a list
    type: ClassVar[str] = "choice"

    @property
    def select_all(self) -> bool:
        """Asked as "select all that apply": the deck gave a list, or several answers."""
        return self.multiple or len(self.answers) > 1


class TrueFalseCard(Card, frozen=True, kw_only=True, tag="truefalse"):
    statement: str
    answer: bool
    type: ClassVar[str] = "truefalse"


class TypedCard(Card, frozen=True, kw_only=True, tag="typed"):
    prompt: str
    answer: str
    accept: tuple[str, ...] = ()
    strict: bool = False
    type: ClassVar[str] = "typed"


class ClozeCard(Card, frozen=True, kw_only=True, tag="cloze"):
    text: str  # as written, with {{gaps}}
    # The text split at the gaps: len(parts) == len(gaps) + 1; gap i sits between
    # parts[i] and parts[i + 1].
    parts: tuple[str, ...]
    gaps: tuple[tuple[str, ...], ...]  # per gap: the answer, then accepted alternatives
    # Gaps (0-based) whose answers may be given in any order among themselves
    # (`any_order: true` = all gaps; a list of gap numbers = those).
    any_order: tuple[int, ...] = ()
    type: ClassVar[str] = "cloze"


class OrderCard(Card, frozen=True, kw_only=True, tag="order"):
    prompt: str
    items: tuple[str, ...]  # in the right order
    type: ClassVar[str] = "order"


class MatchCard(Card, frozen=True, kw_only=True, tag="match"):
    prompt: str
    pairs: tuple[tuple[str, str], ...]  # (left, right), rights distinct
    type: ClassVar[str] = "match"


class ListCard(Card, frozen=True, kw_only=True, tag="list"):
    prompt: str
    items: tuple[tuple[str, ...], ...]  # per item: the canonical answer, then alternatives
    ordered: bool = False
    min_correct: int | None = None  # None: all items
    type: ClassVar[str] = "list"

    @property
    def required(self) -> int:
        return len(self.items) if self.min_correct is None else self.min_correct


class Step(Value, frozen=True, kw_only=True):
    slug: str  # the step's `id`, or its name made into an id; stable part of derived ids
    name: str
    description: str
    accept: tuple[str, ...] = ()


class Model(Value, frozen=True, kw_only=True):
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


class Deck(Value, frozen=True, kw_only=True):
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


class Section(Value, frozen=True, kw_only=True):
    id: str
    title: str
    prompt: str
    answers: int
    examples: tuple[str, ...]


class Criterion(Value, frozen=True, kw_only=True):
    id: str
    text: str


DEFAULT_SCALE: tuple[str, ...] = ("Nog niet", "Deels", "Goed", "Uitstekend")


class Exercise(Value, frozen=True, kw_only=True):
    id: str
    title: str
    path: Path
    intro: str
    sections: tuple[Section, ...]
    rubric: tuple[Criterion, ...]
    minutes: int | None = None
    scale: tuple[str, ...] = DEFAULT_SCALE
