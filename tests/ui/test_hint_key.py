"""The key bar offers the hint key only on a card that has a hint."""

from __future__ import annotations

from cjtrainer.i18n import t
from cjtrainer.ui.widgets.keybar import KeyBar
from tests.ui.cards import DECK
from tests.ui.driver import answer, start_learning


async def test_hint_key_only_where_there_is_a_hint(make_app, deck_folder) -> None:
    folder = deck_folder(DECK)
    app = make_app(folders=[folder])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_learning(pilot)
        bar = screen.query_one(KeyBar)
        assert screen.card.hint  # the first card has a hint
        assert t("ui.key.hint") in str(bar.render())
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert screen.used_hint
        await answer(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert not screen.card.hint  # the second has none: no dead key in the bar
        assert t("ui.key.hint") not in str(bar.render())


async def test_the_hint_has_a_key_the_browser_does_not_keep(make_app, deck_folder) -> None:
    """In `cjtrainer serve` ctrl+t opens a browser tab and never reaches the app: f2 gives
    the hint too, and the browser's bindings show it first."""
    folder = deck_folder(DECK)
    app = make_app(folders=[folder])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_learning(pilot)
        await pilot.press("f2")
        await pilot.pause()
        assert screen.used_hint


def test_browser_keys_lead_only_in_the_browser(monkeypatch) -> None:
    from cjtrainer.ui import web_mode

    monkeypatch.delenv("CJTRAINER_WEB", raising=False)
    assert web_mode.keys("ctrl+t", "f2") == "ctrl+t,f2"
    monkeypatch.setenv("CJTRAINER_WEB", "1")
    assert web_mode.keys("ctrl+t", "f2") == "f2,ctrl+t"
