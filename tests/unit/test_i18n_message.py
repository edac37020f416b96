"""A Message is a key and fields, rendered when shown: nested, in either language, and
stored as data a damaged cache cannot turn into anything else."""

from __future__ import annotations

import pytest

from cjtrainer import i18n
from cjtrainer.i18n import Message, msg, render


def test_a_message_renders_its_message_fields_first_in_the_current_or_given_language() -> None:
    what = msg("deck.what.at", what=msg("deck.what.card", name="b"), key="choices")
    problem = msg("deck.wrong-type", what=what, expected=msg("deck.type.list"))
    dutch = render(problem)
    assert dutch.startswith("kaart 'b': choices: verwacht ")
    assert render(problem, "en").startswith("card 'b': choices: expected ")
    i18n.set_language("en")
    assert render(problem) == render(problem, "en") != dutch


def test_a_float_field_is_written_the_languages_way() -> None:
    too_big = msg("deck.too-big", size=5.5, limit=5)
    assert "5,5 MB" in render(too_big, "nl") and "5.5 MB" in render(too_big, "en")


def test_data_round_trips_and_anything_else_is_refused() -> None:
    message = msg("deck.what.at", what=msg("deck.what.card", name="b"), key="x", n=3)
    assert Message.from_data(message.to_data()) == message
    for bad in ({"key": 1, "fields": {}}, {"key": "k"}, {"key": "k", "fields": {"a": [1]}},
                {"key": "k", "fields": {"a": True}}, ["k", {}]):
        with pytest.raises(TypeError):
            Message.from_data(bad)
