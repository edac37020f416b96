"""`cjtrainer serve` in a real browser: headless Chromium signs in, reaches the home screen,
studies a card, and never asks anything of another server. The app draws on a canvas, so
the test reads the screen from the page's own websocket frames through a terminal emulator.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pyte
import pytest
import pytest_asyncio
from aiohttp.test_utils import TestServer

from cjtrainer.serve import identity
from cjtrainer.serve.server import BrowserServer, ServeSettings
from tests.serve.support import CODE, reviews

# The shared Chromium belongs to the session event loop (tests/conftest.py, browser).
pytestmark = [pytest.mark.browser, pytest.mark.asyncio(loop_scope="session")]

CHROMEBOOK = {"viewport": {"width": 1366, "height": 768}}


@pytest_asyncio.fixture(loop_scope="session")
async def served(tmp_path: Path) -> AsyncIterator[tuple[str, Path]]:
    root = tmp_path / "root"
    server = BrowserServer(ServeSettings(root=root, class_code=CODE))
    test_server = TestServer(server.application(), host="127.0.0.1")
    await test_server.start_server()
    try:
        yield str(test_server.make_url("")).rstrip("/"), root
    finally:
        await test_server.close()


class Screen:
    """The app's screen as the page receives it (binary websocket frames)."""

    def __init__(self) -> None:
        self.screen = pyte.Screen(200, 60)
        self.stream = pyte.ByteStream(self.screen)

    def frame(self, payload: Any) -> None:
        if isinstance(payload, bytes):
            self.stream.feed(payload)

    def text(self) -> str:
        return "\n".join(self.screen.display)

    async def wait_for(self, wanted: str, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while wanted not in self.text():
            assert time.monotonic() < deadline, f"{wanted!r} never appeared:\n{self.text()}"
            await asyncio.sleep(0.02)


async def test_a_student_signs_in_and_studies_a_card_in_chromium(browser, served) -> None:
    base, root = served
    context = await browser.new_context(**CHROMEBOOK)
    page = await context.new_page()
    requests: list[str] = []
    screen = Screen()
    page.on("request", lambda request: requests.append(request.url))

    def on_socket(ws: Any) -> None:
        requests.append(ws.url)
        ws.on("framereceived", screen.frame)

    page.on("websocket", on_socket)
    await page.goto(f"{base}/")
    await page.fill("input[name=name]", "Yusuf Yılmaz")
    await page.fill("input[name=code]", CODE.lower())
    await page.click("button[type=submit]")
    await page.wait_for_selector(".textual-terminal", timeout=10_000)
    # The page's terminal is as wide as the window: the emulator follows its size.
    size = await page.evaluate("() => { const t = document.querySelector('.xterm-screen');"
                               " return t ? [t.clientWidth, t.clientHeight] : [0, 0]; }")
    assert size[0] > 0
    await screen.wait_for("Afmelden")
    await page.click(".textual-terminal")
    await page.keyboard.press("Enter")  # learn the first deck
    await screen.wait_for("Leren:")
    # The app ignores Enter for 0.4 s after a card appears (CjApp.settle_seconds: a reflex
    # double enter must not answer it); a student's first key comes later than that.
    await asyncio.sleep(0.5)
    student_id = identity.id_for_name("Yusuf Yılmaz")
    # A new card shows as a flashcard, as choices or as a cloze ("1" and Enter fill one
    # gap and go to the next): press on once the screen has answered the keys (the keys
    # arrive in order), not after a fixed 5 s.
    for _ in range(5):
        before = screen.text()
        if "omdraaien" in before:
            await page.keyboard.press("Space")
            await page.keyboard.press("3")
        else:
            await page.keyboard.press("1")
            await page.keyboard.press("Enter")
        deadline = time.monotonic() + 5
        while (reviews(root, student_id) == 0 and screen.text() == before
               and time.monotonic() < deadline):
            await asyncio.sleep(0.05)
        if reviews(root, student_id):
            break
    deadline = time.monotonic() + 10  # the last key's answer may still be on its way
    while reviews(root, student_id) == 0 and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    assert reviews(root, student_id) > 0, screen.text()
    host = base.split("//", 1)[1]
    outside = [url for url in requests if url.split("//", 1)[-1].split("/", 1)[0] != host]
    assert not outside, outside
    await context.close()


async def test_a_two_line_exercise_answer_and_ctrl_s_in_chromium(browser, served) -> None:
    """In the browser Enter is a line break in an exercise answer too, Tab goes to the
    next field and ctrl+s (which a browser lets a page have, unlike ctrl+t) hands in."""
    import json

    base, root = served
    context = await browser.new_context(**CHROMEBOOK)
    page = await context.new_page()
    screen = Screen()
    page.on("websocket", lambda ws: ws.on("framereceived", screen.frame))
    await page.goto(f"{base}/")
    await page.fill("input[name=name]", "Yusuf Yılmaz")
    await page.fill("input[name=code]", CODE)
    await page.click("button[type=submit]")
    await page.wait_for_selector(".textual-terminal", timeout=10_000)
    await screen.wait_for("Afmelden")
    await page.click(".textual-terminal")
    await page.keyboard.press("o")  # the exercise
    await screen.wait_for("Beginnen")
    await page.keyboard.press("Enter")
    await screen.wait_for("Enter nieuwe regel")
    await page.keyboard.type("Ik ben Noor")
    await page.keyboard.press("Enter")
    await page.keyboard.type("ik koop online")
    await screen.wait_for("ik koop online")
    await page.keyboard.press("Tab")  # to the buttons: this phase has one field
    await page.keyboard.press("Control+s")
    await screen.wait_for("Verder schrijven")  # the hand-in question
    database = (root / "students" / identity.id_for_name("Yusuf Yılmaz") / "data"
                / "exercises.sqlite3")
    with sqlite3.connect(database) as connection:
        [progress] = connection.execute("select progress from attempts").fetchone()
    assert json.loads(progress)["answers"][0] == ["Ik ben Noor\nik koop online"]
    await context.close()
