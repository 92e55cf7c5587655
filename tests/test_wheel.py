"""The built wheel carries the database and answers a real query from outside the checkout."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).parent.parent


@pytest.mark.slow
def test_wheel_installs_and_runs_outside_the_checkout(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(REPO)],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("k2check-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "k2check/data/claims.yaml" in names
    assert "k2check/claims.schema.json" in names

    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    # Dependencies come from this test environment; k2check itself only from the wheel.
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--ignore-installed", str(wheel)],
        check=True,
    )
    where = tmp_path / "elsewhere"
    where.mkdir()
    proc = subprocess.run(
        [str(env_dir / "bin" / "k2check"), "--format", "json", "Vitamin K2 builds muscle"],
        capture_output=True,
        text=True,
        cwd=where,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)["results"][0]
    assert result["match"]["id"] == "k2-builds-muscle"
    assert result["verdict"] == "misleading"
    located = subprocess.run(
        [str(python), "-c", "import k2check; print(k2check.__file__)"],
        capture_output=True,
        text=True,
        cwd=where,
        check=True,
    ).stdout
    assert str(env_dir) in located
