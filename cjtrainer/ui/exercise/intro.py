"""Intro: the persona and scenario (the exercise's intro text), what is asked, the time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widget import Widget
from textual.widgets import Button, Static

from cjtrainer.deck.model import Exercise
from cjtrainer.exercise.report import format_date
from cjtrainer.i18n import t
from cjtrainer.ui.exercise.step import Begin, OpenHistory
from cjtrainer.ui.text import plain

if TYPE_CHECKING:
    from cjtrainer.ui.services import ExerciseServices


class IntroStep(Widget):
    DEFAULT_CSS = """
    IntroStep { layout: vertical; height: 1fr; }
    IntroStep #intro-page { height: 1fr; }
    IntroStep #intro-text { margin: 1 0; }
    IntroStep #intro-buttons { height: 3; }
    IntroStep #intro-buttons Button { margin: 0 1 0 0; }
    """

    def __init__(self, exercise: Exercise, attempts: ExerciseServices | None) -> None:
        super().__init__(id="step-intro")
        self.exercise = exercise
        self.attempts = attempts

    def compose(self) -> ComposeResult:
        exercise = self.exercise
        with VerticalScroll(id="intro-page"):
            yield Static(plain(exercise.intro.strip()), id="intro-text")
            asked = Text(t("exercise.intro.asked") + "\n", style="bold")
            for section in exercise.sections:
                asked.append("  • ")
                asked.append(section.title)
                asked.append(
                    "  " + t("exercise.intro.answers", n=section.answers) + "\n", style="dim"
                )
            yield Static(asked)
            how = t("exercise.intro.how")
            if exercise.minutes:
                how = t("exercise.intro.minutes", minutes=exercise.minutes) + " " + how
            yield Static(plain(how), id="intro-how")
            history = self.attempts.history(exercise.id) if self.attempts is not None else []
            done = [h for h in history if h.score is not None]
            if done:
                last = done[-1]
                yield Static(
                    plain(t("exercise.intro.last", date=format_date(last.dated_at),
                            score=last.score, count=len(done))),
                    id="intro-last",
                )
        with Horizontal(id="intro-buttons"):
            yield Button(t("exercise.intro.start"), id="intro-start", variant="success")
            if self.attempts is not None and self.attempts.history(exercise.id):
                yield Button(t("exercise.result.history"), id="intro-history")

    def on_mount(self) -> None:
        self.query_one("#intro-start", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "intro-start":
            self.post_message(Begin())
        elif event.button.id == "intro-history":
            self.post_message(OpenHistory())
