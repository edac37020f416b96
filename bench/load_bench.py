"""Loading and validating decks, next to PyYAML's C parser on the same files.

Run: python bench/load_bench.py [CARDS ...]   (default 1000 10000 50000)
Reference: yaml.load(text, Loader=CSafeLoader) on every file (parse + build Python objects).
Ours: cjtrainer.deck.load.load_file on every file (read, compose, validate, build cards,
derive). Best of 5 runs each, interleaved so both see the same machine state.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import yaml  # noqa: E402
from deckgen import write_decks  # noqa: E402

from cjtrainer.deck.load import load_file  # noqa: E402


def reference(paths: list[Path]) -> float:
    start = time.perf_counter()
    for path in paths:
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return time.perf_counter() - start


def ours(paths: list[Path]) -> float:
    start = time.perf_counter()
    for path in paths:
        result = load_file(path)
        assert result.deck is not None, result.problems[:3]
    return time.perf_counter() - start


def measure(cards: int, runs: int = 5) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_decks(Path(tmp), cards)
        ref_times, our_times = [], []
        for _ in range(runs):
            ref_times.append(reference(paths))
            our_times.append(ours(paths))
    ref, our = min(ref_times), min(our_times)
    return {"cards": cards, "reference_s": ref, "ours_s": our, "ratio": our / ref}


def main(argv: list[str]) -> None:
    sizes = [int(a) for a in argv] or [1000, 10000, 50000]
    print(f"{'cards':>7}  {'C parser (s)':>12}  {'cjtrainer (s)':>13}  {'ratio':>6}")
    for size in sizes:
        row = measure(size, runs=5 if size <= 10000 else 3)
        print(f"{row['cards']:>7}  {row['reference_s']:>12.3f}  {row['ours_s']:>13.3f}  "
              f"{row['ratio']:>5.2f}x")


if __name__ == "__main__":
    main(sys.argv[1:])
