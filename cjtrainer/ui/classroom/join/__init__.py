"""The student's screen in a live quiz: code and nickname, waiting room, the question with
large answer keys, "answered, waiting", own result and rank, the end. Reconnects by itself.

:class:`JoinScreen` is a plain Textual ``Screen``: the student app can push it from its
home screen (``app.push_screen(JoinScreen())`` asks for the address too);
``cjtrainer join HOST[:PORT]`` runs it in :class:`JoinApp`.

The screen owns the connection and shows one view at a time in a ``ContentSwitcher``, each
a small widget of its own module: ``form`` (joining), ``results`` (waiting, the result, the
standings, the end), ``question`` and ``activity`` (the touchpoint board). Messages up,
attributes down: the screen hands a view the typed message it shows and the time; a view
with something to send (a join, an answer, a touchpoint) posts a Textual message to the
screen. No view reaches up to its screen.
"""

from __future__ import annotations

import time

from textual import events, on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Footer, Static

from cjtrainer.classroom.client import (
    CLOSED,
    CONNECTED,
    ClassroomClient,
    Unreadable,
    forget_resume,
    save_resume,
)
from cjtrainer.classroom.protocol import ProtocolError
from cjtrainer.classroom.server_messages import (
    Ack,
    Board,
    BoardEnd,
    End,
    Error,
    Leaderboard,
    Lobby,
    Noted,
    Question,
    Reveal,
    ServerMessage,
    Spotlight,
    Welcome,
)
from cjtrainer.errors import CjError
from cjtrainer.i18n import catalogue, t
from cjtrainer.ui import textual_fixes  # noqa: F401 - the app runs with them
from cjtrainer.ui.classroom.join.activity import ActivityView
from cjtrainer.ui.classroom.join.form import FormView
from cjtrainer.ui.classroom.join.question import QuestionView
from cjtrainer.ui.classroom.join.results import EndView, RevealView, StandingsView, WaitView
from cjtrainer.ui.text import plain

CSS = """
#join-status { height: 1; padding: 0 2; background: $panel; color: $text-muted; }
#join-status.-bad { background: $error 40%; color: $text; }
#join-body { padding: 1 2; }
.jsec { height: auto; }
#form { width: 60; max-width: 100%; }
#form Input { margin: 0 0 1 0; }
#form-error { color: $error; text-style: bold; height: auto; }
#f-buttons { height: auto; }
#f-resume { margin: 0 0 0 2; }
#f-saved { color: $text-muted; height: auto; }
.big { text-style: bold; padding: 1 0; }
#q-head { color: $accent; text-style: bold; }
#q-prompt { text-style: bold; padding: 1 0; }
#q-bar { width: 100%; }
#q-bar Bar { width: 1fr; }
#q-options { height: auto; }
#q-text { margin: 1 0; }
#q-options Button {
    width: 100%; height: auto; min-height: 3; margin: 0;
    text-align: left; content-align: left middle;
}
#q-options Button.-picked { background: $accent; color: $text; }
#q-hint { color: $text-muted; padding: 1 0 0 0; }
#r-result { text-style: bold; padding: 1 0; }
#r-result.-right { color: $success; }
#r-result.-wrong { color: $error; }
#r-result.-partial { color: $warning; }
#b-top, #e-podium { margin: 0 0 1 0; }
#bd-head { color: $accent; text-style: bold; }
#bd-section { text-style: bold; padding: 1 0 0 0; }
#bd-prompt { color: $text-muted; }
#bd-input { margin: 1 0; }
#bd-spot { background: $accent 30%; text-style: bold; height: auto; }
#bd-keys { color: $text-muted; }
"""

# A refusal that sends the cursor back to the field with the mistake.
FIELD_OF = {"bad-code": "code", "too-many-attempts": "code", "name-invalid": "name",
            "name-taken": "name"}


def error_text(code: str) -> str:
    """A refusal in this app's language (a code from a newer host: named as it came)."""
    key = f"classroom.error.{code}"
    return t(key) if key in catalogue() else t("classroom.join.refused", code=code)


class JoinScreen(Screen[None]):
    """A live quiz, from joining to the podium: the connection, the status bar and the
    messages from the host; each view (the modules beside this one) shows one step."""

    DEFAULT_CSS = CSS
    BINDINGS = [
        Binding("escape", "leave", t("classroom.join.key.leave")),
    ]
    # Each view puts the focus where its keys go (the form its first empty field). Textual's
    # default would first focus the scrolling body, and moving the focus off it restyles
    # every view inside it: a quarter of the screen's start.
    AUTO_FOCUS = ""

    def __init__(self, url: str | None = None, *, code: str | None = None,
                 name: str | None = None) -> None:
        super().__init__()
        self.url = url
        self.start_code = code
        self.start_name = name
        self.client: ClassroomClient | None = None
        self._leave_asked = -10.0  # monotonic time of the first Esc in a running quiz
        self.me: str = ""
        self._closing = False
        self._token: str | None = None  # the place being taken back, or the one we hold
        self._then_join: tuple[str, str] | None = None  # (code, name) if that place is gone

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield Static("", id="join-status")
        with VerticalScroll(id="join-body"), ContentSwitcher(initial="form", id="views"):
            yield FormView(id="form", classes="jsec")
            yield WaitView(id="wait", classes="jsec")
            yield QuestionView(id="question", classes="jsec")
            yield RevealView(id="reveal", classes="jsec")
            yield StandingsView(id="board", classes="jsec")
            yield ActivityView(id="activity", classes="jsec")
            yield EndView(id="end", classes="jsec")
        yield Footer()

    @property
    def phase(self) -> str:
        """The view on screen: form, wait, question, reveal, board, activity or end."""
        return self.query_one(ContentSwitcher).current or "form"

    @property
    def question(self) -> Question | None:
        return self.query_one(QuestionView).question

    def on_mount(self) -> None:
        form = self.query_one(FormView)
        form.fill(self.url, self.start_code, self.start_name)
        self._status(t("classroom.join.status.idle"))
        self.set_interval(0.2, self._tick)
        form.offer_saved_place()
        if form.wants_join():
            self.call_later(form.join)
        else:
            form.focus_first_empty()

    def _show(self, view: str) -> None:
        self.query_one(ContentSwitcher).current = view

    def _status(self, text: str, bad: bool = False) -> None:
        status = self.query_one("#join-status", Static)
        status.update(plain(text))
        status.set_class(bad, "-bad")

    def _waiting(self, text: str, players: str = "") -> None:
        self.query_one(WaitView).show(text, players)
        self._show("wait")

    # ------------------------------------------------------------------ joining

    @on(FormView.Go)
    async def _go(self, event: FormView.Go) -> None:
        self.me = event.name
        if event.token:
            self._token = event.token
            self._then_join = event.then_join
            await self._connect(event.url, event.token)
            self._waiting(t("classroom.join.resuming"))
            return
        await self._connect(event.url)
        assert self.client is not None
        await self.client.join(event.code, event.name)

    async def _connect(self, url: str, token: str | None = None) -> None:
        """A client for this address (the one already open when it is still usable)."""
        if self.client is not None and self.client.url != url:
            await self.client.stop()
            self.client = None
        if self.client is None or self.client.status == CLOSED:
            self.url = url
            self.client = ClassroomClient(
                url, self._server_message, self._client_status, token=token,
            )
            self.client.start()
        elif token:
            await self.client.resume(token)

    async def on_unmount(self) -> None:
        self._closing = True
        if self.client is not None:
            client, self.client = self.client, None
            await client.stop()

    def _client_status(self, status: str) -> None:
        if self._closing:
            return
        url = self.url or ""
        if status == CONNECTED:
            self._status(t("classroom.join.status.connected", url=url))
        elif status == CLOSED:
            self._status(t("classroom.join.status.closed"), bad=self.phase != "end")
        else:
            self._status(t(f"classroom.join.status.{status}", url=url), bad=status != "connecting")

    # ------------------------------------------------------------------ messages

    def _server_message(self, message: ServerMessage | Unreadable) -> None:
        """One message from the host, parsed (and made inert) by the client."""
        if self._closing:
            return
        if isinstance(message, Unreadable):  # logged by the client; the quiz goes on
            self.notify(t("classroom.join.unreadable"), severity="warning", markup=False)
        elif isinstance(message, Welcome):
            self._welcome(message)
        elif isinstance(message, Lobby):
            players = t("classroom.join.wait.players", count=message.players)
            if message.names:
                players += "\n" + ", ".join(message.names)
            self._waiting(t("classroom.join.wait.lobby", name=self.me), players)
        elif isinstance(message, Question):
            self._show("question")
            deadline = time.monotonic() + message.remaining_ms / 1000
            self.query_one(QuestionView).ask(message, deadline)
            if not message.answered and message.kind != "typed":
                self.set_focus(None)  # the answer keys go to the screen
        elif isinstance(message, Ack):
            self.query_one(QuestionView).acknowledged(message.question)
        elif isinstance(message, Reveal):
            self.query_one(RevealView).show(message)
            self._show("reveal")
        elif isinstance(message, Leaderboard):
            self.query_one(StandingsView).show(message, self.me)
            self._show("board")
        elif isinstance(message, End):
            self._forget_place()
            self.query_one(EndView).show(message)
            self._show("end")
        elif isinstance(message, Error):
            self._error(message.code)
        elif isinstance(message, Board):
            self._show("activity")
            now = time.monotonic()
            self.query_one(ActivityView).show(message, now + message.remaining_ms / 1000, now)
        elif isinstance(message, Noted):
            self.query_one(ActivityView).noted(message, time.monotonic())
        elif isinstance(message, Spotlight):
            self.query_one(ActivityView).spotlight(message.spotlight)
        elif isinstance(message, BoardEnd):
            self._board_end(message)

    def _welcome(self, message: Welcome) -> None:
        self.me = message.name or self.me
        self.query_one(ActivityView).me = self.me
        self._then_join = None
        if self.url and message.token:
            self._token = message.token
            save_resume(self.url, self._token, self.me)
        if message.state is not None:
            self._server_message(message.state)
        else:
            self._waiting(t("classroom.join.wait.late") if message.late
                          else t("classroom.join.wait.lobby", name=self.me))

    def _forget_place(self) -> None:
        if self._token:
            forget_resume(self._token)

    def _board_end(self, message: BoardEnd) -> None:
        self._forget_place()
        from cjtrainer.classroom.handback import has_touchpoints, save_board_attempt

        if not has_touchpoints(message):
            text = t("classroom.join.board.none")
        else:
            services = getattr(self.app, "services", None)
            folder = getattr(services, "data_dir", None)
            try:
                from cjtrainer import paths

                attempt = save_board_attempt(folder or paths.data_dir(), message)
                text = t("classroom.join.board.saved", attempt=attempt.id,
                         title=attempt.exercise.title, id=attempt.exercise_id)
            except CjError as error:
                text = t("classroom.join.board.not-saved", error=error.message)
            except ProtocolError:
                text = t("classroom.join.board.not-saved", error=t("classroom.join.unreadable"))
            except OSError as error:
                text = t("classroom.join.board.not-saved", error=str(error))
        self.query_one(EndView).show_handback(message.title, text)
        self._show("end")

    def _error(self, code: str) -> None:
        text = error_text(code)
        if code in ("kicked", "ended", "bad-token") and self._token:
            forget_resume(self._token)  # only this place: other students' stay saved
            self._token = None
        form = self.query_one(FormView)
        if code == "bad-token":  # the quiz no longer knows that place
            self._show("form")
            form.offer_saved_place()
            form.show_error(text)
            then_join, self._then_join = self._then_join, None
            if then_join is not None and self.client is not None:
                self.call_later(self.client.join, *then_join)  # join anew with that name
            else:
                form.focus_first_empty()
        elif self.phase == "form":
            form.show_error(text, FIELD_OF.get(code))
        elif code in ("kicked", "ended", "replaced"):
            self._waiting(text)
        else:
            self.notify(text, severity="warning", markup=False)

    # ------------------------------------------------------------------ sending

    @on(QuestionView.Answered)
    async def _answer(self, event: QuestionView.Answered) -> None:
        if self.client is None:
            return
        if not await self.client.answer(event.index, event.answer):
            self.notify(t("classroom.join.not-sent"), severity="warning")

    @on(ActivityView.Typed)
    async def _touchpoint(self, event: ActivityView.Typed) -> None:
        if self.client is None:
            return
        if await self.client.touchpoint(event.section, event.text):
            self.query_one(ActivityView).sent()
        else:
            self.notify(t("classroom.join.not-sent"), severity="warning")

    def _tick(self) -> None:
        if self.phase == "activity":
            self.query_one(ActivityView).tick(time.monotonic())
        elif self.phase == "question":
            self.query_one(QuestionView).tick(time.monotonic())

    def on_key(self, event: events.Key) -> None:
        """Keys no field took: Tab moves between the board's sections (not the focus);
        letters and digits answer a question."""
        if self.phase == "activity" and self.query_one(ActivityView).key(event.key):
            event.stop()
            event.prevent_default()
        elif self.phase == "question" and self.query_one(QuestionView).key(event.key):
            event.stop()

    # ------------------------------------------------------------------ leaving

    async def action_leave(self) -> None:
        # In a running quiz one Esc by accident would throw the student out: ask for a second.
        if self.phase not in ("form", "end") and self.client is not None:
            now = time.monotonic()
            if now - self._leave_asked > 3.0:
                self._leave_asked = now
                self.app.notify(t("classroom.join.leave-confirm"), timeout=3)
                return
        if self.client is not None:
            await self.client.stop()
            self.client = None
        if isinstance(self.app, JoinApp) or len(self.app.screen_stack) <= 1:
            self.app.exit(0)
        else:
            self.app.pop_screen()


class JoinApp(App[int]):
    """``cjtrainer join HOST[:PORT]``."""

    ENABLE_COMMAND_PALETTE = False  # nothing to command here, and its label was English


    def __init__(self, url: str | None, *, code: str | None = None,
                 name: str | None = None) -> None:
        super().__init__()
        self.title = t("classroom.app.title")  # here, not TITLE: then --lang counts
        self._screen_args = (url, code, name)

    def on_mount(self) -> None:
        url, code, name = self._screen_args
        self.push_screen(JoinScreen(url, code=code, name=name))


def run_join_app(url: str | None, *, code: str | None = None, name: str | None = None) -> int:
    return int(JoinApp(url, code=code, name=name).run() or 0)
