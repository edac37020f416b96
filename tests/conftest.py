"""Every test runs with its own data, config and cache folders and the Dutch UI."""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from hypothesis import settings

from cjtrainer import i18n
from tests import pilot_idle, shared_styles

# Correctness, not speed: a busy 2-core CI machine must not fail a property on time.
# Example counts are set per test (and stated there).
settings.register_profile("cjtrainer", deadline=None)
settings.load_profile("cjtrainer")


# Pilot tests go on as soon as the app is idle, not after fixed slices: tests/pilot_idle.py.
pilot_idle.install()
# The apps of a worker share one parse of each stylesheet: tests/shared_styles.py.
shared_styles.install()


def pytest_collection_finish(session: pytest.Session) -> None:
    """The cyclic garbage collector took a sixth of the tests' CPU: each full collection
    re-scanned everything collection imported (Textual, hypothesis, the test modules) and
    each Pilot key makes thousands of short-lived objects. Freeze what is there now (it
    lives as long as the worker; the app does the same after start-up, see
    CjApp.startup_done) and collect the young generation less often. Garbage is still
    collected: only the timing changes, not what a test runs."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)


@pytest.hookimpl(trylast=True)  # after the session's fixtures are torn down
def pytest_sessionfinish(session: pytest.Session) -> None:
    """pytest collects the garbage five times as it ends, to report what a finaliser
    raised; each pass scanned everything the tests left alive (the five took 0.6-1.4 s per
    process, with the workers' ends waiting for them). One collection here still runs every
    finaliser (pytest reports what they raised), and freezing what survives leaves pytest's
    five passes nothing to scan."""
    gc.collect()
    gc.freeze()


@pytest.fixture(autouse=True)
def isolated_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    # Not tmp_path_factory.mktemp: it numbers a folder by listing the worker's base folder,
    # which holds two folders per test by the end of the run.
    base = Path(tempfile.mkdtemp(prefix="home-", dir=tmp_path_factory.getbasetemp()))
    for name in ("DATA", "CONFIG", "CACHE"):
        folder = base / name.lower()
        monkeypatch.setenv(f"CJTRAINER_{name}_DIR", str(folder))
    monkeypatch.delenv("CJTRAINER_CONTENT", raising=False)
    monkeypatch.delenv("CJTRAINER_LANG", raising=False)
    # An unknown message key raises (cjtrainer.i18n.t), in subprocesses too.
    monkeypatch.setenv("CJTRAINER_STRICT_MESSAGES", "1")
    i18n.set_language("nl")
    yield base
    i18n.set_language("nl")


# Headless Chromium (Debian's package) driven by Playwright, for the web pages: required in
# CI (.ci/run installs Chromium and sets CI), skipped elsewhere when Chromium is absent.
CHROMIUM = next(
    (p for p in ("/usr/lib/chromium/chromium",) if Path(p).is_file()), shutil.which("chromium")
)
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason}: the browser tests are required in CI")
    pytest.skip(reason)


# One Chromium (and one Playwright driver) per worker, shared by the browser tests: starting
# both costs about 1.2 s of CPU, and each test makes its own browser context (its own
# cookies, storage and pages). A browser test runs in the worker's session event loop, which
# the Playwright objects belong to: its module says so (pytest.mark.asyncio(loop_scope=...)).


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def browser() -> AsyncIterator[Any]:
    try:
        from playwright.async_api import async_playwright
    except ImportError:
        _unavailable("playwright is not installed")
    if CHROMIUM is None:
        _unavailable("Chromium is not installed (apt-get install chromium)")
    async with async_playwright() as p:
        launched = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            await launched.close()
