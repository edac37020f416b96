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

Questions speak the model's own words: its ``name`` and its ``noun`` (fase, stap, stadium,
moment, veld), never one fixed word for every model. Explanations on choice, next and
acronym cards explain the answer (where it sits in the model and what it holds), not the
question.
"""

from __future__ import annotations

from typing import TypedDict

from cjtrainer.deck import model as m

# Deck text, in the deck's language (not the UI's): these become part of the deck.
# {one}/{many}: the model's noun without article ("fase", "fasen"); {the_one}: with its
# article ("de fase"); {which}: "welke" or "welk", after the noun's article.
PHRASES = {
    "nl": {
        "list.sequence": "Noem de {n} {many} van {name}, in de goede volgorde.",
        "list.set": "Noem de {n} {many} van {name}.",
        "order": "Zet de {many} van {name} in de goede volgorde.",
        "flashcard": "Wat houdt {the_one} '{step}' van {name} in?",
        "flashcard.named": "Wat houdt '{step}' van {name} in?",
        "choice": "{which} {one} van {name} wordt hier beschreven?\n\n{description}",
        "next": "{which} {one} van {name} komt na '{step}'?",
        "acronym": "Waar staat de {ordinal}letter {letter} van {acronym} voor?",
        "ordinal": "{n}e ",
        "explain.place": "'{step}' is {article} {position} van de {count} {many} van {name}.",
        "ordinals": "eerste tweede derde vierde vijfde zesde zevende achtste negende tiende",
        "explain.last": "laatste",
        "explain.after": "Ervoor komt '{before}'.",
        "explain.set": "'{step}' is een van de {count} {many} van {name}.",
        "default.noun": "het onderdeel|de onderdelen",
        "numbers": "twee drie vier vijf zes zeven acht negen tien elf twaalf",
    },
    "en": {
        "list.sequence": "Name the {n} {many} of {name}, in the right order.",
        "list.set": "Name the {n} {many} of {name}.",
        "order": "Put the {many} of {name} in the right order.",
        "flashcard": "What is {the_one} '{step}' of {name} about?",
        "flashcard.named": "What is '{step}' of {name} about?",
        "choice": "{which} {one} of {name} is described here?\n\n{description}",
        "next": "{which} {one} of {name} comes after '{step}'?",
        "acronym": "What does the {ordinal}letter {letter} of {acronym} stand for?",
        "ordinal": "{n}. ",
        "explain.place": "'{step}' is {article} {position} of the {count} {many} of {name}.",
        "ordinals": "first second third fourth fifth sixth seventh eighth ninth tenth",
        "explain.last": "last",
        "explain.after": "It follows '{before}'.",
        "explain.set": "'{step}' is one of the {count} {many} of {name}.",
        "default.noun": "the part|the parts",
        "numbers": "two three four five six seven eight nine ten eleven twelve",
    },
}
MAX_CHOICES = 8


def _flashcard_phrase(step: str, noun: str) -> str:
    """A step whose name already says the noun ("Zero moment of truth", a "moment of
    truth") is asked without it: never "het moment of truth 'Zero moment of truth'"."""
    return "flashcard.named" if noun.casefold() in step.casefold() else "flashcard"


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
    words = _words(model, phrases)

    def common(kind: str, step: m.Step | None = None, explain: str | None = None) -> _Common:
        card_id = f"{model.id}.{kind}" + (f".{step.slug}" if step else "")
        group = f"{deck_id}/{model.id}.step.{step.slug}" if step else None
        return {
            "deck_id": deck_id, "id": card_id, "tags": model.tags, "line": model.line,
            "model_id": model.id, "sibling_group": group, "explain": explain or model.about,
        }

    n = len(steps)
    cards: list[m.Card] = [
        m.ListCard(
            prompt=_sentence(phrases["list.sequence" if sequence else "list.set"].format(
                n=_number(n, phrases), **words)),
            items=tuple((step.name, *step.accept) for step in steps),
            ordered=sequence, **common("list"),
        )
    ]
    if sequence:
        cards.append(m.OrderCard(
            prompt=_sentence(phrases["order"].format(**words)),
            items=tuple(step.name for step in steps), **common("order"),
        ))
    for index, step in enumerate(steps):
        cards.append(m.Flashcard(
            front=_sentence(phrases[_flashcard_phrase(step.name, words["one"])].format(
                step=step.name, **words)),
            # The back already is the description: the explanation gives the context.
            back=step.description, **common("flashcard", step),
        ))
        cards.append(m.ChoiceCard(
            prompt=_sentence(phrases["choice"].format(description=step.description, **words)),
            choices=_choices(steps, index), answers=(step.name,),
            **common("choice", step, _explain(model, index, phrases, words)),
        ))
        if sequence and index + 1 < n:
            following = steps[index + 1]
            cards.append(m.TypedCard(
                prompt=_sentence(phrases["next"].format(step=step.name, **words)),
                answer=following.name, accept=following.accept,
                # About the answer, not about the step the question names.
                **common("next", step, _explain(model, index + 1, phrases, words)),
            ))
        if model.acronym:
            letter = model.acronym[index]
            repeated = model.acronym.upper().count(letter.upper()) > 1
            ordinal = phrases["ordinal"].format(n=index + 1) if repeated else ""
            cards.append(m.TypedCard(
                prompt=phrases["acronym"].format(
                    ordinal=ordinal, letter=letter.upper(), acronym=model.acronym),
                answer=step.name, accept=step.accept,
                **common("acronym", step, _explain(model, index, phrases, words)),
            ))
    return cards


def _words(model: m.Model, phrases: dict[str, str]) -> dict[str, str]:
    """The model's own words for the phrases: its name and its noun in every form needed."""
    the_one, the_many = model.noun or tuple(phrases["default.noun"].split("|"))
    article, _, one = the_one.partition(" ")
    many = the_many.partition(" ")[2] or the_many
    if phrases is PHRASES["en"]:
        which = "which"
    else:
        which = "welk" if article.casefold() == "het" else "welke"
    return {"name": model.name, "one": one or the_one, "many": many, "the_one": the_one,
            "which": which, "article": article if one else ""}


def _number(n: int, phrases: dict[str, str]) -> str:
    """Small counts in words, as Dutch and English prose writes them ('de vijf fasen')."""
    names = phrases["numbers"].split()
    return names[n - 2] if 2 <= n < len(names) + 2 else str(n)


def _explain(model: m.Model, index: int, phrases: dict[str, str], words: dict[str, str]) -> str:
    """Why the answer (step ``index``) is right: what it is, where it sits, what it holds."""
    step = model.steps[index]
    count = _number(len(model.steps), phrases)
    if model.kind == "set":
        lead = phrases["explain.set"].format(step=step.name, count=count, **words)
    else:
        ordinals = phrases["ordinals"].split()
        if index == len(model.steps) - 1 and index > 0:
            position = phrases["explain.last"]
        elif index < len(ordinals):
            position = ordinals[index]
        else:
            position = f"{index + 1}e" if phrases is PHRASES["nl"] else f"{index + 1}."
        lead = phrases["explain.place"].format(step=step.name, position=position, count=count,
                                               **words)
        if index > 0:
            lead += " " + phrases["explain.after"].format(before=model.steps[index - 1].name)
    return f"{lead} {step.description}"


def _sentence(text: str) -> str:
    """Prompts may start with a model name written mid-sentence style ('de vijf fasen')."""
    return text[:1].upper() + text[1:]


def _choices(steps: tuple[m.Step, ...], index: int) -> tuple[str, ...]:
    """All step names, or for long models the answer and its neighbours (always the same)."""
    names = [step.name for step in steps]
    if len(names) <= MAX_CHOICES:
        return tuple(names)
    start = min(max(0, index - MAX_CHOICES // 2), len(names) - MAX_CHOICES)
    return tuple(names[start:start + MAX_CHOICES])
