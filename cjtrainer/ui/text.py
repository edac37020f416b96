"""Deck text and names are plain text: never parsed as markup."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich.text import Text

if TYPE_CHECKING:
    from cjtrainer.ui.app import CjApp


def plain(value: object, style: str = "") -> Text:
    """A Rich Text that shows ``value`` literally (``[bold]`` stays ``[bold]``)."""
    return Text(str(value), style=style)


def join(*pieces: tuple[str, str] | str) -> Text:
    """Join plain pieces, each either a string or (string, style)."""
    text = Text()
    for piece in pieces:
        if isinstance(piece, tuple):
            text.append(piece[0], style=piece[1])
        else:
            text.append(piece)
    return text


def localise_bindings(node: object) -> None:
    """Translate binding descriptions written as message keys (``"ui.key.flip"``,
    ``"exercise.key.leave"``); other descriptions (Textual's own) stay as they are.

    Bindings are declared on the class; their labels are translated per instance so a
    language change in the settings shows on the next screen without a restart.
    """
    from dataclasses import replace

    from cjtrainer.i18n import catalogue, t

    keys = catalogue()
    bindings_map = node._bindings  # type: ignore[attr-defined]
    for key, bindings in list(bindings_map.key_to_bindings.items()):
        bindings_map.key_to_bindings[key] = [
            replace(binding, description=t(binding.description))
            if binding.description in keys
            else binding
            for binding in bindings
        ]


class Localised:
    """Mixin: translate the binding labels of this widget, screen or app; ``cj`` is the
    running :class:`cjtrainer.ui.app.CjApp`, typed."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        localise_bindings(self)

    def relocalise(self) -> None:
        """Translate the binding labels again, from the class's own (after a language
        change in the settings)."""
        self._bindings = type(self)._merged_bindings.copy()  # type: ignore[attr-defined]
        localise_bindings(self)

    @property
    def cj(self) -> CjApp:
        return cast("CjApp", getattr(self, "app"))  # noqa: B009 - a mixin: no attribute here


def goal_label(tag: str) -> str:
    """A learning goal (a deck tag such as ``fasen-van-de-klantreis``) as a student reads
    it: "Fasen van de klantreis"."""
    words = tag.replace("_", " ").replace("-", " ").split()
    label = " ".join(words)
    return label[:1].upper() + label[1:] if label else tag


def duration(seconds: float) -> str:
    from cjtrainer.i18n import t

    seconds = int(round(seconds))
    if seconds < 60:
        return t("ui.time.seconds", n=seconds)
    minutes, seconds = divmod(seconds, 60)
    return t("ui.time.minutes", m=minutes, s=seconds)


def until(moment: object, now: object) -> str:
    """'over 10 minuten', 'over 3 uur', 'morgen', 'over 4 dagen'."""
    from datetime import datetime

    from cjtrainer.i18n import t

    assert isinstance(moment, datetime) and isinstance(now, datetime)
    seconds = (moment - now).total_seconds()
    if seconds <= 60:
        return t("ui.when.now")
    if seconds < 3600:
        return t("ui.when.minutes", n=max(1, round(seconds / 60)))
    if seconds < 86400:
        return t("ui.when.hours", n=round(seconds / 3600))
    days = round(seconds / 86400)
    if days == 1:
        return t("ui.when.tomorrow")
    return t("ui.when.days", n=days)
