"""The join form: address, code and name, or "Verder als Ada" for a place saved on this
computer. Posts :class:`FormView.Go` to the screen, which connects."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, Input, Static

from cjtrainer.classroom.client import load_resume, parse_address, saved_places
from cjtrainer.errors import CjError
from cjtrainer.i18n import t
from cjtrainer.ui.text import plain


class FormView(Vertical):
    """Address, code and name; or "Verder als Ada" for a place saved on this computer."""

    # Priority, as the cloze's: tab and enter move the focus before the keys after them
    # are passed on. As ordinary keys, "abc234<tab>Sanne" in one burst (a paste, tmux
    # send-keys) put "abc234Sanne" in the code field (docs/architecture.md).
    BINDINGS = [
        Binding("tab", "move(1)", show=False, priority=True),
        Binding("shift+tab", "move(-1)", show=False, priority=True),
        Binding("enter", "enter", show=False, priority=True),
    ]

    @dataclass
    class Go(Message):
        """Join (``token`` None) or take a saved place back; ``then_join`` (code, name):
        join anew with these if that place is gone."""

        url: str
        name: str
        code: str
        token: str | None
        then_join: tuple[str, str] | None

    def compose(self) -> ComposeResult:
        yield Static(t("classroom.join.title"), classes="big")
        yield Input(placeholder=t("classroom.join.address"), id="f-address")
        yield Input(placeholder=t("classroom.join.code"), id="f-code", max_length=12)
        yield Input(placeholder=t("classroom.join.name"), id="f-name", max_length=40)
        with Horizontal(id="f-buttons"):
            yield Button(t("classroom.join.go"), id="f-go", variant="primary")
            yield Button("", id="f-resume")
        yield Static("", id="f-saved")
        yield Static("", id="form-error")

    def fill(self, url: str | None, code: str | None, name: str | None) -> None:
        address = self.query_one("#f-address", Input)
        if url:
            address.value = url.removeprefix("ws://")
            address.display = False
        if code:
            self.query_one("#f-code", Input).value = code
        if name:
            self.query_one("#f-name", Input).value = name

    def _url(self) -> str:
        """The typed address as a websocket URL; raises ``CjError``."""
        return parse_address(self.query_one("#f-address", Input).value)

    def offer_saved_place(self) -> None:
        """Lab computers are shared: a place saved here is only taken back when the student
        types that player's name, or chooses it with this button; another name joins anew."""
        try:
            url = self._url()
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
        self.offer_saved_place()  # from the app's home screen the address comes typed

    def focus_first_empty(self) -> None:
        for widget_id in ("#f-address", "#f-code", "#f-name"):
            widget = self.query_one(widget_id, Input)
            if widget.display and not widget.value.strip():
                widget.focus()
                return
        self.query_one("#f-go", Button).focus()

    def show_error(self, text: str, field: str | None = None) -> None:
        """A refusal under the form; ``field`` ("code", "name"): the cursor goes there,
        the text selected, so typing replaces it."""
        self.query_one("#form-error", Static).update(plain(text))
        if field is not None:
            widget = self.query_one(f"#f-{field}", Input)
            widget.focus()
            widget.select_all()

    def wants_join(self) -> bool:
        """Whether the form has enough to join now (the app was started with it all)."""
        name = self.query_one("#f-name", Input).value.strip()
        code = self.query_one("#f-code", Input).value.strip()
        try:
            url = self._url()
        except CjError:
            return False
        hidden = not self.query_one("#f-address", Input).display
        return hidden and bool(name) and bool(code or load_resume(url, name))

    def _fields(self) -> list[Input]:
        fields = [self.query_one(f"#f-{n}", Input) for n in ("address", "code", "name")]
        return [f for f in fields if f.display]

    def action_move(self, step: int) -> None:
        (self.screen.focus_next if step > 0 else self.screen.focus_previous)()  # at once

    def action_enter(self) -> None:
        """Enter in a field: the focus moves to the next field now, for the letters after
        it; the rest (on to an empty field, or join) is decided in the field's queue, once
        its own letters are in. Enter on a button presses it."""
        fields = self._fields()
        field = self.screen.focused
        if not isinstance(field, Input) or field not in fields:
            raise SkipAction()
        index = fields.index(field)
        following = fields[index + 1] if index + 1 < len(fields) else None
        filled = following is None or bool(following.value.strip())  # before its letters
        if following is not None:
            self.screen.set_focus(following)

        def settle() -> None:
            if filled and (following is None or self.screen.focused is following):
                self._submitted()

        field.call_later(settle)

    def _submitted(self) -> None:
        """On to the next empty field, or join when all are filled."""
        if any(not f.value.strip() for f in self._fields()) and not self._own_place():
            self.focus_first_empty()
            return
        self.join()

    def _own_place(self) -> bool:
        """The typed name has a saved place in this quiz: no code needed to take it back."""
        name = self.query_one("#f-name", Input).value.strip()
        try:
            url = self._url()
        except CjError:
            return False
        return bool(name) and load_resume(url, name) is not None

    @on(Button.Pressed, "#f-go")
    def join(self) -> None:
        code = self.query_one("#f-code", Input).value.strip()
        name = self.query_one("#f-name", Input).value.strip()
        try:
            url = self._url()
        except CjError as problem:
            self.show_error(problem.message)
            return
        # This player's own saved place (same name, case and spaces aside): take it back,
        # the code is not needed for that. Any other name joins as a new player.
        token = load_resume(url, name) if name else None
        if not token and (not code or not name):
            self.show_error(t("classroom.join.fill-in"))
            self.focus_first_empty()
            return
        self.show_error("")
        self.post_message(self.Go(url, name, code, token,
                                  (code, name) if token and code else None))

    @on(Button.Pressed, "#f-resume")
    def _continue(self, event: Button.Pressed) -> None:
        """"Verder als Ada": the student says this saved place is theirs."""
        event.stop()
        try:
            url = self._url()
        except CjError as problem:
            self.show_error(problem.message)
            return
        places = saved_places(url)
        if places:
            self.post_message(self.Go(url, places[0].name, "", places[0].token, None))
