"""Whole games over real websockets on 127.0.0.1."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from conftest import live_questions, running_game, student, wait_for

from cjtrainer.classroom.game import END, QUESTION, REVEAL, Settings, speed_points
from cjtrainer.classroom.report import build_report, read_log

RIGHT = {
    "choice": "Oriëntatie",
    "typed": "touchpoint",
    "order": ("Behoefte", "Oriëntatie", "Aankoop", "Evaluatie"),
}


def right_answer(question: dict[str, object]) -> dict[str, object]:
    kind = question["kind"]
    if kind == "truefalse":
        return {"choice": "true"}
    if kind == "choice":
        ids = {c["text"]: c["id"] for c in question["choices"]}  # type: ignore[union-attr]
        return {"choice": ids[RIGHT["choice"]]}
    if kind == "order":
        ids = {c["text"]: c["id"] for c in question["items"]}  # type: ignore[union-attr]
        return {"order": [ids[text] for text in RIGHT["order"]]}
    if question["index"] == 4:  # the cloze, converted to typed
        return {"text": "klantreis"}
    return {"text": "Touchpoint "}


def wrong_answer(question: dict[str, object]) -> dict[str, object]:
    kind = question["kind"]
    if kind == "truefalse":
        return {"choice": "false"}
    if kind == "choice":
        ids = {c["text"]: c["id"] for c in question["choices"]}  # type: ignore[union-attr]
        return {"choice": ids["Service"]}
    if kind == "order":
        ids = [c["id"] for c in question["items"]]  # type: ignore[union-attr]
        right = right_answer(question)["order"]
        return {"order": list(reversed(right))}  # type: ignore[call-overload]
    return {"text": "kassabon"}


async def test_whole_game_three_players(tmp_path: Path) -> None:
    settings = Settings(time_s=0.3, grace_s=0.05, reveal_s=0.05, leaderboard_s=0.05, auto=True)
    # Cy never answers, so each of the five questions waits for its deadline: a short one.
    async with running_game(tmp_path, settings=settings) as run:
        ada = await student(run.url, "Ada")
        bo = await student(run.url, "Bo")
        cy = await student(run.url, "Cy")
        lobby = await cy.expect("lobby")
        assert lobby["players"] == 3 and lobby["names"] == ["Ada", "Bo", "Cy"]
        run.game.start()
        total = len(run.game.questions)
        assert total == 5  # match and the flashcard skipped, the cloze converted
        for index in range(total):
            questions = [await s.expect("question") for s in (ada, bo, cy)]
            assert all(q["index"] == index and q["total"] == total for q in questions)
            await ada.send(
                {"type": "answer", "question": index, "answer": right_answer(questions[0])}
            )
            assert (await ada.expect("ack")) == {"type": "ack", "question": index, "accepted": True}
            await bo.send(
                {"type": "answer", "question": index, "answer": wrong_answer(questions[1])}
            )
            await bo.expect("ack")
            # Cy never answers: the question closes at its deadline.
            reveals = [await s.expect("reveal", timeout=8) for s in (ada, bo, cy)]
            assert reveals[0]["result"] == "correct" and reveals[0]["points"] > 500
            assert reveals[1]["result"] in ("wrong", "partial")
            assert reveals[2]["result"] == "none" and reveals[2]["points"] == 0
            assert reveals[0]["rank"] == 1
            board = await cy.expect("leaderboard")
            assert board["top"][0]["name"] == "Ada"
        ends = [await s.expect("end") for s in (ada, bo, cy)]
        assert ends[0]["you"]["rank"] == 1 and ends[0]["you"]["correct"] == total
        assert [p["name"] for p in ends[2]["podium"]][0] == "Ada"
        assert run.game.phase == END
        for s in (ada, bo, cy):
            await s.close()

    events = read_log(run.log_path)
    kinds = [e["event"] for e in events]
    assert kinds[0] == "session" and "end" in kinds
    assert kinds.count("answer") == 2 * total and kinds.count("reveal") == total
    report = build_report(events)
    assert len(report.rows) == 3 * total
    ada_row = next(p for p in report.players if p["name"] == "Ada")
    assert ada_row["rank"] == 1 and ada_row["accuracy"] == 100
    cy_row = next(p for p in report.players if p["name"] == "Cy")
    assert cy_row["correct"] == 0 and cy_row["mean_response_ms"] == ""
    assert all(q["percent_correct"] == 33 for q in report.questions)


async def test_everyone_answered_closes_the_question_early(tmp_path: Path) -> None:
    settings = Settings(time_s=30, grace_s=0.05, auto=False)
    async with running_game(tmp_path, settings=settings) as run:
        ada = await student(run.url, "Ada")
        bo = await student(run.url, "Bo")
        run.game.start()
        for s in (ada, bo):
            q = await s.expect("question")
            await s.send({"type": "answer", "question": 0, "answer": right_answer(q)})
        reveal = await ada.expect("reveal", timeout=2)
        assert reveal["question"] == 0
        assert run.game.phase == REVEAL


async def test_resume_twice_keeps_score_question_and_time(tmp_path: Path) -> None:
    settings = Settings(time_s=10, grace_s=0.05, auto=False)
    async with running_game(tmp_path, settings=settings) as run:
        ada = await student(run.url, "Ada")
        bo = await student(run.url, "Bo")
        run.game.start()
        q0 = await ada.expect("question")
        await ada.send({"type": "answer", "question": 0, "answer": right_answer(q0)})
        await ada.expect("ack")
        score = run.game.players["p1"].score
        assert score > 0
        token = ada.token
        for _ in range(2):
            await ada.ws.close()  # the wifi drops
            await asyncio.sleep(0.05)
            assert not run.game.players["p1"].connected  # shown as away
            assert run.game.players["p1"].score == score  # keeps the score
            ada = await student(run.url)
            await ada.send({"type": "resume", "token": token})
            welcome = await ada.expect("welcome")
            assert welcome["player"] == "p1" and welcome["score"] == score
            state = welcome["state"]
            assert state["type"] == "question" and state["index"] == 0
            assert state["answered"] is True
            assert 0 < state["remaining_ms"] <= 10_000
        # A repeat after resuming changes nothing.
        await ada.send({"type": "answer", "question": 0, "answer": {"choice": "a"}})
        assert (await ada.expect("ack"))["accepted"] is True
        assert run.game.players["p1"].score == score
        # The resumed player still plays: next question arrives on the new connection.
        run.game.advance()
        run.game.advance()
        run.game.advance()
        q1 = await ada.expect("question")
        assert q1["index"] == 1
        await bo.close()


async def test_resume_replaces_an_open_connection(tmp_path: Path) -> None:
    async with running_game(tmp_path) as run:
        old = await student(run.url, "Ada")
        new = await student(run.url)
        await new.send({"type": "resume", "token": old.token})
        await new.expect("welcome")
        error = await old.expect("error")
        assert error["code"] == "replaced"
        assert await old.closed()
        assert run.game.players["p1"].connected


async def test_bad_token_is_refused_and_rate_limited(tmp_path: Path) -> None:
    async with running_game(tmp_path) as run:
        s = await student(run.url)
        codes = []
        for _ in range(6):
            await s.send({"type": "resume", "token": "guess"})
            codes.append((await s.expect("error"))["code"])
        assert codes == ["bad-token"] * 5 + ["too-many-attempts"]
        assert await s.closed()


async def test_late_join_starts_at_next_question_and_never_holds_up(tmp_path: Path) -> None:
    settings = Settings(time_s=30, grace_s=0.05, auto=False)
    async with running_game(tmp_path, settings=settings) as run:
        ada = await student(run.url, "Ada")
        run.game.start()
        await ada.expect("question")
        late = await student(run.url)
        await late.send({"type": "join", "code": "ABC234", "name": "Laat"})
        welcome = await late.expect("welcome")
        assert welcome["phase"] == QUESTION and welcome["late"] is True and welcome["state"] is None
        await late.send({"type": "answer", "question": 0, "answer": {"choice": "a"}})
        assert (await late.expect("error"))["code"] == "late-join"
        # Ada alone answering closes the question: the late player does not hold it up.
        q = next(f for f in ada.frames if f["type"] == "question")
        await ada.send({"type": "answer", "question": 0, "answer": right_answer(q)})
        await ada.expect("reveal", timeout=2)
        reveal = await late.expect("reveal")
        assert reveal["result"] == "late"
        run.game.advance()  # leaderboard
        run.game.advance()  # question 1
        q1 = await late.expect("question")
        assert q1["index"] == 1
        await late.send({"type": "answer", "question": 1, "answer": {"choice": "true"}})
        await late.expect("ack")
        # Rows in the report for the late player: only the questions they played.
        run.game.advance()
        report = build_report(run.game.events)
        assert [r["question"] for r in report.rows if r["name"] == "Laat"] == [2]


async def test_late_joiner_end_counts_match_the_teachers_report(tmp_path: Path) -> None:
    """A student who missed question 1 is scored over the questions they could answer: their
    own end screen and the teacher's summary both say "1 of 1", not "1 of 2"."""
    settings = Settings(time_s=30, grace_s=0.05, auto=False)
    async with running_game(tmp_path, live_questions()[:2], settings=settings) as run:
        ada = await student(run.url, "Ada")
        run.game.start()
        q0 = await ada.expect("question")
        late = await student(run.url, "Laat")  # joins during question 1
        await ada.send({"type": "answer", "question": 0, "answer": right_answer(q0)})
        await ada.expect("reveal")
        run.game.advance()  # leaderboard
        run.game.advance()  # question 2
        q1 = await late.expect("question")
        await ada.expect("question")
        await late.send({"type": "answer", "question": 1, "answer": right_answer(q1)})
        await ada.send({"type": "answer", "question": 1, "answer": right_answer(q1)})
        await late.expect("reveal")
        run.game.finish()
        mine = (await late.expect("end"))["you"]
        hers = (await ada.expect("end"))["you"]
        assert (mine["correct"], mine["questions"]) == (1, 1)  # type: ignore[index]
        assert (hers["correct"], hers["questions"]) == (2, 2)  # type: ignore[index]
        summary = {p["name"]: p for p in build_report(read_log(run.log_path)).players}
        assert (summary["Laat"]["correct"], summary["Laat"]["questions"]) == (1, 1)
        assert (summary["Ada"]["correct"], summary["Ada"]["questions"]) == (2, 2)


async def test_player_who_joined_after_the_last_question_played_none(tmp_path: Path) -> None:
    settings = Settings(time_s=30, grace_s=0.05, auto=False)
    async with running_game(tmp_path, live_questions()[:1], settings=settings) as run:
        ada = await student(run.url, "Ada")
        run.game.start()
        await ada.expect("question")
        run.game.advance()  # reveal of the only question
        late = await student(run.url, "Laat")
        run.game.finish()
        mine = (await late.expect("end"))["you"]
        assert (mine["correct"], mine["questions"]) == (0, 0)  # type: ignore[index]


async def test_repeated_wrong_question_and_late_answers(tmp_path: Path) -> None:
    settings = Settings(time_s=0.3, grace_s=0.05, auto=False)
    async with running_game(tmp_path, settings=settings) as run:
        ada = await student(run.url, "Ada")
        bo = await student(run.url, "Bo")
        await ada.send({"type": "answer", "question": 0, "answer": {"choice": "a"}})
        assert (await ada.expect("error"))["code"] == "no-question"
        run.game.start()
        q = await ada.expect("question")
        await ada.send({"type": "answer", "question": 3, "answer": right_answer(q)})
        assert (await ada.expect("error"))["code"] == "wrong-question"
        await ada.send({"type": "answer", "question": 0, "answer": right_answer(q)})
        first = await ada.expect("ack")
        score = run.game.players["p1"].score
        await ada.send({"type": "answer", "question": 0, "answer": wrong_answer(q)})
        assert await ada.expect("ack") == first
        assert run.game.players["p1"].score == score
        assert run.game.players["p1"].answers[0].correct
        # Bo waits past the deadline and the grace.
        await bo.expect("question")
        await bo.expect("reveal", timeout=3)
        await bo.send({"type": "answer", "question": 0, "answer": {"choice": "a"}})
        assert (await bo.expect("error"))["code"] == "too-late"
        assert 0 not in run.game.players["p2"].answers
        # Answers that do not fit the question are refused.
        run.game.advance()
        run.game.advance()
        await bo.expect("question")  # question 1: true/false
        for bad in ({"text": "waar"}, {"choice": "maybe"}, {"order": ["a"]}):
            await bo.send({"type": "answer", "question": 1, "answer": bad})
            assert (await bo.expect("error"))["code"] == "bad-answer"


async def test_deadline_grace_answer_counts_with_capped_time(tmp_path: Path) -> None:
    """An answer in the grace after the deadline counts, with response time = the limit."""
    now = [100.0]
    settings = Settings(time_s=10, grace_s=0.5, auto=False)
    async with running_game(tmp_path, settings=settings) as run:
        run.game.clock = lambda: now[0]
        ada = await student(run.url, "Ada")
        run.game.start()
        q = await ada.expect("question")
        now[0] += 10.3  # past the deadline, inside the grace
        await ada.send({"type": "answer", "question": 0, "answer": right_answer(q)})
        await ada.expect("ack")
        submitted = run.game.players["p1"].answers[0]
        assert submitted.response_ms == 10_000 and submitted.points == 500


def test_speed_points_and_calm_mode() -> None:
    assert speed_points(1.0, 0, 20_000, calm=False) == 1000
    assert speed_points(1.0, 10_000, 20_000, calm=False) == 750
    assert speed_points(1.0, 20_000, 20_000, calm=False) == 500
    assert speed_points(1.0, 19_000, 20_000, calm=True) == 1000
    assert speed_points(0.5, 0, 20_000, calm=True) == 500
    assert speed_points(0.0, 0, 20_000, calm=False) == 0


async def test_calm_mode_gives_the_same_points_to_slow_and_fast(tmp_path: Path) -> None:
    now = [0.0]
    settings = Settings(time_s=60, grace_s=0.05, calm=True, auto=False)
    async with running_game(tmp_path, settings=settings) as run:
        run.game.clock = lambda: now[0]
        fast = await student(run.url, "Snel")
        slow = await student(run.url, "Rustig")
        run.game.start()
        q_fast = await fast.expect("question")
        q_slow = await slow.expect("question")
        assert q_fast["calm"] is True
        await fast.send({"type": "answer", "question": 0, "answer": right_answer(q_fast)})
        await fast.expect("ack")
        now[0] += 55
        await slow.send({"type": "answer", "question": 0, "answer": right_answer(q_slow)})
        await slow.expect("ack")
        assert run.game.players["p1"].score == run.game.players["p2"].score == 1000


async def test_broadcasts_only_reach_this_sessions_players(tmp_path: Path) -> None:
    async with running_game(tmp_path / "a") as one, running_game(tmp_path / "b") as two:
        a = await student(one.url, "Ada")
        b = await student(two.url, "Bo")
        stranger = await student(one.url)  # connected, never joined
        await b.expect("lobby")
        one.game.start()
        await a.expect("question")
        assert not [f for f in b.frames if f["type"] == "question"]
        try:
            message = await stranger.recv(timeout=0.3)
        except TimeoutError:
            message = None
        assert message is None
        try:
            other = await b.recv(timeout=0.3)
        except TimeoutError:
            other = None
        assert other is None


async def test_question_count_and_tags(tmp_path: Path) -> None:
    from conftest import deck_cards

    from cjtrainer.classroom.questions import build_questions

    questions, notes = build_questions(deck_cards(), tags=["fasen"])
    assert [q.kind for q in questions] == ["choice", "order"]
    questions, notes = build_questions(deck_cards(), count=2)
    assert len(questions) == 2
    questions, notes = build_questions(deck_cards())
    reasons = {(n.card, n.action, n.reason) for n in notes}
    assert ("t/match", "skipped", "match") in reasons
    assert ("t/cloze", "converted", "cloze-one-gap") in reasons
    assert ("t/long", "skipped", "flashcard") in reasons
    assert len(live_questions()) == 5



async def test_select_all_choice_with_partial_credit(tmp_path: Path) -> None:
    from cjtrainer.classroom.questions import build_questions
    from cjtrainer.deck.model import ChoiceCard

    card = ChoiceCard(
        deck_id="t", id="multi", prompt="Welke zijn touchpoints?",
        choices=("Website", "Kassabon", "Weerbericht", "Reclame"),
        answers=("Website", "Kassabon", "Reclame"), multiple=True,
    )
    questions, _ = build_questions([card])
    async with running_game(tmp_path, questions, Settings(time_s=30, calm=True)) as run:
        ada = await student(run.url, "Ada")
        bo = await student(run.url, "Bo")
        run.game.start()
        qa = await ada.expect("question")
        qb = await bo.expect("question")
        assert qa["multiple"] is True
        ids_a = {c["text"]: c["id"] for c in qa["choices"]}  # type: ignore[union-attr]
        ids_b = {c["text"]: c["id"] for c in qb["choices"]}  # type: ignore[union-attr]
        await ada.send({"type": "answer", "question": 0, "answer": {"choice": [
            ids_a["Reclame"], ids_a["Website"], ids_a["Kassabon"]]}})
        await ada.expect("ack")
        await bo.send({"type": "answer", "question": 0,
                       "answer": {"choice": [ids_b["Website"], ids_b["Website"]]}})
        assert (await bo.expect("error"))["code"] == "bad-answer"  # the same id twice
        await bo.send({"type": "answer", "question": 0, "answer": {"choice": [
            ids_b["Website"], ids_b["Weerbericht"], ids_b["Kassabon"]]}})
        await bo.expect("ack")
        reveal_a = await ada.expect("reveal")
        reveal_b = await bo.expect("reveal")
        assert reveal_a["result"] == "correct" and reveal_a["points"] == 1000
        assert sorted(reveal_a["correct"]["choice"]) == sorted(  # type: ignore[index]
            [ids_a["Website"], ids_a["Kassabon"], ids_a["Reclame"]])
        # Two right picks, one wrong: (2 - 1) / 3 of the points.
        assert reveal_b["result"] == "partial" and reveal_b["points"] == 333


async def test_single_choice_refuses_several_ids(tmp_path: Path) -> None:
    async with running_game(tmp_path, settings=Settings(time_s=30)) as run:
        ada = await student(run.url, "Ada")
        run.game.start()
        q = await ada.expect("question")
        ids = [c["id"] for c in q["choices"]]  # type: ignore[union-attr]
        await ada.send({"type": "answer", "question": 0, "answer": {"choice": ids[:2]}})
        assert (await ada.expect("error"))["code"] == "bad-answer"
        assert not run.game.players["p1"].answers


async def test_players_who_left_without_answering_are_not_waited_for_in_the_count(
    tmp_path: Path,
) -> None:
    # Seen in a trial: "0 van 4 spelers hebben geantwoord" while three of the four had left.
    # (A player who left is waited for a moment, in case of a reload: here 0.2 s.)
    settings = Settings(time_s=30, grace_s=0.05, auto=False, away_grace_s=0.2)
    async with running_game(tmp_path, settings=settings) as run:
        ada, bo, cy = [await student(run.url, name) for name in ("Ada", "Bo", "Cy")]
        await cy.expect("lobby")
        run.game.start()
        question = await bo.expect("question")
        await bo.send({"type": "answer", "question": 0, "answer": right_answer(question)})
        await bo.expect("ack")
        assert run.game.answered_count() == (1, 3)
        await bo.close()  # answered, then left: still counts
        await cy.close()  # left without answering: not waited for
        await wait_for(lambda: run.game.answered_count() == (1, 2))
        await ada.expect("question")
        await ada.send({"type": "answer", "question": 0, "answer": right_answer(question)})
        await ada.expect("ack")
        assert run.game.answered_count() == (2, 2)


async def anna_and_ben_at_the_first_question(run: Any) -> tuple[Any, Any, dict[str, Any]]:
    """Anna and Ben joined, the game started, the first question on Anna's screen."""
    anna, ben = await student(run.url, "Anna"), await student(run.url, "Ben")
    await ben.expect("lobby")
    run.game.start()
    return anna, ben, await anna.expect("question")


async def test_a_reload_does_not_end_the_question_for_the_class(tmp_path: Path) -> None:
    """Seen in a trial: Ben, the only one still to answer, reloaded his phone's page; the
    question closed at once for everyone, and his answer 0.2 s later was 'too-late'."""
    settings = Settings(time_s=30, grace_s=0.05, auto=False, away_grace_s=3.0)
    async with running_game(tmp_path, settings=settings) as run:
        anna, ben, question = await anna_and_ben_at_the_first_question(run)
        await anna.send({"type": "answer", "question": 0, "answer": right_answer(question)})
        await anna.expect("ack")
        await ben.close()  # the page reloads
        await wait_for(lambda: not next(p for p in run.game.active() if p.name == "Ben").connected)
        assert run.game.phase == QUESTION and run.game.answered_count() == (1, 2)
        back = await student(run.url)
        await back.send({"type": "resume", "token": ben.token})
        again = (await back.expect("welcome"))["state"]  # the open question, as it was
        assert again["type"] == "question" and again["index"] == 0  # type: ignore[index]
        await back.send({"type": "answer", "question": 0,
                         "answer": right_answer(again)})  # type: ignore[arg-type]
        assert (await back.expect("ack"))["accepted"] is True
        assert (await back.expect("reveal"))["result"] == "correct"
        await anna.close()
        await back.close()


async def test_a_player_gone_for_good_is_waited_for_only_a_moment(tmp_path: Path) -> None:
    settings = Settings(time_s=30, grace_s=0.05, auto=False, away_grace_s=0.3)
    async with running_game(tmp_path, settings=settings) as run:
        anna, ben, question = await anna_and_ben_at_the_first_question(run)
        await ben.close()
        await anna.send({"type": "answer", "question": 0, "answer": right_answer(question)})
        await anna.expect("ack")
        # the question closes when Ben's moment is over, long before its 30 s
        assert (await anna.expect("reveal", timeout=5))["result"] == "correct"
        assert run.game.answered_count() == (1, 1)
        await anna.close()


async def test_a_player_who_left_in_the_lobby_gets_no_place_and_no_share(tmp_path: Path) -> None:
    """Seen in a trial: a student who joined and left in the lobby (or a phone's second
    tab) got the bronze medal with 0 points, 'plaats 2 van 28' with three playing, and the
    questions' '% goed' counted them (3 of 3 right read as 10%)."""
    settings = Settings(time_s=30, grace_s=0.05, auto=False, away_grace_s=0.1)
    async with running_game(tmp_path, settings=settings) as run:
        ada, bo = await student(run.url, "Ada"), await student(run.url, "Bo")
        ghost = await student(run.url, "Flo")
        await ghost.close()
        await wait_for(lambda: run.game._lobby_message().players == 2)
        assert run.game._lobby_message().names == ("Ada", "Bo")
        run.game.start()
        for s, answer in ((ada, right_answer), (bo, wrong_answer)):
            question = await s.expect("question")
            await s.send({"type": "answer", "question": 0, "answer": answer(question)})
            await s.expect("ack")
        reveal = await ada.expect("reveal")
        assert reveal["players"] == 2 and reveal["rank"] == 1
        run.game.finish()
        end = await bo.expect("end")
        assert [p["name"] for p in end["podium"]] == ["Ada", "Bo"]
        assert end["you"]["rank"] == 2 and end["you"]["players"] == 2
        await ada.close()
        await bo.close()
    report = build_report(read_log(run.log_path))
    (question,) = report.questions
    assert (question["answered"], question["correct"], question["percent_correct"]) == (2, 1, 50)
    ranks = {p["name"]: p["rank"] for p in report.players}
    assert ranks == {"Ada": 1, "Bo": 2, "Flo": ""}
