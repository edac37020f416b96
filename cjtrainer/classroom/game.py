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
from datetime import datetime

from cjtrainer.classroom import protocol
from cjtrainer.classroom.protocol import (
    Answer,
    AnswerValue,
    ChoiceAnswer,
    ClientMessage,
    OrderAnswer,
    ProtocolError,
    TextAnswer,
)
from cjtrainer.classroom.questions import Question, grade, layout
from cjtrainer.classroom.roster import (
    CLOSING,
    END,
    LOBBY,
    LOBBY_EVERY,
    REFUSALS,
    Player,
    Roster,
    Settings,
    Submitted,
    Transport,
)
from cjtrainer.classroom.server_messages import (
    Ack,
    End,
    Leaderboard,
    Option,
    Ranked,
    Reveal,
    ServerMessage,
    Standing,
    Summary,
    Welcome,
    encode_message,
)
from cjtrainer.classroom.server_messages import Question as QuestionMessage
from cjtrainer.clock import utc_now

logger = logging.getLogger(__name__)

QUESTION, REVEAL, LEADERBOARD = "question", "reveal", "leaderboard"
MAX_POINTS = 1000
TOP = 5

__all__ = [
    "CLOSING", "END", "LEADERBOARD", "LOBBY", "LOBBY_EVERY", "QUESTION", "REFUSALS", "REVEAL",
    "Game", "Player", "Settings", "Submitted", "Transport", "speed_points",
]


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


class Game(Roster):
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
        wallclock: Callable[[], datetime] = utc_now,
        rng: random.Random | None = None,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(
            transport, settings=settings, code=code, session_id=session_id, log=log,
            clock=clock, wallclock=wallclock, on_change=on_change,
        )
        self.questions = list(questions)
        self.title = title
        self.rng = rng or random.Random()
        self.index = -1
        self.opened_at = 0.0
        self.deadline = 0.0
        self.phase_until: float | None = None
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

    # ------------------------------------------------------------------ the roster's hooks

    def _message(self, conn: Hashable, message: ClientMessage) -> None:
        if not isinstance(message, Answer):
            raise ProtocolError("wrong-activity")  # a board's message sent to a quiz
        self._answer(conn, message)

    def _first_question(self) -> int:
        return 0 if self.phase == LOBBY else self.index + 1

    def _took_part(self, player: Player) -> bool:
        return bool(player.answers)

    def _player_left(self) -> None:
        if self.phase == LOBBY:
            self._broadcast_lobby()
        elif self.phase == QUESTION:
            self._maybe_all_answered()

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

    def _ack(self) -> Ack:
        return Ack(question=self.index, accepted=True)

    # ------------------------------------------------------------------ teacher controls

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
        podium = self._podium(ranks)
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
            return min([self.deadline + self.settings.grace_s,
                        *(until for until in self._away_grace_ends() if until > self.clock())])
        if self.phase in (REVEAL, LEADERBOARD):
            return self.phase_until
        return None

    def tick(self) -> None:
        now = self.clock()
        if self.phase == LOBBY and self._lobby_due and now >= self._lobby_sent + LOBBY_EVERY:
            self._broadcast_lobby()
        elif self.phase == QUESTION and now >= self.deadline + self.settings.grace_s:
            self._reveal()
        elif self.phase == QUESTION:
            self._maybe_all_answered()  # a grace for a dropped connection may have ended
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
            (p.conn, encode_message(self._question_message(p)))
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
        waiting = [p for p in self.active() if p.plays(self.index) and self._waited_for(p)]
        if waiting and all(self.index in p.answers for p in waiting):
            self._reveal()

    def _waited_for(self, player: Player) -> bool:
        """Here, or dropped less than ``away_grace_s`` ago (a reload, an unlocked phone)."""
        return player.connected or (player.away_since is not None and self.clock()
                                    < player.away_since + self.settings.away_grace_s)

    def _away_grace_ends(self) -> list[float]:
        """When each dropped player who still owes this question an answer stops being
        waited for."""
        return [p.away_since + self.settings.away_grace_s for p in self.active()
                if p.away_since is not None and not p.connected and p.plays(self.index)
                and self.index not in p.answers]

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
                    "score": p.score, "rank": ranks.get(p.id, 0),  # 0: gone, never answered
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

    def contenders(self) -> list[Player]:
        """The players who count in the standings: here, or gone after answering. One who
        left without ever answering (a phone that joined from a second tab, a student who
        went home in the lobby) gets no place, no podium and no share of the totals."""
        return [p for p in self.active() if p.connected or p.answers]

    def standings(self) -> list[Player]:
        return sorted(self.contenders(), key=lambda p: (-p.score, p.name.casefold()))

    def ranks(self) -> dict[str, int]:
        """Competition ranking: equal scores share a rank (1, 2, 2, 4)."""
        standings = self.standings()
        shared = protocol.shared_ranks([p.score for p in standings])
        return {player.id: rank for player, rank in zip(standings, shared, strict=True)}

    def _top(self, ranks: dict[str, int], count: int = TOP) -> tuple[Ranked, ...]:
        """The best five for a ``leaderboard`` message (three for the podium), each with
        the rank it shares."""
        return tuple(Ranked(name=p.name, score=p.score, rank=ranks[p.id])
                     for p in self.standings()[:count])

    def _podium(self, ranks: dict[str, int]) -> tuple[Ranked, ...]:
        return self._top(ranks, 3)

    def answered_count(self) -> tuple[int, int]:
        """(answered, playing) for the current question: a player who left counts only
        with an answer given, or while the question still waits for them (``away_grace_s``;
        "0 van 4 hebben geantwoord" with three gone for good read as waiting for them,
        while the question closes as soon as the ones still here answered)."""
        if self.phase not in (QUESTION, REVEAL) or self.index < 0:
            return 0, 0
        playing = [p for p in self.active() if p.plays(self.index)
                   and (self._waited_for(p) or self.index in p.answers)]
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

    def _question_message(self, player: Player) -> QuestionMessage:
        """True/false has no choices on the wire: the ids ``true`` and ``false`` are
        fixed, and each client says them in its own language."""
        question = self.questions[self.index]
        shown = tuple(Option(i, text) for i, text in self._layout(player, question))
        return QuestionMessage(
            index=self.index, total=len(self.questions), kind=question.kind,
            prompt=question.prompt, time_ms=self.time_ms, remaining_ms=self.remaining_ms(),
            calm=self.settings.calm, answered=self.index in player.answers,
            choices=shown if question.kind == "choice" else (),
            items=shown if question.kind == "order" else (),
            multiple=question.multiple if question.kind == "choice" else False,
        )

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

    def _reveal_message(self, player: Player, ranks: dict[str, int]) -> Reveal:
        question = self.questions[self.index]
        submitted = player.answers.get(self.index)
        if submitted is not None:
            result = "correct" if submitted.correct else (
                "partial" if submitted.score > 0 else "wrong"
            )
        else:
            result = "none" if player.plays(self.index) else "late"
        return Reveal(
            question=self.index, kind=question.kind,
            correct=self._correct_wire(player, question),
            correct_text=question.expected,  # for true/false its id: the client says it
            your_answer=submitted.wire if submitted else None,
            result=result,
            verdict=submitted.verdict if submitted else None,
            points=submitted.points if submitted else 0,
            score=player.score, rank=ranks.get(player.id, 0),
            players=len(self.contenders()),
            explain=question.explain,
        )

    def _leaderboard_message(
        self, player: Player, top: tuple[Ranked, ...], ranks: dict[str, int],
    ) -> Leaderboard:
        return Leaderboard(
            question=self.index, total=len(self.questions), top=top,
            you=Standing(rank=ranks.get(player.id, 0), score=player.score),
            players=len(self.contenders()),
        )

    def _end_message(
        self, player: Player, podium: tuple[Ranked, ...], ranks: dict[str, int],
    ) -> End:
        correct = sum(1 for s in player.answers.values() if s.correct)
        # Scored over the questions this player could answer (a late joiner starts at the
        # next question), the same count as the teacher's summary in the report.
        played = sum(1 for index in range(self.index + 1) if player.plays(index))
        return End(podium=podium, you=Summary(
            rank=ranks.get(player.id, 0), score=player.score, correct=correct,
            questions=played, players=len(self.contenders()),
        ))

    def _welcome(self, player: Player) -> None:
        """Who you are, plus what you would be looking at now (the state snapshot)."""
        state: ServerMessage | None
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
            state = self._end_message(player, self._podium(ranks), ranks)
        self._send(player, Welcome(
            player=player.id, token=player.token, name=player.name, score=player.score,
            phase=self.phase,
            late=not player.plays(max(self.index, 0)) and self.phase != LOBBY, state=state,
        ))



def _given_text(response: object, kind: str) -> str:
    if isinstance(response, bool):
        return "true" if response else "false"
    if isinstance(response, tuple):
        return (" > " if kind == "order" else " | ").join(str(x) for x in response)
    return str(response)
