"""Comparing: per phase, the own answers next to the model answers.

The model answer that is closest to an own answer (rapidfuzz, see
``cjtrainer.exercise.compare``) is highlighted and marked with the number of that
answer, so the student sees at a glance what they had and what they missed.
"""

from __future__ import annotations

import string
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Static

from cjtrainer.i18n import t
from cjtrainer.ui.exercise.step import Advance, SessionStep, phase_title
from cjtrainer.ui.text import plain

if TYPE_CHECKING:
    from cjtrainer.exercise.session import ExerciseSession


def example_label(index: int) -> str:
    letters = string.ascii_uppercase
    return letters[index] if index < len(letters) else str(index + 1)


def item(label: Text, body: Text, classes: str) -> Widget:
    """A numbered entry whose wrapped lines stay indented under the text."""
    return Horizontal(
        Static(label, classes="compare-label"), Static(body, classes="compare-body"),
        classes=classes,
    )


class CompareStep(SessionStep):
    DEFAULT_CSS = """
    CompareStep { layout: vertical; height: 1fr; }
    CompareStep #compare-phase { height: 1; }
    CompareStep #compare-help { height: auto; color: $text-muted; margin: 0 0 1 0; }
    CompareStep #compare-columns { height: 1fr; }
    CompareStep .compare-column {
        width: 1fr; height: 1fr; border: round $primary-muted; padding: 0 1;
    }
    CompareStep .compare-column:focus { border: round $primary; }
    CompareStep .compare-item { height: auto; }
    CompareStep .compare-item.-gap { margin: 0 0 1 0; }
    CompareStep .compare-label { width: 3; }
    CompareStep .compare-body { width: 1fr; }
    CompareStep .compare-item.-hit .compare-body { color: $text-success; }
    CompareStep #compare-buttons { height: 3; }
    CompareStep #compare-buttons Button { margin: 0 1 0 0; }
    CompareStep #compare-spacer { width: 1fr; }
    """

    BINDINGS = [
        Binding("pagedown", "next_section", "exercise.key.next-phase", priority=True),
        Binding("pageup", "previous_section", "exercise.key.previous-phase", priority=True),
        Binding("ctrl+s", "assess", "exercise.key.to-assess", priority=True),
    ]

    def __init__(self, session: ExerciseSession) -> None:
        super().__init__(session, id="step-compare")
        self.section = 0

    def compose(self) -> ComposeResult:
        yield Static(id="compare-phase")
        yield Static(plain(t("exercise.compare.help")), id="compare-help")
        with Horizontal(id="compare-columns"):
            own = VerticalScroll(id="compare-own", classes="compare-column")
            own.border_title = t("exercise.compare.own")
            own.can_focus = True
            yield own
            models = VerticalScroll(id="compare-models", classes="compare-column")
            models.border_title = t("exercise.compare.models")
            models.can_focus = True
            yield models
        with Horizontal(id="compare-buttons"):
            yield Button(t("exercise.write.previous"), id="compare-previous")
            yield Button(t("exercise.write.next"), id="compare-next")
            yield Static(id="compare-spacer")
            yield Button(t("exercise.compare.to-assess"), id="compare-assess", variant="success")

    async def on_mount(self) -> None:
        await self.show_section()

    async def show_section(self) -> None:
        exercise = self.session.exercise
        s = self.section
        section = exercise.sections[s]
        self.query_one("#compare-phase", Static).update(
            phase_title("exercise.compare.phase", exercise, s)
        )
        answers = self.session.attempt.answers[s]
        matches = self.session.matches(s)
        matched_by: dict[int, list[int]] = {}
        gap = "compare-item -gap" if any(len(e) > 30 for e in section.examples) else "compare-item"
        own_items: list[Widget] = []
        for i, (answer, match) in enumerate(zip(answers, matches, strict=True)):
            body = Text()
            if answer.strip():
                body.append(answer.strip())
            else:
                body.append(f"({t('exercise.empty')})", style="dim italic")
            if match is not None and match.close:
                matched_by.setdefault(match.index, []).append(i + 1)
                body.append("\n")
                body.append(
                    t("exercise.compare.closest", label=example_label(match.index)),
                    style="dim",
                )
                body.append("\n")
                body.append(section.examples[match.index], style="italic")
            elif match is not None:
                body.append("\n")
                body.append(t("exercise.compare.none-close"), style="dim italic")
            own_items.append(item(Text(f"{i + 1}.", style="bold"), body, gap))
        model_items: list[Widget] = []
        if not section.examples:
            model_items.append(Static(Text(t("exercise.compare.no-examples"), style="dim italic")))
        for k, example in enumerate(section.examples):
            hits = matched_by.get(k)
            if hits:
                label = Text(f"{example_label(k)}.", style="bold reverse")
                body = Text(example, style="bold")
                body.append("  ◀ " + ", ".join(str(n) for n in hits))
                model_items.append(item(label, body, gap + " -hit"))
            else:
                label = Text(f"{example_label(k)}.", style="dim")
                model_items.append(item(label, plain(example), gap))
        own_box = self.query_one("#compare-own", VerticalScroll)
        model_box = self.query_one("#compare-models", VerticalScroll)
        await own_box.remove_children()
        await model_box.remove_children()
        await own_box.mount_all(own_items)
        await model_box.mount_all(model_items)
        # each phase starts at its top, not where the previous phase was scrolled to
        own_box.scroll_home(animate=False, immediate=True)
        model_box.scroll_home(animate=False, immediate=True)
        last = s == len(exercise.sections) - 1
        self.query_one("#compare-previous", Button).disabled = s == 0
        self.query_one("#compare-next", Button).disabled = last
        focus = "#compare-assess" if last else "#compare-next"
        self.query_one(focus, Button).focus()

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "compare-next":
            await self.action_next_section()
        elif event.button.id == "compare-previous":
            await self.action_previous_section()
        elif event.button.id == "compare-assess":
            self.action_assess()

    async def action_next_section(self) -> None:
        if self.section + 1 < len(self.session.exercise.sections):
            self.section += 1
            await self.show_section()

    async def action_previous_section(self) -> None:
        if self.section > 0:
            self.section -= 1
            await self.show_section()

    def action_assess(self) -> None:
        self.post_message(Advance(self.session.to_assess))
