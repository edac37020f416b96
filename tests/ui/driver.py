"""Answer whatever card the study screen shows, right or wrong, with key presses."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot


def right_choices(shown: Any) -> set[str]:
    card = shown.card
    if shown.easier:
        if card.type == "typed":
            return {card.answer}
        return {item[0] for item in card.items}
    return set(card.answers)


async def answer(pilot: Pilot, right: bool = True) -> str:
    """Answer the current card; returns its mode."""
    screen = pilot.app.screen
    shown = screen.shown
    card = shown.card
    widget = screen.widget
    mode = shown.mode
    if mode == "flashcard":
        await pilot.press("space", "3" if right else "1")
    elif mode == "choice":
        wanted = right_choices(shown)
        keys = [str(i + 1) for i, c in enumerate(widget.choices) if (c in wanted) == right]
        if not shown.multiple:
            keys = keys[:1]
        await pilot.press(*keys)
        if shown.multiple:
            await pilot.press("enter")
    elif mode == "truefalse":
        await pilot.press("1" if card.answer == right else "2")
    elif mode == "typed":
        await pilot.press(*(card.answer if right else "qqq"), "enter")
    elif mode == "cloze":
        for gap in card.gaps:
            await pilot.press(*(gap[0] if right else "qqq"), "enter")
    elif mode == "order":
        order = widget.query_one("OrderList")
        goal = list(card.items) if right else list(reversed(card.items))
        for target, item in enumerate(goal):
            current = order.items.index(item)
            while order.cursor > current:
                await pilot.press("up")
            while order.cursor < current:
                await pilot.press("down")
            for _ in range(current - target):
                await pilot.press("ctrl+up")
        await pilot.press("enter")
        await pilot.pause()
        if screen.state == "asking":  # the order was left as shown: confirm it
            await pilot.press("enter")
    elif mode == "match":
        rights = [r for _, r in card.pairs]
        for index, value in enumerate(rights if right else rights[1:] + rights[:1]):
            widget.query_one(f"#match-{index}").value = value
        await pilot.pause()
        await pilot.press("ctrl+s")
    elif mode == "list":
        for item in card.items:
            await pilot.press(*(item[0] if right else "qqq"), "enter")
    else:  # pragma: no cover
        raise AssertionError(mode)
    await pilot.pause()
    return mode


async def start_learning(pilot: Pilot) -> Any:
    """From the home screen into learn mode (the l key); the study screen."""
    await pilot.pause()
    await pilot.press("l")
    await pilot.pause()
    return pilot.app.screen
