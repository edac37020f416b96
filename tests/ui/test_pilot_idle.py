"""The tests' Pilot (tests/pilot_idle.py) draws a headless screen when the test goes on
instead of at every repaint: what a widget draws is still drawn, so an error while drawing
still fails the test, as it would end the app in a terminal."""

from __future__ import annotations

import pytest
from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import Static

from tests import pilot_idle


class Breaks(Static):
    broken = False

    def render(self) -> Text:
        if self.broken:
            raise RuntimeError("drawing failed")
        return Text("fine")


class BreaksOnKey(App[None]):
    def compose(self) -> ComposeResult:
        yield Breaks()

    def key_b(self) -> None:
        widget = self.query_one(Breaks)
        widget.broken = True
        widget.refresh()


async def test_an_error_while_drawing_still_fails_the_test() -> None:
    app = BreaksOnKey()
    with pytest.raises(RuntimeError, match="drawing failed"):
        async with app.run_test() as pilot:
            await pilot.press("b")  # the screen is drawn before the press returns
            await pilot.pause()


async def test_a_key_leaves_nothing_undrawn() -> None:
    app = BreaksOnKey()
    async with app.run_test() as pilot:
        screen = app.screen
        app.query_one(Breaks).refresh()
        await pilot.pause()
        assert screen not in pilot_idle._undrawn
        assert not screen._compositor._dirty_regions
