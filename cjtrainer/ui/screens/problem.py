"""A problem the student (or teacher) can fix, shown plainly: never a traceback."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from cjtrainer.i18n import t
from cjtrainer.ui.text import Localised, plain

if TYPE_CHECKING:
    from cjtrainer.errors import CjError
    from cjtrainer.learn.backup import Backup


class ProblemScreen(Localised, ModalScreen[None]):
    BINDINGS = [
        Binding("escape,enter,q", "close", "ui.key.close"),
        # A modal screen stops the search for a key's binding at itself, so the app's
        # ctrl+q would never be reached from here.
        Binding("ctrl+q", "app.quit", "ui.key.quit", show=False),
    ]

    def __init__(self, error: CjError, *, fatal: bool = False, exit_code: int = 2,
                 backup: Backup | None = None, backup_answers: int | None = None) -> None:
        super().__init__()
        self.error = error
        self.fatal = fatal  # the app cannot go on: the one way out is quitting
        self.exit_code = exit_code
        self.backup = backup  # cjtrainer.learn.backup.Backup offered for a damaged database
        self.backup_answers = backup_answers

    def compose(self) -> ComposeResult:
        with Vertical(id="problem", classes="dialog"):
            yield Static(t("ui.problem.title"), classes="dialog-title")
            yield Static(plain(getattr(self.error, "message", str(self.error))), id="problem-message")
            hint = getattr(self.error, "hint", None)
            if hint:
                yield Static(plain(hint), id="problem-hint")
            if self.backup is not None:
                answers = t("backup.answers", count=self.backup_answers or 0)
                yield Button(t("backup.offer", when=self.backup.shown_time, answers=answers),
                             id="problem-restore", variant="warning")
            label = t("ui.problem.quit") if self.fatal else t("ui.problem.close")
            yield Button(label, id="problem-close", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#problem-close", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "problem-restore":
            self.dismiss()
            self.app.restore_backup(self.backup)  # type: ignore[attr-defined]
            return
        self.action_close()

    def action_close(self) -> None:
        if self.fatal:
            self.app.exit(self.exit_code, return_code=self.exit_code)
        else:
            self.dismiss()
