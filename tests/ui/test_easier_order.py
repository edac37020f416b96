"""Learn mode's easier form of an ordered list: the steps are given and the student puts
them in order (a select-all would leave the order unasked)."""

from __future__ import annotations

from typing import Any

from cjtrainer import config
from tests.ui.driver import answer, screen_text

STEPS = """\
deck: stappen
title: Stappen
cards:
  - id: fasen
    type: list
    prompt: Noem de fasen van de klantreis in volgorde.
    items: [Oriëntatie, Selectie, Transactie, Levering]
    ordered: true
    explain: Eerst rondkijken, dan kiezen, dan kopen.
"""


async def test_an_ordered_list_is_first_put_in_order(make_app: Any, deck_folder: Any) -> None:
    app = make_app(folders=[deck_folder(STEPS)], settings=config.Settings(new_per_day=5))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("l")
        await pilot.pause()
        screen = app.screen
        assert screen.shown.mode == "order" and screen.shown.easier
        assert type(screen.widget).__name__ == "OrderWidget"
        assert sorted(screen.widget.start) == sorted(["Oriëntatie", "Selectie", "Transactie",
                                                      "Levering"])
        assert "eerst ordenen, later zelf typen" in screen_text(app)
        await answer(pilot, right=False)  # the steps in reverse
        assert screen.state == "feedback"
        text = screen_text(app)
        # the order's own feedback (the card it was asked as), not a list's "Ontbreekt"
        assert "Goede volgorde: Oriëntatie → Selectie → Transactie → Levering" in text, text
        assert not screen.outcome.correct
        await pilot.press("enter")
        await pilot.pause()
        assert screen.shown.mode == "order"  # still the easier form: not yet right
        await answer(pilot, right=True)
        assert screen.outcome.correct and screen.outcome.state.mc_passed
