"""One widget per card type; :func:`widget_for` picks the right one from ``WIDGETS``, the
UI's own map keyed by the names of ``cjtrainer.deck.cardtypes.TYPES``."""

from __future__ import annotations

import importlib
import random
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:  # the home screen's widgets live here too: no card widget at start-up
    from cjtrainer.deck.model import Card, MatchCard, OrderCard
    from cjtrainer.learn.session import Presentation
    from cjtrainer.ui.widgets.base import CardWidget


def widget_for_presentation(shown: Presentation, *,
                            rng: random.Random | None = None) -> CardWidget:
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

        # the engine asks "order" and "match" of those cards only (learn/cardtypes.py)
        return OrderWidget(cast("OrderCard", card), rng=rng, items=shown.choices or None)
    if shown.mode == "match":
        from cjtrainer.ui.widgets.match import MatchWidget

        return MatchWidget(cast("MatchCard", card), rng=rng, rights=shown.choices or None)
    return widget_for(card, rng=rng)


# card type -> (module under cjtrainer.ui.widgets, widget class): imported on first use
WIDGETS: dict[str, tuple[str, str]] = {
    "flashcard": ("flashcard", "FlashcardWidget"),
    "choice": ("choice", "ChoiceWidget"),
    "truefalse": ("truefalse", "TrueFalseWidget"),
    "typed": ("typed", "TypedWidget"),
    "cloze": ("cloze", "ClozeWidget"),
    "order": ("order", "OrderWidget"),
    "match": ("match", "MatchWidget"),
    "list": ("listrecall", "ListWidget"),
}
SHUFFLING = frozenset(("choice", "order", "match"))  # widgets that shuffle unless told not to


def widget_class(kind: str) -> type[CardWidget]:
    """The widget class for a card type."""
    if kind not in WIDGETS:
        raise ValueError(f"no widget for card type {kind!r}")
    module, name = WIDGETS[kind]
    widget: type[CardWidget] = getattr(
        importlib.import_module(f"cjtrainer.ui.widgets.{module}"), name)
    return widget


def widget_for(card: Card, *, rng: random.Random | None = None,
               shuffle: bool = True) -> CardWidget:
    """The widget for a card, by its ``type``."""
    kind = card.type
    widget = widget_class(kind)
    if kind in SHUFFLING:
        return widget(card, rng=rng, shuffle=shuffle)
    return widget(card, rng=rng)
