"""What to tell the student after an answer, in the UI language.

``feedback(grade, lang=None, card=None)`` gives one line:

* right: "Goed!"
* typo: "Goed, maar let op de spelling: Oriëntatie"
* partial: "Deels goed: 3 van 5. Nog niet goed: Evaluatie, Resultaat"
  (with wrong extras: "… Hoort er niet bij: Onzin"; an order card: "Deels goed: 4 van 6
  staan in de goede volgorde. Het juiste antwoord: A → B → …"; a match card names the
  pairs: "Nog niet goed: ZMOT → online")
* wrong: "Helaas. Het juiste antwoord: …"

``feedback_key(grade, card=None)`` gives the message key and its fields (``right``,
``total``, ``missing``, ``extra``, ``expected``), for a UI that styles the parts itself.
Pass the card when you have it: it makes match and order feedback more precise.
"""

from __future__ import annotations

from cjtrainer import i18n
from cjtrainer.deck.model import Card, MatchCard, OrderCard
from cjtrainer.learn.grading import Grade


def feedback_key(grade: Grade, card: Card | None = None) -> tuple[str, dict[str, object]]:
    if grade.verdict == "right":
        return "learn.feedback.right", {}
    if grade.verdict == "typo":
        spelled = ", ".join(p.expected for p in grade.typos) or grade.expected
        return "learn.feedback.typo", {"expected": spelled}
    if grade.verdict == "wrong":
        return "learn.feedback.wrong", {"expected": grade.expected}
    fields: dict[str, object] = {
        "right": grade.right_parts,
        "total": grade.total_parts,
        "expected": grade.expected,
    }
    if isinstance(card, OrderCard):
        return "learn.feedback.partial-order", fields
    parts = [p for p in grade.parts if p.expected]
    if isinstance(card, MatchCard) and len(card.pairs) == len(parts):
        missing = [f"{left} → {right}"
                   for (left, right), p in zip(card.pairs, parts, strict=True) if not p.correct]
    else:
        missing = [p.expected for p in parts if not p.correct]
    extras = [p.given for p in grade.parts if not p.expected]
    fields["missing"] = ", ".join(missing)
    fields["extra"] = ", ".join(extras)
    if missing and extras:
        return "learn.feedback.partial-missing-extra", fields
    if extras:
        return "learn.feedback.partial-extra", fields
    return "learn.feedback.partial", fields


def feedback(grade: Grade, lang: str | None = None, card: Card | None = None) -> str:
    """One line of feedback in ``lang`` (default: the current UI language)."""
    key, fields = feedback_key(grade, card)
    return text(key, lang, **fields)


def text(key: str, lang: str | None = None, /, **fields: object) -> str:
    """``i18n.t`` in a given language without switching the global one."""
    if lang is None:
        return i18n.t(key, **fields)
    texts = i18n.catalogue().get(key)
    if texts is None:
        return key
    template = texts.get(lang) or texts["nl"]
    return i18n.fill(template, **fields) if fields else template
