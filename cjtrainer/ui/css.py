"""The app's style sheets. ``app.tcss`` is read at start-up (what every screen shares,
the home screen, the dialogs); the other screens name theirs in ``CSS_PATH``, which
Textual reads when such a screen is first shown, so start-up does not parse them."""

from __future__ import annotations

from pathlib import Path, PurePath

STYLES = Path(__file__).parent / "styles"
APP: list[str | PurePath] = [STYLES / "app.tcss"]
SCREENS: list[str | PurePath] = [STYLES / "screens.tcss"]  # study, summary, help, settings, statistics
STUDY: list[str | PurePath] = [*SCREENS, STYLES / "cards.tcss"]  # and the card widgets
