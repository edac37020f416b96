"""Every test runs with its own data, config and cache folders and the Dutch UI."""

from __future__ import annotations

import pytest
from hypothesis import settings

from cjtrainer import i18n

# Correctness, not speed: a busy 2-core CI machine must not fail a property on time.
# Example counts are set per test (and stated there).
settings.register_profile("cjtrainer", deadline=None)
settings.load_profile("cjtrainer")


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    base = tmp_path_factory.mktemp("home")
    for name in ("DATA", "CONFIG", "CACHE"):
        folder = base / name.lower()
        monkeypatch.setenv(f"CJTRAINER_{name}_DIR", str(folder))
    monkeypatch.delenv("CJTRAINER_CONTENT", raising=False)
    monkeypatch.delenv("CJTRAINER_LANG", raising=False)
    i18n.set_language("nl")
    yield base
    i18n.set_language("nl")
