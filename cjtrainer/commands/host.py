"""`cjtrainer host DECK`: run a classroom quiz (the teacher's screen, or --headless)."""

from __future__ import annotations

import argparse
from pathlib import Path

from cjtrainer.i18n import render, t


def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    p = subparsers.add_parser("host", parents=parents, help=t("classroom.host.help"))
    p.add_argument("deck", nargs="?", metavar="DECK", help=t("classroom.host.opt.deck"))
    p.add_argument("--exercise", default=None, metavar="EXERCISE",
                   help=t("board.host.opt.exercise"))
    p.add_argument("--minutes", type=float, default=None, metavar="M",
                   help=t("board.host.opt.minutes"))
    p.add_argument("--headless", action="store_true",
                   help=t("classroom.host.opt.headless"))
    p.add_argument("--port", type=int, default=None, help=t("classroom.host.opt.port"))
    p.add_argument("--bind", default=None, metavar="ADDR",
                   help=t("classroom.host.opt.bind"))
    p.add_argument("--start-when", type=int, default=None, metavar="N",
                   help=t("classroom.host.opt.start-when"))
    p.add_argument("--time", type=float, default=None, metavar="S",
                   help=t("classroom.host.opt.time"))
    p.add_argument("--count", type=int, default=None, metavar="N", help=t("classroom.host.opt.count"))
    p.add_argument("--tag", action="append", default=[], help=t("classroom.host.opt.tag"))
    p.add_argument("--calm", action="store_true",
                   help=t("classroom.host.opt.calm"))
    p.add_argument("--pause", type=float, default=None, metavar="S",
                   help=t("classroom.host.opt.pause"))
    p.add_argument("--max-players", type=int, default=60, metavar="N",
                   help=t("classroom.host.opt.max-players"))
    p.add_argument("--max-per-address", type=int, default=None, metavar="N",
                   help=t("classroom.host.opt.max-per-address"))
    p.add_argument("--max-sockets-per-address", type=int, default=None, metavar="N",
                   help=t("classroom.host.opt.sockets-per-address"))
    p.add_argument("--report", type=Path, default=None, metavar="FILE", help=t("classroom.host.opt.report"))
    p.add_argument("--rebuild-report", type=Path, default=None, metavar="LOG",
                   help=t("classroom.host.opt.rebuild"))
    p.set_defaults(handler=run)


def _positive(value: float | int | None, option: str) -> None:
    from cjtrainer.errors import CjError

    if value is not None and value <= 0:
        raise CjError(t("classroom.host.bad-number", option=option))


def run(args: argparse.Namespace) -> int:
    import asyncio
    import contextlib
    import sys

    from cjtrainer import paths
    from cjtrainer.classroom.game import Settings
    from cjtrainer.classroom.report import rebuild
    from cjtrainer.classroom.session import (
        DEFAULT_PORT,
        HostedSession,
        note_lines,
        questions_for,
        resolve_deck,
    )
    from cjtrainer.errors import CjError

    if args.rebuild_report is not None:
        for path in rebuild(args.rebuild_report, args.report):
            print(t("classroom.report.written", path=path))
        return 0
    for value, option in ((args.time, "--time"), (args.count, "--count"),
                          (args.start_when, "--start-when"), (args.max_players, "--max-players"),
                          (args.max_per_address, "--max-per-address"),
                          (args.max_sockets_per_address, "--max-sockets-per-address")):
        _positive(value, option)
    if args.pause is not None and args.pause < 0:
        raise CjError(t("classroom.host.bad-number", option="--pause"))
    if args.port is not None and not 0 <= args.port <= 65535:
        raise CjError(t("classroom.host.bad-number", option="--port"))
    if not args.headless:
        from cjtrainer.commands.app import check_terminal

        check_terminal()  # before anything is written: a refused start leaves no log
    if args.deck is None and args.exercise is None and not args.headless:
        choice = _pick(args)  # the teacher chooses in a list: a quiz or a class activity
        if choice is None:
            return 0
        kind, ident = choice
        args.exercise, args.deck = (ident, None) if kind == "exercise" else (None, ident)
    if args.exercise is not None:
        return _board(args)
    deck = resolve_deck(args.deck, args.content)
    questions, notes = questions_for(deck, tags=args.tag, count=args.count)
    time_s = args.time if args.time is not None else (60.0 if args.calm else 20.0)
    pause = 4.0 if args.pause is None else args.pause
    budget = {key: value for key, value in (("max_per_address", args.max_per_address),
                                            ("sockets_per_address", args.max_sockets_per_address))
              if value is not None}
    settings = Settings.sized(
        args.max_players, time_s=time_s, calm=args.calm,
        auto=args.headless or args.pause is not None, reveal_s=pause, leaderboard_s=pause,
        **budget,
    )
    session = HostedSession(
        deck=deck, questions=questions, notes=notes, settings=settings,
        bind=args.bind or "0.0.0.0", port=DEFAULT_PORT if args.port is None else args.port,
        start_when=(args.start_when or 1) if args.headless else args.start_when,
        report_path=args.report, data_dir=paths.data_dir(args.data_dir),
    )
    if not args.headless:
        from cjtrainer.ui.classroom.host import run_host_app

        return run_host_app(session)

    async def headless() -> list[Path]:
        import signal

        task = asyncio.current_task()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):  # stop cleanly: podium, report, exit
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(signum, task.cancel)  # type: ignore[union-attr]
        await session.start()
        print(session.join_line, flush=True)
        print(t("web.host.headless", url=session.join_url), file=sys.stderr)
        if session.loopback_only:
            print(t("classroom.host.loopback-only", address=session.address), file=sys.stderr)
        elif session.addresses[1:]:
            print(t("classroom.host.also", addresses=", ".join(session.addresses[1:])),
                  file=sys.stderr)
        for line in note_lines(notes):
            print(render(line), file=sys.stderr)
        print(t("classroom.host.questions", count=len(questions), deck=deck.id), file=sys.stderr)
        print(t("classroom.host.log", path=session.log_path), file=sys.stderr, flush=True)
        return await session.until_ended()

    try:
        written = asyncio.run(headless())
    except (KeyboardInterrupt, asyncio.CancelledError):
        written = session.written
        if not written and session.game.index >= 0:
            session.game.finish()
            written = session.write_report()
        for path in written:
            print(t("classroom.report.written", path=path), flush=True)
        raise KeyboardInterrupt from None
    players = len(session.game.active())
    print(t("classroom.host.done", players=players, questions=len(questions)))
    for path in written:
        print(t("classroom.report.written", path=path), flush=True)
    return 0


def _pick(args: argparse.Namespace) -> tuple[str, str] | None:
    """`cjtrainer host` with nothing named: every deck (a quiz) and exercise (the live
    board) of the content folders, in a list."""
    from cjtrainer.deck.catalog import load_catalog
    from cjtrainer.errors import CjError
    from cjtrainer.ui.classroom.pick import pick_activity

    catalog = load_catalog(extra=args.content)
    decks = [(deck.id, deck.title) for deck in catalog.decks.values()]
    exercises = [(exercise.id, exercise.title) for exercise in catalog.exercises.values()]
    if not decks and not exercises:
        raise CjError(t("classroom.host.no-deck"), t("classroom.host.no-deck.hint"))
    return pick_activity(decks, exercises)


def _board(args: argparse.Namespace) -> int:
    """``cjtrainer host --exercise EXERCISE``: the touchpoint board (the teacher's screen)."""
    from cjtrainer import paths
    from cjtrainer.classroom.game import Settings
    from cjtrainer.classroom.session import DEFAULT_PORT, HostedBoard
    from cjtrainer.commands.exercise import find_exercise
    from cjtrainer.errors import CjError

    if args.deck:
        raise CjError(t("board.host.both"))
    if args.headless:
        raise CjError(t("board.host.headless"))
    for value, option in ((args.minutes, "--minutes"), (args.max_players, "--max-players"),
                          (args.max_per_address, "--max-per-address"),
                          (args.max_sockets_per_address, "--max-sockets-per-address")):
        _positive(value, option)
    if args.port is not None and not 0 <= args.port <= 65535:
        raise CjError(t("classroom.host.bad-number", option="--port"))
    exercise = find_exercise(args, args.exercise)
    budget = {key: value for key, value in (("max_per_address", args.max_per_address),
                                            ("sockets_per_address", args.max_sockets_per_address))
              if value is not None}
    session = HostedBoard(
        exercise=exercise, settings=Settings.sized(args.max_players, **budget),
        minutes=args.minutes, bind=args.bind or "0.0.0.0",
        port=DEFAULT_PORT if args.port is None else args.port,
        data_dir=paths.data_dir(args.data_dir),
    )
    from cjtrainer.ui.classroom.board_host import run_board_app

    return run_board_app(session)
