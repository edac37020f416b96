"""The teacher's touchpoint board (``cjtrainer host --exercise EXERCISE``), for the projector.

The lobby is the quiz's (code, web address, QR code); then one column per section of the
exercise (the phases and loyalty) with the touchpoints arriving live, near-duplicates as one
line with a count ("reviews lezen ×7"). The teacher walks the board with the arrow keys,
hides a contribution (H, undo U), puts one in the spotlight on every student's screen
(Enter), shows the model answers nobody named (M) and the names (N, hidden by default).
Everything is plain text: a student's touchpoint is never markup.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Header, Static

from cjtrainer.classroom.activity import CLOSED, OPEN, Group
from cjtrainer.classroom.roster import END, LOBBY
from cjtrainer.classroom.session import HostedBoard
from cjtrainer.errors import CjError
from cjtrainer.i18n import language, t
from cjtrainer.ui import textual_fixes  # noqa: F401 - the app runs with them
from cjtrainer.ui.classroom.qr import QrCode
from cjtrainer.ui.classroom.redraw import (
    OneRedraw,
    SecondPress,
    run_teacher_app,
    start_serving,
)
from cjtrainer.ui.text import plain

CSS = """
Screen { layout: vertical; }
#lobby { height: 1fr; padding: 0 2; }
#code { width: auto; height: auto; border: heavy $accent; padding: 0 4; margin: 1 0 0 0;
        text-style: bold; color: $text; background: $accent 20%; }
#web-address { width: auto; height: auto; border: heavy $primary; padding: 0 2;
               text-style: bold; color: $text; }
#lobby-warning { color: $warning; text-style: bold; }
#lobby-help { color: $text-muted; margin: 1 0 0 0; }
#columns { height: 1fr; }
.column { width: 1fr; height: 1fr; border: round $primary; padding: 0 0 0 1; }
.column.-current { border: heavy $accent; }
.column Static { width: 1fr; }
#spot { height: auto; max-height: 3; padding: 0 1; background: $accent 30%; text-style: bold; }
#status { height: 2; padding: 0 1; background: $panel; }
"""


def clock_text(seconds: float) -> str:
    whole = int(seconds + 0.999)
    return f"{whole // 60}:{whole % 60:02d}"


class BoardApp(App[int]):
    CSS = CSS
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("s", "open", t("board.key.open")),
        Binding("plus,equals_sign", "more", t("board.key.more")),
        Binding("enter", "spot", t("board.key.spot")),
        Binding("h", "hide", t("board.key.hide")),
        # Nine keys do not fit 80 columns: the less used ones are listed by "?" instead.
        Binding("u", "unhide", t("board.key.unhide"), show=False),
        Binding("m", "missing", t("board.key.missing"), show=False),
        Binding("n", "names", t("board.key.names"), show=False),
        Binding("x", "export", t("board.key.export"), show=False),
        Binding("l", "lock", t("board.key.lock"), show=False),
        Binding("e", "end", t("board.key.end")),
        Binding("question_mark", "keys", t("board.key.keys")),
        Binding("q,ctrl+q", "quit_host", t("board.key.quit")),
        Binding("left", "move(-1, 0)", show=False),
        Binding("right", "move(1, 0)", show=False),
        Binding("up", "move(0, -1)", show=False),
        Binding("down", "move(0, 1)", show=False),
    ]

    def __init__(self, session: HostedBoard) -> None:
        super().__init__()
        self.title = t("board.title")
        self.session = session
        self.board = session.game
        self.error: CjError | None = None
        self.col = 0
        self.row = 0
        self.show_missing = False
        self.show_names = False
        self._started = False
        self.redraw = OneRedraw(self, self.refresh_view)
        self._second_press = SecondPress()  # E or Q: press again to do it
        self._exported = False
        self._keys_for: tuple[object, ...] = ()  # what the key bar was last drawn for

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="lobby"):
            yield Static("", id="code")
            yield Static(t("web.host.scan"))
            yield Static("", id="web-address")
            yield QrCode(id="qr")
            yield Static("", id="address")
            yield Static("", id="lobby-warning")
            yield Static("", id="lobby-help")
        with Horizontal(id="columns"):
            for number, section in enumerate(self.board.sections):
                column = VerticalScroll(classes="column", id=f"col-{number}")
                column.border_title = section.title
                with column:
                    yield Static("", classes="groups")
        yield Static("", id="spot")
        yield Static("", id="status")
        yield Footer()

    async def on_mount(self) -> None:
        self.sub_title = self.board.title
        if not await start_serving(self, self.session, self.redraw):
            return
        self._started = True
        self.set_interval(0.5, self.refresh_view)
        self.refresh_view()

    def on_resize(self, event: events.Resize) -> None:
        self.call_after_refresh(self.refresh_view)

    # ------------------------------------------------------------------ rendering

    def groups(self, column: int) -> list[Group]:
        return self.board.groups(self.board.sections[column].id)

    def current(self) -> Group | None:
        groups = self.groups(self.col)
        if not groups:
            return None
        self.row = min(self.row, len(groups) - 1)
        return groups[self.row]

    def refresh_view(self) -> None:
        if not self._started:
            return
        board = self.board
        lobby = board.phase == LOBBY
        self.query_one("#lobby").display = lobby
        self.query_one("#columns").display = not lobby
        if lobby:
            self._show_lobby()
        else:
            self._show_columns()
        spot = board.spotlight
        self.query_one("#spot", Static).display = spot is not None and not lobby
        if spot is not None:
            self.query_one("#spot", Static).update(
                plain(t("board.spotlight", text=f"{spot.text} ×{spot.count}")))
        self.query_one("#status", Static).update(plain(self.status_line()))
        # The key bar follows what check_action reads; redrawn (the Footer rebuilds its
        # widgets) only when that changed, not at every redraw of the board
        keys_for = (board.phase, bool(board.contributions))
        if keys_for != self._keys_for:
            self._keys_for = keys_for
            self.refresh_bindings()
        if board.phase == END and not self._exported:
            self._export()

    def _show_lobby(self) -> None:
        session = self.session
        self.query_one("#code", Static).update(plain(" ".join(self.board.code)))
        self.query_one("#web-address", Static).update(plain(session.web_url))
        self.query_one("#qr", QrCode).show(session.join_url)
        self.query_one("#address", Static).update(plain(t(
            "classroom.host.lobby.address", address=session.address, code=self.board.code)))
        warning = ""
        if session.loopback_only:
            warning = t("classroom.host.loopback-only", address=session.address)
        elif session.addresses[1:]:
            warning = t("classroom.host.also", addresses=", ".join(session.addresses[1:]))
        self.query_one("#lobby-warning", Static).update(plain(warning))
        self.query_one("#lobby-help", Static).update(
            plain(t("board.lobby.help", minutes=f"{self.board.minutes:g}")))

    def _show_columns(self) -> None:
        board = self.board
        for number, section in enumerate(board.sections):
            column = self.query_one(f"#col-{number}", VerticalScroll)
            column.set_class(number == self.col, "-current")
            groups = self.groups(number)
            text = Text()
            if not groups:
                text.append(t("board.empty"), style="dim italic")
            for index, group in enumerate(groups):
                if index:
                    text.append("\n")
                chosen = number == self.col and index == min(self.row, len(groups) - 1)
                spotlit = board.spotlight is not None and board.spotlight.id == group.id
                style = "reverse" if chosen else ("bold" if spotlit else "")
                text.append(("★ " if spotlit else "") + group.text, style=style)
                if group.count > 1:
                    text.append(f" ×{group.count}", style=f"bold {style}".strip())
                if self.show_names:
                    text.append("\n  " + ", ".join(group.names), style="dim")
            if self.show_missing:
                missing = board.not_named(section.id)
                if missing:
                    text.append("\n\n" + t("board.not-named") + ":", style="bold yellow")
                    for example in missing:
                        text.append("\n· " + example, style="italic yellow")
            column.query_one(".groups", Static).update(text)

    def status_line(self) -> str:
        board = self.board
        shown = sum(1 for c in board.contributions if not c.hidden)
        if board.phase == LOBBY:
            first = t("board.status.lobby", players=len(board.active()))
        elif board.phase == OPEN:
            first = t("board.status.open", time=clock_text(board.remaining_s()),
                      touchpoints=shown, students=board.contributors())
        elif board.phase == CLOSED:
            first = t("board.status.closed", touchpoints=shown, students=board.contributors())
        else:
            first = t("board.status.end")
            if self.session.written:
                first += "  ·  " + t("board.exported", path=self.session.written[0])
        if board.locked:
            first += "  ·  " + t("classroom.host.status.join-locked")
        second = t("board.status.join", address=self.session.address, code=board.code)
        return first + "\n" + second

    # ------------------------------------------------------------------ controls

    def action_open(self) -> None:
        if self.board.phase == LOBBY:
            if not self.board.active():
                self.notify(t("board.need-players"), severity="warning")
                return
            self.board.start()
        elif self.board.phase == OPEN:
            self.board.close()
        elif self.board.phase == CLOSED:
            self.board.extend(1)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The key bar names the keys that act now (all of them cut off E at 80 columns,
        seen in a trial); the keys "?" lists keep working in every phase."""
        phase = self.board.phase
        if action == "open":
            return phase != END
        if action in ("more", "end"):  # a minute more also once the time was up
            return phase in (OPEN, CLOSED)
        if action in ("spot", "hide"):
            return phase != LOBBY and bool(self.board.contributions)
        return True

    def action_keys(self) -> None:
        self.notify(t("board.keys-help"), title=t("board.key.keys"), timeout=15, markup=False)

    def action_more(self) -> None:
        self.board.extend(1)

    def action_move(self, dx: int, dy: int) -> None:
        count = len(self.board.sections)
        if dx:
            self.col = (self.col + dx) % count
            self.row = 0
        else:
            self.row = max(0, min(self.row + dy, len(self.groups(self.col)) - 1))
        self.refresh_view()

    def action_hide(self) -> None:
        group = self.current()
        if group is None:
            return
        self.board.hide([m.id for m in group.members])
        self.notify(t("board.hidden", text=group.text), markup=False)

    def action_unhide(self) -> None:
        back = self.board.unhide()
        if back:
            self.notify(t("board.unhidden", text=back[0].text), markup=False)
        else:
            self.notify(t("board.nothing-hidden"))

    def action_spot(self) -> None:
        group = self.current()
        spot = self.board.spotlight
        if group is None or (spot is not None and spot.id == group.id):
            self.board.show(None)
            self.notify(t("board.spot-off"))
        else:
            self.board.show(group)

    def action_missing(self) -> None:
        self.show_missing = not self.show_missing
        self.refresh_view()

    def action_names(self) -> None:
        self.show_names = not self.show_names
        self.notify(t("board.names-on" if self.show_names else "board.names-off"))
        self.refresh_view()

    def action_lock(self) -> None:
        self.board.lock(not self.board.locked)
        self.notify(t("classroom.host.locked" if self.board.locked else
                      "classroom.host.unlocked"))

    def action_export(self) -> None:
        if self._export():
            self.notify(t("board.exported", path=self.session.written[0]), markup=False)

    def _export(self) -> bool:
        try:
            self.session.write_export(language())
        except OSError as error:
            self.notify(str(error), severity="error", markup=False)
            return False
        self._exported = self.board.phase == END
        return True

    def _confirmed(self, key: str) -> bool:
        if self._second_press(key):
            return True
        self.notify(t(f"board.{key}-confirm"))
        return False

    def action_end(self) -> None:
        if self.board.phase != END and self._confirmed("end"):
            self.board.finish()

    async def action_quit_host(self) -> None:
        if self.board.phase != END and not self._confirmed("quit"):
            return
        if self.board.phase != END and self.board.phase != LOBBY:
            self.board.finish()
        if self.board.contributions and not self._exported:
            self._export()
        await self.session.close(linger=0.2)
        self.exit(0)


def run_board_app(session: HostedBoard) -> int:
    return run_teacher_app(BoardApp(session), lambda: session.written)


__all__ = ["BoardApp", "run_board_app"]
