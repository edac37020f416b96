"""A problem the student (or teacher) can fix, shown plainly: never a traceback."""

from __future__ import annotations

from typing import Any

from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from cjtrainer.i18n import t
from cjtrainer.ui.text import Localised, plain


class ProblemScreen(Localised, ModalScreen[None]):
    BINDINGS = [Binding("escape,enter,q", "close", "ui.key.close")]

    def __init__(self, error: Any, *, fatal: bool = False, exit_code: int = 2) -> None:
        super().__init__()
        self.error = error
        self.fatal = fatal  # the app cannot go on: the one way out is quitting
        self.exit_code = exit_code

    def compose(self):  # type: ignore[no-untyped-def]
        with Vertical(id="problem", classes="dialog"):
            yield Static(t("ui.problem.title"), classes="dialog-title")
            yield Static(plain(getattr(self.error, "message", str(self.error))), id="problem-message")
            hint = getattr(self.error, "hint", None)
            if hint:
                yield Static(plain(hint), id="problem-hint")
            label = t("ui.problem.quit") if self.fatal else t("ui.problem.close")
            yield Button(label, id="problem-close", variant="primary")

    def on_mount(self) -> None:
        self.query_one(Button).focus()

    def on_button_pressed(self) -> None:
        self.action_close()

    def action_close(self) -> None:
        if self.fatal:
            self.app.exit(self.exit_code, return_code=self.exit_code)
        else:
            self.dismiss()
