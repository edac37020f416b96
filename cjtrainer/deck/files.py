"""Which content files there are: the folders in their order (bundled, config, --content)
and the deck and exercise files in them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from cjtrainer import config, paths

SUFFIXES = (".yaml", ".yml")
# A bigger content file is refused before it is read or parsed (deck.source): the bundled
# decks are 20 kB each, a deck of 25,000 cards is about 5 MB, and a 50 MB file would
# stall every start.
MAX_FILE_BYTES = 5 * 1024 * 1024


def content_folders(extra: Iterable[str] = (), settings: config.Settings | None = None) -> list[Path]:
    """Bundled content first, then the config file's folders, then --content/CJTRAINER_CONTENT."""
    settings = settings if settings is not None else config.load()
    folders = [paths.bundled_content_dir()]
    for raw in (*settings.content, *extra):
        folder = Path(raw).expanduser()
        if folder.resolve() not in {f.resolve() for f in folders}:
            folders.append(folder)
    return folders


def find_files(targets: Sequence[Path]) -> list[Path]:
    """The content files in the given files and folders, each once, in a stable order."""
    files: list[Path] = []
    seen: set[Path] = set()
    for target in targets:
        if target.is_dir():
            found = sorted(
                p for p in target.rglob("*")
                if p.suffix.lower() in SUFFIXES and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(target).parts)
            )
        else:
            found = [target]
        for path in found:
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                files.append(path)
    return files


def misnamed(targets: Sequence[Path]) -> list[Path]:
    """Content files saved with a second suffix ('toets.yaml.txt': Notepad adds .txt), which
    ``find_files`` leaves out: the folders are searched as there, a file given by name is
    checked itself. Told to the teacher, never silently skipped."""
    found: list[Path] = []
    for target in targets:
        if target.is_dir():
            found += sorted(
                p for p in target.rglob("*")
                if _second_suffix(p) and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(target).parts)
            )
        elif _second_suffix(target):
            found.append(target)
    return found


def _second_suffix(path: Path) -> bool:
    return any(path.name.lower().endswith(f"{suffix}.txt") for suffix in SUFFIXES)
