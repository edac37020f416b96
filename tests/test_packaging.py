"""The wheel carries the bundled content: installed outside the repository, it still finds it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.skipif(shutil.which("git") is None and not (ROOT / "content").is_dir(),
                    reason="needs the repository")
@pytest.mark.slow
def test_wheel_installs_and_lists_bundled_decks(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir",
                    str(dist), str(ROOT)], check=True, capture_output=True, timeout=300)
    wheel = next(dist.glob("cjtrainer-*.whl"))

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    target = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True).stdout.strip())
    # Install the wheel itself; borrow its dependencies from the test environment (appended
    # after the venv's own site-packages, so the installed cjtrainer wins over the checkout).
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--no-index", "--target", str(target), str(wheel)], check=True)
    (target / "zz_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")

    outside = tmp_path / "elders"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "CJTRAINER_CONTENT")}
    where = subprocess.run([str(python), "-c", "import cjtrainer; print(cjtrainer.__file__)"],
                           capture_output=True, text=True, cwd=outside, env=env, check=True)
    assert where.stdout.strip().startswith(str(target))
    result = subprocess.run([str(python), "-m", "cjtrainer", "decks", "--format", "json"],
                            capture_output=True, text=True, cwd=outside, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    bundled = sorted(p.stem for p in (ROOT / "content").glob("*.yaml"))
    listed = sorted(Path(d["path"]).stem for d in data["decks"])
    assert bundled and listed == bundled
    assert all(d["path"].startswith(str(target)) for d in data["decks"])
