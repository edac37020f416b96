""""Ik had het goed": a student overrules an auto-graded answer marked wrong."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from cjtrainer.learn.scheduling import Rating
from cjtrainer.learn.store import Store
from tests.unit.session_support import Clock, make_deck, session_for


def test_override_makes_the_answer_right_and_logs_it(tmp_path: Path) -> None:
    store = Store(tmp_path / "progress.sqlite3")
    clock = Clock()
    deck = make_deck()
    s = session_for(store, [deck], clock, learn_mode=False)
    card = deck.card("t1")
    assert card is not None
    s.present(card)
    wrong = s.answer(card, "koop iets")
    assert wrong.rating == Rating.AGAIN and wrong.can_override
    right = s.override()
    assert right is not None and right.overridden and not right.can_override
    assert right.rating == Rating.GOOD and right.correct
    assert s.override() is None  # once
    # the log holds one answer for the card: right, with the grader's verdict kept
    (review,) = store.reviews(key=card.key)
    assert review.rating == Rating.GOOD and review.verdict == "right"
    assert review.given == "koop iets"
    # the schedule is that of a right answer from the state before
    assert store.state(card.key) == right.state
    assert right.state.due is not None and wrong.state.due is not None
    assert right.state.due > wrong.state.due
    exported = [r for r in store.export_json()["reviews"] if r["card"] == "t1"]
    kept = [r for r in exported if r.get("overridden_from")]
    assert len(kept) == 1 and kept[0]["overridden_from"] == "wrong" and kept[0]["rating"] == 3
    # undo takes the overruled answer back to the state before it
    assert s.undo() == card
    assert store.state(card.key) is None
    assert s.summary().answered == 0
    store.close()


def test_override_after_a_hint_is_hard_and_is_exported(tmp_path: Path) -> None:
    store = Store(tmp_path / "a.sqlite3")
    clock = Clock()
    deck = make_deck()
    s = session_for(store, [deck], clock, learn_mode=False)
    card = deck.card("t2")
    assert card is not None
    s.present(card)
    s.answer(card, "zzz", used_hint=True)
    outcome = s.override()
    assert outcome is not None and outcome.rating == Rating.HARD
    path = store.export_file(tmp_path / "export.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert any(r.get("overridden_from") == "wrong" for r in data["reviews"])
    store.close()


def test_a_right_answer_cannot_be_overridden(tmp_path: Path) -> None:
    store = Store(tmp_path / "progress.sqlite3")
    deck = make_deck()
    s = session_for(store, [deck], Clock(), learn_mode=False)
    card = deck.card("t1")
    assert card is not None
    s.present(card)
    assert not s.answer(card, "Aankoop").can_override
    assert s.override() is None
    store.close()


def test_a_blank_answer_cannot_be_called_right(tmp_path: Path) -> None:
    """Seen by a student: enter through every gap, then ctrl+g 'ik had het goed' counted
    the empty answer as right (and the teacher saw it as the student's judgement)."""
    store = Store(tmp_path / "progress.sqlite3")
    deck = make_deck()
    s = session_for(store, [deck], Clock(), learn_mode=False)
    for card_id, blank in (("t1", ""), ("t2", "   ")):
        card = deck.card(card_id)
        assert card is not None
        s.present(card)
        outcome = s.answer(card, blank)
        assert not outcome.correct and not outcome.can_override
        assert s.override() is None
    store.close()


def test_a_version_1_store_gets_the_override_column(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE review_log DROP COLUMN overridden_from")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    store = Store(path)
    deck = make_deck()
    s = session_for(store, [deck], Clock(), learn_mode=False)
    card = deck.card("t1")
    assert card is not None
    s.present(card)
    s.answer(card, "zzz")
    assert s.override() is not None
    store.close()
    columns = [r[1] for r in sqlite3.connect(path).execute("PRAGMA table_info(review_log)")]
    assert "overridden_from" in columns
