"""Text to standard output and error that never fails on an encoding.

Windows gives redirected output cp1252, some systems ASCII, and a deck title or a student
name can hold any character. Messages (tables, notices) replace what their stream cannot
encode with '?'; a document (a deck, a Markdown report) written to redirected output is
written as UTF-8, the encoding every cjtrainer file is read in.
"""

from __future__ import annotations

import sys


def replace_unencodable_output() -> None:
    """From now on, a character stdout or stderr cannot encode is written as '?'."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):  # a closed or special stream: leave it as it is
                pass


def write_document(text: str) -> None:
    """A whole file's text to stdout: UTF-8 bytes when stdout is redirected (so
    ``cjtrainer import list.csv > deck.yaml`` makes a deck cjtrainer can read on Windows
    too); on a terminal as text, like any message."""
    stream = sys.stdout
    binary = getattr(stream, "buffer", None)
    if binary is not None and not stream.isatty():
        stream.flush()
        binary.write(text.encode("utf-8", errors="replace"))
        binary.flush()
    else:
        stream.write(text)
