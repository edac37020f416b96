"""Every message of every catalogue module exists in Dutch and English, with the same
fields; every key the app uses exists."""

from __future__ import annotations

import importlib
import pkgutil
import re
import string
from pathlib import Path

import pytest

from cjtrainer import i18n, messages

UI = Path(__file__).parents[2] / "cjtrainer" / "ui"


def modules() -> list[str]:
    return [info.name for info in pkgutil.iter_modules(messages.__path__)]


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_there_are_catalogue_modules() -> None:
    assert {"cli", "ui"} <= set(modules())


@pytest.mark.parametrize("module_name", modules())
def test_both_languages_have_every_key(module_name: str) -> None:
    module = importlib.import_module(f"cjtrainer.messages.{module_name}")
    problems = []
    for key, texts in module.MESSAGES.items():
        for language in i18n.LANGUAGES:
            if not isinstance(texts.get(language), str):
                problems.append(f"{key}: no {language}")
        if all(isinstance(texts.get(lang), str) for lang in i18n.LANGUAGES):
            if fields(texts["nl"]) != fields(texts["en"]):
                problems.append(f"{key}: fields differ between nl and en")
        if set(texts) - set(i18n.LANGUAGES):
            problems.append(f"{key}: unknown language {set(texts) - set(i18n.LANGUAGES)}")
    assert not problems, "\n".join(problems)


def test_keys_are_unique_across_modules() -> None:
    i18n._catalogue = None  # merge again: a duplicate raises
    assert i18n.catalogue()


def test_every_ui_key_used_exists() -> None:
    catalogue = i18n.catalogue()
    used: set[str] = set()
    for path in UI.rglob("*.py"):
        used |= set(re.findall(r"""["'](ui\.[a-z0-9.\-]+[a-z0-9])["']""", path.read_text()))
    missing = sorted(key for key in used if key not in catalogue)
    assert not missing, missing
    assert len(used) > 100


def test_ui_text_switches_language() -> None:
    i18n.set_language("en")
    assert i18n.t("ui.home.decks") == "Decks"
    assert i18n.t("ui.key.hint") == "Hint"
    i18n.set_language("nl")
    assert i18n.t("ui.key.hint") == "Tip"
