"""What makes a stored load of a deck stale, besides the deck's own bytes: the loader's
code and the version (a new validator must check old decks again). The language is no
part of it: a load holds its problems as codes and fields (cjtrainer.i18n.Message). Used
by the deck cache."""

from __future__ import annotations

import hashlib
from pathlib import Path

from cjtrainer import __version__

_known: list[str] = []  # the code does not change while we run


def fingerprint() -> str:
    if not _known:
        here = Path(__file__).resolve().parent
        parts = [__version__]
        for file in sorted([*here.glob("*.py"), here.parent / "messages" / "deck.py"]):
            stat = file.stat()
            parts.append(f"{file.name}:{stat.st_size}:{stat.st_mtime_ns}")
        _known.append(hashlib.sha256("|".join(parts).encode()).hexdigest())
    return _known[0]
