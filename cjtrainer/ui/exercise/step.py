"""What the exercise steps share: messages up, attributes down.

A step (intro, writing, comparing, self-assessment, result) is a widget that reads and
changes its ``session`` and never calls up to its screen: what only the screen can do
(begin an attempt, ask a confirmation, show the next step, open the history, leave) it
asks with a message, which the ``ExerciseScreen`` handles. The screen hands a step what
it needs as attributes when it mounts it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from rich.text import Text
from textual.message import Message
from textual.widget import Widget

from cjtrainer.errors import CjError
from cjtrainer.i18n import t
from cjtrainer.ui.text import localise_bindings, plain

if TYPE_CHECKING:
    from textual.app import App

    from cjtrainer.deck.model import Exercise
    from cjtrainer.exercise.session import ExerciseSession

Result = TypeVar("Result")


class Failed:
    """Returned by ``guard`` when the action raised a user error."""

    def __repr__(self) -> str:
        return "FAILED"


FAILED = Failed()


def show_error(app: App[object], error: CjError) -> None:
    text = error.message if not error.hint else f"{error.message}\n{error.hint}"
    app.notify(text, severity="error", timeout=10, markup=False)


def guard(app: App[object], action: Callable[[], Result]) -> Result | Failed:
    """Run a session action; a user error becomes a notification (returns FAILED)."""
    try:
        return action()
    except CjError as error:
        show_error(app, error)
        return FAILED


def phase_title(key: str, exercise: Exercise, section: int) -> Text:
    """"Fase 2 van 3 · Oriëntatie": the heading of a phase while writing or comparing."""
    return Text.assemble(
        (t(key, n=section + 1, total=len(exercise.sections)), "dim"),
        " · ",
        plain(exercise.sections[section].title, "bold"),
    )


class StepMessage(Message):
    """A step asks its screen for something only the screen can do (handled there as
    ``on_step_<name>``: the namespace keeps ``Leave`` apart from the mouse's leave)."""


class Begin(StepMessage, namespace="step"):
    """Start a new attempt (from the intro or the result)."""


class OpenHistory(StepMessage, namespace="step"):
    """Show the earlier attempts at this exercise."""


class Leave(StepMessage, namespace="step"):
    """Close the exercise."""


class ConfirmSubmit(StepMessage, namespace="step"):
    """Hand in the answers, after the student says yes."""


class ConfirmFinishWithoutReflection(StepMessage, namespace="step"):
    """Finish without a reflection, after the student says yes."""


class Advance(StepMessage, namespace="step"):
    """Run ``action`` on the session and, when it worked, show the step it leads to."""

    def __init__(self, action: Callable[[], object]) -> None:
        super().__init__()
        self.action = action


class SessionStep(Widget):
    """A step of one attempt: owns ``session``; its keys are named in the catalogue."""

    def __init__(self, session: ExerciseSession, *, id: str) -> None:
        super().__init__(id=id)
        self.session = session
        localise_bindings(self)

    def guard(self, action: Callable[[], Result]) -> Result | Failed:
        return guard(self.app, action)
