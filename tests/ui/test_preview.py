"""cjtrainer preview: every card with its answer, r reloads, problems in place, nothing saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from cjtrainer import i18n
from cjtrainer.deck.templates import render
from cjtrainer.ui.teacher.preview import PreviewApp


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("DATA", "CONFIG", "CACHE"):
        monkeypatch.setenv(f"CJTRAINER_{name}_DIR", str(tmp_path / name.lower()))
    i18n.set_language("nl")


def text_of(app: PreviewApp, selector: str) -> str:
    return str(app.query_one(selector, Static).render())


async def test_browse_reload_and_problems(tmp_path: Path) -> None:
    deck_file = tmp_path / "fasen.yaml"
    source = render("deck", "fasen")
    deck_file.write_text(source, encoding="utf-8")
    app = PreviewApp(deck_file)
    async with app.run_test(size=(120, 40)) as pilot:
        cards = app.query_one("#cards", OptionList)
        assert cards.option_count == 32  # 10 own cards + reverse + 21 derived from the model
        assert "32 kaarten, waarvan 22 afgeleid" in text_of(app, "#title")
        assert "Achterkant: Elk contactmoment" in text_of(app, "#body")

        # a derived card, with its answer
        ids = [entry.key for entry in app.entries]
        cards.highlighted = ids.index("fasen.next.selectie")
        await pilot.pause()
        body = text_of(app, "#body")
        assert "Transactie" in body and "afgeleid van model fasen" in body

        # answers can be hidden to see the card as a student does
        cards.highlighted = ids.index("zmot")
        await pilot.pause()
        assert "✓ Zero moment of truth" in text_of(app, "#body")
        await pilot.press("a")
        assert "Zero moment of truth" in text_of(app, "#body")  # still a choice
        assert "✓" not in text_of(app, "#body")
        await pilot.press("a")

        # the teacher makes a typo and reloads: problems shown, last good version kept
        deck_file.write_text(source.replace("    answer: Zero moment of truth",
                                            "    anwser: Zero moment of truth"), encoding="utf-8")
        await pilot.press("r")
        await pilot.pause()
        problems = text_of(app, "#problems")
        assert "bedoel je 'answer'" in problems
        assert app.query_one("#problems").has_class("show")
        assert app.query_one("#stale").has_class("show")
        assert cards.option_count == 32
        assert cards.highlighted == ids.index("zmot")  # stays on the card being fixed
        assert "bedoel je 'answer'" in text_of(app, "#body")  # in place, at the card

        # fixed, reloaded: the problems go, and a new card shows up
        deck_file.write_text(source + (
            "  - id: nieuw\n    type: truefalse\n    statement: Een etalage is een touchpoint.\n"
            "    answer: waar\n    explain: Ja.\n"
        ), encoding="utf-8")
        await pilot.press("r")
        await pilot.pause()
        assert not app.query_one("#problems").has_class("show")
        assert not app.query_one("#stale").has_class("show")
        assert cards.option_count == 33
        assert app.reloads == 2
    assert not (tmp_path / "data").exists()  # no progress written, no store made


async def test_exercise_and_broken_start(tmp_path: Path) -> None:
    exercise_file = tmp_path / "oef.yaml"
    exercise_file.write_text(render("exercise", "oef"), encoding="utf-8")
    app = PreviewApp(exercise_file)
    async with app.run_test(size=(120, 40)) as pilot:
        cards = app.query_one("#cards", OptionList)
        assert cards.option_count == 5  # intro, three sections, rubric
        cards.highlighted = 1
        await pilot.pause()
        assert "Een advertentie op Instagram" in text_of(app, "#body")

    broken = tmp_path / "kapot.yaml"
    broken.write_text("deck: kapot\ntitle: [x\n", encoding="utf-8")
    app = PreviewApp(broken)
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.query_one("#cards", OptionList).option_count == 0
        assert "kan niet worden geladen" in text_of(app, "#title")
        assert "error[" in text_of(app, "#problems")
        await pilot.press("r")
        assert app.query_one("#problems").has_class("show")


async def test_markup_in_deck_text_is_shown_as_text(tmp_path: Path) -> None:
    deck_file = tmp_path / "m.yaml"
    deck_file.write_text(
        "deck: m\ntitle: '[bold red]Titel'\ncards:\n  - id: a\n    type: flashcard\n"
        "    front: '[red]rood[/red]'\n    back: '[link=x]klik'\n    explain: x\n",
        encoding="utf-8",
    )
    app = PreviewApp(deck_file)
    async with app.run_test(size=(120, 40)):
        assert "[red]rood[/red]" in text_of(app, "#body")
        assert "[link=x]klik" in text_of(app, "#body")
        assert "[bold red]Titel" in text_of(app, "#title")


def test_snapshot_preview_with_a_problem(
    snap_compare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.chdir(tmp_path)
    source = render("deck", "fasen")
    Path("fasen.yaml").write_text(
        source.replace("    answer: Zero moment of truth", "    anwser: Zero moment of truth"),
        encoding="utf-8",
    )

    async def fix_and_break(pilot) -> None:  # type: ignore[no-untyped-def]
        # load a good version first, then break it: the last good version stays on screen
        Path("fasen.yaml").write_text(source, encoding="utf-8")
        await pilot.press("r")
        Path("fasen.yaml").write_text(
            source.replace("    answer: Zero moment of truth", "    anwser: Zero moment of truth"),
            encoding="utf-8",
        )
        await pilot.press("r", "down", "down")
        await pilot.pause()
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(PreviewApp(Path("fasen.yaml")), terminal_size=(110, 32),
                        run_before=fix_and_break)


async def test_the_card_has_room_in_a_small_terminal(tmp_path: Path) -> None:
    # 80x24 is the classroom laptop's default terminal: the card, not the id list, gets
    # most of the width so a prompt and its answer fit on a few lines.
    deck_file = tmp_path / "fasen.yaml"
    deck_file.write_text(render("deck", "fasen"), encoding="utf-8")
    app = PreviewApp(deck_file)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.query_one("#detail").size.width >= 44
        assert app.query_one("#cards").size.width >= 28
    async with PreviewApp(deck_file).run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert pilot.app.query_one("#cards").size.width >= 44  # long derived ids still fit


async def test_try_an_answer_in_the_preview(tmp_path: Path) -> None:
    deck_file = tmp_path / "fasen.yaml"
    deck_file.write_text(render("deck", "fasen"), encoding="utf-8")
    app = PreviewApp(deck_file)
    async with app.run_test(size=(120, 40)) as pilot:
        cards = app.query_one("#cards", OptionList)
        ids = [entry.key for entry in app.entries]
        cards.highlighted = ids.index("fasen.next.selectie")
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        await pilot.press(*"tranzactie", "enter")  # typed keys (also t, a, q) go in the field
        await pilot.pause()
        result = text_of(app, "#try-result")
        assert "Goed, maar let op de spelling: Transactie" in result, result
        assert app.is_running
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is cards
        assert (tmp_path / "data").exists() is False  # nothing saved
