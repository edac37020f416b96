"""argparse's own texts ("usage:", "the following arguments are required", ...) in the UI
language.

argparse looks its texts up through gettext's ``_`` at the moment it prints them; we give
it a lookup through the catalogue: the ``cli.argparse.*`` entries, whose English text is
argparse's own and so the key to find them by. Only the texts a user can meet are there;
any other text stays as argparse wrote it.
"""

from __future__ import annotations

import argparse

from cjtrainer import i18n

_PREFIX = "cli.argparse."
_keys: dict[str, str] = {}


def _translate(text: str) -> str:
    if not _keys:
        _keys.update((texts["en"], key) for key, texts in i18n.catalogue().items()
                     if key.startswith(_PREFIX))
    key = _keys.get(text)
    return i18n.t(key) if key else text


def install() -> None:
    argparse._ = _translate  # type: ignore[attr-defined]
