"""Where things live: data, config, cache and bundled content folders."""

from __future__ import annotations

import os
from pathlib import Path

APP = "cjtrainer"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The student's data folder: --data-dir, else CJTRAINER_DATA_DIR, else platformdirs."""
    chosen = override or os.environ.get("CJTRAINER_DATA_DIR")
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP, appauthor=False)


def export_dir(data_dir: Path) -> Path:
    """Where an exercise hand-in is saved unless the student types another path: the
    Documents folder, where a student looks for it; else the data folder (never the
    folder the terminal happened to be in)."""
    from platformdirs import user_documents_path

    documents = user_documents_path()
    return documents if documents.is_dir() else data_dir


def config_dir() -> Path:
    chosen = os.environ.get("CJTRAINER_CONFIG_DIR")
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_config_path

    return user_config_path(APP, appauthor=False)


def cache_dir() -> Path:
    chosen = os.environ.get("CJTRAINER_CACHE_DIR")
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_cache_path

    return user_cache_path(APP, appauthor=False)


def bundled_content_dir() -> Path:
    """The decks shipped with cjtrainer.

    An installed wheel carries them as the package folder ``_content``; a checkout (or an
    editable install) has them in ``content/`` at the top of the repository.
    """
    here = Path(__file__).resolve().parent
    packaged = here / "_content"
    if packaged.is_dir():
        return packaged
    return here.parent / "content"
