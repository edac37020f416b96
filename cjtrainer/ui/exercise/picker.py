"""Choosing an exercise inside the student app, and the one call that wires it.

``open_exercises(app, exercises, data_dir, clock)`` is what the home screen calls: with
one exercise it opens it at once, with several it shows this list (title, phases, the
last self-score), with none it says so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from cjtrainer.clock import utc_now
from cjtrainer.deck.model import Exercise
from cjtrainer.errors import CjError
from cjtrainer.i18n import t
from cjtrainer.ui.exercise.screen import ExerciseScreen
from cjtrainer.ui.services import ExerciseServices
from cjtrainer.ui.text import localise_bindings, plain
from cjtrainer.ui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from cjtrainer.ui.app import CjApp


def open_exercises(
    app: CjApp,
    exercises: Sequence[Exercise],
    data_dir: Path,
    clock: Callable[[], datetime] | None = None,
) -> None:
    """Open the exercise (one), a list to choose from (several), or a notice (none)."""
    if not exercises:
        app.notify(t("exercise.picker.none"), severity="warning")
    elif len(exercises) == 1:
        app.push_screen(ExerciseScreen(exercises[0], data_dir, clock))
    else:
        app.push_screen(ExercisePickerScreen(exercises, data_dir, clock))


class ExercisePickerScreen(Screen[None]):
    DEFAULT_CSS = """
    ExercisePickerScreen #picker-title {
        height: 1; background: $primary-muted; text-style: bold; padding: 0 1;
    }
    ExercisePickerScreen OptionList { height: 1fr; margin: 1 1; }
    """
    BINDINGS = [Binding("escape", "back", "exercise.key.back")]

    def __init__(
        self,
        exercises: Sequence[Exercise],
        data_dir: Path,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__()
        self.exercises = sorted(exercises, key=lambda e: e.title.casefold())
        self.data_dir = data_dir
        self.clock = clock
        localise_bindings(self)

    def compose(self) -> ComposeResult:
        yield Static(plain(t("exercise.picker.title")), id="picker-title")
        yield OptionList(id="picker-list")
        yield KeyBar()

    def on_mount(self) -> None:
        self.refresh_list()

    def on_screen_resume(self) -> None:
        self.refresh_list()  # a finished attempt changes the last score

    def refresh_list(self) -> None:
        attempts = ExerciseServices(self.data_dir, self.clock or utc_now)
        try:
            scores = attempts.last_scores()
        except CjError:
            scores = {}  # the list still works; the exercise screen reports the problem
        finally:
            attempts.close()
        options = self.query_one(OptionList)
        highlighted = options.highlighted
        options.clear_options()
        for exercise in self.exercises:
            line = Text(exercise.title, style="bold")
            detail = t("exercise.picker.detail", phases=len(exercise.sections))
            if exercise.id in scores:
                detail += " · " + t("exercise.picker.last", score=scores[exercise.id])
            line.append("\n" + detail, style="dim")
            options.add_option(Option(line, id=exercise.id))
        options.highlighted = highlighted if highlighted is not None else 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        chosen = next(e for e in self.exercises if e.id == event.option.id)
        self.app.push_screen(ExerciseScreen(chosen, self.data_dir, self.clock))

    def action_back(self) -> None:
        self.dismiss()
