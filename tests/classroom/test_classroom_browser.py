"""The web client in a real browser: headless Chromium (Debian's package) driven by
Playwright, against a real server in this test's event loop, on loopback only.

Required in CI (``.ci/run`` installs Chromium); elsewhere skipped when Chromium is absent.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from browser_page import PHONE, WAIT, Page
from conftest import deck_cards, live_questions, running_game, student

from cjtrainer.classroom.game import END, QUESTION, Settings
from cjtrainer.classroom.questions import Question, build_questions
from cjtrainer.classroom.report import build_report
from cjtrainer.deck.model import ChoiceCard

# The shared Chromium belongs to the session event loop (tests/conftest.py, browser).
pytestmark = [pytest.mark.browser, pytest.mark.asyncio(loop_scope="session")]

HOST_DRIVEN = Settings(time_s=30.0, grace_s=0.5, auto=False)  # the test is the teacher


def quiz_questions() -> list[Question]:
    """Every kind: choice, select-all, true/false, typed, order (and a cloze made typed)."""
    select_all = ChoiceCard(
        deck_id="t", id="alle", prompt="Welke zijn touchpoints?",
        choices=("Winkel", "Website", "Weer"), answers=("Winkel", "Website"),
    )
    cards = deck_cards()
    built, _ = build_questions([cards[0], select_all, *cards[1:4]])
    return built


async def _wait(condition: Any, what: str) -> None:
    import asyncio

    for _ in range(200):  # 10 s at most
        if condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


async def _reveal(phone: Page, game: Any, result: str) -> None:
    await phone.shown("reveal")
    assert result in (await phone.page.get_attribute("#r-result", "class") or "")


async def test_a_phone_plays_every_kind_resumes_twice_and_is_in_the_report(
    tmp_path: Path, browser: Any,
) -> None:
    async with running_game(tmp_path, quiz_questions(), HOST_DRIVEN) as run:
        game = run.game
        context = await browser.new_context(**PHONE, locale="nl-NL")
        phone = Page(await context.new_page(), run.server.port)
        await phone.page.goto(phone.base + "?code=ABC234", timeout=WAIT)
        assert await phone.page.input_value("input[name=code]") == "ABC234"
        await phone.page.fill("input[name=name]", "Ada")
        await phone.page.click("#join-form button[type=submit]")
        await phone.shown("wait")
        assert "Ada" in await phone.text("#wait-text")
        # a terminal-style student whose name is markup: it stays text on the phone
        bo = await student(run.url, "<b>Bo</b>")

        async def bo_answers(index: int) -> None:
            q = await bo.expect("question")
            assert q["index"] == index
            await bo.send({"type": "answer", "question": index, "answer": {"text": "x"}}
                          if q["kind"] == "typed" else
                          {"type": "answer", "question": index,
                           "answer": {"order": [i["id"] for i in q["items"]]}}
                          if q["kind"] == "order" else
                          {"type": "answer", "question": index, "answer": {"choice": "true"}}
                          if q["kind"] == "truefalse" else  # fixed ids, no choices sent
                          {"type": "answer", "question": index,
                           "answer": {"choice": q["choices"][0]["id"]
                                      if not q.get("multiple") else [q["choices"][0]["id"]]}})

        # 0: choice, answered with a tap on the coloured button
        game.start()
        await phone.question(0)
        assert await phone.page.locator("button[data-choice]").count() == 4
        await phone.choose("Oriëntatie")
        await phone.sent()
        await bo_answers(0)
        await _reveal(phone, game, "correct")
        score = game.players["p1"].score
        assert score > 500
        assert str(score) in await phone.text("#r-score")
        game.advance()
        await phone.shown("board")
        top = await phone.page.locator("#b-top .name").all_text_contents()
        assert "<b>Bo</b>" in top  # shown as the text it is

        # 1: select-all, then reload mid-question: back in the same game with the score
        game.advance()
        await phone.question(1)
        await phone.page.reload(timeout=WAIT)
        await phone.question(1)
        assert len(game.active()) == 2 and game.players["p1"].score == score
        await phone.choose("Winkel")
        await phone.choose("Website")
        assert await phone.page.get_attribute("button[data-choice][aria-pressed=true] >> nth=0",
                                              "aria-pressed") == "true"
        await phone.page.click("#send")
        await phone.sent()
        await bo_answers(1)
        await _reveal(phone, game, "correct")
        game.advance()
        game.advance()

        # 2: true/false
        await phone.question(2)
        await phone.page.click("button[data-choice=true]", timeout=WAIT)
        await phone.sent()
        await bo_answers(2)
        await _reveal(phone, game, "correct")
        game.advance()
        game.advance()

        # 3: typed, after a second reload (resume twice)
        await phone.question(3)
        before = game.players["p1"].score
        await phone.page.reload(timeout=WAIT)
        await phone.question(3)
        assert game.players["p1"].score == before and len(game.active()) == 2
        await phone.page.fill("input[name=answer]", "touchpoint")
        await phone.page.press("input[name=answer]", "Enter")
        await phone.sent()
        await bo_answers(3)
        await _reveal(phone, game, "correct")
        game.advance()
        game.advance()

        # 4: order, tapped in place
        await phone.question(4)
        for item in ("Behoefte", "Oriëntatie", "Aankoop", "Evaluatie"):
            await phone.page.locator(".pool button[data-item]", has_text=item).click(timeout=WAIT)
        await phone.page.click("#send")
        await phone.sent()
        await bo_answers(4)
        await _reveal(phone, game, "correct")
        final = game.players["p1"].score
        assert str(final) in await phone.text("#r-score")
        game.advance()
        game.advance()

        await phone.shown("end")
        assert game.phase == END
        assert "5 van 5 goed" in await phone.text("#e-you")
        report = build_report(game.events)
        ada = next(row for row in report.players if row["name"] == "Ada")
        assert ada["correct"] == 5 and ada["score"] == final
        assert phone.outside() == []
        assert phone.errors == []
        await bo.close()
        await context.close()


async def test_english_browser_and_the_language_switch(tmp_path: Path, browser: Any) -> None:
    async with running_game(tmp_path, live_questions(), HOST_DRIVEN) as run:
        context = await browser.new_context(**PHONE, locale="en-GB")
        phone = Page(await context.new_page(), run.server.port)
        await phone.page.goto(phone.base, timeout=WAIT)
        assert await phone.text("#join-title") == "Join the classroom quiz"
        assert await phone.page.get_attribute("html", "lang") == "en"
        await phone.page.click("#lang")
        assert await phone.text("#join-title") == "Doe mee met de klassikale quiz"
        # a wrong code: the form stays, with the reason, in the chosen language
        await phone.page.fill("input[name=code]", "ZZZZZZ")
        await phone.page.fill("input[name=name]", "Cy")
        await phone.page.press("input[name=name]", "Enter")
        await phone.page.wait_for_function(
            "() => document.querySelector('#join-error').textContent.includes('code')",
            timeout=WAIT,
        )
        assert not run.game.active()
        assert phone.errors == [] and phone.outside() == []
        await context.close()


async def test_every_control_is_named_and_reachable_by_keyboard(
    tmp_path: Path, browser: Any,
) -> None:
    async with running_game(tmp_path, live_questions(), HOST_DRIVEN) as run:
        context = await browser.new_context(**PHONE, locale="nl-NL")
        phone = Page(await context.new_page(), run.server.port)
        await phone.page.goto(phone.base + "?code=ABC234", timeout=WAIT)
        # keyboard only: the name field has the focus (the code is filled in), Enter joins
        await phone.page.keyboard.type("Dex")
        await phone.page.keyboard.press("Enter")
        await phone.shown("wait")
        run.game.start()
        await phone.question(0)
        buttons = phone.page.get_by_role("button")
        names = [await b.get_attribute("data-choice") for b in await buttons.all()]
        assert sum(1 for n in names if n) == 4
        for b in await phone.page.locator("button[data-choice]").all():
            assert (await b.text_content() or "").strip()  # a name for screen readers
        for _ in range(8):  # Tab reaches the answers
            await phone.page.keyboard.press("Tab")
            if await phone.page.evaluate("() => !!document.activeElement.dataset.choice"):
                break
        else:
            raise AssertionError("Tab never reached an answer")
        await phone.page.keyboard.press("Enter")
        await phone.sent()
        await _wait(lambda: run.game.phase != QUESTION, "the reveal")
        assert phone.errors == []
        await context.close()
