"""Load one content file: a deck or an exercise, with every problem found in it."""

from __future__ import annotations

from pathlib import Path

import yaml

from cjtrainer.deck.problems import LoadResult, Problem
from cjtrainer.deck.source import Source, parse, read
from cjtrainer.deck.validate import Checker, check_deck, check_exercise
from cjtrainer.i18n import msg


def load_file(path: Path) -> LoadResult:
    return _check(path, read(path))


def load_bytes(path: Path, data: bytes) -> LoadResult:
    """The same as load_file for content already in memory (tests, importers, fuzzing)."""
    return _check(path, parse(path, data))


WORD_LISTS = (".csv", ".tsv", ".txt")
# Files `cjtrainer import` reads that are no YAML at all: say so instead of "not UTF-8".
IMPORTABLE = {".xlsx": "excel", ".xlsm": "excel", ".apkg": "anki", ".colpkg": "anki"}


def _check(path: Path, source: Source) -> LoadResult:
    result = _check_yaml(path, source)
    kind = IMPORTABLE.get(path.suffix.lower())
    if kind is not None:
        result.problems = [Problem(path, 1, 1, "error", "not-a-deck",
                                   msg(f"deck.import-format.{kind}", name=path.name))]
        return result
    if path.suffix.lower() in WORD_LISTS and result.deck is None and result.exercise is None:
        # A teacher runs validate on the Quizlet/Excel list itself: say what to do with it
        # instead of a YAML error about its first line.
        result.problems = [Problem(path, 1, 1, "error", "not-a-deck",
                                   msg("deck.word-list", name=path.name))]
    return result


def _check_yaml(path: Path, source: Source) -> LoadResult:
    result = LoadResult(path, problems=list(source.problems))
    root = source.root
    if root is None:
        return result
    checker = Checker(path)
    if not isinstance(root, yaml.MappingNode):
        checker.report(root, "not-a-deck")
    else:
        keys = {k.value for k, _ in root.value if isinstance(k, yaml.ScalarNode)}
        if "deck" in keys:
            result.deck = check_deck(checker, root)
        elif "exercise" in keys:
            result.exercise = check_exercise(checker, root)
        else:
            checker.report(root, "not-a-deck")
    result.problems.extend(sorted(checker.problems, key=lambda p: (p.line, p.column)))
    return result

