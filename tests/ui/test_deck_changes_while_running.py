"""A deck file deleted or edited while the app runs: studying goes on, nothing crashes.

The session works on the cards it loaded; a teacher (or a sync tool) changing the folder
under it must not take the student's session or progress with it.
"""

from __future__ import annotations

from pathlib import Path

from tests.ui.driver import answer, start_learning


async def study_a_few(pilot, count: int) -> None:
    screen = pilot.app.screen
    for _ in range(count):
        if pilot.app.screen is not screen:
            return
        await answer(pilot)
        if screen.state == "feedback":
            await pilot.press("enter")
            await pilot.pause()


async def test_studying_goes_on_when_the_deck_file_is_deleted(make_app, content: Path) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await start_learning(pilot)
        await study_a_few(pilot, 2)
        (content / "testdeck.yaml").unlink()
        await study_a_few(pilot, 3)
        assert type(app.screen).__name__ == "StudyScreen"
        answered = app.screen.session.progress[0]
        assert answered >= 5
        await pilot.press("escape")  # stop: the summary
        await pilot.pause()
        assert type(app.screen).__name__ == "SummaryScreen"
        await pilot.press("enter")  # home, without the deck file
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen"
        for key in ("v", "escape", "l", "escape"):
            await pilot.press(key)  # stats and study again: no crash
            await pilot.pause()
    assert app.return_code in (None, 0)


async def test_studying_goes_on_when_the_deck_file_is_edited(make_app, content: Path) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await start_learning(pilot)
        await study_a_few(pilot, 2)
        deck = content / "testdeck.yaml"
        deck.write_text(deck.read_text(encoding="utf-8").replace("title: Testdeck",
                                                                  "title: Nieuw deck")
                        + "\n  - id: kapot\n    type: [\n", encoding="utf-8")
        await study_a_few(pilot, 3)
        assert type(app.screen).__name__ == "StudyScreen"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen"
        for key in ("v", "escape", "q", "escape"):
            await pilot.press(key)
            await pilot.pause()
    assert app.return_code in (None, 0)
