"""The trust rules: no answer leaks, joining, names, kick, bad input, floods."""

from __future__ import annotations

import asyncio
import json
import random
from pathlib import Path

import pytest
from conftest import deck_cards, running_game, student
from websockets.exceptions import ConnectionClosed

from cjtrainer.classroom.game import Settings
from cjtrainer.classroom.protocol import CODE_ALPHABET, MAX_FRAME, new_join_code
from cjtrainer.classroom.questions import build_questions
from cjtrainer.i18n import t

SLOW = Settings(time_s=30, grace_s=0.05, auto=False)

# Two decks that differ only in the right answers.
VARIANT_A = {
    "choice_answer": "Oriëntatie", "tf_answer": True, "typed_answer": "raakpunt",
    "order": ("Behoefte", "Oriëntatie", "Aankoop", "Evaluatie"),
}
VARIANT_B = {
    "choice_answer": "Evaluatie", "tf_answer": False, "typed_answer": "klantcontact",
    "order": ("Evaluatie", "Aankoop", "Behoefte", "Oriëntatie"),
}


async def _frames_before_reveal(tmp_path: Path, variant: dict[str, object]) -> list[str]:
    """Everything two players receive up to each reveal, for every question kind."""
    questions, _ = build_questions(deck_cards(**variant))  # type: ignore[arg-type]
    seen: list[str] = []
    async with running_game(tmp_path, questions, SLOW, seed=11) as run:
        ada = await student(run.url, "Ada")
        bo = await student(run.url, "Bo")
        run.game.start()
        for index in range(len(questions)):
            for s in (ada, bo):
                q = await s.expect("question")
                answer: dict[str, object]
                if q["kind"] == "typed":
                    answer = {"text": "iets"}
                elif q["kind"] == "order":
                    answer = {"order": [i["id"] for i in q["items"]]}  # type: ignore[union-attr]
                elif q["kind"] == "truefalse":  # the ids are fixed: no choices sent
                    answer = {"choice": "true"}
                else:
                    answer = {"choice": q["choices"][0]["id"]}  # type: ignore[index]
                await s.send({"type": "answer", "question": index, "answer": answer})
                await s.expect("ack")
            for s in (ada, bo):
                await s.expect("reveal")
                before = s.frames[:-1]
                for frame in before:
                    frame = dict(frame)
                    if frame["type"] == "welcome":
                        frame.pop("token")
                    frame.pop("remaining_ms", None)
                    seen.append(json.dumps(frame, ensure_ascii=False, sort_keys=True))
                s.frames.clear()
            run.game.advance()  # leaderboard
            run.game.advance()  # next question
            for s in (ada, bo):
                if index + 1 < len(questions):
                    await s.expect("leaderboard")
                s.frames.clear()
    return seen


async def test_no_answer_leaks_for_any_kind(tmp_path: Path) -> None:
    """Rule 1: what a student receives before a reveal does not depend on the right answer
    (choice, true/false, typed, order and a converted cloze), so it cannot contain it."""
    a = await _frames_before_reveal(tmp_path / "a", VARIANT_A)
    b = await _frames_before_reveal(tmp_path / "b", VARIANT_B)
    kinds = {json.loads(f).get("kind") for f in a}
    assert {"choice", "truefalse", "typed", "order"} <= kinds
    assert a == b
    everything = "\n".join(a + b)
    for secret in ("raakpunt", "klantcontact", "klantreis", '"correct"', "explain"):
        assert secret not in everything


async def test_reveal_carries_the_answer(tmp_path: Path) -> None:
    async with running_game(tmp_path, settings=SLOW) as run:
        ada = await student(run.url, "Ada")
        run.game.start()
        for _ in range(3):
            await ada.expect("question")
            run.game.advance()
            reveal = await ada.expect("reveal")
            run.game.advance()
            run.game.advance()
        assert reveal["correct"] == {"text": "touchpoint"}


def test_join_code_alphabet_has_no_lookalikes() -> None:
    for bad in "0O1IL":
        assert bad not in CODE_ALPHABET
    codes = {new_join_code() for _ in range(200)}
    assert all(len(c) == 6 and set(c) <= set(CODE_ALPHABET) for c in codes)
    assert len(codes) > 190


async def test_bad_codes_close_the_connection_that_made_them(tmp_path: Path) -> None:
    async with running_game(tmp_path) as run:
        s = await student(run.url)
        results = []
        for attempt in range(6):
            await s.send({"type": "join", "code": f"XXX{attempt:03d}", "name": "Ada"})
            results.append((await s.expect("error"))["code"])
        assert results == ["bad-code"] * 5 + ["too-many-attempts"]
        assert await s.closed()  # guessing goes on only at the pace of new connections
        # The right code from the same address (a class behind one NAT) still gets in.
        ada = await student(run.url, "Ada")
        assert ada.token
        assert run.game.refused == {"bad-code": 5, "too-many-attempts": 1}


async def test_code_ignores_case_and_spaces(tmp_path: Path) -> None:
    async with running_game(tmp_path) as run:
        s = await student(run.url)
        await s.send({"type": "join", "code": " abc 234 ", "name": "Ada"})
        assert (await s.expect("welcome"))["name"] == "Ada"


async def test_lock_cap_and_kick(tmp_path: Path) -> None:
    settings = Settings(time_s=30, max_players=2, auto=False)
    async with running_game(tmp_path, settings=settings) as run:
        ada = await student(run.url, "Ada")
        await student(run.url, "Bo")
        third = await student(run.url)
        await third.send({"type": "join", "code": "ABC234", "name": "Cy"})
        assert (await third.expect("error"))["code"] == "full"
        run.game.kick("p2")
        await third.send({"type": "join", "code": "ABC234", "name": "Cy"})
        await third.expect("welcome")
        run.game.lock()
        fourth = await student(run.url)
        await fourth.send({"type": "join", "code": "ABC234", "name": "Dirk"})
        assert (await fourth.expect("error"))["code"] == "locked"
        # The kicked player's token no longer works.
        kicked = run.game.players["p2"]
        again = await student(run.url)
        await again.send({"type": "resume", "token": kicked.token})
        assert (await again.expect("error"))["code"] == "kicked"
        assert await again.closed()
        lobby = await ada.expect("lobby")
        while "Cy" not in lobby["names"]:  # type: ignore[operator]
            lobby = await ada.expect("lobby")
        assert lobby["names"] == ["Ada", "Cy"]


async def test_kicked_player_is_told_and_disconnected(tmp_path: Path) -> None:
    async with running_game(tmp_path) as run:
        ada = await student(run.url, "Ada")
        run.game.kick("p1")
        assert (await ada.expect("error"))["code"] == "kicked"
        assert await ada.closed()


async def test_names_are_cleaned_and_unique_ignoring_case(tmp_path: Path) -> None:
    async with running_game(tmp_path) as run:
        a = await student(run.url)
        await a.send({"type": "join", "code": "ABC234", "name": "\x1b[31m[red]Ada\x07\u202e "})
        assert (await a.expect("welcome"))["name"] == "[red]Ada"
        b = await student(run.url)
        await b.send({"type": "join", "code": "ABC234", "name": "[RED]ada"})
        assert (await b.expect("error"))["code"] == "name-taken"
        for bad in ("x", "\x1b[2J", "a" * 21, "   "):
            await b.send({"type": "join", "code": "ABC234", "name": bad})
            assert (await b.expect("error"))["code"] == "name-invalid"


BAD_FRAMES = [
    ("{not json", "bad-json"),
    ("[1, 2]", "bad-message"),
    ('"join"', "bad-message"),
    ('{"no": "type"}', "bad-message"),
    ('{"type": "hack", "x": 1}', "unknown-type"),
    ('{"type": 5}', "bad-message"),
    ('{"type": "join", "code": 123, "name": "Ada"}', "bad-field"),
    ('{"type": "join", "code": "ABC234"}', "bad-field"),
    ('{"type": "resume", "token": ["x"]}', "bad-field"),
    ('{"type": "answer", "question": "0", "answer": {"choice": "a"}}', "bad-field"),
    ('{"type": "answer", "question": true, "answer": {"choice": "a"}}', "bad-field"),
    ('{"type": "answer", "question": 0, "answer": "a"}', "bad-field"),
    ('{"type": "answer", "question": 0, "answer": {"choice": 3}}', "bad-field"),
    ('{"type": "answer", "question": 0, "answer": {"text": ["a"]}}', "bad-field"),
    ('{"type": "answer", "question": 0, "answer": {"order": "abc"}}', "bad-field"),
    ('{"type": "answer", "question": 0, "answer": {"choice": "a", "text": "b"}}', "bad-field"),
    ("[[[[[[[[[[]]]]]]]]]]", "bad-message"),
]


async def test_bad_input_gets_errors_and_the_game_goes_on(tmp_path: Path) -> None:
    async with running_game(tmp_path, settings=SLOW) as run:
        ada = await student(run.url, "Ada")
        mallory = await student(run.url, "Mallory")
        run.game.start()
        q = await ada.expect("question")
        await mallory.expect("question")
        for frame, code in BAD_FRAMES:
            await mallory.send(frame)
            error = await mallory.expect("error")
            assert error["code"] == code, frame
            assert t(f"classroom.error.{error['code']}") != f"classroom.error.{error['code']}"
        await mallory.send(b"\x00\x01binary")
        assert (await mallory.expect("error"))["code"] == "binary"
        # Nobody else was touched and the game goes on.
        assert not [f for f in ada.frames if f["type"] == "error"]
        first = q["choices"][0]["id"]  # type: ignore[index]
        await ada.send({"type": "answer", "question": 0, "answer": {"choice": first}})
        assert (await ada.expect("ack"))["accepted"] is True
        assert run.game.players["p2"].connected


async def test_oversized_frame_closes_only_that_connection(tmp_path: Path) -> None:
    async with running_game(tmp_path, settings=SLOW) as run:
        ada = await student(run.url, "Ada")
        big = await student(run.url, "Groot")
        await big.send(json.dumps({"type": "join", "code": "x", "name": "y" * MAX_FRAME}))
        assert await big.closed()
        assert big.ws.close_code == 1009  # message too big
        assert not run.game.players["p2"].connected  # away, not crashed
        run.game.start()
        assert (await ada.expect("question"))["index"] == 0


async def test_flood_is_refused_then_closed_while_the_game_goes_on(tmp_path: Path) -> None:
    async with running_game(tmp_path, settings=SLOW) as run:
        ada = await student(run.url, "Ada")
        flood = await student(run.url, "Flood")
        run.game.start()
        q = await ada.expect("question")
        frame = json.dumps({"type": "answer", "question": 9, "answer": {"choice": "a"}})
        for _ in range(200):
            try:
                await flood.send(frame)
            except Exception:
                break
        codes = []
        with pytest.raises(ConnectionClosed):
            while True:
                codes.append((await flood.recv(timeout=5)).get("code"))
        assert "too-fast" in codes
        assert flood.ws.close_code == 1008
        second = q["choices"][1]["id"]  # type: ignore[index]
        await ada.send({"type": "answer", "question": 0, "answer": {"choice": second}})
        assert (await ada.expect("ack"))["accepted"] is True


async def test_many_bad_clients_at_once_do_not_stop_a_game(tmp_path: Path) -> None:
    rng = random.Random(3)
    async with running_game(tmp_path, settings=SLOW) as run:
        ada = await student(run.url, "Ada")
        bad = [await student(run.url) for _ in range(5)]
        junk = ["", "{", "null", '{"type":"answer"}', "é" * 100]

        async def spam(s: object) -> None:
            for _ in range(15):
                await s.send(rng.choice(junk))  # type: ignore[attr-defined]

        await asyncio.gather(*(spam(s) for s in bad))
        run.game.start()
        assert (await ada.expect("question"))["index"] == 0
