"""What to tell the student after an answer: Messages (keys and fields) the UI renders.

One truth per answer: every sentence is made from the grade's parts (their ``status``),
the same parts the card widgets mark, so the text never says otherwise than the marks.

``feedback(grade, lang=None, card=None, used_hint=False)`` gives one line:

* right: "Goed!"; an accepted answer other than the lesson's: "Goed! Het antwoord in
  de les is: Zoekmachine"; without its trema: "Goed! Met trema of accent: Oriëntatie";
  a typo: "Goed, maar let op de spelling: Oriëntatie"
* partial: "Deels goed: 3 van 5. Nog niet goed: Evaluatie, Resultaat"; a list names
  what is missing, given twice, misplaced and not part of it ("Ontbreekt: …",
  "Dubbel: …", "Op de verkeerde plek: …", "Hoort er niet bij: …"); select-all:
  "Niet aangevinkt: …", "Fout aangevinkt: …"; a match card names the pairs
  ("Nog niet goed: ZMOT → online")
* order: "Deels goed: 4 van 6 staan in de goede volgorde. Verkeerde volgorde: A, B.
  Goede volgorde: A → B → …"
* wrong: "Helaas. Het juiste antwoord: …"
* after the hint, a right answer adds "Met de hint telt het als moeilijk."

``feedback_messages(grade, card=None, used_hint=False)`` gives the sentences as Messages
(``learn.feedback.*`` with their fields), for a UI that lays them out; ``feedback``
renders and joins them. Pass the card when you have it: its type's ``feedback`` form
(``learn/cardtypes.py``) makes match, order and list feedback more precise.
"""

from __future__ import annotations

from typing import Any

from cjtrainer.deck.model import Card
from cjtrainer.i18n import Message, msg, render
from cjtrainer.learn.cardtypes import learn_type
from cjtrainer.learn.grading import Grade, PartResult


def _names(parts: list[PartResult], *, given: bool = False) -> str:
    seen: dict[str, None] = {}
    for p in parts:
        seen[p.given if given else p.expected] = None
    return ", ".join(seen)


def _say(key: str, **fields: object) -> Message:
    return msg(f"learn.feedback.{key}", **fields)


def feedback_messages(
    grade: Grade, card: Card | None = None, *, used_hint: bool = False
) -> list[Message]:
    parts = list(grade.parts)
    # the card type's way of wording it; without a card, what the parts show
    form = learn_type(card).feedback if card is not None else None
    card_: Any = card  # its fields, once the form says which type it is

    def having(*statuses: str) -> list[PartResult]:
        return [p for p in parts if p.status in statuses]

    out: list[Message] = []
    if grade.correct:
        typos = having("typo")
        alternatives = having("alternative")
        accents = having("accent")
        if typos:
            out.append(_say("typo", expected=", ".join(dict.fromkeys(
                p.matched or p.expected for p in typos))))
        elif alternatives:
            # a list: every item named, in the lesson's words ("bewustzijn" was left out
            # when only the other three were said another way, as if the answer had three)
            named = ([p for p in parts if p.expected and p.correct] if form == "list"
                     else alternatives)
            out.append(_say("note-alternative", expected=_names(named)))
        elif accents:
            out.append(_say("note-accent", expected=", ".join(dict.fromkeys(
                p.matched or p.expected for p in accents))))
        else:
            out.append(_say("right"))
        if typos and alternatives:
            out.append(_say("in-lesson", expected=_names(alternatives)))
    elif form == "order" or (form is None and having("misplaced") and not having(
            "wrong", "extra", "duplicate")):
        right = sum(1 for p in parts if p.expected and p.correct)
        total = len(card_.items) if form == "order" else grade.total_parts
        if grade.score > 0:
            out.append(_say("partial-order", right=right, total=total))
        else:
            out.append(_say("wrong-order"))
        misplaced = having("misplaced")
        if misplaced:
            out.append(_say("misplaced-order", items=_names(misplaced)))
        if having("missing"):
            out.append(_say("not-named", items=_names(having("missing"))))
        if having("extra"):
            out.append(_say("extra", items=_names(having("extra"), given=True)))
        out.append(_say("right-order", expected=grade.expected))
        return out
    elif grade.verdict == "wrong" and form != "list" and not having("duplicate", "missed"):
        out.append(_say("wrong", expected=grade.expected))
        return _with_hint(out, grade, used_hint)
    else:
        total = grade.total_parts
        if form == "list":
            total = max(1, min(card_.required, len(card_.items)))
        right = min(total, sum(1 for p in parts if p.expected and p.correct))
        if grade.verdict == "wrong":  # nothing counts (a wrong pick cancels a right one)
            out.append(_say("wrong-head"))
        else:
            out.append(_say("partial", right=right, total=total))
        if form == "match" and len(card_.pairs) == grade.total_parts:
            wrong = [f"{left} → {p.expected}"
                     for (left, _), p in zip(card_.pairs, parts, strict=False) if not p.correct]
            out.append(_say("missing", items=", ".join(wrong)))
        elif form == "choice" or having("missed"):
            if having("missed"):
                out.append(_say("missed", items=_names(having("missed"))))
        elif form == "list":
            missing = having("missing")
            if missing and card_.required < len(card_.items):
                out.append(_say("other-answers", items=_names(missing)))
            elif missing:
                out.append(_say("not-named", items=_names(missing)))
            if having("wrong"):
                out.append(_say("missing", items=_names(having("wrong"))))
        else:
            not_yet = having("wrong", "missing", "duplicate")
            if not_yet:
                out.append(_say("missing", items=_names(not_yet)))
    if having("misplaced"):
        out.append(_say("misplaced", items=_names(having("misplaced"), given=True)))
    if having("duplicate"):
        out.append(_say("duplicate", items=_names(having("duplicate"), given=True)))
    if having("extra"):
        key = "ticked-wrong" if form == "choice" or having("missed") else "extra"
        out.append(_say(key, items=_names(having("extra"), given=True)))
    return _with_hint(out, grade, used_hint)


def _with_hint(out: list[Message], grade: Grade, used_hint: bool) -> list[Message]:
    if used_hint and grade.correct:  # a right answer after the hint is rated Hard
        out.append(_say("hint-hard"))
    return out


def join(sentences: list[str]) -> str:
    """Sentences as one line: 'Deels goed: 2 van 3. Ontbreekt: X'."""
    line = ""
    for sentence in sentences:
        if line:
            line += " " if line[-1] in ".!?" else ". "
        line += sentence
    return line


def feedback(
    grade: Grade, lang: str | None = None, card: Card | None = None, *, used_hint: bool = False
) -> str:
    """The feedback rendered as one line in ``lang`` (default: the current UI language):
    for the UI's feedback line, and the ``try`` command and the preview."""
    return join([render(m, lang) for m in feedback_messages(grade, card, used_hint=used_hint)])


def has_note(grade: Grade) -> bool:
    """Right, but with something to say (a typo, another accepted answer, an accent)."""
    return grade.correct and any(
        p.status in ("typo", "alternative", "accent") for p in grade.parts)
