"""SVG snapshots at 80x24: home, each card type, feedback, summary and stats.

Update after a deliberate change of the look with ``--snapshot-update`` and look at the
SVG files in ``__snapshots__`` before committing them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.app import App

from tests.ui import cards as C
from tests.ui.driver import answer
from tests.ui.harness import CardHost

UIDATA = Path(__file__).parent / "data"
SIZE = (80, 24)


@pytest.fixture(autouse=True)
def toasts_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    """A toast goes after a few seconds of real time: on a busy machine the screenshot
    could come after that and miss it. Here toasts stay, so a snapshot does not depend on
    how fast the machine is."""
    notify = App.notify

    def lasting(self, message, *, timeout=None, **fields):  # type: ignore[no-untyped-def]
        return notify(self, message, timeout=3600, **fields)

    monkeypatch.setattr(App, "notify", lasting)


@pytest.fixture
def small(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "small"
    folder.mkdir()
    shutil.copy(UIDATA / "small.yaml", folder / "small.yaml")
    return [folder]


def test_home(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE)


@pytest.mark.parametrize(
    "card", [C.FLASH, C.CHOICE, C.MULTI, C.TF, C.TYPED, C.CLOZE, C.ORDER, C.MATCH, C.LIST],
    ids=lambda card: f"{card.type}-{card.id}",
)
def test_card(snap_compare, card) -> None:
    assert snap_compare(CardHost(card), terminal_size=SIZE)


def test_flashcard_flipped(snap_compare) -> None:
    assert snap_compare(CardHost(C.FLASH), press=["space"], terminal_size=SIZE)


def test_feedback_wrong(snap_compare, make_app, small) -> None:
    async def run_before(pilot) -> None:
        await pilot.press("l")
        await pilot.pause()
        while pilot.app.screen.card.id != "seo":
            await answer(pilot)
            await pilot.press("enter")
            await pilot.pause()
        await answer(pilot, right=False)

    assert snap_compare(make_app(folders=small), run_before=run_before, terminal_size=SIZE)


def test_feedback_partial(snap_compare, make_app) -> None:
    async def run_before(pilot) -> None:
        await pilot.press("l")
        await pilot.pause()
        while pilot.app.screen.shown.mode != "match":
            await answer(pilot)
            if pilot.app.screen.state == "feedback":
                await pilot.press("enter")
                await pilot.pause()
        await answer(pilot, right=False)

    assert snap_compare(make_app(), run_before=run_before, terminal_size=SIZE)


def test_summary(snap_compare, make_app, small) -> None:
    async def run_before(pilot) -> None:
        await pilot.press("l")
        await pilot.pause()
        await answer(pilot, right=False)
        await pilot.press("enter")
        await pilot.pause()
        await answer(pilot, right=True)
        await pilot.press("enter")
        await pilot.pause()
        if type(pilot.app.screen).__name__ == "StudyScreen":
            await pilot.press("escape")
            await pilot.pause()

    assert snap_compare(make_app(folders=small), run_before=run_before, terminal_size=SIZE)


def test_stats(snap_compare, make_app) -> None:
    async def run_before(pilot) -> None:
        await pilot.press("l")
        await pilot.pause()
        for right in (True, False, True, True):
            await answer(pilot, right=right)
            if pilot.app.screen.state == "feedback":
                await pilot.press("enter")
                await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("v")
        await pilot.pause()

    assert snap_compare(make_app(), run_before=run_before, terminal_size=SIZE)
