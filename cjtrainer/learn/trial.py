"""One answer graded against one card, as a study session would, without saving anything:
what `cjtrainer try` prints and what `preview` shows when a teacher types an answer."""

from __future__ import annotations

from typing import Any

from cjtrainer.i18n import msg


def response_for(card: Any, answers: list[str]) -> object:
    """The command line's answer parts in the shape ``grade`` takes for this card."""
    from cjtrainer.learn.cardtypes import learn_type

    return learn_type(card).response(card, answers)


def verdict_word(grade: Any) -> str:
    """right, close (right with a note), partial or wrong."""
    from cjtrainer.learn.feedback import has_note

    if grade.correct:
        return "close" if has_note(grade) else "right"
    return str(grade.verdict)


def try_answer(decks: dict[str, Any], key: str, answers: list[str],
               lang: str | None = None) -> dict[str, Any]:
    """The verdict as a JSON-ready dict (what ``--format json`` prints)."""
    from cjtrainer.deck.cardtypes import card_type
    from cjtrainer.errors import CjError
    from cjtrainer.learn.feedback import feedback
    from cjtrainer.learn.grading import grade
    from cjtrainer.learn.session import known_terms

    deck_id, _, card_id = key.partition("/")
    deck = decks.get(deck_id)
    card = deck.card(card_id) if deck is not None and card_id else None
    if deck is None or card is None:
        import difflib

        keys = [c.key for d in decks.values() for c in d.cards]
        close = difflib.get_close_matches(key, keys, n=3, cutoff=0.5)
        hint = msg("learn.try.did-you-mean", keys=", ".join(close)) if close else msg(
            "learn.try.not-found.hint")
        raise CjError(msg("learn.try.not-found", card=key), hint)
    if not card_type(card).graded:
        raise CjError(msg("learn.try.flashcard", card=key))
    result = grade(card, response_for(card, answers), others=known_terms(deck))
    return {
        "card": card.key,
        "type": card.type,
        "verdict": verdict_word(result),
        "score": round(result.score, 4),
        "feedback": feedback(result, lang, card),
        "expected": result.expected,
        "given": result.given,
        "parts": [
            {"expected": p.expected, "given": p.given, "correct": p.correct,
             "status": p.status, "matched": p.matched}
            | ({"place": p.place} if p.place else {})
            for p in result.parts
        ],
    }
