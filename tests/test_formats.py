"""The machine and paste-in output formats: jsonl, line, github, sarif, markdown, claimreview."""

from __future__ import annotations

import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from k2check import __version__
from k2check.check import Checker, FileSummary, Result, Source
from k2check.claims import Claim, KeywordGroup, Reference
from k2check.index import build_index
from k2check.loader import load_bytes
from k2check.matcher import Explanation, Match
from k2check.render import FORMATS, renderer
from k2check.render.claimreview import BEST_RATING, RATING, WORST_RATING
from k2check.render.common import Output, RenderOptions
from k2check.render.github import escape_data, escape_property
from k2check.report import Report
from k2check.verdicts import CLAIM_VERDICTS

TESTS = Path(__file__).parent
GOLDEN = TESTS / "golden"
SARIF_SCHEMA = json.loads((TESTS / "data" / "sarif-2.1.0.schema.json").read_text(encoding="utf-8"))
NEW_FORMATS = ("jsonl", "line", "github", "sarif", "markdown", "claimreview")
UPDATE = bool(os.environ.get("K2CHECK_UPDATE_GOLDEN"))


def _claim(claim_id: str, verdict: str, text: str, summary: str, *refs: Reference) -> Claim:
    return Claim(
        id=claim_id,
        topic="muscle" if "muscle" in claim_id or "exercise" in claim_id else "food",
        claim=text,
        verdict=verdict,
        evidence_level="rct",
        reviewed="2026-11-21",
        summary=summary,
        nuance=f"Nuance of {claim_id}.",
        subject=("k2",),
        keywords=(KeywordGroup(("muscle",)),),
        phrasings=(),
        references=refs,
    )


MUSCLE = _claim(
    "k2-builds-muscle",
    "misleading",
    "Vitamin K2 builds muscle.",
    "No human trial shows vitamin K2 adding muscle mass.",
    Reference(
        "Alonso N, Meinitzer A",
        2022,
        "Role of Vitamin K in Bone and Muscle",
        "Calcif Tissue Int",
        doi="10.1007/s00223-022-00955-3",
    ),
)
EXERCISE = _claim(
    "k2-replaces-exercise",
    "false",
    "Vitamin K2 can replace resistance training for building muscle.",
    "Resistance training, not K2, drives muscle growth.",
    Reference(
        "Morton RW, Murphy KT",
        2018,
        "Protein supplementation and training",
        "Br J Sports Med",
        url="https://example.org/a|b (c)",
    ),
    Reference("Jäger R", 2017, "Protein and exercise", "JISSN", pmid="28642676"),
)
NATTO = _claim(
    "natto-rich-in-k2",
    "true",
    "Natto is rich in vitamin K2.",
    "Natto is the richest common food source of MK-7.",
    Reference(
        "Schurgers LJ, Vermeer C",
        2000,
        "Determination of phylloquinone and menaquinones",
        "Haemostasis",
        pmid="11356998",
    ),
)
UNREFERENCED = _claim("k2-unlinked", "unproven", "An unlinked claim.", "Too little evidence.")


def _match(claim: Claim, verdict: str | None = None, negated: bool = False, score: int = 80) -> Match:
    explanation = Explanation("", (), (), (), "", None, 50)
    return Match(claim, negated, score, verdict or claim.verdict, explanation)


def document_results() -> list[Result]:
    post = "docs/post.md"
    return [
        Result("Vitamin K2 builds muscle | fast.", "misleading", _match(MUSCLE), source=Source(post, 3, 5)),
        Result(
            "K2 can replace the gym,\nhonestly: 100% true.",
            "false",
            _match(EXERCISE),
            source=Source(post, 7, 1),
        ),
        Result("Natto tastes odd.", "no-match", None, source=Source(post, 9, 1)),
        Result(
            "K2 replaces workouts, they say.",
            "false",
            _match(EXERCISE),
            source=Source(post, 12, 3),
            suppressed="quoted myth",
        ),
        Result("Natto is not rich in K2.", "false", _match(NATTO, "false", True), source=Source(post, 14, 1)),
        Result("An unlinked one.", "unproven", _match(UNREFERENCED), source=Source("notes/a b,c:d.md", 2, 4)),
        Result("Natto is rich in K2.", "true", _match(NATTO), source=Source("-", 1, 1)),
    ]


def statement_results() -> list[Result]:
    return [
        Result("K2 builds muscle and natto has K2", "misleading", _match(MUSCLE), (_match(NATTO),)),
        Result("Is the moon made of cheese?", "no-match", None),
    ]


def summaries() -> list[FileSummary]:
    post = FileSummary("docs/post.md", sentences=20, claims=4)
    post.verdicts.update({"misleading": 1, "false": 2})
    other = FileSummary("notes/a b,c:d.md", sentences=3, claims=1)
    stdin = FileSummary("-", sentences=1, claims=1)
    return [post, other, stdin]


ROOT = Path("/repo")
# The findings the tests annotate: the default two, plus unproven at its default level (note).
WIDE = RenderOptions(findings=frozenset({"false", "misleading", "unproven"}), root=Path.cwd())


def run(
    fmt: str,
    results: Iterable[Result],
    documents: bool = True,
    explain: bool = False,
    options: RenderOptions | None = None,
) -> str:
    stream = io.StringIO()
    report = Report(
        iter(results), documents=documents, summaries=summaries() if documents else [], explain=explain
    )
    renderer(fmt)(report, Output(stream, options=options))
    return stream.getvalue()


def _golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing {path}; run with K2CHECK_UPDATE_GOLDEN=1 to create it"
    assert text == path.read_text(encoding="utf-8")


class _Recorder(io.StringIO):
    def __init__(self, events: list[str]) -> None:
        super().__init__()
        self.events = events

    def flush(self) -> None:
        self.events.append(f"flush:{self.getvalue().count(chr(10))}")
        super().flush()


# -- every format ------------------------------------------------------------------------------------


def test_registry_lists_every_new_format() -> None:
    for fmt in NEW_FORMATS:
        assert fmt in FORMATS
        assert callable(renderer(fmt))


@pytest.mark.parametrize("documents", [True, False])
def test_zero_results_give_valid_output(documents: bool) -> None:
    assert run("jsonl", [], documents) == ""
    assert run("line", [], documents) == ""
    assert run("github", [], documents) == ""
    sarif = json.loads(run("sarif", [], documents))
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(sarif)
    assert sarif["runs"][0]["results"] == []
    assert sarif["runs"][0]["tool"]["driver"]["rules"] == []
    assert json.loads(run("claimreview", [], documents)) == {"@context": "https://schema.org", "@graph": []}
    markdown = run("markdown", [], documents)
    assert markdown.startswith("## k2check report\n\n")
    assert "Findings: none." in markdown
    assert "|" not in markdown


@pytest.mark.parametrize("fmt", NEW_FORMATS)
def test_control_characters_never_reach_the_output(fmt: str) -> None:
    hostile = Result(
        "K2 \x1b[2J\x1b]8;;http://x\x07builds\x07 muscle\x9b\u202e",
        "misleading",
        _match(MUSCLE),
        source=Source("p\x1b.md", 1, 1),
    )
    text = run(fmt, [hostile])
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]", text)


@pytest.mark.parametrize("fmt", ["jsonl", "line", "github"])
def test_streaming_formats_flush_each_result_before_reading_the_next(fmt: str) -> None:
    events: list[str] = []

    def results() -> Iterator[Result]:
        for i, result in enumerate(document_results()[:2]):
            events.append(f"pull:{i}")
            yield result

    renderer(fmt)(Report(results(), documents=True), Output(_Recorder(events)))
    # github opens a ::group:: before the file's first annotation and closes it at the end.
    first, second = (2, 3) if fmt == "github" else (1, 2)
    assert events[:4] == ["pull:0", f"flush:{first}", "pull:1", f"flush:{second}"]


# -- jsonl -------------------------------------------------------------------------------------------


def test_jsonl_one_result_dict_per_line() -> None:
    text = run("jsonl", document_results())
    lines = text.splitlines()
    assert len(lines) == len(document_results())
    records = [json.loads(line) for line in lines]
    assert [r["verdict"] for r in records] == [
        "misleading",
        "false",
        "no-match",
        "false",
        "false",
        "unproven",
        "true",
    ]
    assert records[0]["source"] == {"path": "docs/post.md", "line": 3, "column": 5}
    assert records[1]["statement"] == "K2 can replace the gym,\nhonestly: 100% true."
    assert records[3]["suppressed"] == "quoted myth"
    known = {"statement", "verdict", "match", "other_matches", "suggestions", "source", "suppressed"}
    for record in records:
        assert {"statement", "verdict", "match"} <= set(record) <= known
    assert "explain" not in records[0]
    assert "explain" in json.loads(run("jsonl", document_results()[:1], explain=True))


def test_jsonl_golden() -> None:
    _golden("formats.jsonl", run("jsonl", document_results() + statement_results()))


# -- line --------------------------------------------------------------------------------------------


def test_line_exact_strings() -> None:
    assert run("line", document_results()).splitlines() == [
        "docs/post.md:3:5: misleading: k2-builds-muscle: Vitamin K2 builds muscle | fast.",
        "docs/post.md:7:1: false: k2-replaces-exercise: K2 can replace the gym, honestly: 100% true.",
        "docs/post.md:9:1: no-match: -: Natto tastes odd.",
        "docs/post.md:12:3: false (ignored: quoted myth): k2-replaces-exercise: "
        "K2 replaces workouts, they say.",
        "docs/post.md:14:1: false: natto-rich-in-k2: Natto is not rich in K2.",
        "notes/a b,c:d.md:2:4: unproven: k2-unlinked: An unlinked one.",
        "-:1:1: true: natto-rich-in-k2: Natto is rich in K2.",
    ]


def test_line_statements_one_line_per_claim() -> None:
    assert run("line", statement_results(), documents=False).splitlines() == [
        "<statement 1>:1:1: misleading: k2-builds-muscle: K2 builds muscle and natto has K2",
        "<statement 1>:1:1: true: natto-rich-in-k2: K2 builds muscle and natto has K2",
        "<statement 2>:1:1: no-match: -: Is the moon made of cheese?",
    ]


def test_line_keeps_one_line_per_finding_whatever_the_path() -> None:
    result = Result("K2\tbuilds\u2028muscle", "misleading", _match(MUSCLE), source=Source("a\nb.md", 1, 2))
    assert run("line", [result]) == "a b.md:1:2: misleading: k2-builds-muscle: K2 builds muscle\n"


# -- github ------------------------------------------------------------------------------------------


def test_github_escaping_rules() -> None:
    assert escape_data("100% a:b,c\r\nd") == "100%25 a:b,c%0D%0Ad"
    assert escape_property("100% a:b,c\r\nd") == "100%25 a%3Ab%2Cc%0D%0Ad"


def test_github_annotates_only_findings_by_default() -> None:
    lines = [line for line in run("github", document_results()).splitlines() if "group::" not in line]
    assert [line.split(" ", 1)[0] for line in lines] == ["::warning", "::error", "::notice", "::error"]
    assert not any("(true)" in line or "(unproven)" in line for line in lines)


def test_github_groups_annotations_per_file() -> None:
    lines = run("github", document_results(), options=WIDE).splitlines()
    assert lines[0] == "::group::k2check docs/post.md"
    assert lines.count("::endgroup::") == 2
    assert lines[-1] == "::endgroup::"


def test_github_true_claims_are_never_annotated() -> None:
    options = RenderOptions(findings=frozenset({"true", "mostly-true", "false"}))
    assert "natto" not in run("github", [document_results()[-1]], options=options)


def test_github_commands() -> None:
    lines = [
        line for line in run("github", document_results(), options=WIDE).splitlines() if "group::" not in line
    ]
    lines.append(
        run(
            "github",
            [
                Result(
                    "Natto is not rich in K2.",
                    "false",
                    _match(NATTO, "false", True),
                    source=Source("-", 1, 1),
                )
            ],
        ).splitlines()[1]
    )
    assert len(lines) == 6  # the no-match and true sentences are not annotated
    assert lines[0].startswith(
        "::warning file=docs/post.md,line=3,col=5,title=k2check%3A k2-builds-muscle (misleading)::"
    )
    assert lines[1] == (
        "::error file=docs/post.md,line=7,col=1,title=k2check%3A k2-replaces-exercise (false)::"
        "Resistance training, not K2, drives muscle growth.%0A"
        "Statement: K2 can replace the gym,%0Ahonestly: 100%25 true.%0A"
        "Reference: https://example.org/a|b (c)"
    )
    assert lines[2].startswith(
        "::notice file=docs/post.md,line=12,col=3,title=k2check%3A k2-replaces-exercise (false%2C ignored)::"
    )
    assert "Ignored here: quoted myth" in lines[2]
    assert lines[3].startswith(
        "::error file=docs/post.md,line=14,col=1,title=k2check%3A natto-rich-in-k2 (false)::"
    )
    assert "asserts the opposite of the claim" in lines[3]
    assert lines[4].startswith("::notice file=notes/a b%2Cc%3Ad.md,line=2,col=4,")
    assert "Reference" not in lines[4]
    assert lines[5].startswith(
        "::error line=1,col=1,title=k2check%3A natto-rich-in-k2 (false)::"
    )  # stdin: no file
    for line in lines:
        assert re.fullmatch(r"::(error|warning|notice) [^:]*::[^\n]*", line)


def test_github_statements_have_no_file() -> None:
    lines = run("github", statement_results(), documents=False).splitlines()
    assert lines == [
        "::warning title=k2check%3A k2-builds-muscle (misleading)::"
        "No human trial shows vitamin K2 adding muscle mass.%0A"
        "Statement: K2 builds muscle and natto has K2%0A"
        "Reference: https://doi.org/10.1007/s00223-022-00955-3",
    ]


# -- sarif -------------------------------------------------------------------------------------------

_URI = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*")


def _uris(node: Any) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in {"uri", "helpUri", "informationUri", "$schema"} and isinstance(value, str):
                yield key, value
            else:
                yield from _uris(value)
    elif isinstance(node, list):
        for item in node:
            yield from _uris(item)


def _validate_sarif(text: str) -> dict[str, Any]:
    log: dict[str, Any] = json.loads(text)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    # The validator has no URI format checker installed; check what "uri" and "uri-reference" require.
    for key, value in _uris(log):
        assert _URI.fullmatch(value), (key, value)
        if key != "uri":
            assert re.match(r"^[a-z][a-z0-9+.-]*:", value), (key, value)
    return log


def test_schema_copy_is_the_sarif_2_1_0_schema() -> None:
    jsonschema.Draft4Validator.check_schema(SARIF_SCHEMA)
    assert SARIF_SCHEMA["properties"]["version"]["enum"] == ["2.1.0"]
    assert SARIF_SCHEMA["id"].endswith("/sarif-schema-2.1.0.json")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(SARIF_SCHEMA).validate({"version": "2.1.0", "runs": [{"results": []}]})


def test_sarif_validates_and_maps_findings() -> None:
    log = _validate_sarif(run("sarif", document_results(), options=WIDE))
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    (only_run,) = log["runs"]
    driver = only_run["tool"]["driver"]
    assert driver["name"] == "k2check"
    assert driver["version"] == __version__
    rules = driver["rules"]
    assert [r["id"] for r in rules] == [
        "k2-builds-muscle",
        "k2-replaces-exercise",
        "natto-rich-in-k2",
        "k2-unlinked",
    ]
    muscle = rules[0]
    assert muscle["name"] == "K2BuildsMuscle"
    assert muscle["shortDescription"]["text"] == MUSCLE.claim
    assert muscle["fullDescription"]["text"] == MUSCLE.summary
    assert muscle["help"]["text"].startswith(MUSCLE.nuance)
    assert "Alonso et al. (2022)" in muscle["help"]["text"]
    assert "k2check: ignore k2-builds-muscle" in muscle["help"]["markdown"]
    assert muscle["helpUri"] == "https://doi.org/10.1007/s00223-022-00955-3"
    assert muscle["properties"]["verdict"] == "misleading"
    assert muscle["properties"]["precision"] == "medium"
    assert muscle["properties"]["problem.severity"] == "warning"
    assert muscle["defaultConfiguration"]["level"] == "warning"
    assert rules[1]["helpUri"] == "https://example.org/a%7Cb%20(c)"
    assert "helpUri" not in rules[3]

    results = only_run["results"]
    assert len(results) == 5  # the no-match sentence and the true claim are not results
    assert [r["level"] for r in results] == ["warning", "error", "error", "error", "note"]
    assert [r["ruleIndex"] for r in results] == [0, 1, 1, 2, 3]
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    first = results[0]["locations"][0]["physicalLocation"]
    assert first == {
        "artifactLocation": {"uri": "docs/post.md", "uriBaseId": "%SRCROOT%"},
        "region": {
            "startLine": 3,
            "startColumn": 5,
            "endLine": 3,
            "endColumn": 5 + len("Vitamin K2 builds muscle | fast."),
        },
    }
    assert only_run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": Path.cwd().resolve().as_uri() + "/"}}
    assert results[2]["suppressions"] == [{"kind": "inSource", "justification": "quoted myth"}]
    assert "suppressions" not in results[0]
    assert results[3]["properties"]["negated"] is True
    assert "opposite" in results[3]["message"]["text"]
    assert (
        results[4]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "notes/a%20b%2Cc%3Ad.md"
    )
    assert "Statement: K2 can replace the gym,\nhonestly: 100% true." in results[1]["message"]["text"]


def test_sarif_default_findings_leave_out_true_and_unproven() -> None:
    results = _validate_sarif(run("sarif", document_results()))["runs"][0]["results"]
    assert [r["properties"]["verdict"] for r in results] == ["misleading", "false", "false", "false"]


def test_sarif_levels_follow_the_severity_map() -> None:
    options = RenderOptions(severity={"false": "warning", "misleading": "note"})
    results = _validate_sarif(run("sarif", document_results(), options=options))["runs"][0]["results"]
    assert [r["level"] for r in results] == ["note", "warning", "warning", "warning"]


def test_sarif_meets_github_code_scanning_requirements() -> None:
    """GitHub's SARIF support page: per result a message, a location with a region holding start and end
    line and column, partialFingerprints; rules with help; relative URIs resolved by uriBaseId."""
    log = _validate_sarif(run("sarif", document_results(), options=WIDE))
    (only_run,) = log["runs"]
    bases = only_run["originalUriBaseIds"]
    fingerprints = set()
    for result in only_run["results"]:
        assert result["message"]["text"]
        (location,) = result["locations"]
        artifact = location["physicalLocation"]["artifactLocation"]
        assert not artifact["uri"].startswith(("./", "../", "/"))
        assert artifact["uriBaseId"] in bases
        region = location["physicalLocation"]["region"]
        assert {"startLine", "startColumn", "endLine", "endColumn"} <= set(region)
        assert (region["endLine"], region["endColumn"]) > (region["startLine"], region["startColumn"])
        fingerprints.add(result["partialFingerprints"]["k2check/v1"])
        assert result["level"] in {"error", "warning", "note"}
    assert len(fingerprints) == len(only_run["results"])
    for rule in only_run["tool"]["driver"]["rules"]:
        assert rule["help"]["text"] and rule["help"]["markdown"]
        assert len(rule["shortDescription"]["text"]) <= 1024
    assert bases["%SRCROOT%"]["uri"].endswith("/")


def test_sarif_fingerprints_survive_moved_lines() -> None:
    result = document_results()[0]
    moved = result._replace(source=result.source._replace(line=30))  # type: ignore[union-attr]
    fingerprint = [
        json.loads(run("sarif", [r]))["runs"][0]["results"][0]["partialFingerprints"] for r in (result, moved)
    ]
    assert fingerprint[0] == fingerprint[1]


def test_sarif_uris_are_relative_to_the_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "docs" / "sub").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "docs" / "sub")
    options = RenderOptions(root=tmp_path)
    for name in ("x.md", "./x.md", "../sub/x.md", str(tmp_path / "docs/sub/x.md")):
        result = Result("Vitamin K2 builds muscle.", "misleading", _match(MUSCLE), source=Source(name, 1, 1))
        location = json.loads(run("sarif", [result], options=options))["runs"][0]["results"][0]["locations"][
            0
        ]
        assert location["physicalLocation"]["artifactLocation"] == {
            "uri": "docs/sub/x.md",
            "uriBaseId": "%SRCROOT%",
        }


def test_sarif_statements_have_no_location() -> None:
    log = _validate_sarif(run("sarif", statement_results(), documents=False))
    results = log["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["k2-builds-muscle"]
    assert all("locations" not in r for r in results)


def test_sarif_paths_outside_the_root_are_file_uris(tmp_path: Path) -> None:
    path = tmp_path / "my post.md"
    result = Result("Vitamin K2 builds muscle.", "misleading", _match(MUSCLE), source=Source(str(path), 1, 1))
    log = _validate_sarif(run("sarif", [result], options=RenderOptions(root=ROOT)))
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == path.as_uri()
    assert uri.startswith("file://") and " " not in uri


def test_sarif_golden() -> None:
    text = run("sarif", document_results() + statement_results(), options=WIDE)
    log = _validate_sarif(text)
    assert log["version"] == "2.1.0" != __version__
    for key in ("version", "semanticVersion"):
        assert f'"{key}": "{__version__}"' in text
        text = text.replace(f'"{key}": "{__version__}"', f'"{key}": "VERSION"')
    text = text.replace(Path.cwd().resolve().as_uri(), "file:///ROOT")
    _golden("formats.sarif", text)


# -- markdown ----------------------------------------------------------------------------------------


def _table_cells(row: str) -> list[str]:
    assert row.startswith("| ") and row.endswith(" |")
    return re.split(r"(?<!\\) \| ", row[2:-2])


def test_markdown_report() -> None:
    text = run("markdown", document_results())
    lines = text.split("\n")
    assert lines[:2] == ["## k2check report", ""]
    assert lines[2] == (
        "Checked 3 files, 24 sentences. "
        "Findings: 1 true, 1 unproven, 1 misleading, 2 false, 1 no-match, 1 ignored."
    )
    assert lines[3:6] == ["", "| Location | Verdict | Claim | Sentence |", "| --- | --- | --- | --- |"]
    rows = lines[6:-1]
    assert lines[-1] == ""
    assert len(rows) == 7
    for row in rows:
        assert len(_table_cells(row)) == 4
    assert _table_cells(rows[0]) == [
        "docs/post.md:3:5",
        "misleading",
        "**k2-builds-muscle**: No human trial shows vitamin K2 adding muscle mass. "
        "([Alonso et al. (2022)](<https://doi.org/10.1007/s00223-022-00955-3>))",
        "Vitamin K2 builds muscle \\| fast.",
    ]
    assert _table_cells(rows[1])[3] == "K2 can replace the gym,<br>honestly: 100% true."
    assert "(<https://example.org/a%7Cb%20(c)>)" in rows[1]
    assert _table_cells(rows[2])[1:3] == ["no-match", "-"]
    assert _table_cells(rows[3])[1] == "false (ignored: quoted myth)"
    assert "asserts the opposite" in rows[4]
    assert _table_cells(rows[5])[2] == "**k2-unlinked**: Too little evidence."
    assert _table_cells(rows[6])[:2] == ["stdin:1:1", "true"]


def test_markdown_escapes_markup_in_cells() -> None:
    result = Result(
        "K2 <b>builds</b> *muscle* [x](http://evil) `code` | ok\\",
        "misleading",
        _match(MUSCLE),
        source=Source("a|b.md", 1, 1),
    )
    row = run("markdown", [result]).splitlines()[-1]
    cells = _table_cells(row)
    assert cells[0] == "a\\|b.md:1:1"
    assert (
        cells[3] == "K2 \\<b\\>builds\\</b\\> \\*muscle\\* \\[x\\](http<!-- -->://evil) \\`code\\` \\| ok\\\\"
    )


def test_markdown_statements() -> None:
    text = run("markdown", statement_results(), documents=False)
    assert "Findings: 1 true, 1 misleading, 1 no-match." in text
    assert "Checked" not in text
    assert "| statement 1 | misleading |" in text
    assert "| statement 1 | true |" in text
    assert "| statement 2 | no-match | - |" in text


# -- claimreview -------------------------------------------------------------------------------------


def test_rating_scale_is_published_and_complete() -> None:
    assert set(RATING) == set(CLAIM_VERDICTS)
    assert sorted(RATING.values()) == list(range(WORST_RATING, BEST_RATING + 1))
    assert RATING["true"] == BEST_RATING and RATING["false"] == WORST_RATING
    assert (
        RATING["true"]
        > RATING["mostly-true"]
        > RATING["mixed"]
        > RATING["unproven"]
        > RATING["misleading"]
        > RATING["false"]
    )


def test_claimreview_json_ld() -> None:
    doc = json.loads(run("claimreview", document_results()))
    assert doc["@context"] == "https://schema.org"
    graph = doc["@graph"]
    assert len(graph) == 5  # no-match and the ignored finding are not reviews
    for review in graph:
        assert review["@type"] == "ClaimReview"
        assert {"claimReviewed", "reviewRating", "itemReviewed", "author", "datePublished"} <= set(review)
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating"
        assert (rating["bestRating"], rating["worstRating"]) == (6, 1)
        assert WORST_RATING <= rating["ratingValue"] <= BEST_RATING
        assert rating["alternateName"]
        assert review["author"] == {"@type": "Organization", "name": "k2check"}
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", review["datePublished"])
        assert review["itemReviewed"]["@type"] == "Claim"
        assert "author" not in review["itemReviewed"]  # who made the claim is not known: nothing invented
        assert "datePublished" not in review["itemReviewed"]
        assert "url" not in review  # only with --review-url
        assert '"None"' not in json.dumps(review)
        assert review["itemReviewed"]["appearance"]["text"] == review["claimReviewed"]
    first = graph[0]
    assert first["claimReviewed"] == "Vitamin K2 builds muscle | fast."
    assert first["identifier"] == "k2-builds-muscle"
    assert first["reviewRating"]["ratingValue"] == 2
    assert first["reviewRating"]["alternateName"] == "Misleading"
    assert first["itemReviewed"]["appearance"] == {
        "@type": "CreativeWork",
        "text": "Vitamin K2 builds muscle | fast.",
        "name": "docs/post.md",
    }
    assert first["datePublished"] == "2026-11-21"
    assert first["citation"][0]["url"] == "https://doi.org/10.1007/s00223-022-00955-3"
    assert first["citation"][0]["@type"] == "ScholarlyArticle"
    negated = graph[2]
    assert negated["claimReviewed"] == "Natto is not rich in K2."
    assert negated["reviewRating"]["ratingValue"] == 1  # the statement's verdict, not the claim's
    assert "opposite" in negated["reviewBody"]
    assert graph[3]["citation"] == []
    assert "name" not in graph[4]["itemReviewed"]["appearance"]  # stdin


def test_claimreview_url_publisher_and_undated_web_references() -> None:
    web = _claim(
        "k2-web",
        "false",
        "A web claim.",
        "Why it is false.",
        Reference("NIH ODS", None, "Vitamin K fact sheet", "NIH", url="https://ods.od.nih.gov/x"),
    )
    options = RenderOptions(
        review_url="https://example.org/check", publisher="Acme", publisher_url="https://a.org"
    )
    one = json.loads(run("claimreview", [Result("A web claim.", "false", _match(web))], options=options))
    (review,) = one["@graph"]
    assert review["url"] == "https://example.org/check"
    assert review["author"] == {"@type": "Organization", "name": "Acme", "url": "https://a.org"}
    assert review["reviewRating"]["ratingExplanation"] == "Why it is false."
    (citation,) = review["citation"]
    assert citation["@type"] == "WebPage"
    assert "datePublished" not in citation
    many = json.loads(run("claimreview", document_results(), options=options))["@graph"]
    assert [r["url"] for r in many][:2] == [
        "https://example.org/check#k2check-1",
        "https://example.org/check#k2check-2",
    ]


def test_claimreview_statements_one_review_per_claim() -> None:
    graph = json.loads(run("claimreview", statement_results(), documents=False))["@graph"]
    assert [(r["identifier"], r["reviewRating"]["ratingValue"]) for r in graph] == [
        ("k2-builds-muscle", 2),
        ("natto-rich-in-k2", 6),
    ]
    assert all(set(r["itemReviewed"]["appearance"]) == {"@type", "text"} for r in graph)


# -- through the real checker ------------------------------------------------------------------------

CLAIMS_YAML = b"""\
schema_version: 1
vocabulary:
  synonyms:
    k2: [vitamin k2, k2, menaquinone]
claims:
  - id: k2-builds-muscle
    topic: muscle
    claim: Vitamin K2 builds muscle.
    verdict: misleading
    evidence_level: rct
    reviewed: 2026-11-21
    summary: No human trial shows vitamin K2 adding muscle mass.
    nuance: Cell studies only.
    subject: [k2]
    keywords:
      - [muscle, muscles]
      - [build, builds, grow, grows]
    phrasings:
      - does vitamin k2 build muscle
    references:
      - authors: Alonso N, Meinitzer A
        year: 2022
        title: Role of Vitamin K in Bone and Muscle Metabolism
        journal: Calcified Tissue International
        doi: 10.1007/s00223-022-00955-3
"""


@pytest.mark.parametrize("fmt", NEW_FORMATS)
def test_formats_render_checker_output(fmt: str) -> None:
    db = load_bytes(CLAIMS_YAML, "tiny.yaml")
    checker = Checker(db, build_index(db))
    summary = FileSummary("post.md")
    lines = ["# Gains\n", "\n", "Vitamin K2 builds muscle | fast, they say.\n", "Natto is sticky.\n"]
    results = list(checker.check_document(lines, "post.md", report_all=True, summary=summary))
    assert [r.verdict for r in results] == ["no-match", "misleading", "no-match"]
    stream = io.StringIO()
    renderer(fmt)(Report(iter(results), documents=True, summaries=[summary]), Output(stream))
    text = stream.getvalue()
    assert text.endswith("\n")
    if fmt == "sarif":
        log = _validate_sarif(text)
        assert [r["ruleId"] for r in log["runs"][0]["results"]] == ["k2-builds-muscle"]
    elif fmt in {"jsonl", "claimreview"}:
        assert all(json.loads(line) for line in text.splitlines()) if fmt == "jsonl" else json.loads(text)
    else:
        assert "k2-builds-muscle" in text


def test_links_are_percent_encoded_as_urllib_would() -> None:
    """``uri`` is ``urllib.parse.quote`` with the marks of RFC 3986 kept, written out so that a single
    statement does not import urllib; the two agree on every kind of character."""
    import random
    from urllib.parse import quote

    from k2check.render.common import uri

    rng = random.Random(3)
    alphabet = [chr(i) for i in range(0x250)] + ["\u2028", "\u202e", "\U0001f600", "\u20ac", " ", "%"]
    for _ in range(5000):
        link = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert uri(link) == quote(link, safe=":/?#[]@!$&'()*+,;=%~"), link
