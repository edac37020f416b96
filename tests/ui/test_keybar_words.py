"""The key bar speaks the student's language, also for keys of Textual's own widgets."""

from __future__ import annotations

from cjtrainer.i18n import t
from cjtrainer.ui.widgets.keybar import KeyBar
from tests.ui.driver import answer, start_learning


async def test_an_open_match_list_says_close_in_dutch(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_learning(pilot)
        for _ in range(30):
            if screen.shown.mode == "match":
                break
            await answer(pilot)
            if screen.state == "feedback":
                await pilot.press("enter")
                await pilot.pause()
        assert screen.shown.mode == "match"
        await pilot.press("enter")  # opens the first list
        await pilot.pause()
        bar = str(screen.query_one(KeyBar).render())
        assert "Dismiss" not in bar
        assert t("ui.key.close") in bar
