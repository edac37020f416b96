"""The live-quiz state machine: LOBBY → QUESTION → REVEAL → LEADERBOARD → … → END.

The server owns all state and all timing. :class:`Game` knows nothing about sockets: a
connection is an opaque handle, and the game talks back through a :class:`Transport`
(``send(conn, text)`` / ``close(conn)``). Time comes from an injected monotonic clock
(seconds), randomness from an injected ``random.Random``; every event goes to an injected
``log`` callable as it happens (see ``report.SessionLog``).

The teacher's controls (start, next, kick, lock, end) are plain method calls from the
teacher's own process, never network messages.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from cjtrainer.classroom import protocol
from cjtrainer.classroom.lookalike import skeleton
from cjtrainer.classroom.protocol import (
    Answer,
    AnswerValue,
    ChoiceAnswer,
    Join,
    OrderAnswer,
    ProtocolError,
    Resume,
    TextAnswer,
)
from cjtrainer.classroom.questions import Question, grade, layout
from cjtrainer.i18n import t

logger = logging.getLogger(__name__)

LOBBY, QUESTION, REVEAL, LEADERBOARD, END = "lobby", "question", "reveal", "leaderboard", "end"
MAX_POINTS = 1000
LOBBY_EVERY = 0.25  # seconds between lobby broadcasts
TOP = 5


class Transport(Protocol):
    def send(self, conn: Hashable, text: str) -> None: ...

    def close(self, conn: Hashable) -> None: ...


@dataclass(frozen=True, slots=True)
class Settings:
    time_s: float = 20.0  # per question
    grace_s: float = 0.5  # answers arriving this long after the deadline still count
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
    answers: dict[int, Submitted] = field(default_factory=dict)
    layouts: dict[int, tuple[tuple[str, str], ...]] = field(default_factory=dict)

    @property
    def connected(self) -> bool:
        return self.conn is not None

    def plays(self, index: int) -> bool:
        return not self.kicked and self.first_question <= index


def speed_points(score: float, response_ms: int, time_ms: int, calm: bool) -> int:
    """Up to 1000 points for a right answer: half for being right, half for speed
    (linear over the question's time). Partial credit scales it; calm mode: no speed."""
    if score <= 0:
        return 0
    if calm or time_ms <= 0:
        base = float(MAX_POINTS)
    else:
        fraction = min(max(response_ms, 0), time_ms) / time_ms
        base = MAX_POINTS * (1 - 0.5 * fraction)
    return round(base * score)


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Game:
    def __init__(
        self,
        questions: Sequence[Question],
        transport: Transport,
        *,
        settings: Settings | None = None,
        code: str | None = None,
        title: str = "",
        session_id: str | None = None,
        log: Callable[[dict[str, object]], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        wallclock: Callable[[], datetime] = _utcnow,
        rng: random.Random | None = None,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self.questions = list(questions)
        self.transport = transport
        self.settings = settings or Settings()
        self.code = code or protocol.new_join_code()
        self.title = title
        self.clock = clock
        self.wallclock = wallclock
        self.rng = rng or random.Random()
        self.session_id = session_id or wallclock().strftime("%Y%m%d-%H%M%S")
        self.on_change = on_change
        self._log = log
        self.events: list[dict[str, object]] = []
        self.phase = LOBBY
        self.index = -1
        self.locked = False
        self.players: dict[str, Player] = {}
        self._by_conn: dict[Hashable, Player] = {}
        self._by_token: dict[str, Player] = {}
        self._by_name: dict[str, Player] = {}
        self._next_id = 1
        self.opened_at = 0.0
        self.deadline = 0.0
        self.phase_until: float | None = None
        self._lobby_sent = float("-inf")
        self._lobby_due = False
        self._failures: dict[Hashable, int] = {}  # wrong codes/tokens per connection
        self._banned: set[str] = set()  # skeletons of kicked names, until the quiz ends
        self.kicks: list[str] = []  # kicked player ids, the last last (for undo)
        self.refused: dict[str, int] = {}  # refused joins and resumes, per error code
        self.emit(
            "session", session=self.session_id, code=self.code, title=self.title,
            time_s=self.settings.time_s, calm=self.settings.calm,
            questions=[
                {
                    "index": q.index, "card": q.source, "kind": q.kind, "tags": list(q.tags),
                    "prompt": q.prompt, "expected": q.expected,
                }
                for q in self.questions
            ],
        )

    # ------------------------------------------------------------------ plumbing

    @property
    def time_ms(self) -> int:
        return round(self.settings.time_s * 1000)

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

    def _send(self, player: Player, message: dict[str, object]) -> None:
        if player.conn is not None:
            self._deliver(player.conn, message)

    def _deliver(self, conn: Hashable, message: dict[str, object] | str) -> None:
        """One frame to one connection, on its own: a failure costs that frame only, never
        the other players' copies (a reveal is sent to everyone in a loop)."""
        try:
            text = message if isinstance(message, str) else protocol.encode(message)
            self.transport.send(conn, text)
        except Exception:
            logger.exception("sending a frame failed")

    def send_error(self, conn: Hashable, code: str) -> None:
        self._deliver(conn, {
            "type": "error", "code": code, "message": t(f"classroom.error.{code}"),
        })

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
                self._answer(conn, message)
        except ProtocolError as error:
            self.send_error(conn, error.code)
            if error.code in REFUSALS and not isinstance(message, Answer):
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
        self.emit("away", player=player.id, name=player.name)
        if self.phase == LOBBY:
            self._broadcast_lobby()
        elif self.phase == QUESTION:
            self._maybe_all_answered()
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
        first = 0 if self.phase == LOBBY else self.index + 1
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
        for player in [p for p in self.active() if p.conn is None and not p.answers]:
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
        self._by_conn[conn] = player
        self.emit("back", player=player.id, name=player.name, address=address)
        self._welcome(player)
        if self.phase == LOBBY:
            self._broadcast_lobby()
        self._changed()

    def _answer(self, conn: Hashable, message: Answer) -> None:
        now = self.clock()
        player = self._by_conn.get(conn)
        if player is None:
            raise ProtocolError("not-joined")
        if self.phase != QUESTION:
            if message.question == self.index and self.phase in (REVEAL, LEADERBOARD):
                raise ProtocolError("too-late")
            raise ProtocolError("no-question")
        if message.question != self.index:
            raise ProtocolError("wrong-question")
        if not player.plays(self.index):
            raise ProtocolError("late-join")
        if self.index in player.answers:  # a repeat: the same ack, nothing changes
            self._send(player, self._ack())
            return
        if now > self.deadline + self.settings.grace_s:
            raise ProtocolError("too-late")
        question = self.questions[self.index]
        response = self._response(question, player, message.answer)
        others = [q.expected for q in self.questions
                  if q.kind == "typed" and q.index != question.index] if question.kind == "typed" else []
        result = grade(question.card, response, others)
        response_ms = max(0, min(round((now - self.opened_at) * 1000), self.time_ms))
        points = speed_points(result.score, response_ms, self.time_ms, self.settings.calm)
        submitted = Submitted(
            wire=protocol.answer_to_wire(message.answer),
            given=_given_text(response, question.kind),
            score=result.score, verdict=result.verdict, correct=result.correct,
            response_ms=response_ms, points=points,
        )
        player.answers[self.index] = submitted
        player.score += points
        self.emit(
            "answer", player=player.id, name=player.name, question=self.index,
            card=question.source, answer=submitted.given, verdict=result.verdict,
            correct=result.correct, response_ms=response_ms, points=points, score=player.score,
        )
        self._send(player, self._ack())
        self._maybe_all_answered()
        self._changed()

    def _response(self, question: Question, player: Player, answer: AnswerValue) -> object:
        """The wire answer as the grader's response shape, checked against what this
        player was shown."""
        shown = dict(self._layout(player, question))
        if question.kind == "typed":
            if not isinstance(answer, TextAnswer):
                raise ProtocolError("bad-answer")
            return answer.text.strip()
        if question.kind == "truefalse":
            if not isinstance(answer, ChoiceAnswer) or answer.ids not in (("true",), ("false",)):
                raise ProtocolError("bad-answer")
            return answer.ids == ("true",)
        if question.kind == "choice":
            if not isinstance(answer, ChoiceAnswer):
                raise ProtocolError("bad-answer")
            ids = answer.ids
            if len(set(ids)) != len(ids) or any(i not in shown for i in ids):
                raise ProtocolError("bad-answer")
            if len(ids) > 1 and not question.multiple:
                raise ProtocolError("bad-answer")
            return tuple(shown[i] for i in ids)
        if not isinstance(answer, OrderAnswer) or sorted(answer.ids) != sorted(shown):
            raise ProtocolError("bad-answer")
        return tuple(shown[i] for i in answer.ids)

    def _ack(self) -> dict[str, object]:
        return {"type": "ack", "question": self.index, "accepted": True}

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
        if self.phase == LOBBY:
            self._broadcast_lobby()
        elif self.phase == QUESTION:
            self._maybe_all_answered()
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

    def start(self) -> None:
        if self.phase != LOBBY or not self.questions:
            return
        self.emit("start", players=len(self.active()))
        self._open(0)

    def advance(self) -> None:
        """The teacher's "next": lobby → first question, question → reveal (closes it
        early), reveal → leaderboard, leaderboard → next question or the end."""
        if self.phase == LOBBY:
            self.start()
        elif self.phase == QUESTION:
            self._reveal()
        elif self.phase == REVEAL:
            self._leaderboard()
        elif self.phase == LEADERBOARD:
            if self.index + 1 < len(self.questions):
                self._open(self.index + 1)
            else:
                self.finish()

    def finish(self) -> None:
        """End the session now (after the current question's reveal if one is open)."""
        if self.phase == END:
            return
        if self.phase == QUESTION:
            self._reveal()
        self.phase = END
        self.phase_until = None
        ranks = self.ranks()
        podium = [
            {"name": p.name, "score": p.score, "rank": ranks[p.id]}
            for p in self.standings()[:3]
        ]
        for player in self.active():
            self._send(player, self._end_message(player, podium, ranks))
        self.emit(
            "end",
            standings=[
                {"player": p.id, "name": p.name, "score": p.score, "rank": ranks[p.id]}
                for p in self.standings()
            ],
        )
        self._changed()

    # ------------------------------------------------------------------ the clock

    def next_wakeup(self) -> float | None:
        """When :meth:`tick` next has something to do (monotonic seconds), or None."""
        if self.phase == LOBBY and self._lobby_due:
            return self._lobby_sent + LOBBY_EVERY
        if self.phase == QUESTION:
            return self.deadline + self.settings.grace_s
        if self.phase in (REVEAL, LEADERBOARD):
            return self.phase_until
        return None

    def tick(self) -> None:
        now = self.clock()
        if self.phase == LOBBY and self._lobby_due and now >= self._lobby_sent + LOBBY_EVERY:
            self._broadcast_lobby()
        elif self.phase == QUESTION and now >= self.deadline + self.settings.grace_s:
            self._reveal()
        elif self.phase_until is not None and now >= self.phase_until:
            if self.phase in (REVEAL, LEADERBOARD):
                self.advance()

    def remaining_ms(self) -> int:
        if self.phase != QUESTION:
            return 0
        return max(0, round((self.deadline - self.clock()) * 1000))

    # ------------------------------------------------------------------ phases

    def _open(self, index: int) -> None:
        self.phase = QUESTION
        self.index = index
        self.phase_until = None
        self.opened_at = self.clock()
        self.deadline = self.opened_at + self.settings.time_s
        question = self.questions[index]
        playing = [p for p in self.active() if p.plays(index)]
        # Encode every student's copy first, then send them in one tight loop: the spread
        # between the first and the last student receiving the question stays small.
        frames = [
            (p.conn, protocol.encode(self._question_message(p)))
            for p in playing if p.conn is not None
        ]
        for conn, text in frames:
            self._deliver(conn, text)
        self.emit(
            "question", question=index, card=question.source, kind=question.kind,
            players=[p.id for p in playing],
        )
        self._changed()

    def _maybe_all_answered(self) -> None:
        if self.phase != QUESTION:
            return
        waiting = [p for p in self.active() if p.plays(self.index) and p.connected]
        if waiting and all(self.index in p.answers for p in waiting):
            self._reveal()

    def _reveal(self) -> None:
        self.phase = REVEAL
        self.phase_until = self.clock() + self.settings.reveal_s if self.settings.auto else None
        index = self.index
        ranks = self.ranks()
        for player in self.active():
            self._send(player, self._reveal_message(player, ranks))
        self.emit(
            "reveal", question=index,
            players=[
                {
                    "player": p.id, "name": p.name, "connected": p.connected,
                    "score": p.score, "rank": ranks[p.id],
                }
                for p in self.active() if p.plays(index)
            ],
        )
        self._changed()

    def _leaderboard(self) -> None:
        self.phase = LEADERBOARD
        self.phase_until = (
            self.clock() + self.settings.leaderboard_s if self.settings.auto else None
        )
        ranks = self.ranks()
        top = self._top(ranks)
        for player in self.active():
            self._send(player, self._leaderboard_message(player, top, ranks))
        self.emit("leaderboard", question=self.index)
        self._changed()

    # ------------------------------------------------------------------ standings

    def standings(self) -> list[Player]:
        return sorted(self.active(), key=lambda p: (-p.score, p.name.casefold()))

    def ranks(self) -> dict[str, int]:
        """Competition ranking: equal scores share a rank (1, 2, 2, 4)."""
        standings = self.standings()
        shared = protocol.shared_ranks([p.score for p in standings])
        return {player.id: rank for player, rank in zip(standings, shared, strict=True)}

    def _top(self, ranks: dict[str, int]) -> list[dict[str, object]]:
        """The best five for a ``leaderboard`` message, each with the rank it shares."""
        return [
            {"name": p.name, "score": p.score, "rank": ranks[p.id]}
            for p in self.standings()[:TOP]
        ]

    def answered_count(self) -> tuple[int, int]:
        """(answered, playing) for the current question."""
        if self.phase not in (QUESTION, REVEAL) or self.index < 0:
            return 0, 0
        playing = [p for p in self.active() if p.plays(self.index)]
        return sum(1 for p in playing if self.index in p.answers), len(playing)

    def distribution(self) -> list[tuple[str, int, bool]]:
        """How the current question was answered: (answer, count, right) per answer
        given (choice texts for choice/true-false, given text otherwise), right ones first,
        then the most given."""
        if self.index < 0:
            return []
        question = self.questions[self.index]
        counts: dict[str, list[int | bool]] = {}
        for player in self.active():
            submitted = player.answers.get(self.index)
            if submitted is None:
                continue
            entry = counts.setdefault(submitted.given, [0, submitted.correct])
            entry[0] = int(entry[0]) + 1
        if question.kind == "choice":
            for option in question.options:
                counts.setdefault(option, [0, option in getattr(question.card, "answers", ())])
        rows = [(text, int(c), bool(ok)) for text, (c, ok) in counts.items()]
        return sorted(rows, key=lambda row: (not row[2], -row[1], row[0]))

    # ------------------------------------------------------------------ messages

    def _layout(self, player: Player, question: Question) -> tuple[tuple[str, str], ...]:
        shown = player.layouts.get(question.index)
        if shown is None:
            shown = layout(question, self.rng)
            player.layouts[question.index] = shown
        return shown

    def _question_message(self, player: Player) -> dict[str, object]:
        question = self.questions[self.index]
        message: dict[str, object] = {
            "type": "question", "index": self.index, "total": len(self.questions),
            "kind": question.kind, "prompt": question.prompt,
            "time_ms": self.time_ms, "remaining_ms": self.remaining_ms(),
            "calm": self.settings.calm, "answered": self.index in player.answers,
        }
        shown = self._layout(player, question)
        if question.kind == "truefalse":
            message["choices"] = [
                {"id": "true", "text": t("classroom.true")},
                {"id": "false", "text": t("classroom.false")},
            ]
        elif question.kind == "choice":
            message["choices"] = [{"id": i, "text": text} for i, text in shown]
            message["multiple"] = question.multiple
        elif question.kind == "order":
            message["items"] = [{"id": i, "text": text} for i, text in shown]
        return message

    def _correct_wire(self, player: Player, question: Question) -> dict[str, object]:
        card = question.card
        shown = self._layout(player, question)
        if question.kind == "truefalse":
            return {"choice": question.expected}
        if question.kind == "choice":
            answers = set(getattr(card, "answers", ()))
            ids = [i for i, text in shown if text in answers]
            return {"choice": ids if question.multiple else ids[0]}
        if question.kind == "order":
            position = {text: i for i, text in shown}
            return {"order": [position[item] for item in getattr(card, "items", ())]}
        return {"text": question.expected}

    def _reveal_message(self, player: Player, ranks: dict[str, int]) -> dict[str, object]:
        question = self.questions[self.index]
        submitted = player.answers.get(self.index)
        if submitted is not None:
            result = "correct" if submitted.correct else (
                "partial" if submitted.score > 0 else "wrong"
            )
        else:
            result = "none" if player.plays(self.index) else "late"
        return {
            "type": "reveal", "question": self.index, "kind": question.kind,
            "correct": self._correct_wire(player, question),
            "correct_text": question.expected if question.kind != "truefalse" else t(
                "classroom.true" if question.expected == "true" else "classroom.false"
            ),
            "your_answer": submitted.wire if submitted else None,
            "result": result,
            "verdict": submitted.verdict if submitted else None,
            "points": submitted.points if submitted else 0,
            "score": player.score, "rank": ranks.get(player.id, 0),
            "players": len(self.active()),
            "explain": question.explain,
        }

    def _leaderboard_message(
        self, player: Player, top: list[dict[str, object]], ranks: dict[str, int],
    ) -> dict[str, object]:
        return {
            "type": "leaderboard", "question": self.index, "total": len(self.questions),
            "top": top, "you": {"rank": ranks.get(player.id, 0), "score": player.score},
            "players": len(self.active()),
        }

    def _end_message(
        self, player: Player, podium: list[dict[str, object]], ranks: dict[str, int],
    ) -> dict[str, object]:
        correct = sum(1 for s in player.answers.values() if s.correct)
        # Scored over the questions this player could answer (a late joiner starts at the
        # next question), the same count as the teacher's summary in the report.
        played = sum(1 for index in range(self.index + 1) if player.plays(index))
        return {
            "type": "end", "podium": podium,
            "you": {
                "rank": ranks.get(player.id, 0), "score": player.score, "correct": correct,
                "questions": played, "players": len(self.active()),
            },
        }

    def _lobby_message(self) -> dict[str, object]:
        names = [p.name for p in self.active()]
        return {"type": "lobby", "players": len(names), "names": names[:60]}

    def _broadcast_lobby(self) -> None:
        """Tell everyone in the lobby who is there; at most every LOBBY_EVERY seconds, so
        a class of 60 joining at once costs 60 messages per interval, not 60 × 60."""
        now = self.clock()
        if now - self._lobby_sent < LOBBY_EVERY:
            self._lobby_due = True
            return
        self._lobby_due = False
        self._lobby_sent = now
        text = protocol.encode(self._lobby_message())
        for player in self.active():
            if player.conn is not None:
                self._deliver(player.conn, text)

    def _welcome(self, player: Player) -> None:
        """Who you are, plus what you would be looking at now (the state snapshot)."""
        state: dict[str, object] | None
        if self.phase == LOBBY:
            state = self._lobby_message()
        elif self.phase == QUESTION:
            state = self._question_message(player) if player.plays(self.index) else None
        elif self.phase == REVEAL:
            state = (
                self._reveal_message(player, self.ranks()) if player.plays(self.index) else None
            )
        elif self.phase == LEADERBOARD:
            ranks = self.ranks()
            top = self._top(ranks)
            state = self._leaderboard_message(player, top, ranks)
        else:
            ranks = self.ranks()
            podium = [
                {"name": p.name, "score": p.score, "rank": ranks[p.id]}
                for p in self.standings()[:3]
            ]
            state = self._end_message(player, podium, ranks)
        self._send(player, {
            "type": "welcome", "player": player.id, "token": player.token,
            "name": player.name, "score": player.score, "phase": self.phase,
            "late": not player.plays(max(self.index, 0)) and self.phase != LOBBY,
            "state": state,
        })


# Refused joins and resumes the teacher is told about (the status bar counts them).
REFUSALS = ("bad-code", "too-many-attempts", "locked", "full", "address-full", "kicked",
            "bad-token")
# After these the connection is closed: nothing more can come of it.
CLOSING = ("too-many-attempts", "kicked")


def _given_text(response: object, kind: str) -> str:
    if isinstance(response, bool):
        return "true" if response else "false"
    if isinstance(response, tuple):
        return (" > " if kind == "order" else " | ").join(str(x) for x in response)
    return str(response)
