"""What to tell the student after an answer, in the UI language.

``feedback(grade)`` gives one line: "Goed!", "Goed, maar let op de spelling: …",
"Deels goed: 3 van 5.", "Helaas. Het juiste antwoord: …". ``feedback_key(grade)`` gives
the message key and fields, for a UI that wants to style the parts itself.
"""

from __future__ import annotations

from cjtrainer import i18n
from cjtrainer.learn.grading import Grade


def feedback_key(grade: Grade) -> tuple[str, dict[str, object]]:
    if grade.verdict == "right":
        return "learn.feedback.right", {}
    if grade.verdict == "typo":
        spelled = ", ".join(p.expected for p in grade.typos) or grade.expected
        return "learn.feedback.typo", {"expected": spelled}
    if grade.verdict == "partial":
        return "learn.feedback.partial", {
            "right": grade.right_parts,
            "total": grade.total_parts,
            "expected": grade.expected,
        }
    return "learn.feedback.wrong", {"expected": grade.expected}


def feedback(grade: Grade, lang: str | None = None) -> str:
    """One line of feedback in ``lang`` (default: the current UI language)."""
    key, fields = feedback_key(grade)
    return text(key, lang, **fields)


def text(key: str, lang: str | None = None, /, **fields: object) -> str:
    """``i18n.t`` in a given language without switching the global one."""
    if lang is None:
        return i18n.t(key, **fields)
    texts = i18n.catalogue().get(key)
    if texts is None:
        return key
    template = texts.get(lang) or texts["nl"]
    return template.format(**fields) if fields else template
