"""One catalogue for every user-visible string, in Dutch (default) and English.

``t("key", **fields)`` formats the text for the current language. Deck content is never
translated: it is the teacher's text.
"""

from __future__ import annotations

import importlib
import os
import pkgutil

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


def t(key: str, /, **fields: object) -> str:
    texts = catalogue().get(key)
    if texts is None:
        return key
    text = texts.get(_language) or texts["nl"]
    return text.format(**fields)
