"""Classroom quiz under load: 60 (or, with ``--students 300``, a year group of 300)
simulated students on loopback, each from its own loopback address (127.0.x.y).

Runs the real headless host (``cjtrainer host … --headless``) in a child process and the
websocket clients in this one. Every other student is a browser: it first loads the web
client's three files over HTTP from the host and connects with the page's Origin; the
rest connect as the terminal client does. Measures:

- question arrival spread: for every question, how much later each student receives it
  than the first student (p50, p99, max over all student-question pairs);
- answer acknowledgement latency: from sending an answer to receiving its ``ack`` (p50, p99);
- the host's CPU time and peak memory (from the child's resource usage).

The reference is a bare websockets server (same library, same machine, same run) that only
broadcasts a frame to 60 clients and echoes their messages: the floor any server built on
it can reach. Goal: p99 spread ≤ 50 ms.

    python bench/classroom_bench.py            # a result line
    python bench/classroom_bench.py --json     # rows for bench/run_all.py
    python bench/classroom_bench.py --students 5 --questions 2   # a quick smoke run
    python bench/classroom_bench.py --think 0.05 --pause 0.05    # less waiting (the test's)

``--think S``: a student answers after a random 0 to S seconds (0.4); ``--pause S``: the
host shows each reveal and leaderboard for S seconds (0.3). Waiting, not work: they change
how long a run takes, not what it measures.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import re
import resource
import sys
import time
from pathlib import Path

from websockets.asyncio.client import connect

ROOT = Path(__file__).resolve().parent.parent
DECK = ROOT / "content" / "03-fase-orientatie.yaml"
STUDENTS = 60
QUESTIONS = 10
THINK_S = 0.4
PAUSE_S = 0.3
JOIN = re.compile(r"join ws://([\d.]+):(\d+) code (\w+)")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def answer_for(question: dict) -> dict:
    kind = question["kind"]
    if kind == "typed":
        return {"text": "klantreis"}
    if kind == "order":
        return {"order": [item["id"] for item in question["items"]]}
    if kind == "truefalse":  # no choices on the wire: the ids are fixed
        return {"choice": random.choice(["true", "false"])}
    return {"choice": random.choice(question["choices"])["id"]}


def address(number: int) -> str:
    """Student ``number``'s own loopback address: 127.0.0.2 … 127.0.0.251, 127.0.1.2 …"""
    return f"127.0.{number // 250}.{number % 250 + 2}"


async def load_page(host: str, port: int, local: str) -> None:
    """What a phone does before it connects: fetch the page and its two files."""
    for path in ("/", "/app.css", "/app.js"):
        reader, writer = await asyncio.open_connection(host, port, local_addr=(local, 0))
        writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n"
                     "Accept-Encoding: gzip\r\n\r\n".encode())
        await writer.drain()
        response = await reader.read()
        writer.close()
        if not response.startswith(b"HTTP/1.1 200"):
            raise RuntimeError(f"{path}: {response[:40]!r}")


async def student(url: str, code: str, number: int, arrivals: dict[int, list[float]],
                  acks: list[float], joined: asyncio.Event, counter: list[int]) -> None:
    local = address(number)
    host, port = url.removeprefix("ws://").rsplit(":", 1)
    browser = number % 2 == 1
    if browser:
        await load_page(host, int(port), local)
    origin = f"http://{host}:{port}" if browser else None
    async with connect(url, max_size=2**20, compression=None, open_timeout=60,
                       origin=origin, local_addr=(local, 0)) as ws:  # type: ignore[arg-type]
        await ws.send(json.dumps({"type": "join", "code": code, "name": f"Student {number:03d}"}))
        sent_at = 0.0
        async for raw in ws:
            now = time.perf_counter()
            message = json.loads(raw)
            kind = message["type"]
            if kind == "welcome":
                counter[0] += 1
                if counter[0] == STUDENTS:
                    joined.set()
            elif kind == "question":
                arrivals.setdefault(message["index"], []).append(now)
                await asyncio.sleep(random.uniform(0.0, THINK_S))
                sent_at = time.perf_counter()
                await ws.send(json.dumps({"type": "answer", "question": message["index"],
                                          "answer": answer_for(message)}))
            elif kind == "ack":
                acks.append(time.perf_counter() - sent_at)
            elif kind == "end":
                return
            elif kind == "error":
                raise RuntimeError(message)


async def run_session() -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.setdefault("CJTRAINER_DATA_DIR", str(Path(os.environ.get("TMPDIR", "/tmp")) / "cj-bench"))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    host = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "cjtrainer", "host", str(DECK), "--headless", "--port", "0",
        "--bind", "127.0.0.1", "--start-when", str(STUDENTS), "--time", "5",
        "--count", str(QUESTIONS), "--pause", str(PAUSE_S),
        "--max-players", str(max(60, STUDENTS)),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL, env=env,
    )
    assert host.stdout is not None
    line = (await asyncio.wait_for(host.stdout.readline(), 60)).decode()
    match = JOIN.match(line)
    if not match:
        raise SystemExit(f"unexpected first line: {line!r}")
    url = f"ws://{match[1]}:{match[2]}"
    arrivals: dict[int, list[float]] = {}
    acks: list[float] = []
    joined = asyncio.Event()
    counter = [0]
    started = time.perf_counter()
    await asyncio.wait_for(asyncio.gather(*(
        student(url, match[3], n, arrivals, acks, joined, counter) for n in range(STUDENTS)
    )), 300)
    elapsed = time.perf_counter() - started
    await host.communicate()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    spreads = [
        (t - min(times)) * 1000 for times in arrivals.values() for t in times
    ]
    if os.environ.get("CJ_BENCH_DEBUG"):
        for index, times in sorted(arrivals.items()):
            print(index, f"{(max(times) - min(times)) * 1000:.1f} ms", file=sys.stderr)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "questions": len(arrivals),
        "answers": len(acks),
        "spread_p50_ms": percentile(spreads, 50),
        "spread_p99_ms": percentile(spreads, 99),
        "spread_max_ms": max(spreads),
        "ack_p50_ms": percentile([a * 1000 for a in acks], 50),
        "ack_p99_ms": percentile([a * 1000 for a in acks], 99),
        "host_cpu_s": cpu,
        "session_s": elapsed,
        "host_peak_rss_mb": after.ru_maxrss / 1024,
    }


# ---------------------------------------------------------------- reference: bare websockets

REFERENCE_SERVER = r"""
import asyncio, json, sys
from websockets.asyncio.server import serve, broadcast
clients = set()
async def handler(ws):
    clients.add(ws)
    async for raw in ws:
        if raw == "go":  # a frame the size of a real question
            broadcast(clients, json.dumps({"type": "question", "prompt": "x" * 300}))
        else:
            await ws.send(raw)
async def main():
    async with serve(handler, "127.0.0.1", 0, compression=None) as server:
        print(server.sockets[0].getsockname()[1], flush=True)
        await asyncio.Future()
asyncio.run(main())
"""


async def run_reference() -> dict:
    server = await asyncio.create_subprocess_exec(
        sys.executable, "-c", REFERENCE_SERVER, stdout=asyncio.subprocess.PIPE,
    )
    assert server.stdout is not None
    port = int((await server.stdout.readline()).decode())
    url = f"ws://127.0.0.1:{port}"
    clients = [await connect(url, compression=None, local_addr=(address(n), 0))
               for n in range(STUDENTS)]
    spreads: list[float] = []
    echoes: list[float] = []
    try:
        for _ in range(QUESTIONS):
            await clients[0].send("go")

            async def receive(ws) -> float:  # type: ignore[no-untyped-def]
                raw = await ws.recv()
                now = time.perf_counter()
                json.loads(raw)  # the same work a student does with a frame
                return now

            times = await asyncio.gather(*(receive(ws) for ws in clients))
            spreads += [(t - min(times)) * 1000 for t in times]

            async def echo(ws) -> float:  # type: ignore[no-untyped-def]
                await asyncio.sleep(random.uniform(0.0, THINK_S))
                sent = time.perf_counter()
                await ws.send('{"type":"answer"}')
                await ws.recv()
                return (time.perf_counter() - sent) * 1000

            echoes += await asyncio.gather(*(echo(ws) for ws in clients))
    finally:
        for ws in clients:
            await ws.close()
        server.kill()
        await server.wait()
    return {
        "spread_p50_ms": percentile(spreads, 50), "spread_p99_ms": percentile(spreads, 99),
        "echo_p50_ms": percentile(echoes, 50), "echo_p99_ms": percentile(echoes, 99),
    }


def _option(name: str, default: float) -> float:
    if name in sys.argv:
        return float(sys.argv[sys.argv.index(name) + 1])
    return default


def main() -> None:
    global STUDENTS, QUESTIONS, THINK_S, PAUSE_S
    STUDENTS = int(_option("--students", STUDENTS))
    QUESTIONS = int(_option("--questions", QUESTIONS))
    THINK_S = _option("--think", THINK_S)
    PAUSE_S = _option("--pause", PAUSE_S)
    random.seed(1)
    ours = asyncio.run(run_session())
    ref = asyncio.run(run_reference())
    if "--json" in sys.argv:
        who = "" if STUDENTS == 60 else f", {STUDENTS} students"  # the 60 rows keep their names
        rows = [
            {"name": f"classroom: question arrival spread, {STUDENTS} students, p50",
             "ours": f"{ours['spread_p50_ms']:.1f} ms",
             "reference": f"bare websockets broadcast {ref['spread_p50_ms']:.1f} ms",
             "ratio": "", "goal": "", "peak": f"{ours['host_peak_rss_mb']:.0f} MB (host)"},
            {"name": f"classroom: question arrival spread, p99{who}",
             "ours": f"{ours['spread_p99_ms']:.1f} ms",
             "reference": f"bare websockets broadcast {ref['spread_p99_ms']:.1f} ms",
             "ratio": "", "goal": "p99 ≤ 50 ms", "peak": ""},
            {"name": f"classroom: answer ack latency, p50{who}",
             "ours": f"{ours['ack_p50_ms']:.1f} ms",
             "reference": f"bare websockets echo {ref['echo_p50_ms']:.1f} ms",
             "ratio": f"{ours['ack_p50_ms'] / max(ref['echo_p50_ms'], 1e-6):.1f}x",
             "goal": "", "peak": ""},
            {"name": f"classroom: answer ack latency, p99{who}",
             "ours": f"{ours['ack_p99_ms']:.1f} ms",
             "reference": f"bare websockets echo {ref['echo_p99_ms']:.1f} ms",
             "ratio": f"{ours['ack_p99_ms'] / max(ref['echo_p99_ms'], 1e-6):.1f}x",
             "goal": "", "peak": ""},
            {"name": f"classroom: host CPU for {ours['questions']} questions × {STUDENTS} students",
             "ours": f"{ours['host_cpu_s']:.2f} s CPU in {ours['session_s']:.1f} s",
             "reference": "", "ratio": "", "goal": "below 1 core" if who else "", "peak": ""},
        ]
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
        return
    print(
        f"classroom bench: {STUDENTS} students, {ours['questions']} questions, "
        f"{ours['answers']} answers | arrival spread p50 {ours['spread_p50_ms']:.1f} ms, "
        f"p99 {ours['spread_p99_ms']:.1f} ms, max {ours['spread_max_ms']:.1f} ms "
        f"(bare websockets p50 {ref['spread_p50_ms']:.1f}, p99 {ref['spread_p99_ms']:.1f}) | "
        f"ack p50 {ours['ack_p50_ms']:.1f} ms, p99 {ours['ack_p99_ms']:.1f} ms "
        f"(bare echo p50 {ref['echo_p50_ms']:.1f}, p99 {ref['echo_p99_ms']:.1f}) | "
        f"host CPU {ours['host_cpu_s']:.2f} s over {ours['session_s']:.1f} s, "
        f"peak memory {ours['host_peak_rss_mb']:.0f} MB"
    )


if __name__ == "__main__":
    main()
