"""A parsed-deck cache in the user cache folder, so an unchanged deck loads without YAML.

One JSON file per content file, named after the SHA-256 of the file's bytes. An entry is
used only when everything matches: the bytes' hash, the cache format, and a fingerprint of
the loader's own code (a new validator must re-check old decks). Problems are stored as
codes and fields, rendered when read, so one entry serves every language.
The payload carries its own checksum, so a truncated or hand-edited entry is noticed. Any
doubt means: ignore the entry, load the YAML, write a fresh entry. JSON, never pickle: a
cache file is data, and a foreign one must not be able to run code.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

import msgspec

from cjtrainer import atomic, paths
from cjtrainer.deck import model as m
from cjtrainer.deck.cardtypes import CARD_CLASSES
from cjtrainer.deck.files import MAX_FILE_BYTES
from cjtrainer.deck.fingerprint import fingerprint
from cjtrainer.deck.problems import LoadResult, Problem, Severity
from cjtrainer.i18n import Message

FORMAT = 4  # 2: texts are stored made inert (cjtrainer.inert); 3: problems as messages;
# 4: the model's values as msgspec writes them (cards tagged with their type)


class DeckCache:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or paths.cache_dir() / "decks"
        self.hits = 0
        self.misses = 0

    def load(self, path: Path) -> LoadResult:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise OSError("too big to read")  # load_file refuses it with a message
            data = path.read_bytes()
        except OSError:
            from cjtrainer.deck.load import load_file

            return load_file(path)  # reports the read error (or the size) as a problem
        digest = hashlib.sha256(data).hexdigest()
        entry = self.folder / f"{digest}.json"
        result = self._read(entry, path, digest)
        if result is not None:
            self.hits += 1
            return result
        self.misses += 1
        from cjtrainer.deck.load import load_bytes  # the YAML parser, only when needed

        result = load_bytes(path, data)
        self._write(entry, digest, result)
        return result

    def _read(self, entry: Path, path: Path, digest: str) -> LoadResult | None:
        """The entry's result, or None when anything about it is off."""
        try:
            header_text, _, payload_text = entry.read_bytes().partition(b"\n")
            header = _HEADER.decode(header_text)
            if (header.format != FORMAT or header.source != digest
                    or header.fingerprint != fingerprint()
                    or header.checksum != hashlib.sha256(payload_text).hexdigest()):
                return None
            return _result(path, _PAYLOAD.decode(payload_text))
        except (OSError, ValueError, TypeError,  # msgspec's errors are ValueErrors
                RecursionError, MemoryError):  # [[[[... or a huge entry: not ours
            return None

    def _write(self, entry: Path, digest: str, result: LoadResult) -> None:
        """Line 1: a JSON header (format, source hash, code fingerprint, payload checksum);
        the rest: the payload JSON."""
        payload = _ENCODER.encode(_payload(result))
        header = {"format": FORMAT, "source": digest, "fingerprint": fingerprint(),
                  "checksum": hashlib.sha256(payload).hexdigest()}
        try:
            atomic.write_bytes(entry, json.dumps(header).encode() + b"\n" + payload)
        except OSError:
            pass  # a cache that cannot be written only costs speed


# -- (de)serialisation: msgspec writes the model's values, and reads them back checking
# every value against the type its class declares (strictly: a number is no text, a flag
# no number), in C. A hand-edited entry could hold ``"title": 12345`` with a fresh
# checksum: the screens must never meet it, so anything off fails the whole entry.

if TYPE_CHECKING:
    _AnyCard = m.Card
else:  # one of the registered card classes, told apart by the "type" tag
    _AnyCard = Union[tuple(CARD_CLASSES.values())]  # noqa: UP007 - a Union made at run time


class _Header(msgspec.Struct, frozen=True):
    format: int
    source: str
    fingerprint: str
    checksum: str


class _Payload(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """What an entry holds. The deck's cards sit beside it: the model types them as the
    base ``Card``, and msgspec decodes into the classes it is given, here any of the
    registered card classes, chosen by the "type" tag."""

    deck: m.Deck | None  # its cards in ``cards``, its path null: the caller gives it
    cards: tuple[_AnyCard, ...]
    exercise: m.Exercise | None  # its path null too
    problems: tuple[tuple[int, int, Severity, str, dict[str, Any]], ...]  # Message.to_data


def _no_path(value: object) -> None:
    """The path is not stored: the same bytes may sit in several files."""
    if isinstance(value, Path):
        return None
    raise TypeError(f"cannot write a {type(value).__name__}")


def _path_given_later(kind: type, value: object) -> Path:
    if kind is Path and value is None:
        return _NO_PATH
    raise TypeError(f"not a {kind.__name__} this cache wrote")


_NO_PATH = Path()
_ENCODER = msgspec.json.Encoder(enc_hook=_no_path)
_HEADER = msgspec.json.Decoder(_Header)
_PAYLOAD = msgspec.json.Decoder(_Payload, dec_hook=_path_given_later)


def _payload(result: LoadResult) -> _Payload:
    deck = result.deck
    return _Payload(
        deck=msgspec.structs.replace(deck, cards=()) if deck else None,
        cards=deck.cards if deck else (),
        exercise=result.exercise,
        problems=tuple((p.line, p.column, p.severity, p.code, p.text.to_data())
                       for p in result.problems),
    )


def _result(path: Path, payload: _Payload) -> LoadResult:
    result = LoadResult(path)
    result.problems = [Problem(path, line, column, severity, code, Message.from_data(text))
                       for line, column, severity, code, text in payload.problems]
    if payload.deck is not None:
        if payload.deck.cards:
            raise TypeError("not an entry this cache wrote")
        result.deck = msgspec.structs.replace(payload.deck, path=path, cards=payload.cards)
    elif payload.cards:
        raise TypeError("cards without a deck")
    if payload.exercise is not None:
        result.exercise = msgspec.structs.replace(payload.exercise, path=path)
    return result
