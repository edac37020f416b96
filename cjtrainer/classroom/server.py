"""The session server: websockets (asyncio) in front of a :class:`~.game.Game`.

The server is the game's transport. It reads frames, applies a per-connection rate limit,
passes them to the game and drives the game's clock (deadlines, automatic advancing)
from one task. Frames larger than :data:`protocol.MAX_FRAME` are refused by the
websocket layer (``max_size``), which closes that connection; nothing a client sends
can stop the game.

The connection budget lives here, not in a client, so it holds for every client (the
terminal one and any other speaking the protocol). It favours honest students, who send
``join`` or ``resume`` as soon as they connect: a connection that has not joined within
``join_timeout_s`` is closed, and when the open connections of one address (or of all) reach
their cap, a new connection pushes out the oldest one that has not joined instead of being
refused. Idle sockets therefore never keep a student out.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import time
from collections.abc import Callable, Hashable

from websockets.asyncio.server import Server, ServerConnection, broadcast, serve
from websockets.exceptions import ConnectionClosed

from cjtrainer.classroom import protocol, web
from cjtrainer.classroom.roster import END, LOBBY, Roster

logger = logging.getLogger(__name__)

RATE = 10.0  # frames per second per connection, on average
BURST = 20.0
FLOOD_CLOSE = 50  # frames dropped for speed before the connection is closed
BUSY = 1013  # close code: "try again later"


class ClassroomServer:
    """``server = ClassroomServer(); game = Game(questions, server, ...);
    server.game = game; await server.start(); await server.wait_ended()``."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        start_when: int | None = None,
        rate: float = RATE,
        burst: float = BURST,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.host = host
        self.requested_port = port
        self.start_when = start_when
        self.rate = rate
        self.burst = burst
        self.clock = clock
        self.game: Roster | None = None  # the quiz's Game or the board's Activity
        self.listeners: list[Callable[[], None]] = []
        self._server: Server | None = None
        self._driver: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._ended = asyncio.Event()
        self._stopping = False
        self._tasks: set[asyncio.Task[object]] = set()
        # open connections, oldest first: the address each came from
        self.connections: dict[ServerConnection, str] = {}

    # ------------------------------------------------------------------ transport

    def send(self, conn: Hashable, text: str) -> None:
        try:
            broadcast([conn], text)  # type: ignore[list-item]
        except Exception:  # one frame that cannot go costs that frame only
            logger.exception("send failed")

    def close(self, conn: Hashable, code: int = 1008, reason: str = "closed by host") -> None:
        if isinstance(conn, ServerConnection):
            task = asyncio.get_running_loop().create_task(conn.close(code, reason))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    def notify(self) -> None:
        """The game changed: wake the clock task and tell the screen."""
        self._wake.set()
        for listener in list(self.listeners):
            try:
                listener()
            except Exception:  # a screen error must not stop the game
                logger.exception("listener failed")

    # ------------------------------------------------------------------ life cycle

    @property
    def port(self) -> int:
        assert self._server is not None
        for sock in self._server.sockets:
            return int(sock.getsockname()[1])
        return self.requested_port

    async def start(self) -> None:
        if self.game is None:
            raise RuntimeError("attach a game first")
        self.game.on_change = self.notify
        self._server = await serve(
            self._handle, self.host, self.requested_port,
            max_size=protocol.MAX_FRAME, compression=None,
            ping_interval=10, ping_timeout=10, close_timeout=1,
            max_queue=16,
            process_request=web.process_request,  # the browser page, and its Origin check
        )
        self._driver = asyncio.get_running_loop().create_task(self._drive())

    async def wait_ended(self) -> None:
        await self._ended.wait()

    async def stop(self, linger: float = 0.3) -> None:
        """Close the server; ``linger`` lets the last messages reach the students."""
        if linger:
            await asyncio.sleep(linger)
        self._stopping = True
        self._wake.set()
        if self._driver is not None:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(self._driver, 3)
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 3)

    # ------------------------------------------------------------------ the clock

    async def _drive(self) -> None:
        game = self.game
        assert game is not None
        while not self._stopping:
            wake = game.next_wakeup()
            timeout = None if wake is None else max(0.0, wake - self.clock())
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(timeout):
                    await self._wake.wait()
            self._wake.clear()
            if self._stopping:
                break
            try:
                game.tick()
                if (
                    self.start_when is not None and game.phase == LOBBY
                    and sum(1 for p in game.active() if p.connected) >= self.start_when
                ):
                    game.start()
            except Exception:
                logger.exception("game clock failed")
            if game.phase == END:
                self._ended.set()

    # ------------------------------------------------------------------ connections

    def _admit(self, conn: ServerConnection, address: str) -> bool:
        """Room for a new connection: within the caps, or by pushing out the oldest
        connection that has not joined (of this address when the address is at its cap,
        else of the address with the most of them). ``False``: every one is a player."""
        game = self.game
        assert game is not None
        settings = game.settings
        idle = [c for c in self.connections if not game.joined(c)]
        mine = sum(1 for a in self.connections.values() if a == address)
        if mine >= settings.sockets_per_address:
            victims = [c for c in idle if self.connections[c] == address]
        elif len(self.connections) >= settings.max_connections:
            counts: dict[str, int] = {}
            for c in idle:
                counts[self.connections[c]] = counts.get(self.connections[c], 0) + 1
            most = max(counts, key=lambda a: counts[a], default="")
            victims = [c for c in idle if self.connections[c] == most]
        else:
            victims = None
        if victims is not None:
            if not victims:
                return False
            self._drop(victims[0], BUSY, "busy")
        self.connections[conn] = address
        return True

    def _drop(self, conn: ServerConnection, code: int, reason: str) -> None:
        self.connections.pop(conn, None)
        self.close(conn, code, reason)

    def _expire(self, conn: ServerConnection) -> None:
        """``join_timeout_s`` after connecting: no player yet, so it goes."""
        game = self.game
        if conn in self.connections and game is not None and not game.joined(conn):
            self._drop(conn, 1008, "no join in time")

    async def _handle(self, conn: ServerConnection) -> None:
        game = self.game
        assert game is not None
        address = ""
        with contextlib.suppress(Exception):
            address = str(conn.remote_address[0])
        if not self._admit(conn, address):
            await conn.close(BUSY, "try again later")
            return
        timer = asyncio.get_running_loop().call_later(
            game.settings.join_timeout_s, self._expire, conn,
        )
        bucket = protocol.TokenBucket(self.rate, self.burst, self.clock)
        dropped = 0
        try:
            async for raw in conn:
                if not bucket.allow():
                    dropped += 1
                    if dropped == 1:
                        game.send_error(conn, "too-fast")
                    if dropped >= FLOOD_CLOSE:
                        await conn.close(1008, "too fast")
                        break
                    continue
                try:
                    game.receive(conn, raw, address)
                except Exception:  # a bug must cost one message, never the session
                    logger.exception("message handling failed")
                    game.send_error(conn, "bad-message")
                self._wake.set()
        except ConnectionClosed:
            pass
        finally:
            timer.cancel()
            self.connections.pop(conn, None)
            try:
                game.disconnect(conn)
            except Exception:
                logger.exception("disconnect failed")
            self._wake.set()


def lan_addresses() -> list[str]:
    """This machine's IPv4 addresses on the local network (what students type), the one of
    the default route first; never a loopback address. Empty when there is none (no
    network): the caller warns, students cannot reach a loopback address."""
    found: list[str] = []
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.connect(("10.255.255.255", 1))  # no packet is sent for a UDP connect
        found.append(str(s.getsockname()[0]))
    with contextlib.suppress(OSError, UnicodeError):
        for *_, sockaddr in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.append(str(sockaddr[0]))
    usable = [a for a in found if not a.startswith(("127.", "0.")) and a != "255.255.255.255"]
    return list(dict.fromkeys(usable))
