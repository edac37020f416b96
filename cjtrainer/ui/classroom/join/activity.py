"""The touchpoint board on the student's screen: one section at a time (Tab for the next),
the student's own touchpoints, the spotlight. Posts :class:`ActivityView.Typed` to the
screen, which sends the touchpoint."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Static

from cjtrainer.classroom.server_messages import Board, BoardSection, Noted, Spot
from cjtrainer.i18n import t
from cjtrainer.ui.text import plain


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
