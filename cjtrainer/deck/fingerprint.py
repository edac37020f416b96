"""What makes a stored load of a deck stale, besides the deck's own bytes: the loader's
code, the version, and the language of its messages (a new validator must check old decks
again). Used by the deck cache and the home index."""

from __future__ import annotations

import hashlib
from pathlib import Path

from cjtrainer import __version__, i18n

_known: dict[str, str] = {}  # per language: the code does not change while we run


def fingerprint() -> str:
    language = i18n.language()
    if language not in _known:
        here = Path(__file__).resolve().parent
        parts = [__version__, language]
        for file in sorted([*here.glob("*.py"), here.parent / "messages" / "deck.py"]):
            stat = file.stat()
            parts.append(f"{file.name}:{stat.st_size}:{stat.st_mtime_ns}")
        _known[language] = hashlib.sha256("|".join(parts).encode()).hexdigest()
    return _known[language]
