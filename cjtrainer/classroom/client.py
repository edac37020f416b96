"""The student's side of the connection: join, answer, and reconnect by itself.

:class:`ClassroomClient` keeps one websocket open to the host. When it drops, it
reconnects with growing pauses and sends ``resume`` with the token from ``welcome``, so the
student keeps their place, score and the time left. Every frame from the server is parsed
here, once (:func:`~.server_messages.parse_server_message`), and handed to ``on_message``
as its typed message; a frame that is not one is logged as an error (the classroom tests
fail on that) and handed on as :class:`Unreadable`, so the screen can say so and play on.
Connection changes go to ``on_status``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidURI

from cjtrainer.atomic import write_bytes
from cjtrainer.classroom.protocol import DEFAULT_PORT, ProtocolError, clean_name, name_key
from cjtrainer.classroom.server_messages import (
    BoardEnd,
    End,
    Error,
    ServerMessage,
    Welcome,
    parse_server_message,
)
from cjtrainer.errors import CjError
from cjtrainer.i18n import t

logger = logging.getLogger(__name__)

# Errors after which reconnecting makes no sense.
FINAL_ERRORS = ("kicked", "ended", "bad-token", "replaced")
CONNECTING, CONNECTED, RECONNECTING, CLOSED = "connecting", "connected", "reconnecting", "closed"


def parse_address(raw: str) -> str:
    """``HOST``, ``HOST:PORT``, ``ws://HOST:PORT``, ``[v6]:PORT`` or the web client's
    ``http://HOST:PORT/`` (what the lobby shows) as a websocket URL."""
    text = raw.strip()
    if not text:
        raise CjError(t("classroom.join.bad-address", address=raw),
                      t("classroom.join.bad-address.hint"))
    if "://" not in text:
        text = "ws://" + text
    elif text[:8].lower().startswith(("http://", "https://")):  # the page's address: same port
        text = "ws" + text[4:]
    try:
        parts = urlsplit(text)
        port = parts.port or DEFAULT_PORT
        host = parts.hostname
    except ValueError:
        host, port = None, 0
    if parts.scheme not in ("ws", "wss") or not host:
        raise CjError(t("classroom.join.bad-address", address=raw),
                      t("classroom.join.bad-address.hint"))
    shown = f"[{host}]" if ":" in host else host
    return f"{parts.scheme}://{shown}:{port}"


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A frame from the host that is not a message this client knows (a host of another
    version, or a bug): ``problem`` says what was wrong, for the log."""

    problem: str


class ClassroomClient:
    def __init__(
        self,
        url: str,
        on_message: Callable[[ServerMessage | Unreadable], None],
        on_status: Callable[[str], None] | None = None,
        *,
        retry_min: float = 0.2,
        retry_max: float = 3.0,
        token: str | None = None,
    ) -> None:
        self.url = url
        self.on_message = on_message
        self.on_status = on_status or (lambda status: None)
        self.retry_min = retry_min
        self.retry_max = retry_max
        self.token: str | None = token  # a saved token: resume at once
        self.player: str | None = None
        self.status = CLOSED
        self.ended = False
        self._ws: ClientConnection | None = None
        self._task: asyncio.Task[None] | None = None
        self._stop = False
        self._pending: list[str] = []  # the join, while not connected yet

    def _set_status(self, status: str) -> None:
        self.status = status
        self.on_status(status)

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        self._stop = True
        if self._ws is not None:
            with contextlib.suppress(Exception):
                await self._ws.close()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        self._set_status(CLOSED)

    async def send(self, message: dict[str, object]) -> bool:
        """Send if connected; ``False`` when the connection is down (the caller may retry)."""
        text = json.dumps(message, ensure_ascii=False)
        if self._ws is None:
            if message.get("type") == "join":
                self._pending = [text]
            return False
        try:
            await self._ws.send(text)
            return True
        except ConnectionClosed:
            return False

    async def join(self, code: str, name: str) -> bool:
        # "can": this client knows the touchpoint board (a board host refuses clients that
        # do not say so, with a clear error instead of a screen that shows nothing)
        return await self.send({"type": "join", "code": code, "name": name, "can": ["board"]})

    async def resume(self, token: str) -> bool:
        """Take a saved place back on this connection (or on the next one, when down)."""
        self.token = token
        if self._ws is None:
            return False  # _run sends the resume as soon as it connects
        return await self.send({"type": "resume", "token": token})

    async def answer(self, question: int, answer: dict[str, object]) -> bool:
        return await self.send({"type": "answer", "question": question, "answer": answer})

    async def touchpoint(self, section: str, text: str) -> bool:
        return await self.send({"type": "touchpoint", "section": section, "text": text})

    async def _run(self) -> None:
        delay = self.retry_min
        first = True
        while not self._stop and not self.ended:
            self._set_status(CONNECTING if first else RECONNECTING)
            try:
                async with connect(
                    self.url, open_timeout=5, ping_interval=5, ping_timeout=5,
                    max_size=2**20, compression=None,
                ) as ws:
                    self._ws = ws
                    delay = self.retry_min
                    first = False
                    if self.token:
                        await ws.send(json.dumps({"type": "resume", "token": self.token}))
                    for text in self._pending:
                        await ws.send(text)
                    self._pending = []
                    self._set_status(CONNECTED)
                    async for raw in ws:
                        self._handle(raw)
                        if self.ended:
                            break
            except (OSError, ConnectionClosed, TimeoutError, InvalidURI):
                pass
            except Exception:  # a handshake refused etc.: try again, never crash the app
                pass
            finally:
                self._ws = None
            if self._stop or self.ended:
                break
            self._set_status(RECONNECTING)
            await asyncio.sleep(delay)
            delay = min(self.retry_max, delay * 2)
        self._set_status(CLOSED)

    def _handle(self, raw: str | bytes) -> None:
        message: ServerMessage | Unreadable
        try:
            message = parse_server_message(raw)
        except ProtocolError as error:
            logger.error("unreadable message from the host: %s", error)
            message = Unreadable(str(error))
        if isinstance(message, Welcome):
            self.token = message.token or None
            self.player = message.player
        elif isinstance(message, End | BoardEnd):
            self.ended = True
        elif isinstance(message, Error) and message.code in FINAL_ERRORS:
            if message.code == "bad-token":
                self.token = None
            else:
                self.ended = True
        try:
            self.on_message(message)
        except Exception:  # a screen's bug must not drop the connection
            logger.exception("classroom message handler failed")


# ---------------------------------------------------------------- resume after a restart
#
# Students share lab computers: the cache folder keeps one saved place per quiz address and
# player name, so student B joining on the computer where A just played never gets A's place
# (B's own name does not match), while A can still take hers back here with her own name.

RESUME_FILE = "classroom-resume.json"
RESUME_MAX_AGE = 6 * 3600  # a school day
RESUME_KEEP = 20  # saved places per computer, newest kept


@dataclass(frozen=True, slots=True)
class SavedPlace:
    url: str
    name: str
    token: str
    saved: float


def same_name(a: str, b: str) -> bool:
    """Names as the server compares them: case and extra spaces do not matter."""
    return _name_key(a) == _name_key(b)


def _name_key(name: str) -> str:
    try:
        return name_key(clean_name(name))
    except ProtocolError:
        return " ".join(name.split()).casefold()


def _read_places() -> list[SavedPlace]:
    from cjtrainer import paths

    try:
        data = json.loads((paths.cache_dir() / RESUME_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    entries = data.get("places") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return []  # the old one-token file had no name: it cannot tell students apart
    now = time.time()
    places = []
    for entry in entries:
        if not isinstance(entry, dict):
            continue
        url, name, token, saved = (entry.get(k) for k in ("url", "name", "token", "saved"))
        if (isinstance(url, str) and isinstance(name, str) and isinstance(token, str) and token
                and isinstance(saved, int | float) and now - saved <= RESUME_MAX_AGE):
            places.append(SavedPlace(url, name, token, float(saved)))
    return places


def _write_places(places: list[SavedPlace]) -> None:
    from cjtrainer import paths

    folder = paths.cache_dir()
    places = sorted(places, key=lambda p: p.saved, reverse=True)[:RESUME_KEEP]
    data = {"places": [
        {"url": p.url, "name": p.name, "token": p.token, "saved": p.saved} for p in places
    ]}
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
        write_bytes(folder / RESUME_FILE, json.dumps(data, ensure_ascii=False).encode())


def save_resume(url: str, token: str, name: str) -> None:
    """Remember the token under the player's name, so a student whose terminal closed gets
    their place back; other students' saved places on this computer are kept."""
    places = [p for p in _read_places()
              if p.token != token and not (p.url == url and same_name(p.name, name))]
    places.insert(0, SavedPlace(url, name, token, time.time()))  # first on equal times too
    _write_places(places)


def saved_places(url: str) -> list[SavedPlace]:
    """The places saved on this computer for this quiz, newest first."""
    places = [p for p in _read_places() if p.url == url]
    return sorted(places, key=lambda p: p.saved, reverse=True)


def load_resume(url: str, name: str) -> str | None:
    """The saved token of the player with this name in this quiz, if any."""
    for place in saved_places(url):
        if same_name(place.name, name):
            return place.token
    return None


def forget_resume(token: str) -> None:
    """Forget one saved place (kicked, ended, unknown to the server); the others stay."""
    places = _read_places()
    kept = [p for p in places if p.token != token]
    if len(kept) != len(places):
        _write_places(kept)
