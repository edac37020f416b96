"""The student app: ``run_app(args)`` starts it; :class:`CjApp` is the Textual app.

The app holds no rules. It loads the catalogue and opens the progress store through
:class:`cjtrainer.ui.services.Services`, shows the home screen, and reports problems
(skipped decks, a database that cannot be used) as notices instead of tracebacks.
"""

from __future__ import annotations

import argparse
import gc
import logging
import random
import time
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual._context import active_message_pump
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from cjtrainer import config, paths
from cjtrainer.clock import utc_now
from cjtrainer.errors import CjError
from cjtrainer.i18n import render, t
from cjtrainer.inert import inert
from cjtrainer.ui import (
    css,
    textual_fixes,  # noqa: F401 - the app runs with them
    web_mode,
)
from cjtrainer.ui.text import Localised

if TYPE_CHECKING:
    from cjtrainer.learn.backup import Backup
    from cjtrainer.ui.services import Services

log = logging.getLogger("cjtrainer.ui")


class CjApp(Localised, App[int]):
    """cjtrainer for students."""

    CSS_PATH = css.APP
    TITLE = "cjtrainer"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("f1", "help", "ui.key.help", show=False),
        Binding("ctrl+q", "quit", "ui.key.quit", show=False),
        # Declared here (Textual adds its own, labelled "palette", only when absent), so
        # every footer says "opdrachten".
        Binding("ctrl+p", "command_palette", "ui.key.palette", show=False, priority=True),
    ]

    def __init__(
        self,
        *,
        data_dir: Path | None = None,
        content: Iterable[str] = (),
        folders: list[Path] | None = None,
        settings: config.Settings | None = None,
        clock: Callable[[], datetime] = utc_now,
        rng: random.Random | None = None,
        save_settings: bool = True,
        monotonic: Callable[[], float] | None = None,
    ) -> None:
        if web_mode.active():
            web_mode.use_sign_out_labels()
        super().__init__()
        self.settings = settings if settings is not None else config.load()
        self.data_path = data_dir if data_dir is not None else paths.data_dir()
        self.content = list(content)
        self.folders = folders
        self.clock = clock
        self.rng = rng or random.Random()
        self.save_settings_to_disk = save_settings
        self.monotonic = monotonic or time.monotonic  # response times; tests inject one
        # Enter is ignored this long after a study card appears (a reflex double enter
        # must not answer it); the Pilot tests set 0 to press keys at machine speed.
        self.settle_seconds = 0.4
        self.services: Services | None = None  # once started
        self.startup_error: CjError | None = None
        # The first exception no handler caught; the app then only offers to quit.
        self.crash: Exception | None = None
        self.catch_errors = False  # run_app turns this on: a student never sees a traceback
        theme = self.settings.theme
        if theme != self.theme and theme in self.available_themes:
            self.theme = theme
        self.title = t("ui.app.title")
        self.sub_title = t("ui.app.subtitle")

    # ---------------------------------------------------------------- start

    async def action_quit(self) -> None:
        if web_mode.active():
            web_mode.sign_out(self)
        await super().action_quit()

    def on_load(self) -> None:
        # Decks and progress are read before the first screen is built, so the home
        # screen is composed once, with its counts, and drawn once.
        self._open_services()

    def get_default_screen(self) -> Screen[Any]:
        from cjtrainer.ui.screens.home import HomeScreen

        if self.services is None:
            return Screen()  # an empty screen behind the problem dialog
        return HomeScreen()

    def on_mount(self) -> None:
        if web_mode.active():
            web_mode.attach(self)
        if self.startup_error is not None:
            self.push_screen(self.problem_screen(self.startup_error))
        else:
            self._report_start_notices()
        self.call_after_refresh(self.startup_done)

    def startup_done(self) -> None:
        """The first screen is drawn. When start-up ran without the garbage collector
        (``cjtrainer`` itself, see commands/app.py; not the tests), what it built lives as
        long as the app: freeze it, so the collector leaves it alone, and turn it on."""
        if not gc.isenabled():
            gc.freeze()
            gc.enable()

    def _refresh_home(self) -> None:
        from cjtrainer.ui.screens.home import HomeScreen

        for screen in self.screen_stack:
            if isinstance(screen, HomeScreen) and screen.is_mounted:
                screen.refresh_data()

    def _make_services(self) -> Services:
        from cjtrainer.ui.services import Services

        return Services.open(
            data_dir=self.data_path,
            content=self.content,
            folders=self.folders,
            settings=self.settings,
            clock=self.clock,
            rng=self.rng,
        )

    def _open_services(self) -> None:
        """The services, or the start-up error that ``on_mount`` shows."""
        try:
            self.services = self._make_services()
        except CjError as error:
            self.startup_error = error
        except Exception as error:  # noqa: BLE001 - logged, shown, never a traceback
            log.error("could not start", exc_info=error)
            self.startup_error = CjError(t("cli.unexpected", error=type(error).__name__,
                                           log=self.data_path / "cjtrainer.log"))

    def problem_screen(self, error: CjError) -> Screen[Any]:
        """The start-up problem; for a damaged database, with the newest usable backup
        offered (learn/backup.py), so the student can go on studying."""
        from cjtrainer.learn import backup
        from cjtrainer.learn.store import DamagedStoreError
        from cjtrainer.ui.screens.problem import ProblemScreen

        if isinstance(error, DamagedStoreError):
            for item in backup.list_backups(self.data_path):
                answers = backup.answers_in(item)
                if answers is not None:
                    return ProblemScreen(error, fatal=True, backup=item, backup_answers=answers)
        return ProblemScreen(error, fatal=True)

    def restore_backup(self, item: Backup) -> None:
        """Put a backup back (the damaged file is moved aside, never deleted) and start."""
        from cjtrainer.learn import backup
        from cjtrainer.ui.screens.home import HomeScreen

        try:
            backup.restore(self.data_path, item, self.clock())
            services = self._make_services()
        except CjError as error:
            self.push_screen(self.problem_screen(error))
            return
        self.startup_error = None
        self.services = services
        # above the empty start screen (a plain Screen cannot be switched away)
        self.push_screen(HomeScreen())
        self.notify(t("backup.restored", when=item.shown_time), markup=False, timeout=10)
        self._report_start_notices()

    def _report_start_notices(self) -> None:
        for problem in self.settings.problems:
            self.notify(render(problem), title=t("ui.notice.settings"), severity="warning", markup=False)
        self.report_skipped()

    def report_skipped(self) -> None:
        for path, problems in self.engine.skipped:
            first = str(problems[0]) if problems else ""
            self.notify(
                t("ui.notice.skipped", name=inert(Path(path).name), count=len(problems),
                  first=inert(first)),
                title=t("ui.notice.skipped-title"),
                severity="warning",
                timeout=12,
                markup=False,
            )

    def show_error(self, error: CjError) -> None:
        """A user-fixable problem during use: a notice, the app keeps running."""
        message = error.message if not error.hint else f"{error.message}\n{error.hint}"
        self.notify(message, title=t("ui.notice.error"), severity="error", timeout=15, markup=False)

    def _handle_exception(self, error: Exception) -> None:
        """An exception that no handler caught (in a compose, a mount, a message handler).

        Textual has stopped the message loop of whatever raised it: that screen or widget
        will never answer a key again, so going on would leave a blank or frozen app. The
        app shows the problem screen instead, whose only way on is quitting (with exit 2
        for a problem the user can fix, 70 for a bug, never 0). When the app's own loop
        stopped, no screen can be shown any more: the app ends and ``run_app`` says why.
        Answers and drafts are on disk as soon as they are given, so quitting loses none.
        """
        if not self.catch_errors and not isinstance(error, CjError):
            super()._handle_exception(error)  # tests: let it fail loudly
            return
        if active_message_pump.get(None) is self:
            self._record_crash(error)
            self._close_messages_no_wait()
            return
        self._show_crash(error)

    async def _dispatch_action(self, namespace: Any, action_name: str, params: Any) -> bool:
        """A key's action (every binding runs here, in the app's own loop): when it fails,
        the app's loop must not stop with it, or no key would work any more."""
        try:
            return await super()._dispatch_action(namespace, action_name, params)
        except Exception as error:
            if not self.catch_errors and not isinstance(error, CjError):
                raise
            self._show_crash(error)
            return True

    def _record_crash(self, error: Exception) -> bool:
        """Keep the first crash; False when there was one already."""
        if not isinstance(error, CjError):
            log.error("unexpected error in the app", exc_info=error)
        if self.crash is not None:
            return False
        self.crash = error
        return True

    def _show_crash(self, error: Exception) -> None:
        if not self._record_crash(error):  # the problem screen itself failed: just end
            self.exit(self.crash_exit_code(), return_code=self.crash_exit_code())
            return
        from cjtrainer.ui.screens.problem import ProblemScreen

        self.push_screen(ProblemScreen(self.crash_problem(), fatal=True,
                                       exit_code=self.crash_exit_code()))

    def crash_problem(self) -> CjError:
        """What the student is told about ``crash``: its own message, or where the
        details of a bug are."""
        if isinstance(self.crash, CjError):
            return self.crash
        name = type(self.crash).__name__
        return CjError(t("cli.unexpected", error=name, log=self.data_path / "cjtrainer.log"))

    def crash_exit_code(self) -> int:
        return self.crash.exit_code if isinstance(self.crash, CjError) else 70

    # ---------------------------------------------------------------- actions

    def action_help(self) -> None:
        from cjtrainer.ui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_stats(self) -> None:
        from cjtrainer.ui.screens.stats import StatsScreen

        if self.ready():
            self.push_screen(StatsScreen())

    def action_settings(self) -> None:
        from cjtrainer.ui.screens.settings import SettingsScreen

        self.push_screen(SettingsScreen())

    @property
    def engine(self) -> Services:
        """The services, for code that runs only once they are there (after ``ready``)."""
        if self.services is None:
            raise RuntimeError("the services are not started yet")
        return self.services

    def ready(self) -> bool:
        """Decks and progress are loaded (not so only after a start-up problem, whose
        screen is up; the command palette still reaches the actions)."""
        if self.services is None:
            self.notify(t("ui.notice.loading"), markup=False, timeout=2)
            return False
        return True

    def start_study(self, deck: str | None = None, tag: str | None = None) -> None:
        self._start_session(deck, tag, quiz=False)

    def start_quiz(self, deck: str | None = None, tag: str | None = None) -> None:
        self._start_session(deck, tag, quiz=True)

    def _start_session(self, deck: str | None, tag: str | None, *, quiz: bool) -> None:
        from cjtrainer.ui.study.study import StudyScreen

        if not self.ready():
            return
        try:
            services = self.engine
            session = (services.quiz_session(deck=deck, tag=tag) if quiz
                       else services.study_session(deck=deck, tag=tag))
        except CjError as error:
            self.show_error(error)
            return
        self.push_screen(
            StudyScreen(session, title=self.engine.scope_title(deck, tag), quiz=quiz)
        )

    def action_command_palette(self) -> None:
        from cjtrainer.ui.palette import Palette

        if self.use_command_palette and not Palette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(Palette(id="--command-palette"))

    def search_themes(self) -> None:
        from textual.theme import ThemeProvider

        from cjtrainer.ui.palette import Palette

        self.push_screen(Palette(providers=[ThemeProvider],
                                 placeholder=t("ui.palette.themes")))

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        from functools import partial

        from cjtrainer.ui.screens.home import open_classroom, open_exercise
        from cjtrainer.ui.study.limit import practise
        from cjtrainer.ui.text import goal_label

        services = self.services
        if services is not None:
            yield SystemCommand(t("ui.cmd.study"), t("ui.cmd.study-help"), self.start_study)
            yield SystemCommand(t("ui.cmd.quiz"), t("ui.cmd.quiz-help"), self.start_quiz)
            decks, goals = services.scopes()
            for deck_id, title in decks:
                yield SystemCommand(t("ui.cmd.study-deck", title=title),
                                    t("ui.cmd.study-deck-help"),
                                    partial(self.start_study, deck=deck_id))
            for tag in goals:
                yield SystemCommand(t("ui.cmd.goal", goal=goal_label(tag)),
                                    t("ui.cmd.goal-help"), partial(self.start_study, tag=tag))
            for tag in goals:
                yield SystemCommand(t("ui.cmd.practise-goal", goal=goal_label(tag)),
                                    t("ui.cmd.practise-goal-help"), partial(practise, self, tag=tag))
            for deck_id, title in decks:
                yield SystemCommand(t("ui.cmd.quiz-deck", title=title),
                                    t("ui.cmd.quiz-deck-help"),
                                    partial(self.start_quiz, deck=deck_id))
        yield SystemCommand(t("ui.cmd.exercise"), t("ui.cmd.exercise-help"),
                            partial(self._open_or_say, open_exercise))
        yield SystemCommand(t("ui.cmd.classroom"), t("ui.cmd.classroom-help"),
                            partial(self._open_or_say, open_classroom))
        if services is not None:
            yield SystemCommand(t("ui.cmd.stats"), t("ui.cmd.stats-help"), self.action_stats)
        yield SystemCommand(t("ui.cmd.settings"), t("ui.cmd.settings-help"), self.action_settings)
        yield SystemCommand(t("ui.cmd.help"), t("ui.cmd.help-help"), self.action_help)
        yield SystemCommand(t("ui.cmd.theme"), t("ui.cmd.theme-help"), self.action_change_theme)
        yield SystemCommand(t("ui.cmd.quit"), t("ui.cmd.quit-help"), self.action_quit)

    def _open_or_say(self, opener: Callable[[CjApp], bool]) -> None:
        if not opener(self):
            self.notify(t("ui.home.not-available"), markup=False)

    # ---------------------------------------------------------------- settings

    def apply_settings(self, settings: config.Settings) -> None:
        from cjtrainer import i18n

        if self.save_settings_to_disk:  # first: a refused save changes nothing
            config.save(settings)
        self.settings = settings
        if settings.language:
            i18n.set_language(settings.language)
        if settings.theme in self.available_themes:
            self.theme = settings.theme
        if self.services is not None:
            self.services.settings = settings
        self.sub_title = t("ui.app.subtitle")
        self.relocalise()  # the palette key's label in the footers

    def refresh_screens(self) -> None:
        """Back to the home screen, rebuilt in the new language (after a language
        change); the screens above it are dropped."""
        from cjtrainer.ui.screens.home import HomeScreen

        # Home is the bottom screen, or the one above the empty start screen after a
        # backup was restored (restore_backup).
        while len(self.screen_stack) > 1 and not isinstance(self.screen, HomeScreen):
            self.pop_screen()
        home = self.screen
        if isinstance(home, HomeScreen):
            self.call_later(home.rebuild)

    def on_unmount(self) -> None:
        if self.services is not None:
            self.services.close()


def run_app(args: argparse.Namespace) -> int:
    """Start the student app with the CLI's global options; the exit code."""
    data_dir = paths.data_dir(getattr(args, "data_dir", None))
    _log_to_file(data_dir)
    # Loading in a thread was measured: with the GIL it made the first paint later, not
    # earlier, so the app loads before it draws.
    app = CjApp(data_dir=data_dir, content=getattr(args, "content", None) or [])
    app.catch_errors = True
    app.run()
    if app.startup_error is not None:
        raise app.startup_error
    if app.crash is not None:  # however the app was left, it did not end well: say so
        raise _AppEnded(app.crash_problem().message, app.crash_problem().hint,
                        exit_code=app.crash_exit_code())
    return int(app.return_code or 0)


class _AppEnded(CjError):
    """The app ended on an error; the CLI prints it once the terminal is back."""

    def __init__(self, message: str, hint: str | None, *, exit_code: int) -> None:
        super().__init__(message, hint)
        self.exit_code = exit_code


def _log_to_file(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(data_dir / "cjtrainer.log", encoding="utf-8", delay=True)
    except OSError:
        return
    handler.setFormatter(InertFormatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logging.getLogger("cjtrainer").addHandler(handler)


class InertFormatter(logging.Formatter):
    """Log lines made inert: an error message may quote deck text, and a teacher may
    `cat` the log in a terminal."""

    def format(self, record: logging.LogRecord) -> str:
        return inert(super().format(record), newlines=True)
