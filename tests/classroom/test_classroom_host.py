"""The headless host as a user runs it: a real process, real clients, the report files."""

from __future__ import annotations

import asyncio
import csv
import os
import re
import sys
from pathlib import Path

import pytest
from conftest import some_answer, student

from cjtrainer.classroom.client import ClassroomClient, parse_address
from cjtrainer.classroom.report import rebuild
from cjtrainer.cli import main

ROOT = Path(__file__).resolve().parents[2]
DECK = ROOT / "tests" / "data" / "valid_deck.yaml"
JOIN_LINE = re.compile(r"^join ws://127\.0\.0\.1:(\d+) code ([A-HJKMNP-Z2-9]{6})$")


async def _host(*args: str) -> asyncio.subprocess.Process:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "cjtrainer", "host", *args,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, env=env,
    )


async def test_headless_host_runs_a_whole_session(tmp_path: Path) -> None:
    report = tmp_path / "out" / "klas.csv"
    proc = await _host(
        str(DECK), "--headless", "--port", "0", "--bind", "127.0.0.1", "--start-when", "2",
        "--time", "0.3", "--count", "3", "--pause", "0.05", "--report", str(report),
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = (await asyncio.wait_for(proc.stdout.readline(), 20)).decode().rstrip("\n")
    match = JOIN_LINE.match(first)
    assert match, first
    url = f"ws://127.0.0.1:{match[1]}"
    ada = await student(url, "Ada", code=match[2])
    bo = await student(url, "Bo", code=match[2].lower())
    for index in range(3):
        for s in (ada, bo):
            q = await s.expect("question", timeout=5)
            assert q["index"] == index
        # Bo leaves the last question open: it closes at its deadline; the others close as
        # soon as both have answered.
        for s in (ada, bo) if index < 2 else (ada,):
            await s.send({"type": "answer", "question": index, "answer": some_answer(q)})
            assert (await s.expect("ack"))["accepted"] is True
        await ada.expect("reveal", timeout=5)
    end = await bo.expect("end", timeout=5)
    assert end["you"]["rank"] in (1, 2)
    out, err = await asyncio.wait_for(proc.communicate(), 20)
    assert proc.returncode == 0, err.decode()
    assert str(report) in out.decode()
    assert "Overgeslagen" in err.decode()  # the host says which cards it skipped
    with report.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert len(rows) == 6
    assert set(rows[0]) >= {
        "session", "time", "name", "question_id", "tags", "answer", "correct",
        "response_ms", "points", "score", "connected",
    }
    assert {r["name"] for r in rows} == {"Ada", "Bo"}
    assert (tmp_path / "out" / "klas-players.csv").is_file()
    assert (tmp_path / "out" / "klas-questions.csv").is_file()
    # The log alone rebuilds the same report.
    logs = list((Path(os.environ["CJTRAINER_DATA_DIR"]) / "classroom").glob("*.jsonl"))
    assert len(logs) == 1
    rebuilt = rebuild(logs[0], tmp_path / "again.csv")
    assert rebuilt[0].read_text(encoding="utf-8") == report.read_text(encoding="utf-8")


def test_rebuild_report_command_and_torn_log(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    log = tmp_path / "s.jsonl"
    log.write_text(
        '{"event": "session", "t": "x", "session": "s1", "questions": '
        '[{"index": 0, "card": "d/c", "kind": "typed", "tags": ["a"], "prompt": "P", '
        '"expected": "E"}]}\n'
        '{"event": "join", "t": "x", "player": "p1", "name": "=Ada"}\n'
        '{"event": "question", "t": "x", "question": 0}\n'
        '{"event": "answer", "t": "x", "player": "p1", "question": 0, "answer": "E", '
        '"correct": true, "response_ms": 1200, "points": 940, "score": 940}\n'
        '{"event": "reve',  # the app died mid-write
        encoding="utf-8",
    )
    assert main(["host", "--rebuild-report", str(log)]) == 0
    # Opens straight in Dutch Excel: semicolons, and a BOM so 'Oriëntatie' stays readable.
    raw = (tmp_path / "s.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfsession;time;name;")
    rows = list(csv.DictReader((tmp_path / "s.csv").open(encoding="utf-8-sig"), delimiter=";"))
    assert rows == [{
        "session": "s1", "time": "x", "name": "'=Ada", "question": "1", "question_id": "d/c",
        "tags": "a", "answer": "E", "correct": "yes", "response_ms": "1200", "points": "940",
        "score": "940", "connected": "yes",
    }]
    assert "s.csv" in capsys.readouterr().out
    # and cjtrainer class-report reads it as it is written
    from cjtrainer.teacher.report import read_classroom_csv

    (answer,) = read_classroom_csv(tmp_path / "s.csv") or []
    assert (answer.name, answer.key, answer.correct) == ("=Ada", "d/c", True)


def test_host_user_errors_exit_2_without_traceback(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["host", str(tmp_path / "nope.yaml"), "--headless"]) == 2
    assert main(["host", "geen-deck", "--headless"]) == 2
    assert main(["host", "--rebuild-report", str(tmp_path / "missing.jsonl")]) == 2
    assert main(["host", str(DECK), "--headless", "--time", "0"]) == 2
    assert main(["host", str(DECK), "--headless", "--max-per-address", "0"]) == 2
    assert main(["host", str(DECK), "--headless", "--max-sockets-per-address", "-1"]) == 2
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["host", str(DECK), "--headless", "--bind", "127.0.0.1",
                     "--port", str(port)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Fout:" in err
    assert "al in gebruik" in err and "--port" in err


def test_parse_address() -> None:
    assert parse_address("192.168.1.20") == "ws://192.168.1.20:8765"
    assert parse_address("localhost:9000") == "ws://localhost:9000"
    assert parse_address("ws://h:1") == "ws://h:1"
    assert parse_address("[::1]:5") == "ws://[::1]:5"


async def test_client_reconnects_and_resumes_by_itself(tmp_path: Path) -> None:
    from conftest import running_game

    from cjtrainer.classroom.game import Settings
    from cjtrainer.classroom.server_messages import Question, Welcome

    async with running_game(tmp_path, settings=Settings(time_s=30, auto=False)) as run:
        got: list[object] = []
        client = ClassroomClient(run.url, got.append, retry_min=0.05)
        client.start()
        await client.join("ABC234", "Ada")
        for _ in range(100):
            if client.token:
                break
            await asyncio.sleep(0.02)
        assert client.token
        run.game.start()
        # The server side drops the connection (as a flaky network would).
        conn = run.game.players["p1"].conn
        await conn.close()  # type: ignore[union-attr]
        for _ in range(100):
            welcomes = [m for m in got if isinstance(m, Welcome)]
            if len(welcomes) == 2 and run.game.players["p1"].connected:
                break
            await asyncio.sleep(0.02)
        assert welcomes[1].player == "p1"
        assert isinstance(welcomes[1].state, Question)
        assert await client.answer(0, {"choice": "a"})
        await client.stop()


@pytest.mark.slow
def test_bench_runs(tmp_path: Path) -> None:
    import subprocess

    env = dict(os.environ, PYTHONPATH=str(ROOT), CJTRAINER_DATA_DIR=str(tmp_path))
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "classroom_bench.py"), "--students", "4",
         "--questions", "2", "--think", "0.05", "--pause", "0.05"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "4 students, 2 questions, 8 answers" in out.stdout


async def test_headless_host_stopped_with_sigterm(tmp_path: Path) -> None:
    # docs/classroom.md: Ctrl-C or SIGTERM ends the quiz cleanly, report written, exit 130;
    # stopped in the lobby, before any question, it leaves no empty report behind.
    import signal

    for started in (False, True):
        report = tmp_path / f"started-{started}" / "klas.csv"
        proc = await _host(
            str(DECK), "--headless", "--port", "0", "--bind", "127.0.0.1", "--start-when", "1",
            "--time", "30", "--report", str(report),
        )
        assert proc.stdout is not None and proc.stderr is not None
        first = (await asyncio.wait_for(proc.stdout.readline(), 20)).decode().rstrip("\n")
        match = JOIN_LINE.match(first)
        assert match, first
        kept = None
        if started:
            kept = await student(f"ws://127.0.0.1:{match[1]}", "Ada", code=match[2])
            await kept.expect("question", timeout=5)
        proc.send_signal(signal.SIGTERM)
        out, err = await asyncio.wait_for(proc.communicate(), 20)
        assert proc.returncode == 130, err.decode()
        assert report.is_file() is started, out.decode()
        assert (str(report) in out.decode()) is started
        del kept
