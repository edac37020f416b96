"""The home screen's summary of the catalogue: per deck its id, title and tags, and each
card's key and tags; and the files that were skipped, with their problems as text.

The catalogue writes it after every full load (``load_catalog``); the app reads it at
start-up instead of the decks, so the first screen does not wait for the deck model and
the deck cache (about a third of start-up). It is trusted only when it was made from the
very same files: its key covers every content file's path and SHA-256, the missing
folders, and the loader's fingerprint (code, version) and the message language. Any doubt (an
edited, added or removed deck, a truncated or hand-edited index) means: not used, the
catalogue is loaded in full and writes a fresh one. JSON, never pickle.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cjtrainer import atomic, i18n, paths
from cjtrainer.deck.files import MAX_FILE_BYTES
from cjtrainer.deck.fingerprint import fingerprint

if TYPE_CHECKING:
    from cjtrainer.deck.catalog import Catalog

FORMAT = 3  # 2: titles and problems are inert text (cjtrainer.inert); 3: sibling groups
NAME = "home-index.json"


class CardSummary:
    """What the counts need of a card: its key (``deck/card``), tags and sibling group
    (one card of a group a day: the home counts must know the groups)."""

    __slots__ = ("key", "tags", "siblings")

    def __init__(self, key: str, tags: tuple[str, ...], siblings: str = "") -> None:
        self.key = key
        self.tags = tags
        self.siblings = siblings or key


class DeckSummary:
    """What the home screen needs of a deck; duck-types as a Deck for the statistics."""

    __slots__ = ("id", "title", "tags", "cards")

    def __init__(self, id: str, title: str, tags: tuple[str, ...],  # noqa: A002
                 cards: tuple[CardSummary, ...]) -> None:
        self.id = id
        self.title = title
        self.tags = tags
        self.cards = cards


class Index:
    """The summary as read: ``decks`` in catalogue order, ``skipped`` as (path, problem
    texts)."""

    __slots__ = ("body", "decks", "skipped")

    def __init__(self, decks: list[DeckSummary], skipped: list[tuple[Path, list[str]]],
                 body: bytes = b"") -> None:
        self.decks = decks
        self.skipped = skipped
        self.body = body  # the stored payload, as write() makes it

    def describes(self, catalog: Catalog) -> bool:
        """Whether this summary tells what ``catalog`` holds: the same decks, cards, tags
        and skipped files (false when a file changed between reading this and loading)."""
        return self.body == _body(catalog)


def default_path() -> Path:
    return paths.cache_dir() / NAME


def key_for(folders: Sequence[Path]) -> str:
    """A hash of everything the catalogue would be loaded from, as it is on disk now."""
    from cjtrainer.deck.files import find_files

    # the language too: the index holds the skipped files' problems as text
    digest = hashlib.sha256(f"{FORMAT}|{fingerprint()}|{i18n.language()}".encode())
    existing = [folder for folder in folders if folder.is_dir()]
    for folder in folders:
        digest.update(f"|folder:{folder}:{folder in existing}".encode())
    for path in find_files(existing):
        try:
            stat = path.stat()
            # A file too big to load is never read whole: its size and time stand for it.
            data = (f"\0too-big:{stat.st_size}:{stat.st_mtime_ns}".encode()
                    if stat.st_size > MAX_FILE_BYTES else path.read_bytes())
        except OSError:
            data = b"\0unreadable"
        digest.update(f"|file:{path}:".encode() + hashlib.sha256(data).digest())
    return digest.hexdigest()


def read(folders: Sequence[Path], path: Path | None = None) -> Index | None:
    """The index, when it was made from exactly these files; else None."""
    stored = _intact(path or default_path())
    if stored is None or stored[0] != key_for(folders):
        return None
    try:
        payload = json.loads(stored[1])
        decks = [
            DeckSummary(_text(d["id"]), _text(d["title"]), _texts(d["tags"]),
                        tuple(CardSummary(_text(key), _texts(tags), _text(siblings))
                              for key, tags, siblings in d["cards"]))
            for d in payload["decks"]
        ]
        skipped = [(Path(_text(p)), list(_texts(texts))) for p, texts in payload["skipped"]]
        return Index(decks, skipped, stored[1])
    except (OSError, ValueError, KeyError, TypeError, AttributeError,
            RecursionError, MemoryError):  # [[[[... or a huge file: not ours, not used
        return None


def _text(value: object) -> str:
    """A text as stored; anything else (``"title": 12345`` in a hand-edited index) means
    the index is not one this code wrote."""
    if not isinstance(value, str):
        raise TypeError("not a text")
    return value


def _texts(values: object) -> tuple[str, ...]:
    if not isinstance(values, list):
        raise TypeError("not a list")
    return tuple(_text(value) for value in values)


def write(catalog: Catalog, key: str, path: Path | None = None) -> None:
    """Store the summary of a freshly loaded catalogue, ``key`` taken before loading it.
    When a file changed meanwhile, nothing is stored: the summary could be of either
    version. A failure to write only costs speed."""
    target = path or default_path()
    stored = _intact(target)
    if stored is not None and stored[0] == key:
        return  # the index of these very files is there already (the usual case)
    if key_for(catalog.folders) != key:
        return
    body = _body(catalog)
    header = {"format": FORMAT, "key": key, "checksum": hashlib.sha256(body).hexdigest()}
    try:
        atomic.write_bytes(target, json.dumps(header).encode() + b"\n" + body)
    except OSError:
        pass


def _body(catalog: Catalog) -> bytes:
    """The index's payload: what the home screen needs of ``catalog``, as JSON."""
    summary = {
        "decks": [
            {"id": deck.id, "title": deck.title, "tags": list(deck.tags),
             "cards": [[card.key, list(card.tags),
                        "" if card.siblings == card.key else card.siblings]
                       for card in deck.cards]}
            for deck in catalog.decks.values()
        ],
        "skipped": [[str(p), [str(problem) for problem in problems]]
                    for p, problems in catalog.skipped],
    }
    return json.dumps(summary, ensure_ascii=False, separators=(",", ":")).encode()


def _intact(path: Path) -> tuple[str, bytes] | None:
    """(key, payload) of an intact index file (format and payload checksum right)."""
    try:
        header_text, _, payload = path.read_bytes().partition(b"\n")
        header = json.loads(header_text)
        if not isinstance(header, dict) or header.get("format") != FORMAT:
            return None
        if header.get("checksum") != hashlib.sha256(payload).hexdigest():
            return None
        return str(header["key"]), payload
    except (OSError, ValueError, KeyError, TypeError, AttributeError,
            RecursionError, MemoryError):
        return None
