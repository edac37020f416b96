"""The exercise flow as one screen: intro → writing → comparing → self-assessment → result.

``ExerciseScreen(exercise, data_dir, clock)`` can be pushed from the student app; it
dismisses itself when the student leaves (Esc). ``ExerciseApp`` runs it on its own for
``cjtrainer exercise start ID``. Each step is a widget in its own module; this screen
swaps them, hands each what it needs (attributes down) and does what the steps ask by
message (``ui.exercise.step``: begin, confirm, advance, history, leave; messages up).
Coming back to an exercise with an open attempt continues at the same step with the
text intact.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Container, Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, Static

from cjtrainer import config, paths
from cjtrainer.clock import Clock, utc_now
from cjtrainer.deck.model import Exercise
from cjtrainer.errors import CjError
from cjtrainer.exercise.model import Step
from cjtrainer.exercise.session import ExerciseSession
from cjtrainer.i18n import t
from cjtrainer.ui import textual_fixes  # noqa: F401 - the app runs with them
from cjtrainer.ui.exercise import step as steps
from cjtrainer.ui.exercise.step import FAILED, Failed, guard, show_error
from cjtrainer.ui.services import ExerciseServices
from cjtrainer.ui.text import localise_bindings, plain
from cjtrainer.ui.widgets.keybar import KeyBar


class ConfirmModal(ModalScreen[bool]):
    """A yes/no question; Esc means no."""

    DEFAULT_CSS = """
    ConfirmModal { align: center middle; }
    ConfirmModal > Vertical {
        width: 64; height: auto; border: thick $primary; background: $surface; padding: 1 2;
    }
    ConfirmModal #confirm-text { height: auto; margin: 0 0 1 0; }
    ConfirmModal Horizontal { height: 3; align-horizontal: right; }
    ConfirmModal Button { margin: 0 0 0 1; }
    """
    BINDINGS = [Binding("escape", "no", "exercise.key.cancel")]

    def __init__(self, message: str, yes: str, no: str, *, default_yes: bool = True) -> None:
        super().__init__()
        self.message, self.yes, self.no = message, yes, no
        self.default_yes = default_yes
        localise_bindings(self)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(plain(self.message), id="confirm-text")
            with Horizontal():
                yield Button(self.no, id="confirm-no")
                yield Button(self.yes, id="confirm-yes", variant="success")

    def on_mount(self) -> None:
        self.query_one("#confirm-yes" if self.default_yes else "#confirm-no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "confirm-yes")

    def action_no(self) -> None:
        self.dismiss(False)


class ExerciseScreen(Screen[None]):
    DEFAULT_CSS = """
    ExerciseScreen { layout: vertical; }
    ExerciseScreen #exercise-title {
        height: 1; background: $primary-muted; color: $text; text-style: bold; padding: 0 1;
    }
    ExerciseScreen #exercise-body { height: 1fr; padding: 0 1; }
    """
    BINDINGS = [Binding("escape", "leave", "exercise.key.leave")]

    def __init__(
        self,
        exercise: Exercise,
        data_dir: Path,
        clock: Clock | None = None,
        *,
        export_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.exercise = exercise
        self.data_dir = Path(data_dir)
        self.clock: Clock = clock or utc_now
        self.export_dir = export_dir or paths.export_dir(self.data_dir)
        self.attempts: ExerciseServices | None = None  # open while the screen is
        self.session: ExerciseSession | None = None
        localise_bindings(self)

    def compose(self) -> ComposeResult:
        yield Static(plain(self.exercise.title), id="exercise-title")
        yield Container(id="exercise-body")
        yield KeyBar()

    async def on_mount(self) -> None:
        try:
            self.attempts = ExerciseServices(self.data_dir, self.clock)
            self.attempts.open()
            self.session = self.attempts.resume(self.exercise)
        except CjError as error:
            show_error(self.app, error)
            self.dismiss()
            return
        if self.session is not None:
            self.notify(t("exercise.resumed"))
            if self.session.differs_from(self.exercise):
                self.notify(t("exercise.changed-since"), severity="warning", timeout=8)
        await self.show_step()

    def on_unmount(self) -> None:
        self.close_session()

    def close_session(self) -> None:
        if self.session is not None:
            try:
                self.session.close()
            except CjError:
                pass  # already saved on the last change; nothing more to keep
        if self.attempts is not None:
            self.attempts.close()
            self.attempts = None

    # --- what the steps ask -----------------------------------------------------------

    async def show_step(self) -> None:
        from cjtrainer.ui.exercise.assess import AssessStep
        from cjtrainer.ui.exercise.compare import CompareStep
        from cjtrainer.ui.exercise.intro import IntroStep
        from cjtrainer.ui.exercise.result import ResultStep
        from cjtrainer.ui.exercise.writing import WritingStep

        body = self.query_one("#exercise-body", Container)
        await body.remove_children()
        session = self.session
        step: IntroStep | WritingStep | CompareStep | AssessStep | ResultStep
        if session is None:
            step = IntroStep(self.exercise, self.attempts)
        elif session.step is Step.WRITING:
            step = WritingStep(session)
        elif session.step is Step.COMPARE:
            step = CompareStep(session)
        elif session.step is Step.ASSESS:
            step = AssessStep(session)
        else:
            step = ResultStep(session)
            step.export_dir, step.attempts = self.export_dir, self.attempts
        await body.mount(step)
        self.refresh_bindings()

    async def on_step_begin(self, event: steps.Begin) -> None:
        """Start a new attempt (from the intro or the result step)."""
        event.stop()
        attempts = self.attempts
        if attempts is None:
            return
        if self.session is not None:
            self.session.close()
        session = guard(self.app, lambda: attempts.begin(self.exercise))
        if isinstance(session, Failed):
            return
        self.session = session
        await self.show_step()

    async def on_step_advance(self, event: steps.Advance) -> None:
        event.stop()
        if guard(self.app, event.action) is not FAILED:
            await self.show_step()

    def on_step_confirm_submit(self, event: steps.ConfirmSubmit) -> None:
        event.stop()
        session = self.session
        if session is None:
            return
        empty = session.empty_answers()
        message = t("exercise.submit.confirm")
        if empty:
            message += "\n\n" + t("exercise.submit.empty", empty=empty,
                                  total=session.total_answers())

        async def answered(yes: bool | None) -> None:
            if yes and guard(self.app, session.submit) is not FAILED:
                await self.show_step()

        # With fields still empty, Enter keeps writing: handing in cannot be undone, and
        # one Enter too many must not do it.
        self.app.push_screen(
            ConfirmModal(message, t("exercise.submit.yes"), t("exercise.submit.no"),
                         default_yes=not empty), answered
        )

    def on_step_confirm_finish_without_reflection(
        self, event: steps.ConfirmFinishWithoutReflection
    ) -> None:
        event.stop()
        session = self.session

        async def answered(yes: bool | None) -> None:
            if yes and session is not None:
                if guard(self.app, session.finish) is not FAILED:
                    await self.show_step()
            else:
                for area in self.query("#reflection"):
                    area.focus()

        self.app.push_screen(
            ConfirmModal(
                t("exercise.assess.no-reflection"),
                t("exercise.assess.no-reflection.yes"),
                t("exercise.assess.no-reflection.no"),
                default_yes=False,
            ),
            answered,
        )

    def on_step_open_history(self, event: steps.OpenHistory) -> None:
        event.stop()
        from cjtrainer.ui.exercise.history import HistoryScreen

        if self.attempts is not None:
            self.app.push_screen(
                HistoryScreen(self.attempts, self.exercise.id, self.exercise.title,
                              export_dir=self.export_dir)
            )

    def on_step_leave(self, event: steps.Leave) -> None:
        event.stop()
        self.action_leave()

    def action_leave(self) -> None:
        self.close_session()
        self.dismiss()


class ExerciseApp(App[None]):
    """The exercise on its own, for ``cjtrainer exercise start ID``."""

    TITLE = "cjtrainer"
    ENABLE_COMMAND_PALETTE = False

    def __init__(self, exercise: Exercise, data_dir: Path, clock: Clock | None = None,
                 *, export_dir: Path | None = None) -> None:
        super().__init__()
        # the screen's own arguments, kept for on_mount (a screen is made inside the app)
        self.make_screen = partial(ExerciseScreen, exercise, data_dir, clock,
                                   export_dir=export_dir)

    @property
    def error(self) -> BaseException | None:
        """The unexpected error that ended the app, if any (the CLI logs it)."""
        return self._exception

    def _print_error_renderables(self) -> None:
        # No traceback on a student's screen: `cjtrainer exercise` re-raises ``error``
        # after the terminal is restored, and the CLI writes it to the log file.
        self._exit_renderables.clear()

    def on_mount(self) -> None:
        theme = config.load().theme
        if theme in self.available_themes:
            self.theme = theme
        self.push_screen(self.make_screen(), lambda _: self.exit())

