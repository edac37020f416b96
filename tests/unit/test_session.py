"""Study and quiz sessions driven without a screen: order, limits, burying, learn mode,
undo, quizzes, 60 simulated days, and a SIGKILL in the middle of a session."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from collections import Counter
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from msgspec.structs import replace

from cjtrainer.deck.load import load_file
from cjtrainer.deck.model import (
    ClozeCard,
    Deck,
    Flashcard,
    ListCard,
    TypedCard,
)
from cjtrainer.learn.cardtypes import learn_type
from cjtrainer.learn.scheduling import CardState, Phase, Rating, Scheduler
from cjtrainer.learn.session import Limits, PracticeSession, QuizSession, StudySession
from cjtrainer.learn.store import Store
from tests.unit.session_support import (
    T0,
    Clock,
    make_deck,
    right_response,
    session_for,
    wrong_response,
)

ROOT = Path(__file__).resolve().parents[2]


def study(session: StudySession, clock: Clock, *, right: bool = True, limit: int = 500) -> list[str]:
    shown = []
    for _ in range(limit):
        card = session.next_card()
        if card is None:
            break
        p = session.present(card)
        shown.append(card.key)
        clock.tick(seconds=5)
        if p.mode == "flashcard":
            session.rate(card, Rating.GOOD if right else Rating.AGAIN)
        else:
            resp = right_response(card, p.mode) if right else wrong_response(card, p.mode)
            session.answer(card, resp)
    return shown


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "progress.sqlite3")
    yield s
    s.close()


# ---------------------------------------------------------------------- order and limits


def test_daily_new_limit_and_next_day(store: Store) -> None:
    clock = Clock()
    deck = make_deck(n_typed=10)
    s = session_for(store, [deck], clock, limits=Limits(new_per_day=3))
    shown = study(s, clock)
    assert len(set(shown)) == 3
    assert s.next_card() is None
    # a new session the same day: still nothing new
    assert session_for(store, [deck], clock, limits=Limits(new_per_day=3)).next_card() is None
    clock.now = T0 + timedelta(days=1)
    s2 = session_for(store, [deck], clock, limits=Limits(new_per_day=3))
    shown2 = study(s2, clock)
    assert len(set(shown2) - set(shown)) == 3  # three more new ones
    assert set(shown) <= set(shown2)  # yesterday's are due again


def test_review_limit(store: Store) -> None:
    clock = Clock()
    deck = make_deck(n_typed=10)
    study(session_for(store, [deck], clock, learn_mode=False), clock)
    clock.now = T0 + timedelta(days=30)
    s = session_for(store, [deck], clock, limits=Limits(new_per_day=0, reviews_per_day=4))
    shown = study(s, clock)
    assert len(set(shown)) == 4


def test_learning_cards_come_before_reviews_and_new(store: Store) -> None:
    clock = Clock()
    deck = make_deck(n_typed=4)
    s = session_for(store, [deck], clock, learn_mode=False)
    first = s.next_card()
    assert first is not None
    s.present(first)
    s.answer(first, wrong_response(first, "typed")) if not isinstance(first, Flashcard) else \
        s.rate(first, Rating.AGAIN)
    clock.tick(minutes=2)  # its 1-minute step is due now
    other = s.next_card()  # never the same card twice in a row while others wait
    assert other is not None and other != first
    s.answer(other, wrong_response(other, "typed"))
    assert s.next_card() == first  # the learning card, before the new ones


def test_the_only_card_left_may_come_twice_in_a_row(store: Store) -> None:
    clock = Clock()
    s = session_for(store, [make_deck(n_typed=1)], clock, learn_mode=False,
                    limits=Limits(new_per_day=1))
    card = s.next_card()
    assert card is not None and not isinstance(card, Flashcard)
    assert card is not None
    s.answer(card, wrong_response(card, "typed"))
    clock.tick(minutes=2)
    assert s.next_card() == card


def test_new_cards_are_interleaved_with_reviews(store: Store) -> None:
    clock = Clock()
    old = make_deck("oud", n_typed=8)
    study(session_for(store, [old], clock, learn_mode=False), clock)
    clock.now = T0 + timedelta(days=40)
    new = make_deck("nieuw", n_typed=4)
    s = session_for(store, [old, new], clock, learn_mode=False, limits=Limits(new_per_day=4))
    order = study(s, clock)
    firsts: list[str] = []
    for key in order:
        if key not in firsts:
            firsts.append(key)
    new_keys = {r.key for r in store.reviews(since=clock.now - timedelta(hours=1))
                if r.phase_before == Phase.NEW}
    assert len(new_keys) == 4  # the limit (oud/kr.reverse, buried on day 0, is one of them)
    new_at = [i for i, k in enumerate(firsts) if k in new_keys]
    between = [k for k in firsts[new_at[0]:new_at[-1]] if k not in new_keys]
    assert len(between) >= 4  # reviews between the new cards, not all new ones in a row
    assert new_at[0] > 0


def test_new_cards_take_turns_between_decks_and_goals_answer_after_answer(
        store: Store) -> None:
    """Seen by a student: 'Leren: alle decks' asked 17 new cards of the first deck, then
    three of the second, and none of the others. The plan is made again after every answer;
    its round robin started with the first deck each time."""
    clock = Clock()
    decks = [make_deck(name, n_typed=10) for name in ("een", "twee", "drie")]
    s = session_for(store, decks, clock, learn_mode=False, limits=Limits(new_per_day=9))
    firsts = list(dict.fromkeys(study(s, clock, limit=100)))  # each card where first asked
    decks_in_turn = [key.split("/")[0] for key in firsts[:9]]
    assert decks_in_turn == ["een", "twee", "drie"] * 3
    # within a deck, its goals take turns too: 'fase' (even cards) and untagged (odd)
    een = [key for key in firsts if key.startswith("een/")]
    tags = ["fase" if "fase" in decks[0].card(key.split("/")[1]).tags else "" for key in een]
    assert tags[:2] in (["fase", ""], ["", "fase"])


def test_the_count_of_cards_met_for_the_first_time_drops_with_each_new_card(
        store: Store) -> None:
    """Seen by a student: 'nog 20' from card 1 to card 28, since a new card answered
    goes into its learning steps and is still to do today. Those are counted apart."""
    clock = Clock()
    s = session_for(store, [make_deck()], clock, learn_mode=False)
    first_time = []
    for _ in range(4):
        first_time.append(s.progress_parts()[1])
        assert len(study(s, clock, limit=1)) == 1  # one card answered right
    assert first_time == sorted(first_time, reverse=True) and first_time[0] > first_time[-1]
    done, first, back = s.progress_parts()
    assert back > 0 and (done, done + first + back) == s.progress


def test_siblings_are_not_shown_on_the_same_day(store: Store) -> None:
    clock = Clock()
    deck = make_deck()
    shown = study(session_for(store, [deck], clock), clock)
    assert "fasen/kr" in shown and "fasen/kr.reverse" not in shown
    clock.now = T0 + timedelta(days=1, hours=1)
    shown = study(session_for(store, [deck], clock), clock)
    assert "fasen/kr.reverse" in shown


def test_scope_by_deck_and_tag(store: Store) -> None:
    clock = Clock()
    a, b = make_deck("a"), make_deck("b", tags=("week2",))
    assert {k.split("/")[0] for k in study(session_for(store, [a, b], clock, deck="b"), clock)} \
        == {"b"}
    keys = study(session_for(store, [a, b], clock, tag="fase"), clock)
    assert keys and all(k.split("/")[1] in ("t0", "t2", "t4") for k in keys)
    assert session_for(store, [a, b], clock, tag="week2").cards == list(b.cards)


# ---------------------------------------------------------------------- learn mode


def test_learn_mode_asks_new_typed_cards_as_choice_first(store: Store) -> None:
    clock = Clock()
    deck = make_deck(n_typed=5)
    s = session_for(store, [deck], clock)
    card = deck.card("t0")
    assert card is not None and isinstance(card, TypedCard)
    p = s.present(card)
    assert p.mode == "choice" and p.easier and card.answer in p.choices
    assert len(p.choices) == 4 and len(set(p.choices)) == 4
    assert set(p.choices) <= {c.answer for c in deck.cards if isinstance(c, TypedCard)}
    # wrong: still the easier form next time
    o = s.answer(card, ("Nazorg",) if "Nazorg" in p.choices else (p.choices[0] if
                 p.choices[0] != card.answer else p.choices[1],))
    assert o.rating == Rating.AGAIN and not o.state.mc_passed
    assert s.present(card).easier
    o = s.answer(card, (card.answer,))
    assert o.rating == Rating.HARD and o.state.mc_passed
    assert store.reviews()[-1].mode == "learn"
    p = s.present(card)
    assert p.mode == "typed" and not p.easier
    assert s.answer(card, "orientatie").rating == Rating.GOOD


def test_learn_mode_asks_an_ordered_list_as_steps_to_put_in_order(store: Store) -> None:
    """Picking all steps of an ordered list would leave the order unasked: its easier
    form gives the steps, shuffled, and is graded as an order card."""
    clock = Clock()
    steps = ("Oriëntatie", "Aankoop", "Levering", "Gebruik", "Nazorg")
    ordered = ListCard(deck_id="fasen", id="volgorde", prompt="Noem de fasen in volgorde.",
                       items=tuple((s,) for s in steps), ordered=True)
    loose = ListCard(deck_id="fasen", id="los", prompt="Noem drie manieren van kiezen.",
                     items=(("routinematig",), ("onderzoekend",), ("vergelijkend",)))
    deck = make_deck(n_typed=5)
    deck = Deck(id=deck.id, title=deck.title, path=deck.path,
                cards=(*deck.cards, ordered, loose))
    s = session_for(store, [deck], clock)
    p = s.present(ordered)
    assert p.mode == "order" and p.easier
    assert sorted(p.choices) == sorted(steps) and p.choices != steps  # shuffled, none extra
    # two steps swapped: partly right, as for an order card, and asked this way again
    swapped = (steps[1], steps[0], *steps[2:])
    o = s.answer(ordered, swapped)
    assert o.grade is not None and o.grade.verdict == "partial" and not o.state.mc_passed
    assert len(o.grade.parts) == 5 and not all(part.correct for part in o.grade.parts)
    assert s.present(ordered).mode == "order"
    o = s.answer(ordered, steps)
    assert o.rating == Rating.HARD and o.state.mc_passed  # as any easier form
    assert s.present(ordered).mode == "list"  # then typed, as written
    # a list whose order does not count stays a select-all, and so does an ordered one
    # of two steps (never shown in order, it would give the answer away)
    p = s.present(loose)
    assert p.mode == "choice" and p.easier and p.multiple
    two = replace(ordered, id="twee", items=ordered.items[:2])
    assert learn_type(two).easier(two).type == "choice"


def test_learn_mode_asks_a_list_of_some_of_its_items_as_written(store: Store) -> None:
    """"Noem twee redenen" of five: as a select-all, ticking the two asked for was graded
    "2 van 5", partly right; such a list is typed as written, two fields, from the start."""
    clock = Clock()
    some = ListCard(deck_id="fasen", id="twee-van-vijf", prompt="Noem twee redenen.",
                    items=(("conversie",), ("retentie",), ("onboarding",), ("opzeggingen",),
                           ("tevredenheid",)), min_correct=2)
    deck = make_deck(n_typed=5)
    deck = Deck(id=deck.id, title=deck.title, path=deck.path, cards=(*deck.cards, some))
    s = session_for(store, [deck], clock)
    p = s.present(some)
    assert p.mode == "list" and not p.easier
    o = s.answer(some, ("retentie", "conversie"))
    assert o.grade is not None and o.grade.correct
    everything = replace(some, id="alle-vijf", min_correct=None)
    assert learn_type(everything).easier(everything).type == "choice"


def test_learn_mode_on_a_model_deck(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "biekar.yaml"
    path.write_text(textwrap.dedent("""\
        deck: biekar
        title: BIEKAR
        models:
          - id: biekar
            name: BIEKAR
            kind: sequence
            acronym: BIEKAR
            steps:
              - {name: Behoefte, description: De klant merkt dat hij iets nodig heeft.}
              - {name: Informatie zoeken, description: De klant zoekt informatie.}
              - {name: Evaluatie, description: De klant vergelijkt.}
              - {name: Keuze, description: De klant kiest.}
              - {name: Aankoop, description: De klant koopt.}
              - {name: Resultaat, description: De klant gebruikt en beoordeelt.}
          - id: fasen
            name: de vijf fasen
            kind: sequence
            steps:
              - {name: Oriëntatie, description: Rondkijken.}
              - {name: Aankoopfase, description: Kopen.}
              - {name: Levering, description: Ontvangen.}
              - {name: Gebruik, description: Gebruiken.}
              - {name: Nazorg, description: Service na de aankoop.}
        """), encoding="utf-8")
    result = load_file(path)
    assert result.deck is not None, [str(p) for p in result.problems]
    deck = result.deck
    clock = Clock()
    s = session_for(store, [deck], clock, limits=Limits(new_per_day=100))
    modes = Counter()
    for card in deck.cards:
        p = s.present(card)
        modes[(card.type, p.mode, p.easier)] += 1
        if p.easier:
            assert set(right_response(card, "choice")) <= set(p.choices)  # type: ignore[arg-type]
            if isinstance(card, ListCard) and not card.ordered:
                assert p.multiple
    # both models are sequences: their steps are given, to put in order
    assert modes[("list", "order", True)] == 2
    assert modes[("typed", "choice", True)] >= 5
    shown = study(s, clock)
    assert shown  # a full study run over a model deck works
    assert all(st.phase != Phase.NEW for st in s.states.values())


def test_hint_caps_at_hard(store: Store) -> None:
    clock = Clock()
    deck = make_deck()
    s = session_for(store, [deck], clock, learn_mode=False)
    card = deck.card("t1")
    assert card is not None
    s.present(card)
    o = s.answer(card, "Aankoop", used_hint=True)
    assert o.grade is not None and o.grade.verdict == "right" and o.rating == Rating.HARD
    assert store.reviews()[-1].used_hint


# ---------------------------------------------------------------------- undo, summary


def test_undo_restores_state_and_asks_the_card_again(store: Store) -> None:
    clock = Clock()
    deck = make_deck()
    s = session_for(store, [deck], clock, learn_mode=False)
    first = s.next_card()
    assert first is not None
    study(s, clock, limit=1)
    state_after_first = store.state(first.key)
    second = s.next_card()
    assert second is not None and second != first
    p = s.present(second)
    s.answer(second, wrong_response(second, p.mode)) if p.mode != "flashcard" else \
        s.rate(second, Rating.AGAIN)
    assert s.progress[0] == 2
    assert s.undo() == second
    assert store.state(second.key) is None
    assert store.state(first.key) == state_after_first
    assert s.next_card() == second
    assert s.progress[0] == 1
    assert s.summary().mistakes == ()
    assert s.undo() == first and s.undo() is None
    assert store.states() == {}


def test_summary_counts_mistakes_time_and_next_due(store: Store) -> None:
    clock = Clock()
    deck = make_deck(n_typed=3)
    s = session_for(store, [deck], clock, learn_mode=False)
    study(s, clock, right=False, limit=3)
    summary = s.summary()
    assert summary.answered == 3 and summary.correct == 0 and summary.accuracy == 0.0
    assert len(summary.mistakes) == 3 and summary.seconds == pytest.approx(15.0)
    assert summary.new_cards == 3
    assert summary.next_due is not None and summary.next_due > clock.now
    done, total = s.progress
    assert done == 3 and total >= done


def test_leech_is_flagged(store: Store) -> None:
    clock = Clock()
    deck = make_deck(n_typed=1)
    card = deck.card("t0")
    assert card is not None
    s = session_for(store, [deck], clock, learn_mode=False)
    s.answer(card, "Oriëntatie")
    clock.tick(minutes=10)
    s.answer(card, "Oriëntatie")
    flagged = []
    for _ in range(8):
        state = s.states[card.key]
        assert state.due is not None
        clock.now = state.due
        flagged.append(s.answer(card, "fout").became_leech)
        clock.tick(minutes=10)
        s.answer(card, "Oriëntatie")
    assert flagged == [False] * 7 + [True]
    assert store.state(card.key).leech  # type: ignore[union-attr]
    assert [st.key for st in store.leeches()] == [card.key] == [st.key for st in store.leeches("fasen")]
    assert store.leeches("ander") == []


# ---------------------------------------------------------------------- quiz


def test_free_practice_grades_but_writes_nothing(store: Store) -> None:
    clock = Clock()
    deck = make_deck(n_typed=3)
    known = deck.card("t0")
    assert isinstance(known, TypedCard)
    when = clock() - timedelta(days=2)  # t0 is learned and in review; the rest is new
    store.record(CardState(key=known.key, phase=Phase.REVIEW, stability=5.0, difficulty=5.0,
                           due=clock() + timedelta(days=3), last_review=when, reps=2),
                 None, time=when, rating=3, mode="study")
    before = (store.states(), store.reviews())
    keys = [known.key, *(c.key for c in deck.cards if c is not known)]
    s = PracticeSession(store, [deck], clock=clock, rng=random.Random(1), count=50, keys=keys)
    assert not s.schedules and len(s.questions) == len(deck.cards)
    assert s.next_card() is known
    assert s.present(known).mode == "typed"  # learned: as written
    new_typed = deck.card("t1")
    assert s.present(new_typed).easier  # not learned yet: the easier form first
    assert s.preview(known) == {}  # a rating plans nothing
    outcome = s.answer(known, "zzz")
    assert not outcome.correct and outcome.can_override
    assert s.override() is not None and s._done[-1].outcome.correct  # "ik had het goed"
    assert s.undo() is known and s.next_card() is known
    while (card := s.next_card()) is not None:
        shown = s.present(card)
        if shown.mode == "flashcard":
            s.rate(card, Rating.AGAIN)
        else:
            s.answer(card, right_response(card, shown.mode))
    result = s.result()
    flashcards = sum(1 for c in deck.cards if isinstance(c, Flashcard))  # rated Again
    assert result.answered == len(deck.cards)
    assert result.correct == len(deck.cards) - flashcards and flashcards
    assert (store.states(), store.reviews()) == before  # the planning as it was


def test_quiz_asks_n_questions_and_scores_with_mistakes(store: Store) -> None:
    clock = Clock()
    deck = make_deck(n_typed=6)
    q = QuizSession(store, [deck], count=5, clock=clock, rng=random.Random(3))
    assert len(q.questions) == 5 and q.progress == (0, 5)
    n = 0
    while (card := q.next_card()) is not None:
        p = q.present(card)
        assert not p.easier
        clock.tick(seconds=3)
        if p.mode == "flashcard":
            q.rate(card, Rating.GOOD)
        elif n % 2:
            q.answer(card, wrong_response(card, p.mode))
        else:
            q.answer(card, right_response(card, p.mode))
        n += 1
    r = q.result()
    assert r.total == 5 and r.answered == 5
    assert r.correct + len(r.mistakes) == 5 and r.seconds == pytest.approx(15.0)
    assert 0 < r.score < 1
    assert {rv.mode for rv in store.reviews()} == {"quiz"}
    assert len(store.states()) == 5  # FSRS was updated
    assert QuizSession(store, [deck], count=50, rng=random.Random(1)).progress == (0, 10)


# ---------------------------------------------------------------------- 60 days


def simulate(path: Path, days: int = 60, seed: int = 11) -> tuple[list[tuple], dict, list[int]]:
    """A student studying every day (skipping some), answering right with the chance FSRS
    predicts. Returns the review log, the final states and the new cards per day."""
    rng = random.Random(seed)
    decks = [make_deck("week1", n_typed=10), make_deck("week2", n_typed=10)]
    clock = Clock(T0)
    random.seed(seed)  # fsrs fuzzes with the global random
    scheduler = Scheduler(fuzz=True)
    new_per_day = []
    with Store(path) as store:
        for day in range(days):
            clock.now = T0 + timedelta(days=day, minutes=rng.randint(0, 600))
            if rng.random() < 0.15:
                new_per_day.append(0)
                continue
            s = StudySession(store, decks, clock=clock, rng=random.Random(day), tz=UTC,
                             scheduler=scheduler, limits=Limits(new_per_day=5))
            for _ in range(300):
                card = s.next_card()
                if card is None:
                    break
                p = s.present(card)
                state = s.states.get(card.key)
                chance = 0.6 if state is None else max(0.3, scheduler.retrievability(state, clock.now))
                ok = rng.random() < chance
                clock.tick(seconds=rng.randint(3, 20))
                if p.mode == "flashcard":
                    s.rate(card, Rating.GOOD if ok else Rating.AGAIN)
                else:
                    s.answer(card, right_response(card, p.mode) if ok else wrong_response(card, p.mode))
            new_per_day.append(s.summary().new_cards)
        log = [(r.key, r.time, r.rating, r.mode, r.score) for r in store.reviews()]
        states = store.states()
    return log, states, new_per_day


def test_sixty_days_of_study_are_deterministic_and_sane(tmp_path: Path) -> None:
    log1, states1, new1 = simulate(tmp_path / "a.sqlite3")
    log2, states2, new2 = simulate(tmp_path / "b.sqlite3")
    assert log1 == log2 and states1 == states2 and new1 == new2
    assert max(new1) <= 5
    total_cards = 2 * (10 + 4)
    assert len(states1) == total_cards  # everything was introduced
    assert sum(1 for s in states1.values() if s.phase == Phase.REVIEW) >= total_cards * 0.8
    assert any(s.stability and s.stability > 21 for s in states1.values())
    # no card is asked on a day it was not due, apart from learning steps
    per_day = Counter((k, t.date()) for k, t, *_ in log1)
    assert max(per_day.values()) <= 8


# ---------------------------------------------------------------------- SIGKILL


CHILD = """
import random, sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
sys.path.insert(0, {root!r})
sys.path.insert(0, {tests!r})
from session_support import make_deck, right_response
from cjtrainer.learn.session import StudySession, Limits
from cjtrainer.learn.store import Store
from cjtrainer.learn.scheduling import Rating

store = Store(sys.argv[1])
start = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)
step = [0]
def clock():
    step[0] += 1
    return start + timedelta(seconds=step[0])
decks = [make_deck("k" + str(i), n_typed=10) for i in range(10)]
s = StudySession(store, decks, clock=clock, rng=random.Random(1), tz=timezone.utc,
                 limits=Limits(new_per_day=1000), learn_mode=False)
while True:
    card = s.next_card()
    if card is None:
        break
    p = s.present(card)
    if p.mode == "flashcard":
        o = s.rate(card, Rating.GOOD)
    else:
        o = s.answer(card, right_response(card, p.mode))
    print("ack", o.review_id, flush=True)
print("done", flush=True)
"""


def test_sigkill_mid_session_loses_no_acknowledged_answer(tmp_path: Path) -> None:
    db = tmp_path / "progress.sqlite3"
    script = tmp_path / "child.py"
    script.write_text(CHILD.format(root=str(ROOT), tests=str(Path(__file__).parent)))
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, str(script), str(db)], stdout=subprocess.PIPE,
                             text=True, env=env)
    acked: list[int] = []
    assert child.stdout is not None
    try:
        for line in child.stdout:
            kind, _, value = line.strip().partition(" ")
            assert kind == "ack", line
            acked.append(int(value))
            if len(acked) == 60:
                os.kill(child.pid, signal.SIGKILL)
                break
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    with Store(db) as store:
        saved = {r.id for r in store.reviews()}
        assert set(acked) <= saved
        # every saved answer has its card state: the answer and the state went in together
        states = store.states()
        assert {r.key for r in store.reviews()} <= set(states)


def test_presenting_twice_gives_the_same_choices_until_answered(store: Store) -> None:
    clock = Clock()
    deck = make_deck()
    s = session_for(store, [deck], clock)
    card = deck.card("c")
    assert card is not None
    first = s.present(card)
    assert all(s.present(card) == first for _ in range(10))
    clock.tick(seconds=8)
    s.answer(card, ("Oriëntatie",))
    assert store.reviews()[-1].response_ms == 8000


def test_easier_form_distractors_skip_the_question_and_tiny_words(store: Store) -> None:
    lonely = Deck(id="los", title="los", path=Path("los.yaml"), cards=(
        TypedCard(deck_id="los", id="a", prompt="Wat volgt op Levering?", answer="Gebruik"),
        ClozeCard(deck_id="los", id="z", text="x", parts=("", " ", ""), gaps=(("na",), ("Levering",))),
    ))
    other = make_deck("ander", n_typed=6)
    clock = Clock()
    s = session_for(store, [lonely, other], clock)
    card = lonely.card("a")
    assert card is not None
    # "Levering" is in the prompt, "na" too short: too few in its own deck, and other
    # decks' terms are unrelated: asked as written
    assert s.present(card).mode == "typed"
    alone = session_for(store, [lonely], clock)
    assert alone.present(card).mode == "typed"


def test_a_reworded_card_keeps_its_progress_and_a_removed_one_its_history(store: Store) -> None:
    clock = Clock()
    v1 = make_deck(n_typed=2)
    s = session_for(store, [v1], clock, learn_mode=False)
    card = v1.card("t0")
    assert card is not None
    s.answer(card, "Oriëntatie")
    reworded = TypedCard(deck_id="fasen", id="t0", prompt="Hoe heet de eerste fase?",
                         answer="Oriëntatie")
    v2 = Deck(id="fasen", title="fasen", path=Path("fasen.yaml"), cards=(reworded,))
    s2 = session_for(store, [v2], clock, learn_mode=False)
    assert s2.states["fasen/t0"] == store.state("fasen/t0")
    assert s2.present(reworded).prompt == "Hoe heet de eerste fase?"
    assert "fasen/t1" not in s2.states  # not in the deck any more, not asked
    s.answer(v1.card("t1"), "Aankoop")  # type: ignore[arg-type]
    v3 = Deck(id="fasen", title="fasen", path=Path("fasen.yaml"), cards=(reworded,))
    session_for(store, [v3], clock)
    assert store.state("fasen/t1") is not None and len(store.reviews(key="fasen/t1")) == 1


def test_summary_time_counts_at_most_a_minute_per_answer(store: Store) -> None:
    clock = Clock()
    deck = make_deck(n_typed=2)
    s = session_for(store, [deck], clock, learn_mode=False)
    a, b = deck.card("t0"), deck.card("t1")
    assert a is not None and b is not None
    s.present(a)
    clock.tick(minutes=30)  # walked away
    s.answer(a, "Oriëntatie")
    s.answer(b, "Aankoop", response_ms=12_000)
    assert s.summary().seconds == pytest.approx(72.0)
    assert store.reviews()[0].response_ms == 30 * 60 * 1000  # the log keeps the real time


def test_preview_shows_the_interval_per_rating_without_saving(store: Store) -> None:
    clock = Clock()
    deck = make_deck()
    s = session_for(store, [deck], clock)
    card = deck.card("kr")
    assert card is not None
    p = s.preview(card)
    assert p[Rating.AGAIN] == timedelta(minutes=1)
    assert p[Rating.GOOD] == timedelta(minutes=10)
    assert p[Rating.AGAIN] < p[Rating.HARD] < p[Rating.GOOD] < p[Rating.EASY]
    assert store.states() == {} and store.reviews() == []
    o = s.rate(card, Rating.GOOD)
    assert o.due - clock.now == p[Rating.GOOD]
