"""True or false: keys 1/2, j/w/t (true) and n/o/f (false), or click a button."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button

from cjtrainer.i18n import t
from cjtrainer.ui.widgets.base import CardWidget

if TYPE_CHECKING:
    from cjtrainer.deck.model import TrueFalseCard
    from cjtrainer.learn.grading import Grade


class TrueFalseWidget(CardWidget, can_focus=True):
    BINDINGS = [
        Binding("1,j,w,t", "choose(True)", "ui.tf.true"),
        Binding("2,n,o,f", "choose(False)", "ui.tf.false"),
        Binding("left", "focus_button('tf-true')", show=False),
        Binding("right", "focus_button('tf-false')", show=False),
    ]

    card: TrueFalseCard

    def __init__(self, card: TrueFalseCard, **kwargs: Any) -> None:
        super().__init__(card, **kwargs)
        self.choice: bool | None = None

    def compose(self) -> ComposeResult:
        yield self.prompt_widget(self.card.statement)
        with Horizontal(classes="tf-buttons"):
            yield Button(t("ui.tf.true-button"), id="tf-true", classes="tf-true")
            yield Button(t("ui.tf.false-button"), id="tf-false", classes="tf-false")

    def focus_first(self) -> None:
        # The card itself, not a button: a stray enter must not answer "true".
        self.focus()

    def action_focus_button(self, button_id: str) -> None:
        self.query_one(f"#{button_id}", Button).focus()

    def action_choose(self, value: bool) -> None:
        if self.locked:
            return
        self.choice = value
        self.submit()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_choose(event.button.id == "tf-true")

    def response(self) -> bool:
        return bool(self.choice)

    def show_result(self, grade: Grade) -> None:
        self.freeze()
        right = "#tf-true" if self.card.answer else "#tf-false"
        self.query_one(right, Button).add_class("-right")
        if self.choice is not None and self.choice != self.card.answer:
            self.query_one("#tf-false" if self.card.answer else "#tf-true", Button).add_class(
                "-wrong"
            )
