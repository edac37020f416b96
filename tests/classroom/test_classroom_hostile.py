"""A hostile student in the classroom (docs/security.md, "Klas"): real websocket clients,
each on its own loopback address (127.0.0.N), as separate computers would be."""

from __future__ import annotations

import asyncio
import csv
import json
import random
from collections.abc import Hashable
from pathlib import Path

import pytest
from conftest import deck_cards, running_game, server_frame, shows, student, wait_for

from cjtrainer.classroom.game import Game, Settings
from cjtrainer.classroom.lookalike import skeleton
from cjtrainer.classroom.protocol import ProtocolError, TextAnswer, parse_client_message
from cjtrainer.classroom.questions import build_questions
from cjtrainer.classroom.report import SessionLog, build_report, read_log, rebuild, write_report

SLOW = Settings(time_s=30, grace_s=0.05, auto=False)
# What a prankster pastes: clear screen, set the window title, reverse the text, new lines.
ESCAPES = "\x1b[2J\x1b]0;TITLE\x07\u202eabc\r\ndef\x9b31m"
# A lone surrogate as JSON writes it: valid JSON, not encodable as UTF-8.
SURROGATE_FRAME = '{"type": "answer", "question": 0, "answer": {"text": "x\\ud800y"}}'


def _typed_only() -> list:  # type: ignore[type-arg]
    typed = [card for card in deck_cards() if card.id == "typ"]
    questions, _ = build_questions(typed)
    return questions


# ------------------------------------------------------------------ answers that attack


def test_lone_surrogates_are_refused_at_parse_time_in_every_field() -> None:
    for frame in (
        SURROGATE_FRAME,
        '{"type": "join", "code": "ABC234", "name": "A\\udc00da"}',
        '{"type": "join", "code": "AB\\ud83dC", "name": "Ada"}',
        '{"type": "resume", "token": "\\ud800"}',
        '{"type": "answer", "question": 0, "answer": {"choice": "\\udfff"}}',
    ):
        with pytest.raises(ProtocolError) as error:
            parse_client_message(frame)
        assert error.value.code == "bad-field", frame
    # a real emoji (a surrogate pair in JSON) is a letter like any other
    pair = '{"type": "answer", "question": 0, "answer": {"text": "\\ud83d\\ude00"}}'
    assert parse_client_message(pair).answer == TextAnswer("😀")  # type: ignore[union-attr]


def test_typed_answers_are_made_inert_and_single_line() -> None:
    frame = json.dumps({"type": "answer", "question": 0, "answer": {"text": ESCAPES}})
    text = parse_client_message(frame).answer.text  # type: ignore[union-attr]
    assert text == "^[[2J^[]0;TITLE^Gabc def<9b>31m"
    assert text.isprintable()


async def test_surrogate_and_escape_answers_leave_the_game_running(tmp_path: Path) -> None:
    async with running_game(tmp_path, _typed_only(), SLOW) as run:
        ada = await student(run.url, "Ada", local="127.0.0.2")
        mallory = await student(run.url, "Mallory", local="127.0.0.3")
        bo = await student(run.url, "Bo", local="127.0.0.4")  # after the attacker
        run.game.start()
        for s in (ada, mallory, bo):
            await s.expect("question")
        await mallory.send(SURROGATE_FRAME)
        assert (await mallory.expect("error"))["code"] == "bad-field"
        await mallory.send({"type": "answer", "question": 0, "answer": {"text": ESCAPES}})
        await mallory.expect("ack")
        await ada.send({"type": "answer", "question": 0, "answer": {"text": "touchpoint"}})
        await bo.send({"type": "answer", "question": 0, "answer": {"text": "fout"}})
        # every reveal is delivered, to the players after the attacker too
        results = {name: (await s.expect("reveal"))["result"]
                   for name, s in (("Ada", ada), ("Mallory", mallory), ("Bo", bo))}
        assert results == {"Ada": "correct", "Mallory": "wrong", "Bo": "wrong"}
        run.game.advance()
        run.game.advance()  # after the only question: the end
        for s in (ada, mallory, bo):
            await s.expect("end")
        written = write_report(build_report(run.game.events), tmp_path / "klas.csv")
    # a complete report: one row per player, the attack shown as text, nothing raw
    raw = written[0].read_text(encoding="utf-8-sig")
    assert "\x1b" not in raw and "\u202e" not in raw and "\x07" not in raw
    with written[0].open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert {row["name"]: row["answer"] for row in rows} == {
        "Ada": "touchpoint", "Mallory": "^[[2J^[]0;TITLE^Gabc def<9b>31m", "Bo": "fout",
    }
    # the session log holds every event and rebuilds the same report
    assert "end" in [e["event"] for e in read_log(run.log_path)]
    assert rebuild(run.log_path, tmp_path / "again.csv")[0].read_text(encoding="utf-8-sig") == raw


def test_session_log_and_csv_cannot_fail_on_any_text(tmp_path: Path) -> None:
    """Defence in depth: should a lone surrogate or an escape ever get past the parser (an
    older log, a future field), the writers still write."""
    log = SessionLog(tmp_path / "s.jsonl")
    log({"event": "session", "session": "s", "questions": []})
    log({"event": "join", "player": "p1", "name": "x\ud800y\x1b[2J", "odd": {1, 2}})
    log.close()
    events = read_log(tmp_path / "s.jsonl")
    assert events[1]["name"] == "x\ud800y\x1b[2J"  # read back exactly as it was
    report = build_report(events)
    report.players.append({"session": "s", "rank": 1, "name": "x\ud800\x1b]0;T\x07",
                           "correct": 0, "questions": 0, "score": 0, "kicked": False})
    (path, players, _) = write_report(report, tmp_path / "s.csv")
    text = players.read_text(encoding="utf-8-sig")
    assert "x\ufffd^[]0;T^G" in text and "\x1b" not in text
    assert not list(tmp_path.glob("*.tmp"))


class _Flaky:
    """A transport whose sends to one connection fail, as a broken socket's would."""

    def __init__(self, broken: Hashable) -> None:
        self.broken = broken
        self.sent: dict[Hashable, list[dict[str, object]]] = {}

    def send(self, conn: Hashable, text: str) -> None:
        if conn == self.broken:
            raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")
        self.sent.setdefault(conn, []).append(server_frame(text))

    def close(self, conn: Hashable) -> None:
        pass


def test_each_result_is_sent_on_its_own() -> None:
    transport = _Flaky(broken="c2")
    game = Game(_typed_only(), transport, settings=SLOW, code="ABC234",
                rng=random.Random(1))
    for conn, name in (("c1", "Ada"), ("c2", "Mallory"), ("c3", "Bo")):
        game.receive(conn, json.dumps({"type": "join", "code": "ABC234", "name": name}))
    game.start()
    game.advance()  # the reveal: the send to c2 fails
    for conn in ("c1", "c3"):
        assert [m["type"] for m in transport.sent[conn]][-1] == "reveal"


# ------------------------------------------------------------------ the connection budget


async def test_idle_sockets_from_one_address_do_not_keep_students_out(tmp_path: Path) -> None:
    async with running_game(tmp_path, settings=SLOW) as run:
        idle = []
        for _ in range(210):  # connect and say nothing: more than all the server holds
            idle.append(await student(run.url, local="127.0.0.2"))
        assert len(run.server.connections) <= 100  # the address's cap, oldest pushed out
        other = await student(run.url, "Ada", local="127.0.0.3")
        same = await student(run.url, "Bo", local="127.0.0.2")  # the attacker's own address
        assert other.token and same.token
        assert {p.name for p in run.game.active()} == {"Ada", "Bo"}
        for s in idle:
            await s.close()


async def test_at_the_total_cap_the_address_with_most_idle_sockets_gives_way(
    tmp_path: Path,
) -> None:
    settings = Settings(time_s=30, auto=False, max_connections=12, sockets_per_address=8)
    async with running_game(tmp_path, settings=settings) as run:
        ada = await student(run.url, "Ada", local="127.0.0.5")
        for _ in range(8):
            await student(run.url, local="127.0.0.2")
        for _ in range(3):
            await student(run.url, local="127.0.0.3")
        assert len(run.server.connections) == 12
        bo = await student(run.url, "Bo", local="127.0.0.4")
        assert bo.token
        addresses = list(run.server.connections.values())
        assert addresses.count("127.0.0.2") == 7 and addresses.count("127.0.0.3") == 3
        assert run.game.players["p1"].connected and ada.ws.state.name == "OPEN"


async def test_a_socket_that_does_not_join_in_time_is_closed(tmp_path: Path) -> None:
    settings = Settings(time_s=30, auto=False, join_timeout_s=0.3)
    async with running_game(tmp_path, settings=settings) as run:
        idle = await student(run.url, local="127.0.0.2")
        ada = await student(run.url, "Ada", local="127.0.0.3")
        assert await idle.closed(timeout=3)
        await asyncio.sleep(0.4)  # past the timeout: the player's connection stays
        assert run.game.players["p1"].connected and ada.ws.state.name == "OPEN"


async def test_wrong_codes_from_an_address_do_not_stop_a_correct_join(tmp_path: Path) -> None:
    async with running_game(tmp_path, settings=SLOW) as run:
        ada = await student(run.url, "Ada", local="127.0.0.2")
        for _ in range(4):  # 20 wrong codes from the address, over four connections
            prankster = await student(run.url, local="127.0.0.2")
            for attempt in range(5):
                await prankster.send({"type": "join", "code": f"ZZZ{attempt:03d}", "name": "X"})
                assert (await prankster.expect("error"))["code"] == "bad-code"
        bo = await student(run.url, "Bo", local="127.0.0.2")
        assert bo.token
        await ada.close()  # Ada's laptop drops off; she resumes from the same address
        back = await student(run.url, local="127.0.0.2")
        await back.send({"type": "resume", "token": ada.token})
        assert (await back.expect("welcome"))["name"] == "Ada"
        assert run.game.refused["bad-code"] == 20


async def test_players_who_left_give_their_place_back(tmp_path: Path) -> None:
    settings = Settings(time_s=30, auto=False, max_players=3)
    async with running_game(tmp_path, settings=settings) as run:
        bots = [await student(run.url, f"Bot{i}", local="127.0.0.2") for i in range(3)]
        for bot in bots:
            await bot.close()
        await wait_for(lambda: not any(p.connected for p in run.game.active()))
        ada = await student(run.url, "Ada", local="127.0.0.3")
        assert ada.token and "Ada" in {p.name for p in run.game.active()}


async def test_players_per_address_are_capped(tmp_path: Path) -> None:
    settings = Settings(time_s=30, auto=False, max_per_address=2)
    async with running_game(tmp_path, settings=settings) as run:
        await student(run.url, "Ada", local="127.0.0.2")
        await student(run.url, "Bo", local="127.0.0.2")
        third = await student(run.url, local="127.0.0.2")
        await third.send({"type": "join", "code": "ABC234", "name": "Cy"})
        assert (await third.expect("error"))["code"] == "address-full"
        assert (await student(run.url, "Cy", local="127.0.0.3")).token


# ------------------------------------------------------------------ the teacher's control


async def test_kicked_players_cannot_rejoin_and_are_not_ranked(tmp_path: Path) -> None:
    async with running_game(tmp_path, _typed_only(), SLOW) as run:
        ada = await student(run.url, "Ada", local="127.0.0.2")
        bo = await student(run.url, "Bo", local="127.0.0.3")
        cy = await student(run.url, "Cy", local="127.0.0.4")
        run.game.start()
        for s, text in ((cy, "touchpoint"), (ada, "touchpoint"), (bo, "fout")):
            await s.expect("question")
            await s.send({"type": "answer", "question": 0, "answer": {"text": text}})
        await ada.expect("reveal")
        run.game.kick("p3")  # Cy, fastest and right: top score
        assert (await cy.expect("error"))["code"] == "kicked"
        for name in ("Cy", "cy", "\u0421\u0443"):  # the same name, and a Cyrillic look-alike
            again = await student(run.url, local="127.0.0.4")
            await again.send({"type": "join", "code": "ABC234", "name": name})
            assert (await again.expect("error"))["code"] == "kicked", name
            assert await again.closed()
        again = await student(run.url, local="127.0.0.5")
        await again.send({"type": "resume", "token": cy.token})
        assert (await again.expect("error"))["code"] == "kicked"
        run.game.finish()
        podium = (await ada.expect("end"))["podium"]
        assert [(p["name"], p["rank"]) for p in podium] == [("Ada", 1), ("Bo", 2)]
        report = build_report(run.game.events)
    ranks = {p["name"]: (p["rank"], p["kicked"]) for p in report.players}
    assert ranks == {"Ada": (1, False), "Bo": (2, False), "Cy": ("", True)}
    (_, players, _) = write_report(report, tmp_path / "k.csv")
    with players.open(encoding="utf-8-sig", newline="") as handle:
        rows = {row["name"]: (row["rank"], row["kicked"])
                for row in csv.DictReader(handle, delimiter=";")}
    assert rows == {"Ada": ("1", "no"), "Bo": ("2", "no"), "Cy": ("", "yes")}


async def test_undoing_a_kick_lets_the_student_back_in_with_the_score(tmp_path: Path) -> None:
    async with running_game(tmp_path, _typed_only(), SLOW) as run:
        await student(run.url, "Ada", local="127.0.0.2")
        run.game.start()
        run.game.kick("p1")
        assert run.game.unkick() is run.game.players["p1"]
        back = await student(run.url, "Ada", local="127.0.0.2")  # her app forgot the place
        assert back.token == run.game.players["p1"].token
        assert run.game.ranks() == {"p1": 1}
        assert [e["event"] for e in run.game.events][-2:] == ["unkick", "back"]


async def test_look_alike_names_are_let_in_but_flagged(tmp_path: Path) -> None:
    async with running_game(tmp_path, settings=SLOW) as run:
        await student(run.url, "Ada", local="127.0.0.2")
        fake = await student(run.url, "\u0410da", local="127.0.0.3")  # Cyrillic А
        assert fake.token
        assert run.game.players["p2"].looks_like == "Ada"
        assert run.game.players["p1"].looks_like == ""


@pytest.mark.parametrize(("a", "b"), [
    ("Ada", "\u0410da"), ("Ada", "ADA"), ("Cy", "\u0421\u0443"), ("Noah", "\u039doah"),
    ("Ilse", "lLse"), ("Bo", "B0"), ("Mo", "rno"), ("Kim", "\u041a\u0456m"),
    ("Pia", "\u0420\u0456\u0430"), ("Tom", "\u03a4\u03bfm"), ("Ada", "Ａｄａ"),
])
def test_skeletons_of_look_alikes_agree(a: str, b: str) -> None:
    assert skeleton(a) == skeleton(b)


@pytest.mark.parametrize(("a", "b"), [
    ("Ada", "Adá"), ("Ada", "Ida"), ("Bo", "Bob"), ("Sam", "Som"), ("Юля", "Оля"),
])
def test_skeletons_of_different_names_differ(a: str, b: str) -> None:
    assert skeleton(a) != skeleton(b)


# ------------------------------------------------------------------ the teacher's screen


def _hosted(tmp_path: Path, **kwargs: object):  # type: ignore[no-untyped-def]
    from cjtrainer.classroom.session import HostedSession
    from cjtrainer.deck.model import Deck

    deck = Deck(id="t", title="Testdeck", path=tmp_path / "t.yaml", cards=tuple(deck_cards()))
    typed = [card for card in deck.cards if card.id == "typ"]
    questions, _ = build_questions(typed)
    options: dict[str, object] = {
        "bind": "127.0.0.1", "port": 0, "code": "ABC234", "shown_address": "192.168.1.20:8765",
    }
    options.update(kwargs)
    return HostedSession(deck=deck, questions=questions, notes=[], settings=SLOW,
                         data_dir=tmp_path / "data", rng=random.Random(1), **options)


async def test_escape_answers_reach_the_teachers_screen_as_text(tmp_path: Path) -> None:
    from cjtrainer.ui.classroom.host import HostApp

    session = _hosted(tmp_path)
    app = HostApp(session)
    async with app.run_test(size=(100, 30)) as pilot:
        url = f"ws://127.0.0.1:{session.server.port}"
        mallory = await student(url, "Mallory", local="127.0.0.2")
        ada = await student(url, "\u0410da", local="127.0.0.3")
        await student(url, "Ada", local="127.0.0.4")
        await wait_for(lambda: len(session.game.active()) == 3)
        await pilot.press("s")
        await mallory.expect("question")
        await mallory.send(SURROGATE_FRAME)
        await mallory.send({"type": "answer", "question": 0, "answer": {"text": ESCAPES}})
        await mallory.expect("ack")
        await ada.expect("question")
        await ada.send({"type": "answer", "question": 0, "answer": {"text": "lang\n" * 99}})
        await ada.expect("ack")
        await pilot.press("space")  # close the question: the results
        await ada.expect("reveal")
        await wait_for(lambda: "TITLE" in shows(app, "#r-dist"))
        shown = str(app.query_one("#r-dist").render())
        assert "^[[2J^[]0;TITLE^Gabc def<9b>31m" in shown and "\x1b" not in shown
        # a long answer takes one row, cut: it does not push the rest off the screen
        (long_row,) = [line for line in shown.splitlines() if "lang lang" in line]
        assert long_row.endswith("…") and long_row.count("lang") < 15
        # the look-alike is flagged next to its name in the player list
        table = app.query_one("#players")
        statuses = [str(table.get_row_at(i)[1]) for i in range(table.row_count)]  # type: ignore[attr-defined]
        assert [s for s in statuses if s.startswith("lijkt op")] == ["lijkt op \u0410da"]
        await pilot.press("e")  # once: only asks
        await pilot.pause(0.1)
        assert session.game.phase != "end"
        await pilot.press("e")
        await ada.expect("end")
        await pilot.press("q", "q")
    assert app.return_code == 0 and len(session.written) == 3


async def test_busy_port_is_a_clean_message_in_the_app(tmp_path: Path) -> None:
    import socket

    from cjtrainer.ui.classroom.host import HostApp

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        session = _hosted(tmp_path, port=busy.getsockname()[1])
        app = HostApp(session)
        async with app.run_test(size=(80, 24)):
            await wait_for(lambda: app.error is not None)
    assert app.error is not None and "al in gebruik" in app.error.message


async def test_lobby_warns_when_only_a_loopback_address_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from cjtrainer.classroom import session as session_module
    from cjtrainer.ui.classroom.host import HostApp

    monkeypatch.setattr(session_module, "lan_addresses", lambda: [])
    session = _hosted(tmp_path, bind="0.0.0.0", shown_address=None)
    app = HostApp(session)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(lambda: "Let op" in shows(app, "#lobby-warning"))
        assert session.loopback_only and session.address.startswith("127.0.0.1:")
        assert "Let op: geen netwerkadres" in str(app.query_one("#lobby-warning").render())
        await pilot.press("q", "q")
    monkeypatch.setattr(session_module, "lan_addresses", lambda: ["10.0.0.5", "192.168.1.7"])
    assert session.addresses[0].startswith("10.0.0.5:") and not session.loopback_only
    assert len(session.addresses) == 2


def test_lan_addresses_are_never_loopback() -> None:
    from cjtrainer.classroom.server import lan_addresses

    assert not [a for a in lan_addresses() if a.startswith("127.")]


def test_join_line_and_refusals_fit_the_status_bar_at_80_columns() -> None:
    from rich.cells import cell_len

    from cjtrainer import i18n
    from cjtrainer.ui.classroom.host import status_line

    game = Game(_typed_only(), _Flaky(broken=None), settings=SLOW, code="ABC234")
    game.refused.update({"bad-code": 999, "bad-token": 999, "kicked": 999, "full": 1})
    for language in ("nl", "en"):
        i18n.set_language(language)
        second = status_line(game, "192.168.100.200:8765").split("\n")[1]
        assert cell_len(second) <= 76, second
