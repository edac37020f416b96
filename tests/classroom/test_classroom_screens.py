"""The teacher's and the student's screens, driven by Pilot against a real server."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import host_session, right_answer, running_game, score_shown, student, wait_for

from cjtrainer.classroom.game import Settings
from cjtrainer.ui.classroom.host import HostApp
from cjtrainer.ui.classroom.join import JoinApp, JoinScreen
from cjtrainer.ui.classroom.join.question import QuestionView
from tests.ui.driver import drawn

EVIL = "\x1b[31m[red]Evil[/red]\x1b]0;pwned\x07\x1b[2J"
SHOWN = "[red]Evil[/red]"


async def test_teacher_screen_shows_names_as_plain_text(tmp_path: Path) -> None:
    session = host_session(tmp_path)
    app = HostApp(session)
    async with app.run_test(size=(100, 30)) as pilot:
        url = f"ws://127.0.0.1:{session.server.port}"
        evil = await student(url, EVIL)
        await wait_for(lambda: len(session.game.active()) == 1)
        await wait_for(lambda: app.query_one("#players").row_count == 1)  # type: ignore[attr-defined]
        svg = app.export_screenshot()
        assert SHOWN.replace(" ", "&#160;") in svg
        assert "pwned" not in svg and "\x1b" not in svg
        table = app.query_one("#players")
        cell = table.get_row_at(0)[0]  # type: ignore[attr-defined]
        assert cell.plain == SHOWN and not cell.spans
        # Kick from the keyboard: K twice removes the highlighted player.
        await pilot.press("k")
        await pilot.pause(0.1)
        assert session.game.active()  # not yet: the first K only asks
        await pilot.press("k")
        assert (await evil.expect("error"))["code"] == "kicked"
        await wait_for(lambda: not session.game.active())
        await pilot.press("q", "q")
    assert not session.written  # quit in the lobby: no question, no (empty) report
    assert session.log_path.is_file()  # but the log has the joins and the kick


def test_teacher_lobby_snapshot(tmp_path: Path, snap_compare) -> None:  # type: ignore[no-untyped-def]
    session = host_session(tmp_path)
    app = HostApp(session)
    kept = []

    async def join(pilot) -> None:  # type: ignore[no-untyped-def]
        url = f"ws://127.0.0.1:{session.server.port}"
        kept.append(await student(url, EVIL))
        kept.append(await student(url, "Ada"))
        await wait_for(lambda: len(session.game.active()) == 2)
        await wait_for(lambda: pilot.app.query_one("#players").row_count == 2)
        await pilot.pause()  # and drawn

    assert snap_compare(app, terminal_size=(100, 30), run_before=join)


async def test_teacher_runs_a_question_to_the_podium(tmp_path: Path) -> None:
    session = host_session(tmp_path)
    app = HostApp(session)
    async with app.run_test(size=(100, 30)) as pilot:
        url = f"ws://127.0.0.1:{session.server.port}"
        ada = await student(url, "Ada")
        await wait_for(lambda: len(session.game.active()) == 1)
        await pilot.press("s")
        q = await ada.expect("question")
        await ada.send({"type": "answer", "question": 0,
                        "answer": {"choice": q["choices"][0]["id"]}})  # type: ignore[index]
        await ada.expect("reveal")
        await wait_for(lambda: "1 van 1 speler heeft geantwoord"
                        in app.export_screenshot().replace("&#160;", " "))
        assert "1 van 1 speler heeft geantwoord" in app.export_screenshot().replace("&#160;", " ")
        await pilot.press("space")  # leaderboard
        await pilot.press("e", "e")  # end now
        await ada.expect("end")
        await wait_for(lambda: "Rapport opgeslagen" in app.export_screenshot().replace("&#160;", " "))
        text = app.export_screenshot().replace("&#160;", " ")
        assert "Einde van de quiz" in text and "Rapport opgeslagen" in text
        # per question the right answer, so questions from one model can be told apart
        row = app.query_one("#end-questions").get_row_at(0)  # type: ignore[attr-defined]
        card = session.game.questions[0].card
        assert str(row[2]) in (getattr(card, "answer", None), *getattr(card, "answers", ()),
                               "Waar", "Onwaar", " > ".join(getattr(card, "items", ())))
        assert session.written and session.written[0].is_file()
        await pilot.press("q", "q")


async def test_student_screen_joins_answers_and_sees_the_result(tmp_path: Path) -> None:
    settings = Settings(time_s=30, grace_s=0.05, auto=False)
    async with running_game(tmp_path, settings=settings) as run:
        app = JoinApp(run.url, code="abc234", name="Ada")
        async with app.run_test(size=(90, 30)) as pilot:
            await wait_for(lambda: len(run.game.active()) == 1)
            screen = app.screen
            assert isinstance(screen, JoinScreen)
            await wait_for(lambda: screen.phase == "wait")
            await wait_for(lambda: "1 speler in de lobby"
                            in app.export_screenshot().replace("&#160;", " "))
            assert "1 speler in de lobby" in app.export_screenshot().replace("&#160;", " ")
            run.game.start()
            await wait_for(lambda: screen.phase == "question")
            question = screen.question
            assert question is not None and question.kind == "choice"
            right = next(c.id for c in question.choices if c.text == "Oriëntatie")
            await pilot.press(str(right))
            await wait_for(lambda: 0 in run.game.players["p1"].answers)
            await wait_for(lambda: screen.phase == "reveal")
            text = app.export_screenshot().replace("&#160;", " ")
            assert "Goed!" in text
            run.game.advance()
            await wait_for(lambda: screen.phase == "board")
            run.game.advance()  # true/false
            await wait_for(lambda: screen.phase == "question" and screen.question.index == 1)  # type: ignore[union-attr]
            await pilot.press("b")
            await wait_for(lambda: 1 in run.game.players["p1"].answers)
            assert run.game.players["p1"].answers[1].given == "false"
            run.game.advance()
            run.game.advance()
            await wait_for(lambda: screen.phase == "question" and screen.question.index == 2)  # type: ignore[union-attr]
            await pilot.press(*"touchpoint", "enter")
            await wait_for(lambda: 2 in run.game.players["p1"].answers)
            assert run.game.players["p1"].answers[2].correct
            await pilot.press("escape")  # one Esc by accident does not leave a running quiz
            await pilot.pause()
            assert screen.client is not None and screen.phase in ("question", "reveal")
            run.game.finish()
            await wait_for(lambda: screen.phase == "end")


async def test_student_who_closed_the_terminal_gets_the_place_back(tmp_path: Path) -> None:
    settings = Settings(time_s=30, grace_s=0.05, auto=False)
    async with running_game(tmp_path, settings=settings) as run:
        bo = await student(run.url, "Bo")  # has not answered: the question stays open
        first = JoinApp(run.url, code="ABC234", name="Ada")
        async with first.run_test(size=(90, 30)) as pilot:
            await wait_for(lambda: len(run.game.active()) == 2)
            run.game.start()
            screen = first.screen
            await wait_for(lambda: getattr(screen, "phase", "") == "question")
            await pilot.press("a")
            await wait_for(lambda: 0 in run.game.players["p2"].answers)
        await wait_for(lambda: not run.game.players["p2"].connected)  # away
        second = JoinApp(run.url)  # no code, no name: the form offers Ada's saved place
        async with second.run_test(size=(90, 30)) as pilot:
            screen = second.screen
            assert isinstance(screen, JoinScreen)
            await pilot.pause()
            assert screen.phase == "form" and not run.game.players["p2"].connected
            assert "Verder als Ada" in second.export_screenshot().replace("&#160;", " ")
            await pilot.click("#f-resume")
            await wait_for(lambda: run.game.players["p2"].connected)
            assert isinstance(screen, JoinScreen)
            await wait_for(lambda: screen.phase == "question")
            assert screen.query_one(QuestionView).answered  # the answer given before the restart still counts
            assert len(run.game.active()) == 2
        await bo.close()


async def _play_first_question_as(run, name: str) -> None:  # type: ignore[no-untyped-def]
    """``cjtrainer join`` with a code and name, answer question 1, close the terminal."""
    app = JoinApp(run.url, code="ABC234", name=name)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(lambda: any(p.name == name and p.connected
                                    for p in run.game.players.values()))
        if run.game.phase == "lobby":
            run.game.start()
        screen = app.screen
        await wait_for(lambda: getattr(screen, "phase", "") == "question")
        await pilot.press("a")
        await wait_for(lambda: any(p.name == name and 0 in p.answers
                                    for p in run.game.players.values()))


async def test_another_name_on_a_shared_computer_joins_as_a_new_player(tmp_path: Path) -> None:
    """Students share lab computers: B joining where A just played must not get A's place,
    and A can still take hers back on this computer with her own name."""
    settings = Settings(time_s=30, grace_s=0.05, auto=False)
    async with running_game(tmp_path, settings=settings) as run:
        cy = await student(run.url, "Cy")  # has not answered: the question stays open
        await _play_first_question_as(run, "Ada")
        ada = next(p for p in run.game.players.values() if p.name == "Ada")
        await wait_for(lambda: not ada.connected)
        bo_app = JoinApp(run.url, code="ABC234", name="Bo")
        async with bo_app.run_test(size=(80, 24)):
            await wait_for(lambda: len(run.game.players) == 3)
            bo = next(p for p in run.game.players.values() if p.name == "Bo")
            await wait_for(lambda: bo.connected)
            screen = bo_app.screen
            assert isinstance(screen, JoinScreen)
            assert screen.me == "Bo" and not ada.connected and ada.answers
            await wait_for(lambda: screen.phase == "wait")  # a late joiner, with 0 points
            assert bo.first_question == 1 and bo.score == 0 and not bo.answers
            from cjtrainer.classroom.client import saved_places

            assert [p.name for p in saved_places(run.url)] == ["Bo", "Ada"]
        again = JoinApp(run.url, code="ABC234", name="  ada ")  # case and spaces aside
        async with again.run_test(size=(80, 24)):
            await wait_for(lambda: ada.connected)
            screen = again.screen
            assert isinstance(screen, JoinScreen)
            await wait_for(lambda: screen.phase == "question")
            assert screen.query_one(QuestionView).answered and screen.me == "Ada"
            assert len(run.game.players) == 3
        await cy.close()


async def test_typed_name_decides_between_new_player_and_saved_place(tmp_path: Path) -> None:
    """The form with a saved place on this computer: typing another name joins anew (the
    code is needed), typing the saved name takes the place back without the code."""
    settings = Settings(time_s=30, grace_s=0.05, auto=False)
    async with running_game(tmp_path, settings=settings) as run:
        cy = await student(run.url, "Cy")
        await _play_first_question_as(run, "Ada")
        ada = next(p for p in run.game.players.values() if p.name == "Ada")
        await wait_for(lambda: not ada.connected)
        app = JoinApp(run.url)
        async with app.run_test(size=(80, 24)) as pilot:
            screen = app.screen
            assert isinstance(screen, JoinScreen)
            await pilot.pause()
            text = app.export_screenshot().replace("&#160;", " ")
            assert "Ada speelde op deze computer al mee" in text and "Verder als Ada" in text
            await pilot.press(*"abc234", "enter", *"Bo", "enter")
            await wait_for(lambda: len(run.game.players) == 3)
            await wait_for(lambda: screen.phase == "wait")  # late: from the next question
            assert screen.me == "Bo" and not ada.connected
        app = JoinApp(run.url)
        async with app.run_test(size=(80, 24)) as pilot:
            screen = app.screen
            assert isinstance(screen, JoinScreen)
            await pilot.pause()
            await pilot.click("#f-name")
            await pilot.press(*"ADA", "enter")  # the code field is still empty: not needed
            await wait_for(lambda: ada.connected)
            await wait_for(lambda: screen.phase == "question")
            assert screen.me == "Ada" and screen.query_one(QuestionView).answered
        await cy.close()


async def test_saved_place_the_quiz_no_longer_knows_joins_anew(tmp_path: Path) -> None:
    """A place saved for an earlier quiz on the same address: the server answers
    ``bad-token``; that one place is forgotten and the student joins with the typed name."""
    from cjtrainer.classroom.client import save_resume, saved_places

    async with running_game(tmp_path) as run:
        save_resume(run.url, "old-token-of-ada", "Ada")
        save_resume(run.url, "old-token-of-bo", "Bo")
        app = JoinApp(run.url, code="ABC234", name="Ada")
        async with app.run_test(size=(80, 24)):
            await wait_for(lambda: len(run.game.players) == 1)
            screen = app.screen
            assert isinstance(screen, JoinScreen)
            await wait_for(lambda: screen.phase == "wait")
            assert run.game.players["p1"].name == "Ada"
            saved = saved_places(run.url)
            assert [p.name for p in saved] == ["Ada", "Bo"]
            assert saved[0].token == run.game.players["p1"].token
            assert saved[1].token == "old-token-of-bo"  # Bo's place is not touched


async def test_late_joiner_end_screen_counts_the_questions_they_could_answer(
    tmp_path: Path,
) -> None:
    from conftest import live_questions

    settings = Settings(time_s=30, grace_s=0.05, auto=False)
    async with running_game(tmp_path, live_questions()[:2], settings=settings) as run:
        ada = await student(run.url, "Ada")
        run.game.start()
        await ada.expect("question")
        app = JoinApp(run.url, code="ABC234", name="Laat")  # during question 1
        async with app.run_test(size=(80, 24)) as pilot:
            screen = app.screen
            assert isinstance(screen, JoinScreen)
            await wait_for(lambda: screen.phase == "wait")
            run.game.advance()  # reveal
            run.game.advance()  # leaderboard
            run.game.advance()  # question 2
            await wait_for(lambda: screen.phase == "question")
            await pilot.press("b")  # true/false: not true
            await wait_for(lambda: 1 in run.game.players["p2"].answers)
            run.game.finish()
            await wait_for(lambda: screen.phase == "end")
            await pilot.pause()
            text = app.export_screenshot().replace("&#160;", " ")
            assert "0 van 1 goed" in text, str(screen.query_one("#e-you").render())
        await ada.close()


async def test_player_who_came_in_after_the_last_question_is_told_so(tmp_path: Path) -> None:
    from conftest import live_questions

    settings = Settings(time_s=30, grace_s=0.05, auto=False)
    async with running_game(tmp_path, live_questions()[:1], settings=settings) as run:
        ada = await student(run.url, "Ada")
        run.game.start()
        await ada.expect("question")
        run.game.advance()  # the reveal of the only question
        app = JoinApp(run.url, code="ABC234", name="Later")
        async with app.run_test(size=(80, 24)) as pilot:
            screen = app.screen
            assert isinstance(screen, JoinScreen)
            await wait_for(lambda: screen.phase == "wait")
            run.game.finish()
            await wait_for(lambda: screen.phase == "end")
            await pilot.pause()
            text = app.export_screenshot().replace("&#160;", " ")
            assert "je kwam binnen na de laatste vraag" in text and "van 1 goed" not in text
        await ada.close()


async def test_join_screen_from_the_app_asks_for_the_address(tmp_path: Path) -> None:
    """The student app pushes ``JoinScreen()`` from its home screen: no address given."""
    from textual.app import App

    async with running_game(tmp_path, settings=Settings(time_s=30, auto=False)) as run:
        class Host(App[None]):
            def on_mount(self) -> None:
                self.push_screen(JoinScreen())

        app = Host()
        async with app.run_test(size=(90, 30)) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, JoinScreen)
            assert app.focused is not None and app.focused.id == "f-address"
            await pilot.press(*run.url.removeprefix("ws://"), "enter")
            await pilot.press(*"abc234", "enter")
            await pilot.press(*"Ada", "enter")
            await wait_for(lambda: len(run.game.active()) == 1)
            await wait_for(lambda: screen.phase == "wait")
            await pilot.press("escape", "escape")  # twice: once could be a slip; back to the app
            await pilot.pause()
            assert not isinstance(app.screen, JoinScreen)
            await wait_for(lambda: not run.game.players["p1"].connected)
            # Back in: the same place, not a second player.
            again = JoinScreen()
            app.push_screen(again)
            await pilot.pause()
            assert not again.query_one("#f-resume").display  # no address yet: no offer
            await pilot.press(*run.url.removeprefix("ws://"))
            await pilot.pause()
            assert again.query_one("#f-resume").display  # this quiz: Ada's place offered
            await pilot.press("enter", *"abc234", "enter", *"Ada", "enter")
            await wait_for(lambda: run.game.players["p1"].connected)
            await wait_for(lambda: again.phase == "wait")
            assert len(run.game.active()) == 1


async def test_student_screen_order_and_select_all_by_keyboard(tmp_path: Path) -> None:
    from cjtrainer.classroom.questions import build_questions
    from cjtrainer.deck.model import ChoiceCard, OrderCard

    cards = [
        OrderCard(deck_id="t", id="o", prompt="Zet in volgorde.",
                  items=("Kijken", "Kiezen", "Kopen")),
        ChoiceCard(deck_id="t", id="m", prompt="Welke?", choices=("Ja", "Nee", "Soms"),
                   answers=("Ja", "Soms"), multiple=True),
    ]
    questions, _ = build_questions(cards)
    async with running_game(tmp_path, questions, Settings(time_s=30, auto=False)) as run:
        app = JoinApp(run.url, code="ABC234", name="Ada")
        async with app.run_test(size=(90, 40)) as pilot:
            await wait_for(lambda: len(run.game.active()) == 1)
            screen = app.screen
            assert isinstance(screen, JoinScreen)
            run.game.start()
            await wait_for(lambda: screen.phase == "question")
            ids = {i.text: i.id for i in screen.question.items}  # type: ignore[union-attr]
            await pilot.press(ids["Kopen"], "backspace")  # a slip, taken back
            assert screen.query_one(QuestionView).picked == []
            await pilot.press(ids["Kijken"], ids["Kiezen"], ids["Kopen"])
            await wait_for(lambda: 0 in run.game.players["p1"].answers)
            assert run.game.players["p1"].answers[0].correct
            await wait_for(lambda: screen.phase == "reveal")  # the only player answered
            run.game.advance()  # leaderboard
            run.game.advance()  # question 2
            await wait_for(lambda: screen.phase == "question" and screen.question.index == 1)  # type: ignore[union-attr]
            ids = {c.text: c.id for c in screen.question.choices}  # type: ignore[union-attr]
            await pilot.press(ids["Ja"], ids["Nee"], ids["Nee"], ids["Soms"], "enter")
            await wait_for(lambda: 1 in run.game.players["p1"].answers)
            assert run.game.players["p1"].answers[1].given == "Ja | Soms"


async def test_a_long_option_on_the_students_screen_is_shown_whole() -> None:
    # Seen trying the host at 80 columns: a student's answer key showed one line of a long
    # option, cut off ("... websites voordat"), and the end of it was never shown.
    from cjtrainer.classroom.server_messages import parse_server_message

    long = "De klant vergelijkt prijzen en reviews op meerdere websites voordat hij iets koopt"
    app = JoinApp("ws://192.168.1.20:8765")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        screen._client_status("connected")
        for message in (
            {"type": "welcome", "player": "p1", "token": "", "name": "Ada", "score": 0,
             "phase": "lobby", "late": False, "state": None},
            {"type": "question", "index": 0, "total": 1, "kind": "choice", "prompt": "Wat?",
             "time_ms": 600000, "remaining_ms": 600000, "calm": False, "answered": False,
             "choices": [{"id": "a", "text": long}, {"id": "b", "text": "Niets"}],
             "multiple": False},
        ):
            screen._server_message(parse_server_message(json.dumps(message)))
        await pilot.pause()
        shown = " ".join(drawn(app).split())
        assert long in shown and "B Niets" in shown


def test_student_question_snapshot(snap_compare, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The question with its large answer keys, rendered from protocol messages (the
    screen's clock stands still, so a slow machine cannot tick the countdown)."""
    import types

    from cjtrainer.classroom.server_messages import parse_server_message
    from cjtrainer.ui.classroom import join as join_screen

    monkeypatch.setattr(join_screen, "time", types.SimpleNamespace(monotonic=lambda: 1000.0))

    def receive(screen, message: dict) -> None:  # type: ignore[no-untyped-def,type-arg]
        screen._server_message(parse_server_message(json.dumps(message)))

    async def ask(pilot) -> None:  # type: ignore[no-untyped-def]
        screen = pilot.app.screen
        screen._client_status("connected")
        receive(screen, {"type": "welcome", "player": "p1", "token": "", "name": "Ada",
                         "score": 0, "phase": "lobby", "late": False, "state": None})
        receive(screen, {
            "type": "question", "index": 0, "total": 5, "kind": "choice",
            "prompt": "Welke fase komt na de behoefte? [b]geen opmaak[/b]",
            "time_ms": 600000, "remaining_ms": 600000, "calm": False, "answered": False,
            "choices": [{"id": "a", "text": "Service"}, {"id": "b", "text": "Evaluatie"},
                        {"id": "c", "text": "Aankoop"}, {"id": "d", "text": "Oriëntatie"}],
            "multiple": False,
        })
        screen._tick()  # the countdown, which the screen draws every 0.2 s, drawn now
        await pilot.pause()

    app = JoinApp("ws://192.168.1.20:8765")
    assert snap_compare(app, terminal_size=(80, 24), run_before=ask)


async def test_teacher_picks_the_player_to_kick_with_the_arrow_keys(tmp_path: Path) -> None:
    # The lobby opens with the player list focused: Down then K K removes the second
    # player, without first having to find out that Tab moves the focus there.
    session = host_session(tmp_path)
    app = HostApp(session)
    async with app.run_test(size=(100, 30)) as pilot:
        url = f"ws://127.0.0.1:{session.server.port}"
        kept = [await student(url, "Ada"), await student(url, "Bo")]
        await wait_for(lambda: len(session.game.active()) == 2)
        table = app.query_one("#players")
        await wait_for(lambda: table.row_count == 2)  # type: ignore[attr-defined]
        second = str(table.coordinate_to_cell_key((1, 0))[0].value)  # type: ignore[attr-defined]
        await pilot.press("down", "k", "k")
        await wait_for(lambda: len(session.game.active()) == 1)
        assert second not in {p.id for p in session.game.active()}
        await pilot.press("q", "q")
    del kept


async def test_teacher_screen_keeps_scores_until_the_reveal(tmp_path: Path) -> None:
    # The teacher's screen is on the digital board: a score that jumps while the question
    # is still open tells the class who was right before the reveal.
    session = host_session(tmp_path)
    app = HostApp(session)
    async with app.run_test(size=(100, 30)) as pilot:
        url = f"ws://127.0.0.1:{session.server.port}"
        ada, bo = await student(url, "Ada"), await student(url, "Bo")
        await wait_for(lambda: len(session.game.active()) == 2)
        await pilot.press("s")
        q = await ada.expect("question")
        await bo.expect("question")
        right = right_answer(q, session.game.questions[0].card)
        await ada.send({"type": "answer", "question": 0, "answer": right})
        await ada.expect("ack")
        await pilot.pause(0.3)
        assert session.game.phase == "question"
        table = app.query_one("#players")
        shown = {str(table.get_row_at(i)[0]): str(table.get_row_at(i)[2])  # type: ignore[attr-defined]
                 for i in range(table.row_count)}  # type: ignore[attr-defined]
        assert shown == {"Ada": "0", "Bo": "0"}
        await bo.send({"type": "answer", "question": 0, "answer": right})
        await ada.expect("reveal")
        await wait_for(lambda: score_shown(table, "Ada") != "0")
        shown = {str(table.get_row_at(i)[0]): str(table.get_row_at(i)[2])  # type: ignore[attr-defined]
                 for i in range(table.row_count)}  # type: ignore[attr-defined]
        assert int(shown["Ada"]) > 0
        await pilot.press("q", "q")


async def test_wrong_code_puts_the_cursor_back_in_the_code_field(tmp_path: Path) -> None:
    # A student mistypes the code: the cursor goes to the code (selected, so typing
    # replaces it), not stays in the name field, and the right code then joins.
    async with running_game(tmp_path, settings=Settings(time_s=30, auto=False)) as run:
        app = JoinApp(run.url, code="ZZZ999", name="Ada")
        async with app.run_test(size=(90, 30)) as pilot:
            screen = app.screen
            await wait_for(lambda: "klopt niet" in str(
                screen.query_one("#form-error").render()))  # type: ignore[attr-defined]
            await wait_for(lambda: app.focused is screen.query_one("#f-code"))
            assert app.focused is screen.query_one("#f-code")
            await pilot.press(*"abc234", "enter")
            await wait_for(lambda: len(run.game.active()) == 1)
            assert run.game.active()[0].name == "Ada"


async def test_code_tab_name_enter_in_one_burst_joins(tmp_path: Path) -> None:
    """Keys as a paste or tmux send-keys deliver them, all at once: the tab moves on before
    the name's letters are passed on (they went into the code field: "abc234Sanne")."""
    from textual import events

    async with running_game(tmp_path, settings=Settings(time_s=30, auto=False)) as run:
        app = JoinApp(run.url)
        async with app.run_test(size=(80, 24)):
            screen = app.screen
            assert isinstance(screen, JoinScreen)
            await wait_for(lambda: app.focused is screen.query_one("#f-code"))
            for key in [*"abc234", "tab", *"Sanne", "enter"]:  # no wait between keys
                event = events.Key(key, key if len(key) == 1 else None)
                event.set_sender(app)
                app._driver.send_message(event)  # type: ignore[union-attr]
            await wait_for(lambda: len(run.game.active()) == 1)
            assert run.game.active()[0].name == "Sanne"
            await wait_for(lambda: screen.phase == "wait")


def _status(app: HostApp) -> str:
    """The status bar's first line: where the quiz is."""
    return str(app.query_one("#status").render()).split("\n")[0]


def _status_join(app: HostApp) -> str:
    """The status bar's second line: how to join, and the joins refused."""
    return str(app.query_one("#status").render()).split("\n")[1]


async def test_teacher_status_bar_follows_the_quiz(tmp_path: Path) -> None:
    session = host_session(tmp_path)
    app = HostApp(session)
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.title == "cjtrainer — klassikale quiz"
        url = f"ws://127.0.0.1:{session.server.port}"
        ada = await student(url, "Ada")
        await wait_for(lambda: len(session.game.active()) == 1)
        await wait_for(lambda: _status(app) == "Lobby open  ·  5 vragen")
        assert _status(app) == "Lobby open  ·  5 vragen"
        await pilot.press("l")
        await wait_for(lambda: _status(app) == "Lobby op slot  ·  5 vragen")
        assert _status(app) == "Lobby op slot  ·  5 vragen"
        await pilot.press("s")
        q = await ada.expect("question")
        await wait_for(lambda: _status(app) == "Vraag 1 van 5 loopt  ·  geen nieuwe spelers")
        assert _status(app) == "Vraag 1 van 5 loopt  ·  geen nieuwe spelers"
        await pilot.press("l")  # open again: late joiners play from the next question
        await wait_for(lambda: _status(app) == "Vraag 1 van 5 loopt  ·  nieuwe spelers welkom")
        assert _status(app) == "Vraag 1 van 5 loopt  ·  nieuwe spelers welkom"
        # the address and the code stay in view for late joiners, and refused joins show
        code = session.game.code
        assert _status_join(app) == f"join {session.address} · code {code}"
        guess = await student(url)
        await guess.send({"type": "join", "code": "ZZZ999", "name": "Grap"})
        await guess.expect("error")
        await wait_for(lambda: _status_join(app).endswith(" · geweigerd 1: foute code"))
        assert _status_join(app).endswith(" · geweigerd 1: foute code")
        await ada.send({"type": "answer", "question": 0,
                        "answer": right_answer(q, session.game.questions[0].card)})
        await ada.expect("reveal")
        await wait_for(lambda: _status(app) == "Uitslag van vraag 1 van 5  ·  nieuwe spelers welkom")
        assert _status(app) == "Uitslag van vraag 1 van 5  ·  nieuwe spelers welkom"
        await pilot.press("space")
        await wait_for(lambda: _status(app) == "Tussenstand na vraag 1 van 5  ·  nieuwe spelers welkom")
        assert _status(app) == "Tussenstand na vraag 1 van 5  ·  nieuwe spelers welkom"
        await pilot.press("space")
        await ada.expect("question")
        await wait_for(lambda: _status(app).startswith("Vraag 2 van 5 loopt"))
        assert _status(app).startswith("Vraag 2 van 5 loopt")
        await pilot.press("e", "e")
        await ada.expect("end")
        await wait_for(lambda: _status(app) == "Afgelopen: 2 van 5 vragen gespeeld")
        assert _status(app) == "Afgelopen: 2 van 5 vragen gespeeld"
        await pilot.press("q", "q")


async def test_teacher_title_and_status_in_english(tmp_path: Path) -> None:
    from cjtrainer import i18n

    i18n.set_language("en")
    session = host_session(tmp_path, count=1)  # a quiz of one question: the singular
    app = HostApp(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(lambda: _status(app) == "Lobby open  ·  1 question")
        assert app.title == "cjtrainer — classroom quiz"
        assert JoinApp(None).title == "cjtrainer — classroom quiz"  # the student's app too
        assert "cjtrainer — classroom quiz" in app.export_screenshot().replace("&#160;", " ")
        assert _status(app) == "Lobby open  ·  1 question"
        url = f"ws://127.0.0.1:{session.server.port}"
        ada = await student(url, "Ada")
        await wait_for(lambda: len(session.game.active()) == 1)
        await pilot.press("s")
        await ada.expect("question")
        await wait_for(lambda: _status(app) == "Question 1 of 1 in progress  ·  new players welcome")
        assert _status(app) == "Question 1 of 1 in progress  ·  new players welcome"
        await pilot.press("space")  # close the question now
        await ada.expect("reveal")
        await wait_for(lambda: _status(app) == "Results of question 1 of 1  ·  new players welcome")
        assert _status(app) == "Results of question 1 of 1  ·  new players welcome"
        await pilot.press("space")
        await wait_for(lambda: _status(app) == "Standings after question 1 of 1  ·  new players welcome")
        assert _status(app) == "Standings after question 1 of 1  ·  new players welcome"
        await pilot.press("space")  # after the last question: the podium
        await ada.expect("end")
        await wait_for(lambda: _status(app) == "Finished: 1 of 1 question played")
        assert _status(app) == "Finished: 1 of 1 question played"
        await pilot.press("q", "q")


def test_teacher_status_bar_fits_80_columns(tmp_path: Path) -> None:
    """The longest status (the standings after question 100 of 100, calm mode) in either
    language fits the 76 cells the status bar has at 80 columns."""
    from dataclasses import replace

    from cjtrainer import i18n
    from cjtrainer.classroom.game import END, LEADERBOARD, LOBBY, QUESTION, REVEAL
    from cjtrainer.ui.classroom.host import status_line

    session = host_session(tmp_path)
    game = session.game
    game.questions = game.questions * 20
    game.settings = replace(game.settings, calm=True)
    assert len(game.questions) == 100
    seen = []
    for language in ("nl", "en"):
        i18n.set_language(language)
        for phase in (LOBBY, QUESTION, REVEAL, LEADERBOARD, END):
            for locked in (False, True):
                game.phase, game.index, game.locked = phase, 99, locked
                seen.append(status_line(game))
    session.log.close()
    assert max(len(line) for line in seen) <= 76, max(seen, key=len)
    assert "Tussenstand na vraag 100 van 100  ·  nieuwe spelers welkom  ·  rustige modus" in seen
