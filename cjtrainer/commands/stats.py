"""`cjtrainer stats`: progress per deck, due today, forecast, retention, streak, study time,
hardest cards. Plain text (no Textual or Rich), or ``--json`` for the same as JSON."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from cjtrainer.i18n import t


def register(subparsers: argparse._SubParsersAction, parents: list[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "stats", parents=parents, help=t("cli.help.stats"),
        description=t("cli.help.stats.description"),
    )
    parser.add_argument("--deck", metavar="ID", help=t("cli.help.stats.deck"))
    parser.add_argument("--json", action="store_true", help=t("cli.help.stats.json"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    import json
    from datetime import UTC, datetime

    from cjtrainer import config, paths
    from cjtrainer.deck.catalog import load_catalog
    from cjtrainer.errors import CjError
    from cjtrainer.learn.scheduling import local_tz
    from cjtrainer.learn.stats import compute
    from cjtrainer.learn.store import Store, default_path

    catalog = load_catalog(extra=args.content)
    decks = list(catalog.decks.values())
    if args.deck and args.deck not in catalog.decks:
        known = ", ".join(sorted(catalog.decks)) or "-"
        raise CjError(t("stats.unknown-deck", deck=args.deck), t("stats.known-decks", decks=known))
    path = default_path(paths.data_dir(getattr(args, "data_dir", None)))
    now = datetime.now(UTC)
    tz = local_tz()
    # No progress yet: an empty store in memory, so `stats` never creates files.
    # Only reads: read-only progress (a school share) still gives its statistics.
    with (Store(path, read_only=True) if path.exists() else Store(":memory:")) as store:
        settings = config.load()
        stats = compute(store, decks, now=now, tz=tz, deck=args.deck,
                        new_per_day=settings.new_per_day,
                        reviews_per_day=settings.reviews_per_day)
    if args.json:
        data = stats.to_json()
        data["progress_file"] = str(path)
        data["generated_at"] = now.isoformat()
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(render(stats))
    return 0


def render(stats: object) -> str:
    from cjtrainer.learn.stats import Stats

    assert isinstance(stats, Stats)
    out: list[str] = []
    if not stats.decks:
        out.append(t("stats.no-decks"))
    else:
        header = (t("stats.col.deck"), t("stats.col.new"), t("stats.col.learning"),
                  t("stats.col.review"), t("stats.col.mastered"), t("stats.col.due"),
                  t("stats.col.leeches"))
        rows = [header]
        for d in (*stats.decks, stats.total):
            name = t("stats.total") if d.deck == "*" else d.deck
            rows.append((name, str(d.new), str(d.learning), str(d.review), str(d.mastered),
                         str(d.due_today), str(d.leeches)))
        out.append(_table(rows, total=len(stats.decks) > 1))
    out.append("")
    out.append(t("stats.due-today", count=stats.total.due_today, new=stats.new_available))
    out.append(t("stats.streak", days=stats.streak) if stats.streak else t("stats.no-streak"))
    out.append(t("stats.time", today=_duration(stats.seconds_today),
                 total=_duration(stats.seconds_total), answers=stats.answers_total))
    if stats.retention_all is None:
        out.append(t("stats.retention.none"))
    else:
        month = "-" if stats.retention_30d is None else f"{stats.retention_30d:.0%}"
        out.append(t("stats.retention", month=month, all=f"{stats.retention_all:.0%}",
                     answers=stats.retention_answers))
    out.append("")
    out.append(t("stats.forecast"))
    out.append("  " + "  ".join(f"{d.day:%d-%m}: {d.count}" for d in stats.forecast[:7]))
    out.append("  " + "  ".join(f"{d.day:%d-%m}: {d.count}" for d in stats.forecast[7:]))
    counts = [d.count for d in stats.reviews_per_day]
    out.append("")
    out.append(t("stats.per-day", first=f"{stats.reviews_per_day[0].day:%d-%m}",
                 last=f"{stats.reviews_per_day[-1].day:%d-%m}", max=max(counts)))
    out.append("  " + _spark(counts))
    if stats.hardest:
        out.append("")
        out.append(t("stats.hardest"))
        for h in stats.hardest:
            flag = "  " + t("stats.leech") if h.leech else ""
            out.append("  " + t("stats.hard-line", lapses=h.lapses, again=h.again, key=h.key,
                                 label=h.label) + flag)
    return "\n".join(out)


def _table(rows: Sequence[Sequence[str]], *, total: bool) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    body = rows if total else rows[:-1]
    for index, row in enumerate(body):
        if total and index == len(rows) - 1:
            lines.append("  ".join("-" * w for w in widths))
        cells = [cell.ljust(w) if i == 0 else cell.rjust(w)
                 for i, (cell, w) in enumerate(zip(row, widths, strict=True))]
        lines.append("  ".join(cells).rstrip())
        if index == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _duration(seconds: float) -> str:
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    return f"{minutes // 60} u {minutes % 60} min"


def _spark(counts: list[int]) -> str:
    bars = "·▁▂▃▄▅▆▇█"
    top = max(counts) or 1
    return "".join(bars[0 if c == 0 else max(1, round(c / top * 8))] for c in counts)
