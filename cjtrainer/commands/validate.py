"""`cjtrainer validate [PATH...]`: every problem in the content files, one per line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from cjtrainer.errors import CjError
from cjtrainer.i18n import msg, t

if TYPE_CHECKING:
    from cjtrainer.deck.catalog import Catalog
    from cjtrainer.deck.load import LoadResult


def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "validate", parents=parents,
        help=t("cli.help.validate"),
        description=t("cli.help.validate.description"),
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help=t("cli.help.validate.paths"))
    parser.add_argument("--strict", action="store_true", help=t("cli.help.validate.strict"))
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from cjtrainer import config
    from cjtrainer.deck.catalog import Catalog, add_results, misnamed_problem
    from cjtrainer.deck.files import content_folders, find_files, scan
    from cjtrainer.deck.load import load_file
    from cjtrainer.deck.problems import LoadResult

    config.report_problems()  # on stderr: the problem lines stay alone on stdout
    if args.paths:
        targets = [Path(p) for p in args.paths]
        for target in targets:
            if not target.exists():
                raise CjError(t("paths.missing", path=target))
    else:
        folders = content_folders(args.content)
        targets = [f for f in folders if f.is_dir()]
        # '--content deck.yaml': a file where a folder belongs is told, not skipped
        from cjtrainer.deck.problems import Problem

        not_folders = [LoadResult(f, problems=[Problem(
            f, 1, 1, "error", "content-is-file",
            msg("deck.content-is-file", path=str(f), parent=str(f.parent)))])
            for f in folders if f.is_file()]
    files, wrong = scan(targets)
    if args.paths and not files and not wrong:
        raise CjError(t("validate.no-files", paths=", ".join(args.paths)))

    # Deck ids must be unique across every content folder, so the files asked about are
    # checked against the configured folders too (the ones asked about go first).
    catalog = Catalog()
    asked = [load_file(path) for path in files]
    if not args.paths:
        asked.extend(not_folders)
    # 'toets.yaml.txt': the app skips it in a folder; checked by name, it is read anyway
    asked.extend(LoadResult(path, problems=[misnamed_problem(
        path, "warning" if path in targets else "error")]) for path in wrong)
    add_results(catalog, asked)
    if args.paths:
        asked_paths = {path.resolve() for path in files}
        others = [p for p in find_files([f for f in content_folders(args.content) if f.is_dir()])
                  if p.resolve() not in asked_paths]
        _add_duplicates_against(catalog, asked, others)

    problems = [problem for result in asked for problem in result.problems]
    problems.sort(key=lambda p: (str(p.path), p.line, p.column))
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    if args.format == "json":
        json.dump([p.as_json() for p in problems], sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        for problem in problems:
            print(problem)
        # Also when all is well: a teacher who sees nothing cannot tell "checked, fine"
        # from "checked nothing". On stderr, so the problem lines stay alone on stdout.
        summary = (t("validate.summary", files=len(files), errors=errors, warnings=warnings)
                   if problems else t("validate.ok", files=len(files)))
        print(summary, file=sys.stderr)
    failed = errors > 0 or (args.strict and warnings > 0)
    return 1 if failed else 0


def _add_duplicates_against(
    catalog: Catalog, asked: list[LoadResult], others: list[Path]
) -> None:
    """Report ids in the asked files that a configured content folder already uses."""
    from cjtrainer.deck.problems import Problem
    from cjtrainer.deck.source import read

    wanted = {item.id: result for result in asked
              for item in (result.deck, result.exercise) if item is not None}
    if not wanted:
        return
    for path in others:
        # Only the top-level id is needed: read it without validating the other file.
        source = read(path)
        root = source.root
        if root is None or not hasattr(root, "value") or not isinstance(root.value, list):
            continue
        for key, value in root.value:
            if getattr(key, "value", None) in ("deck", "exercise"):
                other_id = getattr(value, "value", None)
                result = wanted.get(other_id) if isinstance(other_id, str) else None
                if result is not None:
                    result.problems.append(Problem(
                        result.path, 1, 1, "error", "duplicate-deck",
                        msg("deck.duplicate-deck", value=other_id, other=str(path))))
