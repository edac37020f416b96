"""``cjtrainer serve``: the student app in a browser, one app process per signed-in student.

Built on ``textual-serve``'s process runner (``AppService``) and download manager; the web
front (pages, sign-in, access control) is ours, because textual-serve's own has none:

- every page comes from this package or textual-serve's bundled files (xterm.js, the
  Roboto Mono fonts); nothing is fetched from outside, and every URL in a page is
  relative or built from the address the browser itself used;
- the websocket and downloads need a valid signed cookie (403 otherwise) and, for the
  websocket, an ``Origin`` of this server (403 otherwise); past ``max_sessions`` live
  apps a new one gets 503; no folder is ever listed;
- each student's app runs with its own data, config and cache folder under
  ``ROOT/students/<id>/``; one app per student (a second tab takes over from the first);
- an app that gets no key for ``idle_minutes`` is stopped (its answers are saved as they
  are given); app processes end with the server: on Linux the kernel signals them when
  the server dies (``PR_SET_PDEATHSIG``), elsewhere the app watches its parent
  (``CJTRAINER_PARENT_PID``, see ``ui/app.py``).
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import html
import logging
import os
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType, web
from textual_serve.app_service import AppService
from textual_serve.download_manager import DownloadManager

from cjtrainer.i18n import t
from cjtrainer.serve import identity
from cjtrainer.serve.identity import Student
from cjtrainer.teacher.served import STUDENTS, write_student

log = logging.getLogger(__name__)

CSP = (
    "default-src 'self'; connect-src 'self'; img-src 'self' data:; font-src 'self'; "
    "script-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; "
    "form-action 'self'; base-uri 'none'"
)


@dataclass
class ServeSettings:
    root: Path
    class_code: str | None = None
    class_list: dict[str, identity.ListedStudent] | None = None
    max_sessions: int = 40
    idle_minutes: float = 30.0
    # A failed sign-in is answered this much later. A school shares one address (NAT), so
    # failures never lock an address out; guessing is slowed instead, and for a class list
    # the guesses at one student number are taken one at a time.
    failure_delay: float = 1.0
    app_args: list[str] = field(default_factory=list)  # --content DIR, --lang nl, ...
    command: list[str] = field(default_factory=lambda: [sys.executable, "-m", "cjtrainer"])


def student_folder(root: Path, student: Student) -> Path:
    return root / STUDENTS / student.id


def app_environment(root: Path, student: Student) -> dict[str, str]:
    """What makes one student's app theirs: folders, name, web mode, the parent to watch."""
    folder = student_folder(root, student)
    return {
        "CJTRAINER_DATA_DIR": str(folder / "data"),
        "CJTRAINER_CONFIG_DIR": str(folder / "config"),
        "CJTRAINER_CACHE_DIR": str(folder / "cache"),
        "CJTRAINER_WEB": "1",
        "CJTRAINER_STUDENT_NAME": student.name,
        "CJTRAINER_PARENT_PID": str(os.getpid()),
    }


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """Linux: the kernel sends SIGTERM when the server process dies, however it dies."""
    import ctypes

    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class StudentApp(AppService):
    """textual-serve's app runner with a student's own environment, started without a shell
    (so the signal reaches the app itself, not a shell in between)."""

    def __init__(self, argv: list[str], environment: dict[str, str], **kwargs: Any) -> None:
        super().__init__(" ".join(argv), **kwargs)
        self.argv = argv
        self.environment = environment

    def _build_environment(self, width: int = 80, height: int = 24) -> dict[str, str]:
        env = super()._build_environment(width, height)
        env.update(self.environment)
        return env

    async def _open_app_process(self, width: int = 80, height: int = 24) -> Any:
        preexec: Callable[[], None] | None = _die_with_parent if sys.platform == "linux" else None
        self._process = process = await asyncio.create_subprocess_exec(
            *self.argv,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env=self._build_environment(width, height),
            preexec_fn=preexec,
        )
        assert process.stdin is not None
        self._stdin = process.stdin
        return process

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None


def _page(title: str, body: str, *, app: bool = False) -> str:
    head_extra = (
        '<link rel="stylesheet" href="static/css/xterm.css">'
        '<script src="static/js/textual.js"></script>' if app else ""
    )
    return (
        "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{html.escape(title)}</title>"
        '<link rel="stylesheet" href="cj/serve.css">'
        f"{head_extra}<script src=\"cj/serve.js\"></script></head>"
        f"<body{' class=app' if app else ''}>{body}</body></html>"
    )


class BrowserServer:
    """``web.run_app(BrowserServer(settings).application())``; tests use the application
    with aiohttp's test server."""

    def __init__(self, settings: ServeSettings, clock: Callable[[], float] = time.time) -> None:
        self.settings = settings
        self.clock = clock
        self.key = identity.load_or_make_key(settings.root)
        self.downloads = DownloadManager()
        self.apps: dict[str, tuple[StudentApp, web.WebSocketResponse]] = {}
        self._number_locks: dict[str, asyncio.Lock] = {}

    # ------------------------------------------------------------------ the web app

    def application(self) -> web.Application:
        app = web.Application(middlewares=[self._headers])
        static = Path(str(resources.files("textual_serve") / "static"))
        own = Path(str(resources.files("cjtrainer.serve") / "static"))
        app.add_routes([
            web.get("/", self.index),
            web.post("/aanmelden", self.sign_in),
            web.get("/afmelden", self.sign_out),
            web.get("/ws", self.websocket),
            web.get("/download/{key}", self.download),
            web.static("/static", static, show_index=False, follow_symlinks=False),
            web.static("/cj", own, show_index=False, follow_symlinks=False),
        ])
        app.on_shutdown.append(self._stop_all)
        return app

    @web.middleware
    async def _headers(self, request: web.Request, handler: Any) -> web.StreamResponse:
        response: web.StreamResponse = await handler(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    def student(self, request: web.Request) -> Student | None:
        cookie = request.cookies.get(identity.COOKIE_NAME, "")
        return identity.verify(cookie, self.key, self.clock()) if cookie else None

    def _html(self, text: str, status: int = 200) -> web.Response:
        return web.Response(text=text, status=status, content_type="text/html", charset="utf-8")

    # ------------------------------------------------------------------ pages

    async def index(self, request: web.Request) -> web.Response:
        student = self.student(request)
        if student is None:
            return self._html(self.sign_in_page())
        if self._full(student):
            return self._html(_page(t("serve.full.title"), f"<main><p>{html.escape(t('serve.full'))}"
                                    "</p></main>"), status=503)
        scheme = "wss" if request.secure else "ws"
        socket_url = f"{scheme}://{request.host}/ws"
        body = (
            f'<div id="closed" class="closed" hidden><p>{html.escape(t("serve.closed"))}</p>'
            f'<a class="button" href="./">{html.escape(t("serve.restart"))}</a> '
            f'<a class="button" href="afmelden">{html.escape(t("serve.sign-out"))}</a></div>'
            f'<div id="terminal" class="textual-terminal" '
            f'data-session-websocket-url="{html.escape(socket_url)}" data-font-size="16"></div>'
        )
        return self._html(_page(f"cjtrainer – {student.name}", body, app=True))

    def sign_in_page(self, error: str = "", status_name: str = "") -> str:
        by_list = self.settings.class_list is not None
        first = (
            f'<label>{html.escape(t("serve.number"))}<input name="number" required '
            f'autocomplete="username" value="{html.escape(status_name)}"></label>'
            f'<label>{html.escape(t("serve.pin"))}<input name="pin" type="password" '
            f'autocomplete="current-password"></label>'
            if by_list else
            f'<label>{html.escape(t("serve.name"))}<input name="name" required maxlength="40" '
            f'autocomplete="name" value="{html.escape(status_name)}"></label>'
            f'<label>{html.escape(t("serve.code"))}<input name="code" required '
            f'autocapitalize="characters" autocomplete="off"></label>'
        )
        problem = f'<p class="error" role="alert">{html.escape(error)}</p>' if error else ""
        body = (
            f"<main><h1>{html.escape(t('serve.title'))}</h1><p>{html.escape(t('serve.intro'))}</p>"
            f'{problem}<form method="post" action="aanmelden">{first}'
            f'<button type="submit">{html.escape(t("serve.sign-in"))}</button></form></main>'
        )
        return _page(t("serve.title"), body)

    async def sign_in(self, request: web.Request) -> web.Response:
        form = await request.post()
        number = str(form.get("number", "")).strip()
        listed = self.settings.class_list is not None and number in self.settings.class_list
        lock = self._number_locks.setdefault(number, asyncio.Lock()) if listed else (
            contextlib.nullcontext())
        async with lock:
            student, error, typed = self._check(form)
            if student is None:
                await asyncio.sleep(self.settings.failure_delay)
                return self._html(self.sign_in_page(error, typed), status=403)
        response = web.HTTPSeeOther("./")
        response.set_cookie(
            identity.COOKIE_NAME, identity.sign(student, self.key, self.clock()),
            max_age=identity.COOKIE_MAX_AGE, httponly=True, samesite="Strict",
            secure=request.secure, path="/",
        )
        raise response

    def _check(self, form: Any) -> tuple[Student | None, str, str]:
        """The student a sign-in form names, or an error and what to type again."""
        def field_(name: str) -> str:
            value = form.get(name, "")
            return value[:200] if isinstance(value, str) else ""

        if self.settings.class_list is not None:
            number = field_("number").strip()
            listed = self.settings.class_list.get(number)
            pin = field_("pin").strip()
            if listed is None or (listed.pin and not hmac.compare_digest(pin, listed.pin)):
                return None, t("serve.error.list"), number
            return Student(identity.id_for_number(listed.number), listed.name), "", ""
        name = identity.clean_name(field_("name"))
        if not name:
            return None, t("serve.error.name", low=identity.NAME_MIN, high=identity.NAME_MAX), ""
        code = identity.normalise_code(field_("code"))
        expected = identity.normalise_code(self.settings.class_code or "")
        if not expected or not hmac.compare_digest(code, expected):
            return None, t("serve.error.code"), name
        return Student(identity.id_for_name(name), name), "", ""

    async def sign_out(self, request: web.Request) -> web.Response:
        student = self.student(request)
        if student is not None and student.id in self.apps:
            await self._stop(student.id)
        response = web.HTTPSeeOther("./")
        response.del_cookie(identity.COOKIE_NAME, path="/")
        raise response

    # ------------------------------------------------------------------ the app session

    def _full(self, student: Student) -> bool:
        return student.id not in self.apps and len(self.apps) >= self.settings.max_sessions

    def _same_origin(self, request: web.Request) -> bool:
        origin = request.headers.get("Origin", "")
        scheme = "https" if request.secure else "http"
        return origin == f"{scheme}://{request.host}"

    async def websocket(self, request: web.Request) -> web.StreamResponse:
        student = self.student(request)
        if student is None or not self._same_origin(request):
            raise web.HTTPForbidden(text=t("serve.forbidden"))
        if self._full(student):
            raise web.HTTPServiceUnavailable(text=t("serve.full"))
        if student.id in self.apps:  # a second tab takes over: one app per student
            await self._stop(student.id)
        websocket = web.WebSocketResponse(heartbeat=15, max_msg_size=64 * 1024)
        await websocket.prepare(request)
        width = _size(request.query.get("width"), 80)
        height = _size(request.query.get("height"), 24)
        folder = student_folder(self.settings.root, student)
        for sub in ("data", "config", "cache"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
        write_student(folder, student.id, student.name)  # for class-report ROOT
        service = StudentApp(
            [*self.settings.command, *self.settings.app_args],
            app_environment(self.settings.root, student),
            write_bytes=websocket.send_bytes, write_str=websocket.send_str,
            close=websocket.close, download_manager=self.downloads,
        )
        self.apps[student.id] = (service, websocket)
        try:
            await service.start(width, height)
            await self._pump(websocket, service)
        except (asyncio.CancelledError, ConnectionResetError):
            pass
        except Exception:  # one student's broken session never stops the server
            log.exception("session of %s failed", student.id)
        finally:
            if self.apps.get(student.id, (None,))[0] is service:
                del self.apps[student.id]
            with contextlib.suppress(Exception):
                await asyncio.wait_for(service.stop(), 5)
            await _kill(service)
            await websocket.close()
        return websocket

    async def _pump(self, websocket: web.WebSocketResponse, service: StudentApp) -> None:
        """Browser → app, until the tab goes away or nothing was typed for the idle time."""
        while True:
            try:
                message = await asyncio.wait_for(websocket.receive(),
                                                 self.settings.idle_minutes * 60)
            except TimeoutError:
                return
            if message.type != WSMsgType.TEXT:
                return
            try:
                envelope = message.json()
                kind, data = envelope[0], (envelope[1] if len(envelope) > 1 else None)
            except (ValueError, TypeError, IndexError, KeyError):
                continue
            if kind == "stdin" and isinstance(data, str):
                await service.send_bytes(data.encode("utf-8", "replace"))
            elif kind == "resize" and isinstance(data, dict):
                await service.set_terminal_size(_size(data.get("width"), 80),
                                                _size(data.get("height"), 24))
            elif kind == "ping":
                await websocket.send_json(["pong", data])
            elif kind == "blur":
                await service.blur()
            elif kind == "focus":
                await service.focus()

    async def download(self, request: web.Request) -> web.StreamResponse:
        if self.student(request) is None:
            raise web.HTTPForbidden(text=t("serve.forbidden"))
        key = request.match_info["key"]
        try:
            meta = await self.downloads.get_download_metadata(key)
        except KeyError:
            raise web.HTTPNotFound() from None
        response = web.StreamResponse()
        content_type = meta.mime_type + (f"; charset={meta.encoding}" if meta.encoding else "")
        response.headers["Content-Type"] = content_type
        name = meta.file_name.replace('"', "").replace("\\", "")
        response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
        await response.prepare(request)
        async for chunk in self.downloads.download(key):
            await response.write(chunk)
        await response.write_eof()
        return response

    async def _stop(self, student_id: str) -> None:
        entry = self.apps.pop(student_id, None)
        if entry is None:
            return
        service, websocket = entry
        await websocket.close()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(service.stop(), 5)
        await _kill(service)

    async def _stop_all(self, _app: web.Application) -> None:
        await asyncio.gather(*(self._stop(sid) for sid in list(self.apps)),
                             return_exceptions=True)


async def _kill(service: StudentApp) -> None:
    """An app that did not quit when asked is ended: no process outlives its session."""
    process = service._process
    if process is None or process.returncode is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        process.terminate()
    try:
        await asyncio.wait_for(process.wait(), 3)
    except TimeoutError:
        with contextlib.suppress(ProcessLookupError):
            process.kill()


def _size(value: object, default: int) -> int:
    try:
        number = int(str(value))
    except ValueError:
        return default
    return min(max(number, 20), 400)
