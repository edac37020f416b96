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

import dataclasses
import hashlib
import json
import sys
import types
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cjtrainer import atomic, paths
from cjtrainer.deck import model as m
from cjtrainer.deck.cardtypes import CARD_CLASSES
from cjtrainer.deck.files import MAX_FILE_BYTES
from cjtrainer.deck.fingerprint import fingerprint
from cjtrainer.deck.problems import LoadResult, Problem
from cjtrainer.i18n import Message

FORMAT = 3  # 2: texts are stored made inert (cjtrainer.inert); 3: problems as messages
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
            header = json.loads(header_text)
            if not isinstance(header, dict) or header.get("format") != FORMAT:
                return None
            if header.get("source") != digest or header.get("fingerprint") != fingerprint():
                return None
            if header.get("checksum") != hashlib.sha256(payload_text).hexdigest():
                return None
            result = _result_from_json(path, json.loads(payload_text))
        except (OSError, ValueError, KeyError, TypeError, AttributeError,
                RecursionError, MemoryError):  # [[[[... or a huge entry: not ours
            return None
        return result

    def _write(self, entry: Path, digest: str, result: LoadResult) -> None:
        """Line 1: a JSON header (format, source hash, code fingerprint, payload checksum);
        the rest: the payload JSON."""
        payload = json.dumps(_result_to_json(result), ensure_ascii=False,
                             separators=(",", ":")).encode("utf-8")
        header = {"format": FORMAT, "source": digest, "fingerprint": fingerprint(),
                  "checksum": hashlib.sha256(payload).hexdigest()}
        try:
            atomic.write_bytes(entry, json.dumps(header).encode() + b"\n" + payload)
        except OSError:
            pass  # a cache that cannot be written only costs speed


# -- (de)serialisation -------------------------------------------------------------------


def _result_to_json(result: LoadResult) -> dict[str, Any]:
    return {
        "deck": _deck_to_json(result.deck) if result.deck else None,
        "exercise": _plain(result.exercise) if result.exercise else None,
        "problems": [[p.line, p.column, p.severity, p.code, p.text.to_data()]
                     for p in result.problems],
    }


def _result_from_json(path: Path, payload: dict[str, Any]) -> LoadResult:
    """The entry's payload as the loader's values. Every value is checked against the type
    the model declares while it is built (a hand-edited entry could hold ``"title": 12345``
    with a fresh checksum; the screens must never meet it): a TypeError or KeyError means
    the entry is not ours."""
    result = LoadResult(path)
    result.problems = [_problem(path, *raw) for raw in payload["problems"]]
    if payload["deck"] is not None:
        result.deck = _decoder(m.Deck)({**payload["deck"], "path": path})
    if payload["exercise"] is not None:
        result.exercise = _decoder(m.Exercise)({**payload["exercise"], "path": path})
    return result


def _problem(path: Path, line: Any, column: Any, severity: Any, code: Any,
             text: Any) -> Problem:
    if not (type(line) is int and type(column) is int and severity in ("error", "warning")
            and type(code) is str):
        raise TypeError("not a problem")
    return Problem(path, line, column, severity, code, Message.from_data(text))


def _deck_to_json(deck: m.Deck) -> dict[str, Any]:
    data = _plain(deck)
    data["cards"] = [_plain(card) for card in deck.cards]
    data["models"] = [_plain(model) for model in deck.models]
    return data


def _plain(value: object) -> dict[str, Any]:
    """A dataclass's own fields as JSON-ready values (no path: that comes from the caller)."""
    out: dict[str, Any] = {}
    for field in _fields(type(value)):
        item = getattr(value, field)
        if field == "path":
            continue
        if dataclasses.is_dataclass(item) or (
            isinstance(item, tuple) and item and dataclasses.is_dataclass(item[0])
        ):
            item = [_plain(x) for x in item] if isinstance(item, tuple) else _plain(item)
        out[field] = item
    return out


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _fields(cls: type) -> tuple[str, ...]:
    # A plain dict rather than functools.cache: mypy does not see type(value) as Hashable.
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


# -- reading back: JSON to the model's values, each checked against its declared type ----


Decode = Callable[[Any], Any]
_DECODERS: dict[Any, Decode] = {}
_HINTS: dict[str, Any] = {}


def _decoder(hint: Any) -> Decode:
    """A function turning the JSON of a value of type ``hint`` back into that value (lists
    into tuples, objects into the model's classes), raising TypeError for anything of
    another type. Built once per type: warm loads decode every card."""
    decode = _DECODERS.get(hint)
    if decode is None:
        decode = _DECODERS[hint] = _build(hint)
    return decode


def _hint(cls: type, annotation: Any) -> Any:
    """A field's annotation as a type. The model's annotations are texts (``from
    __future__ import annotations``); each distinct text is evaluated once.
    ``typing.get_type_hints`` compiles them again for every class and base class: 140
    compiles, most of the 20 ms the type check cost on a warm start."""
    if not isinstance(annotation, str):
        return annotation
    hint = _HINTS.get(annotation)
    if hint is None:
        namespace = vars(sys.modules[cls.__module__])
        hint = _HINTS[annotation] = eval(annotation, namespace)  # noqa: S307 - our own code
    return hint


def _fail(value: Any) -> Any:
    raise TypeError("not a value of the model")


def _build(hint: Any) -> Decode:
    if hint is m.Card:  # any card: its "type" names the class
        by_type = {name: _decoder(cls) for name, cls in CARD_CLASSES.items()}
        return lambda value: by_type[value["type"]](value)
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return _record(hint)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Union or origin is types.UnionType:
        if len(args) == 2 and type(None) in args:  # X | None, the only union in the model
            other = _decoder(args[0] if args[1] is type(None) else args[1])
            return lambda value: None if value is None else other(value)
        return _fail
    if origin is typing.Literal:
        return lambda value: value if type(value) is str and value in args else _fail(value)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            if args[0] is str:  # tags, choices, ...: the common case, checked in one go
                return lambda value: (tuple(value) if type(value) is list
                                      and all(type(v) is str for v in value) else _fail(value))
            item = _decoder(args[0])
            return lambda value: (tuple(map(item, value)) if type(value) is list
                                  else _fail(value))
        items = [_decoder(arg) for arg in args]
        return lambda value: (
            tuple(decode(v) for decode, v in zip(items, value, strict=True))
            if type(value) is list and len(value) == len(items) else _fail(value))
    if hint in (str, int, bool):  # exactly: a bool is no int here, a number no text
        return lambda value: value if type(value) is hint else _fail(value)
    if isinstance(hint, type):  # the path, given by the caller
        return lambda value: value if isinstance(value, hint) else _fail(value)
    return _fail


def _record(cls: type) -> Decode:
    """A dataclass from a JSON object holding its fields: a field it does not have, or
    a required one missing, is a TypeError or KeyError too."""
    exact: dict[str, type] = {}  # texts, numbers, flags: checked here, not by a call each
    nested: dict[str, Decode] = {}
    for field in dataclasses.fields(cls):
        hint = _hint(cls, field.type)
        if not field.init:
            exact[field.name] = type(None)  # "type": not given to __init__ (see below)
        elif hint in (str, int, bool):  # exactly: a bool is no number, a number no text
            exact[field.name] = hint
        else:
            nested[field.name] = _decoder(hint)

    def decode(value: Any) -> Any:
        if type(value) is not dict:
            raise TypeError("not an object")
        given = {}
        for name, item in value.items():
            kind = exact.get(name)
            if kind is None:
                given[name] = nested[name](item)  # KeyError: a field the class has not
            elif kind is not type(None):
                if type(item) is not kind:
                    raise TypeError(f"{name}: not a {kind.__name__}")
                given[name] = item
        return cls(**given)

    return decode
