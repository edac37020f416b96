"""Untrusted text made inert: the one place that decides what may reach a terminal or a file.

Text from a deck, a student, a hand-in or an import can carry bytes that act on a terminal
(ESC sequences wipe the screen, change the title, colour text), bidi overrides that reverse
what a teacher reads, and lone UTF-16 surrogates that no UTF-8 writer can encode. ``inert``
keeps what a person typed visible and takes away its power:

- C0 control characters and DEL are shown in caret notation (``ESC`` → ``^[``, ``DEL`` →
  ``^?``) and C1 controls as their code (``<9b>``), so a pasted escape sequence reads as
  ``^[[2J`` instead of wiping the screen;
- bidi overrides and isolates (U+202A–U+202E, U+2066–U+2069) are removed;
- lone surrogates become U+FFFD;
- a tab becomes a space; line breaks (``\\r\\n``, ``\\r``, U+2028, U+2029, ``\\n``) become
  ``\\n`` where ``newlines`` allows them and a space where they do not.

Everything else stays as typed: letters of every script, emoji (zero-width joiners
included), markup characters such as ``[`` (screens show deck text as plain text).
"""

from __future__ import annotations

import re

_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_SURROGATE = re.compile("[\ud800-\udfff]")


def _caret(code: int) -> str:
    if code < 0x20:
        return "^" + chr(code + 0x40)
    if code == 0x7F:
        return "^?"
    return f"<{code:02x}>"


def _table(newlines: bool) -> dict[int, str | None]:
    table: dict[int, str | None] = {code: _caret(code) for code in range(0x20)}
    table.update({code: _caret(code) for code in range(0x7F, 0xA0)})
    table.update(dict.fromkeys(map(ord, _BIDI)))
    table[ord("\t")] = " "
    for line_break in ("\n", "\u2028", "\u2029", "\x85"):
        table[ord(line_break)] = "\n" if newlines else " "
    return table


_ONE_LINE = _table(newlines=False)
_LINES = _table(newlines=True)


def inert(text: str, *, newlines: bool = False) -> str:
    """``text`` with nothing left that could act on a terminal or break a UTF-8 writer."""
    if text.isprintable():  # the common case: nothing to do (no control, format, surrogate)
        return text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_LINES if newlines else _ONE_LINE)
    return _SURROGATE.sub("\ufffd", text)


def has_surrogate(text: str) -> bool:
    """Whether ``text`` holds a lone UTF-16 surrogate (valid JSON, but not encodable)."""
    return _SURROGATE.search(text) is not None
