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
    return scan(targets)[0]


def scan(targets: Sequence[Path]) -> tuple[list[Path], list[Path]]:
    """In one walk of each folder: the content files (as :func:`find_files`), and the files
    saved with a second suffix ('toets.yaml.txt': Notepad adds .txt), which the app does
    not read but tells the teacher about. A file given by name is a content file, and also
    in the second list when its name has the second suffix."""
    files: list[Path] = []
    misnamed: list[Path] = []
    seen: set[Path] = set()
    for target in targets:
        if target.is_dir():
            found: list[Path] = []
            for p in sorted(target.rglob("*")):
                if any(part.startswith(".") for part in p.relative_to(target).parts):
                    continue
                if p.suffix.lower() in SUFFIXES and p.is_file():
                    found.append(p)
                elif _second_suffix(p) and p.is_file():
                    misnamed.append(p)
        else:
            found = [target]
            if _second_suffix(target):
                misnamed.append(target)
        for path in found:
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                files.append(path)
    return files, misnamed


def _second_suffix(path: Path) -> bool:
    return any(path.name.lower().endswith(f"{suffix}.txt") for suffix in SUFFIXES)
