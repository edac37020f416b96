"""Setting up a hosted session: the deck, the questions, the log, the server, the report.

Used by the headless host and by the teacher's screen alike, so both run the same thing.
"""

from __future__ import annotations

import asyncio
import errno
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from cjtrainer import paths
from cjtrainer.atomic import write_bytes
from cjtrainer.classroom.activity import Activity
from cjtrainer.classroom.game import Game, Settings
from cjtrainer.classroom.protocol import DEFAULT_PORT
from cjtrainer.classroom.questions import Note, Question, build_questions
from cjtrainer.classroom.report import SessionLog, build_report, write_report
from cjtrainer.classroom.roster import Roster
from cjtrainer.classroom.server import ClassroomServer, lan_addresses
from cjtrainer.deck.model import Deck, Exercise
from cjtrainer.errors import CjError
from cjtrainer.i18n import Message, msg


def resolve_deck(name: str | None, extra: Sequence[str] = ()) -> Deck:
    """DECK as a path to a deck file, or as a deck id from the content folders."""
    if not name:
        raise CjError(msg("classroom.host.no-deck"), msg("classroom.host.no-deck.hint"))
    path = Path(name).expanduser()
    if path.suffix.lower() in (".yaml", ".yml") or path.is_file():
        if not path.is_file():
            raise CjError(msg("paths.missing", path=path), msg("classroom.host.no-deck.hint"))
        from cjtrainer.deck.load import load_file

        result = load_file(path)
        if result.deck is None or not result.ok:
            problems = "\n".join(str(p) for p in result.errors[:5]) or str(path)
            raise CjError(
                msg("classroom.host.bad-deck", path=path, problems=problems),
                msg("classroom.host.bad-deck.hint", path=path),
            )
        return result.deck
    from cjtrainer.deck.catalog import load_catalog

    catalog = load_catalog(extra=list(extra))
    deck = catalog.decks.get(name)
    if deck is None:
        known = ", ".join(sorted(catalog.decks)) or "-"
        raise CjError(msg("classroom.host.unknown-deck", deck=name),
                      msg("classroom.host.unknown-deck.hint", decks=known))
    return deck


def questions_for(
    deck: Deck, *, tags: Sequence[str] = (), count: int | None = None,
) -> tuple[list[Question], list[Note]]:
    questions, notes = build_questions(deck.cards, tags=tags, count=count, deck_tags=deck.tags)
    if not questions:
        shown = msg("classroom.host.no-questions.tags", tags=", ".join(tags)) if tags else ""
        raise CjError(msg("classroom.host.no-questions", tags=shown),
                      msg("classroom.host.no-deck.hint"))
    return questions, notes


def note_lines(notes: Sequence[Note]) -> list[Message]:
    """A line per skipped or converted card, for the host to render."""
    return [
        msg(f"classroom.host.{note.action}", card=note.card,
            reason=msg(f"classroom.reason.{note.reason}"))
        for note in notes
    ]


class Hosting:
    """What the quiz and the board share once they run: the server's port, the addresses
    students type (and the QR code's), closing. Subclasses set ``server``, ``log``,
    ``bind``, ``port``, ``shown_address`` and ``game`` (anything with a ``code``)."""

    server: ClassroomServer
    log: SessionLog
    bind: str
    port: int
    shown_address: str | None
    game: Roster

    async def start(self) -> None:
        try:
            await self.server.start()
        except OSError as error:
            self.log.close()
            reason = (msg("classroom.host.in-use") if error.errno == errno.EADDRINUSE
                      else error.strerror or str(error))
            raise CjError(
                msg("classroom.host.port-busy", bind=self.bind, port=self.port, error=reason),
                msg("classroom.host.port-busy.hint"),
            ) from None

    @property
    def addresses(self) -> list[str]:
        """Every address students can type (``host:port``), the likeliest first. When
        listening on every interface: each LAN address, or ``127.0.0.1`` alone when there
        is none (see :attr:`loopback_only`)."""
        if self.shown_address:
            return [self.shown_address]
        hosts = [self.bind]
        if self.bind in ("0.0.0.0", "", "::"):
            hosts = lan_addresses() or ["127.0.0.1"]
        return [f"[{h}]:{self.server.port}" if ":" in h else f"{h}:{self.server.port}"
                for h in hosts]

    @property
    def address(self) -> str:
        """What students type: the (first) LAN address when listening on every interface."""
        return self.addresses[0]

    @property
    def loopback_only(self) -> bool:
        """Listening on every interface, but no LAN address was found: students on other
        computers cannot reach the loopback address shown, so the teacher is warned. (A
        ``--bind 127.0.0.1`` is the teacher's own choice: no warning.)"""
        return not self.shown_address and self.bind in ("0.0.0.0", "", "::") and (
            self.address.startswith("127.")
        )

    @property
    def web_url(self) -> str:
        """The web client's address (what students type on a phone or laptop)."""
        return f"http://{self.address}/"

    @property
    def join_url(self) -> str:
        """The web client with the code filled in: what the lobby's QR code holds."""
        return f"{self.web_url}?code={self.game.code}"

    @property
    def join_line(self) -> str:
        return f"join ws://{self.address} code {self.game.code}"

    async def close(self, linger: float = 0.3) -> None:
        await self.server.stop(linger=linger)
        self.log.close()


@dataclass
class HostedSession(Hosting):
    """One session: a game behind a server, logging to ``log_path``."""

    deck: Deck
    questions: list[Question]
    notes: list[Note]
    settings: Settings
    bind: str = "0.0.0.0"
    port: int = DEFAULT_PORT
    start_when: int | None = None
    report_path: Path | None = None
    data_dir: Path | None = None
    rng: random.Random = field(default_factory=random.Random)
    code: str | None = None  # the join code; random (from secrets) unless given
    shown_address: str | None = None  # what students are told to type, if not the LAN address
    server: ClassroomServer = field(init=False)
    game: Game = field(init=False)
    log: SessionLog = field(init=False)
    log_path: Path = field(init=False)
    written: list[Path] = field(default_factory=list)

    def __post_init__(self) -> None:
        session_id = datetime.now(UTC).strftime("%Y%m%d-%H%M%S") + f"-{self.deck.id}"
        folder = (self.data_dir or paths.data_dir()) / "classroom"
        self.log_path = folder / f"{session_id}.jsonl"
        if self.report_path is None:
            self.report_path = folder / f"{session_id}.csv"
        self.log = SessionLog(self.log_path)
        self.server = ClassroomServer(self.bind, self.port, start_when=self.start_when)
        self.game = Game(
            self.questions, self.server, settings=self.settings, title=self.deck.title,
            session_id=session_id, log=self.log, rng=self.rng, code=self.code,
        )
        self.server.game = self.game

    def write_report(self) -> list[Path]:
        assert self.report_path is not None
        self.written = write_report(build_report(self.game.events), self.report_path)
        return self.written

    async def until_ended(self) -> list[Path]:
        """Wait for the podium (the game advances by itself), then write the report."""
        try:
            await self.server.wait_ended()
        except asyncio.CancelledError:
            self.game.finish()
            raise
        finally:
            if self.game.index >= 0:  # stopped in the lobby: nothing to report, no empty CSV
                self.write_report()
            await self.close()
        return self.written


@dataclass
class HostedBoard(Hosting):
    """The touchpoint board on an exercise: an :class:`Activity` behind a server, logging
    to ``log_path``; the export goes next to it (Markdown and CSV)."""

    exercise: Exercise
    settings: Settings
    minutes: float | None = None
    bind: str = "0.0.0.0"
    port: int = DEFAULT_PORT
    data_dir: Path | None = None
    code: str | None = None
    shown_address: str | None = None
    server: ClassroomServer = field(init=False)
    game: Activity = field(init=False)
    log: SessionLog = field(init=False)
    log_path: Path = field(init=False)
    written: list[Path] = field(default_factory=list)

    def __post_init__(self) -> None:
        session_id = datetime.now(UTC).strftime("%Y%m%d-%H%M%S") + f"-{self.exercise.id}"
        folder = (self.data_dir or paths.data_dir()) / "classroom"
        self.log_path = folder / f"{session_id}.jsonl"
        self.log = SessionLog(self.log_path)
        self.server = ClassroomServer(self.bind, self.port)
        self.game = Activity(
            self.exercise, self.server, settings=self.settings, minutes=self.minutes,
            session_id=session_id, log=self.log, code=self.code,
        )
        self.server.game = self.game

    def write_export(self, language: str) -> list[Path]:
        """The board as Markdown and CSV next to the log (hidden contributions never), in
        the host's ``language``."""
        markdown = self.log_path.with_suffix(".md")
        table = self.log_path.with_suffix(".csv")
        write_bytes(markdown, self.game.export_markdown(language).encode("utf-8"))
        write_bytes(table, self.game.export_csv(language).encode("utf-8-sig"))  # BOM: Excel
        self.written = [markdown, table]
        return self.written
