"""The wall clock, in one place: code that needs the time takes a ``Clock`` (the tests pass
clocks they move themselves) and defaults to ``utc_now``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """Now, timezone-aware in UTC (what the store and the schedule keep)."""
    return datetime.now(UTC)
