"""The one function that makes untrusted text inert for terminals and files."""

from hypothesis import given
from hypothesis import strategies as st

from cjtrainer.inert import has_surrogate, inert

ANY_TEXT = st.text(alphabet=st.characters(codec=None, exclude_categories=()), max_size=60)


def test_escape_sequences_are_shown_not_obeyed() -> None:
    assert inert("\x1b[2Jwipe") == "^[[2Jwipe"
    assert inert("\x1b]0;TITLE\x07") == "^[]0;TITLE^G"
    assert inert("\x9b31m") == "<9b>31m"
    assert inert("del\x7f") == "del^?"


def test_bidi_overrides_are_removed_and_surrogates_replaced() -> None:
    assert inert("abc\u202edef\u2066") == "abcdef"
    assert inert("x\ud800y") == "x\ufffdy"
    assert has_surrogate("x\udfffy") and not has_surrogate("xy")


def test_line_breaks_follow_the_field() -> None:
    assert inert("a\r\nb\rc\nd\u2028e") == "a b c d e"
    assert inert("a\r\nb\rc\nd\u2028e", newlines=True) == "a\nb\nc\nd\ne"
    assert inert("tab\there", newlines=True) == "tab here"


def test_ordinary_text_is_kept_as_typed() -> None:
    for text in ("Oriëntatie", "Yılmaz", "[bold]x[/]", "👨\u200d👩\u200d👧", "Аda", "café ☕"):
        assert inert(text) == text


@given(ANY_TEXT, st.booleans())
def test_nothing_that_acts_on_a_terminal_survives(text: str, newlines: bool) -> None:
    result = inert(text, newlines=newlines)
    result.encode("utf-8")  # never a lone surrogate
    allowed = {"\n"} if newlines else set()
    for char in result:
        code = ord(char)
        assert code >= 0x20 or char in allowed
        assert not 0x7F <= code < 0xA0
        assert char not in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    assert inert(result, newlines=newlines) == result
