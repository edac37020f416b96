"""Result: the self-score and how it was computed, progress over earlier attempts, and
the hand-in (Markdown export, the student's name asked once and remembered)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from cjtrainer import config
from cjtrainer.errors import CjError
from cjtrainer.exercise.model import MAX_NAME, Attempt, Mark, clean_name
from cjtrainer.exercise.report import (
    default_filename,
    format_date,
    free_path,
    to_markdown,
    write,
)
from cjtrainer.i18n import language, msg, render, t
from cjtrainer.ui import web_mode
from cjtrainer.ui.exercise.step import Begin, Leave, OpenHistory, SessionStep
from cjtrainer.ui.text import localise_bindings, plain

if TYPE_CHECKING:
    from cjtrainer.exercise.session import ExerciseSession
    from cjtrainer.ui.services import ExerciseServices


def score_bar(percent: int, width: int = 30) -> Text:
    filled = round(width * percent / 100)
    return Text.assemble(("█" * filled, "bold green"), ("░" * (width - filled), "dim"))


class ResultStep(SessionStep):
    DEFAULT_CSS = """
    ResultStep { layout: vertical; height: 1fr; }
    ResultStep #result-page { height: 1fr; }
    ResultStep #result-score { margin: 1 0 0 0; text-style: bold; }
    ResultStep #result-parts { margin: 1 0 0 0; }
    ResultStep #result-phases { margin: 1 0 0 2; }
    ResultStep #result-rule { color: $text-muted; margin: 1 0 0 0; }
    ResultStep #result-progress { margin: 1 0 0 0; }
    ResultStep #result-exported { margin: 1 0 0 0; color: $text-success; }
    ResultStep #result-buttons { height: 3; }
    ResultStep #result-buttons Button { margin: 0 1 0 0; }
    """
    BINDINGS = [
        Binding("e", "export", "exercise.key.export"),
        Binding("h", "history", "exercise.key.history"),
        Binding("r", "again", "exercise.key.again"),
    ]

    def __init__(self, session: ExerciseSession) -> None:
        super().__init__(session, id="step-result")
        # set by the screen: where the hand-in goes, and where its path is kept
        self.export_dir: Path | None = None
        self.attempts: ExerciseServices | None = None

    def compose(self) -> ComposeResult:
        score = self.session.score()
        with VerticalScroll(id="result-page"):
            yield Static(
                Text.assemble(
                    t("exercise.result.score", percent=score.percent), "  ",
                    score_bar(score.percent),
                ),
                id="result-score",
            )
            parts = t("exercise.export.answer-summary", goed=score.goed, deels=score.deels,
                      nog_niet=score.nog_niet, total=score.total_answers,
                      percent=score.answers_percent)
            if score.rubric_percent is not None:
                parts += "\n" + t("exercise.export.rubric-summary", percent=score.rubric_percent)
            yield Static(plain(parts), id="result-parts")
            yield Static(self.phase_lines(), id="result-phases")
            yield Static(plain(t("exercise.score.rule")), id="result-rule")
            history = self.attempts.history(self.session.exercise.id) if self.attempts else []
            scores = [h for h in history if h.score is not None]
            if len(scores) > 1:
                line = " → ".join(
                    f"{format_date(h.dated_at)[:5]} {h.score}%" for h in scores[-5:]
                )
                yield Static(plain(t("exercise.result.progress", line=line)),
                             id="result-progress")
            exported = Static(id="result-exported")
            exported.display = False
            yield exported
        with Horizontal(id="result-buttons"):
            yield Button(t("exercise.result.export"), id="result-export", variant="success")
            yield Button(t("exercise.result.history"), id="result-history")
            yield Button(t("exercise.result.again"), id="result-again")
            yield Button(t("exercise.result.close"), id="result-close")

    def phase_lines(self) -> Text:
        """Per phase one dot per answer: ● goed, ◐ deels, ○ nog niet."""
        attempt = self.session.attempt
        width = max((len(s.title) for s in attempt.exercise.sections), default=0)
        text = Text()
        for s, section in enumerate(attempt.exercise.sections):
            if s:
                text.append("\n")
            text.append(section.title.ljust(width) + "  ")
            for answer, mark in zip(attempt.answers[s], attempt.marks[s], strict=True):
                if mark is Mark.GOED and answer.strip():
                    text.append("● ", style="bold green")
                elif mark is Mark.DEELS and answer.strip():
                    text.append("◐ ", style="yellow")
                else:
                    text.append("○ ", style="dim")
        text.append("\n" + t("exercise.result.legend"), style="dim")
        return text

    def on_mount(self) -> None:
        self.query_one("#result-export", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        button = event.button.id
        if button == "result-export":
            self.action_export()
        elif button == "result-history":
            self.action_history()
        elif button == "result-again":
            self.action_again()
        elif button == "result-close":
            self.post_message(Leave())

    def action_export(self) -> None:
        self.app.push_screen(
            ExportModal(self.session.attempt, self.export_dir, self.attempts), self.exported
        )

    def exported(self, path: Path | None) -> None:
        """The saved file's path stays on screen (a notice goes away before a student
        has written it down)."""
        if path is None:
            return
        line = self.query_one("#result-exported", Static)
        line.update(plain(t("exercise.export.saved-in", path=str(path))))
        line.display = True
        # once laid out: before that it is one line high, and a long path's second
        # line would stay below the fold on a small screen
        self.call_after_refresh(line.scroll_visible, animate=False)

    def action_history(self) -> None:
        self.post_message(OpenHistory())

    def action_again(self) -> None:
        self.post_message(Begin())


class ExportModal(ModalScreen[Path | None]):
    """Ask the name (remembered in the settings) and where to save, then write; the
    path is kept with the attempt (``attempts``), so ``exercise history`` can open it."""

    DEFAULT_CSS = """
    ExportModal { align: center middle; }
    ExportModal > Vertical {
        width: 70; height: auto; border: thick $primary; background: $surface; padding: 1 2;
    }
    ExportModal Static { margin: 1 0 0 0; }
    ExportModal Horizontal { height: 3; align-horizontal: right; margin: 1 0 0 0; }
    ExportModal Button { margin: 0 0 0 1; }
    """
    BINDINGS = [Binding("escape", "cancel", "exercise.key.cancel")]

    def __init__(self, attempt: Attempt, export_dir: Path | None = None,
                 attempts: ExerciseServices | None = None) -> None:
        super().__init__()
        self.attempt = attempt
        self.export_dir = export_dir
        self.attempts = attempts
        self.settings = config.load()
        localise_bindings(self)

    def compose(self) -> ComposeResult:
        name = self.settings.student_name or web_mode.student_name()
        folder = self.export_dir or Path.cwd()
        with Vertical():
            yield Static(t("exercise.export.title"), classes="title")
            yield Static(t("exercise.export.ask-name"))
            yield Input(name, id="export-name", max_length=MAX_NAME,
                        placeholder=t("exercise.export.name-placeholder"))
            if not web_mode.active():  # in the browser the file arrives as a download
                yield Static(t("exercise.export.ask-path"))
                yield Input(str(free_path(folder / default_filename(self.attempt, name or None))),
                            id="export-path")
            with Horizontal():
                yield Button(t("exercise.export.cancel"), id="export-cancel")
                yield Button(t("exercise.export.save"), id="export-save", variant="success")

    def on_mount(self) -> None:
        name = self.query_one("#export-name", Input)
        (name if not name.value else self.query_one("#export-save", Button)).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "export-name" and not web_mode.active():
            path_input = self.query_one("#export-path", Input)
            current = Path(path_input.value)
            suggested = default_filename(self.attempt, clean_name(event.value) or None)
            path_input.value = str(free_path(current.with_name(suggested)))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "export-name" and not web_mode.active():
            self.query_one("#export-path", Input).focus()
        else:
            self.save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "export-save":
            self.save()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def save(self) -> None:
        name = clean_name(self.query_one("#export-name", Input).value)
        if not name:
            self.app.notify(t("exercise.export.need-name"), severity="warning")
            self.query_one("#export-name", Input).focus()
            return
        if web_mode.active():
            filename = default_filename(self.attempt, name)
            document = to_markdown(self.attempt, name, language=language())
            web_mode.download(self.app, document, filename)
            self.app.notify(t("exercise.export.downloaded", name=filename), markup=False,
                            timeout=8)
            self.dismiss(None)
            return
        raw_path = self.query_one("#export-path", Input).value.strip()
        if not raw_path:
            raw_path = default_filename(self.attempt, name)
        path = Path(raw_path).expanduser()
        if path.is_dir():
            path = free_path(path / default_filename(self.attempt, name))
        try:
            written = write(path, to_markdown(self.attempt, name, language=language()))
        except OSError as error:
            failed = msg("exercise.export.failed", path=str(path), error=config.os_reason(error))
            self.app.notify(render(failed), severity="error", markup=False)
            return
        if self.attempts is not None:
            try:  # the file is written; keeping its path is a convenience
                self.attempts.exported(self.attempt.id, written)
            except CjError as error:
                self.app.notify(str(error), severity="warning", markup=False)
        if name != self.settings.student_name:
            try:  # the file is written; remembering the name is a convenience
                config.save(replace(self.settings, student_name=name))
            except config.ConfigError as error:  # a config.toml it cannot read stays
                self.app.notify(str(error), severity="warning", markup=False, timeout=12)
        self.app.notify(t("exercise.export.done", path=str(written)), markup=False, timeout=8)
        self.dismiss(written)
