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
from typing import Any, TextIO

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


def inert_output(text: str) -> str:
    """``text`` as a command may print it: like ``inert(text, newlines=True)``, but tabs
    and ``\\r\\n`` line ends are kept, so a TSV or CSV file written to stdout stays as it
    was made (its cells were made inert when they were read)."""
    if text.isprintable():
        return text
    return "\r\n".join("\t".join(inert(cell, newlines=True) for cell in line.split("\t"))
                       for line in text.split("\r\n"))


class InertStream:
    """A text stream that passes everything written to it through :func:`inert_output`.

    The CLI puts one over stdout and stderr while a command runs (``cli.main``): whatever
    a command prints (a file name, a deck title, a cell of an imported list, a student's
    name) cannot act on the terminal, even where a command forgot to clean it. Textual
    draws on ``sys.__stderr__`` and is not affected."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(inert_output(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, fileno, isatty, encoding, ...
        return getattr(self.stream, name)
