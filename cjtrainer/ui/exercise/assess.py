"""Self-assessment: each own answer goed / deels / nog niet, each rubric criterion on the
scale, and a short reflection. Every choice and every keystroke is saved at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Static, TextArea

from cjtrainer.exercise.model import MAX_REFLECTION, Mark
from cjtrainer.exercise.session import incomplete_message
from cjtrainer.i18n import render, t
from cjtrainer.inert import inert
from cjtrainer.ui.exercise.step import (
    FAILED,
    Advance,
    ConfirmFinishWithoutReflection,
    SessionStep,
)
from cjtrainer.ui.exercise.widgets import ChoiceBar, numbered
from cjtrainer.ui.text import plain

if TYPE_CHECKING:
    from cjtrainer.exercise.session import ExerciseSession

# Low to high, like the rubric scale below it: key 1 is always the lowest.
MARK_ORDER = (Mark.NOG_NIET, Mark.DEELS, Mark.GOED)


class AssessStep(SessionStep):
    DEFAULT_CSS = """
    AssessStep { layout: vertical; height: 1fr; }
    AssessStep #assess-title { height: 1; text-style: bold; }
    AssessStep #assess-page { height: 1fr; }
    AssessStep .assess-heading { margin: 1 0 0 0; text-style: bold; color: $accent; }
    AssessStep .answer-row { height: auto; }
    AssessStep .answer-text { width: 1fr; height: auto; padding: 0 1 0 0; }
    AssessStep .empty-mark { width: auto; color: $text-muted; text-style: italic; }
    AssessStep .criterion { height: auto; margin: 1 0 0 0; }
    AssessStep #reflection { height: 6; margin: 0 1 0 0; }
    AssessStep #assess-buttons { height: 3; }
    AssessStep #assess-buttons Button { margin: 0 1 0 0; }
    AssessStep #assess-spacer { width: 1fr; }
    """

    BINDINGS = [
        Binding("ctrl+s", "finish", "exercise.key.finish", priority=True),
    ]

    def __init__(self, session: ExerciseSession) -> None:
        super().__init__(session, id="step-assess")

    def compose(self) -> ComposeResult:
        exercise = self.session.exercise
        attempt = self.session.attempt
        mark_labels = [t(f"exercise.mark.{m.value}") for m in MARK_ORDER]
        yield Static(t("exercise.assess.title"), id="assess-title")
        with VerticalScroll(id="assess-page"):
            yield Static(plain(t("exercise.assess.help")))
            for s, section in enumerate(exercise.sections):
                yield Static(plain(section.title), classes="assess-heading")
                for i, answer in enumerate(attempt.answers[s]):
                    mark = attempt.marks[s][i]
                    with Horizontal(classes="answer-row"):
                        yield Static(numbered(i + 1, answer), classes="answer-text")
                        if not answer.strip():
                            # Not a disabled bar that tab skips: a student tabbing and
                            # pressing 1-3 would rate the next answer while looking at
                            # this one. Said in words, where the bar would be.
                            yield Static(t("exercise.assess.empty-mark"),
                                         id=f"mark-{s}-{i}", classes="empty-mark")
                            continue
                        yield ChoiceBar(
                            mark_labels,
                            MARK_ORDER.index(mark) if mark else None,
                            id=f"mark-{s}-{i}",
                        )
            if exercise.rubric:
                yield Static(plain(t("exercise.assess.rubric")), classes="assess-heading")
                for k, criterion in enumerate(exercise.rubric):
                    yield Static(plain(criterion.text), classes="criterion")
                    yield ChoiceBar(exercise.scale, attempt.rubric[k], id=f"rubric-{k}")
            yield Static(plain(t("exercise.assess.reflection")), classes="assess-heading")
            area = TextArea(attempt.reflection, id="reflection", soft_wrap=True)
            area.border_title = t("exercise.assess.reflection-hint")
            yield area
        with Horizontal(id="assess-buttons"):
            yield Button(t("exercise.assess.back"), id="assess-back")
            yield Static(id="assess-spacer")
            yield Button(t("exercise.assess.finish"), id="assess-finish", variant="success")

    def on_mount(self) -> None:
        first = next((bar for bar in self.query(ChoiceBar) if not bar.disabled), None)
        if first is not None:
            first.focus()

    def on_choice_bar_changed(self, event: ChoiceBar.Changed) -> None:
        event.stop()
        bar_id = event.bar.id or ""
        if bar_id.startswith("mark-"):
            _, s, i = bar_id.split("-")
            self.guard(
                lambda: self.session.set_mark(int(s), int(i), MARK_ORDER[event.value])
            )
        elif bar_id.startswith("rubric-"):
            k = int(bar_id.split("-")[1])
            self.guard(lambda: self.session.set_rubric(k, event.value))

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        text = event.text_area.text
        kept = self.guard(lambda: self.session.set_reflection(text))
        if kept is not FAILED and len(text) > MAX_REFLECTION:
            self.app.notify(t("exercise.write.capped", limit=MAX_REFLECTION), severity="warning")
            event.text_area.text = str(kept)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "assess-back":
            self.post_message(Advance(self.session.back_to_compare))
        elif event.button.id == "assess-finish":
            self.action_finish()

    def action_finish(self) -> None:
        unmarked = self.session.unmarked()
        unscored = self.session.unscored()
        if unmarked or unscored:
            # what is open, and which comes first: the focus goes there, the notice says it
            exercise = self.session.exercise
            if unmarked:
                first = t("exercise.assess.first-answer",
                          section=inert(exercise.sections[unmarked[0][0]].title),
                          n=unmarked[0][1] + 1)
            else:
                first = t("exercise.assess.first-criterion",
                          criterion=inert(exercise.rubric[unscored[0]].text))
            self.app.notify(f"{render(incomplete_message(len(unmarked), len(unscored)))} {first}",
                            severity="warning", markup=False)
            target = (
                f"#mark-{unmarked[0][0]}-{unmarked[0][1]}" if unmarked else f"#rubric-{unscored[0]}"
            )
            widget = self.query_one(target, ChoiceBar)
            widget.focus()
            widget.scroll_visible()
            return
        if not self.session.attempt.reflection.strip():
            self.post_message(ConfirmFinishWithoutReflection())
            return
        self.post_message(Advance(self.session.finish))
