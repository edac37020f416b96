"""One parse of each piece of CSS per test worker, shared by every app the tests start.

Each Textual app parses every stylesheet it uses (the app's, each widget's default CSS)
when it starts; a worker starts hundreds of apps with the same CSS and theme, and the
parsing was about a tenth of the Pilot tests' CPU (BENCHMARKS.md, "The test suite").
Textual caches the parsed rules per stylesheet, under the CSS text, where it was read
from, its scope and tie-breaker; here the same cache is kept for the whole worker, with
the stylesheet's variables (the theme's colours) in the key as well, since they are
substituted while parsing. The parsed rules are read, never changed, once made: one
stylesheet already hands the same rules to each of its own re-parses.

Only the tests use this (tests/conftest.py installs it); the app is not changed.
"""

from __future__ import annotations

from typing import Any

from textual.css.stylesheet import Stylesheet

_parsed: dict[tuple[Any, ...], Any] = {}


def install() -> None:
    parse_rules = Stylesheet._parse_rules

    def shared_parse_rules(self: Stylesheet, css: str, read_from: Any,
                           is_default_rules: bool = False, tie_breaker: int = 0,
                           scope: str = "") -> Any:
        key = (css, read_from, is_default_rules, tie_breaker, scope,
               tuple(sorted(self._variables.items())))
        rules = _parsed.get(key)
        if rules is None:
            rules = _parsed[key] = parse_rules(self, css, read_from, is_default_rules,
                                               tie_breaker, scope)
        return rules

    Stylesheet._parse_rules = shared_parse_rules  # type: ignore[method-assign]
