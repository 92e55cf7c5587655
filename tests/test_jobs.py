"""``--jobs``: documents checked in worker processes give the same bytes, stderr and exit code as one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from k2check import command, parallel
from k2check.cli import run

DATA = Path(__file__).parent / "data"
FORMATS = ["json", "jsonl", "sarif", "table", "github", "line", "markdown", "claimreview"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Real documents with everything a file can say on stderr: bad bytes, a binary file, a directive
    naming an unknown claim, and a file that ignores itself."""
    folder = tmp_path_factory.mktemp("jobs")
    names: list[str] = []
    for source in sorted((DATA / "documents").glob("*.md"))[:5] + sorted((DATA / "docs").glob("*.*"))[:3]:
        target = folder / f"{len(names):02d}-{source.name}"
        shutil.copy(source, target)
        names.append(str(target))
    bad = folder / "bad-bytes.md"
    bad.write_bytes(b"Vitamin K2 builds muscle.\n\nNatto is rich in K2 \xff\xfe and cheese.\n")
    binary = folder / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02K2 builds muscle\x00" * 200)
    unknown = folder / "unknown-id.md"
    unknown.write_text(
        "<!-- k2check: ignore k2-builds-musle quoting -->\nVitamin K2 builds muscle.\n", encoding="utf-8"
    )
    whole = folder / "ignore-file.md"
    whole.write_text(
        "<!-- k2check: ignore-file k2-builds-muscle about the myth -->\nK2 builds muscle.\n", encoding="utf-8"
    )
    return [*names[:3], str(bad), *names[3:6], str(binary), str(unknown), *names[6:], str(whole)]


@pytest.fixture(autouse=True)
def one_file_a_task(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each file its own task, so that files finish out of order; one test keeps the batches."""
    monkeypatch.setattr(command, "BATCH_FILES", 1)


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = run(args)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_the_same_with_workers(
    fmt: str, corpus: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    one = _run(["--jobs", "1", "--format", fmt, *corpus], capsys)
    assert one[0] == 1 and one[1] and "warning:" in one[2] and "bad-bytes.md:" in one[2]
    for jobs in ("2", "3"):
        assert _run(["--jobs", jobs, "--format", fmt, *corpus], capsys) == one


@pytest.mark.parametrize(
    "extra",
    [
        ["--all", "--statistics"],
        ["--fail-on", "none", "--format", "line"],
        ["--fail-on", "unproven,mixed", "--format", "jsonl", "--quiet"],
        ["--files", "--format", "github"],
        ["--explain", "--format", "json"],
    ],
)
def test_options_and_summaries_are_the_same_with_workers(
    extra: list[str], corpus: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    one = _run(["--jobs", "1", *extra, *corpus], capsys)
    assert _run(["-j", "2", *extra, *corpus], capsys) == one


def test_a_missing_file_stops_the_run_at_its_turn(
    corpus: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    files = [*corpus[:4], str(Path(corpus[0]).with_name("missing.md")), *corpus[4:]]
    args = ["--format", "jsonl", *(x for f in files for x in ("--file", f))]
    one = _run(["--jobs", "1", *args], capsys)
    assert one[0] == 2 and "missing.md: no such file" in one[2] and one[1]
    assert _run(["--jobs", "2", *args], capsys) == one


def test_spawned_workers_load_the_database_themselves(
    corpus: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    one = _run(["--jobs", "1", "--format", "jsonl", *corpus[:4]], capsys)
    monkeypatch.setattr(parallel, "start_method", lambda: "spawn")
    assert _run(["--jobs", "2", "--format", "jsonl", *corpus[:4]], capsys) == one


def test_jobs_must_not_be_negative(capsys: pytest.CaptureFixture[str], corpus: list[str]) -> None:
    code, out, err = _run(["--jobs", "-1", corpus[0]], capsys)
    assert (code, out) == (2, "")
    assert "--jobs: give a number of processes, or 0 for one per core; got -1" in err


def test_ordered_keeps_input_order_and_a_bounded_window() -> None:
    assert list(parallel.ordered(abs, range(-20, 0), 2)) == [abs(n) for n in range(-20, 0)]
    assert parallel.usable_cores() >= 1


def test_workers_are_used_for_several_files_only(
    corpus: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = parallel.ordered

    def spy(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        calls.append(int(args[2]))  # type: ignore[call-overload]
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(parallel, "ordered", spy)
    _run(["--jobs", "4", "--format", "line", *corpus[:3]], capsys)
    assert calls == [3]  # never more workers than files
    _run(["--jobs", "4", "--format", "line", corpus[0]], capsys)
    _run(["--jobs", "1", "--format", "line", *corpus[:3]], capsys)
    assert calls == [3]


def test_jobs_from_the_configuration(
    corpus: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    settings = tmp_path / ".k2check.toml"
    settings.write_text("jobs = 1\n", encoding="utf-8")
    calls: list[object] = []
    real = parallel.ordered
    monkeypatch.setattr(parallel, "ordered", lambda *a, **k: calls.append(a) or real(*a, **k))
    _run(["--config", str(settings), "--format", "line", *corpus[:3]], capsys)
    assert calls == []
    _run(["--config", str(settings), "--jobs", "2", "--format", "line", *corpus[:3]], capsys)
    assert len(calls) == 1  # the command line wins over the file


def test_small_files_go_in_batches_with_the_same_output(
    corpus: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(command, "BATCH_FILES", 3)
    assert [len(b) for b in command._batches(corpus)] == [3, 3, 3, 2]
    one = _run(["--jobs", "1", "--format", "jsonl", *corpus], capsys)
    assert _run(["--jobs", "2", "--format", "jsonl", *corpus], capsys) == one


def test_one_batch_of_small_files_stays_in_the_process(
    corpus: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(command, "BATCH_FILES", 32)
    calls: list[object] = []
    real = parallel.ordered
    monkeypatch.setattr(parallel, "ordered", lambda *a, **k: calls.append(a) or real(*a, **k))
    one = _run(["--jobs", "1", "--format", "line", *corpus[:3]], capsys)
    assert _run(["--jobs", "2", "--format", "line", *corpus[:3]], capsys) == one
    assert calls == []
