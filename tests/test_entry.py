"""The fast entry path (k2check.entry) against the Typer app: the same output, errors and exit codes."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from k2check import cli, entry

DOCS = Path(__file__).parent / "data" / "documents"

# Command lines the entry reads itself: statements and at most one --format, anywhere.
FAST = [
    ["Vitamin K2 builds muscle"],
    ["K2 builds muscle", "Natto is rich in K2", "Vitamin K2 does not build muscle"],
    ["--format", "json", "K2 does not build muscle", "Natto is rich in K2"],
    ["-f", "jsonl", "Natto is rich in K2"],
    ["--format=line", "K2 builds muscle"],
    ["K2 builds muscle", "--format", "github"],
    ["Natto is rich in K2", "-f", "sarif"],
    ["--format", "markdown", "K2 builds muscle", "The sky is blue"],
    ["--format", "claimreview", "K2 builds muscle"],
    ["--format", "table", "The sky is blue today"],
    ["Vitamin K₂ bouwt spieren op, naïve café"],
    ["K2 builds muscle\nNatto is rich in K2"],
    ["K2* builds muscle", "[natto] is rich in K2?"],
    ["K2 builds muscle", ""],
    ["   "],
    ["--format", "nope", "K2 builds muscle"],
    ["--format", "jsn", "K2 builds muscle"],
    ["--format=", "K2 builds muscle"],
    ["caf\udce9 is rich in K2"],
    ["Natto", "K2"],
    [str(DOCS / "dentist-blog.md")],
    ["--format", "json", str(DOCS / "fitness-blog.md"), str(DOCS / "dentist-blog.md")],
    [str(DOCS / "dentist-blog.md"), "K2 builds muscle"],
    [str(DOCS)],
]

# Everything else goes to the Typer app.
FULL = [
    [],
    ["natto"],
    ["list"],
    ["eval-docs", str(DOCS)],
    ["check", "K2 builds muscle"],
    ["--version"],
    ["-h"],
    ["--all", "K2 builds muscle"],
    ["-", "K2 builds muscle"],
    ["--", "-K2 builds muscle"],
    ["--format"],
    ["--format", "json"],
    ["-f", "-x", "K2 builds muscle"],
    ["--format", "json", "--format", "table", "K2 builds muscle"],
    ["--format=json", "-f", "table", "K2 builds muscle"],
    ["-fjson", "K2 builds muscle"],
    ["K2 builds muscle", "--quiet"],
]


@pytest.mark.parametrize("args", FAST, ids=repr)
def test_fast_path_prints_what_the_app_prints(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert entry.fast_options(args) is not None
    fast_code = entry.run(args)
    fast = capsys.readouterr()
    full_code = cli.run(args)
    full = capsys.readouterr()
    assert (fast_code, fast.out, fast.err) == (full_code, full.out, full.err)
    assert fast.out or fast.err


# With text piped to stdin, a command line with nothing but perhaps a --format checks it as a document.
PIPED = [[], ["--format", "json"], ["-f", "jsonl"], ["--format=line"], ["--format", "nope"]]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("args", FULL, ids=repr)
def test_other_command_lines_go_to_the_app(args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", _Terminal())  # nothing piped: a bare command line is the app's
    assert entry.fast_options(args) is None


@pytest.mark.parametrize("args", PIPED, ids=repr)
def test_a_piped_document_takes_the_fast_path(
    args: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = (DOCS / "product-page.md").read_bytes()
    outputs = []
    for run in (entry.run, cli.run):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page), encoding="utf-8"))
        assert entry.fast_options(args) is not None
        code = run(args)
        captured = capsys.readouterr()
        outputs.append((code, captured.out, captured.err))
    assert outputs[0] == outputs[1]
    assert outputs[0][1] or outputs[0][2]


def test_a_piped_document_does_not_import_the_app(tmp_path: Path) -> None:
    code = (
        "import sys; from k2check.entry import run; code = run(sys.argv[1:]); "
        "print(sorted(m for m in ('typer', 'click') if m in sys.modules)); sys.exit(code)"
    )
    page = (DOCS / "product-page.md").read_bytes()
    for _ in range(2):  # the first run may build the cache
        proc = subprocess.run(
            [sys.executable, "-c", code, "--format", "jsonl"],
            input=page,
            capture_output=True,
            cwd=tmp_path,
            check=False,
        )
    assert proc.returncode in (0, 1), proc.stderr
    assert proc.stdout.rstrip().endswith(b"[]")


def test_completion_goes_to_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("_K2CHECK_COMPLETE", "bash_complete")
    assert entry.fast_options(["K2 builds muscle"]) is None


@pytest.mark.parametrize(
    ("args", "absent"),
    [
        (
            ["--format", "json", "K2 builds muscle"],
            ["typer", "click", "rich", "yaml", "importlib.resources", "dataclasses"],
        ),
        (["K2 builds muscle"], ["typer", "click", "yaml", "importlib.resources", "subprocess"]),
    ],
)
def test_a_statement_imports_only_what_it_uses(args: list[str], absent: list[str], tmp_path: Path) -> None:
    code = (
        "import sys; from k2check.entry import run; code = run(sys.argv[1:]); "
        f"print(sorted(m for m in {absent!r} if m in sys.modules)); sys.exit(code)"
    )
    for _ in range(2):  # the first run may build the cache (and import the loader)
        proc = subprocess.run(
            [sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=tmp_path, check=False
        )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.rstrip().endswith("[]")
