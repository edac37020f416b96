"""The front door: ``cjtrainer [global options] [command]``.

Each command lives in its own module under ``cjtrainer.commands`` and offers
``register(subparsers, parents)``. Modules are imported by name only when needed, so
``validate``, ``decks``, ``stats`` and ``import`` never pull in Textual.
Without a command the student app starts.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from cjtrainer import __version__, i18n, output
from cjtrainer.errors import CjError

# command name -> module in cjtrainer.commands. Keep one line per command.
COMMANDS: dict[str, str] = {
    "validate": "validate",
    "decks": "decks",
    "stats": "stats",
    "host": "host",
    "join": "join",
    "import": "import_",
    "new": "new",
    "export-progress": "export_progress",
    "class-report": "class_report",
    "preview": "preview",
    "exercise": "exercise",
    "serve": "serve",
    "backup": "backup",
    "try": "try_",
}


def _global_options(defaults: bool) -> argparse.ArgumentParser:
    """Global options, accepted before and after the command name."""
    suppress = None if defaults else argparse.SUPPRESS
    parser = argparse.ArgumentParser(add_help=False)
    group = parser.add_argument_group(i18n.t("cli.help.global"))
    group.add_argument(
        "--content", action="append", metavar="DIR",
        default=[] if defaults else argparse.SUPPRESS,
        help=i18n.t("cli.help.content"),
    )
    group.add_argument(
        "--data-dir", metavar="DIR", default=suppress,
        help=i18n.t("cli.help.data-dir"),
    )
    group.add_argument(
        "--lang", choices=i18n.LANGUAGES, default=suppress, help=i18n.t("cli.help.lang"),
    )
    return parser


def _add_version(parser: argparse.ArgumentParser) -> None:
    # Python 3.11's version action does not look its help up through argparse's _()
    parser.add_argument("--version", action="version", version=f"cjtrainer {__version__}",
                        help=i18n.t("cli.argparse.version"))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cjtrainer",
        description=i18n.t("cli.help.description"),
        parents=[_global_options(defaults=True)],
    )
    _add_version(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    late_globals = _global_options(defaults=False)
    for module_name in COMMANDS.values():
        module = importlib.import_module(f"cjtrainer.commands.{module_name}")
        module.register(subparsers, [late_globals])
    return parser


def _wants_command(argv: Sequence[str]) -> str | None:
    """The command named on the command line, without importing every command module."""
    skip_next = False
    for arg in argv:
        if skip_next:
            skip_next = False
            continue
        if arg in ("--content", "--data-dir", "--lang"):
            skip_next = True
            continue
        if arg.startswith("-"):
            continue
        return arg
    return None


def main(argv: Sequence[str] | None = None) -> int:
    # Everything a command prints passes through inert(): a deck title, a file name or a
    # cell of an imported list never acts on the terminal (cjtrainer/inert.py).
    from cjtrainer.inert import InertStream

    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = InertStream(stdout), InertStream(stderr)
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    output.replace_unencodable_output()
    # The language first, so that argparse's own messages (usage, errors) follow it too.
    i18n.set_language(_language_in(argv) or _configured_language())
    from cjtrainer import argparse_nl

    argparse_nl.install()
    parser = build_parser_for(argv)
    args = parser.parse_args(argv)
    env_content = [p for p in os.environ.get("CJTRAINER_CONTENT", "").split(os.pathsep) if p]
    args.content = env_content + list(getattr(args, "content", []) or [])
    i18n.set_language(getattr(args, "lang", None) or _configured_language())
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from cjtrainer.commands import app as app_command

            return app_command.run(args)
        return int(handler(args) or 0)
    except CjError as error:
        print(i18n.t("cli.error", message=error.message), file=sys.stderr)
        if error.hint:
            print(i18n.t("cli.hint", hint=error.hint), file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print(i18n.t("cli.interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:  # `cjtrainer validate | head`: the reader went away, fine
        sys.stderr.close()
        return 0
    except Exception as error:  # a bug: log it, tell the user where, no traceback on screen
        log = _log_unexpected(args)
        print(i18n.t("cli.unexpected", error=type(error).__name__, log=log), file=sys.stderr)
        return 70


def _log_unexpected(args: argparse.Namespace) -> str:
    import traceback
    from datetime import UTC, datetime

    from cjtrainer import paths
    from cjtrainer.inert import inert

    try:
        folder = paths.data_dir(getattr(args, "data_dir", None))
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "cjtrainer.log"
        with log.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now(UTC).isoformat()} {sys.argv!r}\n")
            # the error may quote deck text: the log is read in a terminal too
            handle.write(inert(traceback.format_exc(), newlines=True))
        return str(log)
    except OSError:
        return "stderr"


def build_parser_for(argv: Sequence[str]) -> argparse.ArgumentParser:
    """A parser that imports only the named command's module (fast start, no Textual).

    Without a command (the student app) no command module is imported at all; `--help`
    and unknown commands get the full parser with every command listed."""
    name = _wants_command(argv)
    if name is None and not {"-h", "--help"} & set(argv):
        parser = argparse.ArgumentParser(
            prog="cjtrainer", parents=[_global_options(defaults=True)],
        )
        _add_version(parser)
        return parser
    if name in COMMANDS:
        parser = argparse.ArgumentParser(
            prog="cjtrainer", parents=[_global_options(defaults=True)],
        )
        _add_version(parser)
        subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
        module = importlib.import_module(f"cjtrainer.commands.{COMMANDS[name]}")
        module.register(subparsers, [_global_options(defaults=False)])
        return parser
    return build_parser()


def _language_in(argv: Sequence[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return None


def _configured_language() -> str | None:
    from cjtrainer import config

    return config.load().language


if __name__ == "__main__":
    raise SystemExit(main())
