"""Today's cards, defined once: sessions, home counts (per deck and goal) and statistics
agree; limits a student understands (custom study); a countdown that only goes down."""

from __future__ import annotations

import random
from datetime import UTC, timedelta
from pathlib import Path

from cjtrainer.deck.model import Flashcard
from cjtrainer.learn.counts import home_counts
from cjtrainer.learn.scheduling import Rating, Scheduler
from cjtrainer.learn.session import Limits, QuizSession, StudySession
from cjtrainer.learn.stats import compute
from cjtrainer.learn.store import Store
from tests.unit.session_support import T0, Clock, make_deck, right_response, wrong_response


def answer(s: StudySession | QuizSession, card: object, right: bool) -> None:
    if isinstance(card, Flashcard):
        s.rate(card, Rating.GOOD if right else Rating.AGAIN)
        return
    shown = s.present(card)  # type: ignore[arg-type]
    response = right_response(card, shown.mode) if right else wrong_response(card, shown.mode)  # type: ignore[arg-type]
    s.answer(card, response)  # type: ignore[arg-type]


def test_new_cards_come_from_every_deck_not_twenty_from_the_first(tmp_path: Path) -> None:
    decks = [make_deck("a", n_typed=10), make_deck("b", n_typed=10)]
    with Store(tmp_path / "p.sqlite3") as store:
        s = StudySession(store, decks, clock=Clock(), rng=random.Random(1), tz=UTC,
                         limits=Limits(new_per_day=6), learn_mode=False)
        _, _, new, _ = s._queues()
        assert [c.deck_id for c in new].count("a") == 3
        assert [c.deck_id for c in new].count("b") == 3


def test_the_countdown_only_goes_down_and_no_card_twice_in_a_row(tmp_path: Path) -> None:
    clock = Clock()
    rng = random.Random(5)
    with Store(tmp_path / "p.sqlite3") as store:
        s = StudySession(store, [make_deck("a"), make_deck("b")], clock=clock,
                         rng=random.Random(1), tz=UTC, limits=Limits(new_per_day=8))
        left = [s.remaining()]
        shown: list[str] = []
        for _ in range(200):
            card = s.next_card()
            if card is None:
                break
            if shown and shown[-1] == card.key:
                assert s.remaining() == 1
            shown.append(card.key)
            answer(s, card, rng.random() < 0.7)
            clock.tick(seconds=40)
            left.append(s.remaining())
        assert s.next_card() is None and left[-1] == 0
        assert left == sorted(left, reverse=True)
        assert s.progress == (len(shown), len(shown))


def test_limit_reached_says_so_and_extra_cards_continue(tmp_path: Path) -> None:
    clock = Clock()
    deck = make_deck("a", n_typed=10)
    with Store(tmp_path / "p.sqlite3") as store:
        s = StudySession(store, [deck], clock=clock, rng=random.Random(1), tz=UTC,
                         limits=Limits(new_per_day=3), learn_mode=False)
        for _ in range(100):
            card = s.next_card()
            if card is None:
                break
            answer(s, card, True)
            clock.tick(minutes=15)
        again = StudySession(store, [deck], clock=clock, rng=random.Random(1), tz=UTC,
                             limits=Limits(new_per_day=3), learn_mode=False)
        assert again.next_card() is None
        info = again.limit_reached()
        assert info is not None and info.started == 3 and info.limit == 3
        assert info.waiting == 10  # 14 cards, 3 started, the reverse flashcard buried
        summary = again.summary()
        assert summary.limit == info and not summary.stopped
        again.add_new(5)
        assert again.remaining() == 5
        card = again.next_card()
        assert card is not None and again.states.get(card.key) is None


def test_review_ahead_offers_tomorrows_reviews(tmp_path: Path) -> None:
    clock = Clock()
    deck = make_deck("a", n_typed=2)
    with Store(tmp_path / "p.sqlite3") as store:
        s = StudySession(store, [deck], clock=clock, rng=random.Random(1), tz=UTC,
                         learn_mode=False)
        for _ in range(100):
            card = s.next_card()
            if card is None:
                break
            answer(s, card, True)
            clock.tick(minutes=15)
        assert s.reviews_ahead(0) == 0
        ahead = s.reviews_ahead(30)
        assert ahead > 0
        s.add_review_ahead(30)
        assert s.remaining() == ahead and s.next_card() is not None


def test_a_quiz_never_spends_the_new_card_budget(tmp_path: Path) -> None:
    clock = Clock()
    decks = [make_deck("a", n_typed=10)]
    with Store(tmp_path / "p.sqlite3") as store:
        before = home_counts(store, decks, now=clock(), tz=UTC, new_per_day=5)
        q = QuizSession(store, decks, count=5, clock=clock, rng=random.Random(2), tz=UTC)
        while (card := q.next_card()) is not None:
            answer(q, card, False)
        after = home_counts(store, decks, now=clock(), tz=UTC, new_per_day=5)
        assert before.new_available == after.new_available == 5
        # the five quizzed cards are no longer new; the mistakes can be practised
        mistakes = store.mistake_keys(T0 - timedelta(days=7))
        assert len(mistakes) == 5
        practice = QuizSession(store, decks, keys=mistakes, count=5, clock=clock,
                               rng=random.Random(3), tz=UTC)
        assert [c.key for c in practice.questions] == mistakes
        typed = QuizSession(store, decks, types={"typed"}, count=20, clock=clock,
                            rng=random.Random(3), tz=UTC)
        assert {c.type for c in typed.questions} == {"typed"} and len(typed.questions) == 10


def test_stopping_early_is_a_stop_not_a_finish(tmp_path: Path) -> None:
    clock = Clock()
    with Store(tmp_path / "p.sqlite3") as store:
        s = StudySession(store, [make_deck("a")], clock=clock, rng=random.Random(1), tz=UTC)
        card = s.next_card()
        answer(s, card, True)
        summary = s.summary()
        assert summary.stopped and summary.remaining == s.remaining() > 0
        assert summary.answered == 1


def test_thirty_days_home_counts_stats_and_sessions_agree(tmp_path: Path) -> None:
    """A simulated month (injected clock): every day, before studying, the home counts per
    deck and per goal equal what a session of that deck or goal offers, and the stats."""
    rng = random.Random(30)
    decks = [make_deck("a", n_typed=10, tags=("fasen",)), make_deck("b", n_typed=8)]
    clock = Clock()
    limits = Limits(new_per_day=6, reviews_per_day=15)
    random.seed(30)  # fsrs fuzzes with the global random
    scheduler = Scheduler(fuzz=True)
    learned_before = 0
    with Store(tmp_path / "p.sqlite3") as store:
        for day in range(30):
            clock.now = T0 + timedelta(days=day, minutes=rng.randint(0, 600))

            def session(day: int = day, **scope: str) -> StudySession:
                return StudySession(store, decks, clock=clock, rng=random.Random(day), tz=UTC,
                                    scheduler=scheduler, limits=limits, **scope)  # type: ignore[arg-type]

            home = home_counts(store, decks, now=clock(), tz=UTC, new_per_day=6,
                               reviews_per_day=15)
            stats = compute(store, decks, now=clock(), tz=UTC, new_per_day=6,
                            reviews_per_day=15)
            everything = session()
            learning, reviews, new, ahead = everything._queues()
            assert home.due_today == stats.total.due_today == len(learning + ahead + reviews)
            assert home.new_available == stats.new_available == len(new)
            for d in decks:
                c = home.per_deck[d.id]
                _, _, deck_new, _ = session(deck=d.id)._queues()
                assert c.todo == session(deck=d.id).remaining()
                assert c.new_today == len(deck_new)
                assert c.learned == next(s.learned for s in stats.decks if s.deck == d.id)
            for tag, c in home.per_goal.items():
                p = session(tag=tag)._queues()
                assert c.todo == sum(map(len, p)) == session(tag=tag).remaining(), (day, tag)
            if rng.random() < 0.2:
                continue  # a day off
            for _ in range(300):
                card = everything.next_card()
                if card is None:
                    break
                answer(everything, card, rng.random() < 0.85)
                clock.tick(seconds=rng.randint(5, 90))
            after = home_counts(store, decks, now=clock(), tz=UTC, new_per_day=6,
                                reviews_per_day=15)
            assert after.due_today == 0 and after.new_available == 0
            assert all(c.todo == 0 for c in after.per_goal.values())
            learned_now = sum(c.learned for c in after.per_deck.values())
            assert learned_now >= learned_before
            learned_before = learned_now
        assert learned_before > 0


def test_a_card_missed_often_is_one_mistake(tmp_path: Path) -> None:
    clock = Clock()
    with Store(tmp_path / "p.sqlite3") as store:
        s = StudySession(store, [make_deck("a", n_typed=1)], clock=clock, rng=random.Random(1),
                         tz=UTC, limits=Limits(new_per_day=1), learn_mode=False)
        for _ in range(3):
            card = s.next_card()
            assert card is not None
            answer(s, card, False)
            clock.tick(minutes=2)
        assert s.summary().answered == 3 and len(s.summary().mistakes) == 1
