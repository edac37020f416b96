"""`cjtrainer serve` without a browser: real HTTP and websocket requests (aiohttp's client),
real app processes, and a terminal emulator (pyte) reading what each student's app draws."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pyte
import pytest
from aiohttp.test_utils import TestServer
from yarl import URL

from cjtrainer.serve import identity
from cjtrainer.serve.server import BrowserServer, ServeSettings
from cjtrainer.teacher.served import served_students
from tests.serve.support import CODE, reviews


@pytest.fixture
async def served(tmp_path: Path) -> AsyncIterator[tuple[str, BrowserServer]]:
    server = BrowserServer(ServeSettings(root=tmp_path / "root", class_code=CODE, max_sessions=2,
                                         failure_delay=0.01))
    test_server = TestServer(server.application(), host="127.0.0.1")
    await test_server.start_server()
    try:
        yield str(test_server.make_url("")).rstrip("/"), server
    finally:
        await test_server.close()


def session() -> aiohttp.ClientSession:
    return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))


async def sign_in(client: aiohttp.ClientSession, base: str, name: str, code: str = CODE) -> int:
    response = await client.post(f"{base}/aanmelden", data={"name": name, "code": code},
                                 allow_redirects=False)
    return response.status


class Browser:
    """One student's tab: the app's output through a terminal emulator."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.screen = pyte.Screen(80, 24)
        self.stream = pyte.ByteStream(self.screen)

    def text(self) -> str:
        return "\n".join(self.screen.display)

    async def wait_for(self, wanted: str, seconds: float = 30) -> str:
        deadline = time.monotonic() + seconds
        while wanted not in self.text():
            left = deadline - time.monotonic()
            assert left > 0, f"{wanted!r} never appeared:\n{self.text()}"
            try:
                message = await asyncio.wait_for(self.ws.receive(), min(left, 1))
            except TimeoutError:
                continue
            if message.type == aiohttp.WSMsgType.BINARY:
                self.stream.feed(message.data)
            elif message.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED):
                raise AssertionError(f"closed before {wanted!r}:\n{self.text()}")
        return self.text()

    async def read(self, seconds: float) -> None:
        """Take in what the app draws for ``seconds``."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                message = await asyncio.wait_for(self.ws.receive(), left)
            except TimeoutError:
                return
            if message.type == aiohttp.WSMsgType.BINARY:
                self.stream.feed(message.data)
            else:
                return

    async def keys(self, *keys: str) -> None:
        for key in keys:
            await self.ws.send_json(["stdin", key])


async def open_app(client: aiohttp.ClientSession, base: str) -> Browser:
    ws = await client.ws_connect(f"{base}/ws?width=80&height=24", headers={"Origin": base})
    await ws.send_json(["resize", {"width": 80, "height": 24}])
    await ws.send_json(["focus"])  # what the page sends when the terminal gets the focus
    return Browser(ws)


async def test_nothing_but_the_sign_in_page_without_a_cookie(served) -> None:
    base, _ = served
    async with session() as client:
        page = await client.get(f"{base}/")
        assert page.status == 200
        body = await page.text()
        assert 'name="name"' in body and 'name="code"' in body
        assert "http://" not in body and "https://" not in body  # nothing from outside
        assert "default-src 'self'" in page.headers["Content-Security-Policy"]
        for path in ("/ws", "/download/abc"):
            assert (await client.get(f"{base}{path}")).status == 403
        assert (await client.get(f"{base}/static/")).status in (403, 404)  # no listing
        assert (await client.get(f"{base}/cj/")).status in (403, 404)


async def test_wrong_code_or_forged_cookie_is_refused(served, tmp_path: Path) -> None:
    base, server = served
    async with session() as client:
        assert await sign_in(client, base, "Ada", code="NOPE") == 403
        assert await sign_in(client, base, "A", code=CODE) == 403  # name too short
        assert (await client.get(f"{base}/ws", headers={"Origin": base})).status == 403
    forged = identity.sign(identity.Student("someone-else", "X"), b"k" * 32, time.time())
    async with aiohttp.ClientSession(cookies={identity.COOKIE_NAME: forged}) as client:
        assert (await client.get(f"{base}/ws", headers={"Origin": base})).status == 403
    # The same key after a restart: a signed-in student stays signed in.
    again = BrowserServer(ServeSettings(root=server.settings.root, class_code=CODE))
    assert again.key == server.key


async def test_wrong_codes_never_lock_out_a_school_behind_one_address(served) -> None:
    """A whole school shares one address (NAT): a prankster's wrong codes slow him down and
    never stop a classmate's correct sign-in from the same address."""
    base, _ = served
    async with session() as prankster, session() as classmate:
        for attempt in range(25):
            assert await sign_in(prankster, base, f"Prank {attempt}", code="WRONG1") == 403
        assert await sign_in(classmate, base, "Ada") == 303


async def test_a_class_list_signs_in_by_number_and_pin(tmp_path: Path) -> None:
    roster = tmp_path / "klas.csv"
    roster.write_text("studentnummer;naam;pin\n100234;Sanne de Vries;4821\n100235;Yusuf;\n",
                      encoding="cp1252")
    settings = ServeSettings(root=tmp_path / "root", class_list=identity.load_class_list(roster),
                             failure_delay=0.01)
    test_server = TestServer(BrowserServer(settings).application(), host="127.0.0.1")
    await test_server.start_server()
    base = str(test_server.make_url("")).rstrip("/")
    try:
        async with session() as client:
            async def attempt(number: str, pin: str) -> int:
                response = await client.post(f"{base}/aanmelden", allow_redirects=False,
                                             data={"number": number, "pin": pin})
                return response.status

            assert await attempt("100234", "0000") == 403  # wrong PIN
            assert await attempt("999999", "") == 403  # not on the list
            assert await attempt("100235", "") == 303  # no PIN on the list: the number will do
            assert await attempt("100234", "4821") == 303
            cookie = client.cookie_jar.filter_cookies(URL(base))[identity.COOKIE_NAME].value
            student = identity.verify(cookie, BrowserServer(settings).key, time.time())
            assert student == identity.Student("100234", "Sanne de Vries")
    finally:
        await test_server.close()


async def test_a_websocket_from_another_origin_is_refused(served) -> None:
    base, _ = served
    async with session() as client:
        assert await sign_in(client, base, "Ada") == 303
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await client.ws_connect(f"{base}/ws", headers={"Origin": "http://evil.example"})
        assert refused.value.status == 403


async def test_two_students_get_their_own_folders_and_progress(served) -> None:
    base, server = served
    root = server.settings.root
    async with session() as ada_client, session() as bo_client:
        assert await sign_in(ada_client, base, "Ada Yılmaz") == 303
        assert await sign_in(bo_client, base, "Bo") == 303
        ada = await open_app(ada_client, base)
        bo = await open_app(bo_client, base)
        await ada.wait_for("Afmelden")
        await bo.wait_for("Afmelden")
        ada_id, bo_id = identity.id_for_name("Ada Yılmaz"), identity.id_for_name("Bo")
        await ada.keys("\r")  # learn the first deck
        await ada.wait_for("Leren:")
        # The app ignores Enter for 0.4 s after a card appears (CjApp.settle_seconds: a
        # reflex double enter must not answer it); a student's first key comes later.
        await ada.read(0.5)
        # Answer what comes: a flashcard, choices or a cloze ("1" and Enter fill one gap
        # and go to the next). Press on once the screen has answered the keys (they
        # arrive in order), not after a fixed 5 s.
        for _ in range(5):
            before = ada.text()
            if "omdraaien" in before:
                await ada.keys(" ", "3")
            else:
                await ada.keys("1", "\r")
            deadline = time.monotonic() + 5
            while (reviews(root, ada_id) == 0 and ada.text() == before
                   and time.monotonic() < deadline):
                await ada.read(0.05)
            if reviews(root, ada_id):
                break
        deadline = time.monotonic() + 10  # the last key's answer may still be on its way
        while reviews(root, ada_id) == 0 and time.monotonic() < deadline:
            await ada.read(0.05)
        assert reviews(root, ada_id) > 0, ada.text()
        assert ada_id.startswith("ada-yılmaz-")
        names = {student.id: student.name for student in served_students(root)}
        assert names[ada_id] == "Ada Yılmaz"  # what class-report ROOT shows
        assert reviews(root, bo_id) == 0
        assert (root / "students" / bo_id / "config").is_dir()
        await ada.ws.close()
        await bo.ws.close()


async def test_over_the_session_cap_a_new_student_gets_503(served) -> None:
    base, server = served
    server.settings.max_sessions = 1
    async with session() as first, session() as second:
        await sign_in(first, base, "Ada")
        await sign_in(second, base, "Bo")
        ada = await open_app(first, base)
        await ada.wait_for("Afmelden")
        assert (await second.get(f"{base}/")).status == 503
        with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
            await second.ws_connect(f"{base}/ws", headers={"Origin": base})
        assert refused.value.status == 503
        await ada.ws.close()


def _pipes() -> set[str]:
    """The pipes this process (the server, in the tests) has open."""
    found = set()
    for fd in Path("/proc/self/fd").iterdir():
        with contextlib.suppress(OSError):
            if (target := os.readlink(fd)).startswith("pipe:"):
                found.add(target)
    return found


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc for the open pipes")
async def test_an_idle_app_is_stopped(served) -> None:
    base, server = served
    before = _pipes()
    async with session() as client:
        await sign_in(client, base, "Ada")
        ada = await open_app(client, base)
        await ada.wait_for("Afmelden")
        assert _pipes() - before  # the app's stdin, stdout and stderr
        server.settings.idle_minutes = 0.005  # from the next wait on: 0.3 s without a key
        await ada.keys("\x1b[B")
        deadline = time.monotonic() + 20
        while not ada.ws.closed:
            assert time.monotonic() < deadline, "the idle app was never stopped"
            await ada.read(0.5)
        # Its process has ended and the server holds none of its pipes: a server runs a
        # whole school day of sessions.
        deadline = time.monotonic() + 10
        while server.apps or _pipes() - before:
            assert time.monotonic() < deadline, f"kept: {server.apps}, {_pipes() - before}"
            await asyncio.sleep(0.05)


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found |= {int(p) for p in task.read_text().split()}
    return found


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "State:\tZ" not in status


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc to find the app processes")
async def test_no_app_outlives_a_killed_server(tmp_path: Path, unused_tcp_port: int) -> None:
    port = unused_tcp_port
    server = subprocess.Popen(
        [sys.executable, "-m", "cjtrainer", "serve", "--bind", "127.0.0.1", "--port", str(port),
         "--class-code", CODE, "--root", str(tmp_path / "root")],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        async with session() as client:
            deadline = time.monotonic() + 20
            while True:
                try:
                    if await sign_in(client, base, "Ada") == 303:
                        break
                except aiohttp.ClientConnectionError:
                    pass
                assert time.monotonic() < deadline, "the server never answered"
                await asyncio.sleep(0.1)
            ada = await open_app(client, base)
            await ada.wait_for("Afmelden")
            apps = _children(server.pid)
            assert apps, "no app process was started"
            os.kill(server.pid, signal.SIGKILL)
            server.wait(5)
            deadline = time.monotonic() + 15
            while any(_alive(pid) for pid in apps):
                assert time.monotonic() < deadline, "an app process outlived the server"
                await asyncio.sleep(0.1)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(5)
