"""Deck cards turned into live-quiz questions, and the one place that grades them.

A live session knows four kinds: ``choice``, ``truefalse``, ``typed`` and ``order``. Other
cards are converted where that is fair (a cloze with one gap becomes a typed question)
and skipped otherwise (flashcards are rated by the student, not graded);
:func:`build_questions` says which. Each card type decides its own live form
(``CardType.live`` in ``cjtrainer.deck.cardtypes``).

Choices and order items are shown to each student in their own shuffled order. The
shuffle starts from the options sorted alphabetically, so what a student sees depends on
the options and the random generator only, never on which option is right or on the
right order (rule 1: no answer leaks).
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from cjtrainer.deck.cardtypes import LIVE_KINDS, TYPES, card_type
from cjtrainer.deck.model import Card
from cjtrainer.learn.grading import grade as engine_grade

KINDS = LIVE_KINDS


@dataclass(frozen=True, slots=True)
class Question:
    index: int
    card: Card  # the card answers are graded against (a converted copy for converted cards)
    source: str  # the deck card's key
    kind: str
    prompt: str
    options: tuple[str, ...]  # choice texts or order items, sorted (never the right order)
    multiple: bool = False
    explain: str | None = None
    tags: tuple[str, ...] = ()

    @property
    def expected(self) -> str:
        """The right answer as text, for reveals, the log and the report."""
        return card_type(self.card).live_expected(self.card)


@dataclass(frozen=True, slots=True)
class Note:
    """What happened to a deck card that is not a plain live-quiz question."""

    card: str  # key
    action: str  # "converted" or "skipped"
    reason: str  # e.g. "cloze-one-gap", "flashcard", "match" (classroom.reason.<reason>)


def build_questions(
    cards: Iterable[Card],
    *,
    tags: Sequence[str] = (),
    count: int | None = None,
    deck_tags: Sequence[str] = (),
) -> tuple[list[Question], list[Note]]:
    """The questions for a session, in deck order, one per sibling group. A question's
    tags are its card's tags plus the deck's (``deck_tags``); ``tags`` filters on them."""
    questions: list[Question] = []
    notes: list[Note] = []
    seen_siblings: set[str] = set()
    wanted = {t.casefold() for t in tags}
    for card in cards:
        if count is not None and len(questions) >= count:
            break
        card_tags = tuple(dict.fromkeys((*card.tags, *deck_tags)))
        if wanted and not wanted & {t.casefold() for t in card_tags}:
            continue
        if card.siblings in seen_siblings:
            continue
        form = card_type(card).live(card) if card.type in TYPES else card.type or "unknown"
        if isinstance(form, str):
            notes.append(Note(card.key, "skipped", form))
            continue
        if form.converted:
            notes.append(Note(card.key, "converted", form.converted))
        seen_siblings.add(card.siblings)
        questions.append(Question(
            index=len(questions), card=form.card, source=card.key, kind=form.kind,
            prompt=form.prompt, options=form.options, multiple=form.multiple,
            explain=form.card.explain, tags=card_tags,
        ))
    return questions, notes


def layout(question: Question, rng: random.Random) -> tuple[tuple[str, str], ...]:
    """One student's view of the options: ``(id, text)`` pairs, ids ``a``, ``b``, … in the
    order shown. True/false is always ``true`` then ``false``; typed has none."""
    if question.kind == "truefalse":
        return (("true", "true"), ("false", "false"))
    if question.kind not in ("choice", "order"):
        return ()
    options = list(question.options)
    rng.shuffle(options)
    return tuple((chr(ord("a") + i), text) for i, text in enumerate(options))


@dataclass(frozen=True, slots=True)
class Result:
    score: float  # 0..1
    verdict: str
    correct: bool
    expected: str
    given: str


def grade(card: Card, response: object, others: Sequence[str] = ()) -> Result:
    """Grade one response with the learning engine's grader (the single grading path).

    Response shapes: choice -> tuple of chosen choice texts; truefalse -> bool;
    typed -> str; order -> tuple of items. ``others``: the session's other typed answers,
    which a typo must not be closer to.
    """
    graded = engine_grade(card, response, others=others)
    score = float(graded.score)
    return Result(
        score=max(0.0, min(1.0, score)), verdict=str(graded.verdict), correct=score >= 0.999,
        expected=str(graded.expected), given=str(graded.given),
    )
