"""Cards derived from a model, so a teacher writes a phase model once and gets many questions.

Derived ids follow ``<model-id>.<kind>[.<step-slug>]`` and depend only on the model id and
the step slugs, never on positions or wording: reorder steps or reword a description and
every card keeps its progress. A step's slug is its ``id`` when given, otherwise its name
made into an id; to rename a step without losing progress, give it ``id: <old slug>``.

| id                          | card                                   | for            |
| --------------------------- | -------------------------------------- | -------------- |
| model.list                  | name all steps (ordered for sequence)  | both kinds     |
| model.order                 | put the steps in order                 | sequence       |
| model.flashcard.<slug>      | step name -> description               | both kinds     |
| model.choice.<slug>         | description -> which step              | both kinds     |
| model.next.<slug>           | which step comes after <step>          | sequence, not the last step |
| model.acronym.<slug>        | what a letter of the acronym stands for| with acronym   |
"""

from __future__ import annotations

import re
import unicodedata
from typing import TypedDict

from cjtrainer.deck import model as m

# Deck text, in the deck's language (not the UI's): these become part of the deck.
PHRASES = {
    "nl": {
        "list.sequence": "Noem de {n} stappen van {name}, in de goede volgorde.",
        "list.set": "Noem de {n} onderdelen van {name}.",
        "order": "Zet de stappen van {name} in de goede volgorde.",
        "flashcard": "{name}: wat houdt '{step}' in?",
        "choice": "Welk onderdeel van {name} wordt hier beschreven?\n\n{description}",
        "next": "{name}: welke stap komt na '{step}'?",
        "acronym": "Waar staat de {ordinal}letter {letter} van {acronym} voor?",
        "ordinal": "{n}e ",
    },
    "en": {
        "list.sequence": "Name the {n} steps of {name}, in the right order.",
        "list.set": "Name the {n} parts of {name}.",
        "order": "Put the steps of {name} in the right order.",
        "flashcard": "{name}: what is '{step}' about?",
        "choice": "Which part of {name} is described here?\n\n{description}",
        "next": "{name}: which step comes after '{step}'?",
        "acronym": "What does the {ordinal}letter {letter} of {acronym} stand for?",
        "ordinal": "{n}. ",
    },
}
MAX_CHOICES = 8


def slugify(text: str) -> str:
    """'Informatie zoeken' -> 'informatie-zoeken'; 'Oriëntatie' -> 'orientatie'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


class _Common(TypedDict):
    """The Card fields shared by the cards derived from a model (and, per step, its step)."""

    deck_id: str
    id: str
    tags: tuple[str, ...]
    line: int
    model_id: str
    sibling_group: str | None
    explain: str | None


def derive_cards(deck_id: str, model: m.Model, language: str = "nl") -> list[m.Card]:
    phrases = PHRASES.get(language, PHRASES["nl"])
    steps = model.steps
    if len(steps) < 2:
        return []
    sequence = model.kind == "sequence"
    explain = model.about

    def common(kind: str, step: m.Step | None = None, *, context_only: bool = False) -> _Common:
        card_id = f"{model.id}.{kind}" + (f".{step.slug}" if step else "")
        group = f"{deck_id}/{model.id}.step.{step.slug}" if step else None
        return {
            "deck_id": deck_id, "id": card_id, "tags": model.tags, "line": model.line,
            "model_id": model.id, "sibling_group": group,
            "explain": _explain(model, step) if step and not context_only else explain,
        }

    n = len(steps)
    cards: list[m.Card] = [
        m.ListCard(
            prompt=_sentence(phrases["list.sequence" if sequence else "list.set"].format(
                n=n, name=model.name)),
            items=tuple((step.name, *step.accept) for step in steps),
            ordered=sequence, **common("list"),
        )
    ]
    if sequence:
        cards.append(m.OrderCard(
            prompt=_sentence(phrases["order"].format(name=model.name)),
            items=tuple(step.name for step in steps), **common("order"),
        ))
    for index, step in enumerate(steps):
        cards.append(m.Flashcard(
            front=_sentence(phrases["flashcard"].format(name=model.name, step=step.name)),
            # The back already is the description: the explanation gives the context.
            back=step.description, **common("flashcard", step, context_only=True),
        ))
        cards.append(m.ChoiceCard(
            prompt=_sentence(phrases["choice"].format(name=model.name,
                                                      description=step.description)),
            choices=_choices(steps, index), answers=(step.name,),
            **common("choice", step),
        ))
        if sequence and index + 1 < n:
            following = steps[index + 1]
            cards.append(m.TypedCard(
                prompt=_sentence(phrases["next"].format(name=model.name, step=step.name)),
                answer=following.name, accept=following.accept,
                **common("next", step),
            ))
        if model.acronym:
            letter = model.acronym[index]
            repeated = model.acronym.upper().count(letter.upper()) > 1
            ordinal = phrases["ordinal"].format(n=index + 1) if repeated else ""
            cards.append(m.TypedCard(
                prompt=phrases["acronym"].format(
                    ordinal=ordinal, letter=letter.upper(), acronym=model.acronym),
                answer=step.name, accept=step.accept,
                **common("acronym", step),
            ))
    return cards


def _sentence(text: str) -> str:
    """Prompts may start with a model name written mid-sentence style ('de vijf fasen')."""
    return text[:1].upper() + text[1:]


def _explain(model: m.Model, step: m.Step) -> str:
    return f"{step.name}: {step.description}"


def _choices(steps: tuple[m.Step, ...], index: int) -> tuple[str, ...]:
    """All step names, or for long models the answer and its neighbours (always the same)."""
    names = [step.name for step in steps]
    if len(names) <= MAX_CHOICES:
        return tuple(names)
    start = min(max(0, index - MAX_CHOICES // 2), len(names) - MAX_CHOICES)
    return tuple(names[start:start + MAX_CHOICES])
