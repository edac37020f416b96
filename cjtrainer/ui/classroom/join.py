"""The student's screen in a live quiz: code and nickname, waiting room, the question with
large answer keys, "answered, waiting", own result and rank, the end. Reconnects by itself.

:class:`JoinScreen` is a plain Textual ``Screen``: the student app can push it from its
home screen (``app.push_screen(JoinScreen())`` asks for the address too);
``cjtrainer join HOST[:PORT]`` runs it in :class:`JoinApp`.
"""

from __future__ import annotations

import time
from typing import Any

from rich.text import Text
from textual import events, on
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Footer, Input, ProgressBar, Static

from cjtrainer.classroom.client import (
    CLOSED,
    CONNECTED,
    ClassroomClient,
    forget_resume,
    load_resume,
    parse_address,
    save_resume,
    saved_places,
)
from cjtrainer.classroom.protocol import top_ranks
from cjtrainer.errors import CjError
from cjtrainer.i18n import t
from cjtrainer.inert import inert
from cjtrainer.ui.classroom.board import Line, Standings

CSS = """
#join-status { height: 1; padding: 0 2; background: $panel; color: $text-muted; }
#join-status.-bad { background: $error 40%; color: $text; }
#join-body { padding: 1 2; }
.jsec { height: auto; display: none; }
.jsec.-shown { display: block; }
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
#q-options Button { width: 100%; height: 3; margin: 0; text-align: left; content-align: left middle; }
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

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def plain(text: str, style: str = "") -> Text:
    return Text(text, style=style)


# Texts from the host that may run over several lines (a question, an explanation).
MULTILINE_FIELDS = frozenset(("prompt", "explain", "intro"))
SECTIONS = ("form", "wait", "question", "reveal", "board", "end", "activity")


def inert_message(value: Any, field: str = "") -> Any:
    """A message from the host with every text in it made inert (cjtrainer.inert): the
    question, its choices and the names come from a deck and from other students."""
    if isinstance(value, str):
        return inert(value, newlines=field in MULTILINE_FIELDS)
    if isinstance(value, dict):
        return {key: inert_message(item, str(key)) for key, item in value.items()}
    if isinstance(value, list):
        return [inert_message(item, field) for item in value]
    return value


class JoinScreen(Screen[None]):
    """A live quiz, from joining to the podium."""

    DEFAULT_CSS = CSS
    BINDINGS = [
        Binding("escape", "leave", t("classroom.join.key.leave")),
    ]

    def __init__(self, url: str | None = None, *, code: str | None = None,
                 name: str | None = None) -> None:
        super().__init__()
        self.url = url
        self.start_code = code
        self.start_name = name
        self.client: ClassroomClient | None = None
        self.phase = "form"
        self._leave_asked = -10.0  # monotonic time of the first Esc in a running quiz
        self.question: dict[str, Any] | None = None
        self.deadline = 0.0
        self.picked: list[str] = []
        self.answered = False
        self.me: str = ""
        self._closing = False
        self._token: str | None = None  # the place being taken back, or the one we hold
        self._then_join: tuple[str, str] | None = None  # (code, name) if that place is gone
        self.activity: dict[str, Any] | None = None  # the touchpoint board's state
        self.section = 0  # the board's section this student is typing for
        self.board_deadline = 0.0

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield Static("", id="join-status")
        with VerticalScroll(id="join-body"):
            with Vertical(id="form", classes="jsec"):
                yield Static(t("classroom.join.title"), classes="big")
                yield Input(placeholder=t("classroom.join.address"), id="f-address")
                yield Input(placeholder=t("classroom.join.code"), id="f-code", max_length=12)
                yield Input(placeholder=t("classroom.join.name"), id="f-name", max_length=40)
                with Horizontal(id="f-buttons"):
                    yield Button(t("classroom.join.go"), id="f-go", variant="primary")
                    yield Button("", id="f-resume")
                yield Static("", id="f-saved")
                yield Static("", id="form-error")
            with Vertical(id="wait", classes="jsec"):
                yield Static("", id="w-text", classes="big")
                yield Static("", id="w-players")
            with Vertical(id="question", classes="jsec"):
                yield Static("", id="q-head")
                yield ProgressBar(total=100, show_eta=False, show_percentage=False, id="q-bar")
                yield Static("", id="q-prompt")
                yield Vertical(id="q-options")
                yield Input(placeholder=t("classroom.join.type"), id="q-text", max_length=200)
                yield Static("", id="q-order")
                yield Static("", id="q-hint")
            with Vertical(id="reveal", classes="jsec"):
                yield Static("", id="r-result")
                yield Static("", id="r-answer")
                yield Static("", id="r-explain")
                yield Static("", id="r-score", classes="big")
            with Vertical(id="board", classes="jsec"):
                yield Static("", id="b-title", classes="big")
                yield Standings(id="b-top", score_style="")
                yield Static("", id="b-you", classes="big")
            with Vertical(id="activity", classes="jsec"):
                yield Static("", id="bd-head")
                yield Static("", id="bd-spot")
                yield Static("", id="bd-section")
                yield Static("", id="bd-prompt")
                yield Input(placeholder=t("classroom.join.board.type"), id="bd-input",
                            max_length=160)
                yield Static(t("classroom.join.board.keys"), id="bd-keys")
                yield Static("", id="bd-mine")
            with Vertical(id="end", classes="jsec"):
                yield Static(t("classroom.join.end.title"), classes="big", id="e-title")
                yield Standings(id="e-podium", rank_style="", name_style="bold",
                                score_style="")
                yield Static("", id="e-you", classes="big")
        yield Footer()

    def on_mount(self) -> None:
        address = self.query_one("#f-address", Input)
        if self.url:
            address.value = self.url.removeprefix("ws://")
            address.display = False
        if self.start_code:
            self.query_one("#f-code", Input).value = self.start_code
        if self.start_name:
            self.query_one("#f-name", Input).value = self.start_name
        self._show("form")
        self._status(t("classroom.join.status.idle"))
        self.set_interval(0.2, self._tick)
        self._offer_saved_place()
        if self.url and self.start_name and (self.start_code or load_resume(
                self.url, self.start_name)):
            self.call_later(self._join)
        else:
            self._focus_first_empty()

    def _offer_saved_place(self) -> None:
        """Lab computers are shared: a place saved here is only taken back when the student
        types that player's name, or chooses it with this button; another name joins anew."""
        try:
            url = parse_address(self.query_one("#f-address", Input).value)
        except CjError:
            url = ""
        places = saved_places(url) if url else []
        hint = self.query_one("#f-saved", Static)
        button = self.query_one("#f-resume", Button)
        hint.display = button.display = bool(places)
        if places:
            name = places[0].name
            hint.update(plain(t("classroom.join.saved", name=name)))
            button.label = Content(t("classroom.join.continue", name=name))

    @on(Input.Changed, "#f-address")
    def _address_changed(self) -> None:
        self._offer_saved_place()  # from the app's home screen the address comes typed

    def _focus_first_empty(self) -> None:
        for widget_id in ("#f-address", "#f-code", "#f-name"):
            widget = self.query_one(widget_id, Input)
            if widget.display and not widget.value.strip():
                widget.focus()
                return
        self.query_one("#f-go", Button).focus()

    def _show(self, section: str) -> None:
        self.phase = section
        for name in SECTIONS:
            self.query_one(f"#{name}").set_class(name == section, "-shown")

    def _status(self, text: str, bad: bool = False) -> None:
        status = self.query_one("#join-status", Static)
        status.update(plain(text))
        status.set_class(bad, "-bad")

    # ------------------------------------------------------------------ joining

    @on(Input.Submitted, "#f-address, #f-code, #f-name")
    async def _submitted(self) -> None:
        """Enter in a field: on to the next empty field, or join when all are filled."""
        fields = [self.query_one(f"#f-{n}", Input) for n in ("address", "code", "name")]
        if any(f.display and not f.value.strip() for f in fields) and not self._own_place():
            self._focus_first_empty()
            return
        await self._join()

    def _own_place(self) -> bool:
        """The typed name has a saved place in this quiz: no code needed to take it back."""
        name = self.query_one("#f-name", Input).value.strip()
        try:
            url = parse_address(self.query_one("#f-address", Input).value)
        except CjError:
            return False
        return bool(name) and load_resume(url, name) is not None

    @on(Button.Pressed, "#f-go")
    async def _join(self) -> None:
        error = self.query_one("#form-error", Static)
        code = self.query_one("#f-code", Input).value.strip()
        name = self.query_one("#f-name", Input).value.strip()
        try:
            url = parse_address(self.query_one("#f-address", Input).value)
        except CjError as problem:
            error.update(plain(problem.message))
            return
        # This player's own saved place (same name, case and spaces aside): take it back,
        # the code is not needed for that. Any other name joins as a new player.
        token = load_resume(url, name) if name else None
        if not token and (not code or not name):
            error.update(plain(t("classroom.join.fill-in")))
            self._focus_first_empty()
            return
        error.update("")
        self.me = name
        if token:
            await self._take_back(url, token, (code, name) if code else None)
            return
        await self._connect(url)
        assert self.client is not None
        await self.client.join(code, name)

    @on(Button.Pressed, "#f-resume")
    async def _continue(self) -> None:
        """"Verder als Ada": the student says this saved place is theirs."""
        try:
            url = parse_address(self.query_one("#f-address", Input).value)
        except CjError as problem:
            self.query_one("#form-error", Static).update(plain(problem.message))
            return
        places = saved_places(url)
        if places:
            self.me = places[0].name
            await self._take_back(url, places[0].token, None)

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

    async def _take_back(self, url: str, token: str, then_join: tuple[str, str] | None) -> None:
        self._token = token
        self._then_join = then_join
        await self._connect(url, token)
        self._waiting(t("classroom.join.resuming"))

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

    def _server_message(self, message: dict[str, Any]) -> None:
        if self._closing:
            return
        message = inert_message(message)  # deck text and names from the host: shown, never obeyed
        kind = str(message.get("type")).replace("-", "_")
        handler = getattr(self, f"_m_{kind}", None)
        if handler is not None:
            try:
                handler(message)
            except (KeyError, TypeError, ValueError, IndexError):
                pass  # a message this screen cannot use: ignore it, keep playing

    def _m_welcome(self, message: dict[str, Any]) -> None:
        self.me = str(message.get("name", self.me))
        self._then_join = None
        if self.url and message.get("token"):
            self._token = str(message["token"])
            save_resume(self.url, self._token, self.me)
        state = message.get("state")
        if isinstance(state, dict):
            self._server_message(state)
        else:
            self._waiting(t("classroom.join.wait.late") if message.get("late")
                          else t("classroom.join.wait.lobby", name=self.me))

    def _waiting(self, text: str, players: str = "") -> None:
        self.query_one("#w-text", Static).update(plain(text))
        self.query_one("#w-players", Static).update(plain(players))
        self._show("wait")

    def _m_lobby(self, message: dict[str, Any]) -> None:
        names = [str(n) for n in message.get("names", [])]
        count = message.get("players", len(names))
        players = t("classroom.join.wait.players", count=count)
        if names:
            players += "\n" + ", ".join(names)
        self._waiting(t("classroom.join.wait.lobby", name=self.me), players)

    # ------------------------------------------------------------------ the touchpoint board

    def _m_board(self, message: dict[str, Any]) -> None:
        self.activity = message
        self.board_deadline = time.monotonic() + int(message.get("remaining_ms", 0)) / 1000
        sections = message.get("sections") or []
        self.section = min(self.section, max(0, len(sections) - 1))
        self._m_spotlight(message)
        self._draw_activity()
        self._show("activity")
        field = self.query_one("#bd-input", Input)
        field.display = message.get("phase") == "open"
        if field.display:
            field.focus()

    def _draw_activity(self) -> None:
        board = self.activity
        if board is None:
            return
        sections = board.get("sections") or []
        mine = board.get("mine") or {}
        phase = board.get("phase")
        if phase == "open":
            left = max(0.0, self.board_deadline - time.monotonic())
            whole = int(left + 0.999)
            head = t("classroom.join.board.head", title=board.get("title", ""),
                     time=f"{whole // 60}:{whole % 60:02d}")
        elif phase == "closed":
            head = t("classroom.join.board.closed")
        else:
            head = t("classroom.join.board.wait", name=self.me)
        self.query_one("#bd-head", Static).update(plain(head))
        if not sections:
            return
        section = sections[self.section]
        own = [str(x) for x in mine.get(section["id"], [])]
        self.query_one("#bd-section", Static).update(plain(t(
            "classroom.join.board.section", index=self.section + 1, total=len(sections),
            title=section["title"], left=max(0, int(section["answers"]) - len(own)),
        )))
        self.query_one("#bd-prompt", Static).update(plain(str(section.get("prompt", ""))))
        text = Text(t("classroom.join.board.mine"), style="bold")
        for entry in sections:
            texts = [str(x) for x in mine.get(entry["id"], [])]
            if texts:
                style = "bold" if entry is section else ""
                text.append(f"\n{entry['title']}", style=f"underline {style}".strip())
                for item in texts:
                    text.append(f"\n  • {item}")
        self.query_one("#bd-mine", Static).update(text)

    def _m_noted(self, message: dict[str, Any]) -> None:
        if self.activity is None:
            return
        mine = self.activity.setdefault("mine", {})
        mine[str(message["section"])] = [str(x) for x in message.get("mine", [])]
        self._draw_activity()

    def _m_spotlight(self, message: dict[str, Any]) -> None:
        spot = message.get("spotlight")
        widget = self.query_one("#bd-spot", Static)
        widget.display = isinstance(spot, dict)
        if isinstance(spot, dict):
            widget.update(plain(t("classroom.join.board.spotlight",
                                  text=f"{spot.get('section_title', '')}: {spot.get('text', '')}",
                                  count=spot.get("count", 1))))

    def _m_board_end(self, message: dict[str, Any]) -> None:
        if self._token:
            forget_resume(self._token)
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
            except OSError as error:
                text = t("classroom.join.board.not-saved", error=str(error))
        self.query_one("#e-title", Static).update(plain(str(message.get("title") or "")))
        self.query_one("#e-podium", Standings).show([])
        self.query_one("#e-you", Static).update(plain(text))
        self._show("end")

    async def _send_touchpoint(self, text: str) -> None:
        board = self.activity
        if self.client is None or board is None or not text.strip():
            return
        sections = board.get("sections") or []
        if not sections:
            return
        sent = await self.client.touchpoint(str(sections[self.section]["id"]), text.strip())
        if not sent:
            self.notify(t("classroom.join.not-sent"), severity="warning")
            return
        self.query_one("#bd-input", Input).value = ""

    @on(Input.Submitted, "#bd-input")
    async def _typed_touchpoint(self, event: Input.Submitted) -> None:
        event.stop()
        await self._send_touchpoint(event.value)

    def _next_section(self, step: int) -> None:
        sections = (self.activity or {}).get("sections") or []
        if sections:
            self.section = (self.section + step) % len(sections)
            self._draw_activity()

    def _m_error(self, message: dict[str, Any]) -> None:
        text = str(message.get("message") or message.get("code"))
        code = message.get("code")
        if code in ("kicked", "ended", "bad-token") and self._token:
            forget_resume(self._token)  # only this place: other students' stay saved
            self._token = None
        if code == "bad-token":  # the quiz no longer knows that place
            self._show("form")
            self._offer_saved_place()
            self.query_one("#form-error", Static).update(plain(text))
            then_join, self._then_join = self._then_join, None
            if then_join is not None and self.client is not None:
                self.call_later(self.client.join, *then_join)  # join anew with that name
            else:
                self._focus_first_empty()
        elif self.phase == "form":
            self.query_one("#form-error", Static).update(plain(text))
            field = {"bad-code": "#f-code", "too-many-attempts": "#f-code",
                     "name-invalid": "#f-name", "name-taken": "#f-name"}.get(str(code))
            if field is not None:  # the cursor where the mistake is, typing replaces it
                widget = self.query_one(field, Input)
                widget.focus()
                widget.select_all()
        elif code in ("kicked", "ended", "replaced"):
            self._waiting(text)
        else:
            self.notify(text, severity="warning", markup=False)

    def _m_question(self, message: dict[str, Any]) -> None:
        self.question = message
        self.picked = []
        self.answered = bool(message.get("answered"))
        self.deadline = time.monotonic() + int(message.get("remaining_ms", 0)) / 1000
        self.query_one("#q-head", Static).update(plain(t(
            "classroom.join.q.head", index=int(message["index"]) + 1,
            total=message["total"],
        )))
        self.query_one("#q-prompt", Static).update(plain(str(message.get("prompt", ""))))
        options = self.query_one("#q-options", Vertical)
        options.remove_children()
        kind = message.get("kind")
        choices = message.get("choices") or message.get("items") or []
        buttons = []
        for entry in choices:
            key = self._key_for(str(entry["id"]))
            label = Content(f"{key.upper()}   {entry['text']}")
            buttons.append(Button(label, name=str(entry['id']), classes="opt"))
        if kind in ("choice", "truefalse", "order"):
            options.mount_all(buttons)
        text_input = self.query_one("#q-text", Input)
        text_input.display = kind == "typed"
        text_input.value = ""
        self.query_one("#q-order", Static).update("")
        self._update_hint()
        self._show("question")
        if self.answered:
            self._answered_view()
        elif kind == "typed":
            text_input.focus()
        else:
            self.set_focus(None)

    def _key_for(self, option_id: str) -> str:
        if self.question and self.question.get("kind") == "truefalse":
            return "a" if option_id == "true" else "b"
        return option_id

    def _update_hint(self) -> None:
        q = self.question or {}
        kind = q.get("kind")
        if self.answered:
            hint = t("classroom.join.q.answered")
        elif kind == "typed":
            hint = t("classroom.join.q.hint.typed")
        elif kind == "order":
            hint = t("classroom.join.q.hint.order")
            shown = {str(i["id"]): str(i["text"]) for i in q.get("items", [])}
            order = Text()
            for number, option in enumerate(self.picked, start=1):
                order.append(f"{number}. ", style="bold")
                order.append(shown.get(option, option) + "\n")
            self.query_one("#q-order", Static).update(order)
        elif q.get("multiple"):
            hint = t("classroom.join.q.hint.multiple")
        else:
            hint = t("classroom.join.q.hint.choice")
        self.query_one("#q-hint", Static).update(plain(hint))
        for button in self.query(".opt").results(Button):
            option = button.name or ""
            button.set_class(option in self.picked, "-picked")

    def _answered_view(self) -> None:
        self.answered = True
        self.query_one("#q-text", Input).display = False
        for button in self.query(".opt").results(Button):
            button.disabled = True
        self._update_hint()

    def _m_ack(self, message: dict[str, Any]) -> None:
        if self.question and message.get("question") == self.question.get("index"):
            self._answered_view()

    def _m_reveal(self, message: dict[str, Any]) -> None:
        result = str(message.get("result"))
        widget = self.query_one("#r-result", Static)
        points = int(message.get("points", 0))
        text = t(f"classroom.join.r.{result}", points=points)
        if message.get("verdict") == "typo":
            text += "  " + t("classroom.join.r.typo")
        widget.update(plain(text))
        for name in ("-right", "-wrong", "-partial"):
            widget.remove_class(name)
        widget.add_class({"correct": "-right", "partial": "-partial"}.get(result, "-wrong"))
        self.query_one("#r-answer", Static).update(plain(
            t("classroom.join.r.answer", answer=str(message.get("correct_text", "")))
        ))
        self.query_one("#r-explain", Static).update(plain(str(message.get("explain") or ""),
                                                          "italic"))
        self.query_one("#r-score", Static).update(plain(t(
            "classroom.join.r.score", score=message.get("score", 0), rank=message.get("rank", "?"),
            players=message.get("players", "?"),
        )))
        self._show("reveal")

    def _m_leaderboard(self, message: dict[str, Any]) -> None:
        self.query_one("#b-title", Static).update(plain(t("classroom.join.b.title")))
        top = message.get("top", [])
        # the ranks the host shows: equal scores share one (1, 1, 3), as in "plaats N"
        self.query_one("#b-top", Standings).show(
            Line(f"{rank}.", str(entry["name"]), entry["score"], entry["name"] == self.me)
            for rank, entry in zip(top_ranks(top), top, strict=True)
        )
        you = message.get("you", {})
        self.query_one("#b-you", Static).update(plain(t(
            "classroom.join.b.you", rank=you.get("rank"), score=you.get("score"),
        )))
        self._show("board")

    def _m_end(self, message: dict[str, Any]) -> None:
        if self._token:
            forget_resume(self._token)
        self.query_one("#e-podium", Standings).show(
            Line(("🥇", "🥈", "🥉")[max(1, min(3, int(entry.get("rank", 3)))) - 1],
                 str(entry["name"]), entry["score"])
            for entry in message.get("podium", [])
        )
        you = message.get("you", {})
        key = "classroom.join.e.you" if you.get("questions") != 0 else "classroom.join.e.you.none"
        self.query_one("#e-you", Static).update(plain(t(
            key, rank=you.get("rank"), score=you.get("score"),
            correct=you.get("correct"), questions=you.get("questions"),
        )))
        self._show("end")

    # ------------------------------------------------------------------ answering

    def _tick(self) -> None:
        if self.phase == "activity":
            self._draw_activity()
            return
        if self.phase != "question" or self.question is None:
            return
        total = int(self.question.get("time_ms", 1)) or 1
        left = max(0.0, self.deadline - time.monotonic())
        self.query_one("#q-bar", ProgressBar).update(total=total, progress=left * 1000)
        head = t("classroom.join.q.head", index=int(self.question["index"]) + 1,
                 total=self.question["total"])
        self.query_one("#q-head", Static).update(
            plain(f"{head}   ·   {t('classroom.join.q.left', seconds=int(left + 0.999))}")
        )

    def _options(self) -> list[str]:
        q = self.question or {}
        return [str(e["id"]) for e in (q.get("choices") or q.get("items") or [])]

    def on_key(self, event: events.Key) -> None:
        if self.phase == "activity" and event.key in ("tab", "shift+tab", "ctrl+right",
                                                        "ctrl+left"):
            event.stop()
            event.prevent_default()
            self._next_section(-1 if event.key in ("shift+tab", "ctrl+left") else 1)
            return
        if self.phase != "question" or self.question is None or self.answered:
            return
        kind = self.question.get("kind")
        if kind == "typed":
            return
        options = self._options()
        key = event.key
        chosen: str | None = None
        if kind == "truefalse" and key in ("a", "b", "1", "2"):
            chosen = "true" if key in ("a", "1") else "false"
        elif len(key) == 1 and key in LETTERS and key in options:
            chosen = key
        elif key.isdigit() and 1 <= int(key) <= len(options):
            chosen = options[int(key) - 1]
        if chosen is not None:
            event.stop()
            self.call_later(self._pick, chosen)
        elif key == "backspace" and self.picked:
            event.stop()
            self.picked.pop()
            self._update_hint()
        elif key == "enter" and kind in ("choice", "order"):
            event.stop()
            self.call_later(self._submit_picked)

    @on(Button.Pressed, ".opt")
    async def _button(self, event: Button.Pressed) -> None:
        event.stop()
        await self._pick(event.button.name or "")

    async def _pick(self, option: str) -> None:
        if self.question is None or self.answered:
            return
        kind = self.question.get("kind")
        if kind == "truefalse" or (kind == "choice" and not self.question.get("multiple")):
            await self._send({"choice": option})
            return
        if option in self.picked:
            if kind == "choice":
                self.picked.remove(option)
        else:
            self.picked.append(option)
        self._update_hint()
        if kind == "order" and len(self.picked) == len(self._options()):
            await self._send({"order": list(self.picked)})

    async def _submit_picked(self) -> None:
        if not self.picked or self.question is None:
            return
        if self.question.get("kind") == "order":
            if len(self.picked) == len(self._options()):
                await self._send({"order": list(self.picked)})
        else:
            await self._send({"choice": list(self.picked)})

    @on(Input.Submitted, "#q-text")
    async def _typed(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            await self._send({"text": event.value.strip()})

    async def _send(self, answer: dict[str, Any]) -> None:
        if self.client is None or self.question is None:
            return
        sent = await self.client.answer(int(self.question["index"]), answer)
        if not sent:
            self.notify(t("classroom.join.not-sent"), severity="warning")

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
