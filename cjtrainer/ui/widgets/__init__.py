"""One widget per card type; :func:`widget_for` picks the right one."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the home screen's widgets live here too: no card widget at start-up
    from cjtrainer.ui.widgets.base import CardWidget


def widget_for_presentation(shown: Any, *, rng: random.Random | None = None) -> CardWidget:
    """The widget for the engine's ``Presentation``: learn mode's easier multiple-choice
    form of a typed or list card, and the engine's shuffled choices, items and rights."""
    card = shown.card
    if shown.mode == "choice":
        from cjtrainer.ui.widgets.choice import ChoiceWidget

        return ChoiceWidget(
            card, rng=rng, prompt=shown.prompt, choices=shown.choices, multiple=shown.multiple,
            classes="-easier" if shown.easier else None,
        )
    if shown.mode == "order":
        from cjtrainer.ui.widgets.order import OrderWidget

        return OrderWidget(card, rng=rng, items=shown.choices or None)
    if shown.mode == "match":
        from cjtrainer.ui.widgets.match import MatchWidget

        return MatchWidget(card, rng=rng, rights=shown.choices or None)
    return widget_for(card, rng=rng)


def widget_for(card: Any, *, rng: random.Random | None = None, shuffle: bool = True) -> CardWidget:
    """The widget for a card (any object with the card's fields and ``type``)."""
    kind = getattr(card, "type", "")
    if kind == "flashcard":
        from cjtrainer.ui.widgets.flashcard import FlashcardWidget

        return FlashcardWidget(card, rng=rng)
    if kind == "choice":
        from cjtrainer.ui.widgets.choice import ChoiceWidget

        return ChoiceWidget(card, rng=rng, shuffle=shuffle)
    if kind == "truefalse":
        from cjtrainer.ui.widgets.truefalse import TrueFalseWidget

        return TrueFalseWidget(card, rng=rng)
    if kind == "typed":
        from cjtrainer.ui.widgets.typed import TypedWidget

        return TypedWidget(card, rng=rng)
    if kind == "cloze":
        from cjtrainer.ui.widgets.cloze import ClozeWidget

        return ClozeWidget(card, rng=rng)
    if kind == "order":
        from cjtrainer.ui.widgets.order import OrderWidget

        return OrderWidget(card, rng=rng, shuffle=shuffle)
    if kind == "match":
        from cjtrainer.ui.widgets.match import MatchWidget

        return MatchWidget(card, rng=rng, shuffle=shuffle)
    if kind == "list":
        from cjtrainer.ui.widgets.listrecall import ListWidget

        return ListWidget(card, rng=rng)
    raise ValueError(f"no widget for card type {kind!r}")
