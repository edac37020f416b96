"""An attempt as a Markdown document to hand in.

The document is in the student's language, which the caller (the CLI, the app) passes:
the labels are Messages rendered in it, like every other text the edge shows.

The student's text is plain text: characters that Markdown would read as formatting
(``*``, ``_``, ``#``, ``[``, ``<`` ...) are escaped, so the teacher sees exactly what was
typed and a stray ``#`` never turns an answer into a heading.
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo
from pathlib import Path

from cjtrainer.exercise.model import Attempt, Mark, Step, clean_name
from cjtrainer.exercise.score import compute
from cjtrainer.i18n import Message, msg, render
from cjtrainer.text import slugify

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
_MD_LEADING_MARK = re.compile(r"^(\s*)([-+=])")
_MD_LEADING_NUMBER = re.compile(r"^(\s*\d+)([.)])")


def md_escape(text: str) -> str:
    """Escape Markdown syntax in one line of plain text (readable as raw text too)."""
    escaped = _MD_SPECIAL.sub(r"\\\1", text)
    escaped = _MD_LEADING_MARK.sub(r"\1\\\2", escaped, count=1)
    return _MD_LEADING_NUMBER.sub(r"\1\\\2", escaped, count=1)


def _md_block(text: str, indent: str = "") -> str:
    """Escape a multi-line text, keeping its line breaks as Markdown hard breaks (two
    spaces at the end of a line) and one empty line where it had empty lines. Lines
    after the first get ``indent``: in a list item they must line up under its text, or
    the second line of an answer would end the item."""
    lines: list[str] = []
    for line in text.strip().splitlines():
        line = md_escape(line.strip())
        if line or (lines and lines[-1]):
            lines.append(line)
    out = lines[0] if lines else ""
    for before, line in zip(lines, lines[1:], strict=False):
        out += ("  \n" if before and line else "\n") + (indent + line if line else "")
    return out


def mark_label(mark: Mark | None) -> Message:
    return msg(f"exercise.mark.{mark.value}") if mark else msg("exercise.mark.none")


def format_date(moment: datetime, tz: tzinfo | None = None) -> str:
    local = moment.astimezone(tz)
    return local.strftime("%d-%m-%Y %H:%M")


def to_markdown(attempt: Attempt, student_name: str | None, *, language: str,
                tz: tzinfo | None = None) -> str:
    def say(message: Message) -> str:
        return render(message, language)

    exercise = attempt.exercise
    score = compute(attempt)
    lines: list[str] = [f"# {md_escape(exercise.title)}", ""]
    name = clean_name(student_name or "") or say(msg("exercise.export.no-name"))
    lines.append(f"- **{say(msg('exercise.export.name'))}:** {md_escape(name)}")
    lines.append(f"- **{say(msg('exercise.export.date'))}:** "
                 f"{format_date(attempt.dated_at, tz)}")
    lines.append(f"- **{say(msg('exercise.export.exercise'))}:** {md_escape(exercise.id)}")
    lines.append(f"- **{say(msg('exercise.export.attempt'))}:** {attempt.id}")
    if attempt.step is Step.DONE:
        lines.append(f"- **{say(msg('exercise.export.score'))}:** {score.percent}%")
    else:
        lines.append(f"- **{say(msg('exercise.export.status'))}:** "
                     + say(msg("exercise.export.unfinished")))
    lines.append(
        f"- **{say(msg('exercise.export.time'))}:** "
        + say(msg("exercise.export.minutes", minutes=max(1, round(attempt.elapsed / 60))))
    )
    lines += ["", f"## {say(msg('exercise.export.answers'))}", ""]
    for s, section in enumerate(exercise.sections):
        lines.append(f"### {md_escape(section.title)}")
        lines.append("")
        if section.prompt:
            lines += [f"*{md_escape(section.prompt)}*", ""]
        for i, answer in enumerate(attempt.answers[s]):
            number = f"{i + 1}. "
            text = (_md_block(answer, " " * len(number)) if answer.strip()
                    else f"*({say(msg('exercise.empty'))})*")
            mark = attempt.marks[s][i]
            suffix = "" if attempt.step is Step.WRITING else f" — **{say(mark_label(mark))}**"
            lines.append(f"{number}{text}{suffix}")
        lines.append("")
    if attempt.step is Step.WRITING:
        return "\n".join(lines).rstrip() + "\n"
    lines += [f"## {say(msg('exercise.export.assessment'))}", ""]
    lines.append(
        say(msg("exercise.export.answer-summary", goed=score.goed, deels=score.deels,
                nog_niet=score.nog_niet, total=score.total_answers,
                percent=score.answers_percent))
    )
    lines.append("")
    if exercise.rubric:
        top = len(exercise.scale)
        for k, criterion in enumerate(exercise.rubric):
            value = attempt.rubric[k]
            shown = (
                f"**{md_escape(exercise.scale[value])}** ({value + 1}/{top})"
                if value is not None else f"*{say(msg('exercise.mark.none'))}*"
            )
            # no ".:" after a criterion that ends a sentence
            text = md_escape(criterion.text.rstrip()).rstrip(".:")
            lines.append(f"- {text}: {shown}")
        lines.append("")
        if score.rubric_percent is not None:
            lines += [say(msg("exercise.export.rubric-summary", percent=score.rubric_percent)),
                      ""]
    lines += [f"## {say(msg('exercise.export.reflection'))}", ""]
    reflection = attempt.reflection.strip()
    lines += [_md_block(reflection) if reflection else f"*({say(msg('exercise.empty'))})*", ""]
    lines += ["---", "", say(msg("exercise.export.footer", score_rule=msg("exercise.score.rule")))]
    return "\n".join(lines).rstrip() + "\n"


def default_filename(attempt: Attempt, student_name: str | None) -> str:
    """``<exercise>-<name>-<yyyy-mm-dd>.md`` with only safe filename characters."""
    parts = [attempt.exercise.id]
    if student_name:
        parts.append(student_name)
    parts.append(attempt.started_at.astimezone().strftime("%Y-%m-%d"))
    slugs = (slugify(part, limit=40) for part in parts)
    return "-".join(slug for slug in slugs if slug) + ".md"


def free_path(path: Path) -> Path:
    """``path``, or ``name-2.md``, ``name-3.md`` ... when it is taken (no silent overwrite)."""
    if not path.exists():
        return path
    n = 2
    while (candidate := path.with_name(f"{path.stem}-{n}{path.suffix}")).exists():
        n += 1
    return candidate


def write(path: Path, text: str) -> Path:
    """Write atomically (a temporary file renamed into place; removed when the write
    fails). Raises OSError."""
    from cjtrainer import atomic

    path = path.expanduser()
    atomic.write_bytes(path, text.encode("utf-8"))
    return path
