from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from k2check import __version__

ANSI = re.compile(r"\x1b\[")


def test_statement_table_shows_verdict_and_reference(cli) -> None:
    result = cli("Vitamin K2 builds muscle")
    assert result.exit_code == 0
    assert "MISLEADING" in result.stdout
    assert "k2-builds-muscle" in result.stdout
    assert "https://doi.org/10." in result.stdout
    assert not ANSI.search(result.stdout)


def test_json_contract(cli) -> None:
    result = cli("--format", "json", "Vitamin K2 builds muscle")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["k2check"] == __version__
    (first,) = doc["results"]
    assert first["statement"] == "Vitamin K2 builds muscle"
    assert first["verdict"] == "misleading"
    match = first["match"]
    assert match["id"] == "k2-builds-muscle"
    assert match["verdict"] == "misleading"
    assert match["negated"] is False
    assert 0 <= match["score"] <= 100
    assert set(match) >= {
        "id",
        "claim",
        "verdict",
        "negated",
        "score",
        "summary",
        "evidence_level",
        "references",
    }
    ref = match["references"][0]
    assert set(ref) >= {"authors", "year", "title", "journal", "doi", "pmid", "url"}


def test_json_no_match(cli) -> None:
    doc = json.loads(cli("--format", "json", "The weather is nice today").stdout)
    assert doc["results"][0]["match"] is None
    assert doc["results"][0]["verdict"] == "no-match"


def test_three_statements_in_order(cli) -> None:
    statements = [
        "Natto is the richest food source of vitamin K2.",
        "The weather is nice today",
        "K2 builds muscle",
    ]
    doc = json.loads(cli("--format", "json", *statements).stdout)
    assert [r["statement"] for r in doc["results"]] == statements
    assert [r["verdict"] for r in doc["results"]] == ["true", "no-match", "misleading"]


def test_negated_statement_follows_the_table(cli) -> None:
    doc = json.loads(cli("--format", "json", "Vitamin K2 does not build muscle").stdout)
    result = doc["results"][0]
    assert result["match"]["id"] == "k2-builds-muscle"
    assert result["match"]["negated"] is True
    assert result["match"]["verdict"] == "misleading"
    assert result["verdict"] == "mostly-true"


def test_double_dash_allows_leading_dash(cli) -> None:
    result = cli("--format", "json", "--", "-K2 builds muscle")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["results"][0]["statement"] == "-K2 builds muscle"


def test_version(cli) -> None:
    result = cli("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"k2check {__version__}"


def test_help_has_examples_and_exit_codes(cli) -> None:
    result = cli("check", "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert "Exit codes:" in result.stdout


def test_list_and_filters(cli, loaded) -> None:
    result = cli("list")
    assert result.exit_code == 0
    for claim in loaded.db.claims:
        assert claim.id in result.stdout
    records = json.loads(cli("list", "--format", "json", "--verdict", "false").stdout)
    assert records and all(r["verdict"] == "false" for r in records)
    topics = json.loads(cli("list", "--format", "json", "--topic", "bone").stdout)
    assert topics and all(r["topic"] == "bone" for r in topics)


def test_show_has_references_with_dois(cli, loaded) -> None:
    result = cli("show", "k2-builds-muscle")
    assert result.exit_code == 0
    claim = loaded.db.get("k2-builds-muscle")
    for ref in claim.references:
        if ref.doi:
            assert (
                ref.doi in result.stdout.replace("\n", "").replace("│", "").replace(" ", "")
                or ref.doi in result.stdout
            )


def test_show_unknown_id_suggests(cli) -> None:
    result = cli("show", "k2-build-muscle")
    assert result.exit_code == 2
    assert "k2-builds-muscle" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "yaml", "K2 builds muscle"], "unknown format"),
        (["--fail-on", "bogus", "K2 builds muscle"], "unknown verdict"),
        (["   "], "empty"),
        (["list", "--verdict", "nope"], "unknown verdict"),
    ],
)
def test_usage_errors_are_one_line(cli, args: list[str], message: str) -> None:
    result = cli(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_no_color_and_not_a_tty_means_no_escape_codes(cli) -> None:
    result = cli("K2 builds muscle", env={"NO_COLOR": "1"})
    assert not ANSI.search(result.stdout)


def test_installed_script_runs_as_subprocess(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("k2check")
    proc = subprocess.run(
        [str(exe), "--format", "json", "Vitamin K2 builds muscle"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["results"][0]["verdict"] == "misleading"


def test_module_entry_point(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "k2check", "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert proc.returncode == 0
    assert __version__ in proc.stdout


def test_closed_pipe_is_quiet(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("k2check")
    text = "Vitamin K2 builds muscle. Natto is rich in K2.\n" * 3000
    proc = subprocess.run(
        f"'{exe}' --format jsonl | head -1",
        shell=True,
        input=text,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert proc.stdout.count("\n") == 1
    assert proc.stderr == ""


@pytest.mark.parametrize("args", [["list"], ["--file", "{doc}"]])
def test_table_output_into_head_exits_0(tmp_path: Path, args: list[str]) -> None:
    exe = Path(sys.executable).with_name("k2check")
    doc = tmp_path / "doc.txt"
    doc.write_text("Vitamin K2 builds muscle. Natto is rich in K2.\n\n" * 3000, encoding="utf-8")
    command = " ".join([f"'{exe}'", *(a.format(doc=doc) for a in args)])
    proc = subprocess.run(
        ["bash", "-c", f"set -o pipefail; {command} | head -1"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""


RELATED_CLAIMS = """\
claims:
  - id: creatine-strength
    topic: muscle
    claim: Creatine increases strength.
    verdict: 'true'
    evidence_level: rct
    reviewed: 2026-11-21
    summary: A short reason.
    nuance: What is true and what is not.
    subject: [creatine]
    keywords: [[strength]]
    phrasings: [creatine makes you strong]
    related: [creatine-kidneys]
    references: [{authors: Doe J, year: 2020, title: A study, journal: A journal, pmid: '1'}]
  - id: creatine-kidneys
    topic: safety
    claim: Creatine harms the kidneys.
    verdict: 'false'
    evidence_level: rct
    reviewed: 2026-11-21
    summary: A short reason.
    nuance: What is true and what is not.
    subject: [creatine]
    keywords: [[kidneys]]
    phrasings: [creatine wrecks your kidneys]
    references: [{authors: Doe J, year: 2020, title: A study, journal: A journal, pmid: '1'}]
"""


def test_show_lists_related_claims(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mine.yaml"
    path.write_text(RELATED_CLAIMS, encoding="utf-8")
    shown = cli("show", "creatine-strength", "--claims", str(path), "--no-bundled")
    assert shown.exit_code == 0
    row = next(line for line in shown.stdout.splitlines() if "Related" in line)
    assert "creatine-kidneys" in row and "FALSE" in row and "Creatine harms the kidneys." in row
    alone = cli("show", "creatine-kidneys", "--claims", str(path), "--no-bundled")
    assert "Related" not in alone.stdout


def test_json_of_list_and_show_carries_related(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mine.yaml"
    path.write_text(RELATED_CLAIMS, encoding="utf-8")
    shown = json.loads(
        cli("show", "creatine-strength", "-f", "json", "--claims", str(path), "--no-bundled").stdout
    )
    assert shown["claim"]["related"] == ["creatine-kidneys"]
    listed = json.loads(cli("list", "--format", "json", "--claims", str(path), "--no-bundled").stdout)
    assert [r["related"] for r in listed] == [["creatine-kidneys"], []]


def test_bundled_related_claims_are_shown(cli, loaded) -> None:  # type: ignore[no-untyped-def]
    claim = loaded.db.get("k2-builds-muscle")
    assert claim.related
    shown = cli("show", "k2-builds-muscle").stdout
    for other in claim.related:
        assert other in shown
