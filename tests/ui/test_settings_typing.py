"""Settings typed as a Dutch student types them: a decimal comma."""

from __future__ import annotations

from cjtrainer import config

SIZE = (80, 24)


async def test_retention_takes_a_typed_decimal_comma(make_app) -> None:
    app = make_app(save_settings=True)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        field = app.screen.query_one("#retention")
        assert field.value == "0,90"  # shown the Dutch way, like the help text
        field.focus()
        await pilot.pause()
        await pilot.press("end", *["backspace"] * 4, "0", ",", "8", "5")
        await pilot.pause()
        assert field.value == "0,85"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen"
    assert config.load().desired_retention == 0.85
