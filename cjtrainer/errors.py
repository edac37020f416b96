"""Errors a user can cause. The CLI prints them without a traceback; the app shows them."""


class CjError(Exception):
    """A problem the user can fix: a message and, where it helps, a hint."""

    exit_code = 2

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n{self.hint}"


class StoreError(CjError):
    """The progress database cannot be used (locked, corrupt, too new, read-only)."""
