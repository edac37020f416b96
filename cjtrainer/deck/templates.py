"""Commented starter files for ``cjtrainer new deck|exercise ID``.

The templates live next to this module (``templates/deck.yaml``, ``templates/exercise.yaml``)
and ship inside the wheel. They validate with zero problems and show every card type, a
model with an acronym, and an exercise with sections, examples, rubric and scale.
"""

from __future__ import annotations

from importlib import resources

from cjtrainer.deck.writer import yaml_scalar
from cjtrainer.inert import inert

KINDS: tuple[str, ...] = ("deck", "exercise")


def template_text(kind: str) -> str:
    """The raw template, with its ``__ID__``, ``__TITLE__`` and ``__FILE__`` placeholders."""
    if kind not in KINDS:
        raise ValueError(kind)
    return resources.files("cjtrainer.deck").joinpath("templates", f"{kind}.yaml").read_text(
        encoding="utf-8"
    )


def title_from_id(item_id: str) -> str:
    words = item_id.replace("-", " ").strip()
    return words[:1].upper() + words[1:]


def render(kind: str, item_id: str, *, title: str | None = None, file_name: str = "") -> str:
    """The template filled in for ``item_id`` (already a valid id). The title and file
    name come from the command line: made inert, so the file holds no control byte."""
    text = template_text(kind)
    return (
        text.replace("__ID__", item_id)
        .replace("__TITLE__", yaml_scalar(inert(title or title_from_id(item_id))))
        .replace("__FILE__", inert(file_name or f"{item_id}.yaml"))
    )
