"""argparse's own texts ("usage:", "the following arguments are required", ...) in Dutch.

argparse looks its texts up through gettext's ``_`` at the moment it prints them; we give
it a lookup that follows the UI language. Only the texts a user can meet are listed; any
other text stays as argparse wrote it.
"""

from __future__ import annotations

import argparse

from cjtrainer import i18n

DUTCH = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "show program's version number and exit": "toon het versienummer en stop",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "expected one argument": "hier hoort één waarde achter",
    "expected at least one argument": "hier hoort minstens één waarde achter",
    "expected at most one argument": "hier hoort hoogstens één waarde achter",
    "invalid %(type)s value: %(value)r": "ongeldige waarde (%(type)s): %(value)r",
    "ambiguous option: %(option)s could match %(matches)s":
        "optie %(option)s is niet eenduidig: %(matches)s",
    "not allowed with argument %s": "niet samen met %s",
    "one of the arguments %s is required": "een van deze argumenten is nodig: %s",
}


def _translate(text: str) -> str:
    return DUTCH.get(text, text) if i18n.language() == "nl" else text


def install() -> None:
    argparse._ = _translate  # type: ignore[attr-defined]
