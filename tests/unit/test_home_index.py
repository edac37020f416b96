"""The home index: the summary the app starts from instead of the decks. It must match the
full catalogue, and be ignored whenever it might not (edited, added or removed files,
damage, a file that changed while the catalogue was loading)."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cjtrainer import config
from cjtrainer.deck import index
from cjtrainer.deck.catalog import load_catalog
from cjtrainer.learn.scheduling import Rating
from cjtrainer.learn.store import Store
from cjtrainer.ui.services import Services

DATA = Path(__file__).parent.parent / "data"
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "decks"
    folder.mkdir()
    shutil.copy(DATA / "valid_deck.yaml", folder / "deck.yaml")
    (folder / "broken.yaml").write_text("deck: kapot\ntitle: [\n", encoding="utf-8")
    return folder


def summary(found: index.Index) -> list[tuple[str, str, tuple[str, ...], list[tuple[str, tuple[str, ...]]]]]:
    return [(d.id, d.title, d.tags, [(c.key, c.tags) for c in d.cards]) for d in found.decks]


def test_index_matches_the_full_catalogue(folder: Path) -> None:
    catalog = load_catalog([folder])
    found = index.read([folder])
    assert found is not None
    assert summary(found) == [
        (d.id, d.title, d.tags, [(c.key, c.tags) for c in d.cards])
        for d in catalog.decks.values()
    ]
    assert [(p, [str(x) for x in problems]) for p, problems in catalog.skipped] == found.skipped
    assert found.skipped and found.skipped[0][0].name == "broken.yaml"


@pytest.mark.parametrize("change", ["edit", "add", "remove", "touch-folder-away"])
def test_index_is_not_used_after_the_files_change(folder: Path, tmp_path: Path, change: str) -> None:
    load_catalog([folder])
    assert index.read([folder]) is not None
    if change == "edit":
        deck = folder / "deck.yaml"
        deck.write_text(deck.read_text(encoding="utf-8").replace("Testdeck", "Ander deck"),
                        encoding="utf-8")
    elif change == "add":
        shutil.copy(DATA / "valid_deck.yaml", folder / "sub.yaml")
    elif change == "remove":
        (folder / "broken.yaml").unlink()
    else:
        shutil.rmtree(folder)
    assert index.read([folder]) is None
    if folder.is_dir():
        load_catalog([folder])  # a full load writes a fresh index
        assert index.read([folder]) is not None


def test_same_files_in_other_folders_are_another_catalogue(folder: Path, tmp_path: Path) -> None:
    load_catalog([folder])
    other = tmp_path / "extra"
    other.mkdir()
    assert index.read([folder, other]) is None


@pytest.mark.parametrize("damage", ["truncate", "edit-payload", "garbage", "empty"])
def test_damaged_index_is_ignored_and_rebuilt(folder: Path, damage: str) -> None:
    load_catalog([folder])
    path = index.default_path()
    data = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "edit-payload":
        path.write_bytes(data.replace(b"Testdeck", b"Nepdeck"))
    elif damage == "garbage":
        path.write_bytes(b"\x00\xff not json \n {]")
    else:
        path.write_bytes(b"")
    assert index.read([folder]) is None
    load_catalog([folder])
    assert index.read([folder]) is not None


def test_a_file_changed_during_loading_writes_no_index(folder: Path) -> None:
    key = index.key_for([folder])  # taken before loading, as load_catalog does
    catalog = load_catalog([folder], use_cache=False)
    (folder / "deck.yaml").write_text("deck: nieuw\ntitle: Nieuw\ncards: []\n", encoding="utf-8")
    index.write(catalog, key)
    assert not index.default_path().exists()


def test_services_start_from_the_index_with_the_same_counts(folder: Path, tmp_path: Path) -> None:
    load_catalog([folder])
    store = Store(tmp_path / "progress.sqlite3")
    full = Services(catalog=load_catalog([folder]), store=store, settings=config.Settings(),
                    clock=lambda: NOW, rng=random.Random(1), data_dir=tmp_path)
    deck = full.decks[0]
    session = full.study_session()
    card = session.next_card()
    assert card is not None
    session.rate(card, Rating.GOOD)  # one answer: counts differ from all-new
    quick = Services.open(data_dir=tmp_path, folders=[folder], settings=config.Settings(),
                          clock=lambda: NOW, rng=random.Random(1))
    try:
        assert not quick.catalog_loaded
        assert quick.overview() == full.overview()
        assert [str(p) for p, _ in quick.skipped] == [str(p) for p, _ in full.skipped]
        assert quick.decks[0].cards == deck.cards  # the decks themselves, on first use
        assert quick.catalog_loaded
        assert quick.overview() == full.overview()
    finally:
        quick.close()
        store.close()


def test_app_start_path_does_not_load_the_deck_model(folder: Path, tmp_path: Path) -> None:
    load_catalog([folder])
    code = (
        "import sys, random\n"
        "from pathlib import Path\n"
        "from cjtrainer import config\n"
        "from cjtrainer.ui.services import Services\n"
        f"s = Services.open(data_dir=Path({str(tmp_path / 'data')!r}), "
        f"folders=[Path({str(folder)!r})], settings=config.Settings(), "
        "clock=__import__('cjtrainer.ui.app', fromlist=['x']).utc_now, rng=random.Random())\n"
        "s.overview()\n"
        "heavy = ('cjtrainer.deck.model', 'cjtrainer.deck.cache', 'cjtrainer.learn.session',"
        " 'cjtrainer.learn.grading', 'cjtrainer.learn.stats', 'yaml', 'fsrs', 'rapidfuzz')\n"
        "print('LOADED', ','.join(sorted(m for m in heavy if m in sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "LOADED"


def test_an_up_to_date_index_is_not_written_again(folder: Path) -> None:
    load_catalog([folder])
    path = index.default_path()
    before = path.stat()
    path.chmod(0o444)  # a rewrite would replace the file: its inode would change
    try:
        load_catalog([folder])
        after = path.stat()
    finally:
        path.chmod(0o644)
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_preload_tells_when_a_deck_changed_after_the_index_was_read(folder: Path,
                                                                    tmp_path: Path) -> None:
    load_catalog([folder])
    kwargs = dict(data_dir=tmp_path, folders=[folder], settings=config.Settings(),
                  clock=lambda: NOW, rng=random.Random(1))
    same = Services.open(**kwargs)  # type: ignore[arg-type]
    try:
        assert same.index is not None
        assert same.preload() is False  # nothing changed: the home screen is right
    finally:
        same.close()
    changed = Services.open(**kwargs)  # type: ignore[arg-type]
    try:
        assert changed.index is not None
        deck = folder / "deck.yaml"
        deck.write_text(deck.read_text(encoding="utf-8").replace("Testdeck", "Ander deck"),
                        encoding="utf-8")
        assert changed.preload() is True
        assert [row.title for row in changed.overview().decks] == ["Ander deck met elk kaarttype"]
    finally:
        changed.close()
