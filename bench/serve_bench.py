"""How many students one machine holds in `cjtrainer serve`: key-to-screen time at a realistic
pace, and memory per student app.

A real `cjtrainer serve` process on a loopback port; each simulated student signs in (HTTP),
opens the app (websocket), waits for the home screen, then presses an arrow key every 1.5–3 s
(a student reading and answering) and times the first screen update after each key. The
students arrive spread over ``--arrive`` seconds, as a class does. The reference is one
student alone, measured in the same run. Loopback only; every loop is bounded in count and
time.

    python bench/serve_bench.py [--json] [--students 30] [--seconds 40]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

CODE = "BENCH1"
KEYS = ("\x1b[B", "\x1b[A")  # down, up: the home list's highlight moves, the screen changes


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(p) for p in task.read_text().split()]
    return found


async def student(base: str, number: int, start_after: float, seconds: float,
                  latencies: list[float], rng: random.Random) -> None:
    """One student: sign in, open the app, then a key every 1.5-3 s for ``seconds``."""
    await asyncio.sleep(start_after)
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as client:
        await client.post(f"{base}/aanmelden", data={"name": f"Student {number}", "code": CODE})
        async with client.ws_connect(f"{base}/ws?width=80&height=24",
                                     headers={"Origin": base}) as ws:
            await ws.send_json(["resize", {"width": 80, "height": 24}])
            await ws.send_json(["focus"])
            frame = asyncio.Event()
            seen = bytearray()

            async def read() -> None:
                async for message in ws:
                    if message.type == aiohttp.WSMsgType.BINARY:
                        seen.extend(message.data[-4096:])
                        frame.set()

            reader = asyncio.create_task(read())
            deadline = time.monotonic() + 60
            while b"Afmelden" not in bytes(seen) and time.monotonic() < deadline:
                frame.clear()
                try:
                    await asyncio.wait_for(frame.wait(), 1)
                except TimeoutError:
                    pass
            end = time.monotonic() + seconds
            press = 0
            while time.monotonic() < end:
                await asyncio.sleep(rng.uniform(1.5, 3.0))
                frame.clear()
                sent = time.perf_counter()
                await ws.send_json(["stdin", KEYS[press % 2]])
                press += 1
                try:
                    await asyncio.wait_for(frame.wait(), 5)
                    latencies.append(time.perf_counter() - sent)
                except TimeoutError:
                    latencies.append(5.0)
            reader.cancel()


async def run_class(students: int, seconds: float, arrive: float) -> dict[str, float]:
    port = free_port()
    root = Path(tempfile.mkdtemp(prefix="serve-bench-"))
    server = subprocess.Popen(
        [sys.executable, "-m", "cjtrainer", "serve", "--bind", "127.0.0.1", "--port", str(port),
         "--class-code", CODE, "--root", str(root), "--max-sessions", str(students + 5)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        async with aiohttp.ClientSession() as probe:
            deadline = time.monotonic() + 30
            while True:
                try:
                    await probe.get(base)
                    break
                except aiohttp.ClientConnectionError:
                    if time.monotonic() > deadline:
                        raise SystemExit("serve did not start") from None
                    await asyncio.sleep(0.1)
        latencies: list[float] = []
        peak_total = 0.0
        tasks = [
            asyncio.create_task(student(base, n, arrive * n / max(1, students), seconds,
                                        latencies, random.Random(n)))
            for n in range(students)
        ]
        while not all(task.done() for task in tasks):
            apps = children(server.pid)
            peak_total = max(peak_total, sum(rss_mb(pid) for pid in apps))
            await asyncio.sleep(0.5)
        await asyncio.gather(*tasks)
        ordered = sorted(latencies)
        return {
            "students": students,
            "keys": len(ordered),
            "p50_ms": statistics.median(ordered) * 1000,
            "p99_ms": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000,
            "max_ms": ordered[-1] * 1000,
            "apps_peak_mb": peak_total,
            "per_student_mb": peak_total / max(1, students),
            "server_mb": rss_mb(server.pid),
        }
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=40.0)
    parser.add_argument("--arrive", type=float, default=20.0)
    args = parser.parse_args()
    alone = asyncio.run(run_class(1, args.seconds / 2, 0))
    whole = asyncio.run(run_class(args.students, args.seconds, args.arrive))
    if args.json:
        rows = [
            {"name": f"serve: {whole['students']} students, key to screen p50",
             "ours": f"{whole['p50_ms']:.0f} ms", "reference": f"1 student {alone['p50_ms']:.0f} ms",
             "ratio": f"{whole['p50_ms'] / alone['p50_ms']:.1f}x", "goal": "",
             "peak": f"{whole['per_student_mb']:.0f} MB per student"},
            {"name": f"serve: {whole['students']} students, key to screen p99",
             "ours": f"{whole['p99_ms']:.0f} ms", "reference": f"1 student {alone['p99_ms']:.0f} ms",
             "ratio": f"{whole['p99_ms'] / alone['p99_ms']:.1f}x", "goal": "p99 ≤ 1 s",
             "peak": f"{whole['apps_peak_mb']:.0f} MB all apps"},
        ]
        for row in rows:
            print(json.dumps(row))
    else:
        print(json.dumps({"alone": alone, "class": whole}, indent=2))


if __name__ == "__main__":
    main()
