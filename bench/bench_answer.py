"""Benchmark: grade + schedule + persist one answer, with 100,000 rows in the review log.

Run as a plain script (``python bench/bench_answer.py [--rows N] [--answers N] [--json]``).
Next to it, in the same run, on the same disk and interleaved with the answers, a bare
SQLite insert-and-commit with the same settings (WAL, synchronous=FULL), so the number can
be read against what the machine can do at that moment. Goal: p99 <= 5 ms for an answer.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cjtrainer.deck.model import Deck, TypedCard  # noqa: E402
from cjtrainer.learn.session import QuizSession  # noqa: E402
from cjtrainer.learn.store import Store, to_ms  # noqa: E402

GOAL_P99_MS = 5.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def fill(store_path: Path, rows: int, cards: int) -> None:
    """Put ``rows`` review-log rows and ``cards`` card states into the store, fast."""
    start = datetime(2025, 9, 1, tzinfo=UTC)
    rng = random.Random(1)
    conn = sqlite3.connect(store_path, isolation_level=None)
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO review_log (uid, deck, card, ts, rating, score, verdict, response_ms, mode,"
        " phase_before, used_hint, given, before) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (uuid.UUID(int=rng.getrandbits(128)).hex, f"deck{i % 20}", f"c{i % cards}",
             to_ms(start + timedelta(minutes=i)), rng.choice((1, 2, 3, 3, 3, 4)), 1.0, "right",
             rng.randint(1000, 20000), "study", 2, 0, "antwoord", None)
            for i in range(rows)
        ),
    )
    conn.executemany(
        "INSERT OR REPLACE INTO card_state (key, deck, phase, step, stability, difficulty, due,"
        " last_review, reps, lapses, leech, mc_passed, introduced, siblings)"
        " VALUES (?, ?, 2, NULL, 12.0, 5.0, ?, ?, 10, 1, 0, 1, ?, ?)",
        (
            (f"deck{i % 20}/c{i}", f"deck{i % 20}", to_ms(start + timedelta(days=200)),
             to_ms(start), to_ms(start), f"deck{i % 20}/c{i}")
            for i in range(cards)
        ),
    )
    conn.execute("COMMIT")
    conn.close()


def bench(store_path: Path, folder: Path, answers: int) -> tuple[list[float], list[float]]:
    """Time ``answers`` answers and as many bare insert+commits, interleaved, so both see
    the same machine (other processes, disk cache)."""
    cards = tuple(
        TypedCard(deck_id="bench", id=f"t{i}", prompt=f"Vraag {i}?",
                  answer=f"Oriëntatiefase nummer {i}", accept=(f"fase {i}",))
        for i in range(answers)
    )
    deck = Deck(id="bench", title="Bench", path=Path("bench.yaml"), cards=cards)
    now = [datetime(2026, 3, 2, 9, tzinfo=UTC)]

    def clock() -> datetime:
        return now[0]

    bare = sqlite3.connect(folder / "bare.sqlite3", isolation_level=None)
    bare.execute("PRAGMA journal_mode = WAL")
    bare.execute("PRAGMA synchronous = FULL")
    bare.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER)")
    answer_ms: list[float] = []
    bare_ms: list[float] = []
    with Store(store_path) as store:
        session = QuizSession(store, [deck], count=answers, clock=clock, rng=random.Random(2))
        for i in range(answers):
            t0 = time.perf_counter()
            bare.execute("BEGIN IMMEDIATE")
            bare.execute("INSERT INTO t (a, b) VALUES (?, ?)", ("x" * 40, i))
            bare.execute("COMMIT")
            bare_ms.append((time.perf_counter() - t0) * 1000)
            card = session.next_card()
            assert card is not None
            session.present(card)
            response = f"orientatiefase nummer {card.id[1:]}" if i % 3 else "fout antwoord"
            t0 = time.perf_counter()
            session.answer(card, response, response_ms=4000)
            answer_ms.append((time.perf_counter() - t0) * 1000)
            now[0] += timedelta(seconds=7)
    bare.close()
    return answer_ms, bare_ms


def summarise(values: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(statistics.median(values), 3),
        "p99_ms": round(percentile(values, 99), 3),
        "max_ms": round(max(values), 3),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000, help="review-log rows before")
    parser.add_argument("--answers", type=int, default=500, help="answers to time")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cjtrainer-bench-") as tmp:
        folder = Path(tmp)
        store_path = folder / "progress.sqlite3"
        Store(store_path).close()
        t0 = time.perf_counter()
        fill(store_path, args.rows, cards=2000)
        fill_s = time.perf_counter() - t0
        answer, bare = bench(store_path, folder, args.answers)
        with Store(store_path) as store:
            rows = store.review_count()
    a, b = summarise(answer), summarise(bare)
    result = {
        "log_rows": rows,
        "answers": len(answer),
        "fill_seconds": round(fill_s, 2),
        "answer": a,
        "bare_insert_commit": b,
        "goal_p99_ms": GOAL_P99_MS,
        "goal_met": a["p99_ms"] <= GOAL_P99_MS,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"review log: {rows} rows (filled in {fill_s:.1f} s), {len(answer)} answers timed")
        print(f"answer (grade+schedule+persist): p50 {a['p50_ms']:.2f} ms  "
              f"p99 {a['p99_ms']:.2f} ms  max {a['max_ms']:.2f} ms")
        print(f"bare insert+commit:              p50 {b['p50_ms']:.2f} ms  "
              f"p99 {b['p99_ms']:.2f} ms  max {b['max_ms']:.2f} ms")
        print(f"goal p99 <= {GOAL_P99_MS} ms: {'met' if result['goal_met'] else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
