"""Typed answer: one input, enter submits."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.widgets import Input, Static

from cjtrainer.i18n import t
from cjtrainer.ui.widgets.base import AnswerInput, CardWidget

if TYPE_CHECKING:
    from cjtrainer.deck.model import TypedCard
    from cjtrainer.learn.grading import Grade


class TypedWidget(CardWidget):
    card: TypedCard

    def compose(self) -> ComposeResult:
        yield self.prompt_widget(self.card.prompt)
        yield AnswerInput(placeholder=t("ui.typed.placeholder"), id="answer", classes="answer-input")
        yield Static(t("ui.typed.help"), classes="card-help")

    def on_enter(self, field: Input) -> None:
        self.submit()

    def blank_note(self) -> str | None:
        return t("ui.blank.typed") if not self.response().strip() else None

    def response(self) -> str:
        return self.query_one("#answer", Input).value

    def show_result(self, grade: Grade) -> None:
        self.freeze()
        verdict = grade.verdict
        self.query_one("#answer", Input).add_class(f"-{verdict}")
