"""The settings file (config.toml in the platformdirs config folder).

Read with tomllib; written by a small writer for the flat keys it holds. A missing or
unreadable file gives the defaults (an unreadable one is reported, never overwritten
silently... unless the user saves settings, which writes a fresh file).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from cjtrainer import paths


@dataclass(frozen=True, slots=True)
class Settings:
    language: str | None = None  # None: Dutch unless --lang says otherwise
    new_per_day: int = 20
    reviews_per_day: int = 200
    desired_retention: float = 0.9
    theme: str = "textual-dark"
    content: tuple[str, ...] = ()  # extra content folders
    student_name: str | None = None
    problems: tuple[str, ...] = field(default=(), compare=False)  # why the file was ignored


def config_file() -> Path:
    return paths.config_dir() / "config.toml"


def load(path: Path | None = None) -> Settings:
    path = path or config_file()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError) as error:
        return Settings(problems=(f"{path}: {error}",))
    import tomllib  # only when there is a file: a first start skips the import

    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return Settings(problems=(f"{path}: {error}",))
    known = {f.name: f for f in fields(Settings) if f.name != "problems"}
    values: dict[str, Any] = {}  # each value checked by _fits
    problems: list[str] = []
    for key, value in raw.items():
        if key not in known:
            problems.append(f"{path}: onbekende instelling {key!r}")
        elif _fits(key, value):
            values[key] = tuple(value) if key == "content" else value
        else:
            problems.append(f"{path}: {key} = {value!r} heeft een verkeerd type")
    return replace(Settings(**values), problems=tuple(problems))


_TYPES: dict[str, type | tuple[type, ...]] = {
    "language": str,
    "new_per_day": int,
    "reviews_per_day": int,
    "desired_retention": (int, float),
    "theme": str,
    "content": list,
    "student_name": str,
}


def _fits(key: str, value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, _TYPES[key]):
        return False
    if key == "content":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    return True


def save(settings: Settings, path: Path | None = None) -> Path:
    path = path or config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = []
    for key, value in asdict(settings).items():
        if key == "problems" or value is None:
            continue
        lines.append(f"{key} = {_toml_value(value)}")
    tmp = path.with_suffix(".toml.tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path


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
