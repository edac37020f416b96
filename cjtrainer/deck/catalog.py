"""All content the app can use: the bundled folder, the config's folders, --content folders.

A deck id may appear once across all folders: the second file with the same id is skipped
and its problem names both files. Files with errors are skipped (with their problems); the
rest are used.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from cjtrainer.deck.files import content_folders, scan
from cjtrainer.deck.problems import LoadResult, Problem, Severity
from cjtrainer.i18n import msg

if TYPE_CHECKING:
    from cjtrainer.deck import model as m


class Catalog(msgspec.Struct):
    decks: dict[str, m.Deck] = msgspec.field(default_factory=dict)
    exercises: dict[str, m.Exercise] = msgspec.field(default_factory=dict)
    skipped: list[tuple[Path, list[Problem]]] = msgspec.field(default_factory=list)
    folders: list[Path] = msgspec.field(default_factory=list)
    results: list[LoadResult] = msgspec.field(default_factory=list)  # every file, in load order

    @property
    def problems(self) -> list[Problem]:
        return [problem for result in self.results for problem in result.problems]

    def origin(self, deck_id: str) -> Path | None:
        deck = self.decks.get(deck_id)
        if deck is None:
            return None
        for folder in self.folders:
            if deck.path.is_relative_to(folder):
                return folder
        return deck.folder


def load_catalog(
    folders: list[Path] | None = None, extra: Sequence[str] = (), use_cache: bool = True,
) -> Catalog:
    """Every deck and exercise in the folders; unchanged files come from the deck cache."""
    folders = folders if folders is not None else content_folders(extra)
    catalog = Catalog(folders=list(folders))
    missing = [folder for folder in folders if not folder.is_dir()]
    for folder in missing:
        if folder.is_file():  # --content deck.yaml: a file where a folder belongs
            problem = Problem(folder, 1, 1, "error", "content-is-file",
                              msg("deck.content-is-file", path=str(folder), parent=str(folder.parent)))
        else:
            problem = Problem(folder, 1, 1, "error", "missing-folder",
                              msg("deck.missing-folder", path=str(folder)))
        catalog.skipped.append((folder, [problem]))
    files, misnamed = scan([folder for folder in folders if folder.is_dir()])
    for path in misnamed:
        catalog.skipped.append((path, [misnamed_problem(path)]))
    if use_cache:
        from cjtrainer.deck.cache import DeckCache

        load = DeckCache().load
    else:
        from cjtrainer.deck.load import load_file

        load = load_file
    add_results(catalog, [load(path) for path in files])
    return catalog


def misnamed_problem(path: Path, severity: Severity = "error") -> Problem:
    """'toets.yaml.txt': skipped by the app (an error in a folder; a warning when the file
    itself is checked by name, which reads it anyway)."""
    return Problem(path, 1, 1, severity, "wrong-suffix",
                   msg("deck.wrong-suffix", name=path.name, fixed=path.name[:-len(".txt")]))


def add_results(catalog: Catalog, results: Iterable[LoadResult]) -> None:
    """Put loaded files in the catalog; the second file with a used id is skipped."""
    deck_files: dict[str, Path] = {d.id: d.path for d in catalog.decks.values()}
    exercise_files: dict[str, Path] = {e.id: e.path for e in catalog.exercises.values()}
    for result in results:
        catalog.results.append(result)
        item = result.deck or result.exercise
        if item is None:
            catalog.skipped.append((result.path, result.errors))
            continue
        used = deck_files if result.deck else exercise_files
        if item.id in used:
            problem = Problem(result.path, 1, 1, "error", "duplicate-deck",
                              msg("deck.duplicate-deck", value=item.id, other=str(used[item.id])))
            result.problems.append(problem)
            result.deck = result.exercise = None
            catalog.skipped.append((result.path, [problem]))
            continue
        used[item.id] = result.path
        if result.deck:
            catalog.decks[result.deck.id] = result.deck
        elif result.exercise:
            catalog.exercises[result.exercise.id] = result.exercise
