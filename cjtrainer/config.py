"""The settings file (config.toml in the platformdirs config folder).

One reader, one writer, so every command and screen treats the file the same way:

* ``load`` never raises. A value of the wrong type is left out, a number out of range is
  clamped, and each of those is a Message in ``Settings.problems`` that ``decks``,
  ``validate``, ``preview`` and the app render (in the language of that moment). A file that cannot be read or
  parsed gives the defaults and ``Settings.unreadable``.
* ``save`` is the only way settings reach the disk. It refuses (``ConfigError``) to
  overwrite a file it cannot read, so a typo in a hand-edited file never costs the
  student their content folders, theme and limits; and it writes atomically.
"""

from __future__ import annotations

import errno
import math
import re
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from cjtrainer import paths
from cjtrainer.errors import CjError
from cjtrainer.i18n import Message, msg, render

# The ranges the settings screen accepts; the file is held to the same.
LIMITS = {"new_per_day": (0, 9999), "reviews_per_day": (0, 99999)}
RETENTION_MIN, RETENTION_MAX = 0.70, 0.97


class ConfigError(CjError):
    """The settings file cannot be read, or the settings could not be saved (and the file
    on disk is untouched). ``problem`` is its message and hint as one Message: a settings
    problem ``load`` gives, or the hint ``save`` gives when it refuses."""

    def __init__(self, message: Message, hint: Message) -> None:
        super().__init__(message, hint)
        self.problem = msg("config.with-hint", message=message, hint=hint)


@dataclass(frozen=True, slots=True)
class Settings:
    language: str | None = None  # None: Dutch unless --lang says otherwise
    new_per_day: int = 20
    reviews_per_day: int = 200
    desired_retention: float = 0.9
    theme: str = "textual-dark"
    content: tuple[str, ...] = ()  # extra content folders
    student_name: str | None = None
    problems: tuple[Message, ...] = field(default=(), compare=False)  # shown to the user
    unreadable: bool = field(default=False, compare=False)  # the file could not be read


def config_file() -> Path:
    return paths.config_dir() / "config.toml"


def load(path: Path | None = None) -> Settings:
    path = path or config_file()
    try:
        raw = _read(path)
    except FileNotFoundError:
        return Settings()
    except ConfigError as error:
        return Settings(problems=(error.problem,), unreadable=True)
    values: dict[str, Any] = {}
    problems: list[Message] = []
    known = {f.name for f in fields(Settings)} - {"problems", "unreadable"}
    for key, value in raw.items():
        if key not in known:
            problems.append(msg("config.unknown", path=path, key=key))
            continue
        checked, problem = _check(key, value)
        if problem:
            problems.append(msg(problem, path=path, key=key, value=_shown(value),
                                got=_shown(checked)))
        if checked is not None:
            values[key] = checked
    return replace(Settings(**values), problems=tuple(problems))


def _read(path: Path) -> dict[str, Any]:
    """The parsed file; FileNotFoundError when there is none, ConfigError when it cannot
    be read or is not valid TOML."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise
    except UnicodeDecodeError:
        raise ConfigError(msg("config.not-utf8", path=path), msg("config.hint.fix")) from None
    except OSError as error:
        raise ConfigError(msg("config.unreadable", path=path, error=error.strerror or error),
                          msg("config.hint.fix")) from None
    import tomllib  # only when there is a file: a first start skips the import

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        hint = msg("config.hint.windows") if "\\" in text else msg("config.hint.fix")
        # tomllib says where in English ("... (at line 1, column 17)"): said in our words
        where = re.search(r"at line (\d+), column (\d+)", str(error))
        if where:
            message = msg("config.bad-toml-at", path=path, line=where[1], column=where[2])
        else:
            message = msg("config.bad-toml", path=path, error=error)
        raise ConfigError(message, hint) from None


def _shown(value: object) -> str:
    return repr(value) if isinstance(value, str) else str(value)


def _check(key: str, value: object) -> tuple[Any, str | None]:
    """(value to use or None to leave it out, message key of the problem or None)."""
    if key in ("language", "theme", "student_name"):
        return (value, None) if isinstance(value, str) else (None, "config.wrong-type.text")
    if key == "content":
        if isinstance(value, str):  # one folder written without the brackets
            return (value,), "config.content-not-list"
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(value), None
        return None, "config.wrong-type.list"
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None, "config.wrong-type.number"
    if key in LIMITS:
        low, high = LIMITS[key]
        if not isinstance(value, int):
            return None, "config.wrong-type.whole"
        if not low <= value <= high:
            return min(high, max(low, value)), "config.clamped"
        return value, None
    # desired_retention
    number = float(value)
    if math.isnan(number):
        return None, "config.wrong-type.number"
    if 1 < number <= 100:  # "95" means 95 %
        number /= 100
    if not RETENTION_MIN <= number <= RETENTION_MAX:
        return min(RETENTION_MAX, max(RETENTION_MIN, number)), "config.clamped"
    if number != value:
        return number, "config.percent"
    return number, None


def save(settings: Settings, path: Path | None = None) -> Path:
    """Write the settings. Raises ConfigError when the file on disk cannot be read (it
    is kept as it is) or the new one cannot be written (the old one is kept)."""
    from cjtrainer import atomic

    path = path or config_file()
    try:
        _read(path)
    except FileNotFoundError:
        pass
    except ConfigError as error:
        raise ConfigError(msg("config.not-overwritten", path=path), error.problem) from None
    lines = []
    for key, value in asdict(settings).items():
        if key in ("problems", "unreadable") or value is None:
            continue
        lines.append(f"{key} = {_toml_value(value)}")
    try:
        atomic.write_bytes(path, ("\n".join(lines) + "\n").encode("utf-8"))
    except OSError as error:
        raise ConfigError(msg("config.save-failed", path=path, error=os_reason(error)),
                          msg("config.hint.save")) from None
    return path


def os_reason(error: OSError) -> Message | str:
    """Why reading or writing a file failed, in the user's words (disk full, read-only, a
    missing folder, a folder for a file said plainly; a Message field: rendered with the
    message it is part of)."""
    if error.errno == errno.ENOSPC:
        return msg("config.reason.disk-full")
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return msg("config.reason.no-permission")
    if error.errno == errno.ENOENT:
        return msg("config.reason.missing")
    if error.errno == errno.EISDIR:
        return msg("config.reason.is-folder")
    if error.errno == errno.ENOTDIR:
        return msg("config.reason.not-folder")
    if error.errno == errno.EEXIST:  # a folder to make where a file is
        return msg("config.reason.in-the-way")
    return str(error.strerror or error)


def os_reason_text(error: OSError) -> str:
    """:func:`os_reason` as text in the current language, for a ``t()`` field."""
    reason = os_reason(error)
    return render(reason) if isinstance(reason, Message) else reason


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"')
        escaped = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in escaped)
        return f'"{escaped}"'
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to config")


def report_problems(settings: Settings | None = None) -> Settings:
    """Print what is wrong with the settings file on stderr (for ``decks``, ``validate``
    and ``preview``); returns the settings read."""
    import sys

    settings = settings if settings is not None else load()
    for problem in settings.problems:
        print(render(msg("config.problem", problem=problem)), file=sys.stderr)
    return settings
