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
        if not _well_typed(result):  # valid JSON of the right shape, wrong values
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
    result = LoadResult(path)
    result.problems = [Problem(path, line, column, severity, code, Message.from_data(text))
                       for line, column, severity, code, text in payload["problems"]]
    if payload["deck"] is not None:
        result.deck = _deck_from_json(path, payload["deck"])
    if payload["exercise"] is not None:
        raw = payload["exercise"]
        raw = {**raw, "path": path,
               "sections": tuple(m.Section(**_tuples(s)) for s in raw["sections"]),
               "rubric": tuple(m.Criterion(**c) for c in raw["rubric"]),
               "scale": tuple(raw["scale"])}
        result.exercise = m.Exercise(**raw)
    return result


def _deck_to_json(deck: m.Deck) -> dict[str, Any]:
    data = _plain(deck)
    data["cards"] = [_plain(card) for card in deck.cards]
    data["models"] = [_plain(model) for model in deck.models]
    return data


def _deck_from_json(path: Path, data: dict[str, Any]) -> m.Deck:
    cards = []
    for raw in data["cards"]:
        card_type = raw.pop("type")
        cards.append(CARD_CLASSES[card_type](**_tuples(raw)))
    models = []
    for raw in data["models"]:
        steps = tuple(m.Step(**_tuples(step)) for step in raw.pop("steps"))
        models.append(m.Model(steps=steps, **_tuples(raw)))
    rest = {k: v for k, v in data.items() if k not in ("cards", "models", "path")}
    return m.Deck(path=path, cards=tuple(cards), models=tuple(models), **_tuples(rest))


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


def _tuples(raw: dict[str, Any]) -> dict[str, Any]:
    """JSON lists back to the tuples the model uses (nested for gaps, items, pairs)."""
    return {key: _tuple(value) for key, value in raw.items()}


def _tuple(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_tuple(v) for v in value)
    return value


# -- checking what was read ------------------------------------------------------------


def _well_typed(result: LoadResult) -> bool:
    """Every value read has the type the model declares (a hand-edited entry could hold
    ``"title": 12345`` with a fresh checksum; the screens must never meet it)."""
    problems_ok = all(
        isinstance(p.line, int) and isinstance(p.column, int)
        and isinstance(p.code, str)
        and p.severity in ("error", "warning")
        for p in result.problems
    )
    return problems_ok and all(
        _is(value, type(value)) for value in (result.deck, result.exercise) if value is not None
    )


Check = Callable[[Any], bool]
_CHECKS: dict[Any, Check] = {}


def _is(value: Any, hint: Any) -> bool:
    return _check(hint)(value)


def _check(hint: Any) -> Check:
    """A function telling whether a value fits ``hint``, built once per type (warm loads
    check every card: per-value introspection would double their time)."""
    check = _CHECKS.get(hint)
    if check is None:
        check = _CHECKS[hint] = _build(hint)
    return check


_FIELD_CHECKS: dict[type, list[tuple[str, Check]]] = {}


def _field_checks(cls: type) -> list[tuple[str, Check]]:
    checks = _FIELD_CHECKS.get(cls)
    if checks is None:
        hints = typing.get_type_hints(cls)
        checks = _FIELD_CHECKS[cls] = [(name, _check(hints[name])) for name in _fields(cls)]
    return checks


def _build(hint: Any) -> Check:
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        cls = hint  # a Card may be any of its subclasses: each checks its own fields
        return lambda value: isinstance(value, cls) and all(
            check(getattr(value, name)) for name, check in _field_checks(type(value)))
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is typing.Union or origin is types.UnionType:
        options = [_check(option) for option in args]
        return lambda value: any(check(value) for check in options)
    if origin is typing.Literal:
        return lambda value: value in args
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _check(args[0])
            return lambda value: isinstance(value, tuple) and all(map(item, value))
        items = [_check(arg) for arg in args]
        return lambda value: (isinstance(value, tuple) and len(value) == len(items)
                              and all(check(v) for check, v in zip(items, value, strict=True)))
    if hint is type(None):
        return lambda value: value is None
    if hint is int:
        return lambda value: isinstance(value, int) and not isinstance(value, bool)
    if isinstance(hint, type):
        return lambda value: isinstance(value, hint)
    return lambda value: False
