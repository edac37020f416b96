"""The card types, one class each: what the deck layer knows about a type.

A type owns its class (in ``model.py``), the keys a teacher writes for it (the
validator's allowed and required keys), the text it asks (``question``: the one place,
for titles, reports and the live quiz), the keys the writer gives back, the short
answer-like texts it holds (``terms``: learn mode's distractors), whether it is graded at
all, and its live-quiz form (``live``). The rest of the code asks :func:`card_type`
instead of testing ``isinstance``.

What a type does while learning (grading, how it is asked, learn mode's easier form) sits
one layer up, in ``cjtrainer.learn.cardtypes``, keyed by the same names; its widget in
``cjtrainer.ui.widgets`` (``WIDGETS``). docs/architecture.md, "A new card type", lists
every place.
"""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar

import msgspec

from cjtrainer.deck import model as m

C = TypeVar("C", bound=m.Card)

# The live quiz knows these kinds of question (cjtrainer.classroom.questions).
LIVE_KINDS = ("choice", "truefalse", "typed", "order")
LIVE_MAX_OPTIONS = 26  # options are lettered a..z on the students' screens


class LiveForm(msgspec.Struct, frozen=True):
    """A card as a live-quiz question: ``card`` is what answers are graded against (a
    converted copy when ``converted`` names why), ``options`` are sorted (never in the
    right order: rule 1, no answer leaks)."""

    card: m.Card
    kind: str  # one of LIVE_KINDS
    prompt: str
    options: tuple[str, ...] = ()
    multiple: bool = False
    converted: str = ""  # the reason it was converted (classroom.reason.<reason>), or ""


class CardType(Generic[C]):
    """One card type. Subclasses set the class attributes and override what differs."""

    name: ClassVar[str]
    card_class: ClassVar[type[m.Card]]
    required: ClassVar[tuple[str, ...]] = ()  # deck keys besides the common ones
    optional: ClassVar[tuple[str, ...]] = ()
    graded: ClassVar[bool] = True  # False: the student rates it (a flashcard)

    def question(self, card: C) -> str:
        """The text the card asks, as written (several lines kept)."""
        raise NotImplementedError

    def fields(self, card: C) -> dict[str, Any]:
        """The type's own keys as a teacher writes them (``deck.writer``)."""
        raise NotImplementedError

    def terms(self, card: C) -> list[str]:
        """Short answer-like texts the card holds (choices, gap answers, items, ...)."""
        return []

    def live(self, card: C) -> LiveForm | str:
        """The card as a live-quiz question, or why it is skipped (a reason key)."""
        return card.type or "unknown"

    def live_expected(self, card: C) -> str:
        """The right answer of a live-quiz question's card, for reveals and the report."""
        return ""


class FlashcardType(CardType[m.Flashcard]):
    name = "flashcard"
    card_class = m.Flashcard
    required = ("front", "back")
    optional = ("reverse",)
    graded = False

    def question(self, card: m.Flashcard) -> str:
        return card.front

    def fields(self, card: m.Flashcard) -> dict[str, Any]:
        return {"front": card.front, "back": card.back}

    def live(self, card: m.Flashcard) -> LiveForm | str:
        return "flashcard"  # students rate these themselves


class ChoiceType(CardType[m.ChoiceCard]):
    name = "choice"
    card_class = m.ChoiceCard
    required = ("prompt", "choices", "answer")

    def question(self, card: m.ChoiceCard) -> str:
        return card.prompt

    def fields(self, card: m.ChoiceCard) -> dict[str, Any]:
        answer: Any = list(card.answers) if card.multiple else card.answers[0]
        return {"prompt": card.prompt, "choices": list(card.choices), "answer": answer}

    def terms(self, card: m.ChoiceCard) -> list[str]:
        return list(card.choices)

    def live(self, card: m.ChoiceCard) -> LiveForm | str:
        if len(card.choices) > LIVE_MAX_OPTIONS:
            return "too-many-choices"
        return LiveForm(card, "choice", card.prompt, tuple(sorted(card.choices)),
                        multiple=card.select_all)

    def live_expected(self, card: m.ChoiceCard) -> str:
        return " | ".join(card.answers)


class TrueFalseType(CardType[m.TrueFalseCard]):
    name = "truefalse"
    card_class = m.TrueFalseCard
    required = ("statement", "answer")

    def question(self, card: m.TrueFalseCard) -> str:
        return card.statement

    def fields(self, card: m.TrueFalseCard) -> dict[str, Any]:
        return {"statement": card.statement, "answer": card.answer}

    def live(self, card: m.TrueFalseCard) -> LiveForm | str:
        return LiveForm(card, "truefalse", card.statement)

    def live_expected(self, card: m.TrueFalseCard) -> str:
        return "true" if card.answer else "false"


class TypedType(CardType[m.TypedCard]):
    name = "typed"
    card_class = m.TypedCard
    required = ("prompt", "answer")
    optional = ("accept", "strict")

    def question(self, card: m.TypedCard) -> str:
        return card.prompt

    def fields(self, card: m.TypedCard) -> dict[str, Any]:
        out: dict[str, Any] = {"prompt": card.prompt, "answer": card.answer}
        if card.accept:
            out["accept"] = list(card.accept)
        if card.strict:
            out["strict"] = True
        return out

    def terms(self, card: m.TypedCard) -> list[str]:
        return [card.answer]

    def live(self, card: m.TypedCard) -> LiveForm | str:
        return LiveForm(card, "typed", card.prompt)

    def live_expected(self, card: m.TypedCard) -> str:
        return card.answer


class ClozeType(CardType[m.ClozeCard]):
    name = "cloze"
    card_class = m.ClozeCard
    required = ("text",)
    optional = ("any_order",)

    def question(self, card: m.ClozeCard) -> str:
        # the sentence with … for the gaps, never the deck's {{gap|alternative}} syntax
        return "…".join(card.parts) if card.parts else card.text

    def fields(self, card: m.ClozeCard) -> dict[str, Any]:
        out: dict[str, Any] = {"text": card.text}
        if card.any_order:
            every = len(card.any_order) == len(card.gaps)
            out["any_order"] = True if every else [i + 1 for i in card.any_order]
        return out

    def terms(self, card: m.ClozeCard) -> list[str]:
        return [gap[0] for gap in card.gaps]

    def live(self, card: m.ClozeCard) -> LiveForm | str:
        if len(card.gaps) != 1:
            return "cloze-gaps"
        gap = card.gaps[0]
        typed = m.TypedCard(
            deck_id=card.deck_id, id=card.id, tags=card.tags, explain=card.explain,
            line=card.line, model_id=card.model_id, sibling_group=card.sibling_group,
            prompt=self.question(card), answer=gap[0], accept=gap[1:],
        )
        return LiveForm(typed, "typed", typed.prompt, converted="cloze-one-gap")


class OrderType(CardType[m.OrderCard]):
    name = "order"
    card_class = m.OrderCard
    required = ("prompt", "items")

    def question(self, card: m.OrderCard) -> str:
        return card.prompt

    def fields(self, card: m.OrderCard) -> dict[str, Any]:
        return {"prompt": card.prompt, "items": list(card.items)}

    def terms(self, card: m.OrderCard) -> list[str]:
        return list(card.items)

    def live(self, card: m.OrderCard) -> LiveForm | str:
        if not 2 <= len(card.items) <= LIVE_MAX_OPTIONS:
            return "order-size"
        return LiveForm(card, "order", card.prompt, tuple(sorted(card.items)))

    def live_expected(self, card: m.OrderCard) -> str:
        return " > ".join(card.items)


class MatchType(CardType[m.MatchCard]):
    name = "match"
    card_class = m.MatchCard
    required = ("prompt", "pairs")

    def question(self, card: m.MatchCard) -> str:
        return card.prompt

    def fields(self, card: m.MatchCard) -> dict[str, Any]:
        return {"prompt": card.prompt, "pairs": dict(card.pairs)}

    def terms(self, card: m.MatchCard) -> list[str]:
        return [right for _, right in card.pairs]


class ListType(CardType[m.ListCard]):
    name = "list"
    card_class = m.ListCard
    required = ("prompt", "items")
    optional = ("ordered", "min_correct")

    def question(self, card: m.ListCard) -> str:
        return card.prompt

    def fields(self, card: m.ListCard) -> dict[str, Any]:
        items = [item[0] if len(item) == 1 else list(item) for item in card.items]
        out: dict[str, Any] = {"prompt": card.prompt, "items": items}
        if card.ordered:
            out["ordered"] = True
        if card.min_correct is not None:
            out["min_correct"] = card.min_correct
        return out

    def terms(self, card: m.ListCard) -> list[str]:
        return [item[0] for item in card.items]


TYPES: dict[str, CardType[Any]] = {
    kind.name: kind
    for kind in (FlashcardType(), ChoiceType(), TrueFalseType(), TypedType(), ClozeType(),
                 OrderType(), MatchType(), ListType())
}
CARD_CLASSES: dict[str, type[m.Card]] = {name: kind.card_class for name, kind in TYPES.items()}
COMMON_KEYS = ("id", "type", "tags", "hint", "explain")


def card_type(card: m.Card | str) -> CardType[Any]:
    """The type of a card (or of a type name); ValueError for a type nobody registered."""
    name = card if isinstance(card, str) else card.type
    kind = TYPES.get(name)
    if kind is None:
        raise ValueError(f"unknown card type {name!r}")
    return kind


def question_text(card: m.Card) -> str:
    """The question side of any card on one line, for lists (mistakes, hardest cards); its
    key for a card without text."""
    kind = TYPES.get(card.type)
    text = kind.question(card) if kind is not None else ""
    return " ".join(text.split()) or card.key
