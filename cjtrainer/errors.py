"""Errors a user can cause. The CLI prints them without a traceback; the app shows them."""

from __future__ import annotations

from cjtrainer.i18n import Message, render


class CjError(Exception):
    """A problem the user can fix: a message and, where it helps, a hint.

    Domain code raises them with Messages (``msg(key, **fields)``); the text is made when
    the CLI or the app reads ``message`` and ``hint``, in the language of that moment."""

    exit_code = 2

    def __init__(self, message: str | Message, hint: str | Message | None = None) -> None:
        super().__init__(message)
        self._message = message
        self._hint = hint

    @property
    def message(self) -> str:
        return _text(self._message)

    @property
    def hint(self) -> str | None:
        return None if self._hint is None else _text(self._hint)

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n{self.hint}"


def _text(text: str | Message) -> str:
    return render(text) if isinstance(text, Message) else text


class StoreError(CjError):
    """The progress database cannot be used (locked, corrupt, too new, read-only)."""
