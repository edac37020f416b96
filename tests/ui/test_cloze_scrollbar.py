"""A cloze keeps every word and gap in view when the feedback makes the card scroll.

At 80x24 the feedback under a two-row cloze is taller than the card area, so a vertical
scrollbar appears and takes 2 columns. The rows of the cloze had been laid out for the
wider area (and without counting the 1-column margin after each gap), so the end of the
first row was cut off: "die een consument doorloopt va" (seen in tmux with the course's
first cloze).
"""

from __future__ import annotations

from textual.widgets import Input

from tests.ui.cards import DECK
from tests.ui.driver import answer, start_learning


def cut_off(screen) -> list[str]:  # type: ignore[no-untyped-def]
    """Every part of a cloze row that does not fit inside its row."""
    problems = []
    for row in screen.widget.query(".cloze-row"):
        for part in row.children:
            if part.region.right > row.region.right or part.region.width < (
                part.styles.width.value if isinstance(part, Input) else 0
            ):
                problems.append(f"{part!r} {part.region} outside {row.region}")
    return problems


async def test_cloze_rows_fit_before_and_after_the_feedback_scrollbar(make_app, deck_folder) -> None:
    folder = deck_folder(DECK)
    app = make_app(folders=[folder])
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await start_learning(pilot)
        for _ in range(2):  # the list and choice cards before the cloze
            await answer(pilot)
            await pilot.press("enter")
            await pilot.pause()
        await pilot.pause()
        assert screen.shown.mode == "cloze"
        area = screen.query_one("#card-area")
        assert not area.show_vertical_scrollbar
        assert cut_off(screen) == []
        rows_before = [[child.region.x for child in row.children]
                       for row in screen.widget.query(".cloze-row")]
        await pilot.press(*"qq", "enter", "enter", "enter")
        await pilot.wait_for_scheduled_animations()  # the scroll after the feedback is laid out
        assert screen.state == "feedback"
        assert area.show_vertical_scrollbar  # the situation this test is about
        assert cut_off(screen) == []
        # and nothing moved under the student's eyes when the feedback appeared
        assert [[child.region.x for child in row.children]
                for row in screen.widget.query(".cloze-row")] == rows_before
