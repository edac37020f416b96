"""Choice cards: long options wrap with a hanging indent; the hint names only the keys
that exist."""

from __future__ import annotations

from textual.widgets import Static

from cjtrainer.ui.widgets.choice import ChoiceList
from tests.ui.cards import CHOICE, LONG, MULTI
from tests.ui.harness import CardHost


async def test_long_options_hang_under_their_text() -> None:
    app = CardHost(LONG, seed=3)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        options = app.screen.query_one(ChoiceList)
        region = options.content_region
        text_lines = [
            "".join(seg.text for seg in options.render_line(y))
            for y in range(region.height)
        ]
        numbered = [i for i, line in enumerate(text_lines) if line[:5].strip()[:1].isdigit()]
        assert len(numbered) == 3
        continuation = [line for i, line in enumerate(text_lines)
                        if i not in numbered and line.strip()]
        assert continuation, "a long option wraps at 60 columns"
        for line in continuation:  # wrapped text starts under the option's text
            assert line[:5] == "     ", line


async def test_the_hint_names_only_the_keys_that_exist() -> None:
    for card, expected, absent in ((CHOICE, "1-4 of a-d", "1-8"), (MULTI, "1-4", "1-8")):
        app = CardHost(card)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            hint = str(app.screen.query_one(".card-help", Static).render())
            assert expected in hint and absent not in hint, hint
            if card is MULTI:
                await pilot.press("enter")
                await pilot.pause()
                note = str(app.screen.query_one(".blank-note", Static).render())
                assert "1-4" in note and "1-8" not in note
