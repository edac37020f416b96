"""Every message key the code can ask for is in the catalogue, in Dutch and English, with the
same fields in both.

Keys are found in the source, not by running it: an AST walk over every module of
``cjtrainer`` collects

- every string constant shaped like a key (``"ui.home.title"``: a catalogue area, a dot,
  more), wherever it is written (a ``t()`` call, a binding, a table of keys);
- every key built at run time (``f"deck.{code}"``, ``"ui.rating." + key``): each such
  pattern must be listed in ``_dynamic`` below with the codes it can take, read from the
  code's own source of truth (an enum, the codes raised or reported), so a new code
  without its message fails here.

At run time the tests make ``t()`` raise on an unknown key (``CJTRAINER_STRICT_MESSAGES``,
set in tests/conftest.py), which covers keys handed through variables; a user never sees
that: outside the tests an unknown key prints as itself.
"""

from __future__ import annotations

import ast
import functools
import re
import string
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import get_args

import pytest

import cjtrainer
from cjtrainer import i18n
from cjtrainer.classroom.game import LEADERBOARD, QUESTION, REVEAL
from cjtrainer.classroom.roster import REFUSALS
from cjtrainer.commands.import_ import DELIMITER_NAMES
from cjtrainer.deck.load import IMPORTABLE
from cjtrainer.exercise.model import Mark, Step
from cjtrainer.i18n import LANGUAGES, catalogue
from cjtrainer.learn.grading import Verdict
from cjtrainer.ui.study.quiz_options import KINDS
from cjtrainer.ui.widgets.flashcard import RATING_KEYS

PACKAGE = Path(cjtrainer.__file__).parent
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "messages" not in p.relative_to(PACKAGE).parts)
AREAS = sorted({key.split(".")[0] for key in catalogue()})
KEY = re.compile(rf"^(?:{'|'.join(AREAS)})\.[A-Za-z0-9][A-Za-z0-9_.-]*$")
# Strings shaped like a key that are no key: file names.
NOT_KEYS = {"config.toml", "deck.py"}


@functools.cache
def _nodes() -> tuple[tuple[Path, ast.AST], ...]:
    """Every node of every module, parsed and walked once, when a test first asks (not at
    import: every test worker imports this module)."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in MODULES}
    return tuple((path, node) for path, tree in trees.items() for node in ast.walk(tree))


def _walk() -> Iterator[tuple[Path, ast.AST]]:
    return iter(_nodes())


def _constants(node: ast.AST | None) -> set[str] | None:
    """The strings an expression can be when it is written out (a constant, or a choice of
    constants); None when it is computed."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        body, orelse = _constants(node.body), _constants(node.orelse)
        return body | orelse if body is not None and orelse is not None else None
    return None


def args(function: str, position: int, keyword: str | None = None) -> set[str]:
    """Every string written as argument ``position`` (or ``keyword=``) of a call to a
    function, method or class named ``function``, anywhere in the package: the codes a
    code-carrying call can give (``ProtocolError("too-late")``, ``report(node, "count")``)."""
    found: set[str] = set()
    for _, node in _walk():
        if not isinstance(node, ast.Call):
            continue
        name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
        if name != function:
            continue
        given = node.args[position] if len(node.args) > position else next(
            (k.value for k in node.keywords if keyword and k.arg == keyword), None)
        found |= _constants(given) or set()
    return found


def _loop_values(function: str) -> set[str]:
    """The strings a ``for x in ("a", "b")`` loop or comprehension inside ``function`` runs
    over (column keys written where they are used)."""
    found: set[str] = set()
    for _, node in _walk():
        if isinstance(node, ast.FunctionDef) and node.name == function:
            for inner in ast.walk(node):
                if isinstance(inner, ast.For | ast.comprehension) and isinstance(
                        inner.iter, ast.Tuple):
                    for element in inner.iter.elts:
                        found |= _constants(element) or set()
    return found


def _pattern(node: ast.AST) -> str | None:
    """A key built at run time, as a pattern with ``{}`` for the computed part:
    ``f"deck.{code}"`` and ``"ui.rating." + key`` give ``deck.{}`` and ``ui.rating.{}``."""
    if isinstance(node, ast.JoinedStr):
        pieces = [v.value if isinstance(v, ast.Constant) else "{}" for v in node.values]
    elif (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add)
          and isinstance(node.left, ast.Constant) and isinstance(node.left.value, str)):
        pieces = [node.left.value, "{}"]
    else:
        return None
    text = "".join(str(p) for p in pieces)
    return text if re.match(rf"^(?:{'|'.join(AREAS)})\.", text) else None


@functools.cache
def _dynamic() -> dict[str, Iterable[str]]:
    """Every key pattern built at run time, with the codes it can take, from where they are
    made."""
    return {
        # deck/validate.py: Checker.report(node, code, ...)
        "deck.{}": args("report", 1),
        # deck/load.py: IMPORTABLE's values
        "deck.import-format.{}": set(IMPORTABLE.values()),
        # deck/importers.py: container_kind's answers
        "teacher.import.{}": ("anki-package", "word", "presentation", "spreadsheet"),
        "teacher.import.{}.hint": ("anki-package", "word", "presentation", "spreadsheet"),
        "teacher.import.notice.{}": args("Notice", 0),
        "teacher.import.skip.{}": args("Skipped", 1),
        "teacher.import.delim.{}": DELIMITER_NAMES.values(),
        "teacher.new.done.{}": ("deck", "exercise"),  # commands/new.py: the kind's choices
        "learn.feedback.{}": args("_say", 0),
        # learn/trial.py verdict_word: a Verdict, with "typo" said as "close"
        "learn.try.verdict.{}": {*get_args(Verdict), "close"} - {"typo"},
        # learn/grading.py: the statuses PartResult.status's comment names
        "learn.try.status.{}": ("right", "typo", "variant", "accent", "alternative", "wrong",
                                "missing", "misplaced", "duplicate", "extra", "missed"),
        "exercise.step.{}": [s.value for s in Step],
        "exercise.mark.{}": [m.value for m in Mark],
        "ui.rating.{}": RATING_KEYS,
        "ui.stats.col.{}": _loop_values("mastery_table"),
        "ui.quiz.kind.{}": [name for name, _ in KINDS],
        # classroom: the codes raised, sent and logged
        "classroom.error.{}": args("ProtocolError", 0) | args("send_error", 1),
        "classroom.host.{}": args("Note", 1),
        "classroom.host.notes.{}": args("Note", 1),
        "classroom.reason.{}": ("flashcard", "cloze-one-gap", "cloze-gaps", "match", "list",
                                "too-many-choices", "order-size", "unknown"),
        "classroom.host.{}-confirm": args("_confirmed", 0),
        "board.{}-confirm": args("_confirmed", 0),
        "classroom.host.col.{}": _loop_values("_update_players") | _loop_values("_show_end"),
        "classroom.host.status.{}": (QUESTION, REVEAL, LEADERBOARD),  # lobby and end: their own
        "classroom.host.refused.{}": REFUSALS,
        "classroom.{}": ("true", "false"),  # a true/false question's option ids (questions.layout)
        "classroom.kind.{}": ("choice", "truefalse", "typed", "order"),
        "classroom.join.r.{}": ("correct", "partial", "wrong", "none", "late"),
        "classroom.join.status.{}": ("connecting", "connected", "reconnecting", "closed"),
    }


def _fields(text: str) -> set[str]:
    return {name.split(".")[0].split("[")[0]
            for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_entry_has_both_languages_with_the_same_fields() -> None:
    wrong = [key for key, texts in catalogue().items()
             if set(texts) != set(LANGUAGES) or not all(texts.values())
             or _fields(texts["nl"]) != _fields(texts["en"])]
    assert wrong == []


def test_every_key_written_in_the_code_is_in_the_catalogue() -> None:
    missing = sorted(
        f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.value}"
        for path, node in _walk()
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        and KEY.match(node.value) and node.value not in NOT_KEYS and not node.value.endswith(".")
        and node.value not in catalogue()
    )
    assert missing == []


def test_every_key_the_phone_page_asks_for_is_in_the_catalogue() -> None:
    """The browser page (classroom/web/app.js) gets its texts from the catalogue too; its
    built keys ("classroom.error." + code) are the wire codes checked above."""
    areas = "|".join(AREAS)
    quoted = re.compile(rf'"((?:{areas})\.[A-Za-z0-9_.-]*[A-Za-z0-9_-])"')
    keys = {key for script in PACKAGE.rglob("*.js")
            for key in quoted.findall(script.read_text(encoding="utf-8"))}
    assert len(keys) > 10
    assert sorted(keys - set(catalogue())) == []


def test_every_key_built_at_run_time_is_listed_and_each_code_has_its_message() -> None:
    built = {pattern: f"{path.relative_to(PACKAGE)}:{node.lineno}"
             for path, node in _walk() if (pattern := _pattern(node))}
    dynamic = _dynamic()
    assert sorted(set(built) - set(dynamic)) == [], "add these patterns to _dynamic"
    assert sorted(set(dynamic) - set(built)) == [], "no code builds these any more"
    missing = [pattern.format(code) for pattern, codes in dynamic.items()
               for code in codes if pattern.format(code) not in catalogue()]
    assert all(dynamic.values())
    assert missing == []


def test_a_literal_call_passes_every_field_its_text_needs() -> None:
    short = []
    for path, node in _walk():
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in ("t", "msg") and node.args):
            continue
        keys = _constants(node.args[0])
        if keys is None or any(k.arg is None for k in node.keywords):  # **fields: unknown
            continue
        given = {k.arg for k in node.keywords}
        for key in keys:
            needed = _fields(catalogue()[key]["nl"])
            if not needed <= given:
                short.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {key} {needed - given}")
    assert short == []


def test_an_unknown_key_fails_loudly_in_the_tests_and_shows_itself_to_a_user(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(KeyError, match="no.such.key"):
        i18n.t("no.such.key")
    monkeypatch.delenv("CJTRAINER_STRICT_MESSAGES")
    assert i18n.t("no.such.key") == "no.such.key"
