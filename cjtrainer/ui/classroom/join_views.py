"""The views of the student's quiz screen (:mod:`.join`), one widget each, shown one at a
time in a ``ContentSwitcher``: the form, the waiting room, the question, the result, the
standings, the touchpoint board and the end.

Messages up, attributes down: the screen hands each view the typed message it shows
(``show``/``ask``) and the time (``tick``); a view that has something to send (an answer,
a touchpoint, a join) posts a Textual message to the screen, which owns the connection.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Button, Input, ProgressBar, Static

from cjtrainer.classroom.client import load_resume, parse_address, saved_places
from cjtrainer.classroom.server_messages import (
    Board,
    BoardSection,
    End,
    Leaderboard,
    Noted,
    Option,
    Question,
    Reveal,
    Spot,
    top_ranks,
)
from cjtrainer.errors import CjError
from cjtrainer.i18n import t
from cjtrainer.ui.classroom.board import Line, Standings
from cjtrainer.ui.text import plain

LETTERS = "abcdefghijklmnopqrstuvwxyz"


def true_false(kind: str, option_id: str) -> str:
    """What a true/false id says, in this app's language (the host sends only the id)."""
    return t(f"classroom.{option_id}") if kind == "truefalse" else option_id


# ---------------------------------------------------------------------------- joining


class FormView(Vertical):
    """Address, code and name; or "Verder als Ada" for a place saved on this computer."""

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

    @on(Input.Submitted, "#f-address, #f-code, #f-name")
    def _submitted(self, event: Input.Submitted) -> None:
        """Enter in a field: on to the next empty field, or join when all are filled."""
        event.stop()
        fields = [self.query_one(f"#f-{n}", Input) for n in ("address", "code", "name")]
        if any(f.display and not f.value.strip() for f in fields) and not self._own_place():
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


class WaitView(Vertical):
    """The lobby, "answered, waiting", a late join, a place being taken back."""

    def compose(self) -> ComposeResult:
        yield Static("", id="w-text", classes="big")
        yield Static("", id="w-players")

    def show(self, text: str, players: str = "") -> None:
        self.query_one("#w-text", Static).update(plain(text))
        self.query_one("#w-players", Static).update(plain(players))


# ---------------------------------------------------------------------------- the quiz


class QuestionView(Vertical):
    """The question with large answer keys; picks and sends the answer."""

    @dataclass
    class Answered(Message):
        """Send this answer (its wire shape) to question ``index``."""

        index: int
        answer: dict[str, object]

    def __init__(self, *, id: str, classes: str = "") -> None:
        super().__init__(id=id, classes=classes)
        self.question: Question | None = None
        self.deadline = 0.0  # monotonic
        self.picked: list[str] = []
        self.answered = False

    def compose(self) -> ComposeResult:
        yield Static("", id="q-head")
        yield ProgressBar(total=100, show_eta=False, show_percentage=False, id="q-bar")
        yield Static("", id="q-prompt")
        yield Vertical(id="q-options")
        yield Input(placeholder=t("classroom.join.type"), id="q-text", max_length=200)
        yield Static("", id="q-order")
        yield Static("", id="q-hint")

    def options(self) -> tuple[Option, ...]:
        """What can be picked: the choices (true/false in this app's words) or the items."""
        q = self.question
        if q is None:
            return ()
        if q.kind == "truefalse":
            return tuple(Option(i, true_false(q.kind, i)) for i in ("true", "false"))
        return q.choices or q.items

    def ask(self, question: Question, deadline: float) -> None:
        self.question = question
        self.picked = []
        self.answered = question.answered
        self.deadline = deadline
        self.query_one("#q-head", Static).update(plain(t(
            "classroom.join.q.head", index=question.index + 1, total=question.total,
        )))
        self.query_one("#q-prompt", Static).update(plain(question.prompt))
        options = self.query_one("#q-options", Vertical)
        options.remove_children()
        if question.kind in ("choice", "truefalse", "order"):
            options.mount_all(
                Button(Content(f"{self._key_for(o.id).upper()}   {o.text}"), name=o.id,
                       classes="opt")
                for o in self.options()
            )
        text_input = self.query_one("#q-text", Input)
        text_input.display = question.kind == "typed"
        text_input.value = ""
        self.query_one("#q-order", Static).update("")
        self._update_hint()
        if self.answered:
            self.acknowledged(question.index)
        elif question.kind == "typed":
            text_input.focus()

    def _key_for(self, option_id: str) -> str:
        if self.question and self.question.kind == "truefalse":
            return "a" if option_id == "true" else "b"
        return option_id

    def _update_hint(self) -> None:
        q = self.question
        if self.answered:
            hint = t("classroom.join.q.answered")
        elif q is not None and q.kind == "typed":
            hint = t("classroom.join.q.hint.typed")
        elif q is not None and q.kind == "order":
            hint = t("classroom.join.q.hint.order")
            shown = {o.id: o.text for o in q.items}
            order = Text()
            for number, option in enumerate(self.picked, start=1):
                order.append(f"{number}. ", style="bold")
                order.append(shown.get(option, option) + "\n")
            self.query_one("#q-order", Static).update(order)
        elif q is not None and q.multiple:
            hint = t("classroom.join.q.hint.multiple")
        else:
            hint = t("classroom.join.q.hint.choice")
        self.query_one("#q-hint", Static).update(plain(hint))
        for button in self.query(".opt").results(Button):
            button.set_class((button.name or "") in self.picked, "-picked")

    def acknowledged(self, index: int) -> None:
        """The host has this student's answer to question ``index``."""
        if self.question is None or index != self.question.index:
            return
        self.answered = True
        self.query_one("#q-text", Input).display = False
        for button in self.query(".opt").results(Button):
            button.disabled = True
        self._update_hint()

    def tick(self, now: float) -> None:
        q = self.question
        if q is None:
            return
        left = max(0.0, self.deadline - now)
        self.query_one("#q-bar", ProgressBar).update(total=q.time_ms or 1, progress=left * 1000)
        head = t("classroom.join.q.head", index=q.index + 1, total=q.total)
        self.query_one("#q-head", Static).update(
            plain(f"{head}   ·   {t('classroom.join.q.left', seconds=int(left + 0.999))}")
        )

    def key(self, key: str) -> bool:
        """A key pressed while no field has the focus; ``True`` when it was used."""
        q = self.question
        if q is None or self.answered or q.kind == "typed":
            return False
        ids = [o.id for o in self.options()]
        chosen: str | None = None
        if q.kind == "truefalse" and key in ("a", "b", "1", "2"):
            chosen = "true" if key in ("a", "1") else "false"
        elif len(key) == 1 and key in LETTERS and key in ids:
            chosen = key
        elif key.isdigit() and 1 <= int(key) <= len(ids):
            chosen = ids[int(key) - 1]
        if chosen is not None:
            self.pick(chosen)
        elif key == "backspace" and self.picked:
            self.picked.pop()
            self._update_hint()
        elif key == "enter" and q.kind in ("choice", "order"):
            self._submit_picked()
        else:
            return False
        return True

    @on(Button.Pressed, ".opt")
    def _button(self, event: Button.Pressed) -> None:
        event.stop()
        self.pick(event.button.name or "")

    def pick(self, option: str) -> None:
        q = self.question
        if q is None or self.answered:
            return
        if q.kind == "truefalse" or (q.kind == "choice" and not q.multiple):
            self._send({"choice": option})
            return
        if option in self.picked:
            if q.kind == "choice":
                self.picked.remove(option)
        else:
            self.picked.append(option)
        self._update_hint()
        if q.kind == "order" and len(self.picked) == len(self.options()):
            self._send({"order": list(self.picked)})

    def _submit_picked(self) -> None:
        if not self.picked or self.question is None:
            return
        if self.question.kind == "order":
            if len(self.picked) == len(self.options()):
                self._send({"order": list(self.picked)})
        else:
            self._send({"choice": list(self.picked)})

    @on(Input.Submitted, "#q-text")
    def _typed(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            self._send({"text": event.value.strip()})

    def _send(self, answer: dict[str, object]) -> None:
        if self.question is not None:
            self.post_message(self.Answered(self.question.index, answer))


class RevealView(Vertical):
    """This student's result of a question, with the right answer and the explanation."""

    def compose(self) -> ComposeResult:
        yield Static("", id="r-result")
        yield Static("", id="r-answer")
        yield Static("", id="r-explain")
        yield Static("", id="r-score", classes="big")

    def show(self, reveal: Reveal) -> None:
        widget = self.query_one("#r-result", Static)
        text = t(f"classroom.join.r.{reveal.result}", points=reveal.points)
        if reveal.verdict == "typo":
            text += "  " + t("classroom.join.r.typo")
        widget.update(plain(text))
        for name in ("-right", "-wrong", "-partial"):
            widget.remove_class(name)
        widget.add_class({"correct": "-right", "partial": "-partial"}.get(reveal.result,
                                                                         "-wrong"))
        answer = true_false(reveal.kind, reveal.correct_text)
        self.query_one("#r-answer", Static).update(plain(t("classroom.join.r.answer",
                                                           answer=answer)))
        self.query_one("#r-explain", Static).update(plain(reveal.explain or "", "italic"))
        self.query_one("#r-score", Static).update(plain(t(
            "classroom.join.r.score", score=reveal.score, rank=reveal.rank,
            players=reveal.players,
        )))


class StandingsView(Vertical):
    """The standings between questions: the best five and this student's place."""

    def compose(self) -> ComposeResult:
        yield Static("", id="b-title", classes="big")
        yield Standings(id="b-top", score_style="")
        yield Static("", id="b-you", classes="big")

    def show(self, board: Leaderboard, me: str) -> None:
        self.query_one("#b-title", Static).update(plain(t("classroom.join.b.title")))
        # the ranks the host shows: equal scores share one (1, 1, 3), as in "plaats N"
        self.query_one("#b-top", Standings).show(
            Line(f"{rank}.", entry.name, entry.score, entry.name == me)
            for rank, entry in zip(top_ranks(board.top), board.top, strict=True)
        )
        self.query_one("#b-you", Static).update(plain(t(
            "classroom.join.b.you", rank=board.you.rank, score=board.you.score,
        )))


class EndView(Vertical):
    """The podium and this student's result; after the board: where the touchpoints went."""

    def compose(self) -> ComposeResult:
        yield Static(t("classroom.join.end.title"), classes="big", id="e-title")
        yield Standings(id="e-podium", rank_style="", name_style="bold", score_style="")
        yield Static("", id="e-you", classes="big")

    def show(self, end: End) -> None:
        self.query_one("#e-podium", Standings).show(
            Line(("🥇", "🥈", "🥉")[max(1, min(3, entry.rank or 3)) - 1], entry.name,
                 entry.score)
            for entry in end.podium
        )
        you = end.you
        key = "classroom.join.e.you" if you.questions != 0 else "classroom.join.e.you.none"
        self.query_one("#e-you", Static).update(plain(t(
            key, rank=you.rank, score=you.score, correct=you.correct, questions=you.questions,
        )))

    def show_handback(self, title: str, text: str) -> None:
        """The board's end: its title, no podium, and what became of the touchpoints."""
        self.query_one("#e-title", Static).update(plain(title))
        self.query_one("#e-podium", Standings).show([])
        self.query_one("#e-you", Static).update(plain(text))


# ---------------------------------------------------------------------------- the board


class ActivityView(Vertical):
    """The touchpoint board: one section at a time (Tab for the next), the student's own
    touchpoints, the spotlight."""

    @dataclass
    class Typed(Message):
        """Send this touchpoint for this section."""

        section: str
        text: str

    def __init__(self, *, id: str, classes: str = "") -> None:
        super().__init__(id=id, classes=classes)
        self.board: Board | None = None
        self.mine: dict[str, tuple[str, ...]] = {}
        self.section = 0  # the section this student is typing for
        self.deadline = 0.0  # monotonic
        self._now = 0.0  # the last tick's time
        self.me = ""

    def compose(self) -> ComposeResult:
        yield Static("", id="bd-head")
        yield Static("", id="bd-spot")
        yield Static("", id="bd-section")
        yield Static("", id="bd-prompt")
        yield Input(placeholder=t("classroom.join.board.type"), id="bd-input", max_length=160)
        yield Static(t("classroom.join.board.keys"), id="bd-keys")
        yield Static("", id="bd-mine")

    def show(self, board: Board, deadline: float, now: float) -> None:
        self.board = board
        self.mine = dict(board.mine)
        self.deadline = deadline
        self.section = min(self.section, max(0, len(board.sections) - 1))
        self.spotlight(board.spotlight)
        self.tick(now)
        field = self.query_one("#bd-input", Input)
        field.display = board.phase == "open"
        if field.display:
            field.focus()

    def noted(self, noted: Noted, now: float) -> None:
        if self.board is not None:
            self.mine[noted.section] = noted.mine
            self.tick(now)

    def spotlight(self, spot: Spot | None) -> None:
        widget = self.query_one("#bd-spot", Static)
        widget.display = spot is not None
        if spot is not None:
            widget.update(plain(t("classroom.join.board.spotlight",
                                  text=f"{spot.section_title}: {spot.text}", count=spot.count)))

    def current(self) -> BoardSection | None:
        sections = self.board.sections if self.board else ()
        return sections[self.section] if sections else None

    def sent(self) -> None:
        self.query_one("#bd-input", Input).value = ""

    def key(self, key: str) -> bool:
        """Tab, shift+Tab, ctrl+arrows: the next or the previous section."""
        if key not in ("tab", "shift+tab", "ctrl+right", "ctrl+left"):
            return False
        sections = self.board.sections if self.board else ()
        if sections:
            step = -1 if key in ("shift+tab", "ctrl+left") else 1
            self.section = (self.section + step) % len(sections)
            self.tick(self._now)
        return True

    def tick(self, now: float) -> None:
        self._now = now
        board = self.board
        if board is None:
            return
        if board.phase == "open":
            whole = int(max(0.0, self.deadline - now) + 0.999)
            head = t("classroom.join.board.head", title=board.title,
                     time=f"{whole // 60}:{whole % 60:02d}")
        elif board.phase == "closed":
            head = t("classroom.join.board.closed")
        else:
            head = t("classroom.join.board.wait", name=self.me)
        self.query_one("#bd-head", Static).update(plain(head))
        section = self.current()
        if section is None:
            return
        own = self.mine.get(section.id, ())
        self.query_one("#bd-section", Static).update(plain(t(
            "classroom.join.board.section", index=self.section + 1, total=len(board.sections),
            title=section.title, left=max(0, section.answers - len(own)),
        )))
        self.query_one("#bd-prompt", Static).update(plain(section.prompt))
        text = Text(t("classroom.join.board.mine"), style="bold")
        for entry in board.sections:
            texts = self.mine.get(entry.id, ())
            if texts:
                style = "bold" if entry is section else ""
                text.append(f"\n{entry.title}", style=f"underline {style}".strip())
                for item in texts:
                    text.append(f"\n  • {item}")
        self.query_one("#bd-mine", Static).update(text)

    @on(Input.Submitted, "#bd-input")
    def _typed(self, event: Input.Submitted) -> None:
        event.stop()
        section = self.current()
        if section is not None and event.value.strip():
            self.post_message(self.Typed(section.id, event.value.strip()))
