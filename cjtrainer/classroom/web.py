"""The browser client: the host serves a small phone-first page on its own port.

websockets hands every connection's opening request to :func:`process_request` before
the websocket handshake. A plain GET (no ``Upgrade: websocket``) gets one of the page's
files from ``cjtrainer/classroom/web/`` (HTML, CSS and JavaScript in the package:
nothing is ever fetched from anywhere else, which the Content-Security-Policy enforces
in the browser too). A websocket upgrade that carries an ``Origin`` (every browser sends
one) must come from this host's own page: another web site open on a student's phone
cannot talk to the quiz. Clients without an Origin (``cjtrainer join``, scripts) are
not browsers and are let through, as before.

The page speaks the same protocol as the terminal client and gets exactly what a
terminal client gets. Its texts come from the message catalogues (both languages), put
into the HTML as a JSON data block, which CSP does not treat as a script.
"""

from __future__ import annotations

import gzip
import http
import json
import re
from dataclasses import dataclass
from importlib import resources

from websockets.datastructures import Headers, MultipleValuesError
from websockets.http11 import Request, Response

from cjtrainer.i18n import LANGUAGES, catalogue

# path -> (file in cjtrainer/classroom/web/, content type)
FILES = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/app.js": ("app.js", "text/javascript; charset=utf-8"),
    "/app.css": ("app.css", "text/css; charset=utf-8"),
}
STRINGS_SLOT = "__STRINGS__"
# Catalogue texts the page uses: the wire errors, the student's screen and the page's own.
STRING_PREFIXES = ("classroom.error.", "classroom.join.", "web.")
STRING_KEYS = ("classroom.true", "classroom.false")
# The Host header is echoed into the policy (for connect-src): only a plain host[:port].
_HOST = re.compile(r"^(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$")


def policy(host: str | None) -> str:
    """The Content-Security-Policy of every file: only this host, no inline script or
    style, no innerHTML (Trusted Types with no policy), no frames, no form posts."""
    connect = "'self'"
    if host and _HOST.match(host):
        connect += f" ws://{host} wss://{host}"  # older browsers do not count ws: as 'self'
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"connect-src {connect}; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types 'none'"
    )


def strings() -> dict[str, dict[str, str]]:
    """The page's texts per language: ``{"nl": {key: text}, "en": {...}}``."""
    chosen = {
        key: texts for key, texts in catalogue().items()
        if key.startswith(STRING_PREFIXES) or key in STRING_KEYS
    }
    return {lang: {key: texts.get(lang) or texts["nl"] for key, texts in chosen.items()}
            for lang in LANGUAGES}


@dataclass(frozen=True)
class Asset:
    body: bytes
    gzipped: bytes
    content_type: str


_assets: dict[str, Asset] | None = None


def assets() -> dict[str, Asset]:
    """The page's files, read from the package once (and gzipped once)."""
    global _assets
    if _assets is None:
        folder = resources.files("cjtrainer.classroom") / "web"
        loaded: dict[str, Asset] = {}
        for path, (name, content_type) in FILES.items():
            text = (folder / name).read_text(encoding="utf-8")
            if name == "index.html":
                # '<' escaped: no text can end the data block early
                data = json.dumps(strings(), ensure_ascii=False, separators=(",", ":"))
                text = text.replace(STRINGS_SLOT, data.replace("<", "\\u003c"))
            body = text.encode("utf-8")
            loaded[path] = Asset(body, gzip.compress(body, 9, mtime=0), content_type)
        _assets = loaded
    return _assets


def _header(headers: Headers, name: str) -> str | None:
    try:
        return headers.get(name)
    except MultipleValuesError:
        return None


def is_upgrade(request: Request) -> bool:
    upgrade = _header(request.headers, "Upgrade") or ""
    return "websocket" in upgrade.lower()


def origin_allowed(headers: Headers) -> bool:
    """No Origin: not a browser. Otherwise the Origin must be this very host and port,
    as the browser asked for it (the Host header)."""
    try:
        origins = headers.get_all("Origin")
    except MultipleValuesError:
        return False
    if not origins:
        return True
    host = _header(headers, "Host")
    if len(origins) > 1 or not host:
        return False
    origin = origins[0].lower()
    return origin in (f"http://{host.lower()}", f"https://{host.lower()}")


def _response(status: http.HTTPStatus, body: bytes, content_type: str,
              host: str | None, extra: list[tuple[str, str]] | None = None) -> Response:
    headers = Headers([
        ("Content-Type", content_type),
        ("Content-Length", str(len(body))),
        ("Content-Security-Policy", policy(host)),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("Cross-Origin-Resource-Policy", "same-origin"),
        ("Cache-Control", "no-cache"),
        ("Connection", "close"),
        *(extra or []),
    ])
    return Response(status.value, status.phrase, headers, body)


def process_request(connection: object, request: Request) -> Response | None:
    """``serve(..., process_request=process_request)``: the page for plain GETs, a 403
    for a websocket from someone else's page, ``None`` (go on) for every other upgrade."""
    host = _header(request.headers, "Host")
    if is_upgrade(request):
        if origin_allowed(request.headers):
            return None
        return _response(http.HTTPStatus.FORBIDDEN, b"Forbidden origin\n",
                         "text/plain; charset=utf-8", host)
    asset = assets().get(request.path.split("?", 1)[0].split("#", 1)[0])
    if asset is None:
        return _response(http.HTTPStatus.NOT_FOUND, b"Not found\n",
                         "text/plain; charset=utf-8", host)
    accepts = (_header(request.headers, "Accept-Encoding") or "").lower()
    if "gzip" in accepts:
        return _response(http.HTTPStatus.OK, asset.gzipped, asset.content_type, host,
                         [("Content-Encoding", "gzip"), ("Vary", "Accept-Encoding")])
    return _response(http.HTTPStatus.OK, asset.body, asset.content_type, host,
                     [("Vary", "Accept-Encoding")])
