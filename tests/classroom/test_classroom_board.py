"""Standings and tables on the classroom screens: columns stay aligned whatever the names
(long, wide characters, markup), names are cut to the width there is, and times are
written the way the language writes decimals ("1,5 s" in Dutch, "1.5 s" in English)."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import host_session, right_answer, running_game, student, wait_for
from rich.cells import cell_len

from cjtrainer import i18n
from cjtrainer.classroom.game import Settings
from cjtrainer.classroom.server_messages import to_wire
from cjtrainer.deck.model import ChoiceCard
from cjtrainer.ui.classroom.board import Line, fit, standings
from cjtrainer.ui.classroom.host import HostApp
from cjtrainer.ui.classroom.join import JoinApp, JoinScreen
from tests.ui.driver import drawn, key_bar

WIDE = "小明小明小明小明小明"  # 10 characters, 20 cells
LONG = "Muhammad-Alexander99"  # the longest name the server allows (20)
MARKUP = "[b]Bo[/b]"


def test_fit_cuts_by_cells_not_characters() -> None:
    assert fit("Jo", 10) == "Jo"
    assert fit(LONG, 20) == LONG
    assert fit(LONG, 8) == "Muhamma…"
    assert fit(WIDE, 7) == "小明小…"  # 6 cells of names + the ellipsis
    assert fit(WIDE, 8) == "小明小…"  # a wide character never half-shown
    assert all(cell_len(fit(WIDE, width)) <= width for width in range(1, 25))


def test_standings_line_up_scores_under_each_other() -> None:
    lines = [Line("1.", "Jo", 1840), Line("2.", WIDE, 925), Line("10.", MARKUP, 0)]
    text = standings(lines, None)
    rows = text.plain.split("\n")
    assert rows == [
        " 1. Jo                    1840",
        " 2. 小明小明小明小明小明   925",
        "10. [b]Bo[/b]                0",
    ]
    assert len({cell_len(row) for row in rows}) == 1
    assert not any("b]" in str(span.style) for span in text.spans)  # names are not markup


def test_standings_cut_names_to_the_width() -> None:
    lines = [Line("1.", LONG, 1840), Line("2.", WIDE, 925)]
    rows = standings(lines, 20).plain.split("\n")
    assert rows == ["1. Muhammad-A…  1840", "2. 小明小明小…   925"]
    assert all(cell_len(row) <= 20 for row in rows)


def _lines(app: HostApp | JoinApp, selector: str) -> list[str]:
    return app.screen.query_one(selector).render().plain.split("\n")  # type: ignore[union-attr]


def _shown_lines(app: HostApp | JoinApp, selector: str) -> int:
    """How many non-empty lines ``selector`` shows (0 while it is not there yet)."""
    try:
        return sum(1 for line in _lines(app, selector) if line.strip())
    except Exception:  # noqa: BLE001 - not mounted yet
        return 0


def _end_rows(app: HostApp) -> int:
    try:
        return int(app.query_one("#end-players").row_count)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - not mounted yet
        return 0


def _fits(table) -> bool:  # type: ignore[no-untyped-def]
    return bool(table.virtual_size.width <= table.size.width)


async def _answer_right(players, session) -> None:  # type: ignore[no-untyped-def]
    """Every player answers the first question right, as soon as it arrives."""
    for player in players:
        q = await player.expect("question")
        await player.send({"type": "answer", "question": 0,
                           "answer": right_answer(q, session.game.questions[0].card)})


async def test_a_long_option_wraps_under_its_own_text_on_the_host(tmp_path: Path) -> None:
    # Seen in a trial: the second line of a long option started under the bullet.
    long = "De klant vergelijkt prijzen en reviews op meerdere websites voordat hij koopt"
    card = ChoiceCard(deck_id="t", id="lang", prompt="Wat doet de klant bij de oriëntatie?",
                      choices=(long, "Hij koopt meteen"), answers=(long,))
    session = host_session(tmp_path, cards=[card])
    app = HostApp(session)
    async with app.run_test(size=(80, 24)) as pilot:
        ada = await student(f"ws://127.0.0.1:{session.server.port}", "Ada")
        await wait_for(lambda: len(session.game.active()) == 1)
        await pilot.press("s")
        await ada.expect("question")
        await wait_for(lambda: "• De klant vergelijkt" in drawn(app))
        lines = drawn(app).splitlines()
        first = next(i for i, line in enumerate(lines) if "• De klant vergelijkt" in line)
        start = lines[first].index("De klant")
        wrapped = lines[first + 1]
        assert wrapped[:start].strip() == "" and wrapped[start] != " ", lines[first:first + 2]
        await pilot.press("q", "q")


async def test_host_board_and_end_table_at_80_columns_in_dutch(tmp_path: Path) -> None:
    session = host_session(tmp_path)
    app = HostApp(session)
    async with app.run_test(size=(80, 24)) as pilot:
        url = f"ws://127.0.0.1:{session.server.port}"
        players = [await student(url, name) for name in ("Jo", LONG, WIDE)]
        await wait_for(lambda: len(session.game.active()) == 3)
        side = app.query_one("#players")
        await wait_for(lambda: side.row_count == 3)  # type: ignore[attr-defined]
        await pilot.pause()  # laid out
        assert _fits(side)  # name, status and score all in view
        # The key bar names the keys that act now, each whole (all eight cut off E and R)
        keys = key_bar(app)
        assert "s Start" in keys and "Verwijder speler" in keys and "Rapport" not in keys
        await pilot.press("s")
        await _answer_right(players, session)
        await players[0].expect("reveal")
        await wait_for(lambda: "r Rapport" in key_bar(app))  # the app has drawn the reveal
        await pilot.pause()
        assert _fits(side)
        keys = key_bar(app)
        assert "e Beëindig" in keys and "r Rapport" in keys and "Start" not in keys, keys
        await pilot.press("space")  # the standings after question 1
        await wait_for(lambda: _shown_lines(app, "#lb-table") == 3)
        board = _lines(app, "#lb-table")
        assert len(board) == 3 and {cell_len(row) for row in board} == {cell_len(board[0])}
        assert all(re.search(r"\d$", row) for row in board)  # the scores end every row
        assert any(LONG in row for row in board) and any(WIDE in row for row in board)
        await pilot.press("e", "e")
        await players[0].expect("end")
        await wait_for(lambda: _end_rows(app) > 0)
        await pilot.pause()  # laid out
        table = app.query_one("#end-players")
        assert _fits(table)  # every column in view at 80 columns
        rows = [[str(cell) for cell in table.get_row_at(i)]  # type: ignore[attr-defined]
                for i in range(table.row_count)]  # type: ignore[attr-defined]
        assert all(re.fullmatch(r"\d+,\d s", row[4]) for row in rows), rows
        names = {row[1] for row in rows}
        assert names == {"Jo", LONG, WIDE}  # the side panel is gone at the end: room enough
        podium = _lines(app, "#end-podium")
        assert {cell_len(row) for row in podium} == {cell_len(podium[0])}
        keys = key_bar(app)
        assert "r Rapport" in keys and "Afsluiten" in keys and "Volgende" not in keys, keys
        await pilot.press("q", "q")


async def test_host_end_table_in_english_and_narrow(tmp_path: Path) -> None:
    i18n.set_language("en")
    session = host_session(tmp_path)
    app = HostApp(session)
    async with app.run_test(size=(52, 24)) as pilot:
        url = f"ws://127.0.0.1:{session.server.port}"
        players = [await student(url, name) for name in (LONG, WIDE)]
        await wait_for(lambda: len(session.game.active()) == 2)
        await pilot.press("s")
        await _answer_right(players, session)
        await players[0].expect("reveal")
        await pilot.press("e", "e")
        await players[0].expect("end")
        await wait_for(lambda: _end_rows(app) > 0)
        await pilot.pause()  # laid out
        table = app.query_one("#end-players")
        assert _fits(table)
        rows = [[str(cell) for cell in table.get_row_at(i)]  # type: ignore[attr-defined]
                for i in range(table.row_count)]  # type: ignore[attr-defined]
        assert all(re.fullmatch(r"\d+\.\d s", row[4]) for row in rows), rows
        assert all(row[1].endswith("…") for row in rows)  # cut to fit, not pushed off
        await pilot.press("q", "q")


async def test_student_board_and_podium_line_up(tmp_path: Path) -> None:
    settings = Settings(time_s=30, grace_s=0.05, auto=False)
    async with running_game(tmp_path, settings=settings) as run:
        other = await student(run.url, WIDE)
        app = JoinApp(run.url, code="ABC234", name="Ada")
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for(lambda: len(run.game.active()) == 2)
            screen = app.screen
            assert isinstance(screen, JoinScreen)
            run.game.start()
            q = await other.expect("question")
            await other.send({"type": "answer", "question": 0,
                              "answer": right_answer(q, run.game.questions[0].card)})
            await wait_for(lambda: screen.phase == "question")
            await pilot.press("a")
            await wait_for(lambda: screen.phase == "reveal")
            run.game.advance()
            await wait_for(lambda: screen.phase == "board")
            await wait_for(lambda: _shown_lines(app, "#b-top") == 2)
            board = _lines(app, "#b-top")
            assert [row.split()[1] for row in board] == [WIDE, "Ada"]  # WIDE was right
            assert {cell_len(row) for row in board} == {cell_len(board[0])}
            run.game.finish()
            await wait_for(lambda: screen.phase == "end")
            await wait_for(lambda: _shown_lines(app, "#e-podium") == 2)
            podium = _lines(app, "#e-podium")
            assert len(podium) == 2 and cell_len(podium[0]) == cell_len(podium[1])


async def test_student_top_list_shares_ranks_like_the_host(tmp_path: Path) -> None:
    # calm mode: every right answer is worth 1000, so Ada and Bo tie
    settings = Settings(time_s=30, grace_s=0.05, calm=True, auto=False)
    async with running_game(tmp_path, settings=settings) as run:
        ada = await student(run.url, "Ada")
        cy = await student(run.url, "Cy")
        app = JoinApp(run.url, code="ABC234", name="Bo")
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for(lambda: len(run.game.active()) == 3)
            screen = app.screen
            assert isinstance(screen, JoinScreen)
            run.game.start()
            card = run.game.questions[0].card
            q = await ada.expect("question")
            await ada.send({"type": "answer", "question": 0, "answer": right_answer(q, card)})
            q = await cy.expect("question")
            right = right_answer(q, card)["choice"]
            wrong = next(c["id"] for c in q["choices"] if c["id"] != right)  # type: ignore[union-attr]
            await cy.send({"type": "answer", "question": 0, "answer": {"choice": wrong}})
            await wait_for(lambda: screen.phase == "question")
            await pilot.press(right_answer(to_wire(screen.question), card)["choice"])  # type: ignore[arg-type]
            await wait_for(lambda: screen.phase == "reveal")
            run.game.advance()
            board = await cy.expect("leaderboard")
            # on the wire: every top entry carries the rank it shares
            assert [(e["name"], e["score"], e["rank"]) for e in board["top"]] == [  # type: ignore[union-attr]
                ("Ada", 1000, 1), ("Bo", 1000, 1), ("Cy", 0, 3)]
            await wait_for(lambda: screen.phase == "board")
            await wait_for(lambda: _shown_lines(app, "#b-top") == 3)
            rows = [row.split()[:2] for row in _lines(app, "#b-top")]
            assert rows == [["1.", "Ada"], ["1.", "Bo"], ["3.", "Cy"]]
            host = run.game.ranks()
            assert [host[p.id] for p in run.game.standings()] == [1, 1, 3]  # the host's board
            you = app.screen.query_one("#b-you").render().plain  # type: ignore[attr-defined]
            assert "Jij staat op plaats 1 " in you


def test_top_ranks_from_an_older_host_without_rank_fields() -> None:
    import json

    import pytest

    from cjtrainer.classroom.protocol import ProtocolError, shared_ranks
    from cjtrainer.classroom.server_messages import parse_server_message, top_ranks

    def top(entries: list[object]) -> list[int]:
        message = parse_server_message(json.dumps({
            "type": "leaderboard", "question": 0, "total": 1, "top": entries,
            "you": {"rank": 1, "score": 9}, "players": 3}))
        return top_ranks(message.top)  # type: ignore[union-attr]

    assert shared_ranks([]) == []
    assert shared_ranks([900, 900, 500, 500, 0]) == [1, 1, 3, 3, 5]
    new = [{"name": "A", "score": 9, "rank": 1}, {"name": "B", "score": 9, "rank": 1}]
    assert top(new) == [1, 1]
    old = [{"name": "A", "score": 9}, {"name": "B", "score": 9}, {"name": "C", "score": 4}]
    assert top(old) == [1, 1, 3]
    with pytest.raises(ProtocolError):  # junk is refused at the edge, never drawn
        top([{"name": "A", "score": 9, "rank": True}, "junk"])
