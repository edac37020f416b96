"""What to tell the student after an answer, in the UI language.

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

``feedback_sentences(...)`` gives the sentences as a list, for a UI that lays them out.
Pass the card when you have it: it makes match, order and list feedback more precise.
"""

from __future__ import annotations

from collections.abc import Callable

from cjtrainer import i18n
from cjtrainer.deck.model import Card, ChoiceCard, ListCard, MatchCard, OrderCard
from cjtrainer.learn.grading import Grade, PartResult


def _names(parts: list[PartResult], *, given: bool = False) -> str:
    seen: dict[str, None] = {}
    for p in parts:
        seen[p.given if given else p.expected] = None
    return ", ".join(seen)


def feedback_sentences(
    grade: Grade, lang: str | None = None, card: Card | None = None, *, used_hint: bool = False
) -> list[str]:
    parts = list(grade.parts)

    def say(key: str, **fields: object) -> str:
        return text(f"learn.feedback.{key}", lang, **fields)

    def having(*statuses: str) -> list[PartResult]:
        return [p for p in parts if p.status in statuses]

    out: list[str] = []
    if grade.correct:
        typos = having("typo")
        alternatives = having("alternative")
        accents = having("accent")
        if typos:
            out.append(say("typo", expected=", ".join(dict.fromkeys(
                p.matched or p.expected for p in typos))))
        elif alternatives:
            out.append(say("note-alternative", expected=_names(alternatives)))
        elif accents:
            out.append(say("note-accent", expected=", ".join(dict.fromkeys(
                p.matched or p.expected for p in accents))))
        else:
            out.append(say("right"))
        if typos and alternatives:
            out.append(say("in-lesson", expected=_names(alternatives)))
    elif isinstance(card, OrderCard) or (card is None and having("misplaced") and not having(
            "wrong", "extra", "duplicate")):
        right = sum(1 for p in parts if p.expected and p.correct)
        total = len(card.items) if isinstance(card, OrderCard) else grade.total_parts
        if grade.score > 0:
            out.append(say("partial-order", right=right, total=total))
        else:
            out.append(say("wrong-order"))
        misplaced = having("misplaced")
        if misplaced:
            out.append(say("misplaced-order", items=_names(misplaced)))
        if having("missing"):
            out.append(say("not-named", items=_names(having("missing"))))
        if having("extra"):
            out.append(say("extra", items=_names(having("extra"), given=True)))
        out.append(say("right-order", expected=grade.expected))
        return out
    elif grade.verdict == "wrong" and not isinstance(card, ListCard) and not having(
            "duplicate", "missed"):
        out.append(say("wrong", expected=grade.expected))
        return _with_hint(out, grade, used_hint, say)
    else:
        total = grade.total_parts
        if isinstance(card, ListCard):
            total = max(1, min(card.required, len(card.items)))
        right = min(total, sum(1 for p in parts if p.expected and p.correct))
        if grade.verdict == "wrong":  # nothing counts (a wrong pick cancels a right one)
            out.append(say("wrong-head"))
        else:
            out.append(say("partial", right=right, total=total))
        if isinstance(card, MatchCard) and len(card.pairs) == grade.total_parts:
            wrong = [f"{left} → {p.expected}"
                     for (left, _), p in zip(card.pairs, parts, strict=False) if not p.correct]
            out.append(say("missing", items=", ".join(wrong)))
        elif isinstance(card, ChoiceCard) or having("missed"):
            if having("missed"):
                out.append(say("missed", items=_names(having("missed"))))
        elif isinstance(card, ListCard):
            missing = having("missing")
            if missing and card.required < len(card.items):
                out.append(say("other-answers", items=_names(missing)))
            elif missing:
                out.append(say("not-named", items=_names(missing)))
            if having("wrong"):
                out.append(say("missing", items=_names(having("wrong"))))
        else:
            not_yet = having("wrong", "missing", "duplicate")
            if not_yet:
                out.append(say("missing", items=_names(not_yet)))
    if having("misplaced"):
        out.append(say("misplaced", items=_names(having("misplaced"), given=True)))
    if having("duplicate"):
        out.append(say("duplicate", items=_names(having("duplicate"), given=True)))
    if having("extra"):
        key = "ticked-wrong" if isinstance(card, ChoiceCard) or having("missed") else "extra"
        out.append(say(key, items=_names(having("extra"), given=True)))
    return _with_hint(out, grade, used_hint, say)


def _with_hint(
    out: list[str], grade: Grade, used_hint: bool, say: Callable[..., str]
) -> list[str]:
    if used_hint and grade.correct:  # a right answer after the hint is rated Hard
        out.append(say("hint-hard"))
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
    """One line of feedback in ``lang`` (default: the current UI language)."""
    return join(feedback_sentences(grade, lang, card, used_hint=used_hint))


def has_note(grade: Grade) -> bool:
    """Right, but with something to say (a typo, another accepted answer, an accent)."""
    return grade.correct and any(
        p.status in ("typo", "alternative", "accent") for p in grade.parts)


def text(key: str, lang: str | None = None, /, **fields: object) -> str:
    """``i18n.t`` in a given language without switching the global one."""
    if lang is None:
        return i18n.t(key, **fields)
    texts = i18n.catalogue().get(key)
    if texts is None:
        return key
    template = texts.get(lang) or texts["nl"]
    return i18n.fill(template, **fields) if fields else template
