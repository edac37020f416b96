"""A long explanation under the answer does not push the question off the screen.

At 80x24 the feedback of a card with a long explanation is taller than the card area. The
area used to scroll to its end, so the student read the explanation without the question it
explains. Now the area scrolls no further than the question's first line; the rest of the
feedback is below it and the arrow keys and page down scroll to it.
"""

from __future__ import annotations

import pytest

from tests.ui.driver import start_learning

LONG_EXPLAIN = " ".join(f"Zin {n} van de uitleg over de klantreis en de touchpoints." for n in range(30))

DECK = f"""\
deck: uitleg
title: Lange uitleg
language: nl
cards:
  - id: seo
    type: typed
    prompt: Hoe heet het vindbaar maken van je webshop in zoekmachines?
    answer: zoekmachineoptimalisatie
    explain: {LONG_EXPLAIN}
"""


def shown_on_screen(widget, area) -> bool:  # type: ignore[no-untyped-def]
    """The widget's first line is inside the card area's visible part."""
    region = widget.region
    return region.height > 0 and area.content_region.y <= region.y < area.content_region.bottom


@pytest.mark.parametrize("size", [(80, 24), (60, 20)], ids=lambda s: f"{s[0]}x{s[1]}")
async def test_the_question_stays_on_screen_under_a_long_explanation(make_app, deck_folder,
                                                                      size) -> None:
    app = make_app(folders=[deck_folder(DECK)])
    async with app.run_test(size=size) as pilot:
        screen = await start_learning(pilot)
        assert screen.shown.mode == "typed"
        await pilot.press(*"qqq", "enter")
        await pilot.wait_for_scheduled_animations()  # the scroll after the feedback is laid out
        assert screen.state == "feedback"
        area = screen.query_one("#card-area")
        assert area.max_scroll_y > 0  # the feedback does not fit: the situation of this test
        prompt = screen.widget.query_one(".card-prompt")
        assert shown_on_screen(prompt, area)
        assert shown_on_screen(screen.query_one(".feedback-verdict"), area)
        # the rest of the explanation can be reached with the keys
        await pilot.press("end")
        await pilot.wait_for_scheduled_animations()
        assert area.scroll_y == area.max_scroll_y
        assert shown_on_screen(screen.query_one(".feedback-continue"), area)
        await pilot.press("enter")  # enter still goes on (the wrong card comes back)
        await pilot.pause()
        assert screen.state == "asking"
