"""Pure protocol functions: parsing never raises anything but ProtocolError; names; limits."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cjtrainer.classroom import protocol
from cjtrainer.classroom.protocol import (
    Answer,
    ChoiceAnswer,
    Join,
    OrderAnswer,
    ProtocolError,
    Resume,
    TextAnswer,
    TokenBucket,
    clean_name,
    clean_touchpoint,
    parse_client_message,
)
from cjtrainer.classroom.server_messages import SERVER_TYPES, parse_server_message
from cjtrainer.i18n import catalogue
from tests.strategies import any_text

DOC = Path(__file__).resolve().parents[2] / "docs" / "classroom-protocol.md"

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | any_text(max_size=20),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(["type", "code", "name", "token", "question", "answer",
                                       "choice", "text", "order", "x"]), children, max_size=4),
    max_leaves=12,
)


@settings(max_examples=400, deadline=None)
@given(json_values)
def test_any_json_parses_or_is_refused_with_a_code(value: object) -> None:
    raw = json.dumps(value)
    try:
        message = parse_client_message(raw)
    except ProtocolError as error:
        assert error.code in protocol.ERROR_CODES
    else:
        assert isinstance(message, Join | Resume | Answer)


@settings(max_examples=300, deadline=None)
@given(any_text(max_size=300) | st.binary(max_size=100))
def test_any_frame_parses_or_is_refused(raw: str | bytes) -> None:
    try:
        parse_client_message(raw)
    except ProtocolError as error:
        assert error.code in protocol.ERROR_CODES


@settings(max_examples=300, deadline=None)
@given(any_text(max_size=60))
def test_clean_names_are_safe(raw: str) -> None:
    try:
        name = clean_name(raw)
    except ProtocolError as error:
        assert error.code == "name-invalid"
        return
    assert 2 <= len(name) <= 20
    assert name == name.strip() and "  " not in name
    assert not any(ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0 for ch in name)
    assert "\x1b" not in name and "\u202e" not in name and "\u200b" not in name


def test_clean_name_examples() -> None:
    assert clean_name("  Ada \t Lovelace ") == "Ada Lovelace"
    assert clean_name("\x1b[1;31mBo\x1b[0m") == "Bo"
    assert clean_name("\x1b]0;title\x07Cy") == "Cy"
    assert clean_name("[b]Dee[/b]") == "[b]Dee[/b]"
    assert clean_name("Ｅｖａ") == "Eva"  # full-width letters normalised
    assert len(clean_name("Z" + "\u0301" * 30 + "oë")) <= 4  # no stacked marks ("zalgo")
    for bad in ("", "x", "\x1b[2J", "a" * 21, "\u200b\u200b"):
        with pytest.raises(ProtocolError):
            clean_name(bad)


def test_a_touchpoint_keeps_one_mark_per_letter_and_is_cut() -> None:
    """Seen in a trial: a stack of combining marks went onto the teacher's board."""
    assert clean_touchpoint("\u0301" * 10 + "x" + "\u0301" * 10 + "\u034f") == "\u0301x\u0301"
    assert len(clean_touchpoint("a" * 900)) == 160
    with pytest.raises(ProtocolError) as refused:
        parse_client_message(json.dumps({"type": "touchpoint", "section": "s", "text": "a" * 1001}))
    assert refused.value.code == "bad-field"


def test_characters_that_draw_nothing_are_no_part_of_a_name() -> None:
    """Seen in a trial: 'Ada' plus a combining grapheme joiner joined as a second Ada,
    without the look-alike note; Hangul fillers and blank braille made empty rows on the
    teacher's screen."""
    for invisible in ("\u034f", "\ufe0f", "\ufe00", "\u180b", "\U000e0100", "\u17b4"):
        assert clean_name(f"Ada{invisible}") == "Ada"
        assert clean_name(f"A{invisible}da") == "Ada"
    for blank in ("\u3164\u3164", "\u2800\u2800\u2800", "\u115f\u1160", "\uffa0\uffa0"):
        with pytest.raises(ProtocolError):
            clean_name(blank)


def test_answer_shapes() -> None:
    def answer(value: object) -> object:
        return parse_client_message(json.dumps(
            {"type": "answer", "question": 2, "answer": value})).answer  # type: ignore[union-attr]

    assert answer({"choice": "b"}) == ChoiceAnswer(("b",))
    assert answer({"choice": ["a", "c"]}) == ChoiceAnswer(("a", "c"))
    assert answer({"text": "x"}) == TextAnswer("x")
    assert answer({"order": ["c", "a"]}) == OrderAnswer(("c", "a"))
    assert protocol.answer_to_wire(ChoiceAnswer(("a", "c"))) == {"choice": ["a", "c"]}


def test_token_bucket() -> None:
    now = [0.0]
    bucket = TokenBucket(rate=2, burst=3, clock=lambda: now[0])
    assert [bucket.allow() for _ in range(4)] == [True, True, True, False]
    now[0] += 0.5
    assert bucket.allow() and not bucket.allow()


def test_every_error_code_has_a_text() -> None:
    texts = catalogue()
    for code in protocol.ERROR_CODES:
        assert f"classroom.error.{code}" in texts


def _doc_examples() -> list[dict[str, object]]:
    blocks = re.findall(r"```json\n(.*?)\n```", DOC.read_text(encoding="utf-8"), re.S)
    return [json.loads(block) for block in blocks]


def test_the_protocol_doc_has_a_checked_example_of_every_message() -> None:
    examples = _doc_examples()
    seen = {e["type"] for e in examples}
    assert set(protocol.CLIENT_TYPES) | set(SERVER_TYPES) <= seen
    for example in examples:
        if example["type"] in protocol.CLIENT_TYPES:
            parse_client_message(json.dumps(example))
        else:
            assert example["type"] in SERVER_TYPES
            parse_server_message(json.dumps(example))  # every field there and of its type
    kinds = {e.get("kind") for e in examples if e["type"] == "question"}
    assert kinds == {"choice", "truefalse", "typed", "order"}
