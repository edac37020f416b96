"""The teacher's screen: lobby, question, reveal, leaderboard, podium and the summary.

The server runs in this app's own event loop; the controls call the game directly
(never over the network). Names and deck text are always shown as plain text.
"""

from __future__ import annotations

import time

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text
from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import DataTable, Footer, Header, ProgressBar, Static

from cjtrainer.classroom.game import END, LEADERBOARD, LOBBY, QUESTION, REVEAL, Game, Player
from cjtrainer.classroom.report import build_report
from cjtrainer.classroom.session import HostedSession
from cjtrainer.errors import CjError
from cjtrainer.i18n import decimal, t
from cjtrainer.text import shorten
from cjtrainer.ui import textual_fixes  # noqa: F401 - the app runs with them
from cjtrainer.ui.classroom.board import Line, Standings, fit
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
#body { height: 1fr; }
#main { width: 3fr; padding: 1 2; }
#side { width: 2fr; min-width: 36; border-left: solid $primary; padding: 0 1; }
#side-title { text-style: bold; padding: 1 0 0 0; }
#players { height: 1fr; }
.section { height: auto; display: none; }
.section.-shown { display: block; }
#code { width: auto; height: auto; border: heavy $accent; padding: 1 4; margin: 1 0;
        text-style: bold; color: $text; background: $accent 20%; }
#address { text-style: bold; }
#web-title { margin: 1 0 0 0; }
#web-address { width: auto; height: auto; border: heavy $primary; padding: 0 2;
               text-style: bold; color: $text; }
#qr { margin: 1 0; }
#lobby-help { margin: 1 0; color: $text-muted; }
#lobby-notes { margin: 1 0; }
#q-title, #r-title, #lb-title, #end-title { text-style: bold; color: $accent; }
#q-prompt, #r-prompt { padding: 1 0; text-style: bold; }
#q-bar { width: 100%; margin: 1 0; }
#q-bar Bar { width: 1fr; }
#q-count, #q-left { text-style: bold; }
#r-answer { color: $success; text-style: bold; padding: 0 0 1 0; }
#end-players, #end-questions { height: auto; max-height: 16; margin: 1 0; }
#status { height: 2; padding: 0 2; background: $panel; }
#lobby-warning { color: $warning; text-style: bold; margin: 1 0 0 0; }
"""

# The longest answer text in the reveal's list (one row each, also on a projector).
ANSWER_WIDTH = 60


class HostApp(App[int]):
    """``cjtrainer host DECK``: runs the session server inside the app."""

    CSS = CSS
    ENABLE_COMMAND_PALETTE = False  # the teacher's keys are all in the footer
    BINDINGS = [
        Binding("s", "start", t("classroom.key.start")),
        Binding("space,n", "next", t("classroom.key.next")),
        Binding("l", "lock", t("classroom.key.lock")),
        Binding("k", "kick", t("classroom.key.kick")),
        Binding("u", "unkick", t("classroom.key.unkick")),
        Binding("e", "end", t("classroom.key.end")),
        Binding("r", "report", t("classroom.key.report")),
        Binding("q,ctrl+q", "quit_host", t("classroom.key.quit")),
    ]

    def __init__(self, session: HostedSession) -> None:
        super().__init__()
        self.title = t("classroom.app.title")  # here, not TITLE: then --lang counts
        self.session = session
        self.game = session.game
        self.error: CjError | None = None
        self.redraw = OneRedraw(self, self.refresh_view)
        self._report_written = False
        self._kick_armed: str | None = None  # K pressed once: press again to remove
        self._kick_at = 0.0
        self._second_press = SecondPress()  # E or Q: press again to do it
        self._started = False  # the server listens: until then there is nothing to show
        self._warned: set[str] = set()  # look-alike names the teacher was told about
        self._keys_for: tuple[object, ...] = ()  # what the key bar was last drawn for

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="body"):
            with VerticalScroll(id="main"):
                with Vertical(id="lobby", classes="section"):
                    yield Static(t("classroom.host.lobby.title"), id="lobby-title")
                    yield Static("", id="code")
                    yield Static(t("web.host.scan"), id="web-title")
                    yield Static("", id="web-address")
                    yield QrCode(id="qr")
                    yield Static("", id="address")
                    yield Static("", id="lobby-warning")
                    yield Static("", id="lobby-help")
                    yield Static("", id="lobby-notes")
                with Vertical(id="question", classes="section"):
                    yield Static("", id="q-title")
                    yield Static("", id="q-prompt")
                    yield Static("", id="q-options")
                    yield ProgressBar(total=100, show_eta=False, show_percentage=False, id="q-bar")
                    yield Static("", id="q-left")
                    yield Static("", id="q-count")
                with Vertical(id="reveal", classes="section"):
                    yield Static("", id="r-title")
                    yield Static("", id="r-prompt")
                    yield Static("", id="r-answer")
                    yield Static("", id="r-dist")
                    yield Static("", id="r-explain")
                with Vertical(id="leaderboard", classes="section"):
                    yield Static("", id="lb-title")
                    yield Standings(id="lb-table")
                with Vertical(id="end", classes="section"):
                    yield Static(t("classroom.host.end.title"), id="end-title")
                    yield Standings(id="end-podium", rank_style="", name_style="bold",
                                    score_style="")
                    yield DataTable(id="end-players", cursor_type="none", zebra_stripes=True)
                    yield DataTable(id="end-questions", cursor_type="none", zebra_stripes=True)
                    yield Static("", id="end-report")
            with Vertical(id="side"):
                yield Static("", id="side-title")
                yield DataTable(id="players", cursor_type="row", zebra_stripes=True)
        yield Static("", id="status")
        yield Footer()

    async def on_mount(self) -> None:
        self.sub_title = self.session.deck.title
        table = self.query_one("#players", DataTable)
        table.focus()  # arrow keys pick the player that K K removes
        if not await start_serving(self, self.session, self.redraw):
            return
        self._started = True
        self.set_interval(0.2, self._tick)
        self.refresh_view()
        self.call_after_refresh(self.refresh_view)  # again once the widths are known

    def on_resize(self, event: events.Resize) -> None:
        # the name columns are cut to the width there is: lay them out again
        self.call_after_refresh(self.refresh_view)

    def _tick(self) -> None:
        if self.game.phase == QUESTION:
            self._update_clock()

    # ------------------------------------------------------------------ rendering

    def refresh_view(self) -> None:
        if not self._started:  # a busy port: the app is closing with a clean message
            return
        game = self.game
        for section in ("lobby", "question", "reveal", "leaderboard", "end"):
            self.query_one(f"#{section}").set_class(section == game.phase, "-shown")
        # At the end every player is 'klaar': the per-player table says more with the width
        # (laid out again once the side panel has gone, as the columns fit the width)
        side = self.query_one("#side")
        if side.display != (game.phase != END):
            side.display = game.phase != END
            self.call_after_refresh(self.refresh_view)
        self._update_players()
        if game.phase == LOBBY:
            self._show_lobby()
        elif game.phase == QUESTION:
            self._show_question()
        elif game.phase == REVEAL:
            self._show_reveal()
        elif game.phase == LEADERBOARD:
            self._show_leaderboard()
        elif game.phase == END:
            self._show_end()
        self.query_one("#status", Static).update(plain(status_line(game, self.session.address)))
        # The key bar follows what check_action reads; redrawn (the Footer rebuilds its
        # widgets) only when that changed, not at every answer
        keys_for = (game.phase, bool(game.kicks), game.index >= 0)
        if keys_for != self._keys_for:
            self._keys_for = keys_for
            self.refresh_bindings()
        for player in game.active():
            if player.looks_like and player.id not in self._warned:
                self._warned.add(player.id)
                self.notify(t("classroom.host.lookalike-notify", name=player.name,
                              like=player.looks_like), severity="warning", markup=False)

    def _update_players(self) -> None:
        game = self.game
        table = self.query_one("#players", DataTable)
        active = game.active()
        connected = sum(1 for p in active if p.connected)
        self.query_one("#side-title", Static).update(
            plain(t("classroom.host.players", count=len(active), connected=connected))
        )
        cursor = table.cursor_row
        answered_now = game.phase == QUESTION

        def shown_score(player: Player) -> int:
            # While a question is open the board shows the scores before it: a jump
            # would tell the class who was right before the reveal.
            if answered_now and game.index in player.answers:
                return player.score - player.answers[game.index].points
            return player.score

        players = sorted(game.active(), key=lambda p: (-shown_score(p), p.name.casefold()))
        rows = []
        for player in players:
            if game.phase == END:
                status = plain(t("classroom.host.done-status"), "dim")
            elif player.looks_like:  # before all else: the teacher must see the prank
                status = plain(t("classroom.host.lookalike", name=player.looks_like),
                               "bold yellow")
            elif not player.connected:
                status = plain(t("classroom.host.away"), "italic dim")
            elif answered_now and player.plays(game.index) and game.index in player.answers:
                status = plain(t("classroom.host.answered"), "green")
            elif answered_now and not player.plays(game.index):
                status = plain(t("classroom.host.late"), "yellow")
            else:
                status = plain(t("classroom.host.connected"), "")
            rows.append((player, status, str(shown_score(player))))
        headers = [t(f"classroom.host.col.{c}") for c in ("name", "status", "score")]
        widths = column_widths(
            self.query_one("#side").size.width - table.scrollbar_size_vertical,
            [[headers[0], *(p.name for p in players)],
             [headers[1], *(s.plain for _, s, _ in rows)],
             [headers[2], *(score for _, _, score in rows)]],
        )
        # Columns afresh each time: a DataTable column only ever grows, and a status or
        # score that no longer shows must not keep its room.
        table.clear(columns=True)
        table.add_column(headers[0], width=widths[0], key="name")
        table.add_column(headers[1], width=widths[1], key="status")
        table.add_column(number(headers[2]), width=widths[2], key="score")
        for player, status, score in rows:
            table.add_row(plain(fit(player.name, widths[0])), status, number(score),
                          key=player.id)
        if table.row_count:
            table.move_cursor(row=min(max(cursor, 0), table.row_count - 1))

    def _show_lobby(self) -> None:
        code = " ".join(self.game.code)
        self.query_one("#code", Static).update(plain(code))
        # the web client, for phones and laptops: typed, or scanned with the code filled in
        self.query_one("#web-address", Static).update(plain(self.session.web_url))
        self.query_one("#qr", QrCode).show(self.session.join_url)
        self.query_one("#address", Static).update(
            plain(t("classroom.host.lobby.address", address=self.session.address,
                    code=self.game.code))
        )
        others = self.session.addresses[1:]
        warning = ""
        if self.session.loopback_only:
            warning = t("classroom.host.loopback-only", address=self.session.address)
        elif others:
            warning = t("classroom.host.also", addresses=", ".join(others))
        self.query_one("#lobby-warning", Static).update(plain(warning))
        self.query_one("#lobby-help", Static).update(plain(t("classroom.host.lobby.help")))
        notes = self.session.notes
        if notes:
            skipped = sum(1 for n in notes if n.action == "skipped")
            text = Text(t("classroom.host.notes", questions=len(self.game.questions),
                          skipped=skipped, converted=len(notes) - skipped), style="bold")
            groups: dict[tuple[str, str], list[str]] = {}
            for note in notes:
                groups.setdefault((note.action, note.reason), []).append(
                    note.card.split("/", 1)[-1]
                )
            for (action, reason), cards in groups.items():
                text.append(f"\n  {t(f'classroom.host.notes.{action}')} · "
                            f"{t(f'classroom.reason.{reason}')}: ", style="dim")
                text.append(", ".join(cards), style="dim italic")
            self.query_one("#lobby-notes", Static).update(text)

    def _question_header(self, prefix: str) -> None:
        game = self.game
        question = game.questions[game.index]
        self.query_one(f"#{prefix}-title", Static).update(plain(t(
            "classroom.host.question.title", index=game.index + 1, total=len(game.questions),
            kind=t(f"classroom.kind.{question.kind}"),
        )))
        self.query_one(f"#{prefix}-prompt", Static).update(plain(question.prompt))

    def _show_question(self) -> None:
        game = self.game
        question = game.questions[game.index]
        self._question_header("q")
        if question.kind in ("choice", "order"):
            # a long option wraps under its own text, not under the bullet
            options = Table.grid(padding=(0, 1, 0, 0))
            options.add_column(no_wrap=True)
            options.add_column(ratio=1)
            for option in question.options:
                options.add_row("  •", Text(option))
            self.query_one("#q-options", Static).update(options)
        else:
            self.query_one("#q-options", Static).update("")
        answered, playing = game.answered_count()
        self.query_one("#q-count", Static).update(
            plain(t("classroom.host.question.answered", answered=answered, playing=playing))
        )
        self._update_clock()

    def _update_clock(self) -> None:
        game = self.game
        left = game.remaining_ms()
        bar = self.query_one("#q-bar", ProgressBar)
        bar.update(total=max(game.time_ms, 1), progress=left)
        self.query_one("#q-left", Static).update(
            plain(t("classroom.host.question.left", seconds=(left + 999) // 1000))
        )

    def _show_reveal(self) -> None:
        game = self.game
        question = game.questions[game.index]
        self._question_header("r")
        self.query_one("#r-answer", Static).update(plain(
            t("classroom.host.reveal.answer", answer=_expected_text(question.kind,
                                                                   question.expected))
        ))
        dist = Text()
        rows = game.distribution()
        top = max((count for _, count, _ in rows), default=0) or 1
        digits = len(str(top))
        for number, (answer, count, right) in enumerate(rows[:10]):
            if number:
                dist.append("\n")
            dist.append("✔ " if right else "✘ ", style="bold green" if right else "red")
            # bars padded to one width, so the counts and answers form columns
            dist.append(("█" * max(0, round(20 * count / top))).ljust(20),
                        style="green" if right else "red")
            dist.append(f" {count:>{digits}}  ", style="bold")
            # one line each: a 500-character answer pushed the rest off the projected screen
            dist.append(shorten(_expected_text(question.kind, answer), ANSWER_WIDTH,
                                one_line=True) or "—")
        answered, playing = game.answered_count()
        dist.append("\n\n")
        dist.append(t("classroom.host.question.answered", answered=answered, playing=playing))
        self.query_one("#r-dist", Static).update(dist)
        self.query_one("#r-explain", Static).update(plain(question.explain or "", "italic"))

    def _show_leaderboard(self) -> None:
        game = self.game
        self.query_one("#lb-title", Static).update(plain(t(
            "classroom.host.leaderboard.title", index=game.index + 1, total=len(game.questions),
        )))
        ranks = game.ranks()
        self.query_one("#lb-table", Standings).show(
            Line(f"{ranks[player.id]}.", player.name, player.score)
            for player in game.standings()[:10]
        )

    def _show_end(self) -> None:
        if not self._report_written:
            self._write_report()
        game = self.game
        ranks = game.ranks()
        self.query_one("#end-podium", Standings).show(
            Line(("🥇", "🥈", "🥉")[min(ranks[player.id], 3) - 1], player.name, player.score)
            for player in game.standings()[:3]
        )
        report = build_report(game.events)
        players = self.query_one("#end-players", DataTable)
        players.clear(columns=True)
        headers = [t(f"classroom.host.col.{c}") for c in (
            "rank", "name", "correct", "accuracy", "mean", "score")]
        cells = [[
            str(row["rank"]) if row["rank"] != "" else t("classroom.host.kicked-status"),
            str(row["name"]), f"{row['correct']}/{row['questions']}",
            f"{row['accuracy']}%", seconds(row["mean_response_ms"]), str(row["score"]),
        ] for row in report.players]
        columns = [[header, *(line[i] for line in cells)] for i, header in enumerate(headers)]
        widths = column_widths(
            self.query_one("#main").size.width - players.scrollbar_size_vertical, columns,
            flexible=1,
        )
        for i, (header, width) in enumerate(zip(headers, widths, strict=True)):
            players.add_column(header if i == 1 else number(header), width=width)
        for line in cells:
            players.add_row(*(plain(fit(cell, widths[1])) if i == 1 else number(cell)
                              for i, cell in enumerate(line)))
        questions = self.query_one("#end-questions", DataTable)
        questions.clear(columns=True)
        questions.add_columns(number(t("classroom.host.col.number")),
                              number(t("classroom.host.col.percent")),
                              t("classroom.host.col.answer"), t("classroom.host.col.question"))
        for row in report.questions:
            # Questions made from one model share their first sentence ("Welk onderdeel
            # van ... wordt hier beschreven?"): the right answer and the prompt's last
            # paragraph tell them apart.
            expected = _expected_text(str(row["kind"]), str(row["expected"]))
            prompt = " ".join(str(row["prompt"]).split("\n\n")[-1].split())
            questions.add_row(
                number(str(row["question"])), number(f"{row['percent_correct']}%"),
                plain(shorten(expected, 18)), plain(shorten(prompt, 30)),
            )
        paths = self.session.written
        self.query_one("#end-report", Static).update(plain(
            t("classroom.host.end.report", path=paths[0] if paths else "—")
        ))

    # ------------------------------------------------------------------ controls

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The key bar names the keys that act now: all eight did not fit 80 columns, and
        E (end) and R (report) fell off the end (seen in a trial). Space starts in the
        lobby too, so it stays there beside S."""
        phase = self.game.phase
        if action == "start":
            return phase == LOBBY
        if action == "end":
            return phase not in (LOBBY, END)
        if action in ("next", "lock", "kick"):
            return phase != END
        if action == "unkick":
            return phase != END and bool(self.game.kicks)
        if action == "report":
            return self.game.index >= 0
        return True

    def action_start(self) -> None:
        if self.game.phase != LOBBY:
            return
        if not self.game.active():
            self.notify(t("classroom.host.need-players"), severity="warning")
            return
        self.game.start()

    def action_next(self) -> None:
        if self.game.phase == LOBBY:
            self.action_start()
        elif self.game.phase != END:
            self.game.advance()

    def action_lock(self) -> None:
        self.game.lock(not self.game.locked)
        self.notify(t("classroom.host.locked" if self.game.locked else "classroom.host.unlocked"))

    def action_kick(self) -> None:
        table = self.query_one("#players", DataTable)
        if not table.row_count:
            return
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        player = self.game.players.get(str(row_key.value))
        if player is None:
            return
        now = time.monotonic()
        if self._kick_armed != player.id or now - self._kick_at > 3:
            self._kick_armed, self._kick_at = player.id, now
            self.notify(t("classroom.host.kick-confirm", name=player.name), markup=False)
            return
        self._kick_armed = None
        self.game.kick(player.id)
        self.refresh_bindings()
        self.notify(t("classroom.host.kicked-undo", name=player.name), markup=False)

    def action_unkick(self) -> None:
        player = self.game.unkick()
        if player is None:
            self.notify(t("classroom.host.nothing-to-undo"))
        else:
            self.notify(t("classroom.host.unkicked", name=player.name), markup=False)
        self.refresh_bindings()

    def _confirmed(self, key: str) -> bool:
        if self._second_press(key):
            return True
        self.notify(t(f"classroom.host.{key}-confirm"))
        return False

    def action_end(self) -> None:
        if self.game.phase != END and self._confirmed("end"):
            self.game.finish()

    def action_report(self) -> None:
        self._write_report()
        self.notify(t("classroom.host.end.report", path=self.session.written[0]), markup=False)

    def _write_report(self) -> None:
        try:
            self.session.write_report()
            self._report_written = self.game.phase == END
        except OSError as error:
            self.notify(str(error), severity="error", markup=False)

    async def action_quit_host(self) -> None:
        if self.game.phase != END and not self._confirmed("quit"):
            return
        if self.game.phase != END and self.game.phase != LOBBY:
            self.game.finish()
        if self.game.index >= 0 and not self._report_written:  # nothing to report before
            self._write_report()
        await self.session.close(linger=0.2)
        self.exit(0)


def status_line(game: Game, address: str = "") -> str:
    """The status bar: where the quiz is (lobby, question N of M, its results, the
    standings, finished), whether new players can still join, and calm mode; on a second
    line how to join (address and code stay visible all quiz long) and the joins refused."""
    total = len(game.questions)
    index = game.index + 1
    parts: list[str] = []
    if game.phase == LOBBY:
        parts.append(t("classroom.host.status.locked" if game.locked else
                       "classroom.host.status.open"))
    elif game.phase == END:
        parts.append(t("classroom.host.status.end", played=max(index, 0), total=total))
    else:
        parts.append(t(f"classroom.host.status.{game.phase}", index=index, total=total))
        parts.append(t("classroom.host.status.join-locked" if game.locked else
                       "classroom.host.status.join-open"))
    if game.settings.calm:  # what calm mode means is said in the lobby
        parts.append(t("classroom.host.status.calm" if game.phase == LOBBY else
                       "classroom.host.status.calm-short"))
    if game.phase == LOBBY:
        parts.append(t("classroom.host.status.questions", count=total))
    second: list[str] = []
    if address and game.phase != END:
        second.append(t("classroom.host.status.join", address=address, code=game.code))
    if game.refused:  # how many, and the commonest reason: fits 80 columns with any address
        commonest = max(game.refused, key=lambda code: game.refused[code])
        second.append(t("classroom.host.status.refused", total=sum(game.refused.values()),
                        what=t(f"classroom.host.refused.{commonest}")))
    return "  ·  ".join(parts) + ("\n" + " · ".join(second) if second else "")


def number(text: str) -> Text:
    """A number in a table: right-aligned, so the digits line up."""
    return Text(text, justify="right")


def seconds(milliseconds: object) -> str:
    """A mean response time as the language writes it: '3,8 s' (nl) or '3.8 s' (en)."""
    if milliseconds in ("", None):
        return "—"
    return f"{decimal(int(str(milliseconds)) / 1000)} s"


def column_widths(available: int, columns: list[list[str]], flexible: int = 0) -> list[int]:
    """Content widths for a DataTable's columns (each given as its header and cells) in
    ``available`` cells, with one cell of padding either side of each. Every column gets
    what its longest text needs except ``flexible`` (the names), which gets what is left:
    never below 6 cells (or its longest text, if shorter)."""
    widths = [max(cell_len(cell) for cell in column) for column in columns]
    longest = widths[flexible]
    if available <= 0:  # not laid out yet
        widths[flexible] = min(longest, 20)
    else:
        rest = available - sum(widths) + longest - 2 * len(columns)
        widths[flexible] = max(min(longest, rest), min(longest, 6))
    return widths


def _expected_text(kind: str, text: str) -> str:
    if kind == "truefalse":
        return t("classroom.true") if text == "true" else (
            t("classroom.false") if text == "false" else text
        )
    return text


def run_host_app(session: HostedSession) -> int:
    return run_teacher_app(HostApp(session), lambda: session.written)


__all__ = ["HostApp", "run_host_app"]
