"""A QR code in the terminal, for the lobby: phones scan it to open the web client.

Two modules per character cell, with half blocks (▀ ▄ █), dark on a light background
whatever the terminal's theme, inside a light quiet zone (scanners need the border).
"""

from __future__ import annotations

import segno
from rich.text import Text
from textual.widgets import Static

QUIET = 2  # modules of light border; 4 is the print standard, 2 scans well off a screen
_CELLS = {(False, False): " ", (True, False): "▀", (False, True): "▄", (True, True): "█"}


def qr_lines(data: str, quiet: int = QUIET) -> list[str]:
    """``data`` as a QR code (error correction M), one string per two module rows."""
    matrix = segno.make(data, error="m", boost_error=False).matrix
    width = len(matrix[0]) + 2 * quiet
    blank = [False] * width
    rows = [blank] * quiet + [
        [False] * quiet + [bool(module) for module in row] + [False] * quiet for row in matrix
    ] + [blank] * quiet
    if len(rows) % 2:
        rows.append(blank)
    return ["".join(_CELLS[cell] for cell in zip(top, bottom, strict=True))
            for top, bottom in zip(rows[0::2], rows[1::2], strict=True)]


class QrCode(Static):
    """``QrCode(id=...)`` then ``.show(url)``: redrawn only when the text changes."""

    DEFAULT_CSS = "QrCode { width: auto; height: auto; }"

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 (Textual's name)
        super().__init__("", id=id)
        self.data = ""

    def show(self, data: str) -> None:
        if data != self.data:
            self.data = data
            self.update(Text("\n".join(qr_lines(data)), style="#000000 on #ffffff",
                             no_wrap=True))
