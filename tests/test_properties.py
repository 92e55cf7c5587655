"""Property-based tests: any statement, document or mutated claims file gives a well-formed result."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.console import Console
from typer.testing import CliRunner

from k2check.check import Checker, FileSummary, Notice, Result
from k2check.cli import run
from k2check.config import DEFAULT_FINDINGS
from k2check.database import load
from k2check.loader import DatabaseError, load_bytes
from k2check.reader import BinaryInput, decode_lines
from k2check.render import FORMATS, renderer
from k2check.render.common import Output
from k2check.report import Report

SARIF_SCHEMA = json.loads(
    (Path(__file__).parent / "data" / "sarif-2.1.0.schema.json").read_text(encoding="utf-8")
)
SARIF = jsonschema.Draft4Validator(SARIF_SCHEMA)
LOADED = load([])
CHECKER = Checker(LOADED.db, LOADED.index)
PHRASINGS = sorted({p for c in LOADED.db.claims for p in (c.claim, *c.phrasings[:2])})
TERMINAL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
JSON_FORMATS = ("json", "sarif", "claimreview")
FAST = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

NOISE = st.sampled_from(
    [
        "\x1b[31m",
        "\x1b]0;pwned\x07",
        "\x1b]8;;https://evil.example\x1b\\",
        "\x9b2J",
        "\u202e",
        "\r",
        "\x00",
        "[bold red]",
        "[/]",
        "[link=https://evil.example]",
        "::error::",
        "%0A",
        "| x |",
        "<script>",
        "\u2028",
        " not ",
        "\ufeff",
    ]
)
STATEMENT = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(PHRASINGS), NOISE, st.text(max_size=8)), max_size=6).map("".join),
)
LINE = st.one_of(
    st.text(alphabet=st.characters(blacklist_characters="\n"), max_size=120),
    st.sampled_from(PHRASINGS),
    st.sampled_from(["", "# Heading", "- item", "| a | b |", "```", "<!-- k2check: ignore x because -->"]),
    st.lists(st.one_of(st.sampled_from(PHRASINGS), NOISE), max_size=4).map(" ".join),
)
ENDING = st.sampled_from(["\n", "\r\n"])


def render_all(results: list[Result], documents: bool, summaries: list[FileSummary]) -> None:
    """Render ``results`` in every format and check that each output is well formed."""
    findings = sum(1 + len(r.other_matches) for r in results if r.match is not None)
    # github and sarif report findings only: the verdicts in the default `findings` setting.
    reported = sum(
        v in DEFAULT_FINDINGS
        for r in results
        if r.match is not None
        for v in (r.verdict, *(m.verdict for m in r.other_matches))
    )
    for fmt in FORMATS:
        stream = io.StringIO()
        console = Console(file=stream, width=100, color_system=None, markup=False, highlight=False)
        report = Report(iter(results), documents=documents, summaries=summaries)
        renderer(fmt)(report, Output(stream, console if fmt == "table" else None))
        text = stream.getvalue()
        assert not TERMINAL.search(text), (fmt, text)
        if fmt in JSON_FORMATS:
            data: Any = json.loads(text)
            if fmt == "json":
                assert len(data["results"]) == len(results)
            elif fmt == "sarif":
                assert data["version"] == "2.1.0"
                SARIF.validate(data)
                assert len(data["runs"][0]["results"]) == reported
            else:
                assert data["@context"] == "https://schema.org"
        elif fmt == "jsonl":
            lines = text.splitlines()
            assert len(lines) == len(results)
            assert all(isinstance(json.loads(line), dict) for line in lines)
        elif fmt == "github":
            annotations = [line for line in text.splitlines() if "group::" not in line]
            assert len(annotations) == reported
            assert all(line.startswith("::") for line in text.splitlines())
        elif fmt == "line":
            assert text.count("\n") == findings + sum(1 for r in results if r.match is None)


@FAST
@given(st.lists(STATEMENT.filter(str.strip), min_size=1, max_size=3))
def test_any_statements_render_in_every_format(statements: list[str]) -> None:
    results = [CHECKER.check_statement(s) for s in statements]
    assert [r.statement for r in results] == statements
    render_all(results, False, [])


@FAST
@given(st.lists(st.tuples(LINE, ENDING), max_size=12), st.booleans(), st.booleans())
def test_any_document_renders_in_every_format(
    lines: list[tuple[str, str]], bom: bool, report_all: bool
) -> None:
    text = "".join(line + ending for line, ending in lines)
    data = ("\ufeff" if bom else "").encode() + text.encode("utf-8", "surrogatepass")
    warnings: list[str] = []
    summary = FileSummary("doc.md")
    notices: list[Notice] = []
    try:
        decoded = list(decode_lines(io.BytesIO(data), warnings.append))
    except BinaryInput:
        assert "\x00" in text
        return
    results = list(CHECKER.check_document(decoded, "doc.md", report_all, notices, summary))
    for result in results:
        assert result.source is not None
        assert 1 <= result.source.line <= max(1, len(lines))
        line = lines[result.source.line - 1][0]
        start = line.removeprefix("\ufeff") if result.source.line == 1 and bom else line
        assert 1 <= result.source.column <= len(start) + 1
    render_all(results, True, [summary])


@FAST
@given(st.binary(max_size=3000))
def test_any_bytes_decode_to_lines_or_a_binary_refusal(data: bytes) -> None:
    warnings: list[str] = []
    try:
        lines = list(decode_lines(io.BytesIO(data), warnings.append))
    except BinaryInput:
        assert b"\x00" in data[:8192] or data[:2] in {b"\xff\xfe", b"\xfe\xff"}
        return
    text = "".join(lines)
    assert text.count("\n") == data.count(b"\n")
    assert len(warnings) <= 2
    assert len(text.encode()) >= len(data.removeprefix(b"\xef\xbb\xbf")) - 3 * text.count("\ufffd")
    list(CHECKER.check_document(lines, "doc.md"))


@settings(FAST, max_examples=40)
@given(
    st.lists(
        st.text(alphabet=st.characters(exclude_categories=()), min_size=1, max_size=40),
        min_size=1,
        max_size=2,
    ),
    st.sampled_from(sorted(FORMATS)),
)
def test_cli_never_raises_on_any_argument(statements: list[str], fmt: str) -> None:
    with CliRunner().isolation() as (out, err, _):
        code = run(["--format", fmt, "--", *statements])
        output, errors = out.getvalue().decode(), err.getvalue().decode()
    assert code in {0, 2}, errors
    assert "Traceback" not in errors
    if code == 2:
        assert errors.startswith("k2check: statement ") and errors.count("\n") == 1
        return
    assert not TERMINAL.search(output)
    if fmt in JSON_FORMATS:
        json.loads(output)


# -- the claims loader -------------------------------------------------------------------------------

BASE = """\
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
    keywords:
      - [strength, strong, stronger]
      - {any: [increase, build], opposite: [reduce]}
    phrasings:
      - creatine makes you strong
    references:
      - authors: Doe J
        year: 2020
        title: A study
        journal: A journal
        doi: 10.1000/xyz123
vocabulary:
  synonyms:
    creatine: [creatine monohydrate]
"""
assert load_bytes(BASE.encode(), "base.yaml").ids == ("creatine-strength",)
SNIPPETS = st.sampled_from(
    [
        "&a ",
        "*a",
        "!!python/object/apply:os.system ['true'] ",
        "!!python/name:os.system ",
        "!!binary ",
        "!!set ",
        "!!omap ",
        "!!timestamp ",
        "!local ",
        "<<: ",
        "[",
        "]",
        "{",
        "}",
        ": ",
        "- ",
        "? ",
        "\t",
        "'",
        '"',
        '"\\e[31m"',
        '"\\ud800"',
        "\\x1b",
        "%YAML 1.1\n",
        "---\n",
        "...\n",
        "#",
        "|\n",
        ">-\n",
        "0x" + "f" * 40,
        "9" * 5000,
        "1e400",
        ".nan",
        "null",
        "~",
        "true",
        "2026-13-45",
        "\x00",
        "\x85",
        "\ufeff",
        "[" * 400,
    ]
)


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    text = BASE
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["insert", "delete", "duplicate", "replace"]))
        at = draw(st.integers(0, len(text)))
        if kind == "insert":
            text = text[:at] + draw(st.one_of(SNIPPETS, st.text(max_size=5))) + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + draw(st.integers(1, 40)) :]
        elif kind == "duplicate":
            lines = text.splitlines(keepends=True)
            i = draw(st.integers(0, len(lines) - 1))
            text = "".join([*lines[: i + 1], lines[i], *lines[i + 1 :]])
        else:
            end = at + draw(st.integers(1, 10))
            text = text[:at] + draw(st.text(max_size=10)) + text[end:]
    data = text.encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=4)) + data[at:]
    return data


@settings(FAST, max_examples=100)
@given(mutated())
def test_mutated_claims_give_a_database_or_a_database_error(data: bytes) -> None:
    try:
        db = load_bytes(data, "fuzz.yaml")
    except DatabaseError as exc:
        assert exc.problems
        for problem in exc.problems:
            text = str(problem)
            assert text.startswith("fuzz.yaml")
            assert "\n" not in text.strip()
        return
    for claim in db.claims:
        assert not TERMINAL.search(claim.claim + claim.summary + claim.nuance)
