"""What the server sends to students: one frozen dataclass per message, built by the game
and the board, and parsed once at the client's edge.

The server builds these (never a dict), so it cannot send a misspelled or missing field:
:func:`encode_message` writes them. A client turns each frame back into one with
:func:`parse_server_message`, which checks every field against the dataclass's types and
raises :class:`~.protocol.ProtocolError` (``bad-json``, ``bad-message``, ``unknown-type``,
``bad-field`` with the field's path as ``detail``) for anything else; a field it does not
know is ignored (a newer host may add one). Every text is made inert on the way in
(:func:`cjtrainer.inert.inert`): deck text and names come from elsewhere.

No text is rendered here: a refusal is a ``code``, true/false are the ids ``true`` and
``false``; each client says them in its own language (docs/classroom-protocol.md).
"""

from __future__ import annotations

import json
import types
from collections.abc import Sequence
from dataclasses import MISSING, dataclass, field, fields, is_dataclass
from typing import Any, ClassVar, Union, get_args, get_origin, get_type_hints

from cjtrainer.classroom.protocol import ProtocolError, shared_ranks
from cjtrainer.inert import inert

# Texts from the host that may run over several lines (a question, an explanation).
MULTILINE_FIELDS = frozenset(("prompt", "explain", "intro"))

# ---------------------------------------------------------------------------- parts


@dataclass(frozen=True, slots=True)
class Option:
    """A choice or an order item as one student sees it: ``id`` names its position."""

    id: str
    text: str


@dataclass(frozen=True, slots=True)
class Ranked:
    """A line of the standings (``leaderboard.top``, ``end.podium``). ``rank`` 0: a host
    from before ranks were sent (:func:`~.protocol.shared_ranks` works them out)."""

    name: str
    score: int
    rank: int = 0


@dataclass(frozen=True, slots=True)
class Standing:
    """This student's own place (``leaderboard.you``)."""

    rank: int
    score: int


@dataclass(frozen=True, slots=True)
class Summary:
    """This student's own result at the end (``end.you``)."""

    rank: int
    score: int
    correct: int
    questions: int
    players: int = 0


@dataclass(frozen=True, slots=True)
class BoardSection:
    id: str
    title: str
    prompt: str
    answers: int


@dataclass(frozen=True, slots=True)
class Spot:
    """A group on the board in the spotlight: its text and count, never a name."""

    section: str
    section_title: str
    text: str
    count: int


# ---------------------------------------------------------------------------- messages


@dataclass(frozen=True, slots=True)
class Welcome:
    TYPE: ClassVar[str] = "welcome"
    player: str
    token: str
    name: str
    phase: str
    late: bool = False
    score: int = 0
    activity: str = ""  # "board" for the touchpoint board
    state: ServerMessage | None = None  # what the player would be looking at now


@dataclass(frozen=True, slots=True)
class Lobby:
    TYPE: ClassVar[str] = "lobby"
    players: int
    names: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Question:
    TYPE: ClassVar[str] = "question"
    index: int
    total: int
    kind: str  # choice, truefalse (ids "true" and "false", no choices sent), typed, order
    prompt: str
    time_ms: int
    remaining_ms: int
    calm: bool = False
    answered: bool = False
    choices: tuple[Option, ...] = ()
    items: tuple[Option, ...] = ()
    multiple: bool = False


@dataclass(frozen=True, slots=True)
class Ack:
    TYPE: ClassVar[str] = "ack"
    question: int
    accepted: bool = True


@dataclass(frozen=True, slots=True)
class Reveal:
    TYPE: ClassVar[str] = "reveal"
    question: int
    kind: str
    correct: dict[str, object]  # the right answer in an answer's wire shape
    correct_text: str  # for truefalse the id: "true" or "false"
    result: str  # correct, partial, wrong, none, late
    points: int
    score: int
    rank: int
    players: int
    your_answer: dict[str, object] | None = None
    verdict: str | None = None
    explain: str | None = None


@dataclass(frozen=True, slots=True)
class Leaderboard:
    TYPE: ClassVar[str] = "leaderboard"
    question: int
    total: int
    top: tuple[Ranked, ...]
    you: Standing
    players: int


@dataclass(frozen=True, slots=True)
class End:
    TYPE: ClassVar[str] = "end"
    podium: tuple[Ranked, ...]
    you: Summary


@dataclass(frozen=True, slots=True)
class Error:
    """A refusal: ``code`` is one of :data:`~.protocol.ERROR_CODES` (a newer host may
    send another); the client says it in its own language."""

    TYPE: ClassVar[str] = "error"
    code: str


@dataclass(frozen=True, slots=True)
class Board:
    TYPE: ClassVar[str] = "board"
    phase: str  # lobby, open, closed
    title: str
    intro: str
    minutes: float
    remaining_ms: int
    sections: tuple[BoardSection, ...]
    mine: dict[str, tuple[str, ...]] = field(default_factory=dict)
    spotlight: Spot | None = None


@dataclass(frozen=True, slots=True)
class Noted:
    TYPE: ClassVar[str] = "noted"
    section: str
    mine: tuple[str, ...]
    left: int


@dataclass(frozen=True, slots=True)
class Spotlight:
    TYPE: ClassVar[str] = "spotlight"
    spotlight: Spot | None


@dataclass(frozen=True, slots=True)
class BoardEnd:
    TYPE: ClassVar[str] = "board-end"
    title: str
    exercise: dict[str, object]  # exercise_to_dict's shape; exercise_from_dict checks it
    mine: dict[str, tuple[str, ...]]


ServerMessage = Union[  # noqa: UP007 - a runtime value: get_type_hints resolves it
    Welcome, Lobby, Question, Ack, Reveal, Leaderboard, End, Error, Board, Noted, Spotlight,
    BoardEnd,
]
MESSAGES: dict[str, type[Any]] = {cls.TYPE: cls for cls in get_args(ServerMessage)}
SERVER_TYPES = tuple(MESSAGES)


def top_ranks(top: Sequence[Ranked]) -> list[int]:
    """The ranks of a ``leaderboard``'s ``top``: the server's, when every entry has one,
    otherwise worked out from the scores (a host from before ``rank`` was added sends
    only names and scores, best first)."""
    if all(entry.rank > 0 for entry in top):
        return [entry.rank for entry in top]
    return shared_ranks([entry.score for entry in top])

# ---------------------------------------------------------------------------- writing


def to_wire(message: ServerMessage) -> dict[str, object]:
    """The JSON shape of a message (``type`` first)."""
    return _plain(message)  # type: ignore[return-value]


def _plain(value: object) -> object:
    if is_dataclass(value) and not isinstance(value, type):
        kind = getattr(value, "TYPE", None)
        data: dict[str, object] = {"type": kind} if kind else {}
        for item in fields(value):
            data[item.name] = _plain(getattr(value, item.name))
        return data
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    return value


def encode_message(message: ServerMessage) -> str:
    """A message as a compact JSON text frame."""
    return json.dumps(to_wire(message), ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------------------- reading


def parse_server_message(raw: str | bytes) -> ServerMessage:
    """One frame from the server as its message, every text inert; raises
    :class:`ProtocolError` for anything that is not exactly one of the messages."""
    if isinstance(raw, bytes | bytearray | memoryview):
        raise ProtocolError("binary")
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as error:
        raise ProtocolError("bad-json", str(error)[:80]) from None
    try:
        return _message(data, "")
    except RecursionError:  # nested deeper than any message is
        raise ProtocolError("bad-message", "too deep") from None


def _message(data: object, where: str) -> ServerMessage:
    if not isinstance(data, dict):
        raise ProtocolError("bad-message", f"{where or 'frame'}: not an object")
    kind = data.get("type")
    cls = MESSAGES.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raise ProtocolError("unknown-type", str(kind)[:32])
    message: ServerMessage = _build(cls, data, f"{where}.{kind}" if where else str(kind))
    return message


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(cls: type[Any]) -> dict[str, Any]:
    """The field types of a message or part (resolved once: the annotations are text)."""
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = get_type_hints(cls)
    return hints


def _build(cls: type[Any], data: object, where: str) -> Any:
    if not isinstance(data, dict):
        raise ProtocolError("bad-field", f"{where}: not an object")
    hints = _hints(cls)
    values: dict[str, object] = {}
    for item in fields(cls):
        path = f"{where}.{item.name}"
        if item.name in data:
            values[item.name] = _value(hints[item.name], data[item.name], path, item.name)
        elif item.default is MISSING and item.default_factory is MISSING:
            raise ProtocolError("bad-field", f"{path}: missing")
    return cls(**values)


def _value(kind: Any, value: object, where: str, name: str) -> object:
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        options = [k for k in get_args(kind) if k is not type(None)]
        if value is None:
            if len(options) < len(get_args(kind)):
                return None
            raise ProtocolError("bad-field", f"{where}: null")
        if all(k in MESSAGES.values() for k in options):
            return _message(value, where)
        (only,) = options  # X | None
        return _value(only, value, where, name)
    if origin is tuple:
        if not isinstance(value, list):
            raise ProtocolError("bad-field", f"{where}: not a list")
        return tuple(_value(get_args(kind)[0], v, f"{where}[{i}]", name)
                     for i, v in enumerate(value))
    if origin is dict:
        if not isinstance(value, dict):
            raise ProtocolError("bad-field", f"{where}: not an object")
        inner = get_args(kind)[1]
        return {inert(str(k)): _value(inner, v, f"{where}.{k}", name) for k, v in value.items()}
    if kind is object:
        return _json(value, name)
    if is_dataclass(kind):
        return _build(kind, value, where)  # type: ignore[arg-type]
    if kind is bool:
        if isinstance(value, bool):
            return value
    elif kind is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif kind is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    elif kind is str:
        if isinstance(value, str):
            return inert(value, newlines=name in MULTILINE_FIELDS)
    raise ProtocolError("bad-field", f"{where}: not {getattr(kind, '__name__', kind)}")


def _json(value: object, name: str = "") -> object:
    """Free-form JSON (an exercise, an answer's shape) with every text in it inert."""
    if isinstance(value, str):
        return inert(value, newlines=name in MULTILINE_FIELDS)
    if isinstance(value, dict):
        return {inert(str(k)): _json(v, str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [_json(v, name) for v in value]
    return value
