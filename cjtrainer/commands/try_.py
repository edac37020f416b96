"""``cjtrainer try CARD ANSWER... [--format json]``: what would a student get?

For teachers: grades one answer against one card exactly as a study session does (the
same grader, the same known terms of the deck), prints the verdict and the feedback a
student would see, and saves nothing. CARD is ``deck-id/card-id`` (derived ids too); each
ANSWER is one part: one gap, one list item, one position of an order card, one choice
text, one ``left=right`` pair of a match card (a typed card joins them with spaces).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from cjtrainer.i18n import t


def register(
    subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]
) -> None:
    p = subparsers.add_parser("try", parents=parents, help=t("learn.try.help"),
                              description=t("learn.try.description"))
    p.add_argument("card", metavar="KAART", help=t("learn.try.arg.card"))
    p.add_argument("answer", metavar="ANTWOORD", nargs="*", help=t("learn.try.arg.answer"))
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help=t("learn.try.arg.format"))
    p.set_defaults(handler=run)


def response_for(card: Any, answers: list[str]) -> object:
    """The command line's answer parts in the shape ``grade`` takes for this card."""
    kind = card.type
    if kind == "typed":
        return " ".join(answers)
    if kind == "truefalse":
        return answers[0] if answers else ""
    if kind == "match":
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
    return tuple(answers)


def verdict_word(grade: Any) -> str:
    """right, close (right with a note), partial or wrong."""
    from cjtrainer.learn.feedback import has_note

    if grade.correct:
        return "close" if has_note(grade) else "right"
    return str(grade.verdict)


def try_answer(decks: dict[str, Any], key: str, answers: list[str],
               lang: str | None = None) -> dict[str, Any]:
    """The verdict as a JSON-ready dict (what ``--format json`` prints)."""
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
        hint = t("learn.try.did-you-mean", keys=", ".join(close)) if close else t(
            "learn.try.not-found.hint")
        raise CjError(t("learn.try.not-found", card=key), hint)
    if card.type == "flashcard":
        raise CjError(t("learn.try.flashcard", card=key))
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


def run(args: argparse.Namespace) -> int:
    from cjtrainer.deck.catalog import load_catalog
    from cjtrainer.inert import inert

    catalog = load_catalog(extra=args.content)
    data = try_answer(catalog.decks, args.card, list(args.answer))
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(inert(f"{t('learn.try.verdict.' + data['verdict'])} ({data['score']:.0%})"))
    print(inert(data["feedback"]))
    for part in data["parts"]:
        mark = "✓" if part["correct"] else "✗"
        shown = part["given"] or "…"
        line = f"  {mark} {shown}"
        if part["status"] not in ("right", "missing", "wrong") or not part["correct"]:
            line += f"  [{t('learn.try.status.' + part['status'])}"
            if part["expected"] and part["expected"] != part["given"]:
                line += f": {part['expected']}"
            line += "]"
        print(inert(line))
    return 0
