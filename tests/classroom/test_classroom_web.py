"""The web client's serving side: the files, their headers, the Origin check, the size,
the colours, and the lobby's QR code. Real sockets on loopback; the browser itself is
driven in test_classroom_browser.py."""

from __future__ import annotations

import asyncio
import gzip
import re
from pathlib import Path

import pytest
import segno
from conftest import running_game, student
from websockets.asyncio.client import connect
from websockets.exceptions import InvalidStatus

from cjtrainer.classroom import web
from cjtrainer.classroom.client import parse_address
from cjtrainer.classroom.game import Settings
from cjtrainer.i18n import catalogue
from cjtrainer.ui.classroom.qr import qr_lines

WEB = Path(web.__file__).with_name("web")


async def http_get(port: int, path: str, headers: str = "") -> tuple[int, dict[str, str], bytes]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n{headers}\r\n".encode())
    await writer.drain()
    raw = await asyncio.wait_for(reader.read(), 5)
    writer.close()
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    fields = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), fields, body


async def test_the_page_and_its_files_come_from_the_host_with_a_strict_policy(
    tmp_path: Path,
) -> None:
    async with running_game(tmp_path) as run:
        port = run.server.port
        total = 0
        for path in ("/", "/?code=ABC234", "/app.js", "/app.css"):
            status, headers, body = await http_get(port, path)
            assert status == 200, path
            total += len(body) if path != "/?code=ABC234" else 0
            policy = headers["content-security-policy"]
            assert "default-src 'none'" in policy and "script-src 'self'" in policy
            assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
            assert "require-trusted-types-for 'script'" in policy  # no innerHTML at all
            assert f"connect-src 'self' ws://127.0.0.1:{port}" in policy
            assert headers["x-content-type-options"] == "nosniff"
        assert total < 50_000  # first load, uncompressed
        status, headers, body = await http_get(port, "/app.js", "Accept-Encoding: gzip, br\r\n")
        assert headers["content-encoding"] == "gzip"
        assert gzip.decompress(body) == (WEB / "app.js").read_bytes()
        status, _, _ = await http_get(port, "/../server.py")
        assert status == 404
        status, _, _ = await http_get(port, "/web.py")
        assert status == 404
        # the page speaks to the game: a plain websocket still plays as before
        ada = await student(run.url, "Ada")
        assert ada.token


def test_the_page_loads_nothing_from_elsewhere_and_has_the_test_hooks() -> None:
    html = (WEB / "index.html").read_text(encoding="utf-8")
    for text in (html, (WEB / "app.js").read_text(), (WEB / "app.css").read_text()):
        assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}/", text, re.I), "an outside URL"
        assert "innerHTML" not in text and "outerHTML" not in text and "insertAdjacentHTML" not in text
    assert 'name="code"' in html and 'name="name"' in html and "<form" in html
    assert "style=" not in html and "onclick" not in html  # nothing inline for CSP to refuse
    app = (WEB / "app.js").read_text()
    assert '"data-choice"' in app and 'name: "answer"' in app


def test_page_texts_exist_in_both_languages_and_cannot_end_the_data_block() -> None:
    strings = web.strings()
    assert set(strings) == {"nl", "en"}
    keys = set(re.findall(r'"((?:web|classroom)\.[a-z.-]+)"', (WEB / "app.js").read_text()))
    keys |= set(re.findall(r'data-t="([^"]+)"', (WEB / "index.html").read_text()))
    keys.discard("classroom.error.")  # the prefix, completed with the error code
    keys.discard("classroom.join.r.")
    keys.discard("web.kind.")
    keys.discard("web.hint.")
    missing = {k for k in keys if k not in catalogue()}
    assert not missing
    for lang in ("nl", "en"):
        assert strings[lang]["web.send"]
    page = web.assets()["/"].body.decode()
    block = page.split('id="strings">', 1)[1].split("</script>", 1)[0]
    assert "<" not in block


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_colours_pass_wcag_aa() -> None:
    css = (WEB / "app.css").read_text()
    colours = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", css))
    pairs = re.findall(r"contrast: --([\w-]+) on --([\w-]+)", css)
    assert len(pairs) >= 4
    pairs += [("ink", "paper"), ("muted", "paper"), ("accent", "paper"), ("good", "paper"),
              ("bad", "paper"), ("warn", "paper")]
    for text, background in pairs:
        assert contrast(colours[text], colours[background]) >= 4.5, (text, background)


def test_each_of_six_choices_has_its_own_shape_and_colour() -> None:
    """Seen on a phone: the fifth choice had the first one's red triangle."""
    js, css = (WEB / "app.js").read_text(), (WEB / "app.css").read_text()
    shapes = re.search(r"var SHAPES = \[([^\]]*)\]", js)
    assert shapes is not None
    listed = re.findall(r'"([^"]+)"', shapes.group(1))
    assert len(listed) >= 6 and len(set(listed)) == len(listed)
    for index in range(len(listed)):
        assert re.search(rf"\.c{index}\b[^{{]*{{ background: var\(--c{index}\)", css), index


@pytest.mark.parametrize(("origin", "allowed"), [
    (None, True),  # not a browser: the terminal client
    ("http://127.0.0.1:{port}", True),  # the page this host served
    ("http://evil.example", False),
    ("http://127.0.0.1:1", False),
    ("null", False),
])
async def test_websocket_origin_check(tmp_path: Path, origin: str | None, allowed: bool) -> None:
    async with running_game(tmp_path) as run:
        port = run.server.port
        shown = origin.format(port=port) if origin else None
        if allowed:
            async with connect(run.url, origin=shown) as ws:  # type: ignore[arg-type]
                await ws.send('{"type": "join", "code": "ABC234", "name": "Ada"}')
                assert '"welcome"' in str(await asyncio.wait_for(ws.recv(), 3))
        else:
            with pytest.raises(InvalidStatus) as refused:
                async with connect(run.url, origin=shown):  # type: ignore[arg-type]
                    pass
            assert refused.value.response.status_code == 403
            assert not run.game.active()


def test_the_socket_budget_follows_the_player_cap() -> None:
    default, class_, year = Settings(), Settings.sized(60), Settings.sized(300)
    assert (class_.max_per_address, class_.sockets_per_address, class_.max_connections) == (
        default.max_per_address, default.sockets_per_address, default.max_connections)
    assert year.max_per_address == 300  # a year group behind one NAT address
    assert year.max_connections >= 600 and year.sockets_per_address > 300
    assert Settings.sized(300, max_per_address=30).max_per_address == 30


def test_the_terminal_client_takes_the_web_address_too() -> None:
    assert parse_address("http://192.168.1.20:8765/?code=ABC234") == "ws://192.168.1.20:8765"
    assert parse_address("HTTP://192.168.1.20:8765/") == "ws://192.168.1.20:8765"
    assert parse_address("192.168.1.20:8765") == "ws://192.168.1.20:8765"
    assert parse_address("ws://[::1]:9000") == "ws://[::1]:9000"


def test_qr_code_half_blocks_hold_exactly_the_modules() -> None:
    data = "http://192.168.1.20:8765/?code=ABC234"
    lines = qr_lines(data, quiet=2)
    matrix = segno.make(data, error="m", boost_error=False).matrix
    size = len(matrix) + 4
    assert all(len(line) == size for line in lines)
    top = {" ": (0, 0), "▀": (1, 0), "▄": (0, 1), "█": (1, 1)}
    rows = [[top[c][half] for c in line] for line in lines for half in (0, 1)][:size]
    assert rows[0] == [0] * size and rows[1] == [0] * size  # the quiet zone
    assert [row[2:-2] for row in rows[2:-2]] == [[int(bool(m)) for m in r] for r in matrix]
