"""Write deck and exercise data as YAML that a teacher can read and the loader reads back exactly.

Text must survive the trip unchanged: ``no``, ``1.10``, ``13%``, ``ja: nee`` and ``{{gap}}``
are strings, so the dumper quotes whatever a YAML parser would otherwise turn into something
else (booleans, numbers, dates, null, flow collections). Every dump is read back with the safe
loader and compared with the input; a difference is a bug in this module and raises.

``deck_to_data`` turns a loaded ``Deck`` (or ``Exercise``) back into the plain structure the
deck format describes, so tools can rewrite a deck without losing cards.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import yaml

from cjtrainer.deck.cardtypes import card_type
from cjtrainer.deck.model import (
    DEFAULT_SCALE,
    Card,
    Deck,
    Exercise,
    Model,
)
from cjtrainer.text import slugify

# The pure-Python emitter: libyaml's ignores the indentation hook below, and decks are small.
_BaseDumper = yaml.SafeDumper
_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Plain scalars that some YAML 1.1/1.2 parser (or an editor's highlighter) reads as a
# non-string. PyYAML's resolver already catches most; these are the extra cases a teacher's
# other tools may trip over (YAML 1.1 "y"/"n", octal-ish numbers, sexagesimal "1:30").
_AMBIGUOUS = re.compile(
    r"""^(?:
        [-+]?[0-9][0-9_.,:eE+-]*      # anything number-like: 1.10, 013, 1:30, 1e5, 1_000
      | [-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)
      | (?i:y|n|yes|no|on|off|true|false|null|~)
    )$""",
    re.VERBOSE,
)


class _DeckDumper(_BaseDumper):
    """Safe dumper with block style, unicode, and strings that stay strings."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # Indent list items under their key ("cards:\n  - id: ..."), as people write YAML.
        super().increase_indent(flow, False)


_SPECIAL_BREAKS = frozenset("\x85\u2028\u2029\r")


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    if any(ch in _SPECIAL_BREAKS or not (ch.isprintable() or ch in "\n\t") for ch in value):
        # Unicode line breaks and control characters: only double quotes keep them exact.
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    if "\n" in value.rstrip("\n") and _literal_ok(value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    if _AMBIGUOUS.match(value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="'")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


def _literal_ok(value: str) -> bool:
    """Whether a multi-line string reads back exactly as a ``|`` block."""
    lines = value.split("\n")
    if any(line != line.rstrip(" \t") for line in lines):
        return False  # trailing spaces would be invisible in an editor; quote instead
    if lines[0].startswith((" ", "\t")):
        return False
    return all(ch == "\n" or ch == "\t" or ch.isprintable() for ch in value)


_DeckDumper.add_representer(str, _represent_str)


def dump_yaml(data: Mapping[str, Any], *, header: str | None = None) -> str:
    """``data`` as YAML text, with an optional ``# comment`` header; read back to check."""
    text = yaml.dump(
        _plain(data),
        Dumper=_DeckDumper,
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
        indent=2,
    )
    check = yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    if check != _plain(data):
        raise AssertionError("YAML writer changed the data on the way out")  # a bug, not user error
    if header:
        comment = "".join(f"# {line}".rstrip() + "\n" for line in header.splitlines())
        text = comment + "\n" + text
    return text


def _plain(value: Any) -> Any:
    """Tuples to lists, mappings to dicts: what the safe loader gives back."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


# --- model objects back to the file structure -------------------------------------------


def card_to_data(card: Card) -> dict[str, Any]:
    """The mapping a teacher would write for ``card`` (its own keys only)."""
    out: dict[str, Any] = {"id": card.id, "type": card.type}
    out |= card_type(card).fields(card)
    if card.tags:
        out["tags"] = list(card.tags)
    if card.hint:
        out["hint"] = card.hint
    if card.explain:
        out["explain"] = card.explain
    return out


def model_to_data(model: Model) -> dict[str, Any]:
    out: dict[str, Any] = {"id": model.id, "name": model.name, "kind": model.kind}
    if model.about:
        out["about"] = model.about
    if model.acronym:
        out["acronym"] = model.acronym
    if model.noun:
        out["noun"] = list(model.noun)
    if model.tags:
        out["tags"] = list(model.tags)
    steps = []
    for step in model.steps:
        entry: dict[str, Any] = {}
        if step.slug != slugify(step.name):
            entry["id"] = step.slug  # keep the derived cards' ids (and their progress)
        entry |= {"name": step.name, "description": step.description}
        if step.accept:
            entry["accept"] = list(step.accept)
        steps.append(entry)
    out["steps"] = steps
    return out


def deck_to_data(deck: Deck) -> dict[str, Any]:
    """A deck as the file structure: own cards (derived ones folded back), models."""
    out: dict[str, Any] = {"deck": deck.id, "title": deck.title}
    if deck.description:
        out["description"] = deck.description
    if deck.language != "nl":
        out["language"] = deck.language
    if deck.tags:
        out["tags"] = list(deck.tags)
    if deck.models:
        out["models"] = [model_to_data(m) for m in deck.models]
    reversed_ids = {c.id.removesuffix(".reverse") for c in deck.cards if c.id.endswith(".reverse")}
    cards = []
    for card in deck.cards:
        if card.derived:
            continue
        entry = card_to_data(card)
        if card.id in reversed_ids:
            entry["reverse"] = True
        cards.append(entry)
    if cards:
        out["cards"] = cards
    return out


def exercise_to_data(exercise: Exercise) -> dict[str, Any]:
    out: dict[str, Any] = {"exercise": exercise.id, "title": exercise.title}
    out["intro"] = exercise.intro
    if exercise.minutes is not None:
        out["minutes"] = exercise.minutes
    out["sections"] = [
        {"id": s.id, "title": s.title, "prompt": s.prompt, "answers": s.answers,
         "examples": list(s.examples)}
        for s in exercise.sections
    ]
    out["rubric"] = [{"id": c.id, "text": c.text} for c in exercise.rubric]
    if tuple(exercise.scale) != DEFAULT_SCALE:
        out["scale"] = list(exercise.scale)
    return out


def yaml_scalar(value: str) -> str:
    """One string as a YAML scalar for a ``key: value`` line, quoted when it needs it."""
    line = dump_yaml({"x": " ".join(value.split())}).rstrip("\n")
    return line.removeprefix("x: ")
