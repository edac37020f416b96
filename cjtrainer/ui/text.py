"""Deck text and names are plain text: never parsed as markup."""

from __future__ import annotations

from rich.text import Text


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
    """Translate binding descriptions written as message keys (``"ui.key.flip"``).

    Bindings are declared on the class; their labels are translated per instance so a
    language change in the settings shows on the next screen without a restart.
    """
    from dataclasses import replace

    from cjtrainer.i18n import t

    bindings_map = node._bindings  # type: ignore[attr-defined]
    for key, bindings in list(bindings_map.key_to_bindings.items()):
        bindings_map.key_to_bindings[key] = [
            replace(binding, description=t(binding.description))
            if binding.description.startswith("ui.")
            else binding
            for binding in bindings
        ]


class Localised:
    """Mixin: translate the binding labels of this widget, screen or app."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        localise_bindings(self)
