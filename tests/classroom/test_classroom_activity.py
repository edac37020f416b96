"""The touchpoint board: the sans-IO activity, then real websocket clients (30 students, each
on its own loopback address), the terminal client storing its own attempt, and the
teacher's board at projector and laptop sizes."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from collections.abc import Hashable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import Student, board_student, exercise, running_board, server_frame, student, until

from cjtrainer.classroom.activity import CLOSED, OPEN, Activity
from cjtrainer.classroom.game import END, Game, Settings
from cjtrainer.exercise.store import ExerciseStore
from cjtrainer.i18n import t
from tests.ui.driver import key_bar


class Wire:
    """A transport that keeps every frame per connection."""

    def __init__(self) -> None:
        self.frames: dict[Hashable, list[dict[str, object]]] = {}
        self.closed: list[Hashable] = []

    def send(self, conn: Hashable, text: str) -> None:
        self.frames.setdefault(conn, []).append(server_frame(text))

    def close(self, conn: Hashable) -> None:
        self.closed.append(conn)

    def last(self, conn: Hashable) -> dict[str, object]:
        return self.frames[conn][-1]

    def types(self, conn: Hashable) -> list[object]:
        return [f["type"] for f in self.frames.get(conn, [])]


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def join(board: Activity, conn: str, name: str, *, can: bool = True) -> None:
    message: dict[str, object] = {"type": "join", "code": board.code, "name": name}
    if can:
        message["can"] = ["board"]
    board.receive(conn, json.dumps(message), address="10.0.0.1")


def send(board: Activity, conn: str, section: str, text: str) -> None:
    board.receive(conn, json.dumps({"type": "touchpoint", "section": section, "text": text}))


def new_board(clock: Clock | None = None) -> tuple[Activity, Wire]:
    wire = Wire()
    board = Activity(exercise(), wire, code="ABC234", clock=clock or Clock(),
                     wallclock=lambda: datetime(2026, 11, 22, 10, 0, tzinfo=UTC))
    return board, wire


# ---------------------------------------------------------------------------- sans-IO


def test_the_board_groups_near_duplicates_and_names_what_nobody_named() -> None:
    board, _ = new_board()
    for number in range(5):
        join(board, f"c{number}", f"Leerling {number}")
    board.start()
    for number, text in enumerate(["reviews lezen", "Reviews lezen op de site", "review lezen",
                                   "vergelijkingssite", "reviews schrijven"]):
        send(board, f"c{number}", "selectie", text)
    groups = board.groups("selectie")
    assert [(g.text, g.count) for g in groups] == [
        ("reviews lezen", 3), ("vergelijkingssite", 1), ("reviews schrijven", 1),
    ]
    missing = board.not_named("selectie")
    assert not any("Reviews en ratings" in m for m in missing)  # named (by three students)
    assert any("chat met een medewerker" in m for m in missing)  # nobody named it
    assert board.groups("orientatie") == []
    # the persona is the student's own: not on the board
    assert [s.id for s in board.sections] == [
        "orientatie", "selectie", "transactie", "afleveren", "customer-care", "loyaliteit"]


def test_a_student_sees_only_their_own_until_the_teacher_shows_one() -> None:
    board, wire = new_board()
    join(board, "ada", "Ada")
    join(board, "bo", "Bo")
    lobby = wire.last("ada")
    assert lobby["type"] == "lobby" and lobby["names"] == []  # no names to other students
    board.start()
    send(board, "ada", "orientatie", "Advertentie op Instagram")
    assert wire.last("ada") == {"type": "noted", "section": "orientatie",
                                "mine": ["Advertentie op Instagram"], "left": 2}
    everything_bo_got = json.dumps(wire.frames["bo"])
    assert "Instagram" not in everything_bo_got and "Ada" not in everything_bo_got
    board.show(board.groups("orientatie")[0])
    spot = wire.last("bo")
    assert spot["type"] == "spotlight"
    assert spot["spotlight"] == {"section": "orientatie", "section_title": "Oriëntatie",
                                 "text": "Advertentie op Instagram", "count": 1}
    assert "Ada" not in json.dumps(spot)


def test_touchpoints_are_cleaned_limited_and_rate_limited() -> None:
    clock = Clock()
    board, wire = new_board(clock)
    join(board, "ada", "Ada")
    send(board, "ada", "orientatie", "te vroeg")
    assert wire.last("ada")["code"] == "not-open"
    board.start()
    send(board, "ada", "orientatie", "\x1b[31mrood\x1b[0m \u202eomgekeerd\n" + "x" * 400)
    text = board.contributions[0].text
    assert "\x1b" not in text and "\u202e" not in text and "\n" not in text
    assert len(text) <= 160
    send(board, "ada", "orientatie", "   ")
    assert wire.last("ada")["code"] == "empty"
    send(board, "ada", "nergens", "iets")
    assert wire.last("ada")["code"] == "bad-section"
    send(board, "ada", "orientatie", "nog een")
    send(board, "ada", "orientatie", "en nog een")
    send(board, "ada", "orientatie", "een vierde")
    assert wire.last("ada")["code"] == "too-many"  # three per phase, as the assignment asks
    send(board, "ada", "orientatie", "NOG  een")  # a repeat (a resend after a drop): same answer
    assert wire.last("ada")["type"] == "noted"
    for number in range(6):  # the bucket: a burst, then slow down
        send(board, "ada", "selectie" if number < 3 else "transactie", f"ding {number}")
    codes = [f.get("code") for f in wire.frames["ada"][-6:]]
    assert "too-fast" in codes
    clock.now += 10
    send(board, "ada", "afleveren", "track en trace")
    assert wire.last("ada")["type"] == "noted"


def test_old_clients_get_a_clear_error_both_ways() -> None:
    board, wire = new_board()
    join(board, "old", "Oud", can=False)
    assert wire.last("old")["code"] == "needs-update"
    assert "touchpointbord" in t(f"classroom.error.{wire.last('old')['code']}")
    quiz_wire = Wire()
    game = Game([], quiz_wire, code="ABC234")
    game.receive("x", json.dumps({"type": "join", "code": "ABC234", "name": "Ada",
                                  "can": ["board"]}))
    assert "welcome" in quiz_wire.types("x")  # a new client plays the quiz as before
    game.receive("x", json.dumps({"type": "touchpoint", "section": "s", "text": "t"}))
    assert quiz_wire.last("x")["code"] == "wrong-activity"


def test_hidden_contributions_never_reach_the_export_and_the_clock_closes_the_board() -> None:
    clock = Clock()
    board, wire = new_board(clock)
    join(board, "ada", "Ada")
    join(board, "bo", "Bo")
    board.start()
    send(board, "ada", "loyaliteit", "kortingscode voor de volgende keer")
    send(board, "bo", "loyaliteit", "=HYPERLINK(\"http://x\") scheldwoord")
    send(board, "bo", "transactie", "*iDEAL* betalen")
    board.hide([g.id for g in board.groups("loyaliteit") if "scheld" in g.text])
    markdown, table = board.export_markdown("nl"), board.export_csv("nl")
    assert "scheldwoord" not in markdown and "scheldwoord" not in table
    assert "kortingscode voor de volgende keer ×1" in markdown
    assert "\\*iDEAL\\* betalen" in markdown  # a student's text is never markup
    assert "Ada" not in markdown and "Bo" not in table  # no names in the lesson notes
    rows = list(csv.reader(io.StringIO(table), delimiter=";"))
    assert rows[0] == ["fase", "touchpoint", "aantal", "varianten"]
    assert ["Loyaliteit (3 methoden, geen fase)", "kortingscode voor de volgende keer", "1",
            ""] in rows
    board.unhide()
    assert "scheldwoord" in board.export_csv("nl")
    assert "'=HYPERLINK" in board.export_csv("nl")  # never a formula in the spreadsheet
    assert board.next_wakeup() == 100.0 + 10 * 60
    clock.now += 10 * 60
    board.tick()
    assert board.phase == CLOSED and wire.last("ada")["phase"] == CLOSED
    board.extend(1)
    assert board.phase == OPEN
    board.finish()
    end = wire.last("bo")
    assert end["type"] == "board-end"
    assert end["mine"]["transactie"] == ["*iDEAL* betalen"]  # type: ignore[index]
    assert "kortingscode voor de volgende keer" not in json.dumps(end)  # Ada's never


# ---------------------------------------------------------------------------- real clients


PHRASES = {
    "orientatie": ["reviews op YouTube kijken", "Youtube reviews kijken", "advertentie in Google"],
    "selectie": ["reviews lezen", "Reviews lezen op de site", "vergelijkingssite"],
    "loyaliteit": ["kortingscode", "Kortingscode voor later", "spaarpunten"],
}


async def test_thirty_students_send_touchpoints_over_real_sockets(tmp_path: Path) -> None:
    async with running_board(tmp_path) as run:
        students = [await board_student(run.url, f"Leerling {n:02d}", f"127.0.0.{n + 2}")
                    for n in range(30)]
        old = await student(run.url)  # an old client: no "can"
        await old.send({"type": "join", "code": "ABC234", "name": "Oud"})
        assert (await old.expect("error"))["code"] == "needs-update"
        run.board.start()
        for s in students:
            assert (await s.expect("board"))["phase"] == OPEN

        async def contribute(number: int, s: Student) -> None:
            for section, phrases in PHRASES.items():
                await s.send({"type": "touchpoint", "section": section,
                              "text": phrases[number % 3]})
                noted = await s.expect("noted")
                assert noted["section"] == section

        await asyncio.gather(*(contribute(n, s) for n, s in enumerate(students)))
        board = run.board
        assert len(board.contributions) == 90 and board.contributors() == 30
        assert [(g.text, g.count) for g in board.groups("selectie")] == [
            ("reviews lezen", 20), ("vergelijkingssite", 10)]
        assert [(g.text, g.count) for g in board.groups("orientatie")] == [
            ("reviews op YouTube kijken", 20), ("advertentie in Google", 10)]
        # nothing of another student reached anyone before the teacher showed it
        for number, s in enumerate(students):
            texts = json.dumps(s.frames, ensure_ascii=False)
            assert "spaarpunten" not in texts or number % 3 == 2
            assert not any(f"Leerling {m:02d}" in texts for m in range(30) if m != number)
        spaar = next(g for g in board.groups("loyaliteit") if g.text == "spaarpunten")
        board.hide([m.id for m in spaar.members])
        board.show(board.groups("selectie")[0])
        for s in students:
            spot = await s.expect("spotlight")
            assert spot["spotlight"]["text"] == "reviews lezen"  # type: ignore[index]
        board.finish()
        ends = [await s.expect("board-end") for s in students]
        assert ends[2]["mine"]["loyaliteit"] == ["spaarpunten"]  # type: ignore[index]
        assert "spaarpunten" not in board.export_markdown("nl")
        assert "spaarpunten" not in board.export_csv("nl")
        for s in students:
            await s.close()
        await old.close()


async def test_the_terminal_student_gets_their_own_attempt_in_their_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from cjtrainer.ui.classroom.join import JoinApp

    data = tmp_path / "ada-data"
    monkeypatch.setenv("CJTRAINER_DATA_DIR", str(data))
    async with running_board(tmp_path) as run:
        app = JoinApp(run.url, code="ABC234", name="Ada")
        async with app.run_test(size=(80, 24)) as pilot:
            await until(lambda: run.board.active(), "Ada's join")
            bo = await board_student(run.url, "Bo", "127.0.0.3")
            run.board.start()
            await until(lambda: app.screen.phase == "activity", "the board on Ada's screen")
            await pilot.pause()
            await pilot.press(*"reviews lezen", "enter")
            await until(lambda: run.board.contributions, "Ada's touchpoint")
            assert run.board.contributions[0].section == "orientatie"
            await pilot.press("tab")  # the next phase: selectie
            await pilot.press(*"vergelijken", "enter")
            await until(lambda: len(run.board.contributions) == 2, "the second touchpoint")
            assert run.board.contributions[1].section == "selectie"
            await bo.send({"type": "touchpoint", "section": "selectie", "text": "Bo's geheim"})
            await bo.expect("noted")
            screen_text = str(app.screen.query_one("#bd-mine").render())
            assert "vergelijken" in screen_text and "geheim" not in screen_text
            run.board.finish()
            await until(lambda: app.screen.phase == "end", "the end on Ada's screen")
            assert "poging" in str(app.screen.query_one("#e-you").render())
            await bo.close()
    store = ExerciseStore(data)
    try:
        attempt = store.latest_open("telefoon-touchpoints")
        assert attempt is not None
        sections = [s.id for s in attempt.exercise.sections]
        assert attempt.answers[sections.index("orientatie")] == ("reviews lezen", "", "")
        assert attempt.answers[sections.index("selectie")] == ("vergelijken", "", "")
        assert "geheim" not in json.dumps(attempt.answers)
        assert attempt.exercise.sections[1].examples  # the model answers, to compare with
    finally:
        store.close()


@pytest.mark.parametrize("size", [(120, 35), (80, 24)])
async def test_the_teachers_board_on_a_projector_and_a_laptop(
    tmp_path: Path, size: tuple[int, int], monkeypatch: pytest.MonkeyPatch,
) -> None:
    from cjtrainer.classroom import session as session_module
    from cjtrainer.classroom.session import HostedBoard
    from cjtrainer.ui.classroom.board_host import BoardApp

    monkeypatch.setattr(session_module, "lan_addresses", lambda: ["10.0.0.5"])
    hosted = HostedBoard(exercise=exercise(), settings=Settings.sized(60), bind="127.0.0.1",
                         port=0, data_dir=tmp_path, code="ABC234")
    app = BoardApp(hosted)
    async with app.run_test(size=size) as pilot:
        await until(lambda: app._started, "the server")
        url = f"ws://127.0.0.1:{hosted.server.port}"
        ada = await board_student(url, "Ada", "127.0.0.2")
        bo = await board_student(url, "Bo", "127.0.0.3")
        await pilot.press("s")
        assert hosted.game.phase == OPEN
        for s, text in ((ada, "reviews lezen"), (bo, "Reviews lezen op de site"),
                        (ada, "onzin")):
            await s.send({"type": "touchpoint", "section": "selectie", "text": text})
            await s.expect("noted")
        await pilot.pause()
        # The key bar names the keys that act now, each whole; "?" lists the others
        keys = key_bar(app)
        assert "e Einde" in keys and "? Toetsen" in keys and "h Verberg" in keys, keys
        await pilot.press("question_mark")
        await until(lambda: any("N  namen" in n.message for n in app._notifications),
                    "the list of the other keys")
        await pilot.press("right")  # to selectie
        await pilot.pause()
        column = str(app.query_one("#col-1 .groups").render())
        assert "reviews lezen ×2" in column and "Ada" not in column  # names hidden
        await pilot.press("n")
        await pilot.pause()
        assert "Ada, Bo" in str(app.query_one("#col-1 .groups").render())
        await pilot.press("m")
        await pilot.pause()
        assert "nog niet genoemd" in str(app.query_one("#col-1 .groups").render())
        await pilot.press("down", "h")  # hide "onzin"
        await pilot.pause()
        assert "onzin" not in str(app.query_one("#col-1 .groups").render())
        await pilot.press("up", "enter")  # spotlight "reviews lezen"
        assert (await bo.expect("spotlight"))["spotlight"]["count"] == 2  # type: ignore[index]
        await pilot.press("s")  # closed: the discussion; a minute more still reopens it
        assert hosted.game.phase == CLOSED
        keys = key_bar(app)
        assert "+ +1 min" in keys and "e Einde" in keys, keys
        await pilot.press("e", "e")
        await until(lambda: hosted.written, "the export")
        assert hosted.game.phase == END
        await pilot.pause()
        keys = key_bar(app)
        assert "Einde" not in keys and "Open/sluit" not in keys and "Stoppen" in keys, keys
        markdown = hosted.written[0].read_text(encoding="utf-8")
        assert "reviews lezen ×2" in markdown and "onzin" not in markdown
        assert "onzin" not in hosted.written[1].read_text(encoding="utf-8-sig")
        assert (await ada.expect("board-end"))["mine"]["selectie"] == [  # type: ignore[index]
            "reviews lezen", "onzin"]  # hidden from the board, still the student's own
        await ada.close()
        await bo.close()
        await pilot.press("q")
        await pilot.press("q")
