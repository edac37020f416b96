"""Helpers for classroom tests: a real server on 127.0.0.1 and real websocket clients."""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from cjtrainer.classroom.activity import Activity
from cjtrainer.classroom.game import Game, Settings
from cjtrainer.classroom.questions import Question, build_questions
from cjtrainer.classroom.report import SessionLog
from cjtrainer.classroom.server import ClassroomServer
from cjtrainer.classroom.server_messages import parse_server_message
from cjtrainer.classroom.session import HostedSession
from cjtrainer.deck.load import load_file
from cjtrainer.deck.model import (
    Card,
    ChoiceCard,
    ClozeCard,
    Deck,
    Exercise,
    Flashcard,
    MatchCard,
    OrderCard,
    TrueFalseCard,
    TypedCard,
)

# Short timers: tests must be fast.
FAST = Settings(time_s=1.0, grace_s=0.05, reveal_s=0.05, leaderboard_s=0.05, auto=True)


def server_frame(text: str | bytes) -> dict[str, object]:
    """A frame the server sent, as JSON; every frame must parse as one of the typed server
    messages (raises ProtocolError otherwise), so a misshapen message fails the test."""
    parse_server_message(text)
    message = json.loads(text)
    assert isinstance(message, dict)
    return message


@pytest.fixture(autouse=True)
def _no_unreadable_messages(caplog: pytest.LogCaptureFixture):  # type: ignore[no-untyped-def]
    """A terminal client that met a frame it could not parse logs an error (and shows the
    student a note): in a test that is a failure, never a quiet warning."""
    yield
    unreadable = [r.getMessage() for r in caplog.records
                  if r.name == "cjtrainer.classroom.client" and r.levelname == "ERROR"]
    assert not unreadable, unreadable


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CJTRAINER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CJTRAINER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("CJTRAINER_CACHE_DIR", str(tmp_path / "cache"))


def deck_cards(
    *,
    choice_answer: str = "Oriëntatie",
    tf_answer: bool = True,
    typed_answer: str = "touchpoint",
    order: tuple[str, ...] = ("Behoefte", "Oriëntatie", "Aankoop", "Evaluatie"),
) -> list[Card]:
    """One card of each live kind (and some that must be converted or skipped)."""
    return [
        ChoiceCard(
            deck_id="t", id="fase", tags=("fasen",), explain="Eerst oriënteren.",
            prompt="Welke fase komt na de behoefte?",
            choices=("Aankoop", "Oriëntatie", "Evaluatie", "Service"), answers=(choice_answer,),
        ),
        TrueFalseCard(
            deck_id="t", id="tf", tags=("basis",), statement="Een touchpoint is een contactmoment.",
            answer=tf_answer,
        ),
        TypedCard(
            deck_id="t", id="typ", tags=("basis",),
            prompt="Hoe heet een contactmoment tussen klant en merk?", answer=typed_answer,
            accept=(typed_answer + "s",),
        ),
        OrderCard(deck_id="t", id="ord", tags=("fasen",), prompt="Zet in volgorde.", items=order),
        MatchCard(deck_id="t", id="match", prompt="Koppel.", pairs=(("a", "b"), ("c", "d"))),
        ClozeCard(
            deck_id="t", id="cloze", text="De {{klantreis}} begint bij de behoefte.",
            parts=("De ", " begint bij de behoefte."), gaps=(("klantreis",),),
        ),
        Flashcard(deck_id="t", id="long", front="Leg uit", back="Een heel lang antwoord " * 5),
    ]


def live_questions(**kwargs: object) -> list[Question]:
    questions, _ = build_questions(deck_cards(**kwargs))  # type: ignore[arg-type]
    return questions


@dataclass
class Running:
    server: ClassroomServer
    game: Game
    log_path: Path

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.server.port}"


@asynccontextmanager
async def running_game(
    tmp_path: Path,
    questions: list[Question] | None = None,
    settings: Settings = FAST,
    *,
    start_when: int | None = None,
    seed: int = 7,
    rate: float | None = None,
) -> AsyncIterator[Running]:
    server = ClassroomServer("127.0.0.1", 0, start_when=start_when)
    if rate is not None:
        server.rate = rate
        server.burst = rate
    log_path = tmp_path / "session.jsonl"
    log = SessionLog(log_path)
    game = Game(
        questions if questions is not None else live_questions(), server, settings=settings,
        code="ABC234", log=log, rng=random.Random(seed), session_id="test",
        wallclock=lambda: datetime(2026, 11, 22, 10, 0, tzinfo=UTC),
    )
    server.game = game
    await server.start()
    try:
        yield Running(server, game, log_path)
    finally:
        await server.stop(linger=0)
        log.close()


@dataclass
class Student:
    ws: ClientConnection
    frames: list[dict[str, object]] = field(default_factory=list)
    token: str = ""

    async def send(self, message: object) -> None:
        await self.ws.send(message if isinstance(message, str | bytes) else json.dumps(message))

    async def recv(self, timeout: float = 3.0) -> dict[str, object]:
        raw = await asyncio.wait_for(self.ws.recv(), timeout)
        message = server_frame(raw)
        self.frames.append(message)
        return message

    async def expect(self, kind: str, timeout: float = 3.0) -> dict[str, object]:
        """The next message of this type (others are kept in ``frames``)."""
        while True:
            message = await self.recv(timeout)
            if message["type"] == kind:
                return message

    async def closed(self, timeout: float = 3.0) -> bool:
        try:
            while True:
                await self.recv(timeout)
        except ConnectionClosed:
            return True

    async def close(self) -> None:
        await self.ws.close()


async def student(
    url: str, name: str | None = None, code: str = "ABC234", *, local: str | None = None,
) -> Student:
    """A real websocket client; ``local`` binds it to its own loopback address (127.0.0.N),
    so the server sees it as another computer (or the same one, behind one NAT)."""
    extra = {"local_addr": (local, 0)} if local else {}
    ws = await connect(url, max_size=None, compression=None, **extra)
    s = Student(ws)
    if name is not None:
        await s.send({"type": "join", "code": code, "name": name})
        welcome = await s.expect("welcome")
        s.token = str(welcome["token"])
    return s


# --- a hosted quiz and the waits (test_classroom_screens, test_classroom_board) ----------

def host_session(tmp_path: Path, count: int | None = None,
                 cards: list[Card] | None = None) -> HostedSession:
    deck = Deck(id="t", title="Testdeck", path=tmp_path / "t.yaml",
                cards=tuple(deck_cards() if cards is None else cards))
    from cjtrainer.classroom.questions import build_questions

    questions, notes = build_questions(deck.cards)
    return HostedSession(
        deck=deck, questions=questions[:count], notes=notes,
        settings=Settings(time_s=30, auto=False), bind="127.0.0.1", port=0,
        data_dir=tmp_path / "data", rng=random.Random(1), code="ABC234",
        shown_address="192.168.1.20:8765",
    )


async def wait_for(condition, timeout: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    """Until ``condition()`` holds (checked every 20 ms, at most ``timeout`` seconds)."""
    for _ in range(int(timeout / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("condition not met in time")


def shows(app, selector: str) -> str:  # type: ignore[no-untyped-def]
    """What the widget ``selector`` shows now ("" while it is not there)."""
    try:
        return str(app.query_one(selector).render())
    except Exception:  # noqa: BLE001 - not mounted yet
        return ""


def score_shown(table, name: str) -> str:  # type: ignore[no-untyped-def]
    """The score the players table shows for ``name``."""
    for i in range(table.row_count):
        if str(table.get_row_at(i)[0]) == name:
            return str(table.get_row_at(i)[2])
    return ""


def right_answer(q: dict, card) -> dict:  # type: ignore[no-untyped-def,type-arg]
    """The right answer to a `question` message, as the student would send it."""
    from cjtrainer.deck.model import ChoiceCard, OrderCard, TrueFalseCard

    if isinstance(card, ChoiceCard):
        ids = [c["id"] for c in q["choices"] if c["text"] in card.answers]
        return {"choice": ids if q.get("multiple") else ids[0]}
    if isinstance(card, TrueFalseCard):
        return {"choice": "true" if card.answer else "false"}
    if isinstance(card, OrderCard):
        by_text = {item["text"]: item["id"] for item in q["items"]}
        return {"order": [by_text[text] for text in card.items]}
    return {"text": card.answer}


def some_answer(q: dict) -> dict:  # type: ignore[type-arg]
    """An answer of the shape a `question` message asks for, right or not: the first
    choice, the items in the order shown, or a word."""
    if q["kind"] == "truefalse":
        return {"choice": "true"}
    if q["kind"] == "choice":
        first = q["choices"][0]["id"]
        return {"choice": [first] if q.get("multiple") else first}
    if q["kind"] == "order":
        return {"order": [item["id"] for item in q["items"]]}
    return {"text": "x"}


# --- the touchpoint board over real sockets (test_classroom_activity, its browser test) ---

EXERCISE_FILE = Path(__file__).parents[2] / "content" / "exercises" / "telefoon-touchpoints.yaml"


def exercise() -> Exercise:
    result = load_file(EXERCISE_FILE)
    assert result.exercise is not None
    return result.exercise


@dataclass
class RunningBoard:
    server: ClassroomServer
    board: Activity

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.server.port}"


@asynccontextmanager
async def running_board(tmp_path: Path, settings: Settings | None = None
                        ) -> AsyncIterator[RunningBoard]:
    server = ClassroomServer("127.0.0.1", 0)
    log = SessionLog(tmp_path / "board.jsonl")
    board = Activity(exercise(), server, settings=settings or Settings.sized(60),
                     code="ABC234", log=log, session_id="test")
    server.game = board
    await server.start()
    try:
        yield RunningBoard(server, board)
    finally:
        await server.stop(linger=0)
        log.close()


async def board_student(url: str, name: str, local: str) -> Student:
    ws = await connect(url, max_size=None, compression=None, local_addr=(local, 0))
    s = Student(ws)
    await s.send({"type": "join", "code": "ABC234", "name": name, "can": ["board"]})
    s.token = str((await s.expect("welcome"))["token"])
    return s


async def until(condition: object, what: str) -> None:
    for _ in range(200):  # 10 s at most
        if condition():  # type: ignore[operator]
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")
