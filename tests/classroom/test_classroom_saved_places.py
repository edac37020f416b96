"""The saved places in the cache folder (one per quiz address and player name)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from cjtrainer.classroom.client import (
    RESUME_FILE,
    RESUME_MAX_AGE,
    forget_resume,
    load_resume,
    save_resume,
    saved_places,
)

URL = "ws://127.0.0.1:8765"


def _file() -> Path:
    return Path(os.environ["CJTRAINER_CACHE_DIR"]) / RESUME_FILE


def test_places_per_name_and_address() -> None:
    save_resume(URL, "tok-ada", "Ada")
    save_resume(URL, "tok-bo", "Bo")
    save_resume("ws://10.0.0.5:8765", "tok-other", "Ada")
    assert load_resume(URL, "  ADA ") == "tok-ada"
    assert load_resume(URL, "Cy") is None
    assert load_resume("ws://10.0.0.5:8765", "ada") == "tok-other"
    assert [p.name for p in saved_places(URL)] == ["Bo", "Ada"]  # newest first
    save_resume(URL, "tok-ada-2", "ada")  # the same player again: replaced, not doubled
    assert [(p.name, p.token) for p in saved_places(URL)] == [("ada", "tok-ada-2"),
                                                              ("Bo", "tok-bo")]
    forget_resume("tok-bo")  # one place: the others stay
    assert [p.token for p in saved_places(URL)] == ["tok-ada-2"]
    assert load_resume("ws://10.0.0.5:8765", "Ada") == "tok-other"


def test_old_damaged_and_stale_files_give_no_place() -> None:
    _file().parent.mkdir(parents=True, exist_ok=True)
    # The one-token file of earlier versions has no name: it cannot tell students apart.
    _file().write_text(json.dumps({"url": URL, "token": "t", "saved": time.time()}))
    assert saved_places(URL) == [] and load_resume(URL, "Ada") is None
    _file().write_text("{not json")
    assert saved_places(URL) == []
    stale = time.time() - RESUME_MAX_AGE - 60
    _file().write_text(json.dumps({"places": [
        {"url": URL, "name": "Ada", "token": "old", "saved": stale},
        {"url": URL, "name": 5, "token": "x", "saved": time.time()},
        "junk",
    ]}))
    assert saved_places(URL) == []
    save_resume(URL, "new", "Bo")  # a damaged file is simply replaced
    assert [p.token for p in saved_places(URL)] == ["new"]
