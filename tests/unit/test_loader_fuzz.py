"""Hypothesis: whatever YAML (or bytes) a teacher saves, the loader only ever reports problems.

Examples: 300 random documents built from deck-like values, 300 mutations of a valid deck,
200 arbitrary byte strings.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjtrainer.deck.load import load_bytes
from tests.strategies import any_text

VALID = Path(__file__).parent.parent / "data" / "valid_deck.yaml"

keys = st.sampled_from(["deck", "title", "cards", "models", "id", "type", "prompt", "answer",
                        "choices", "items", "pairs", "text", "steps", "name", "description",
                        "exercise", "sections", "rubric", "tags", "accept", "acronym", "kind",
                        "min_correct", "ordered", "reverse", "front", "back", "statement"])
scalars = st.one_of(any_text(max_size=20), st.integers(), st.booleans(), st.none(),
                    st.sampled_from(["choice", "typed", "cloze", "list", "match", "order",
                                     "truefalse", "flashcard", "{{a}}", "sequence", "set"]))
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=5), st.dictionaries(keys, inner, max_size=6)),
    max_leaves=30,
)


def only_problems(data: bytes) -> None:
    result = load_bytes(Path("fuzz.yaml"), data)
    if result.deck is None and result.exercise is None:
        assert result.problems, "a file that yields nothing must say why"
    for problem in result.problems:
        assert problem.line >= 1 and problem.column >= 1
        assert problem.severity in ("error", "warning") and problem.message


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.dictionaries(keys, values, max_size=8))
def test_random_documents(document: dict) -> None:
    only_problems(yaml.safe_dump(document, allow_unicode=True).encode())


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_mutated_valid_deck(data: st.DataObject) -> None:
    text = VALID.read_text(encoding="utf-8")
    for _ in range(data.draw(st.integers(1, 4))):
        position = data.draw(st.integers(0, len(text)))
        action = data.draw(st.sampled_from(["delete", "insert", "duplicate-line"]))
        if action == "delete":
            text = text[:position] + text[position + data.draw(st.integers(1, 10)):]
        elif action == "insert":
            text = text[:position] + data.draw(st.sampled_from(
                [":", "-", " ", "\t", "\n", "'", '"', "{", "[", "&a", "*a", "!!str", "#", "|"]
            )) + text[position:]
        else:
            lines = text.splitlines(keepends=True)
            index = data.draw(st.integers(0, len(lines) - 1))
            lines.insert(index, lines[index])
            text = "".join(lines)
    only_problems(text.encode())


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes(data: bytes) -> None:
    only_problems(data)


def test_the_valid_deck_is_valid() -> None:
    result = load_bytes(VALID, VALID.read_bytes())
    assert result.problems == [] and result.deck is not None
