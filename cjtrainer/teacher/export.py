"""Make a student's hand-in document from the data folder (used by ``export-progress``;
the student app can call ``make_handin`` / ``write_handin`` for an "Inleveren" button).

No Textual, no argparse: the data folder, the name, the content folders and the clock
come in as arguments.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cjtrainer.errors import CjError
from cjtrainer.i18n import Message, msg

if TYPE_CHECKING:
    from cjtrainer.deck.model import Exercise


@dataclass(frozen=True, slots=True)
class HandInDocument:
    data: dict[str, Any]
    cards: int  # distinct cards answered
    answers: int  # answers, undone ones left out
    exercises: int  # exercise attempts included
    note: Message | None = None  # why exercises were left out, if they were

    def text(self) -> str:
        return json.dumps(self.data, ensure_ascii=False, indent=1) + "\n"


def make_handin(
    data_dir: Path, student: str, *, content: Sequence[str] = (), now: datetime | None = None
) -> HandInDocument:
    """The hand-in for the progress (and exercises) in ``data_dir``.

    Raises CjError when there is nothing to hand in, StoreError when the progress store
    cannot be read. A broken exercise store only leaves the exercises out (see ``note``).
    """
    from cjtrainer import __version__
    from cjtrainer.deck.catalog import load_catalog
    from cjtrainer.learn.store import Store, default_path
    from cjtrainer.teacher.handin import build_handin

    now = now or datetime.now(UTC)
    note = None
    try:
        exercises = exercise_attempts(data_dir)
    except Exception as error:  # optional part: the cards still go in the hand-in
        note = msg("teacher.export.no-exercises", error=getattr(error, "message", error))
        exercises = []
    store_path = default_path(data_dir)
    if store_path.exists():
        store = Store(store_path)
        try:
            progress = store.export_json(time=now)
        finally:
            store.close()
    elif exercises:  # exercises done, no cards studied yet
        progress = {"format": "cjtrainer-progress", "version": 1,
                    "exported_at": now.isoformat(), "cards": [], "reviews": [], "undone": [],
                    "resets": []}
    else:
        raise CjError(msg("teacher.export.no-progress", path=data_dir),
                      msg("teacher.export.no-progress.hint"))
    catalog = load_catalog(extra=content)
    data = build_handin(student=student, progress=progress, decks=catalog.decks,
                        exercises=exercises, time=now, app_version=__version__)
    undone = {u["uid"] for u in progress.get("undone", [])}
    reviews = [r for r in progress.get("reviews", []) if r["uid"] not in undone]
    return HandInDocument(
        data=data,
        cards=len({f"{r['deck']}/{r['card']}" for r in reviews}),
        answers=len(reviews),
        exercises=len(exercises),
        note=note,
    )


def write_handin(document: HandInDocument, output: Path) -> Path:
    """Write atomically; ``output`` may be a folder (the file gets its standard name)."""
    from cjtrainer.teacher.handin import handin_file_name

    if output.is_dir():
        exported = datetime.fromisoformat(document.data["exported_at"])
        output = output / handin_file_name(document.data["student"], exported)
    from cjtrainer import atomic
    from cjtrainer.config import os_reason

    try:  # a failed write (disk full) leaves no temporary file behind
        atomic.write_bytes(output, document.text().encode("utf-8"))
    except OSError as error:
        raise CjError(msg("teacher.import.unwritable", path=output,
                        error=os_reason(error))) from None
    return output


def exercise_attempts(data_dir: Path) -> list[dict[str, Any]]:
    """Exercise attempts from the exercise store, when there is one (else empty)."""
    if not (data_dir / "exercises.sqlite3").exists():
        return []
    try:
        from cjtrainer.exercise.model import progress_to_dict
        from cjtrainer.exercise.store import ExerciseStore
    except ImportError:
        return []
    store = ExerciseStore(data_dir)
    try:
        out = []
        for summary in store.history():
            attempt = store.load(summary.id)
            out.append({
                "exercise": summary.exercise_id,
                "title": summary.title,
                "started_at": _iso(summary.started_at),
                "finished_at": _iso(summary.finished_at),
                "step": str(summary.step),
                "score": summary.score,
                "progress": progress_to_dict(attempt) if attempt is not None else None,
                # what the answers and rubric steps are called, as the student saw them
                **(_names(attempt.exercise) if attempt is not None else {}),
            })
        return out
    finally:
        store.close()


def _names(exercise: Exercise) -> dict[str, list[str]]:
    return {"sections": [section.title for section in exercise.sections],
            "criteria": [criterion.text for criterion in exercise.rubric],
            "scale": list(exercise.scale)}


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat()
