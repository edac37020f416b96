"""The game state machine under random traffic: whatever clients send and whenever the
teacher acts, nothing raises and the rules hold."""

from __future__ import annotations

import json
import random

from conftest import live_questions, server_frame
from hypothesis import given, settings
from hypothesis import strategies as st

from cjtrainer.classroom.game import END, QUESTION, Game, Settings


class Recorder:
    """The network side of the game: what was sent to which connection."""

    def __init__(self) -> None:
        self.sent: list[tuple[object, dict]] = []
        self.closed: list[object] = []

    def send(self, conn: object, text: str) -> None:
        self.sent.append((conn, server_frame(text)))

    def close(self, conn: object) -> None:
        self.closed.append(conn)


frames = st.one_of(
    st.builds(lambda n: {"type": "join", "code": "ABC234", "name": f"Speler {n}"},
              st.integers(0, 5)),
    st.builds(lambda q, c: {"type": "answer", "question": q, "answer": {"choice": c}},
              st.integers(0, 5), st.sampled_from(["a", "b", "c", "d", "true", "false", "z"])),
    st.builds(lambda q, t: {"type": "answer", "question": q, "answer": {"text": t}},
              st.integers(0, 5), st.sampled_from(["touchpoint", "klantreis", "", "x" * 50])),
    st.builds(lambda q, o: {"type": "answer", "question": q, "answer": {"order": o}},
              st.integers(0, 5), st.lists(st.sampled_from("abcd"), max_size=5)),
    st.builds(lambda tok: {"type": "resume", "token": tok}, st.sampled_from(["", "x", "TOKEN"])),
    st.just({"type": "nonsense"}),
    st.just("{broken"),
)
steps = st.lists(
    st.one_of(
        st.tuples(st.just("frame"), st.integers(0, 4), frames),
        st.tuples(st.just("teacher"), st.sampled_from(
            ["start", "advance", "kick", "lock", "finish", "drop"]), st.integers(0, 4)),
        st.tuples(st.just("time"), st.floats(0, 3), st.just(None)),
    ),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(steps)
def test_random_traffic_keeps_the_rules(script: list[tuple]) -> None:
    now = [0.0]
    transport = Recorder()
    game = Game(live_questions(), transport, settings=Settings(time_s=2, grace_s=0.1, auto=True,
                                                               reveal_s=0.5, leaderboard_s=0.5),
                code="ABC234", rng=random.Random(0), clock=lambda: now[0])
    tokens: list[str] = []
    for kind, a, b in script:
        if kind == "frame":
            if isinstance(b, dict) and b.get("type") == "resume" and b["token"] == "TOKEN":
                b = {"type": "resume", "token": tokens[-1] if tokens else ""}
            game.receive(f"c{a}", b if isinstance(b, str) else json.dumps(b), f"10.0.0.{a}")
        elif kind == "teacher":
            if a == "start":
                game.start()
            elif a == "advance":
                game.advance()
            elif a == "kick":
                game.kick(f"p{b}")
            elif a == "lock":
                game.lock(not game.locked)
            elif a == "finish":
                game.finish()
            else:
                game.disconnect(f"c{b}")
        else:
            now[0] += a
            game.tick()
        tokens += [m["token"] for _, m in transport.sent if m["type"] == "welcome"]
        # Invariants after every step.
        for player in game.players.values():
            assert player.score == sum(s.points for s in player.answers.values())
            assert all(0 <= s.points <= 1000 for s in player.answers.values())
            assert all(i <= max(game.index, 0) for i in player.answers)
        if game.phase == QUESTION:
            assert 0 <= game.remaining_ms() <= game.time_ms
    # Nothing sent before a reveal says what is right.
    for _, message in transport.sent:
        if message["type"] == "welcome":
            message = message["state"] or {}
        if message.get("type") in ("question", "ack", "lobby"):
            text = json.dumps(message)
            assert '"correct"' not in text and "explain" not in text
    if game.phase == END:
        assert any(m["type"] == "end" for _, m in transport.sent) or not game.active()
