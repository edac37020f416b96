"""The classroom wire protocol: parsing and validating what clients send, pure functions.
(What the server sends is in :mod:`.server_messages`.)

Every frame is a JSON object with a ``"type"``. Nothing here touches the network, the clock
of the wall or the game: :func:`parse_client_message` turns one raw frame into a value or
raises :class:`ProtocolError` with a machine-readable ``code``; the server answers that
with an ``error`` message and carries on.
"""

from __future__ import annotations

import json
import re
import secrets
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cjtrainer.inert import has_surrogate, inert

# A frame larger than this is refused by the websocket layer itself (``max_size``).
MAX_FRAME = 4096
DEFAULT_PORT = 8765
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L
CODE_LENGTH = 6
NAME_MIN = 2
NAME_MAX = 20
MAX_TEXT = 500  # a typed answer
MAX_ITEMS = 26  # ids in a choice or order answer
MAX_ID = 8
MAX_TOKEN = 64
MAX_RAW_NAME = 200
MAX_TOUCHPOINT = 160  # characters of one touchpoint on the board (a short sentence)
MAX_SECTION = 40
MAX_CAN = 8  # features a client names in "can"

CLIENT_TYPES = ("join", "resume", "answer", "touchpoint")
# What a client can do beyond the quiz, named in its join's "can" list. A board host refuses
# a join that does not name "board" (an old client) with ``needs-update``.
FEATURES = ("board",)

# Error codes, each with a text in cjtrainer/messages/classroom.py ("classroom.error.<code>").
ERROR_CODES = (
    "bad-json", "bad-message", "unknown-type", "bad-field", "too-big", "too-fast", "binary",
    "bad-code", "locked", "full", "name-invalid", "name-taken", "too-many-attempts",
    "bad-token", "not-joined", "already-joined", "no-question", "wrong-question",
    "too-late", "bad-answer", "kicked", "replaced", "ended", "late-join", "address-full",
    "needs-update", "wrong-activity", "not-open", "bad-section", "empty", "too-many",
)


class ProtocolError(Exception):
    """A frame or a request the server refuses; ``code`` is one of :data:`ERROR_CODES`."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


# ---------------------------------------------------------------------------- messages


@dataclass(frozen=True, slots=True)
class Join:
    code: str
    name: str
    can: frozenset[str] = frozenset()  # features the client knows (FEATURES)


@dataclass(frozen=True, slots=True)
class Resume:
    token: str


@dataclass(frozen=True, slots=True)
class ChoiceAnswer:
    """``{"choice": "b"}`` or ``{"choice": ["a", "c"]}`` (select all); true/false uses
    the ids ``"true"`` and ``"false"``."""

    ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TextAnswer:
    text: str


@dataclass(frozen=True, slots=True)
class OrderAnswer:
    ids: tuple[str, ...]


AnswerValue = ChoiceAnswer | TextAnswer | OrderAnswer


@dataclass(frozen=True, slots=True)
class Answer:
    question: int
    answer: AnswerValue


@dataclass(frozen=True, slots=True)
class Touchpoint:
    """One contribution to the touchpoint board: a section id and a short text (cleaned)."""

    section: str
    text: str


ClientMessage = Join | Resume | Answer | Touchpoint


def parse_client_message(raw: str | bytes) -> ClientMessage:
    """One frame from a client, validated; raises :class:`ProtocolError` otherwise."""
    if isinstance(raw, bytes | bytearray | memoryview):
        raise ProtocolError("binary")
    if len(raw) > MAX_FRAME:
        raise ProtocolError("too-big")
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as error:
        raise ProtocolError("bad-json", str(error)[:80]) from None
    if not isinstance(data, dict):
        raise ProtocolError("bad-message", "not an object")
    kind = data.get("type")
    if not isinstance(kind, str):
        raise ProtocolError("bad-message", "no type")
    if kind == "join":
        code = _string(data, "code", 32)
        name = _string(data, "name", MAX_RAW_NAME)
        return Join(code=code, name=name, can=_can(data.get("can")))
    if kind == "resume":
        return Resume(token=_string(data, "token", MAX_TOKEN))
    if kind == "answer":
        question = data.get("question")
        if not isinstance(question, int) or isinstance(question, bool) or question < 0:
            raise ProtocolError("bad-field", "question")
        return Answer(question=question, answer=_answer_value(data.get("answer")))
    if kind == "touchpoint":
        section = _string(data, "section", MAX_SECTION)
        return Touchpoint(section=section, text=clean_touchpoint(_string(data, "text", 1000)))
    raise ProtocolError("unknown-type", kind[:32])


def _string(data: dict[str, object], key: str, limit: int) -> str:
    value = data.get(key)
    if not isinstance(value, str) or len(value) > limit or has_surrogate(value):
        raise ProtocolError("bad-field", key)
    return value


def _can(value: object) -> frozenset[str]:
    """The optional ``can`` list of a join: known feature names, unknown ones ignored."""
    if value is None:
        return frozenset()
    if not isinstance(value, list) or len(value) > MAX_CAN:
        raise ProtocolError("bad-field", "can")
    return frozenset(v for v in value if isinstance(v, str) and v in FEATURES)


def clean_touchpoint(raw: str) -> str:
    """A touchpoint as it may go on the board: inert (no escape codes, bidi overrides or line
    breaks), white space made single, at most :data:`MAX_TOUCHPOINT` characters. Raises
    ``empty`` when nothing is left."""
    text = " ".join(_no_stacked_marks(_INVISIBLE.sub("", inert(raw))).split())
    text = text[:MAX_TOUCHPOINT].strip()
    if not text:
        raise ProtocolError("empty")
    return text


def _no_stacked_marks(text: str) -> str:
    """At most one combining mark on a letter: a stack of them ("zalgo") would spill over
    the lines around it on the teacher's board."""
    kept: list[str] = []
    for ch in text:
        if (unicodedata.category(ch) == "Mn" and kept
                and unicodedata.category(kept[-1]) == "Mn"):
            continue
        kept.append(ch)
    return "".join(kept)


def _ids(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not value or len(value) > MAX_ITEMS:
        raise ProtocolError("bad-field", "answer")
    for item in value:
        if not isinstance(item, str) or not item or len(item) > MAX_ID or has_surrogate(item):
            raise ProtocolError("bad-field", "answer")
    return tuple(value)


def _answer_value(value: object) -> AnswerValue:
    if not isinstance(value, dict) or len(value) != 1:
        raise ProtocolError("bad-field", "answer")
    ((key, inner),) = value.items()
    if key == "choice":
        return ChoiceAnswer(ids=_ids(inner))
    if key == "order":
        if not isinstance(inner, list):
            raise ProtocolError("bad-field", "answer")
        return OrderAnswer(ids=_ids(inner))
    if key == "text":
        # A lone surrogate is valid JSON ("\ud800") but no UTF-8 writer can encode it:
        # refused here, so it never reaches the log, the report or another frame.
        if not isinstance(inner, str) or len(inner) > MAX_TEXT or has_surrogate(inner):
            raise ProtocolError("bad-field", "answer")
        # Escape codes, bidi overrides and line breaks made inert, like names: the answer
        # is shown on the teacher's screen and written to the CSV.
        return TextAnswer(text=inert(inner))
    raise ProtocolError("bad-field", "answer")


def answer_to_wire(answer: AnswerValue) -> dict[str, object]:
    """The JSON shape of an answer (the inverse of the parser)."""
    if isinstance(answer, TextAnswer):
        return {"text": answer.text}
    if isinstance(answer, OrderAnswer):
        return {"order": list(answer.ids)}
    if len(answer.ids) == 1:
        return {"choice": answer.ids[0]}
    return {"choice": list(answer.ids)}


def shared_ranks(scores: Sequence[int]) -> list[int]:
    """Competition ranking of scores sorted best first: equal scores share a rank
    (1000, 1000, 500 → 1, 1, 3). The same for the whole class and for any top part of it."""
    ranks: list[int] = []
    for position, score in enumerate(scores, start=1):
        ranks.append(ranks[-1] if ranks and score == scores[position - 2] else position)
    return ranks


# ---------------------------------------------------------------------------- names, codes

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), and any other two-byte ESC sequence.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x9b[0-?]*[ -/]*[@-~]|\x1b."
)
_SPACES = re.compile(r"\s+")
# Characters that draw nothing but are not format characters (category C): the combining
# grapheme joiner and variation selectors (marks), the Hangul fillers (letters) and the
# blank braille pattern. "Ada" plus one of them looked exactly like Ada to the teacher.
_INVISIBLE = re.compile(
    "[\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2800\u3164\ufe00-\ufe0f\uffa0"
    "\U000e0100-\U000e01ef]"
)


def clean_name(raw: str) -> str:
    """A nickname made safe: escape sequences and control/format characters removed,
    Unicode normalised (NFKC), runs of white space made one space. Markup characters such
    as ``[`` stay: screens show names as plain text. Raises ``name-invalid`` when fewer
    than 2 or more than 20 characters remain."""
    text = _ESCAPES.sub("", raw)
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", _ESCAPES.sub("", text))
    kept: list[str] = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch.isspace():
            kept.append(" ")
        elif category.startswith("C"):
            continue  # control, format (bidi overrides, zero-width), private, unassigned
        else:
            kept.append(ch)
    text = _no_stacked_marks("".join(kept))
    text = _SPACES.sub(" ", text).strip()
    if not NAME_MIN <= len(text) <= NAME_MAX:
        raise ProtocolError("name-invalid")
    return text


def name_key(name: str) -> str:
    """Names are unique ignoring case."""
    return name.casefold()


def new_join_code(choice: Callable[[str], str] = secrets.choice) -> str:
    return "".join(choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(raw: str) -> str:
    """What a student typed as the code: case and spaces do not matter."""
    return "".join(raw.split()).upper()


def new_token() -> str:
    return secrets.token_urlsafe(18)


# ---------------------------------------------------------------------------- rate limits


class TokenBucket:
    """``rate`` events per second on average, bursts up to ``burst``; clock in seconds."""

    __slots__ = ("rate", "burst", "_clock", "_tokens", "_stamp")

    def __init__(self, rate: float, burst: float, clock: Callable[[], float]) -> None:
        self.rate = rate
        self.burst = burst
        self._clock = clock
        self._tokens = burst
        self._stamp = clock()

    def allow(self) -> bool:
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now
        if self._tokens >= 1:
            self._tokens -= 1
            return True
        return False
