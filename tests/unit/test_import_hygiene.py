"""Domain modules never pull in textual or rich; the fast commands never pull in Textual."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import cjtrainer

DOMAIN_PACKAGES = ("cjtrainer.deck", "cjtrainer.learn", "cjtrainer.exercise", "cjtrainer.classroom",
                   "cjtrainer.teacher")
UI_PARTS = (".ui", ".widgets")


def domain_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(cjtrainer.__path__, "cjtrainer."):
        if info.name.startswith(DOMAIN_PACKAGES) and not any(p in info.name for p in UI_PARTS):
            names.append(info.name)
    return names


def test_domain_modules_do_not_import_textual_or_rich() -> None:
    modules = domain_modules() + ["cjtrainer.cli", "cjtrainer.i18n", "cjtrainer.config"]
    assert "cjtrainer.deck.validate" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_fast_commands_do_not_import_textual(tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = (
        "import sys\n"
        "from cjtrainer.cli import main\n"
        "for argv in (['validate'], ['decks'], ['--lang', 'en', 'validate', '--format', 'json']):\n"
        "    main(argv)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print('BAD', ','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "BAD"


def test_no_test_module_imports_another() -> None:
    """Shared test helpers live in support modules and conftest, never in a test module:
    importing one runs (and collects) its tests twice and ties two files together."""
    import re
    from pathlib import Path

    tests = Path(__file__).resolve().parents[1]
    pattern = re.compile(r"^\s*(?:from|import)\s+(?:tests\.\w+\.)?test_\w+", re.M)
    offenders = [str(path.relative_to(tests)) for path in tests.rglob("*.py")
                 if pattern.search(path.read_text(encoding="utf-8"))]
    assert not offenders, offenders
