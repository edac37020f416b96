"""Every exercise text the code asks for exists, in Dutch and in English."""

from __future__ import annotations

import re
from pathlib import Path

from cjtrainer.messages.exercise import MESSAGES

ROOT = Path(__file__).parent.parent.parent / "cjtrainer"
SOURCES = [
    *sorted((ROOT / "exercise").glob("*.py")),
    *sorted((ROOT / "ui" / "screens").glob("exercise_*.py")),
    ROOT / "commands" / "exercise.py",
]


def used_keys() -> set[str]:
    keys: set[str] = set()
    for path in SOURCES:
        text = path.read_text(encoding="utf-8")
        keys.update(re.findall(r"""["'](exercise\.[a-z0-9.\-]+)["']""", text))
    return keys


def test_used_keys_exist_in_both_languages() -> None:
    used = {k for k in used_keys() if not k.endswith(".")}
    assert len(used) > 60
    missing = sorted(k for k in used if k not in MESSAGES)
    assert missing == []
    for key, texts in MESSAGES.items():
        assert texts.get("nl") and texts.get("en"), key


def test_dynamic_keys_exist() -> None:
    for mark in ("goed", "deels", "nog-niet"):
        assert f"exercise.mark.{mark}" in MESSAGES
    for step in ("writing", "compare", "assess", "done"):
        assert f"exercise.step.{step}" in MESSAGES
