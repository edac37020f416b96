"""The settings file: one reader that never crashes and says what it corrected, one writer
that never overwrites a file it could not read. Real files; the CLI run in-process."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cjtrainer import cli, config
from cjtrainer.errors import CjError
from cjtrainer.i18n import render
from cjtrainer.learn.scheduling import SchedulerSettings
from tests.unit.support import DATA, finished_session

BROKEN = 'content = ["S:\\Retail"]\ntheme = "nord"\nnew_per_day = 7\n'  # \R: bad TOML escape


def write_config(text: str) -> Path:
    path = config.config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_exercise_export_with_an_unreadable_config_keeps_the_file_byte_for_byte(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    finished_session(Path(os.environ["CJTRAINER_DATA_DIR"]))
    path = write_config(BROKEN)
    before = path.read_bytes()
    assert cli.main(["--content", str(DATA), "exercise", "export", "fietsenwinkel",
                     "-o", str(tmp_path), "--name", "Sam"]) == 0
    assert path.read_bytes() == before
    assert len(list(tmp_path.glob("*.md"))) == 1  # the export itself went on
    assert "niet overschreven" in capsys.readouterr().err
    assert sorted(p.name for p in path.parent.iterdir()) == ["config.toml"]  # no .tmp left


def test_save_refuses_to_overwrite_an_unreadable_file_and_keeps_it() -> None:
    for text in (BROKEN, "\xff\xfe not utf-8"):
        path = config.config_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("latin-1") if "\xff" in text else text.encode())
        before = path.read_bytes()
        settings = config.load()
        assert settings.unreadable and settings.content == ()
        with pytest.raises(config.ConfigError) as caught:
            config.save(settings)
        assert "niet overschreven" in caught.value.message
        assert path.read_bytes() == before


def test_a_windows_path_gets_a_dutch_problem_with_the_quotes_hint() -> None:
    write_config(BROKEN)
    [problem] = map(render, config.load().problems)
    assert "regel 1, kolom" in problem and "de standaardinstellingen worden gebruikt" in problem
    assert "enkele aanhalingstekens" in problem and "S:/Retail" in problem


@pytest.mark.parametrize(("text", "expected", "words"), [
    ("desired_retention = 95", 0.95, "gelezen als 0.95"),
    ("desired_retention = 5.0", 0.70, "buiten het toegestane bereik"),
    ("desired_retention = 0.5", 0.70, "buiten het toegestane bereik"),
    ("desired_retention = nan", 0.9, "geen getal"),
    ("desired_retention = 1.0", 0.97, "buiten het toegestane bereik"),
    ("desired_retention = \"hoog\"", 0.9, "geen getal"),
])
def test_a_retention_out_of_range_is_clamped_with_a_notice_and_the_scheduler_accepts_it(
    text: str, expected: float, words: str
) -> None:
    write_config(text + "\n")
    settings = config.load()
    assert settings.desired_retention == pytest.approx(expected)
    assert any(words in render(p) for p in settings.problems), settings.problems
    SchedulerSettings.from_settings(settings)  # no ValueError: the app keeps running


def test_limits_wrong_types_and_a_string_for_content_are_corrected_with_notices() -> None:
    write_config('new_per_day = -3\nreviews_per_day = 1e9\ncontent = "lessen"\n'
                 'theme = 3\nonbekend = 1\n')
    settings = config.load()
    assert settings.new_per_day == 0 and settings.reviews_per_day == 200
    assert settings.content == ("lessen",) and settings.theme == "textual-dark"
    text = "\n".join(map(render, settings.problems))
    assert "new_per_day = -3 ligt buiten" in text and "geen heel getal" in text
    assert "geen lijst" in text and "onbekende instelling onbekend" in text
    assert not settings.unreadable
    config.save(settings)  # a readable file with corrected values may be rewritten
    assert config.load().content == ("lessen",)


def test_a_full_disk_while_saving_keeps_the_old_file_and_leaves_no_temporary_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = write_config('theme = "nord"\n')
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, fd: int, mode: str) -> None:
            self.stream = real_fdopen(fd, mode)

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self.stream.close()

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("cjtrainer.atomic.os.fdopen", FullDisk)
    with pytest.raises(config.ConfigError) as caught:
        config.save(config.Settings(theme="gruvbox"))
    assert "de schijf is vol" in caught.value.message
    assert path.read_text(encoding="utf-8") == 'theme = "nord"\n'
    assert sorted(p.name for p in path.parent.iterdir()) == ["config.toml"]


def _run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "cjtrainer", *args], capture_output=True,
                          text=True, env=env, timeout=60, check=False)


def test_decks_and_validate_show_config_problems_in_dutch_as_real_processes() -> None:
    write_config(BROKEN)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    for command in (("decks",), ("validate",)):
        result = _run(*command, env=env)
        assert "Traceback" not in result.stderr
        assert "Instellingen:" in result.stderr and "enkele aanhalingstekens" in result.stderr
        assert result.returncode in (0, 1)


def test_export_progress_name_is_not_saved_into_an_unreadable_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_config(BROKEN)
    before = path.read_bytes()
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: "Sam")
    try:
        cli.main(["export-progress", "-o", str(tmp_path) + "/"])
    except CjError:
        pass
    assert path.read_bytes() == before
