"""The deck cache ignores whatever it cannot parse or trust: nesting deep enough to raise
RecursionError, and valid JSON with values of the wrong type (an
entry edited by hand, its checksum made to match). Nothing from such a file reaches the
app; the decks load from their YAML instead."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from cjtrainer.deck.cache import DeckCache

DATA = Path(__file__).parent.parent / "data"
DEEP = b"[" * 200_000 + b"]" * 200_000


@pytest.fixture
def deck_file(tmp_path: Path) -> Path:
    folder = tmp_path / "decks"
    folder.mkdir()
    shutil.copy(DATA / "valid_deck.yaml", folder / "deck.yaml")
    return folder / "deck.yaml"


def _rewrite(entry: Path, payload: bytes) -> None:
    """The payload replaced, the header's checksum made to match it."""
    header = json.loads(entry.read_bytes().partition(b"\n")[0])
    header["checksum"] = hashlib.sha256(payload).hexdigest()
    entry.write_bytes(json.dumps(header).encode() + b"\n" + payload)


def _edited(entry: Path, change) -> None:  # type: ignore[no-untyped-def]
    payload = json.loads(entry.read_bytes().partition(b"\n")[2])
    change(payload)
    _rewrite(entry, json.dumps(payload).encode())


def test_a_deeply_nested_cache_entry_is_ignored_and_rebuilt(deck_file: Path, tmp_path: Path) -> None:
    fresh = DeckCache(tmp_path / "cache").load(deck_file)
    (entry,) = (tmp_path / "cache").glob("*.json")
    _rewrite(entry, DEEP)
    cache = DeckCache(tmp_path / "cache")
    assert cache.load(deck_file).deck == fresh.deck
    assert (cache.hits, cache.misses) == (0, 1)
    entry.write_bytes(DEEP)  # nested in the header line itself
    assert DeckCache(tmp_path / "cache").load(deck_file).deck == fresh.deck


@pytest.mark.parametrize("change", [
    lambda p: p["deck"].update(title=12345),
    lambda p: p["cards"][0].update(tags="not-a-list"),
    lambda p: p["cards"][0].update(id=None),
    lambda p: next(c for c in p["cards"] if "front" in c).update(front=["x"]),
    lambda p: p["problems"].append([1, 1, "error", 5, "x"]),
    lambda p: p["cards"][0].update(surprise=1),
    lambda p: p["cards"][0].update(type="hologram"),
    lambda p: p["cards"][0].pop("deck_id"),
    lambda p: p["deck"].update(tags=["ok", 7]),
    lambda p: p["cards"].append("a card"),
    lambda p: p["deck"].update(path="/elsewhere/deck.yaml"),
    lambda p: p["deck"].update(cards=p["cards"]),
    lambda p: p["cards"][0].update(line=True),
    lambda p: p["cards"][0].update(line=1.0),
    lambda p: p.update(deck=None),
], ids=["title-a-number", "tags-a-text", "id-missing", "front-a-list", "problem-code-a-number",
        "unknown-field", "unknown-card-type", "required-field-gone", "a-tag-a-number",
        "card-a-text", "a-path-stored", "cards-inside-the-deck", "line-a-flag",
        "line-a-fraction", "cards-without-a-deck"])
def test_a_cache_entry_with_values_of_the_wrong_type_is_ignored(
    deck_file: Path, tmp_path: Path, change,  # type: ignore[no-untyped-def]
) -> None:
    fresh = DeckCache(tmp_path / "cache").load(deck_file)
    (entry,) = (tmp_path / "cache").glob("*.json")
    _edited(entry, change)
    cache = DeckCache(tmp_path / "cache")
    result = cache.load(deck_file)
    assert (cache.hits, cache.misses) == (0, 1)
    assert result.deck == fresh.deck and result.problems == fresh.problems


def test_an_untouched_cache_entry_is_still_used(deck_file: Path, tmp_path: Path) -> None:
    DeckCache(tmp_path / "cache").load(deck_file)
    cache = DeckCache(tmp_path / "cache")
    cache.load(deck_file)
    assert cache.hits == 1  # the type check accepts what the cache itself wrote
