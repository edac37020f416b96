"""The touchpoint board: a class activity on an exercise, LOBBY → OPEN → CLOSED → END.

Students join as for the quiz (the same :class:`~.roster.Roster`: code, names, resume, lock,
kick, the connection budget) and send touchpoints one by one, each to a section of the
exercise (a phase of the customer journey, or loyalty), for their own persona, while the
board is open (the exercise's suggested minutes). The teacher's board groups near-duplicates
with the grader's similarity (:func:`cjtrainer.exercise.compare.closest`), shows the model
answers nobody named on request, hides a contribution (moderation) and puts one in the
spotlight for the discussion.

What a student sends reaches no other student: each gets back only their own touchpoints
(``noted``), the board's state (``board``) and what the teacher puts in the spotlight. When
the activity ends every student gets their own touchpoints and the exercise (``board-end``),
so the terminal client can store them as an exercise attempt in the student's own app.

Sans-IO like :mod:`.game`: a :class:`Transport`, an injected clock, the teacher's controls
are plain method calls.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from datetime import datetime

from cjtrainer import csvfile
from cjtrainer.classroom import protocol
from cjtrainer.classroom.protocol import ClientMessage, Join, ProtocolError, Touchpoint
from cjtrainer.classroom.roster import (
    END,
    LOBBY,
    LOBBY_EVERY,
    Player,
    Roster,
    Settings,
    Transport,
)
from cjtrainer.classroom.server_messages import (
    Board,
    BoardEnd,
    BoardSection,
    Lobby,
    Noted,
    Spot,
    Spotlight,
    Welcome,
    encode_message,
)
from cjtrainer.clock import utc_now
from cjtrainer.deck.model import Exercise, Section
from cjtrainer.exercise.compare import closest
from cjtrainer.exercise.model import exercise_to_dict
from cjtrainer.i18n import t

OPEN, CLOSED = "open", "closed"
# Two touchpoints are one group on the board from this similarity (0..100) of the grader's
# comparison on: stricter than the grader's CLOSE_ENOUGH (which only points a student to the
# nearest example), so "advertentie op Instagram" and "advertentie in Google" stay apart
# (76) stay apart while "reviews lezen" and "Reviews lezen op de site" (100) are one.
GROUP_AT = 80.0
RATE = 0.5  # touchpoints per second per student, on average
BURST = 6.0


@dataclass(slots=True)
class Contribution:
    id: int
    player: str  # the player's id
    name: str
    section: str
    text: str
    hidden: bool = False


@dataclass(slots=True)
class Group:
    """Near-duplicates in one section: the first one's text, how many said it, who."""

    section: str
    text: str
    members: list[Contribution] = field(default_factory=list)

    @property
    def id(self) -> int:
        return self.members[0].id

    @property
    def count(self) -> int:
        return len(self.members)

    @property
    def names(self) -> list[str]:
        return list(dict.fromkeys(m.name for m in self.members))


def board_sections(exercise: Exercise) -> list[Section]:
    """The sections that go on the board: those asking for several answers (the phases and
    loyalty). A one-line persona is the student's own and stays off the projector."""
    return [s for s in exercise.sections if s.answers > 1] or list(exercise.sections)


class Activity(Roster):
    def __init__(
        self,
        exercise: Exercise,
        transport: Transport,
        *,
        settings: Settings | None = None,
        code: str | None = None,
        minutes: float | None = None,
        session_id: str | None = None,
        log: Callable[[dict[str, object]], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        wallclock: Callable[[], datetime] = utc_now,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(
            transport, settings=settings, code=code, session_id=session_id, log=log,
            clock=clock, wallclock=wallclock, on_change=on_change,
        )
        self.exercise = exercise
        self.title = exercise.title
        self.sections = board_sections(exercise)
        self._section = {s.id: s for s in self.sections}
        self.minutes = float(minutes if minutes is not None else (exercise.minutes or 10))
        self.deadline: float | None = None
        self.contributions: list[Contribution] = []
        self._next_contribution = 1
        self._buckets: dict[str, protocol.TokenBucket] = {}
        self.spotlight: Group | None = None
        self.hides: list[list[int]] = []  # contribution ids hidden together, the last last
        self.emit(
            "session", session=self.session_id, code=self.code, title=self.title,
            activity="board", exercise=exercise.id, minutes=self.minutes,
            sections=[{"id": s.id, "title": s.title} for s in self.sections],
        )

    # ------------------------------------------------------------------ the roster's hooks

    def _check_join(self, message: Join) -> None:
        if "board" not in message.can:
            raise ProtocolError("needs-update")  # an old client would show nothing at all

    def _took_part(self, player: Player) -> bool:
        return any(c.player == player.id for c in self.contributions)

    def _lobby_message(self) -> Lobby:
        # The count only: no student's name reaches another student's screen.
        return Lobby(players=len(self.active()), names=())

    def _welcome(self, player: Player) -> None:
        state = self._end_message(player) if self.phase == END else self._board_message(player)
        self._send(player, Welcome(
            player=player.id, token=player.token, name=player.name, phase=self.phase,
            activity="board", late=False, state=state,
        ))

    def _message(self, conn: Hashable, message: ClientMessage) -> None:
        if not isinstance(message, Touchpoint):
            raise ProtocolError("wrong-activity")  # a quiz answer sent to the board
        self._touchpoint(conn, message)

    # ------------------------------------------------------------------ from students

    def _touchpoint(self, conn: Hashable, message: Touchpoint) -> None:
        player = self._by_conn.get(conn)
        if player is None:
            raise ProtocolError("not-joined")
        if self.phase != OPEN:
            raise ProtocolError("ended" if self.phase == END else "not-open")
        section = self._section.get(message.section)
        if section is None:
            raise ProtocolError("bad-section")
        mine = self.mine(player.id, section.id)
        key = " ".join(message.text.casefold().split())
        if any(" ".join(text.casefold().split()) == key for text in mine):
            self._send(player, self._noted(player, section))  # a repeat: the same answer
            return
        if len(mine) >= section.answers:
            raise ProtocolError("too-many")
        bucket = self._buckets.get(player.id)
        if bucket is None:
            bucket = self._buckets[player.id] = protocol.TokenBucket(RATE, BURST, self.clock)
        if not bucket.allow():
            raise ProtocolError("too-fast")
        contribution = Contribution(
            id=self._next_contribution, player=player.id, name=player.name,
            section=section.id, text=message.text,
        )
        self._next_contribution += 1
        self.contributions.append(contribution)
        self.emit("touchpoint", id=contribution.id, player=player.id, name=player.name,
                  section=section.id, text=contribution.text)
        self._send(player, self._noted(player, section))
        self._changed()

    def mine(self, player_id: str, section_id: str) -> list[str]:
        """A student's own touchpoints in a section, hidden ones too (they are theirs)."""
        return [c.text for c in self.contributions
                if c.player == player_id and c.section == section_id]

    # ------------------------------------------------------------------ the board

    def groups(self, section_id: str) -> list[Group]:
        """The visible touchpoints of a section as groups of near-duplicates, the most named
        first (then the earliest). Each joins the group whose first text is most like it, if
        similar enough (:data:`GROUP_AT`)."""
        groups: list[Group] = []
        for c in self.contributions:
            if c.section != section_id or c.hidden:
                continue
            match = closest(c.text, [g.text for g in groups]) if groups else None
            if match is not None and match.score >= GROUP_AT:
                groups[match.index].members.append(c)
            else:
                groups.append(Group(section_id, c.text, [c]))
        return sorted(groups, key=lambda g: (-g.count, g.id))

    def not_named(self, section_id: str) -> list[str]:
        """The section's model answers no visible touchpoint comes close to (the grader's
        own "close": what the student's comparison would point to)."""
        section = self._section.get(section_id)
        if section is None or not section.examples:
            return []
        named: set[int] = set()
        for c in self.contributions:
            if c.section == section_id and not c.hidden:
                match = closest(c.text, section.examples)
                if match is not None and match.close:
                    named.add(match.index)
        return [e for i, e in enumerate(section.examples) if i not in named]

    def contributors(self) -> int:
        return len({c.player for c in self.contributions})

    def remaining_s(self) -> float:
        if self.phase != OPEN or self.deadline is None:
            return 0.0
        return max(0.0, self.deadline - self.clock())

    # ------------------------------------------------------------------ teacher controls

    def start(self) -> None:
        """Open the board for the suggested minutes."""
        if self.phase != LOBBY:
            return
        self.emit("start", players=len(self.active()), minutes=self.minutes)
        self._open(self.minutes * 60)

    def _open(self, seconds: float) -> None:
        self.phase = OPEN
        self.deadline = self.clock() + seconds
        self._broadcast_board()
        self._changed()

    def extend(self, minutes: float = 1.0) -> None:
        """More time (also after the time was up: the board opens again)."""
        if self.phase == END or self.phase == LOBBY:
            return
        left = self.remaining_s()
        self.emit("extend", minutes=minutes)
        self._open(left + minutes * 60)

    def close(self) -> None:
        """Stop taking touchpoints (the discussion begins); the board stays."""
        if self.phase != OPEN:
            return
        self.phase = CLOSED
        self.deadline = None
        self.emit("close", touchpoints=len(self.contributions))
        self._broadcast_board()
        self._changed()

    def advance(self) -> None:
        if self.phase == LOBBY:
            self.start()
        elif self.phase == OPEN:
            self.close()

    def hide(self, contribution_ids: list[int]) -> None:
        """Take contributions off the board (and out of the export); undo with :meth:`unhide`.
        The student still has their own."""
        hidden = [c for c in self.contributions if c.id in contribution_ids and not c.hidden]
        if not hidden:
            return
        for c in hidden:
            c.hidden = True
        self.hides.append([c.id for c in hidden])
        self.emit("hide", ids=[c.id for c in hidden])
        if self.spotlight is not None and any(m.hidden for m in self.spotlight.members):
            self.show(None)
        self._changed()

    def unhide(self) -> list[Contribution]:
        """Undo the last hide."""
        if not self.hides:
            return []
        ids = self.hides.pop()
        back = [c for c in self.contributions if c.id in ids]
        for c in back:
            c.hidden = False
        self.emit("unhide", ids=ids)
        self._changed()
        return back

    def show(self, group: Group | None) -> None:
        """Put a group in the spotlight on every student's screen (None: take it away).
        Only the text and the count go out, never a name."""
        self.spotlight = group
        self.emit("spotlight", id=group.id if group else None,
                  text=group.text if group else None)
        text = encode_message(self._spotlight_message())
        for player in self.active():
            if player.conn is not None:
                self._deliver(player.conn, text)
        self._changed()

    def finish(self) -> None:
        """End the activity: every student gets their own touchpoints back."""
        if self.phase == END:
            return
        self.phase = END
        self.deadline = None
        for player in self.active():
            self._send(player, self._end_message(player))
        self.emit("end", touchpoints=len(self.contributions),
                  hidden=sum(1 for c in self.contributions if c.hidden),
                  students=self.contributors())
        self._changed()

    # ------------------------------------------------------------------ the clock

    def next_wakeup(self) -> float | None:
        if self.phase == LOBBY and self._lobby_due:
            return self._lobby_sent + LOBBY_EVERY
        if self.phase == OPEN:
            return self.deadline
        return None

    def tick(self) -> None:
        now = self.clock()
        if self.phase == LOBBY and self._lobby_due and now >= self._lobby_sent + LOBBY_EVERY:
            self._broadcast_lobby()
        elif self.phase == OPEN and self.deadline is not None and now >= self.deadline:
            self.close()

    # ------------------------------------------------------------------ messages

    def _board_message(self, player: Player) -> Board:
        return Board(
            phase=self.phase, title=self.title, intro=self.exercise.intro,
            minutes=self.minutes, remaining_ms=round(self.remaining_s() * 1000),
            sections=tuple(BoardSection(s.id, s.title, s.prompt, s.answers)
                           for s in self.sections),
            mine={s.id: tuple(self.mine(player.id, s.id)) for s in self.sections},
            spotlight=self._spotlight_message().spotlight,
        )

    def _broadcast_board(self) -> None:
        for player in self.active():
            self._send(player, self._board_message(player))

    def _noted(self, player: Player, section: Section) -> Noted:
        mine = self.mine(player.id, section.id)
        return Noted(section=section.id, mine=tuple(mine),
                     left=max(0, section.answers - len(mine)))

    def _spotlight_message(self) -> Spotlight:
        group = self.spotlight
        if group is None:
            return Spotlight(None)
        section = self._section[group.section]
        return Spotlight(Spot(section=section.id, section_title=section.title,
                              text=group.text, count=group.count))

    def _end_message(self, player: Player) -> BoardEnd:
        return BoardEnd(
            title=self.title, exercise=exercise_to_dict(self.exercise),
            mine={s.id: tuple(self.mine(player.id, s.id)) for s in self.exercise.sections
                  if s.id in self._section},
        )

    # ------------------------------------------------------------------ export

    def export_markdown(self) -> str:
        """The board for the lesson notes: per section the groups with their counts, then
        the model answers nobody named. Hidden contributions and names are never in it."""
        lines = [f"# {self.title}", "",
                 t("board.export.summary", students=self.contributors(),
                   touchpoints=sum(1 for c in self.contributions if not c.hidden)), ""]
        for section in self.sections:
            lines += [f"## {section.title}", ""]
            groups = self.groups(section.id)
            if not groups:
                lines.append(t("board.export.none"))
            for group in groups:
                lines.append(f"- {_md(group.text)} ×{group.count}")
            missing = self.not_named(section.id)
            if missing:
                lines += ["", t("board.export.not-named")]
                lines += [f"- {_md(text)}" for text in missing]
            lines.append("")
        return "\n".join(lines)

    def export_csv(self) -> str:
        """One row per group: section, text, count, the variants (hidden ones never)."""
        rows = []
        for section in self.sections:
            for group in self.groups(section.id):
                variants = list(dict.fromkeys(m.text for m in group.members[1:]))
                rows.append([section.title, group.text, group.count, " | ".join(variants)])
        return csvfile.to_text(  # as the classroom report: Excel (nl), never a formula
            [t("board.export.col.section"), t("board.export.col.touchpoint"),
             t("board.export.col.count"), t("board.export.col.variants")], rows)


def _md(text: str) -> str:
    """A student's text in a Markdown list item: shown as typed, never as markup."""
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text)

