"""`cjtrainer serve`: the student app in a browser, for students who cannot install Python."""

from __future__ import annotations

import argparse
from pathlib import Path

from cjtrainer.i18n import t

DEFAULT_PORT = 8080


def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("serve", parents=parents, help=t("serve.help"))
    p.add_argument("--bind", default="0.0.0.0", metavar="ADDR")
    p.add_argument("--port", type=int, default=DEFAULT_PORT)
    p.add_argument("--root", type=Path, default=None, metavar="DIR",
                   help=t("cli.help.serve.root"))
    who = p.add_mutually_exclusive_group()
    who.add_argument("--class-code", default=None, metavar="CODE",
                     help=t("cli.help.serve.class-code"))
    who.add_argument("--class-list", type=Path, default=None, metavar="FILE",
                     help=t("cli.help.serve.class-list"))
    p.add_argument("--max-sessions", type=int, default=40, metavar="N")
    p.add_argument("--idle-minutes", type=float, default=30.0, metavar="M")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import errno
    import sys

    from cjtrainer import paths
    from cjtrainer.errors import CjError

    try:
        from aiohttp import web

        from cjtrainer.serve import identity
        from cjtrainer.serve.server import BrowserServer, ServeSettings
    except ImportError:
        raise CjError(t("serve.missing-extra"), t("serve.missing-extra.hint")) from None

    root = (args.root or paths.data_dir(getattr(args, "data_dir", None)) / "serve").expanduser()
    class_list = identity.load_class_list(args.class_list) if args.class_list else None
    code = None if class_list is not None else (args.class_code or identity.new_class_code())
    app_args: list[str] = []
    for folder in args.content or []:
        app_args += ["--content", str(Path(folder).resolve())]
    if getattr(args, "lang", None):
        app_args += ["--lang", args.lang]
    settings = ServeSettings(
        root=root.resolve(), class_code=code, class_list=class_list,
        max_sessions=max(1, args.max_sessions), idle_minutes=max(1.0, args.idle_minutes),
        app_args=app_args,
    )
    server = BrowserServer(settings)
    addresses = _addresses(args.bind)
    urls = [f"http://{address}:{args.port}/" for address in addresses]
    print(t("serve.started"))
    for url in urls:
        print(f"  {url}")
    if all(address.startswith("127.") or address == "localhost" for address in addresses):
        print(t("serve.started.loopback"))
    _print_qr(urls[0])
    if code is not None:
        print(t("serve.started.code", code=code))
    else:
        print(t("serve.started.list", path=args.class_list, count=len(class_list or {})))
    print(t("serve.started.root", root=settings.root))
    print(t("serve.started.stop"))
    sys.stdout.flush()
    try:
        web.run_app(server.application(), host=args.bind, port=args.port, print=None,
                    access_log=None)
    except OSError as error:
        reason = error.strerror or str(error)
        if error.errno == errno.EADDRINUSE:
            reason = t("classroom.host.in-use")
        raise CjError(t("serve.port-busy", port=args.port, bind=args.bind, error=reason),
                      t("serve.port-busy.hint")) from None
    return 0


def _addresses(bind: str) -> list[str]:
    """What students type: the bound address, or every LAN address (loopback when none)."""
    if bind not in ("0.0.0.0", "", "::"):
        return [bind]
    from cjtrainer.classroom.server import lan_addresses

    return lan_addresses() or ["127.0.0.1"]


def _print_qr(url: str) -> None:
    try:
        import segno
    except ImportError:
        return
    import io

    buffer = io.StringIO()
    segno.make(url, micro=False).terminal(out=buffer, compact=True)
    print(buffer.getvalue())
