"""Loading and validating decks, next to PyYAML's C parser on the same files.

Run: python bench/load_bench.py [CARDS ...]   (default 1000 10000 50000)
Reference: yaml.load(text, Loader=CSafeLoader) on every file (parse + build Python objects).
Ours: cjtrainer.deck.load.load_file on every file (read, compose, validate, build cards,
derive). Best of 5 runs each, interleaved so both see the same machine state.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import yaml  # noqa: E402
from deckgen import write_decks  # noqa: E402

from cjtrainer.deck.cache import DeckCache  # noqa: E402
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


def warm(paths: list[Path], cache_folder: Path) -> float:
    cache = DeckCache(cache_folder)
    start = time.perf_counter()
    for path in paths:
        assert cache.load(path).deck is not None
    elapsed = time.perf_counter() - start
    assert cache.misses == 0
    return elapsed


def hold_all(kind: str, paths: list[Path], cache_folder: Path) -> list[object]:
    """Every file loaded one way and kept, as the app keeps its catalogue."""
    if kind == "nothing":  # the same imports, no decks: the floor under the others
        return []
    if kind == "reference":
        return [yaml.load(p.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) for p in paths]
    if kind == "cold":
        return [load_file(p) for p in paths]
    cache = DeckCache(cache_folder)
    return [cache.load(p) for p in paths]


def peak_memory(kind: str, folder: Path) -> float:
    """Peak RSS (MB) of a fresh process that loads every deck in ``folder`` one way and
    keeps them all: what a catalogue of that size costs, measured apart from the timing
    loops and the deck generator."""
    out = subprocess.run(
        [sys.executable, __file__, "--memory", kind, str(folder)],
        capture_output=True, text=True, check=True,
    )
    return float(out.stdout.split()[-1])


def measure(cards: int, runs: int = 5, memory: bool = False) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_decks(Path(tmp) / "decks", cards)
        cache_folder = Path(tmp) / "cache"
        for path in paths:
            DeckCache(cache_folder).load(path)
        ref_times, our_times, warm_times = [], [], []
        for _ in range(runs):
            ref_times.append(reference(paths))
            our_times.append(ours(paths))
            warm_times.append(warm(paths, cache_folder))
        peaks = {f"{kind}_peak_mb": peak_memory(kind, Path(tmp))
                 for kind in ("nothing", "reference", "cold", "warm")} if memory else {}
    ref, our, hot = min(ref_times), min(our_times), min(warm_times)
    return {"cards": cards, "reference_s": ref, "cold_s": our, "cold_ratio": our / ref,
            "warm_s": hot, "warm_ratio": hot / ref, **peaks}


def main(argv: list[str]) -> list[dict[str, float]]:
    sizes = [int(a) for a in argv] or [1000, 10000, 50000]
    print(f"{'cards':>7}  {'C parser (s)':>12}  {'cold (s)':>9}  {'cold/C':>6}  "
          f"{'warm (s)':>9}  {'warm/C':>6}")
    rows = []
    for size in sizes:
        row = measure(size, runs=5 if size <= 10000 else 3)
        rows.append(row)
        print(f"{size:>7}  {row['reference_s']:>12.3f}  {row['cold_s']:>9.3f}  "
              f"{row['cold_ratio']:>5.2f}x  {row['warm_s']:>9.3f}  {row['warm_ratio']:>5.2f}x")
    return rows


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    if sys.argv[1:2] == ["--memory"]:  # a child of peak_memory()
        kind, folder = sys.argv[2], Path(sys.argv[3])
        kept = hold_all(kind, sorted((folder / "decks").rglob("*.yaml")), folder / "cache")
        print(len(kept), peak_rss_mb())
    elif sys.argv[1:2] == ["--json"]:
        size = int(sys.argv[2])
        print(json.dumps(measure(size, runs=5 if size <= 10000 else 3, memory=True)))
    else:
        main(sys.argv[1:])
