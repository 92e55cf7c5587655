"""Inline directives: every form, and every mistake reported rather than passed over."""

from __future__ import annotations

from pathlib import Path

import pytest

from k2check.ignores import parse

EXAMPLES = [
    (
        "<!-- k2check: ignore k2-builds-muscle quoting a myth -->",
        ("ignore", ("k2-builds-muscle",), "quoting a myth"),
    ),
    ("k2check: ignore a-b, c-d two ids", ("ignore", ("a-b", "c-d"), "two ids")),
    ("K2CHECK: IGNORE * we quote every claim", ("ignore", ("*",), "we quote every claim")),
    ("<!-- k2check: disable-next-line a-b why -->", ("ignore", ("a-b",), "why")),
    ("<!-- k2check: enable -->", ("enable", (), "")),
    (
        "<!-- k2check: ignore-file a-b, c-d the page debunks them -->",
        ("ignore-file", ("a-b", "c-d"), "the page debunks them"),
    ),
    ("<!-- k2check: disable quoting the myths -->", ("disable", (), "quoting the myths")),
    ("k2check: ignroe a-b x", ("?ignroe", (), "")),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES)
def test_parse(text: str, expected: tuple[str, tuple[str, ...], str]) -> None:
    assert parse(text) == expected


DOC = """\
<!-- k2check: ignore leafy-green-k2 typo in id -->
Leafy greens like spinach are rich in vitamin K2.

<!-- k2check: ignore * quoting -->
Leafy greens like kale are rich in vitamin K2.

<!-- k2check: disable k2-builds-muscle quoting influencers -->
Vitamin K2 builds muscle.

K2 builds muscle fast.
<!-- k2check: enable -->
Vitamin K2 builds muscle.

<!-- k2check: ignore leafy-greens-k2, k2-builds-muscle two ids -->
Leafy greens build muscle and are rich in vitamin K2.
<!-- k2check: ignore natto-richest-k2 never used -->

Some text.
<!-- k2check: ignroe x -->
<!-- k2check: ignore leafy-greens-k2 -->
Leafy greens like chard are rich in vitamin K2.
"""


BOTH = "Leafy greens build muscle and are rich in vitamin K2."


def test_every_form_in_one_document(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ign.md"
    path.write_text(DOC, encoding="utf-8")
    result = cli("--format", "line", "--all", "--file", str(path))
    found = [line.split(": ", 1)[1] for line in result.stdout.splitlines() if "no-match" not in line]
    assert found == [
        "false: leafy-greens-k2: Leafy greens like spinach are rich in vitamin K2.",
        "false (ignored: quoting): leafy-greens-k2: Leafy greens like kale are rich in vitamin K2.",
        "misleading (ignored: quoting influencers): k2-builds-muscle: Vitamin K2 builds muscle.",
        "misleading (ignored: quoting influencers): k2-builds-muscle: K2 builds muscle fast.",
        "misleading: k2-builds-muscle: Vitamin K2 builds muscle.",
        f"misleading (ignored: two ids): k2-builds-muscle: {BOTH}",
        f"false (ignored: two ids): leafy-greens-k2: {BOTH}",
        "false: leafy-greens-k2: Leafy greens like chard are rich in vitamin K2.",
    ]
    warnings = result.stderr
    assert (
        f"{path}:1: unknown claim id 'leafy-green-k2' in 'k2check: ignore'; did you mean 'leafy-greens-k2'?"
        in warnings
    )
    assert f"{path}:19: unknown directive 'k2check: ignroe'" in warnings
    assert f"{path}:20: 'k2check: ignore leafy-greens-k2' needs a reason; not applied" in warnings
    assert f"{path}:16: 'k2check: ignore natto-richest-k2' suppresses nothing; remove it" in warnings
    assert result.exit_code == 1
    plain = cli("--format", "line", "--file", str(path)).stdout
    assert "ignored" not in plain and plain.count("\n") == 3


def test_blank_line_between_directive_and_sentence(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.md"
    path.write_text(
        "<!-- k2check: ignore k2-builds-muscle quoted -->\n\nVitamin K2 builds muscle.\n", encoding="utf-8"
    )
    result = cli("--format", "line", "--file", str(path))
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


def test_ignore_file_anywhere_in_a_file(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.md"
    path.write_text(
        "Vitamin K2 builds muscle.\n\n<!-- k2check: ignore-file k2-builds-muscle the page debunks it -->\n",
        encoding="utf-8",
    )
    result = cli("--format", "line", "--file", str(path))
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")


def test_same_line_plain_text_directive(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text(
        "Vitamin K2 builds muscle. k2check: ignore k2-builds-muscle quoted\n"
        "Leafy greens are rich in vitamin K2.\n",
        encoding="utf-8",
    )
    result = cli("--format", "line", "--file", str(path))
    assert [line.split(": ")[2] for line in result.stdout.splitlines()] == ["leafy-greens-k2"]
