"""A hand-edited config.toml with odd values: the app says what it corrected (in Dutch)
and keeps working; studying, quizzing and opening a deck all start."""

from __future__ import annotations

import pytest

from cjtrainer import config

SIZE = (80, 24)


@pytest.mark.parametrize("value", ["95", "5.0", "0.5", "nan"])
async def test_an_odd_desired_retention_never_closes_the_app(make_app, value: str) -> None:
    path = config.config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"desired_retention = {value}\n", encoding="utf-8")
    app = make_app(settings=config.load())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        notes = [n.message for n in app._notifications]
        assert any("desired_retention" in n for n in notes)
        for keys in (("l",), ("q", "enter"), ("enter",)):  # learn, quiz, the highlighted deck
            key = keys[0]
            await pilot.press(*keys)
            await pilot.pause()
            assert type(app.screen).__name__ == "StudyScreen", key
            await pilot.press("escape")
            await pilot.pause()
            while type(app.screen).__name__ != "HomeScreen":
                await pilot.press("escape")
                await pilot.pause()
    assert app.return_code in (None, 0)
