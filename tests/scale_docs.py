"""Shared by the Spark and Dask tests: a few hundred generated documents and the command's findings."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))

import corpus

Row = tuple[str, int, int, str, bool, str, int, str, str | None]


def documents(tmp: Path, count: int = 300) -> list[tuple[str, str]]:
    """(path, text) pairs, each text also written at its path."""
    docs = []
    for doc_id, text in corpus.documents(count, seed=3):
        path = tmp / f"{doc_id}.md"
        path.write_text(text, encoding="utf-8")
        docs.append((str(path), text))
    return docs


def cli_rows(docs: list[tuple[str, str]]) -> list[Row]:
    done = subprocess.run(
        [sys.executable, "-m", "k2check", "--format", "jsonl", "--files", *(path for path, _ in docs)],
        capture_output=True, check=False, text=True, encoding="utf-8",
    )  # fmt: skip
    assert done.returncode in (0, 1), done.stderr
    rows = []
    for line in done.stdout.splitlines():
        d = json.loads(line)
        src, match = d["source"], d["match"]
        rows.append((src["path"], src["line"], src["column"], match["id"], match["negated"], d["verdict"],
                     match["score"], d["statement"], d.get("suppressed")))  # fmt: skip
    return sorted(rows)
