"""Documents and pipes: every claim with its position, formats for CI, and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

DOCS = Path(__file__).parent / "data" / "docs"


def jsonl(text: str) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_stdin_is_read_as_a_document(cli) -> None:  # type: ignore[no-untyped-def]
    text = (DOCS / "article.txt").read_text(encoding="utf-8")
    result = cli("--format", "jsonl", input=text)
    assert result.exit_code == 1  # a document with findings fails the check
    found = {(r["match"]["id"], r["source"]["line"], r["match"]["negated"]) for r in jsonl(result.stdout)}
    assert ("chicken-breast-organ-meat", 11, False) in found
    assert ("animal-foods-k2", 11, False) in found
    assert ("k2-builds-muscle", 6, False) in found
    assert ("k2-replaces-exercise", 12, True) in found
    assert ("k2-warfarin-interaction", 13, False) in found
    assert all(r["source"]["path"] == "-" for r in jsonl(result.stdout))
    lines = {r["source"]["line"] for r in jsonl(result.stdout)}
    assert not lines & {1, 3, 9, 15}, "headings, bylines and filler are not claims"


def test_fail_on_makes_the_run_exit_1(cli) -> None:  # type: ignore[no-untyped-def]
    text = (DOCS / "article.txt").read_text(encoding="utf-8")
    assert cli("--fail-on", "false", "--format", "jsonl", input=text).exit_code == 1
    assert cli("--fail-on", "unproven", "--format", "jsonl", input=text).exit_code == 0


def test_product_page_positions_and_no_noise(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("--file", str(DOCS / "product.md"), "--format", "jsonl")
    got = [
        (r["source"]["line"], r["source"]["column"], r["match"]["id"], r["match"]["negated"])
        for r in jsonl(result.stdout)
    ]
    assert got == [
        (14, 1, "k2-builds-muscle", False),
        (15, 1, "k2-better-absorbed-than-k1", False),
        (17, 3, "natto-richest-k2", False),
        (18, 3, "leafy-greens-k2", False),
        (19, 3, "k2-toxic-high-dose", True),
        # "Take one capsule a day with a meal that contains some fat." under "How to take it": the
        # product's own directions, read with the page's subject.
        (23, 1, "vitk-absorbed-with-fat", False),
        (33, 3, "k2-warfarin-interaction", False),
    ]


def test_suppression_is_shown_with_all(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("--file", str(DOCS / "product.md"), "--format", "jsonl", "--all")
    records = jsonl(result.stdout)
    ignored = [r for r in records if r.get("suppressed")]
    assert [(r["source"]["line"], r["match"]["id"]) for r in ignored] == [(36, "k2-builds-muscle")]
    assert "legal review pending" in ignored[0]["suppressed"]
    assert any(r["verdict"] == "no-match" for r in records)


def test_json_document_has_a_summary_per_file(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("--file", str(DOCS / "product.md"), "--file", str(DOCS / "article.txt"), "--format", "json")
    doc = json.loads(result.stdout)
    assert [s["path"] for s in doc["summary"]] == [str(DOCS / "product.md"), str(DOCS / "article.txt")]
    product = doc["summary"][0]
    assert product["claims"] == 7 and product["sentences"] > 7
    assert sum(product["verdicts"].values()) == 7


def test_table_groups_by_file_with_a_summary_line(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("--file", str(DOCS / "product.md"))
    assert "sentences read, 7 claims found" in result.stdout
    assert "leafy-greens-k2" in result.stdout


def test_github_format_is_chosen_under_actions(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("--file", str(DOCS / "product.md"), env={"GITHUB_ACTIONS": "true"})
    assert f"::error file={DOCS / 'product.md'},line=18,col=3," in result.stdout
    assert "::warning file=" in result.stdout


def test_crlf_and_bom_keep_positions(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "win.txt"
    path.write_bytes(b"\xef\xbb\xbfIntro line.\r\n\r\n  Vitamin K2 builds muscle.\r\n")
    record = jsonl(cli("--file", str(path), "--format", "jsonl").stdout)[0]
    assert (record["source"]["line"], record["source"]["column"]) == (3, 3)


def test_invalid_utf8_is_reported_and_the_rest_checked(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.txt"
    path.write_bytes(b"caf\xe9 menu.\nVitamin K2 builds muscle.\n")
    result = cli("--file", str(path), "--format", "jsonl")
    assert result.exit_code == 1  # "builds muscle" is a finding
    assert "invalid UTF-8 at byte 3" in result.stderr
    assert jsonl(result.stdout)[0]["match"]["id"] == "k2-builds-muscle"


def test_files_flag_treats_arguments_as_paths(cli) -> None:  # type: ignore[no-untyped-def]
    result = cli("--files", "--format", "line", str(DOCS / "product.md"))
    assert f"{DOCS / 'product.md'}:18:3: false: leafy-greens-k2:" in result.stdout


def test_a_short_label_line_is_its_own_unit(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "page.txt"
    path.write_text(
        "Sources of K2\nChicken breast is an organ meat.\n\n"
        "**Supports bone health**\nVitamin K2 builds muscle.\n\n"
        "Natto is rich in\nK2 and tastes odd.\n",
        encoding="utf-8",
    )
    records = jsonl(cli("--file", str(path), "--format", "jsonl").stdout)
    got = [(r["source"]["line"], r["match"]["id"]) for r in records]
    # The bold label is a benefit under a K2 title: it states the general bone claim on its own line.
    assert got == [
        (2, "chicken-breast-organ-meat"),
        (4, "vitk-important-bone-health"),
        (5, "k2-builds-muscle"),
        (7, "natto-richest-k2"),
    ]


def test_navigation_links_are_not_claims(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "nav.md"
    path.write_text(
        "[Shop all K2 supplements](https://example.com/k2) · [Read our K2 guide](https://example.com/guide)\n",
        encoding="utf-8",
    )
    assert cli("--file", str(path), "--format", "jsonl").stdout == ""
