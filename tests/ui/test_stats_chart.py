"""The small bar charts of the progress screen: every day label whole, today labelled."""

from __future__ import annotations

from datetime import date, timedelta

from cjtrainer.learn.stats import DayCount
from cjtrainer.ui.screens.stats import strip


def _days(last: date, n: int) -> list[DayCount]:
    return [DayCount(last - timedelta(days=n - 1 - i), i % 4) for i in range(n)]


def _label(day: date) -> str:
    return f"{day.day}/{day.month}"


def test_answers_per_day_labels_today_whole_within_80_columns() -> None:
    today = date(2026, 11, 22)
    rows = strip(_days(today, 30), every=7, cell=2, from_end=True, fmt=_label).plain.split("\n")
    labels = rows[-1]
    assert labels.split() == ["25/10", "1/11", "8/11", "15/11", "22/11"]
    assert labels.index("22/11") == 29 * 2  # under today's bar, not cut at the bars' end
    assert max(len(row) for row in rows) <= 78  # the screen's width at 80 columns


def test_forecast_labels_start_today_and_never_overlap() -> None:
    today = date(2026, 12, 20)
    days = [DayCount(today + timedelta(days=i), 1) for i in range(14)]
    labels = strip(days, every=3, fmt=_label).plain.split("\n")[-1]
    assert labels.split() == ["20/12", "23/12", "26/12", "29/12", "1/1"]
    crowded = strip(days, every=1, fmt=_label).plain.split("\n")[-1]  # 3 cells, 5-char labels
    shown = crowded.split()
    assert set(shown) <= {_label(d.day) for d in days}  # skipped, never run together
    assert shown[:3] == ["20/12", "22/12", "24/12"]
