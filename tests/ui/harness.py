"""A tiny app that shows one card widget, for Pilot tests of the widgets alone."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from textual.app import App
from textual.containers import VerticalScroll

from cjtrainer.ui.widgets import widget_for
from cjtrainer.ui.widgets.base import CardWidget

STYLES = Path(__file__).parents[2] / "cjtrainer" / "ui" / "styles"


class CardHost(App[None]):
    CSS_PATH = [STYLES / "cards.tcss"]

    def __init__(self, card: Any, seed: int = 1) -> None:
        super().__init__()
        self.card = card
        self.widget = widget_for(card, rng=random.Random(seed))
        self.answers: list[Any] = []
        self.ratings: list[int] = []

    def compose(self):  # type: ignore[no-untyped-def]
        with VerticalScroll():
            yield self.widget

    def on_mount(self) -> None:
        self.call_after_refresh(self.widget.focus_first)

    def on_card_widget_answered(self, event: CardWidget.Answered) -> None:
        self.answers.append(event.response)

    def on_card_widget_rated(self, event: CardWidget.Rated) -> None:
        self.ratings.append(event.rating)
