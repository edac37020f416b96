"""The classroom's shared part: who is in the room, how they get in and get back.

A :class:`Roster` keeps the players and everything about joining: the join code, names
(unique, cleaned, look-alikes flagged, kicked ones banned), tokens to resume after a drop,
the per-connection attempt count, the caps per address and in all, lock and kick. The live
quiz (:mod:`.game`) and the touchpoint board (:mod:`.activity`) are both a Roster with
their own phases and messages on top, so both get the same hardened door.

Nothing here knows sockets: a connection is an opaque handle, the roster talks back through
a :class:`Transport`, time comes from an injected clock.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from cjtrainer.classroom import protocol
from cjtrainer.classroom.lookalike import skeleton
from cjtrainer.classroom.protocol import ClientMessage, Join, ProtocolError, Resume
from cjtrainer.classroom.server_messages import Error, Lobby, ServerMessage, encode_message
from cjtrainer.clock import utc_now

logger = logging.getLogger(__name__)

LOBBY, END = "lobby", "end"
LOBBY_EVERY = 0.25  # seconds between lobby broadcasts

class Transport(Protocol):
    def send(self, conn: Hashable, text: str) -> None: ...

    def close(self, conn: Hashable) -> None: ...


@dataclass(frozen=True, slots=True)
class Settings:
    time_s: float = 20.0  # per question
    grace_s: float = 0.5  # answers arriving this long after the deadline still count
    # A student whose connection dropped (a page reloaded, a phone unlocked, a wifi hiccup)
    # is waited for this long before "everyone answered" closes the question without them:
    # a reload must not end the question for the whole class.
    away_grace_s: float = 5.0
    calm: bool = False  # no speed points
    max_players: int = 60
    auto: bool = False  # advance from reveal and leaderboard by itself
    reveal_s: float = 5.0
    leaderboard_s: float = 5.0
    # The connection budget (the server applies the socket part, for every client alike).
    # Defaults fit a class behind one NAT address: the whole class may come from one address.
    max_per_address: int = 60  # players joined from one address
    sockets_per_address: int = 100  # open connections from one address
    max_connections: int = 200  # open connections in all
    join_timeout_s: float = 10.0  # a connection that has not joined by then is closed
    join_failures: int = 5  # wrong codes/tokens on one connection, then it is closed

    @classmethod
    def sized(cls, max_players: int, **fields: Any) -> Settings:
        """Settings whose connection budget follows the player cap (a year group of 300 as
        well as a class of 30): the whole group may come from one NAT address, and every
        player may hold a second socket while a resume overtakes a dropped one. Fields
        given explicitly win."""
        fields.setdefault("max_per_address", max_players)
        fields.setdefault("sockets_per_address", max(100, max_players + 40))
        fields.setdefault("max_connections", max(200, 2 * max_players))
        return cls(max_players=max_players, **fields)


@dataclass(frozen=True, slots=True)

class Submitted:
    wire: dict[str, object]  # the answer as sent
    given: str  # as text, for the log and the report
    score: float
    verdict: str
    correct: bool
    response_ms: int
    points: int


@dataclass(slots=True, eq=False)
class Player:
    id: str
    name: str
    token: str
    address: str
    first_question: int  # late joiners start at the next question
    conn: Hashable | None = None
    score: int = 0
    kicked: bool = False
    readmit: bool = False  # kick undone: the next join with this name takes this place
    looks_like: str = ""  # the name of an earlier player this name looks like
    away_since: float | None = None  # clock time the connection dropped (None: connected)
    answers: dict[int, Submitted] = field(default_factory=dict)
    layouts: dict[int, tuple[tuple[str, str], ...]] = field(default_factory=dict)

    @property
    def connected(self) -> bool:
        return self.conn is not None

    def plays(self, index: int) -> bool:
        return not self.kicked and self.first_question <= index


class Roster:
    """Players and the door: join, resume, lock, kick. Subclasses add the phases."""

    def __init__(
        self,
        transport: Transport,
        *,
        settings: Settings | None = None,
        code: str | None = None,
        session_id: str | None = None,
        log: Callable[[dict[str, object]], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        wallclock: Callable[[], datetime] = utc_now,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self.transport = transport
        self.settings = settings or Settings()
        self.code = code or protocol.new_join_code()
        self.clock = clock
        self.wallclock = wallclock
        self.session_id = session_id or wallclock().strftime("%Y%m%d-%H%M%S")
        self.on_change = on_change
        self._log = log
        self.events: list[dict[str, object]] = []
        self.phase = LOBBY
        self.locked = False
        self.players: dict[str, Player] = {}
        self._by_conn: dict[Hashable, Player] = {}
        self._by_token: dict[str, Player] = {}
        self._by_name: dict[str, Player] = {}
        self._next_id = 1
        self._lobby_sent = float("-inf")
        self._lobby_due = False
        self._failures: dict[Hashable, int] = {}  # wrong codes/tokens per connection
        self._banned: set[str] = set()  # skeletons of kicked names, until the session ends
        self.kicks: list[str] = []  # kicked player ids, the last last (for undo)
        self.refused: dict[str, int] = {}  # refused joins and resumes, per error code

    # ------------------------------------------------------------------ what subclasses add

    def _message(self, conn: Hashable, message: ClientMessage) -> None:
        """Any message but join and resume."""
        raise ProtocolError("unknown-type")

    def _check_join(self, message: Join) -> None:
        """Refuse a join this session cannot take (raise :class:`ProtocolError`)."""

    def _first_question(self) -> int:
        return 0

    def _took_part(self, player: Player) -> bool:
        """Whether the player has sent anything that counts (then the place is kept)."""
        return False

    def _welcome(self, player: Player) -> None:
        raise NotImplementedError

    def start(self) -> None:
        """The teacher starts (or ``--start-when`` does)."""
        raise NotImplementedError

    def next_wakeup(self) -> float | None:
        """When :meth:`tick` next has something to do (monotonic seconds), or None."""
        return None

    def tick(self) -> None:
        """The server's clock task calls this at :meth:`next_wakeup`."""

    def _player_left(self) -> None:
        """A player went away or was removed (the lobby and "everyone answered" change)."""
        if self.phase == LOBBY:
            self._broadcast_lobby()

    def emit(self, event: str, **fields: object) -> None:
        record: dict[str, object] = {"event": event, "t": self.wallclock().isoformat()}
        record.update(fields)
        self.events.append(record)
        if self._log is not None:
            try:
                self._log(record)
            except Exception:  # a full disk must not stop the quiz: the events stay in memory
                logger.exception("session log write failed")

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change()

    def _send(self, player: Player, message: ServerMessage) -> None:
        if player.conn is not None:
            self._deliver(player.conn, message)

    def _deliver(self, conn: Hashable, message: ServerMessage | str) -> None:
        """One frame to one connection, on its own: a failure costs that frame only, never
        the other players' copies (a reveal is sent to everyone in a loop)."""
        try:
            text = message if isinstance(message, str) else encode_message(message)
            self.transport.send(conn, text)
        except Exception:
            logger.exception("sending a frame failed")

    def send_error(self, conn: Hashable, code: str) -> None:
        self._deliver(conn, Error(code))  # a code: each client says it in its own language

    def joined(self, conn: Hashable) -> bool:
        """Whether this connection belongs to a player (the server closes idle ones)."""
        return conn in self._by_conn

    def active(self) -> list[Player]:
        return [p for p in self.players.values() if not p.kicked]

    # ------------------------------------------------------------------ from the network

    def receive(self, conn: Hashable, raw: str | bytes, address: str = "") -> None:
        """One frame from a connection. Never raises for anything a client can send."""
        message: protocol.ClientMessage | None = None
        try:
            message = protocol.parse_client_message(raw)
            if isinstance(message, Join):
                self._join(conn, message, address)
            elif isinstance(message, Resume):
                self._resume(conn, message, address)
            else:
                self._message(conn, message)
        except ProtocolError as error:
            self.send_error(conn, error.code)
            if error.code in REFUSALS and isinstance(message, Join | Resume):
                self.refused[error.code] = self.refused.get(error.code, 0) + 1
                self._changed()  # the teacher sees refused joins in the status bar
            if error.code in CLOSING:
                self.transport.close(conn)

    def disconnect(self, conn: Hashable) -> None:
        self._failures.pop(conn, None)
        player = self._by_conn.pop(conn, None)
        if player is None or player.conn is not conn:
            return
        player.conn = None
        player.away_since = self.clock()
        self.emit("away", player=player.id, name=player.name)
        self._player_left()
        self._changed()

    def _attempt(self, conn: Hashable) -> None:
        """Wrong codes and tokens are counted per connection: after ``join_failures`` the
        connection is closed. Never per address: a prankster behind the school's NAT must
        not lock out the class, nor old tokens after a restart the students."""
        if self._failures.get(conn, 0) >= self.settings.join_failures:
            raise ProtocolError("too-many-attempts")

    def _failed(self, conn: Hashable, code: str) -> ProtocolError:
        self._failures[conn] = self._failures.get(conn, 0) + 1
        return ProtocolError(code)

    def _join(self, conn: Hashable, message: Join, address: str) -> None:
        if conn in self._by_conn:
            raise ProtocolError("already-joined")
        self._attempt(conn)
        if protocol.normalise_code(message.code) != self.code:
            raise self._failed(conn, "bad-code")
        if self.phase == END:
            raise ProtocolError("ended")
        self._check_join(message)
        name = protocol.clean_name(message.name)
        look = skeleton(name)
        if look in self._banned:
            raise ProtocolError("kicked")  # a kick is a ban for that name until the end
        returning = self._by_name.get(protocol.name_key(name))
        if returning is not None and returning.readmit and returning.conn is None:
            self._take_back(conn, returning, address)  # the teacher undid this kick
            return
        if self.locked:
            raise ProtocolError("locked")
        if returning is not None:
            raise ProtocolError("name-taken")
        if len(self.active()) >= self.settings.max_players:
            self._forget_gone()
        if len(self.active()) >= self.settings.max_players:
            raise ProtocolError("full")
        if self._from(address) >= self.settings.max_per_address:
            self._forget_gone()
        if self._from(address) >= self.settings.max_per_address:
            raise ProtocolError("address-full")
        first = self._first_question()
        player = Player(
            id=f"p{self._next_id}", name=name, token=protocol.new_token(), address=address,
            first_question=first, conn=conn,
        )
        # A name that looks like another player's (Cyrillic 'А' for Latin 'A') is let in,
        # but the teacher is told which one it looks like.
        player.looks_like = next(
            (p.name for p in self.active() if skeleton(p.name) == look), "",
        )
        self._next_id += 1
        self.players[player.id] = player
        self._by_conn[conn] = player
        self._by_token[player.token] = player
        self._by_name[protocol.name_key(name)] = player
        self.emit("join", player=player.id, name=name, first_question=first, address=address)
        if player.looks_like:
            self.emit("lookalike", player=player.id, name=name, like=player.looks_like)
        self._welcome(player)
        if self.phase == LOBBY:
            self._broadcast_lobby()
        self._changed()

    def _from(self, address: str) -> int:
        return sum(1 for p in self.active() if p.address == address)

    def _forget_gone(self) -> None:
        """Players who left without answering anything give their place back: bots that
        joined and went must not keep an honest student out with ``full``."""
        for player in [p for p in self.active() if p.conn is None and not self._took_part(p)]:
            del self.players[player.id]
            self._by_token.pop(player.token, None)
            self._by_name.pop(protocol.name_key(player.name), None)
            self.emit("leave", player=player.id, name=player.name)

    def _resume(self, conn: Hashable, message: Resume, address: str) -> None:
        self._attempt(conn)
        player = self._by_token.get(message.token)
        if player is None:
            raise self._failed(conn, "bad-token")
        if player.kicked:
            raise ProtocolError("kicked")
        current = self._by_conn.get(conn)
        if current is not None and current is not player:
            raise ProtocolError("already-joined")
        self._take_back(conn, player, address)

    def _take_back(self, conn: Hashable, player: Player, address: str) -> None:
        """This connection is now ``player``'s (a resume, or a join after an undone kick)."""
        player.readmit = False
        old = player.conn
        if old is not None and old != conn:
            self._by_conn.pop(old, None)
            self.send_error(old, "replaced")
            self.transport.close(old)
        player.conn = conn
        player.away_since = None
        self._by_conn[conn] = player
        self.emit("back", player=player.id, name=player.name, address=address)
        self._welcome(player)
        if self.phase == LOBBY:
            self._broadcast_lobby()
        self._changed()


    # ------------------------------------------------------------------ teacher controls

    def lock(self, locked: bool = True) -> None:
        self.locked = locked
        self.emit("lock", locked=locked)
        self._changed()

    def kick(self, player_id: str) -> None:
        """Remove a player: a ban on that name (and names that look like it) and on that
        token until the quiz ends, unless the teacher undoes it (:meth:`unkick`)."""
        player = self.players.get(player_id)
        if player is None or player.kicked:
            return
        player.kicked = True
        player.readmit = False
        self._banned.add(skeleton(player.name))
        self.kicks.append(player.id)
        self.emit("kick", player=player.id, name=player.name)
        conn = player.conn
        if conn is not None:
            self._by_conn.pop(conn, None)
            player.conn = None
            self.send_error(conn, "kicked")
            self.transport.close(conn)
        self._player_left()
        self._changed()

    def unkick(self, player_id: str | None = None) -> Player | None:
        """Undo a kick (the last one by default): the player is back, with the score; the
        student's app dropped the place, so the next join with that name takes it."""
        if player_id is None:
            player_id = self.kicks[-1] if self.kicks else ""
        player = self.players.get(player_id)
        if player is None or not player.kicked:
            return None
        self.kicks.remove(player.id)
        player.kicked = False
        player.readmit = True
        self._banned.discard(skeleton(player.name))
        self._by_name[protocol.name_key(player.name)] = player
        self.emit("unkick", player=player.id, name=player.name)
        if self.phase == LOBBY:
            self._broadcast_lobby()
        self._changed()
        return player


    def _lobby_message(self) -> Lobby:
        names = tuple(p.name for p in self.active() if p.connected)  # who is here now
        return Lobby(players=len(names), names=names[:60])

    def _broadcast_lobby(self) -> None:
        """Tell everyone in the lobby who is there; at most every LOBBY_EVERY seconds, so
        a class of 60 joining at once costs 60 messages per interval, not 60 × 60."""
        now = self.clock()
        if now - self._lobby_sent < LOBBY_EVERY:
            self._lobby_due = True
            return
        self._lobby_due = False
        self._lobby_sent = now
        text = encode_message(self._lobby_message())
        for player in self.active():
            if player.conn is not None:
                self._deliver(player.conn, text)


# Refused joins and resumes the teacher is told about (the status bar counts them).
REFUSALS = ("bad-code", "too-many-attempts", "locked", "full", "address-full", "kicked",
            "bad-token")
# After these the connection is closed: nothing more can come of it.
CLOSING = ("too-many-attempts", "kicked")

