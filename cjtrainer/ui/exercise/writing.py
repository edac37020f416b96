"""Writing: one section (phase) at a time, the asked number of fields, a countdown.

Every keystroke is handed to the session, which writes it to disk at once. The
countdown is a suggestion: it can be paused (ctrl+t, or f2), runs on past zero and never
submits. An answer may take a few lines: Enter starts a new line, Tab and shift+Tab go to
the next and previous field, page down to the next phase and ctrl+s hands in (the
focused field says so; the buttons do the same).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Static, TextArea

from cjtrainer.exercise.model import MAX_ANSWER
from cjtrainer.i18n import t
from cjtrainer.ui import web_mode
from cjtrainer.ui.exercise.step import FAILED, ConfirmSubmit, SessionStep, phase_title
from cjtrainer.ui.exercise.widgets import AnswerInput, clock_text
from cjtrainer.ui.text import plain

if TYPE_CHECKING:
    from textual import events

    from cjtrainer.exercise.session import ExerciseSession


class WritingStep(SessionStep):
    DEFAULT_CSS = """
    WritingStep { layout: vertical; height: 1fr; }
    WritingStep #write-top { height: 1; }
    WritingStep #write-phase { width: 1fr; text-style: bold; }
    WritingStep #write-timer { width: auto; }
    WritingStep #write-timer.-over { color: $warning; }
    WritingStep #write-timer.-paused { color: $text-muted; }
    WritingStep #write-prompt { margin: 1 0 0 0; height: auto; }
    WritingStep #write-fields { height: 1fr; margin: 1 0 0 0; }
    WritingStep .field-row { height: auto; }
    WritingStep .field-number { width: 3; padding: 1 0 0 0; color: $text-muted; }
    /* a long answer wraps: the field grows up to 6 lines of text, then scrolls */
    WritingStep AnswerInput { width: 1fr; height: auto; max-height: 8; }
    WritingStep #write-buttons { height: 3; }
    WritingStep #write-buttons Button { margin: 0 1 0 0; }
    WritingStep #write-spacer { width: 1fr; }
    WritingStep #write-dots { width: auto; padding: 1 1 0 0; }
    """

    BINDINGS = [
        Binding("pagedown", "next_section", "exercise.key.next-phase", priority=True),
        Binding("pageup", "previous_section", "exercise.key.previous-phase", priority=True),
        Binding(web_mode.keys("ctrl+t", "f2"), "toggle_timer", "exercise.key.timer", priority=True),
        Binding("ctrl+s", "submit", "exercise.key.submit", priority=True),
    ]

    def __init__(self, session: ExerciseSession) -> None:
        super().__init__(session, id="step-writing")

    def compose(self) -> ComposeResult:
        with Horizontal(id="write-top"):
            yield Static(id="write-phase")
            yield Static(id="write-timer")
        yield Static(id="write-prompt")
        yield VerticalScroll(id="write-fields")
        with Horizontal(id="write-buttons"):
            yield Button(t("exercise.write.previous"), id="write-previous")
            yield Button(t("exercise.write.next"), id="write-next")
            yield Static(id="write-spacer")
            yield Static(id="write-dots")
            yield Button(t("exercise.write.submit"), id="write-submit", variant="success")

    async def on_mount(self) -> None:
        answers = self.session.attempt.answers[self.section_index]
        empty = [i for i, a in enumerate(answers) if not a.strip()]
        await self.show_section(focus_index=empty[0] if empty else 0)
        self.refresh_timer()
        self.set_interval(1.0, self.refresh_timer)

    @property
    def section_index(self) -> int:
        return self.session.attempt.section_index

    async def show_section(self, focus_index: int | None = 0) -> None:
        exercise = self.session.exercise
        s = self.section_index
        section = exercise.sections[s]
        self.query_one("#write-phase", Static).update(
            phase_title("exercise.write.phase", exercise, s)
        )
        self.query_one("#write-prompt", Static).update(plain(section.prompt))
        fields = self.query_one("#write-fields", VerticalScroll)
        await fields.remove_children()
        rows = []
        for i, answer in enumerate(self.session.attempt.answers[s]):
            row = Horizontal(
                Static(f"{i + 1}.", classes="field-number"),
                AnswerInput(
                    answer,
                    section=s,
                    index=i,
                    placeholder=t("exercise.write.placeholder", n=i + 1),
                    id=f"answer-{s}-{i}",
                ),
                classes="field-row",
            )
            rows.append(row)
        await fields.mount_all(rows)
        last = s == len(exercise.sections) - 1
        self.query_one("#write-previous", Button).disabled = s == 0
        self.query_one("#write-next", Button).disabled = last
        dots = Text()
        for i in range(len(exercise.sections)):
            filled = any(a.strip() for a in self.session.attempt.answers[i])
            symbol = "●" if i == s else ("◉" if filled else "○")
            dots.append(symbol + " ", style="bold" if i == s else "dim")
        self.query_one("#write-dots", Static).update(dots)
        if focus_index is not None:
            inputs = list(fields.query(AnswerInput))
            if inputs:
                inputs[min(focus_index, len(inputs) - 1)].focus()

    def refresh_timer(self) -> None:
        timer = self.query_one("#write-timer", Static)
        remaining = self.session.remaining()
        paused = self.session.timer_paused
        if remaining is None:
            text = t("exercise.write.elapsed", time=clock_text(self.session.elapsed()))
        elif remaining >= 0:
            text = t("exercise.write.remaining", time=clock_text(remaining))
        else:
            text = t("exercise.write.over", time=clock_text(remaining))
        if paused:
            text = t("exercise.write.paused", text=text)
        timer.update(Text("⏱ " + text))
        timer.set_class(remaining is not None and remaining < 0 and not paused, "-over")
        timer.set_class(paused, "-paused")

    # --- events ------------------------------------------------------------------

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        field = event.text_area
        if not isinstance(field, AnswerInput):
            return
        event.stop()
        value = field.text
        kept = self.guard(lambda: self.session.set_answer(field.section, field.index, value))
        if isinstance(kept, str) and kept != value and len(value) > MAX_ANSWER:
            field.value = kept
            field.notify_capped()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """The field being written in names its keys: Enter is a new line here, not
        "next", so the way on is said where the student looks."""
        for field in self.query(AnswerInput):
            field.border_subtitle = t("exercise.write.keys") if field is event.widget else ""

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "write-next":
            await self.action_next_section()
        elif event.button.id == "write-previous":
            await self.action_previous_section()
        elif event.button.id == "write-submit":
            self.action_submit()

    async def action_next_section(self) -> None:
        if self.section_index + 1 < len(self.session.exercise.sections):
            self.guard(lambda: self.session.go_to_section(self.section_index + 1))
            await self.show_section()

    async def action_previous_section(self) -> None:
        if self.section_index > 0:
            self.guard(lambda: self.session.go_to_section(self.section_index - 1))
            await self.show_section()

    def action_toggle_timer(self) -> None:
        paused = self.guard(self.session.toggle_timer)
        if paused is FAILED:
            return
        self.refresh_timer()
        self.app.notify(t("exercise.write.timer-paused" if paused else "exercise.write.timer-on"))

    def action_submit(self) -> None:
        self.post_message(ConfirmSubmit())
