"""Who a browser student is: the class code or class list, the signed cookie, the folder.

Pure functions and small values: nothing here serves a page or starts a process.

- With a class code, a student signs in with a name and the code; the folder id is a slug
  of the name that stays readable ("Yılmaz" → ``yılmaz-…``) plus a short hash of the
  normalised name, so two different names never share a folder and the same name (any
  case, any spacing) always finds its own.
- With a class list (CSV: student number, name, optional PIN), a student signs in with the
  number and, when the list gives one, the PIN; the folder id is the number.
- The cookie holds the id and name, signed with HMAC-SHA256 under a key kept in the root
  folder, so a restarted server keeps everyone signed in and nobody can forge another id.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import hmac
import io
import json
import re
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cjtrainer import atomic
from cjtrainer.errors import CjError
from cjtrainer.i18n import t
from cjtrainer.inert import inert

KEY_FILE = ".serve-key"
COOKIE_NAME = "cjtrainer_student"
COOKIE_MAX_AGE = 14 * 24 * 3600  # two weeks: a student comes back to the same browser
NAME_MIN, NAME_MAX = 2, 40
_NOT_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True, slots=True)
class Student:
    id: str  # the folder under ROOT/students/
    name: str  # as shown in the app and the class report


@dataclass(frozen=True, slots=True)
class ListedStudent:
    number: str
    name: str
    pin: str  # empty: the number alone signs in


def clean_name(raw: str) -> str:
    """A typed name as one line of plain text, or "" when it is too short or too long."""
    name = " ".join(inert(unicodedata.normalize("NFC", raw)).split())
    return name if NAME_MIN <= len(name) <= NAME_MAX else ""


def id_for_name(name: str) -> str:
    """A folder id for a name: readable, collision-free, the same for any case or spacing."""
    key = " ".join(unicodedata.normalize("NFC", name).split()).casefold()
    slug = _NOT_WORD.sub("-", key).strip("-_")[:32] or "student"
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}"


def id_for_number(number: str) -> str:
    return _NOT_WORD.sub("-", number.strip()).strip("-_") or "student"


def normalise_code(raw: str) -> str:
    return "".join(raw.split()).upper()


def new_class_code() -> str:
    alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L
    return "".join(secrets.choice(alphabet) for _ in range(6))


def load_class_list(path: Path) -> dict[str, ListedStudent]:
    """The class list by student number; a Dutch error naming the file and line otherwise.

    Columns: student number, name, optional PIN; comma or semicolon; a header row is
    skipped when its first cell is not a student number (has no digit)."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise CjError(t("serve.list.unreadable", path=path, error=error.strerror or error)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # Excel's CSV on Dutch Windows
    delimiter = ";" if text.count(";") > text.count(",") else ","
    students: dict[str, ListedStudent] = {}
    folders: dict[str, str] = {}
    for line_number, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), 1):
        cells = [inert(cell).strip() for cell in row]
        if not any(cells):
            continue
        number = cells[0]
        if line_number == 1 and not any(ch.isdigit() for ch in number):
            continue  # a header row
        name = " ".join(cells[1].split()) if len(cells) > 1 else ""
        if not number or not name:
            raise CjError(t("serve.list.bad-row", path=path, line=line_number),
                          t("serve.list.hint"))
        folder = id_for_number(number)
        if number in students or folder in folders:
            raise CjError(t("serve.list.duplicate", path=path, line=line_number, number=number),
                          t("serve.list.hint"))
        folders[folder] = number
        students[number] = ListedStudent(number, name, cells[2] if len(cells) > 2 else "")
    if not students:
        raise CjError(t("serve.list.empty", path=path), t("serve.list.hint"))
    return students


def load_or_make_key(root: Path) -> bytes:
    """The cookie-signing key under ``root``, made once (readable by its owner only)."""
    path = root / KEY_FILE
    try:
        key = path.read_bytes()
        if len(key) >= 32:
            return key
    except FileNotFoundError:
        pass
    key = secrets.token_bytes(32)
    atomic.write_bytes(path, key)  # its temporary file is made readable by its owner only
    return key


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(student: Student, key: bytes, now: float) -> str:
    payload = _b64(json.dumps({"id": student.id, "name": student.name, "t": int(now)}).encode())
    mac = _b64(hmac.new(key, payload.encode("ascii"), hashlib.sha256).digest())
    return f"{payload}.{mac}"


def verify(cookie: str, key: bytes, now: float) -> Student | None:
    """The student a cookie names, or None when it is forged, damaged or too old."""
    payload, _, mac = cookie.partition(".")
    if not payload or not mac or len(cookie) > 1024:
        return None
    expected = _b64(hmac.new(key, payload.encode("ascii", "replace"), hashlib.sha256).digest())
    if not hmac.compare_digest(expected, mac):
        return None
    try:
        data = json.loads(_unb64(payload))
        student_id, name, issued = data["id"], data["name"], data["t"]
    except (ValueError, KeyError, TypeError):
        return None
    if not (isinstance(student_id, str) and isinstance(name, str) and isinstance(issued, int)):
        return None
    if not 0 <= now - issued <= COOKIE_MAX_AGE:
        return None
    return Student(student_id, name)
