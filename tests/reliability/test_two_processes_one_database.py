"""Two cjtrainer processes studying on one progress database: every answer of both is kept."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cjtrainer.learn.store import Store

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import random, sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from cjtrainer.deck.catalog import load_catalog
from cjtrainer.learn.session import QuizSession
from cjtrainer.learn.store import Store

db, seed = Path(sys.argv[1]), int(sys.argv[2])
decks = list(load_catalog(use_cache=False).decks.values())
moment = [datetime(2026, 11, 20, 9, 0, tzinfo=UTC)]
def clock():
    moment[0] += timedelta(seconds=7)
    return moment[0]
with Store(db) as store:
    quiz = QuizSession(store, decks, count=40, clock=clock, rng=random.Random(seed))
    done = 0
    while (card := quiz.next_card()) is not None:
        if card.type == "flashcard":
            from cjtrainer.learn.scheduling import Rating
            quiz.rate(card, Rating.GOOD)
        else:
            quiz.answer(card, "" if card.type == "typed" else ())
        done += 1
print(done, flush=True)
"""


def test_two_processes_on_one_database_keep_every_answer(tmp_path: Path) -> None:
    db = tmp_path / "progress.sqlite3"
    Store(db).close()
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    children = [subprocess.Popen([sys.executable, str(script), str(db), str(seed)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 env=env) for seed in (1, 2)]
    counts = []
    for child in children:
        out, err = child.communicate(timeout=120)
        assert child.returncode == 0, err
        counts.append(int(out.strip()))
    assert counts == [40, 40]
    with Store(db) as store:
        assert len(store.reviews()) == 80
