from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Tests must not write into the user's cache, and must see the same terminal everywhere.
os.environ["K2CHECK_CACHE_DIR"] = tempfile.mkdtemp(prefix="k2check-test-cache-")
os.environ.pop("K2CHECK_CLAIMS", None)
os.environ.pop("GITHUB_ACTIONS", None)
os.environ.pop("NO_COLOR", None)
os.environ["COLUMNS"] = "100"

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).parent.parent


@pytest.fixture(scope="session")
def loaded():  # type: ignore[no-untyped-def]
    from k2check.database import load

    return load([])


@pytest.fixture(scope="session")
def checker(loaded):  # type: ignore[no-untyped-def]
    from k2check.check import Checker

    return Checker(loaded.db, loaded.index)


@pytest.fixture
def cli() -> Iterator[object]:
    from typer.testing import CliRunner

    from k2check.cli import app

    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
        return runner.invoke(app, list(args), input=input, env=env, catch_exceptions=False)

    yield invoke
