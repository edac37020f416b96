"""Read an Anki package (.apkg, .colpkg): its notes become rows for the importer.

A package is a zip with the collection as SQLite: ``collection.anki21b`` (zstd-compressed,
the new schema with ``notetypes`` and ``fields`` tables, Anki 2.1.50+), ``collection.anki21``
or ``collection.anki2`` (the old schema: note types as JSON in ``col.models``). A new package
also holds a stub ``collection.anki2`` that only says "update Anki", so the newest one wins.

What a note becomes: the first field is the front, the second the back; a cloze note
(``{{c1::...}}``) a cloze card with ``{{...}}`` gaps (Anki's extra field becomes the
explanation); a "reversed" note type a flashcard with ``reverse: true``. Pictures and sounds
are not imported: each note that used one is listed, so nothing goes without a word.
"""

from __future__ import annotations

import io
import json
import re
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from cjtrainer.i18n import msg

COLLECTIONS = ("collection.anki21b", "collection.anki21", "collection.anki2")
MAX_COLLECTION_BYTES = 512 * 1024 * 1024  # a zip bomb stops here, not in memory

CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::(.*?))?\}\}", re.S)
_MEDIA = re.compile(r"""<img[^>]*?src=["']?([^"'>\s]+)|\[sound:([^\]]+)\]""", re.IGNORECASE)


@dataclass(slots=True)
class Note:
    """One Anki note, as the importer needs it."""

    number: int  # 1-based place in the collection (the report's "line")
    fields: list[str]  # raw field texts (HTML)
    field_names: list[str]
    tags: list[str]
    cloze: bool
    reverse: bool  # the note type makes a second, reversed card
    notetype: str


@dataclass(slots=True)
class Package:
    notes: list[Note] = field(default_factory=list)
    media_files: int = 0  # files in the package's media list
    collection: str = ""  # which collection file was read
    deck_names: list[str] = field(default_factory=list)


class AnkiError(Exception):
    """The package cannot be read; the message (a Message, args[0]) is for the teacher."""


def is_package(archive: zipfile.ZipFile) -> bool:
    names = set(archive.namelist())
    return any(name in names for name in COLLECTIONS)


def read_package(raw: bytes) -> Package:
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except zipfile.BadZipFile:
        raise AnkiError(msg("teacher.import.anki.broken")) from None
    with archive:
        names = set(archive.namelist())
        name = next((n for n in COLLECTIONS if n in names), None)
        if name is None:
            raise AnkiError(msg("teacher.import.anki.broken"))
        if archive.getinfo(name).file_size > MAX_COLLECTION_BYTES:
            raise AnkiError(msg("teacher.import.anki.too-big"))
        data = archive.read(name)
        media_files = _media_count(archive, names)
    if name.endswith("21b"):
        data = _unzstd(data)
    package = _read_sqlite(data)
    package.collection = name
    package.media_files = media_files
    return package


def _unzstd(data: bytes) -> bytes:
    import zstandard

    try:
        reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data))
        out = reader.read(MAX_COLLECTION_BYTES + 1)
    except zstandard.ZstdError:
        raise AnkiError(msg("teacher.import.anki.broken")) from None
    if len(out) > MAX_COLLECTION_BYTES:
        raise AnkiError(msg("teacher.import.anki.too-big"))
    return out


def _media_count(archive: zipfile.ZipFile, names: set[str]) -> int:
    """How many media files the package carries (the ``media`` list is JSON in old packages,
    zstd-compressed protobuf in new ones: then the numbered files in the zip are counted)."""
    if "media" in names:
        try:
            listing = json.loads(archive.read("media").decode("utf-8"))
            if isinstance(listing, dict):
                return len(listing)
        except (UnicodeDecodeError, ValueError):
            pass
    return sum(1 for n in names if n.isdigit())


def _read_sqlite(data: bytes) -> Package:
    # sqlite3 opens files only: the collection goes to a private temporary file.
    with tempfile.TemporaryDirectory(prefix="cjtrainer-anki-") as folder:
        path = Path(folder) / "collection.sqlite"
        path.write_bytes(data)
        try:
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        except sqlite3.Error:
            raise AnkiError(msg("teacher.import.anki.broken")) from None
        try:
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
            if "notetypes" in tables and "fields" in tables:
                return _read_new(db)
            return _read_old(db)
        except (sqlite3.Error, ValueError, KeyError, TypeError):
            raise AnkiError(msg("teacher.import.anki.broken")) from None
        finally:
            db.close()


@dataclass(frozen=True, slots=True)
class _NoteType:
    name: str
    fields: list[str]
    cloze: bool
    templates: int


def _reversed(kind: _NoteType) -> bool:
    return not kind.cloze and kind.templates >= 2 and len(kind.fields) >= 2


def _read_old(db: sqlite3.Connection) -> Package:
    models_json, decks_json = db.execute("SELECT models, decks FROM col").fetchone()
    models = json.loads(models_json)
    types: dict[int, _NoteType] = {}
    for key, model in models.items():
        names = [f["name"] for f in sorted(model.get("flds", []), key=lambda f: f.get("ord", 0))]
        types[int(key)] = _NoteType(str(model.get("name", "")), names, model.get("type") == 1,
                                    len(model.get("tmpls", [])))
    decks = [str(d.get("name", "")) for d in json.loads(decks_json or "{}").values()]
    return _notes(db, types, decks)


def _read_new(db: sqlite3.Connection) -> Package:
    types: dict[int, _NoteType] = {}
    templates = dict(db.execute("SELECT ntid, count(*) FROM templates GROUP BY ntid").fetchall())
    for ntid, name, config in db.execute("SELECT id, name, config FROM notetypes"):
        names = [row[0] for row in db.execute(
            "SELECT name FROM fields WHERE ntid = ? ORDER BY ord", (ntid,))]
        types[ntid] = _NoteType(name, names, _protobuf_kind(config) == 1,
                                int(templates.get(ntid, 0)))
    decks = [row[0] for row in db.execute("SELECT name FROM decks")]
    return _notes(db, types, decks)


def _protobuf_kind(config: bytes | None) -> int:
    """Field 1 (``kind``: 0 normal, 1 cloze) of the note type's protobuf config."""
    if config and len(config) >= 2 and config[0] == 0x08:
        return config[1]
    return 0


def _notes(db: sqlite3.Connection, types: dict[int, _NoteType], decks: list[str]) -> Package:
    package = Package(deck_names=[d for d in decks if d and d != "Default"])
    rows = db.execute("SELECT mid, flds, tags FROM notes ORDER BY id").fetchall()
    for number, (mid, flds, tags) in enumerate(rows, start=1):
        kind = types.get(mid, _NoteType("?", [], False, 1))
        fields = str(flds).split("\x1f")
        cloze = kind.cloze or bool(CLOZE.search(fields[0] if fields else ""))
        reverse = _reversed(kind)
        if not reverse and len(kind.fields) >= 3 and "revers" in kind.name.casefold():
            # "Basic (optional reversed card)": the third field says whether to reverse
            reverse = bool(fields[2].strip()) if len(fields) > 2 else False
        names = kind.fields + [f"{i + 1}" for i in range(len(kind.fields), len(fields))]
        package.notes.append(Note(number, fields, names, str(tags).split(), cloze, reverse,
                                  kind.name))
    return package


def media_in(text: str) -> list[str]:
    """The pictures and sounds a field uses, by file name."""
    return [m.group(1) or m.group(2) for m in _MEDIA.finditer(text)]


def cloze_text(text: str) -> tuple[str, list[str]]:
    """Anki's ``{{c1::antwoord::hint}}`` as cjtrainer's ``{{antwoord}}``, and the hints that
    had no place (a cjtrainer gap has none)."""
    hints: list[str] = []

    def gap(match: re.Match[str]) -> str:
        if match.group(2):
            hints.append(match.group(2))
        return "{{" + match.group(1).replace("|", "/") + "}}"

    return CLOZE.sub(gap, text), hints


def has_cloze(text: str) -> bool:
    return CLOZE.search(text) is not None
