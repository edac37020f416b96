"""History: earlier attempts at one exercise with date, step and self-score."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Static

from cjtrainer.exercise.model import Attempt, Step
from cjtrainer.exercise.report import format_date
from cjtrainer.i18n import t
from cjtrainer.ui.exercise.widgets import numbered
from cjtrainer.ui.services import ExerciseServices
from cjtrainer.ui.text import localise_bindings, plain
from cjtrainer.ui.widgets.keybar import KeyBar


def step_label(step: Step) -> str:
    return t(f"exercise.step.{step.value}")


class HistoryScreen(Screen[None]):
    DEFAULT_CSS = """
    HistoryScreen #history-title {
        height: 1; background: $primary-muted; text-style: bold; padding: 0 1;
    }
    HistoryScreen #history-summary { height: auto; padding: 1 1; }
    HistoryScreen DataTable { height: 1fr; margin: 0 1; }
    """
    BINDINGS = [
        Binding("escape", "back", "exercise.key.back"),
        Binding("enter", "open", "exercise.key.open", show=True),
        Binding("e", "export", "exercise.key.export"),
    ]

    def __init__(
        self, attempts: ExerciseServices, exercise_id: str, title: str,
        export_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.attempts = attempts
        self.exercise_id = exercise_id
        self.title_text = title
        self.export_dir = export_dir
        localise_bindings(self)

    def compose(self) -> ComposeResult:
        yield Static(plain(t("exercise.history.title", title=self.title_text)),
                     id="history-title")
        yield Static(id="history-summary")
        yield DataTable(cursor_type="row", zebra_stripes=True)
        yield KeyBar()

    def on_mount(self) -> None:
        history = self.attempts.history(self.exercise_id)
        table = self.query_one(DataTable)
        table.add_columns(
            t("exercise.history.attempt"), t("exercise.history.date"),
            t("exercise.history.step"), t("exercise.history.score"),
        )
        for item in reversed(history):
            table.add_row(
                str(item.id), format_date(item.dated_at), step_label(item.step),
                Text(f"{item.score}%" if item.score is not None else "—", justify="right"),
                key=str(item.id),
            )
        scores = [h.score for h in history if h.score is not None]
        if scores:
            summary = t("exercise.history.summary", count=len(scores), best=max(scores),
                        last=scores[-1])
        else:
            summary = t("exercise.history.none")
        self.query_one("#history-summary", Static).update(plain(summary))
        table.focus()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_back(self) -> None:
        self.dismiss()

    def selected(self) -> Attempt | None:
        table = self.query_one(DataTable)
        if table.row_count == 0:
            return None
        row_key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        return self.attempts.attempt(int(str(row_key.value)))

    def action_open(self) -> None:
        attempt = self.selected()
        if attempt is not None:
            self.app.push_screen(AttemptScreen(attempt, self.export_dir, self.attempts))

    def action_export(self) -> None:
        from cjtrainer.ui.exercise.result import ExportModal

        attempt = self.selected()
        if attempt is not None:
            self.app.push_screen(ExportModal(attempt, self.export_dir, self.attempts))


def attempt_text(attempt: Attempt) -> Text:
    """An earlier attempt to read: per phase each answer with its own mark, the rubric
    and the reflection (all of it the student's or the deck's text: plain)."""
    text = Text()
    exercise = attempt.exercise
    for s, section in enumerate(exercise.sections):
        text.append(("\n" if s else "") + section.title + "\n", style="bold")
        marks = attempt.marks[s] if s < len(attempt.marks) else ()
        for i, answer in enumerate(attempt.answers[s] if s < len(attempt.answers) else ()):
            mark = marks[i] if i < len(marks) else None
            text.append(numbered(i + 1, answer))
            label = t(f"exercise.mark.{mark.value}") if mark else t("exercise.mark.none")
            text.append(f"  · {label}\n", style="dim")
    if exercise.rubric:
        text.append("\n" + t("exercise.assess.rubric") + "\n", style="bold")
        for k, criterion in enumerate(exercise.rubric):
            value = attempt.rubric[k] if k < len(attempt.rubric) else None
            shown = exercise.scale[value] if value is not None else t("exercise.mark.none")
            text.append(f"{criterion.text}: ")
            text.append(f"{shown}\n", style="bold")
    if attempt.reflection.strip():
        text.append("\n" + t("exercise.view.reflection") + "\n", style="bold")
        text.append(attempt.reflection.strip() + "\n")
    return text


class AttemptScreen(Screen[None]):
    """One earlier attempt, to read again; e exports it."""

    DEFAULT_CSS = """
    AttemptScreen #attempt-title {
        height: 1; background: $primary-muted; text-style: bold; padding: 0 1;
    }
    AttemptScreen #attempt-page { height: 1fr; padding: 0 1; }
    AttemptScreen #attempt-file { color: $text-success; margin: 0 0 1 0; }
    """
    BINDINGS = [
        Binding("escape", "back", "exercise.key.back"),
        Binding("e", "export", "exercise.key.export"),
    ]

    def __init__(self, attempt: Attempt, export_dir: Path | None = None,
                 attempts: ExerciseServices | None = None) -> None:
        super().__init__()
        self.attempt = attempt
        self.export_dir = export_dir
        self.attempts = attempts
        localise_bindings(self)

    def compose(self) -> ComposeResult:
        attempt = self.attempt
        yield Static(plain(t("exercise.view.title", id=attempt.id,
                             date=format_date(attempt.dated_at),
                             step=step_label(attempt.step))), id="attempt-title")
        with VerticalScroll(id="attempt-page", can_focus=True):
            saved = self.attempts.export_path(attempt.id) if self.attempts else None
            if saved is not None:
                yield Static(plain(t("exercise.export.saved-in", path=str(saved))),
                             id="attempt-file")
            yield Static(attempt_text(attempt))
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#attempt-page").focus()

    def action_back(self) -> None:
        self.dismiss()

    def action_export(self) -> None:
        from cjtrainer.ui.exercise.result import ExportModal

        self.app.push_screen(ExportModal(self.attempt, self.export_dir, self.attempts),
                             self.exported)

    async def exported(self, path: Path | None) -> None:
        if path is not None:  # the file just saved is the one to name now
            await self.recompose()
            self.on_mount()
