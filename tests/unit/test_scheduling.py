"""Scheduling: grade -> rating, FSRS wrapper, fuzz, leeches, study days."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from cjtrainer.deck.model import ListCard, TypedCard
from cjtrainer.learn.grading import grade
from cjtrainer.learn.scheduling import (
    LEECH_LAPSES,
    CardState,
    Phase,
    Rating,
    Scheduler,
    SchedulerSettings,
    day_start,
    rating_for,
    study_day,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
CARD = TypedCard(deck_id="d", id="t", prompt="?", answer="Oriëntatie")
LIST = ListCard(deck_id="d", id="l", prompt="?", items=tuple((x,) for x in ("aa1", "bb2", "cc3", "dd4")))


def test_grade_to_rating_mapping() -> None:
    assert rating_for(grade(CARD, "orientatie")) == Rating.GOOD
    assert rating_for(grade(CARD, "orientatie"), used_hint=True) == Rating.HARD
    assert rating_for(grade(CARD, "orientatie"), easier_form=True) == Rating.HARD
    assert rating_for(grade(CARD, "orientatei")) == Rating.HARD
    assert rating_for(grade(CARD, "aankoop")) == Rating.AGAIN
    assert rating_for(grade(CARD, "aankoop"), used_hint=True) == Rating.AGAIN
    assert rating_for(grade(LIST, ("aa1", "bb2", "cc3"))) == Rating.HARD  # 0.75
    assert rating_for(grade(LIST, ("aa1", "bb2"))) == Rating.AGAIN  # 0.5


def test_new_card_goes_through_learning_steps_into_review() -> None:
    s = Scheduler()
    state = CardState(key="d/t")
    state = s.review(state, Rating.GOOD, T0)
    assert state.phase == Phase.LEARNING and state.due == T0 + timedelta(minutes=10)
    state = s.review(state, Rating.GOOD, T0 + timedelta(minutes=10))
    assert state.phase == Phase.REVIEW and state.due is not None
    assert state.due - (T0 + timedelta(minutes=10)) >= timedelta(days=1)
    assert state.reps == 2 and state.introduced == T0 and state.lapses == 0


def test_lapses_and_leech_after_eight() -> None:
    s = Scheduler()
    state = s.review(CardState(key="d/t"), Rating.EASY, T0)
    now = T0
    for lapse in range(1, LEECH_LAPSES + 1):
        assert state.phase == Phase.REVIEW
        assert state.due is not None
        now = state.due
        state = s.review(state, Rating.AGAIN, now)
        assert state.phase == Phase.RELEARNING and state.lapses == lapse
        assert state.leech == (lapse >= LEECH_LAPSES)
        now = now + timedelta(minutes=10)
        state = s.review(state, Rating.GOOD, now)


def test_desired_retention_bounds_and_effect() -> None:
    for bad in (0.5, 0.69, 0.98, 1.0):
        with pytest.raises(ValueError):
            SchedulerSettings(desired_retention=bad)
    intervals = {}
    for retention in (0.70, 0.9, 0.97):
        s = Scheduler(SchedulerSettings(desired_retention=retention))
        state = s.review(CardState(key="d/t"), Rating.EASY, T0)
        assert state.due is not None
        intervals[retention] = state.due - T0
    assert intervals[0.70] > intervals[0.9] > intervals[0.97]


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError):
        Scheduler().review(CardState(key="d/t"), Rating.GOOD, datetime(2026, 1, 1))


def _long_review(s: Scheduler) -> CardState:
    state = s.review(CardState(key="d/t"), Rating.EASY, T0)
    for _ in range(3):
        assert state.due is not None
        state = s.review(state, Rating.EASY, state.due)
    return state


def test_fuzz_is_fsrs_own_option_seeded_through_the_global_random() -> None:
    plain = _long_review(Scheduler())
    assert plain == _long_review(Scheduler())
    assert Scheduler(fuzz=True)._fsrs.enable_fuzzing
    assert not Scheduler()._fsrs.enable_fuzzing
    random.seed(7)
    a = _long_review(Scheduler(fuzz=True))
    random.seed(7)
    b = _long_review(Scheduler(fuzz=True))
    assert a == b
    spread = set()
    for seed in range(20):
        random.seed(seed)
        spread.add(_long_review(Scheduler(fuzz=True)).due)
    assert len(spread) > 1


def test_a_preview_is_not_fuzzed_and_does_not_draw_from_random() -> None:
    s = Scheduler(fuzz=True)
    state = _long_review(Scheduler())
    random.seed(3)
    previews = {s.review(state, Rating.GOOD, T0 + timedelta(days=400), preview=True).due
                for _ in range(5)}
    assert len(previews) == 1
    after = random.random()
    random.seed(3)
    assert random.random() == after


def test_no_copy_of_the_fuzz_code() -> None:
    import inspect

    from cjtrainer.learn import scheduling

    source = inspect.getsource(scheduling)
    assert "2.5" not in source and "randint" not in source and "_fuzzed" not in source


def test_study_day_rolls_over_at_four_local_time() -> None:
    tz = timezone(timedelta(hours=1))
    late = datetime(2026, 3, 2, 2, 30, tzinfo=UTC)  # 03:30 local: still Sunday's study day
    assert study_day(late, tz) == date(2026, 3, 1)
    assert study_day(late + timedelta(hours=1), tz) == date(2026, 3, 2)
    assert day_start(date(2026, 3, 2), tz) == datetime(2026, 3, 2, 3, 0, tzinfo=UTC)


def test_settings_from_the_config_are_clamped() -> None:
    from cjtrainer.config import Settings
    from cjtrainer.learn.session import Limits

    assert SchedulerSettings.from_settings(Settings(desired_retention=0.99)).desired_retention \
        == 0.97
    assert SchedulerSettings.from_settings(Settings(desired_retention=0.5)).desired_retention \
        == 0.70
    assert SchedulerSettings.from_settings(Settings()).desired_retention == 0.9
    assert Limits.from_settings(Settings(new_per_day=-3, reviews_per_day=50)) == Limits(0, 50)
