"""A quiz stopped early: the result says so, and never "no mistakes, great!" over a score
that counts the unanswered questions as wrong."""

from __future__ import annotations

from cjtrainer.i18n import t
from tests.ui.driver import SIZE, answer, folder_with, screen_text, start_quiz


async def test_a_quiz_stopped_after_one_answer_says_how_far_you_got(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await start_quiz(pilot)  # the quiz's options: the default length
        total = app.screen.session.progress[1]
        assert total > 2
        await answer(pilot, right=True)
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "SummaryScreen"
        text = screen_text(app)
        assert t("ui.summary.stopped", answered=1, total=total) in text
        assert t("ui.summary.no-mistakes") not in text
        # the title says stopped, not "Quiz klaar!" (seen by a student)
        assert t("ui.summary.stopped-title") in text and t("ui.summary.quiz-title") not in text


async def test_a_finished_quiz_without_mistakes_still_cheers(make_app, tmp_path) -> None:

    app = make_app(folders=[folder_with(tmp_path, "small.yaml")])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await start_quiz(pilot)  # the quiz's options: the default length
        screen = app.screen
        while app.screen is screen:
            await answer(pilot, right=True)
            await pilot.press("enter")
            await pilot.pause()
        text = screen_text(app)
        assert t("ui.summary.no-mistakes") in text
        assert t("ui.summary.quiz-title") in text
        assert "Score: 100%" in text
