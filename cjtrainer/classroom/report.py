"""The session log (JSONL, appended as things happen) and the CSV report built from it.

The report is always built from the events, whether they come from the running game
(``Game.events``) or from the log file after a crash (:func:`rebuild`), so both paths give
the same report. A torn last line (the app died mid-write) is skipped.

Files: ``<name>.csv`` has one row per player per question; ``<name>-players.csv`` and
``<name>-questions.csv`` hold the summaries.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cjtrainer import csvfile
from cjtrainer.errors import CjError
from cjtrainer.i18n import msg
from cjtrainer.inert import inert

# The columns are the CSV module's: class-report (teacher/report.py) reads them from there.
ROW_COLUMNS = csvfile.CLASSROOM_ROW_COLUMNS
PLAYER_COLUMNS = csvfile.CLASSROOM_PLAYER_COLUMNS
QUESTION_COLUMNS = csvfile.CLASSROOM_QUESTION_COLUMNS


class SessionLog:
    """Appends one JSON object per line and flushes it at once, so a crash loses nothing
    that was already written. No text can make a write fail: a lone surrogate (which UTF-8
    cannot encode) is written as its JSON escape ``\\ud800``, and anything that is not JSON
    as its text."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        # backslashreplace turns an unencodable surrogate inside a JSON string into exactly
        # the JSON escape for it, so the line stays valid JSON and reads back the same.
        self._file: IO[str] | None = path.open(
            "a", encoding="utf-8", errors="backslashreplace",
        )

    def __call__(self, event: dict[str, Any]) -> None:
        if self._file is None:
            return
        self._file.write(json.dumps(event, ensure_ascii=False, default=str) + "\n")
        self._file.flush()

    def sync(self) -> None:
        if self._file is not None:
            os.fsync(self._file.fileno())

    def close(self) -> None:
        if self._file is not None:
            self._file.flush()
            self._file.close()
            self._file = None


def read_log(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as error:
        raise CjError(
            msg("classroom.report.unreadable", path=path, error=error.strerror or error),
            msg("classroom.report.unreadable.hint"),
        ) from None
    events = []
    for line in lines:
        try:
            event = json.loads(line)
        except ValueError:
            continue  # a torn line
        if isinstance(event, dict) and "event" in event:
            events.append(event)
    if not events or events[0].get("event") != "session":
        raise CjError(
            msg("classroom.report.not-a-log", path=path), msg("classroom.report.unreadable.hint"),
        )
    return events


@dataclass(frozen=True, slots=True)
class Report:
    session: str
    rows: list[dict[str, Any]]
    players: list[dict[str, Any]]
    questions: list[dict[str, Any]]


def build_report(events: Iterable[dict[str, Any]]) -> Report:
    session = ""
    questions: dict[int, dict[str, Any]] = {}
    answers: dict[tuple[int, str], dict[str, Any]] = {}
    names: dict[str, str] = {}
    reveals: dict[int, dict[str, Any]] = {}
    order: list[int] = []
    kicked: set[str] = set()
    for event in events:
        kind = event.get("event")
        if kind == "session":
            session = str(event.get("session", ""))
            for q in event.get("questions", []) or []:
                questions[int(q["index"])] = q
        elif kind == "join":
            names[str(event["player"])] = str(event["name"])
        elif kind == "question":
            order.append(int(event["question"]))
        elif kind == "answer":
            answers[(int(event["question"]), str(event["player"]))] = event
        elif kind == "reveal":
            reveals[int(event["question"])] = event
        elif kind == "kick":
            kicked.add(str(event["player"]))
        elif kind == "unkick":
            kicked.discard(str(event["player"]))

    rows: list[dict[str, Any]] = []
    running: dict[str, int] = {}
    for index in order:
        q = questions.get(index, {})
        reveal = reveals.get(index)
        if reveal is not None:
            entries = [dict(e) for e in reveal.get("players", [])]
        else:  # the app died before the reveal: the answers that came in
            entries = [
                {"player": pid, "name": names.get(pid, pid), "connected": True}
                for (qi, pid) in answers if qi == index
            ]
        for entry in entries:
            pid = str(entry["player"])
            answer = answers.get((index, pid))
            if answer is not None:
                running[pid] = int(answer.get("score", 0))
            rows.append({
                "session": session,
                "time": answer.get("t", "") if answer else (reveal or {}).get("t", ""),
                "name": entry.get("name", names.get(pid, pid)),
                "player": pid,
                "question": index + 1,
                "question_id": q.get("card", ""),
                "tags": " ".join(q.get("tags", []) or []),
                "kind": q.get("kind", ""),
                "answer": answer.get("answer", "") if answer else "",
                "correct": bool(answer.get("correct")) if answer else False,
                "answered": answer is not None,
                "response_ms": answer.get("response_ms", "") if answer else "",
                "points": answer.get("points", 0) if answer else 0,
                "score": running.get(pid, int(entry.get("score", 0) or 0)),
                "connected": bool(entry.get("connected", answer is not None)),
            })

    players = _player_summary(session, rows, kicked)
    question_rows = _question_summary(session, rows, questions, order)
    return Report(session=session, rows=rows, players=players, questions=question_rows)


def _player_summary(
    session: str, rows: list[dict[str, Any]], kicked: set[str],
) -> list[dict[str, Any]]:
    """One line per player. Players the teacher removed are marked and get no rank (they
    come last), so the ranks are the podium's."""
    per: dict[str, dict[str, Any]] = {}
    times: dict[str, list[int]] = {}
    for row in rows:
        pid = str(row["player"])
        entry = per.setdefault(pid, {
            "session": session, "name": row["name"], "correct": 0, "questions": 0, "score": 0,
            "present": False,
        })
        entry["present"] = bool(entry["present"] or row["answered"] or row["connected"])
        entry["questions"] = int(entry["questions"]) + 1
        entry["correct"] = int(entry["correct"]) + (1 if row["correct"] else 0)
        entry["score"] = row["score"]
        if row["answered"] and row["response_ms"] != "":
            times.setdefault(pid, []).append(int(row["response_ms"]))
    result = []
    for pid, entry in per.items():
        asked = int(entry["questions"])
        spent = times.get(pid, [])
        entry["accuracy"] = round(100 * int(entry["correct"]) / asked) if asked else 0
        entry["mean_response_ms"] = round(sum(spent) / len(spent)) if spent else ""
        entry["kicked"] = pid in kicked
        # gone before the first question and never back: listed, but no place and no podium
        entry["unranked"] = entry["kicked"] or not entry.pop("present")
        result.append(entry)
    result.sort(key=lambda e: (e["unranked"], -int(e["score"]), str(e["name"]).casefold()))
    previous: object = None
    rank = 0
    for position, entry in enumerate(result, start=1):
        if entry.pop("unranked"):
            entry["rank"] = ""
            continue
        if entry["score"] != previous:
            rank, previous = position, entry["score"]
        entry["rank"] = rank
    return result


def _question_summary(
    session: str, rows: list[dict[str, Any]], questions: dict[int, dict[str, Any]],
    order: list[int],
) -> list[dict[str, Any]]:
    result = []
    for index in order:
        q = questions.get(index, {})
        mine = [r for r in rows if r["question"] == index + 1]
        # out of the players who could answer: here when it was asked, or answering
        present = [r for r in mine if r["answered"] or r["connected"]]
        correct = sum(1 for r in mine if r["correct"])
        result.append({
            "session": session, "question": index + 1, "question_id": q.get("card", ""),
            "kind": q.get("kind", ""), "tags": " ".join(q.get("tags", []) or []),
            "prompt": q.get("prompt", ""), "expected": q.get("expected", ""),
            "answered": sum(1 for r in mine if r["answered"]), "correct": correct,
            "percent_correct": round(100 * correct / len(present)) if present else 0,
        })
    return result


def summary_paths(path: Path) -> tuple[Path, Path]:
    return (
        path.with_name(f"{path.stem}-players{path.suffix or '.csv'}"),
        path.with_name(f"{path.stem}-questions{path.suffix or '.csv'}"),
    )


def write_report(report: Report, path: Path) -> list[Path]:
    """Writes the three CSV files (atomically, via a temporary file) and returns them."""
    players_path, questions_path = summary_paths(path)
    _write_csv(path, ROW_COLUMNS, report.rows)
    _write_csv(players_path, PLAYER_COLUMNS, report.players)
    _write_csv(questions_path, QUESTION_COLUMNS, report.questions)
    return [path, players_path, questions_path]


def _write_csv(path: Path, columns: tuple[str, ...], rows: list[dict[str, Any]]) -> None:
    # Semicolons and a BOM, like the class report: Excel with Dutch settings opens the
    # file in columns and reads 'Oriëntatie' as UTF-8 (cjtrainer class-report reads both).
    csvfile.write(path, columns, [[_cell(row.get(k, "")) for k in columns] for row in rows])


def _cell(value: object) -> object:
    if isinstance(value, bool):
        return csvfile.YES if value else csvfile.NO
    if isinstance(value, str):
        # What a student typed (or a log from an older version kept): one line, no escape
        # codes, no lone surrogates, so the writer cannot fail and Excel shows what was typed
        # (csvfile.write then keeps it from being a formula).
        return inert(value)
    return value


def rebuild(log_path: Path, out: Path | None = None) -> list[Path]:
    """The report from a session log alone (``cjtrainer host --rebuild-report LOG``)."""
    events = read_log(log_path)
    target = out or log_path.with_suffix(".csv")
    return write_report(build_report(events), target)
