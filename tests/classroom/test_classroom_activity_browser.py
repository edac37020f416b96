"""The touchpoint board on two phones (headless Chromium) next to a terminal-style student:
each phone sends its own touchpoints, sees only its own and the teacher's spotlight, and
gets its own list back to copy or download at the end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from browser_page import PHONE, WAIT, Page
from conftest import board_student, running_board, until

from cjtrainer.classroom.activity import OPEN

# The shared Chromium belongs to the session event loop (tests/conftest.py, browser).
pytestmark = [pytest.mark.browser, pytest.mark.asyncio(loop_scope="session")]


async def phone_joins(browser: Any, port: int, name: str) -> Page:
    context = await browser.new_context(**PHONE, locale="nl-NL")
    phone = Page(await context.new_page(), port)
    await phone.page.goto(phone.base + "?code=ABC234", timeout=WAIT)
    await phone.page.fill("input[name=name]", name)
    await phone.page.click("#join-form button[type=submit]")
    return phone


async def send(phone: Page, section: str, text: str) -> None:
    await phone.page.select_option("#a-section", label=section, timeout=WAIT)
    await phone.page.fill("#a-text", text, timeout=WAIT)
    await phone.page.click("#a-form button[type=submit]", timeout=WAIT)
    await phone.page.wait_for_function(
        "t => document.querySelector('#a-mine').textContent.includes(t)", arg=text,
        timeout=WAIT,
    )


async def test_two_phones_and_a_terminal_student_on_the_board(
    tmp_path: Path, browser: Any,
) -> None:
    async with running_board(tmp_path) as run:
        ada = await phone_joins(browser, run.server.port, "Ada")
        bo = await phone_joins(browser, run.server.port, "Bo")
        await ada.shown("wait")  # the lobby, as in the quiz
        await bo.shown("wait")
        cas = await board_student(run.url, "Cas", "127.0.0.4")
        await until(lambda: len(run.board.active()) == 3, "three students")
        run.board.start()
        await ada.page.wait_for_selector("#a-form:not([hidden])", timeout=WAIT)
        await send(ada, "Selectie", "reviews lezen")
        await send(ada, "Loyaliteit (3 methoden, geen fase)", "<b>kortingscode</b>")
        await send(bo, "Selectie", "Reviews lezen op de site")
        await cas.send({"type": "touchpoint", "section": "selectie", "text": "Cas' geheim"})
        await cas.expect("noted")
        assert run.board.phase == OPEN
        groups = run.board.groups("selectie")
        assert [(g.text, g.count) for g in groups] == [("reviews lezen", 2), ("Cas' geheim", 1)]
        # nothing of another student on a phone before the teacher shows it
        assert "geheim" not in await bo.text("#activity")
        assert "reviews lezen" not in (await bo.text("#a-mine")).replace("Reviews lezen op", "")
        run.board.show(groups[0])
        await bo.page.wait_for_selector("#a-spot:not([hidden])", timeout=WAIT)
        assert "reviews lezen (×2)" in await bo.text("#a-spot")
        run.board.finish()
        await ada.shown("handback")
        own = await ada.page.input_value("#h-text")
        assert "reviews lezen" in own and "<b>kortingscode</b>" in own  # text, not markup
        assert "Reviews lezen op de site" not in own and "geheim" not in own
        href = await ada.page.get_attribute("#h-download", "href")
        assert href and href.startswith("blob:")
        await cas.expect("board-end")
        for phone in (ada, bo):
            assert phone.errors == [] and phone.outside() == []
        await cas.close()
