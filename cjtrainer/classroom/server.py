"""The session server: websockets (asyncio) in front of a :class:`~.game.Game`.

The server is the game's transport. It reads frames, applies a per-connection rate limit,
passes them to the game and drives the game's clock (deadlines, automatic advancing)
from one task. Frames larger than :data:`protocol.MAX_FRAME` are refused by the
websocket layer (``max_size``), which closes that connection; nothing a client sends
can stop the game.
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
from cjtrainer.classroom.game import END, LOBBY, Game

logger = logging.getLogger(__name__)

RATE = 10.0  # frames per second per connection, on average
BURST = 20.0
FLOOD_CLOSE = 50  # frames dropped for speed before the connection is closed
MAX_CONNECTIONS = 200  # open sockets at once (players, people at the join form, resumes)


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
        self.game: Game | None = None
        self.listeners: list[Callable[[], None]] = []
        self._server: Server | None = None
        self._driver: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._ended = asyncio.Event()
        self._stopping = False
        self._tasks: set[asyncio.Task[object]] = set()
        self.connections: set[ServerConnection] = set()

    # ------------------------------------------------------------------ transport

    def send(self, conn: Hashable, text: str) -> None:
        broadcast([conn], text)  # type: ignore[list-item]

    def close(self, conn: Hashable) -> None:
        if isinstance(conn, ServerConnection):
            task = asyncio.get_running_loop().create_task(conn.close(1008, "closed by host"))
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

    async def _handle(self, conn: ServerConnection) -> None:
        game = self.game
        assert game is not None
        if len(self.connections) >= connection_budget(game.settings.max_players):
            await conn.close(1013, "try again later")
            return
        self.connections.add(conn)
        address = ""
        with contextlib.suppress(Exception):
            address = str(conn.remote_address[0])
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
            self.connections.discard(conn)
            try:
                game.disconnect(conn)
            except Exception:
                logger.exception("disconnect failed")
            self._wake.set()


def connection_budget(max_players: int) -> int:
    """Open sockets allowed at once: room for every player twice (a resume can come in
    before the dropped socket is noticed) and never fewer than :data:`MAX_CONNECTIONS`."""
    return max(MAX_CONNECTIONS, 2 * max_players)


def lan_address() -> str:
    """This machine's address on the local network (what students type), best effort."""
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.connect(("10.255.255.255", 1))  # no packet is sent for a UDP connect
        address = s.getsockname()[0]
        if address and not address.startswith("0."):
            return str(address)
    with contextlib.suppress(OSError):
        return socket.gethostbyname(socket.gethostname())
    return "127.0.0.1"
