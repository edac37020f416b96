"""Message catalogues, one module per area (cli, ui, learn, ...).

Each module defines ``MESSAGES: dict[str, dict[str, str]]`` mapping a key to its text per
language (``{"nl": ..., "en": ...}``). ``cjtrainer.i18n`` merges them into one catalogue.
Keys are prefixed with the area (``cli.``, ``ui.``, ...) so modules never collide.
"""
