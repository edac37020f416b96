"""History: earlier attempts at one exercise with date, step and self-score."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Static

from cjtrainer.exercise.model import Step
from cjtrainer.exercise.report import format_date
from cjtrainer.exercise.store import ExerciseStore
from cjtrainer.i18n import t
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
        Binding("e", "export", "exercise.key.export"),
    ]

    def __init__(
        self, store: ExerciseStore, exercise_id: str, title: str, export_dir: Path | None = None
    ) -> None:
        super().__init__()
        self.store = store
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
        history = self.store.history(self.exercise_id)
        table = self.query_one(DataTable)
        table.add_columns(
            t("exercise.history.attempt"), t("exercise.history.date"),
            t("exercise.history.step"), t("exercise.history.score"),
        )
        for item in reversed(history):
            table.add_row(
                str(item.id), format_date(item.started_at), step_label(item.step),
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
        self.action_export()

    def action_back(self) -> None:
        self.dismiss()

    def action_export(self) -> None:
        from cjtrainer.ui.screens.exercise_result import ExportModal

        table = self.query_one(DataTable)
        if table.row_count == 0:
            return
        row_key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        attempt = self.store.load(int(str(row_key.value)))
        if attempt is not None:
            self.app.push_screen(ExportModal(attempt, self.export_dir))
