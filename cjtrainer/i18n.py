"""One catalogue for every user-visible string, in Dutch (default) and English.

``t("key", **fields)`` formats the text for the current language. Deck content is never
translated: it is the teacher's text.

Plurals: a field written as ``{count:kaart|kaarten}`` becomes the word before the ``|``
when the field is exactly 1 and the word after it otherwise (0, 2, 3, ...: Dutch and
English both use the plural for 0). The number itself is a separate field, so a message
reads like the sentence it makes and can have more counts than one, each with its own
words, verbs included::

    "nl": "{count} {count:kaart|kaarten} geïmporteerd"          # 1 kaart, 2 kaarten
    "nl": "{empty} van de {total} velden {empty:is|zijn} leeg"  # 1 ... is, 3 ... zijn
    "en": "{count} {count:card|cards} imported"

Every caller passes the count as a number (``count=len(cards)``). Never write "kaart(en)".

Decimal numbers: ``decimal(3.8)`` gives "3,8" in Dutch and "3.8" in English.

Domain code does not render: it returns a ``Message`` (``msg("deck.count", low=2,
...)``: a key and its fields, a field may be a Message itself), and the edge (CLI, UI)
renders it with ``render`` in the language of the moment. So what the domain stores (the
parsed-deck cache) holds no language.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import string
from typing import Any, NamedTuple

LANGUAGES = ("nl", "en")
_language = "nl"
_catalogue: dict[str, dict[str, str]] | None = None


def catalogue() -> dict[str, dict[str, str]]:
    """All keys of all message modules, merged once."""
    global _catalogue
    if _catalogue is None:
        from cjtrainer import messages

        merged: dict[str, dict[str, str]] = {}
        for info in pkgutil.iter_modules(messages.__path__):
            module = importlib.import_module(f"cjtrainer.messages.{info.name}")
            for key, texts in module.MESSAGES.items():
                if key in merged:
                    raise RuntimeError(f"message key {key!r} defined twice")
                merged[key] = texts
        _catalogue = merged
    return _catalogue


def set_language(language: str | None) -> str:
    global _language
    if language is None:
        language = os.environ.get("CJTRAINER_LANG") or "nl"
    _language = language if language in LANGUAGES else "nl"
    return _language


def language() -> str:
    return _language


class _Formatter(string.Formatter):
    """``str.format`` plus the plural spec ``{field:one|other}``."""

    def format_field(self, value: object, format_spec: str) -> str:
        if "|" in format_spec:
            one, _, other = format_spec.partition("|")
            return one if is_one(value) else other
        return format(value, format_spec)


_FORMATTER = _Formatter()


def is_one(value: object) -> bool:
    """Whether a count takes the singular: exactly 1 (not 0, not 1.5, not True)."""
    return (type(value) is int and value == 1) or (type(value) is float and value == 1.0)


def fill(template: str, /, **fields: object) -> str:
    """Formats one catalogue text (with plurals). Texts without a ``|`` take the fast path."""
    if "|" in template:
        return _FORMATTER.vformat(template, (), fields)
    return template.format(**fields)


def t(key: str, /, **fields: object) -> str:
    return text_in(_language, key, **fields)


def text_in(language: str, key: str, /, **fields: object) -> str:
    """``t`` in a given language, without switching the current one."""
    texts = catalogue().get(key)
    if texts is None:
        # A user sees the key rather than a traceback; the tests set the variable, so a
        # missing message fails there (tests/unit/test_catalogue.py finds the written ones).
        if os.environ.get("CJTRAINER_STRICT_MESSAGES"):
            raise KeyError(f"no message {key!r} in the catalogue")
        return key
    text = texts.get(language) or texts["nl"]
    return fill(text, **fields)


class Message(NamedTuple):
    """A text not rendered yet: a catalogue key and its fields (sorted pairs, so it
    compares and hashes; a field value may be a Message, rendered first)."""

    key: str
    fields: tuple[tuple[str, object], ...] = ()

    def to_data(self) -> dict[str, Any]:
        """As JSON data: ``{"key": ..., "fields": {...}}``, a Message field the same way."""
        return {"key": self.key, "fields": {
            name: value.to_data() if isinstance(value, Message) else value
            for name, value in self.fields}}

    @classmethod
    def from_data(cls, data: object) -> Message:
        """The Message ``to_data`` gave; TypeError for anything else (a damaged cache)."""
        if not (isinstance(data, dict) and isinstance(data.get("key"), str)
                and isinstance(data.get("fields"), dict)):
            raise TypeError("not a message")
        fields: dict[str, object] = {}
        for name, value in data["fields"].items():
            if isinstance(value, dict):
                value = cls.from_data(value)
            elif not isinstance(value, str | int | float) or isinstance(value, bool):
                raise TypeError("not a message field")
            fields[name] = value
        return msg(data["key"], **fields)


def msg(key: str, /, **fields: object) -> Message:
    """A Message: ``msg("deck.count", low=2, high=10)``."""
    return Message(key, tuple(sorted(fields.items())))


def render(text: Message, language: str | None = None) -> str:
    """The message in ``language`` (default: the current one): its Message fields rendered
    first, a float field written as ``decimal`` writes it ("3,8" in Dutch)."""
    language = language or _language
    return text_in(language, text.key,
                   **{name: _shown(value, language) for name, value in text.fields})


def _shown(value: object, language: str) -> object:
    if isinstance(value, Message):
        return render(value, language)
    return decimal(value, language=language) if isinstance(value, float) else value


def decimal(value: float, digits: int = 1, language: str | None = None) -> str:
    """A decimal number as the current language writes it: "3,8" (nl) or "3.8" (en)."""
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if (language or _language) == "nl" else text
