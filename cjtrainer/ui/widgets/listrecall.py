"""List recall: one input per item; enter moves on, and submits from the last one."""

from __future__ import annotations

from typing import Any

from textual.containers import Horizontal
from textual.widgets import Input, Label, Static

from cjtrainer.i18n import t
from cjtrainer.ui.widgets.base import AnswerInput, CardWidget


class ListWidget(CardWidget):
    def __init__(self, card: Any, **kwargs: Any) -> None:
        super().__init__(card, **kwargs)
        self.count = len(card.items)

    def compose(self):  # type: ignore[no-untyped-def]
        yield self.prompt_widget(self.card.prompt)
        help_key = "ui.list.help-ordered" if self.card.ordered else "ui.list.help"
        yield Static(t(help_key, count=self.count), classes="card-help")
        for index in range(self.count):
            with Horizontal(classes="list-row"):
                yield Label(f"{index + 1:>2}.", classes="list-number")
                yield AnswerInput(
                    id=f"item-{index}",
                    classes="list-input",
                    compact=True,
                    placeholder=t("ui.list.placeholder"),
                )

    def inputs(self) -> list[Input]:
        return list(self.query(".list-input").results(Input))

    def on_enter(self, field: Input) -> None:
        inputs = self.inputs()
        index = inputs.index(field)
        if index + 1 < len(inputs):
            inputs[index + 1].focus()
        else:
            self.submit()

    def blank_note(self) -> str | None:
        return t("ui.blank.typed") if not self.response() else None

    def response(self) -> tuple[str, ...]:
        return tuple(field.value.strip() for field in self.inputs() if field.value.strip())

    def show_result(self, grade: Any) -> None:
        self.freeze()
        parts = list(getattr(grade, "parts", ()) or ())
        given = {str(getattr(p, "given", "") or "").strip().casefold(): p for p in parts}
        for field in self.inputs():
            value = field.value.strip()
            if not value:
                continue
            part = given.get(value.casefold())
            if part is not None:
                field.add_class("-right" if getattr(part, "correct", False) else "-wrong")
            else:
                field.add_class("-wrong")
