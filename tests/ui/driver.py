"""Drive and read the student app in Pilot tests: answer whatever card the study screen
shows (right or wrong, with key presses), and read what a screen shows as plain text."""

from __future__ import annotations

import io
import shutil
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.text import Text
from textual.command import CommandInput, CommandList, CommandPalette
from textual.pilot import Pilot
from textual.widgets import Input, OptionList, Static

from cjtrainer import config
from cjtrainer.learn.scheduling import CardState, Phase
from cjtrainer.learn.store import Store, default_path
from cjtrainer.ui.widgets.actionline import ActionLine
from tests.ui.conftest import NOW


async def wait_until(pilot: Pilot, condition: Callable[[], object], what: str,
                     timeout: float = 10.0) -> None:
    """Let the app run until ``condition()`` holds; fail naming ``what`` after ``timeout``
    seconds. For what a key press does not finish by itself (a worker, a thread, a timer),
    instead of a fixed pause: as short as the machine allows, as long as it needs."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout} s for {what}")
        await pilot.pause(0.01)


async def palette_search(pilot: Pilot, words: str) -> None:
    """Put ``words`` in the open command palette and wait until its search (a worker) has
    put the best match under the cursor, so that enter runs it."""
    palette = pilot.app.screen
    assert isinstance(palette, CommandPalette)
    palette.query_one(CommandInput).value = words
    await pilot.pause()  # the input's Changed message starts the search
    hits = palette.query_one(CommandList)
    await wait_until(pilot, lambda: hits.highlighted is not None and not any(
        w.node is palette and not w.is_finished for w in pilot.app.workers),
        f"the palette's search for {words!r}")


def right_choices(shown: Any) -> set[str]:
    card = shown.card
    if shown.easier:
        if card.type == "typed":
            return {card.answer}
        return {item[0] for item in card.items}
    return set(card.answers)


async def _type(pilot: Pilot, text: str, by_key: bool) -> None:
    """``text`` into the focused field, then enter. ``by_key=False`` puts it in at once: for
    a test that is not about typing (each key is a Pilot press of about 45 ms)."""
    field = pilot.app.focused
    if by_key or not isinstance(field, Input):  # no field in focus: the keys go where they go
        await pilot.press(*text, "enter")
        return
    field.value = text
    await pilot.press("enter")


async def answer(pilot: Pilot, right: bool = True, by_key: bool = True) -> str:
    """Answer the current card; returns its mode. ``by_key=False``: typed answers are put
    in the field at once instead of key by key (see ``_type``)."""
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
        await _type(pilot, card.answer if right else "qqq", by_key)
    elif mode == "cloze":
        for gap in card.gaps:
            await _type(pilot, gap[0] if right else "qqq", by_key)
    elif mode == "order":
        order = widget.query_one("OrderList")
        # an ordered list's easier form: its steps by their names
        items = [item[0] for item in card.items] if card.type == "list" else list(card.items)
        goal = items if right else list(reversed(items))
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
        # one entry per field, from the first (a stray enter may have moved the focus on);
        # a list that asks for some of its items has fewer fields
        pilot.app.screen.set_focus(widget.inputs()[0])
        await pilot.pause()
        for number, item in enumerate(card.items[:widget.count]):
            await _type(pilot, item[0] if right else f"qqq{number}", by_key)
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


async def start_quiz(pilot: Pilot) -> Any:
    """From the home screen into a quiz of the default length (q, then enter on its
    options); the study screen with its first question. Waits for each screen: on a busy
    machine an enter sent with the q reached the options before they had the focus."""
    app = pilot.app
    await pilot.press("q")
    await wait_until(pilot, lambda: type(app.screen).__name__ == "QuizOptionsScreen"
                     and app.focused is not None and app.focused.id == "quiz-length",
                     "the quiz's options")
    await pilot.press("enter")
    await wait_until(pilot, lambda: type(app.screen).__name__ == "StudyScreen"
                     and app.screen.widget is not None, "the quiz's first question")
    return app.screen


SIZE = (80, 24)
UIDATA = Path(__file__).parent / "data"


def folder_with(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "decks"
    folder.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(UIDATA / name, folder / name)
    return folder


def rendered(widget: Static | ActionLine) -> str:
    """What a Static or a line shows, as plain text (Rich tables included)."""
    if isinstance(widget, ActionLine):
        return str(widget.render())
    content = widget.content
    if isinstance(content, str | Text):
        return str(content)
    console = Console(width=100, record=True, file=io.StringIO())
    console.print(content)
    return console.export_text()


def deck_rows(app) -> list[tuple[str, int, int]]:
    """The home screen's deck list as (title as shown, new today, due)."""
    decks = app.screen.query_one("#decks", OptionList)
    rows = []
    for index in range(decks.option_count):
        title, new, due, _learned = str(decks.get_option_at_index(index).prompt).rsplit(None, 3)
        rows.append((title, int(new), int(due)))
    return rows


def drawn(app: Any) -> str:
    """Every character the screen puts on the terminal, line by line (what the compositor
    draws: toasts included, whatever widget drew it)."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(segment.text for segment in strip) for strip in strips)


def key_bar(app: Any) -> str:
    """The bottom line of the screen as drawn: the key bar."""
    return drawn(app).splitlines()[-1].rstrip()


def screen_text(app) -> str:
    widgets = app.screen.query("Static, ActionLine")
    return "\n".join(rendered(w) for w in widgets if w.display)


async def run_command(app, pilot, words: str) -> None:  # type: ignore[no-untyped-def]
    """Find ``words`` in the palette, run the best match and wait for the screen it opens."""
    before = app.screen
    await pilot.press("ctrl+p")
    await wait_until(pilot, lambda: app.screen.query(CommandInput), "the palette")
    await palette_search(pilot, words)
    await pilot.press("enter")
    await wait_until(pilot, lambda: app.screen is not before
                     and not isinstance(app.screen, CommandPalette), f"the screen of {words!r}")


def started_today(data_dir: Path, keys: list[str]) -> None:
    """These cards were started an hour ago and are in review for days: today's new-card
    budget is spent on them and nothing is due."""
    when = NOW - timedelta(hours=1)
    with Store(default_path(data_dir)) as store:
        for key in keys:
            state = CardState(key=key, phase=Phase.REVIEW, stability=5.0, difficulty=5.0,
                              due=when + timedelta(days=5), last_review=when, reps=1,
                              introduced=when)
            store.record(state, None, time=when, rating=3, mode="study")


def limited_app(make_app: Any, tmp_path: Path) -> Any:
    started_today(tmp_path / "data", ["testdeck/klantreis"])
    return make_app(settings=config.Settings(new_per_day=1))
