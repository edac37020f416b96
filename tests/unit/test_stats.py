"""Stats from a real store and decks, and the `cjtrainer stats` command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cjtrainer.deck.model import Deck, TypedCard
from cjtrainer.learn.counts import home_counts
from cjtrainer.learn.scheduling import CardState, Phase, Rating, Scheduler
from cjtrainer.learn.stats import compute
from cjtrainer.learn.store import Store

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)


def deck(deck_id: str, n: int) -> Deck:
    cards = tuple(TypedCard(deck_id=deck_id, id=f"c{i}", prompt=f"Vraag {i}?", answer=f"antwoord{i}")
                  for i in range(n))
    return Deck(id=deck_id, title=deck_id.upper(), path=Path(f"{deck_id}.yaml"), cards=cards)


def put(store: Store, key: str, at: datetime, rating: Rating = Rating.GOOD, *,
        ms: int = 5000, state: CardState | None = None) -> CardState:
    before = store.state(key)
    after = state or Scheduler().review(before or CardState(key=key, siblings=key), rating, at)
    store.record(after, before, time=at, rating=int(rating), mode="study", response_ms=ms)
    return after


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "p.sqlite3")
    yield s
    s.close()


def test_buckets_due_and_forecast(store: Store) -> None:
    a = deck("a", 6)
    put(store, "a/c0", NOW - timedelta(minutes=30))  # learning, due in 10 min from then: due now
    put(store, "a/c1", NOW - timedelta(minutes=1))  # learning, due later today (not now)
    put(store, "a/c2", NOW - timedelta(days=3),
        state=CardState(key="a/c2", phase=Phase.REVIEW, stability=5.0, difficulty=5.0,
                        due=NOW + timedelta(hours=2), last_review=NOW - timedelta(days=3)))
    put(store, "a/c3", NOW - timedelta(days=30),
        state=CardState(key="a/c3", phase=Phase.REVIEW, stability=40.0, difficulty=3.0,
                        due=NOW + timedelta(days=5), last_review=NOW - timedelta(days=30)))
    put(store, "a/c4", NOW - timedelta(days=2),
        state=CardState(key="a/c4", phase=Phase.REVIEW, stability=2.0, difficulty=8.0,
                        due=NOW - timedelta(days=1), last_review=NOW - timedelta(days=2)))
    s = compute(store, [a], now=NOW, tz=UTC)
    d = s.decks[0]
    assert (d.total, d.new, d.learning, d.review, d.mastered) == (6, 1, 2, 2, 1)
    assert d.new + d.learning + d.review + d.mastered == d.total
    # c0 (learning, due now), c1 (learning, due within 20 minutes: the session asks it
    # before it ends), c2 (later today), c4 (overdue)
    assert d.due_today == 4
    assert [f.count for f in s.forecast][:6] == [4, 0, 0, 0, 0, 1]  # today: c0, c1, c2, c4
    assert len(s.forecast) == 14 and s.forecast[0].day == NOW.date()
    assert s.new_available == 1  # one new card left; the limit (20) is not the bound


def test_retention_streak_time_and_per_day(store: Store) -> None:
    a = deck("a", 4)
    review = CardState(key="a/c0", phase=Phase.REVIEW, stability=10.0, difficulty=5.0,
                       due=NOW, last_review=NOW - timedelta(days=10))
    store.save_state(review)  # c0 is in review before every answer below
    # three study days in a row ending yesterday, then today
    for days_ago in (3, 2, 1, 0):
        at = NOW - timedelta(days=days_ago)
        put(store, "a/c0", at, state=review, rating=Rating.GOOD if days_ago else Rating.AGAIN,
            ms=600_000 if days_ago == 3 else 30_000)
    # a gap before: 10 days ago, a new card (not a review answer)
    put(store, "a/c1", NOW - timedelta(days=10), ms=1000)
    # 40 days ago two failed review answers: in all-time retention, not in the last 30 days
    old = CardState(key="a/c2", phase=Phase.REVIEW, stability=1.0, difficulty=5.0, due=NOW,
                    last_review=NOW - timedelta(days=41))
    store.save_state(old)
    put(store, "a/c2", NOW - timedelta(days=40), Rating.AGAIN, state=old)
    put(store, "a/c2", NOW - timedelta(days=39), Rating.AGAIN, state=old)
    s = compute(store, [a], now=NOW, tz=UTC)
    assert s.streak == 4 and s.studied_today
    assert s.retention_30d == pytest.approx(3 / 4)
    assert s.retention_answers == 6
    assert s.retention_all == pytest.approx(3 / 6)
    assert s.seconds_today == 30.0
    assert s.seconds_total == 60 + 30 * 3 + 1 + 5 + 5  # the 10-minute answer counts 60 s
    per_day = {d.day: d.count for d in s.reviews_per_day}
    assert len(s.reviews_per_day) == 30 and s.reviews_per_day[-1].day == NOW.date()
    assert per_day[NOW.date()] == 1 and per_day[(NOW - timedelta(days=10)).date()] == 1
    assert (NOW - timedelta(days=40)).date() not in per_day
    # yesterday's streak still counts before today's first answer
    s2 = compute(store, [a], now=NOW + timedelta(days=1), tz=UTC)
    assert s2.streak == 4 and not s2.studied_today
    assert compute(store, [a], now=NOW + timedelta(days=2), tz=UTC).streak == 0


def test_hardest_cards_and_removed_cards(store: Store) -> None:
    a = deck("a", 3)
    put(store, "a/c0", NOW - timedelta(days=1), Rating.AGAIN)
    put(store, "a/c0", NOW - timedelta(hours=20), Rating.AGAIN)
    put(store, "a/c1", NOW - timedelta(days=1), Rating.AGAIN)
    put(store, "a/c2", NOW - timedelta(days=1), Rating.GOOD)
    put(store, "a/gone", NOW - timedelta(days=1), Rating.AGAIN, state=CardState(
        key="a/gone", phase=Phase.REVIEW, stability=3.0, difficulty=9.0, due=NOW, lapses=9,
        leech=True))
    s = compute(store, [a], now=NOW, tz=UTC)
    assert [h.key for h in s.hardest] == ["a/c0", "a/c1"]
    assert s.hardest[0].again == 2 and s.hardest[0].label == "Vraag 0?"
    assert s.decks[0].total == 3  # the removed card is not in the deck numbers
    assert s.answers_total == 5  # but its history counts
    assert compute(store, [a, deck("b", 2)], now=NOW, tz=UTC, deck="b").answers_total == 0


def test_json_has_the_same_numbers(store: Store) -> None:
    put(store, "a/c0", NOW - timedelta(minutes=5))
    s = compute(store, [deck("a", 2)], now=NOW, tz=UTC)
    data = json.loads(json.dumps(s.to_json()))
    assert data["decks"][0]["learning"] == 1 and data["decks"][0]["new"] == 1
    assert data["forecast"][0] == {"day": NOW.date().isoformat(), "count": 1}
    assert data["streak"] == 1


@settings(max_examples=40)  # 40 random histories, each in its own store file
@given(history=st.lists(
    st.tuples(st.integers(0, 5), st.integers(0, 60 * 24 * 12), st.sampled_from(list(Rating))),
    max_size=25,
), new_per_day=st.integers(0, 8))
def test_home_counts_agree_with_the_statistics(
    tmp_path_factory: pytest.TempPathFactory, history: list[tuple[int, int, Rating]],
    new_per_day: int,
) -> None:
    """The home screen's quick counts and the full statistics never disagree."""
    decks = [deck("a", 4), deck("b", 3)]
    keys = [card.key for d in decks for card in d.cards]
    store = Store(tmp_path_factory.mktemp("counts") / "p.sqlite3")
    try:
        start = NOW - timedelta(days=12)
        for index, minutes, rating in sorted(history, key=lambda h: h[1]):
            put(store, keys[index], start + timedelta(minutes=minutes), rating)
        for hours in range(0, 24 * 20, 5):  # every 5 hours for 20 days: due later today, ...
            now = NOW - timedelta(days=10) + timedelta(hours=hours)
            full = compute(store, decks, now=now, tz=UTC, new_per_day=new_per_day)
            quick = home_counts(store, decks, now=now, tz=UTC, new_per_day=new_per_day)
            assert {k: (c.new, c.due) for k, c in quick.per_deck.items()} == {
                d.deck: (d.new, d.due_today) for d in full.decks}
            assert quick.due_today == full.total.due_today
            assert quick.new_available == full.new_available
            assert quick.streak == full.streak
    finally:
        store.close()


# ---------------------------------------------------------------------- the command


def run_cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), CJTRAINER_DATA_DIR=str(tmp_path / "data"),
               CJTRAINER_CONFIG_DIR=str(tmp_path / "config"),
               CJTRAINER_CACHE_DIR=str(tmp_path / "cache"))
    env.pop("CJTRAINER_CONTENT", None)
    code = ("import sys\nfrom cjtrainer.cli import main\nrc = main(sys.argv[1:])\n"
            "bad = [m for m in ('textual', 'rich') if m in sys.modules]\n"
            "assert not bad, bad\nsys.exit(rc)\n")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, timeout=60)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "fasen.yaml").write_text(textwrap.dedent("""\
        deck: fasen
        title: De vijf fasen
        cards:
          - {id: eerste, type: typed, prompt: Eerste fase?, answer: Oriëntatie}
          - {id: tweede, type: typed, prompt: Tweede fase?, answer: Aankoop}
        """), encoding="utf-8")
    return folder


def test_stats_command_without_progress_creates_nothing(tmp_path: Path, content: Path) -> None:
    done = run_cli(tmp_path, "--content", str(content), "stats", "--deck", "fasen")
    assert done.returncode == 0, done.stderr
    assert "fasen" in done.stdout and "nieuw" in done.stdout
    assert not (tmp_path / "data").exists()


def test_stats_command_text_and_json(tmp_path: Path, content: Path) -> None:
    data_dir = tmp_path / "data"
    with Store(data_dir / "progress.sqlite3") as store:
        put(store, "fasen/eerste", datetime.now(UTC) - timedelta(minutes=1))
    text = run_cli(tmp_path, "--content", str(content), "stats", "--deck", "fasen")
    assert text.returncode == 0, text.stderr
    assert "Reeks: 1 dag achter elkaar geleerd." in text.stdout
    js = run_cli(tmp_path, "--content", str(content), "stats", "--json", "--deck", "fasen")
    assert js.returncode == 0, js.stderr
    data = json.loads(js.stdout)
    assert data["decks"] == [{"deck": "fasen", "title": "De vijf fasen", "total": 2, "new": 1,
                              "learning": 1, "review": 0, "mastered": 0, "due_today": 1,
                              "leeches": 0, "learned": 0}]
    en = run_cli(tmp_path, "--lang", "en", "--content", str(content), "stats", "--deck", "fasen")
    assert "Streak: 1 day in a row." in en.stdout


def test_stats_command_errors_are_clear(tmp_path: Path, content: Path) -> None:
    done = run_cli(tmp_path, "--content", str(content), "stats", "--deck", "bestaat-niet")
    assert done.returncode == 2
    assert "Onbekend deck: bestaat-niet" in done.stderr and "Traceback" not in done.stderr
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "progress.sqlite3").write_bytes(b"garbage" * 100)
    done = run_cli(tmp_path, "--content", str(content), "stats")
    assert done.returncode == 2
    assert "beschadigd" in done.stderr and "Traceback" not in done.stderr


def test_learn_modules_never_import_textual_or_rich() -> None:
    code = ("import sys\nimport cjtrainer.learn.grading, cjtrainer.learn.scheduling, "
            "cjtrainer.learn.store, cjtrainer.learn.session, cjtrainer.learn.stats, "
            "cjtrainer.learn.feedback, cjtrainer.commands.stats\n"
            "print([m for m in ('textual', 'rich') if m in sys.modules])\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=60)
    assert done.stdout.strip() == "[]", done.stderr
