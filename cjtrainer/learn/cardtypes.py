"""What each card type does while learning, keyed by the names of
``cjtrainer.deck.cardtypes.TYPES`` (the deck layer cannot know the grader): how it is
graded, how a session asks it, learn mode's easier form (a card of a simpler type that
asks the same), what the student types, and how the command line's answer parts become a
response.

The graders themselves are the functions of ``cjtrainer.learn.grading``; a type picks its
grader and the response shape it takes.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from typing import Any, ClassVar, Generic, TypeVar

from cjtrainer.deck import model as m
from cjtrainer.deck.cardtypes import card_type
from cjtrainer.learn import grading as g

C = TypeVar("C", bound=m.Card)
P = TypeVar("P")
Ask = Callable[..., P]  # functools.partial(Presentation, card=..., hint=..., phase=...)

GAP = "_____"  # a cloze's gap in the prompt a session shows


class LearnType(Generic[C]):
    name: ClassVar[str]
    # The student types the answer (typed, cloze, list as written): they may overrule a
    # wrong grade ("ik had het goed"); a pick from choices leaves nothing to overrule.
    typed: ClassVar[bool] = False
    # How learn/feedback.py words a wrong or partial answer: "order" (what is in place),
    # "list" (what is missing, even when nothing counts), "match" (the pairs), "choice"
    # (what was not or wrongly ticked) or "plain" (the parts not yet right).
    feedback: ClassVar[str] = "plain"

    def grade(self, card: C, response: object, others: Iterable[str]) -> g.Grade:
        """Grade a response (its shape: ``cjtrainer.learn.grading``). ``others``: more
        known terms a typo must not be closer to."""
        raise NotImplementedError

    def present(self, card: C, rng: random.Random, ask: Ask[P]) -> P:
        """The card as written: ``ask(mode=..., prompt=..., ...)`` with what the screen
        needs (choices shuffled with the session's ``rng``)."""
        raise NotImplementedError

    def easier(self, card: C) -> m.ChoiceCard | m.OrderCard | None:
        """Learn mode's easier form of a new card: a card of a simpler type that asks the
        same and is graded as that type. A choice card holds only the right options (the
        session adds wrong ones from the deck); an order card is asked as it is. None when
        the type has no easier form."""
        return None

    def accepted(self, card: C) -> tuple[tuple[str, ...], ...]:
        """Per answer part, the texts the grader accepts (never offered as a wrong option
        in the easier form)."""
        return ()

    def known_terms(self, card: C) -> tuple[str, ...]:
        """What this card adds to its deck's known terms (``session.known_terms``)."""
        return ()

    def response(self, card: C, answers: list[str]) -> object:
        """The command line's answer parts (``cjtrainer try``) in the shape ``grade`` takes."""
        return tuple(answers)


class FlashcardLearn(LearnType[m.Flashcard]):
    name = "flashcard"

    def grade(self, card: m.Flashcard, response: object, others: Iterable[str]) -> g.Grade:
        raise ValueError("flashcards are rated by the student, not graded")

    def present(self, card: m.Flashcard, rng: random.Random, ask: Ask[P]) -> P:
        return ask(mode="flashcard", prompt=card.front)


class ChoiceLearn(LearnType[m.ChoiceCard]):
    name = "choice"
    feedback = "choice"

    def grade(self, card: m.ChoiceCard, response: object, others: Iterable[str]) -> g.Grade:
        return g.grade_choice(card, g.as_tuple(response))

    def present(self, card: m.ChoiceCard, rng: random.Random, ask: Ask[P]) -> P:
        choices = list(card.choices)
        rng.shuffle(choices)
        return ask(mode="choice", prompt=card.prompt, choices=tuple(choices),
                   multiple=card.select_all)


class TrueFalseLearn(LearnType[m.TrueFalseCard]):
    name = "truefalse"

    def grade(self, card: m.TrueFalseCard, response: object, others: Iterable[str]) -> g.Grade:
        return g.grade_truefalse(card, response)

    def present(self, card: m.TrueFalseCard, rng: random.Random, ask: Ask[P]) -> P:
        return ask(mode="truefalse", prompt=card.statement)

    def response(self, card: m.TrueFalseCard, answers: list[str]) -> object:
        return answers[0] if answers else ""


class TypedLearn(LearnType[m.TypedCard]):
    name = "typed"
    typed = True

    def grade(self, card: m.TypedCard, response: object, others: Iterable[str]) -> g.Grade:
        return g.grade_typed(card, g.as_text(response), others)

    def present(self, card: m.TypedCard, rng: random.Random, ask: Ask[P]) -> P:
        return ask(mode="typed", prompt=card.prompt)

    def easier(self, card: m.TypedCard) -> m.ChoiceCard | m.OrderCard | None:
        return _choice(card, (card.answer,), multiple=False)

    def accepted(self, card: m.TypedCard) -> tuple[tuple[str, ...], ...]:
        return ((card.answer, *card.accept),)

    def known_terms(self, card: m.TypedCard) -> tuple[str, ...]:
        return (card.answer,)

    def response(self, card: m.TypedCard, answers: list[str]) -> object:
        return " ".join(answers)


class ClozeLearn(LearnType[m.ClozeCard]):
    name = "cloze"
    typed = True

    def grade(self, card: m.ClozeCard, response: object, others: Iterable[str]) -> g.Grade:
        return g.grade_cloze(card, g.as_tuple(response), others)

    def present(self, card: m.ClozeCard, rng: random.Random, ask: Ask[P]) -> P:
        return ask(mode="cloze", prompt=GAP.join(card.parts), gaps=len(card.gaps))


class OrderLearn(LearnType[m.OrderCard]):
    name = "order"
    feedback = "order"

    def grade(self, card: m.OrderCard, response: object, others: Iterable[str]) -> g.Grade:
        return g.grade_order(card, g.as_tuple(response))

    def present(self, card: m.OrderCard, rng: random.Random, ask: Ask[P]) -> P:
        items = list(card.items)
        for _ in range(10):  # never shown in the right order (when it has two items or more)
            rng.shuffle(items)
            if tuple(items) != card.items or len(items) < 2:
                break
        return ask(mode="order", prompt=card.prompt, choices=tuple(items))


class MatchLearn(LearnType[m.MatchCard]):
    name = "match"
    feedback = "match"

    def grade(self, card: m.MatchCard, response: object, others: Iterable[str]) -> g.Grade:
        return g.grade_match(card, response)

    def present(self, card: m.MatchCard, rng: random.Random, ask: Ask[P]) -> P:
        rights = [r for _, r in card.pairs]
        rng.shuffle(rights)
        return ask(mode="match", prompt=card.prompt, choices=tuple(rights),
                   lefts=tuple(left for left, _ in card.pairs))

    def response(self, card: m.MatchCard, answers: list[str]) -> object:
        chosen: dict[str, str] = {}
        lefts = [left for left, _ in card.pairs]
        for index, answer in enumerate(answers):
            for sep in ("=", "→", "->"):
                if sep in answer:
                    left, _, right = answer.partition(sep)
                    chosen[left.strip()] = right.strip()
                    break
            else:  # no left side: the pairs in the card's order
                if index < len(lefts):
                    chosen[lefts[index]] = answer.strip()
        return chosen


class ListLearn(LearnType[m.ListCard]):
    name = "list"
    typed = True
    feedback = "list"

    def grade(self, card: m.ListCard, response: object, others: Iterable[str]) -> g.Grade:
        return g.grade_list(card, g.as_tuple(response), others)

    def present(self, card: m.ListCard, rng: random.Random, ask: Ask[P]) -> P:
        return ask(mode="list", prompt=card.prompt)

    def easier(self, card: m.ListCard) -> m.ChoiceCard | m.OrderCard | None:
        names = tuple(item[0] for item in card.items)
        if card.required < len(names):
            # "name two of the five": a select-all would want all five ticked, so a
            # student who ticked the two the prompt asks for was graded partly right
            return None
        if card.ordered and len(names) > 2:
            # steps in order: picking them all would leave the order unasked, so the
            # steps are given and the student puts them in order (two steps, never
            # shown in order, would give the answer away: those stay a select-all)
            return m.OrderCard(deck_id=card.deck_id, id=card.id, prompt=card.prompt,
                               items=names, explain=card.explain)
        return _choice(card, names, multiple=True)

    def accepted(self, card: m.ListCard) -> tuple[tuple[str, ...], ...]:
        return card.items


def _choice(card: m.Card, answers: tuple[str, ...], *, multiple: bool) -> m.ChoiceCard:
    return m.ChoiceCard(deck_id=card.deck_id, id=card.id, prompt=card_type(card).question(card),
                        choices=answers, answers=answers, multiple=multiple,
                        explain=card.explain)


LEARN_TYPES: dict[str, LearnType[Any]] = {
    kind.name: kind
    for kind in (FlashcardLearn(), ChoiceLearn(), TrueFalseLearn(), TypedLearn(), ClozeLearn(),
                 OrderLearn(), MatchLearn(), ListLearn())
}


def learn_type(card: m.Card) -> LearnType[Any]:
    kind = LEARN_TYPES.get(card.type)
    if kind is None:
        raise ValueError(f"cannot learn a card of type {card.type!r}")
    return kind
