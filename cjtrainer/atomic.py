"""Write a file so that a reader sees the old content or the new, never half of it: the
bytes go to a temporary file in the same folder, which then replaces the target."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

# Windows refuses to replace a file another program has open for a moment (a virus
# scanner, the search indexer, a sync client): a few short retries ride that out.
WINDOWS = os.name == "nt"
REPLACE_TRIES = 10
REPLACE_PAUSE = 0.05


def write_bytes(path: Path, data: bytes) -> None:
    """Raises OSError like ``Path.write_bytes``; the folder is created when missing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        _replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _replace(source: str, target: Path) -> None:
    for attempt in range(REPLACE_TRIES):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if not WINDOWS or attempt == REPLACE_TRIES - 1:
                raise
            time.sleep(REPLACE_PAUSE * (attempt + 1))


def write_text(path: Path, text: str) -> None:
    """UTF-8 with ``\\n`` line ends on every system (the files are shared and diffed)."""
    write_bytes(path, text.encode("utf-8"))
