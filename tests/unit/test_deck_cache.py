"""The parsed-deck cache: warm loads skip YAML; a stale, corrupt or foreign entry is rebuilt."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from cjtrainer import i18n
from cjtrainer.deck.cache import FORMAT, DeckCache
from cjtrainer.deck.catalog import load_catalog
from cjtrainer.deck.load import load_file

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture
def deck_file(tmp_path: Path) -> Path:
    folder = tmp_path / "decks"
    folder.mkdir()
    shutil.copy(DATA / "valid_deck.yaml", folder / "deck.yaml")
    return folder / "deck.yaml"


def test_warm_load_equals_cold_load_and_parses_no_yaml(
    deck_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    cache = DeckCache(tmp_path / "cache")
    cold = cache.load(deck_file)
    assert (cache.hits, cache.misses) == (0, 1)

    def no_yaml(*args: object, **kwargs: object) -> None:
        raise AssertionError("YAML parsed on a warm load")

    monkeypatch.setattr(yaml, "compose", no_yaml)
    warm = DeckCache(tmp_path / "cache").load(deck_file)
    assert warm.deck == cold.deck
    assert warm.problems == cold.problems


def test_warm_result_is_identical_to_a_fresh_load(deck_file: Path, tmp_path: Path) -> None:
    DeckCache(tmp_path / "cache").load(deck_file)
    warm = DeckCache(tmp_path / "cache").load(deck_file)
    fresh = load_file(deck_file)
    assert warm.deck == fresh.deck
    assert warm.deck is not None and warm.deck.path == deck_file


def test_exercise_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "oef.yaml"
    path.write_text("exercise: oef\ntitle: T\nintro: I\nsections:\n"
                    "  - {id: a, title: A, prompt: P, answers: 2, examples: [x]}\n"
                    "rubric:\n  - {id: r, text: R}\n", encoding="utf-8")
    DeckCache(tmp_path / "cache").load(path)
    cache = DeckCache(tmp_path / "cache")
    assert cache.load(path).exercise == load_file(path).exercise and cache.hits == 1


def test_edited_deck_is_reloaded(deck_file: Path, tmp_path: Path) -> None:
    cache = DeckCache(tmp_path / "cache")
    cache.load(deck_file)
    deck_file.write_text(deck_file.read_text().replace("Testdeck met", "Ander deck met"))
    result = cache.load(deck_file)
    assert cache.misses == 2 and result.deck is not None
    assert result.deck.title.startswith("Ander deck")


@pytest.mark.parametrize("damage", ["truncate", "garbage", "edit-payload", "foreign-format",
                                    "empty", "wrong-shape"])
def test_damaged_cache_entry_is_ignored_and_rebuilt(deck_file: Path, tmp_path: Path,
                                                    damage: str) -> None:
    folder = tmp_path / "cache"
    DeckCache(folder).load(deck_file)
    (entry,) = folder.glob("*.json")
    text = entry.read_text(encoding="utf-8")
    if damage == "truncate":
        entry.write_text(text[: len(text) // 2])
    elif damage == "garbage":
        entry.write_bytes(b"\x00\xff not json")
    elif damage == "edit-payload":
        entry.write_text(text.replace("SEA", "SEO"))
    elif damage == "foreign-format":
        header, _, payload = text.partition("\n")
        entry.write_text(header.replace(f'"format": {FORMAT}', '"format": 999') + "\n" + payload)
    elif damage == "empty":
        entry.write_text("")
    else:
        entry.write_text(json.dumps({"format": 1, "payload": [1, 2]}))
    cache = DeckCache(folder)
    result = cache.load(deck_file)
    assert (cache.hits, cache.misses) == (0, 1)
    assert result.deck == load_file(deck_file).deck
    assert cache.load(deck_file).deck == result.deck and cache.hits == 1  # rebuilt entry works


def test_broken_deck_problems_are_cached_too(tmp_path: Path) -> None:
    path = tmp_path / "kapot.yaml"
    path.write_text("deck: k\ntitle: K\ncards:\n  - {id: a, type: typo}\n", encoding="utf-8")
    DeckCache(tmp_path / "cache").load(path)
    warm = DeckCache(tmp_path / "cache").load(path)
    assert warm.deck is None and [p.code for p in warm.problems] == ["unknown-type"]


def test_catalog_uses_the_cache(deck_file: Path) -> None:
    first = load_catalog([deck_file.parent])
    second = load_catalog([deck_file.parent])
    assert first.decks == second.decks and "testdeck" in second.decks


def test_unwritable_cache_folder_only_costs_speed(deck_file: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    result = DeckCache(blocker / "cache").load(deck_file)
    assert result.deck is not None


def test_one_entry_serves_both_languages_with_the_problems_in_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Problems are cached as codes and fields: switching the language is a cache hit, and
    the message is rendered in the new language."""
    path = tmp_path / "deck.yaml"
    path.write_text("deck: d\ntitle: D\ncards:\n  - id: a\n    type: typed\n    prompt: P\n"
                    "    answer: x\n", encoding="utf-8")  # no explain: a warning
    dutch = DeckCache(tmp_path / "cache").load(path).problems
    assert dutch[0].message.startswith("kaart 'a' heeft geen 'explain'")
    i18n.set_language("en")
    cache = DeckCache(tmp_path / "cache")
    english = cache.load(path).problems
    assert (cache.hits, cache.misses) == (1, 0)
    assert [p.code for p in english] == [p.code for p in dutch] == ["no-explain"]
    assert english[0].message.startswith("card 'a' has no 'explain'")
