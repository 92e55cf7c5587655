"""Input from strangers: every hostile statement, document, claims file and environment gives a sentence
on stderr and the documented exit code, never a traceback, and nothing in it controls the terminal."""

from __future__ import annotations

import errno
import gc
import io
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from k2check.cli import run

EXE = Path(sys.executable).with_name("k2check")
ESC = "\x1b"

CLAIM = """\
claims:
  - id: {id}
    topic: muscle
    claim: {claim}
    verdict: 'true'
    evidence_level: rct
    reviewed: 2026-11-21
    summary: {summary}
    nuance: What is true and what is not.
    subject: [creatine]
    keywords:
      - [strength, strong, stronger]
    phrasings:
      - creatine makes you strong
    references:
      - authors: Doe J
        year: 2020
        title: A study
        journal: A journal
        doi: 10.1000/xyz123
"""


def claims(
    id: str = "creatine-strength",
    claim: str = "Creatine increases strength.",
    summary: str = "A short reason.",
) -> bytes:
    return CLAIM.format(id=id, claim=claim, summary=summary).encode()


VALID = claims()
MARKUP = claims(claim="'[bold red]Creatine[/] [link=https://evil.example]strength[/link]'")
DUP_KEY = VALID.replace(b"    topic: muscle\n", b"    topic: muscle\n    topic: bone\n")
DUP_ID = VALID + VALID.split(b"claims:\n", 1)[1].replace(b"creatine makes you strong", b"creatine for power")
LAUGHS = b"a: &a [x, x, x, x, x, x, x, x, x]\n" + b"".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n".encode() for i in range(8)
)
DEEP = b"claims: " + b"[" * 5000 + b"]" * 5000 + b"\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256))


@dataclass(frozen=True)
class Hostile:
    """One hostile input: argv ({tmp} is a scratch directory), files to create there, stdin, environment;
    the exit code, a distinctive piece of stderr ("" for none at all), and optionally of stdout."""

    name: str
    args: tuple[str, ...]
    code: int
    stderr: str
    files: dict[str, bytes] = field(default_factory=dict)
    stdin: bytes = b""
    env: dict[str, str | None] = field(default_factory=dict)
    stdout: tuple[str, ...] = ()
    setup: Callable[[Path, pytest.MonkeyPatch], None] | None = None
    not_created: str | None = None


def _deny(filename: str, error: OSError) -> Callable[[Path, pytest.MonkeyPatch], None]:
    def setup(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        original = Path.open

        def fake_open(self: Path, *args: object, **kwargs: object) -> object:
            if self.name == filename:
                raise error
            return original(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Path, "open", fake_open)

    return setup


class _FailingStream(io.RawIOBase):
    def readable(self) -> bool:
        return True

    def readinto(self, buffer: object) -> int:
        raise OSError(errno.EIO, "Input/output error")


def _eio(filename: str) -> Callable[[Path, pytest.MonkeyPatch], None]:
    def setup(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        original = Path.open

        def fake_open(self: Path, *args: object, **kwargs: object) -> object:
            if self.name == filename:
                return io.BufferedReader(_FailingStream())
            return original(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Path, "open", fake_open)

    return setup


def _raise_in_check(error: BaseException) -> Callable[[Path, pytest.MonkeyPatch], None]:
    def setup(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        def boom(self: object, text: str) -> object:
            raise error

        monkeypatch.setattr("k2check.check.Checker.check_statement", boom)

    return setup


def _huge_claims(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with (tmp / "huge.yaml").open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)


def _cache_file(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp / "cache").write_text("not a directory")


CLAIMS_ONLY = ("--no-bundled", "--claims", "{tmp}/c.yaml", "creatine makes you strong")
LONG_LINE = b"word " * 200_000 + b"K2 builds muscle.\nNatto is rich in K2.\n"
OVERLONG_LINE = "é ".encode() * 1_500_000 + b"\n\nK2 builds muscle.\n"

VALIDATE = ("validate", "{tmp}/c.yaml")
CHAIN = (
    VALID + b"vocabulary:\n  implies:\n" + b"".join(b"    w%d: [w%d]\n" % (i, i + 1) for i in range(2_000))
)
HALF_CHAIN = (
    b"vocabulary:\n  implies:\n" + b"".join(b"    w%d: [w%d]\n" % (i, i + 1) for i in range(20)),
    b"vocabulary:\n  implies:\n" + b"".join(b"    w%d: [w%d]\n" % (i, i + 1) for i in range(20, 40)),
)
LONG_SYNONYM = VALID + b"vocabulary:\n  synonyms:\n    creatine: [" + b"c" * 500 + b"]\n"
NESTED_SYNONYMS = (
    VALID + b"vocabulary:\n  synonyms:\n    creatine: [" + b", ".join(b"c" * i for i in range(1, 65)) + b"]\n"
)
GT = b">" * 500


def _tagged(old: bytes, new: bytes) -> dict[str, bytes]:
    assert old in VALID
    return {"c.yaml": VALID.replace(old, new)}


CASES: list[Hostile] = [
    # statements and usage
    Hostile("empty statement", ("",), 2, "statement 1 is empty"),
    Hostile("blank statement", (" \t\n ",), 2, "statement 1 is empty"),
    Hostile("second statement empty", ("K2 builds muscle", ""), 2, "statement 2 is empty"),
    Hostile("unknown option", ("--bogus",), 2, "No such option: --bogus"),
    Hostile("option without value", ("K2 builds muscle", "--format"), 2, "requires an argument"),
    Hostile("unknown format with markup", ("-f", "[bold]x", "K2"), 2, "unknown format '[bold]x'"),
    Hostile("escape in --fail-on", ("--fail-on", f"{ESC}[31mfalse", "K2"), 2, "unknown verdict"),
    Hostile(
        "statements and files together",
        ("K2 builds muscle", "--file", "{tmp}/doc.md"),
        2,
        "not both",
        files={"doc.md": b"K2 builds muscle.\n"},
    ),
    Hostile(
        "undecodable bytes in a statement",
        ("-f", "line", "K2 builds \udcff muscle"),
        0,
        "statement 1 is not valid UTF-8",
        stdout=("misleading: k2-builds-muscle: K2 builds \ufffd muscle",),
    ),
    Hostile(
        "terminal escapes in a statement",
        ("-f", "line", f"K2 builds {ESC}[2J{ESC}]0;pwned\x07muscle\x9b31m"),
        0,
        "",
        stdout=("<statement 1>:1:1:",),
    ),
    Hostile(
        "rich markup in a statement",
        ("[bold red]K2 builds muscle[/] [link=https://evil.example]x[/link]",),
        0,
        "",
        stdout=("[bold red]K2 builds muscle[/] [link=https://evil.example]x[/link]",),
    ),
    # documents
    Hostile("missing document", ("--file", "{tmp}/nope.md"), 2, "nope.md: no such file"),
    Hostile("directory as document", ("--file", "{tmp}"), 2, "is a directory"),
    Hostile(
        "second document missing",
        ("-f", "json", "--file", "{tmp}/doc.md", "--file", "{tmp}/nope.md"),
        2,
        "nope.md: no such file",
        files={"doc.md": b"K2 builds muscle.\n"},
    ),
    Hostile(
        "escape in a document name",
        ("--file", f"{{tmp}}/{ESC}]0;pwned\x07.md"),
        2,
        "no such file",
    ),
    Hostile(
        "unreadable document",
        ("--file", "{tmp}/secret.md"),
        2,
        "secret.md: permission denied",
        files={"secret.md": b"K2 builds muscle.\n"},
        setup=_deny("secret.md", PermissionError(errno.EACCES, "Permission denied")),
    ),
    Hostile(
        "read error in a document",
        ("--file", "{tmp}/eio.md"),
        2,
        "eio.md: cannot read",
        files={"eio.md": b""},
        setup=_eio("eio.md"),
    ),
    Hostile(
        "invalid UTF-8 in a document",
        ("-f", "line", "--file", "{tmp}/doc.md"),
        0,
        "doc.md:2: invalid UTF-8 at byte 27",
        files={"doc.md": b"Intro line here.\nK2 builds \xff muscle.\nNatto is rich in K2.\n"},
        stdout=("doc.md:3:1: true: natto-richest-k2:",),
    ),
    Hostile(
        "invalid UTF-8 on stdin",
        ("-f", "line"),
        0,
        "stdin:1: invalid UTF-8 at byte 10",
        stdin=b"K2 builds \xc3\x28 muscle.\nNatto is rich in K2.\n",
        stdout=("-:2:1: true",),
    ),
    Hostile(
        "binary document",
        ("--file", "{tmp}/pic.png"),
        0,
        "pic.png: looks like a binary file",
        files={"pic.png": PNG},
    ),
    Hostile("binary stdin", (), 0, "stdin: looks like a binary file", stdin=PNG),
    Hostile(
        "UTF-16 document",
        ("--file", "{tmp}/u16.md"),
        0,
        "u16.md: is UTF-16",
        files={"u16.md": "K2 builds muscle.\n".encode("utf-16")},
    ),
    Hostile(
        "NUL byte after the first 8 KiB",
        ("-f", "line", "--file", "{tmp}/doc.md"),
        0,
        "doc.md:3: NUL byte at byte 9003",
        files={"doc.md": b"a" * 9000 + b".\n\n\x00K2 builds muscle.\n"},
        stdout=("doc.md:3:2: misleading",),
    ),
    Hostile(
        "Windows line endings and a BOM",
        ("-f", "line", "--file", "{tmp}/doc.md"),
        0,
        "",
        files={"doc.md": b"\xef\xbb\xbfK2 builds muscle.\r\nSecond line here. Natto is rich in K2.\r\n"},
        stdout=("doc.md:1:1: misleading: k2-builds-muscle: K2 builds muscle.\n", "doc.md:2:19: true"),
    ),
    Hostile(
        "a 1 MB line",
        ("-f", "line", "--file", "{tmp}/doc.md"),
        0,
        "",
        files={"doc.md": LONG_LINE},
        stdout=("doc.md:2:1: true",),
    ),
    Hostile(
        # Under a bare "Sources" heading each unit is tested as the page's own prose or a reference entry.
        "a 1 MB line under a Sources heading",
        ("-f", "line", "--file", "{tmp}/doc.md"),
        0,
        "",
        files={"doc.md": b"## Sources\n\n" + LONG_LINE},
        stdout=("doc.md:3:",),
    ),
    Hostile(
        "a line longer than the reader's window",
        ("-f", "line", "--file", "{tmp}/doc.md"),
        0,
        "",
        files={"doc.md": OVERLONG_LINE},
        stdout=("doc.md:3:1: misleading: k2-builds-muscle: K2 builds muscle.",),
    ),
    # claims files
    Hostile(
        "rich markup in a claims file",
        ("list", "--no-bundled", "--claims", "{tmp}/c.yaml"),
        0,
        "",
        files={"c.yaml": MARKUP},
        stdout=("[bold red]Creatine[/]",),
    ),
    Hostile("missing claims file", (*CLAIMS_ONLY,), 2, "c.yaml: no such claims file"),
    Hostile("directory as claims file", ("--claims", "{tmp}", "K2"), 2, "is a directory, not a claims file"),
    Hostile(
        "missing claims file from the environment",
        ("K2 builds muscle",),
        2,
        "gone.yaml: no such claims file",
        env={"K2CHECK_CLAIMS": "/nonexistent/gone.yaml"},
    ),
    Hostile(
        "YAML syntax error",
        CLAIMS_ONLY,
        2,
        "c.yaml:3: YAML syntax error, column 1:",
        files={"c.yaml": b"claims:\n  - id: [unclosed\n"},
    ),
    Hostile(
        "tab indentation",
        CLAIMS_ONLY,
        2,
        "c.yaml:2: YAML syntax error",
        files={"c.yaml": b"claims:\n\t- x\n"},
    ),
    Hostile(
        "raw control character in YAML",
        CLAIMS_ONLY,
        2,
        "c.yaml:2: YAML syntax error, column 4: character U+0007",
        files={"c.yaml": b"claims: []\n# a\x07b\n"},
    ),
    Hostile(
        "two YAML documents",
        CLAIMS_ONLY,
        2,
        "c.yaml:2: YAML syntax error",
        files={"c.yaml": b"claims: []\n---\nclaims: []\n"},
    ),
    Hostile(
        "top level is a list",
        CLAIMS_ONLY,
        2,
        "must be a mapping with a 'claims' list",
        files={"c.yaml": b"- a\n- b\n"},
    ),
    Hostile("claims is a number", CLAIMS_ONLY, 2, "claims must be array", files={"c.yaml": b"claims: 5\n"}),
    Hostile(
        "wrong type in a claim",
        CLAIMS_ONLY,
        2,
        "c.yaml:5: claim 'creatine-strength': verdict must be one of",
        files={"c.yaml": VALID.replace(b"verdict: 'true'", b"verdict: [1, 2]")},
    ),
    Hostile("empty claims file", CLAIMS_ONLY, 2, "c.yaml: is empty", files={"c.yaml": b""}),
    Hostile("comments-only claims file", CLAIMS_ONLY, 2, "c.yaml: is empty", files={"c.yaml": b"# none\n"}),
    Hostile("duplicate key", CLAIMS_ONLY, 2, "c.yaml:4: duplicate key 'topic'", files={"c.yaml": DUP_KEY}),
    Hostile(
        "duplicate id", CLAIMS_ONLY, 2, "duplicate id (first defined at line 2)", files={"c.yaml": DUP_ID}
    ),
    Hostile(
        "alias",
        CLAIMS_ONLY,
        2,
        "c.yaml:2: YAML syntax error, column 9: alias '*x' is not allowed",
        files={"c.yaml": b"a: &x [1, 2]\nclaims: *x\n"},
    ),
    Hostile("billion laughs", CLAIMS_ONLY, 2, "alias '*a' is not allowed", files={"c.yaml": LAUGHS}),
    Hostile(
        "python object tag",
        CLAIMS_ONLY,
        2,
        "c.yaml:1: YAML syntax error, column 9: tag '!!python/object/apply:os.system' is not allowed",
        files={"c.yaml": b"claims: !!python/object/apply:os.system ['touch {tmp}/ran']\n"},
        not_created="ran",
    ),
    Hostile(
        "python name tag",
        CLAIMS_ONLY,
        2,
        "is not allowed",
        files={"c.yaml": b"claims: !!python/name:os.system\n"},
    ),
    Hostile(
        "local tag", CLAIMS_ONLY, 2, "tag '!evil' is not allowed", files={"c.yaml": b"claims: !evil x\n"}
    ),
    Hostile(
        "merge key",
        CLAIMS_ONLY,
        2,
        "is not allowed",
        files={"c.yaml": b"claims:\n  - <<: {id: x}\n"},
    ),
    Hostile(
        "not UTF-8",
        CLAIMS_ONLY,
        2,
        "c.yaml:2: is not UTF-8 (byte 13)",
        files={"c.yaml": b"claims: []\n# \xff\xfe\n"},
    ),
    Hostile(
        "huge claims file",
        ("--claims", "{tmp}/huge.yaml", "K2"),
        2,
        "huge.yaml: is larger than 20971520 bytes, the limit for claims files",
        setup=_huge_claims,
    ),
    Hostile("endless claims file", ("--claims", "/dev/zero", "K2"), 2, "/dev/zero: is larger than"),
    Hostile(
        "deep nesting",
        CLAIMS_ONLY,
        2,
        "c.yaml:1: YAML syntax error, column 72: nested too deeply",
        files={"c.yaml": DEEP},
    ),
    Hostile(
        "integer too long",
        CLAIMS_ONLY,
        2,
        "c.yaml:17: YAML syntax error, column 15: integer is too large",
        files={"c.yaml": VALID.replace(b"year: 2020", b"year: " + b"9" * 5000)},
    ),
    Hostile(
        "hex integer too long",
        CLAIMS_ONLY,
        2,
        "integer is too large",
        files={"c.yaml": VALID.replace(b"year: 2020", b"year: 0x" + b"f" * 5000)},
    ),
    Hostile(
        "escape sequence in a claims string",
        CLAIMS_ONLY,
        2,
        "c.yaml:8: claim 'creatine-strength': summary contains the control character U+001B",
        files={"c.yaml": claims(summary='"Red \\e[31m text \\e]0;pwned\\a"')},
    ),
    Hostile(
        "lone surrogate in a claims string",
        CLAIMS_ONLY,
        2,
        "claim contains the control character U+D800",
        files={"c.yaml": claims(claim='"Creatine \\ud800 strength."')},
    ),
    Hostile(
        "escape sequence in a duplicate key",
        CLAIMS_ONLY,
        2,
        "duplicate key",
        files={"c.yaml": b'"\\e[2J": 1\n"\\e[2J": 2\nclaims: []\n'},
    ),
    Hostile(
        "validate reports every problem",
        ("validate", "{tmp}/c.yaml", "{tmp}/d.yaml"),
        2,
        "2 problems in 2 file(s)",
        files={"c.yaml": b"a: &x 1\nclaims: *x\n", "d.yaml": b""},
    ),
    Hostile(
        "eval file not a list",
        ("eval", "{tmp}/e.yaml"),
        2,
        "must be a YAML list",
        files={"e.yaml": b"a: 1\n"},
    ),
    # review of December 2026 (issue 14): linear time, limits that validate enforces, every tag refused
    Hostile(
        "500 blockquote markers in a document",
        ("-f", "line", "--file", "{tmp}/gt.md"),
        0,
        "",
        files={"gt.md": GT + b" K2 builds muscle.\n"},
        stdout=("gt.md:1:502: misleading: k2-builds-muscle",),
    ),
    Hostile(
        "500 blockquote markers on stdin",
        ("-f", "line"),
        0,
        "",
        stdin=GT + b" K2 builds muscle.\n",
        stdout=("misleading: k2-builds-muscle",),
    ),
    Hostile(
        "500 blockquote markers in a statement of two sentences",
        ("-f", "line", GT.decode() + " K2 builds muscle. Natto is rich in K2."),
        0,
        "",
        stdout=("misleading: k2-builds-muscle",),
    ),
    Hostile(
        "a line of 40,000 dots",
        ("-f", "line", "--file", "{tmp}/dots.md"),
        0,
        "",
        files={"dots.md": b"." * 40_000 + b"\n\nK2 builds muscle.\n"},
        stdout=("dots.md:3:1: misleading: k2-builds-muscle",),
    ),
    Hostile(
        "a line of 40,000 ellipses",
        ("-f", "line", "--file", "{tmp}/dots.md"),
        0,
        "",
        files={"dots.md": "…".encode() * 40_000 + b"\n\nK2 builds muscle.\n"},
        stdout=("misleading: k2-builds-muscle",),
    ),
    Hostile(
        "a line of 40,000 backticks",
        ("-f", "line", "--file", "{tmp}/ticks.md"),
        0,
        "",
        files={"ticks.md": b"Natto " + b"`" * 40_000 + b"\n\nK2 builds muscle.\n"},
        stdout=("ticks.md:3:1: misleading: k2-builds-muscle",),
    ),
    Hostile(
        "a statement followed by 40,000 blank lines",
        ("-f", "line", "K2 builds muscle" + " \n" * 40_000),
        0,
        "",
        stdout=("misleading: k2-builds-muscle",),
    ),
    Hostile(
        "implies chain refused by validate",
        VALIDATE,
        2,
        "c.yaml:23: implies: 'w0' (and 1967 other word(s)) reaches more than 32 broader words",
        files={"c.yaml": CHAIN},
    ),
    Hostile(
        "implies chain refused by check",
        CLAIMS_ONLY,
        2,
        "reaches more than 32 broader words",
        files={"c.yaml": CHAIN},
    ),
    Hostile(
        "implies fan-out of 40 words",
        VALIDATE,
        2,
        "c.yaml:23: implies: 'creatine' reaches more than 32 broader words",
        files={
            "c.yaml": VALID
            + b"vocabulary:\n  implies:\n    creatine: [%s]\n" % b", ".join(b"b%d" % i for i in range(40))
        },
    ),
    Hostile(
        "implies chain across two files",
        ("validate", "{tmp}/a.yaml", "{tmp}/b.yaml"),
        2,
        "reaches more than 32 broader words",
        files={"a.yaml": VALID + HALF_CHAIN[0], "b.yaml": b"claims: []\n" + HALF_CHAIN[1]},
    ),
    Hostile(
        "500-character synonym refused by validate",
        VALIDATE,
        2,
        "c.yaml:23: synonyms has a word of 500 characters",
        files={"c.yaml": LONG_SYNONYM},
    ),
    Hostile(
        "500-character synonym refused by check",
        CLAIMS_ONLY,
        2,
        "the limit is 64",
        files={"c.yaml": LONG_SYNONYM},
    ),
    Hostile(
        "500-character subject",
        VALIDATE,
        2,
        "c.yaml:10: claim 'creatine-strength': subject has a word of 500 characters",
        files=_tagged(b"subject: [creatine]", b"subject: [" + b"c" * 500 + b"]"),
    ),
    Hostile(
        "synonym of 20 words",
        VALIDATE,
        2,
        "synonyms term 'k k k k k k k k k k \u2026' has 20 words; the limit is 8",
        files={"c.yaml": VALID + b"vocabulary:\n  synonyms:\n    creatine: [" + b"k " * 20 + b"]\n"},
    ),
    Hostile(
        "300 keyword terms",
        VALIDATE,
        2,
        "keywords[0] has 300 terms; the limit is 200",
        files=_tagged(
            b"[strength, strong, stronger]", b"[" + b", ".join(b"t%d" % i for i in range(300)) + b"]"
        ),
    ),
    Hostile(
        "64 nested synonym prefixes still check",
        ("-f", "line", *CLAIMS_ONLY[:3], "c" * 40 + " makes you strong"),
        0,
        "",
        files={"c.yaml": NESTED_SYNONYMS},
        stdout=("true: creatine-strength",),
    ),
    Hostile(
        "!!str tag",
        VALIDATE,
        2,
        "c.yaml:4: YAML syntax error, column 12: tag '!!str' is not allowed",
        files=_tagged(b"claim: Creatine", b"claim: !!str Creatine"),
    ),
    Hostile(
        "!!float year",
        VALIDATE,
        2,
        "tag '!!float' is not allowed",
        files=_tagged(b"year: 2020", b"year: !!float 2020"),
    ),
    Hostile(
        "!!binary synonym key",
        VALIDATE,
        2,
        "tag '!!binary' is not allowed",
        files={"c.yaml": VALID + b"vocabulary:\n  synonyms:\n    !!binary aGVsbG8=: [hi]\n"},
    ),
    # environment
    Hostile(
        "cache directory is a file",
        ("-f", "line", "K2 builds muscle"),
        0,
        "every run rebuilds the database",
        env={"K2CHECK_CACHE_DIR": "{tmp}/cache"},
        setup=_cache_file,
        stdout=("misleading",),
    ),
    Hostile(
        "unwritable cache directory",
        ("-f", "line", "K2 builds muscle"),
        0,
        "every run rebuilds the database",
        env={"K2CHECK_CACHE_DIR": "/proc/k2check-cache"},
        stdout=("misleading",),
    ),
    Hostile(
        "read-only HOME",
        ("-f", "line", "K2 builds muscle"),
        0,
        "",
        env={"HOME": "/proc", "K2CHECK_CACHE_DIR": None, "XDG_CACHE_HOME": None},
        stdout=("misleading",),
    ),
    # failures inside k2check
    Hostile(
        "internal error",
        ("K2 builds muscle",),
        3,
        "internal error: RuntimeError: boom. This is a bug",
        setup=_raise_in_check(RuntimeError("boom")),
    ),
    Hostile(
        "interrupted", ("K2 builds muscle",), 130, "interrupted", setup=_raise_in_check(KeyboardInterrupt())
    ),
]


def invoke(
    args: list[str], stdin: bytes = b"", env: dict[str, str | None] | None = None
) -> tuple[int, str, str]:
    """``k2check ARGS`` in-process, through ``run`` like the installed script: (code, stdout, stderr)."""
    with CliRunner().isolation(input=stdin, env=env) as (out, err, _):
        code = run(args)
        sys.stdout.flush()
        sys.stderr.flush()
        return code, out.getvalue().decode("utf-8", "replace"), err.getvalue().decode("utf-8", "replace")


def test_enough_hostile_cases() -> None:
    assert len(CASES) >= 30
    assert len({case.name for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile(case: Hostile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tmp = str(tmp_path)
    for name, data in case.files.items():
        (tmp_path / name).write_bytes(data.replace(b"{tmp}", tmp.encode()))
    if case.setup is not None:
        case.setup(tmp_path, monkeypatch)
    env = {k: None if v is None else v.replace("{tmp}", tmp) for k, v in case.env.items()}
    args = [a.replace("{tmp}", tmp) for a in case.args]
    if not args or args[0] not in {"list", "show", "validate", "eval", "config", "--version", "-V", "--help"}:
        # These cases are about robustness, not the exit policy: every result is printed and a finding
        # does not fail the run unless the case asks for it with its own (later, so winning) --fail-on.
        args = ["--fail-on", "none", "--all", *args]
    code, out, err = invoke(args, case.stdin, env)
    assert code == case.code, (out, err)
    assert "Traceback" not in err and "Traceback" not in out
    if case.stderr:
        assert case.stderr in err
        assert err.startswith("k2check: ") or ":" in err.split("\n", 1)[0]
    else:
        assert err == ""
    for expected in case.stdout:
        assert expected in out
    for text in (out, err):
        assert ESC not in text and "\x07" not in text and "\x9b" not in text
    if case.not_created is not None:
        assert not (tmp_path / case.not_created).exists()


def test_every_error_is_one_line(tmp_path: Path) -> None:
    for args in (["", "x"], ["--file", str(tmp_path / "nope.md")], ["--bogus"]):
        code, _, err = invoke(args)
        assert code == 2
        assert err.count("\n") == 1, err


def test_debug_shows_the_traceback(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _raise_in_check(RuntimeError("boom"))(tmp_path, monkeypatch)
    code, _, err = invoke(["--debug", "K2 builds muscle"])
    assert code == 3
    assert "Traceback" in err and "RuntimeError: boom" in err and "This is a bug" in err


def test_corrupt_cache_is_rebuilt_silently(tmp_path: Path) -> None:
    env = {"K2CHECK_CACHE_DIR": str(tmp_path)}
    assert invoke(["-f", "line", "K2 builds muscle"], env=env)[0] == 0
    cached = [path for path in tmp_path.iterdir() if path.is_file()]
    assert cached
    for path in cached:
        path.write_bytes(b"\x80\x05garbage")
    code, out, err = invoke(["-f", "line", "K2 builds muscle"], env=env)
    assert (code, err) == (0, "")
    assert "misleading" in out


def test_stdout_that_cannot_encode_the_text(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONIOENCODING="ascii", K2CHECK_CACHE_DIR=str(tmp_path))
    for fmt in ("table", "line", "json"):
        proc = subprocess.run(
            [str(EXE), "-f", fmt, "Vitamin K2 builds muscle — naïvely, 😀"],
            capture_output=True,
            env=env,
            check=False,
            timeout=60,
        )
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr == b""
        if fmt == "json":
            assert json.loads(proc.stdout)["results"][0]["verdict"] == "misleading"


# -- processes: pipes, signals, a 100 MB stream ------------------------------------------------------

PROSE = b"Vitamin K2 builds muscle. Natto is rich in K2. The weather is nice today and I like walking.\n\n"


@pytest.mark.slow
def test_sigint_during_a_long_document_exits_130(tmp_path: Path) -> None:
    document = tmp_path / "long.md"
    document.write_bytes(PROSE * 50_000)
    env = dict(os.environ, K2CHECK_CACHE_DIR=str(tmp_path / "cache"))
    with document.open("rb") as stdin:
        proc = subprocess.Popen(
            [str(EXE), "--format", "jsonl"],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert json.loads(first)["verdict"] == "misleading"
        started = time.monotonic()
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=10)
    assert time.monotonic() - started < 5
    assert proc.returncode == 130
    assert b"Traceback" not in err
    assert err.decode().strip() == "k2check: interrupted"


@pytest.mark.slow
def test_sigint_while_waiting_for_stdin_exits_130(tmp_path: Path) -> None:
    env = dict(os.environ, K2CHECK_CACHE_DIR=str(tmp_path / "cache"))
    with subprocess.Popen(
        [str(EXE), "--format", "line"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    ) as proc:
        assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
        # More than one 64 KiB read, so the first is checked and the second waits for the rest.
        proc.stdin.write(PROSE * 700)
        proc.stdin.flush()
        assert proc.stdout.readline()
        rest = threading.Thread(target=proc.stdout.read)
        rest.start()
        time.sleep(0.5)
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 130
        rest.join()
        err = proc.stderr.read()
    assert b"Traceback" not in err
    assert err.decode().strip() == "k2check: interrupted"


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["jsonl", "line", "github"])
def test_piped_into_head_ends_quietly(fmt: str, tmp_path: Path) -> None:
    document = tmp_path / "big.md"
    document.write_bytes(PROSE * 3000)
    env = dict(os.environ, K2CHECK_CACHE_DIR=str(tmp_path / "cache"))
    proc = subprocess.run(
        ["bash", "-c", f"set -o pipefail; '{EXE}' --format {fmt} < '{document}' | head -1"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=60,
    )
    assert proc.stdout.count("\n") == 1
    assert proc.stderr == ""
    assert proc.returncode == 0


def _peak_kib(pid: int) -> int:
    """The process's peak resident memory so far (VmHWM), which, unlike the rusage of a child, does not
    count the memory of the test process it was forked from."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    return next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")), 0)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc/PID/status")
def test_a_100_mb_stream_in_bounded_memory(tmp_path: Path) -> None:
    megabyte = b"x" * (1 << 20)
    long_lines = 20
    env = dict(os.environ, K2CHECK_CACHE_DIR=str(tmp_path / "cache"))
    output: dict[str, bytes] = {}
    peak = 0
    with subprocess.Popen(
        [str(EXE), "--format", "line", "--fail-on", "none", "--all"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    ) as proc:
        assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
        readers = [
            threading.Thread(target=lambda: output.update(out=proc.stdout.read())),  # type: ignore[union-attr]
            threading.Thread(target=lambda: output.update(err=proc.stderr.read())),  # type: ignore[union-attr]
        ]
        for reader in readers:
            reader.start()
        proc.stdin.write(b"K2 builds muscle.\n\n```text\n")
        for _ in range(long_lines):
            for _ in range(5):
                proc.stdin.write(megabyte)
            proc.stdin.write(b"\n")
            peak = max(peak, _peak_kib(proc.pid))
        proc.stdin.write(b"```\n\nNatto is rich in K2.\n")
        proc.stdin.close()
        proc.wait(timeout=60)
        for reader in readers:
            reader.join()
    assert proc.returncode == 0, output["err"]
    assert output["err"] == b""
    lines = output["out"].decode().splitlines()
    assert lines[0].startswith("-:1:1: misleading: k2-builds-muscle")
    assert lines[-1].startswith(f"-:{long_lines + 6}:1: true: natto-richest-k2")
    assert 0 < peak < 100 * 1024, f"peak memory {peak} KiB for a 100 MB stream"


def test_lines_without_newlines_keep_their_numbers(checker) -> None:  # type: ignore[no-untyped-def]
    lines = ["K2 builds muscle.", "", "Natto is rich in K2."]
    sources = [r.source for r in checker.check_document(lines, "doc.md")]
    assert [(s.line, s.column) for s in sources if s is not None] == [(1, 1), (3, 1)]


# -- round two (issue 14, review hostile-2026-12): streams, escaping, formats ------------------------
# Kept apart from CASES so the two helpers' rows merge cleanly; each row names the review's failure.

INJECT = "\n::error file=x::INJECTED"


def _untraversable(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A directory the user cannot enter (we run as root, so EACCES is simulated on stat and open)."""
    blocked = str(tmp / "d0") + "/"
    real_stat = os.stat

    def fake_stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        if str(path).startswith(blocked):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    real_open = Path.open

    def fake_open(self: Path, *args: object, **kwargs: object) -> object:
        if str(self).startswith(blocked):
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", fake_stat)
    monkeypatch.setattr(Path, "open", fake_open)


def _unlistable(tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp / "docs").mkdir()
    real_scandir = os.scandir

    def fake_scandir(path: object = ".") -> object:
        if str(path).rstrip("/").endswith("docs"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", fake_scandir)


ROUND_TWO: list[Hostile] = [
    # SEC-2 / S22: a newline in any echoed value stays on the message's line
    Hostile("SEC-2 newline in --file", ("--file", f"nope{INJECT}"), 2, "nope\\n::error file=x::INJECTED"),
    Hostile(
        "SEC-2 newline in a file name with invalid UTF-8",
        ("-f", "github", "--file", "{tmp}/bad\n::warning::INJECTED.md"),
        0,
        "bad\\n::warning::INJECTED.md:1: invalid UTF-8",
        files={"bad\n::warning::INJECTED.md": b"K2 builds \xff muscle.\n"},
    ),
    Hostile("SEC-2 newline in --claims", ("--claims", f"/nope{INJECT}.yaml", "K2"), 2, "/nope\\n::error"),
    Hostile("SEC-2 newline in a show id", ("show", f"x{INJECT}"), 2, "no claim with id 'x\\n::error"),
    Hostile("SEC-2 newline in --format", ("-f", f"x{INJECT}", "K2"), 2, "unknown format 'x\\n::error"),
    Hostile(
        "SEC-2 newline in a table file name",
        ("-f", "table", "--file", "{tmp}/t\n::error::T.md"),
        0,
        "",
        files={"t\n::error::T.md": b"K2 builds muscle.\n"},
        stdout=("t\\n::error::T.md",),
    ),
    # failure 7 / S39: a document in a directory the user cannot enter
    Hostile(
        "7 --file in an untraversable directory",
        ("--file", "{tmp}/d0/a.md"),
        2,
        "d0/a.md: permission denied",
        setup=_untraversable,
    ),
    Hostile(
        "7 --files in an untraversable directory",
        ("--files", "{tmp}/d0/a.md"),
        2,
        "d0/a.md: permission denied",
        setup=_untraversable,
    ),
    Hostile("7 a directory that cannot be listed", ("{tmp}/docs",), 2, "cannot list", setup=_unlistable),
    # failure 8 / S19: the verdict survives a 1-column terminal
    Hostile(
        "8 table at COLUMNS=1",
        ("-f", "table", "K2 builds muscle"),
        0,
        "",
        env={"COLUMNS": "1"},
        stdout=("MISLEADING", "k2-builds-muscle"),
    ),
    # failure 12 / S44: the README says which tags are refused; these rows pin what it says
    Hostile(
        "12 standard tags are refused too, even where the value would be allowed",
        CLAIMS_ONLY,
        2,
        "tag '!!float' is not allowed",
        files={"c.yaml": VALID.replace(b"year: 2020", b"year: !!float 2020")},
    ),
    Hostile(
        "12 a set where a list belongs is refused",
        CLAIMS_ONLY,
        2,
        "tag '!!set' is not allowed",
        files={"c.yaml": VALID.replace(b"subject: [creatine]", b"subject: !!set {creatine: null}")},
    ),
    # failure 9 / S23: Markdown links, mentions and issue references in user text are broken
    Hostile(
        "9 markdown bare links and mentions",
        ("-f", "markdown", "K2 builds muscle, see https://evil.example/phish www.evil.example @octocat #1"),
        0,
        "",
        stdout=("https<!-- -->://evil", "www<!-- -->.evil", "@<!-- -->octocat", "#<!-- -->1"),
    ),
]


@pytest.mark.parametrize("case", ROUND_TWO, ids=[case.name for case in ROUND_TWO])
def test_hostile_round_two(case: Hostile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    test_hostile(case, tmp_path, monkeypatch)
    _, out, err = invoke(
        [a.replace("{tmp}", str(tmp_path)) for a in case.args],
        case.stdin,
        {k: v for k, v in case.env.items() if v is not None},
    )
    for line in (*err.splitlines(), *out.splitlines()):
        assert not line.lstrip().startswith("::error file=x") and "::warning::INJECTED" not in line[:12]


def _k2check(
    args: list[str], tmp: Path, env: dict[str, str] | None = None, stdout: object = subprocess.PIPE
) -> subprocess.CompletedProcess[bytes]:
    full_env = dict(os.environ, K2CHECK_CACHE_DIR=str(tmp / "cache"), **(env or {}))
    return subprocess.run(
        [str(EXE), *args], env=full_env, stdout=stdout, stderr=subprocess.PIPE, check=False, timeout=120
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "args", [["-f", "line", "K2 builds muscle"], ["-f", "json", "K2 builds muscle"], ["list"], ["--version"]]
)
def test_5_6_closed_or_full_stdout_is_one_line_and_exit_2(args: list[str], tmp_path: Path) -> None:
    """Failures 5 and 6 (S30, S31): stdout closed (``>&-``) or on /dev/full."""
    closed = subprocess.run(
        ["bash", "-c", '"$@" >&-', "k2check", str(EXE), *args],
        env=dict(os.environ, K2CHECK_CACHE_DIR=str(tmp_path)),
        capture_output=True,
        check=False,
        timeout=120,
    )
    with open("/dev/full", "w") as full:
        filled = _k2check(args, tmp_path, stdout=full)
    for proc in (closed, filled):
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr.count(b"\n") == 1 and proc.stderr.startswith(b"k2check: cannot write the report")


@pytest.mark.slow
def test_10_11_c_locale_and_foreign_io_encodings(tmp_path: Path) -> None:
    """Failures 10 and 11 (S41, S42): valid UTF-8 arguments under LC_ALL=C without UTF-8 mode, and JSON
    that stays UTF-8 whatever PYTHONIOENCODING says."""
    text = "Vitamin K2 builds muscle — naïvely 😀"
    c_locale = {"LC_ALL": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0"}
    proc = _k2check(["-f", "json", text], tmp_path, env=c_locale)
    assert proc.returncode == 0 and proc.stderr == b""
    assert json.loads(proc.stdout.decode("utf-8"))["results"][0]["statement"] == text
    named = tmp_path / "ünï.md"
    named.write_text("K2 builds muscle.\n", encoding="utf-8")
    proc = _k2check(["-f", "json", "--fail-on", "none", "--file", str(named)], tmp_path, env=c_locale)
    assert proc.returncode == 0 and proc.stderr == b""
    assert json.loads(proc.stdout.decode("utf-8"))["results"][0]["source"]["path"] == str(named)
    for encoding in ("ascii", "latin-1", "utf-16"):
        proc = _k2check(["-f", "json", text], tmp_path, env={"PYTHONIOENCODING": encoding})
        assert proc.returncode == 0 and proc.stderr == b""
        assert json.loads(proc.stdout.decode("utf-8"))["results"][0]["statement"] == text


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc/PID/status")
@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_16_buffered_formats_on_a_24_mb_document_stay_under_300_mb(fmt: str, tmp_path: Path) -> None:
    """Failure 16 (S68): json and sarif no longer hold every result (measured: 66 MB peak for json)."""
    document = tmp_path / "big.md"
    document.write_bytes(PROSE * (24 * (1 << 20) // len(PROSE)))
    env = dict(os.environ, K2CHECK_CACHE_DIR=str(tmp_path / "cache"))
    script = (
        "import resource, subprocess, sys; "
        "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, str(EXE), "-f", fmt, "--fail-on", "none", "--file", str(document)],
        env=env,
        capture_output=True,
        check=True,
        timeout=1800,
    )
    peak_kib = int(proc.stdout)
    assert peak_kib < 300 * 1024, f"{fmt}: peak {peak_kib} KiB on a 24 MB document"


def test_15_ignore_directives_hold_memory_only_while_they_can_apply(checker) -> None:  # type: ignore[no-untyped-def]
    """Failure 15 (S63): a stack of identical directives keeps one; directives the results have passed
    are dropped; the unused ones are counted, and only the first UNUSED_SHOWN are named."""
    from k2check.check import Notice
    from k2check.ignores import UNUSED_SHOWN, Ignores

    warnings: list[Notice] = []
    ignores = Ignores("doc.md", checker.db.ids, warnings)
    directive = "<!-- k2check: ignore k2-builds-muscle quoting a myth -->"
    lines = [*[directive] * 5000, "Vitamin K2 builds muscle.", ""]
    for _ in range(2000):
        lines += [directive, "Vitamin K2 builds muscle.", ""]
    held = []
    for result in checker.check_document(iter(lines), "doc.md", True, warnings, None, ignores):
        if result.match is not None:
            assert result.suppressed == "quoting a myth"
            held.append(len(ignores.lines) + len(ignores.pending))
    assert len(held) == 2001 and max(held) < 10
    assert len(warnings) == UNUSED_SHOWN + 1
    shown = UNUSED_SHOWN
    assert (
        str(warnings[-1])
        == f"doc.md: {5000 - 1 - shown} more directives suppress nothing (only the first {shown} are named)"
    )
# Linear time (issue 14): a 4x longer hostile input may cost about 4x the time, never 16x. Measured as a
# ratio of the best of 5 timings of each, taken in turns so that a busy machine slows both alike, each
# repeating the work long enough (about 40 ms for the small input); the bound is generous (6x).
def _ratio(small: Callable[[], object], large: Callable[[], object]) -> float:
    small()
    start = time.perf_counter()
    small()
    once = time.perf_counter() - start
    # Linear code takes milliseconds here; a regression fails at once instead of running for minutes.
    assert once < 0.5, f"{once:.1f} s for the small input alone"
    large()
    reps = max(1, min(10_000, int(0.04 / max(once, 1e-6))))
    best = [float("inf"), float("inf")]
    gc.disable()
    try:
        for _ in range(5):
            for i, run in enumerate((small, large)):
                start = time.perf_counter()
                for _ in range(reps):
                    run()
                best[i] = min(best[i], time.perf_counter() - start)
    finally:
        gc.enable()
    return best[1] / best[0]


def _segment(text: str) -> Callable[[], object]:
    from k2check.segment import segment

    return lambda: list(segment(text.splitlines(keepends=True)))


def _closure(links: int) -> Callable[[], object]:
    from k2check.index import _closure

    chain = {f"w{i}": (f"w{i + 1}",) for i in range(links)}
    return lambda: _closure(chain)


def _trie(size: int) -> Callable[[], object]:
    """One long word and 60 words branching off it: deeper than the nesting re can parse."""
    from k2check.index import _trie_pattern

    words = sorted({"c" * size, *("c" * i + "d" for i in range(0, size, max(1, size // 60)))})
    return lambda: re.compile(_trie_pattern(words))


def _limits(links: int) -> Callable[[], object]:
    from k2check.limits import implied_problems

    chain = {f"w{i}": [f"w{i + 1}"] for i in range(links)}
    return lambda: implied_problems(chain, "c.yaml")


def _asks(text: str) -> Callable[[], object]:
    from k2check.layout import _asking

    return lambda: _asking.__wrapped__(text)  # the uncached reading: every call does the work


def _unattributed(text: str) -> Callable[[], object]:
    from k2check.layout import unattributed
    from k2check.segment import Sentence

    unit = Sentence(text, 1, 1, "sentence")
    return lambda: unattributed(unit)


LINEAR: dict[str, Callable[[int, Any], Callable[[], object]]] = {
    "run of dots": lambda n, _: _segment("." * n + "\n"),
    "run of exclamation marks": lambda n, _: _segment("!" * n + "\n"),
    "run of question marks": lambda n, _: _segment("?" * n + "\n"),
    "run of ellipses": lambda n, _: _segment("…" * n + "\n"),
    # Not in the review: a code span's opening could start inside a run of backticks (cubic; the sizes are
    # small so that the old code fails in seconds rather than hours).
    "run of backticks": lambda n, _: _segment("a " + "`" * (n // 16) + " K2 builds muscle.\n"),
    "blank lines after a sentence": lambda n, _: _segment("K2 builds muscle.\n" + " \n" * n),
    "blockquote markers": lambda n, _: _segment(">" * n + " K2 builds muscle.\n"),
    "statement then blank lines": lambda n, checker: (
        lambda: checker.check_statement("K2 builds muscle" + " \n" * (n // 4))
    ),
    "statement with a run of dots": lambda n, checker: (
        lambda: checker.check_statement("K2 builds muscle. " + "." * n)
    ),
    "implies chain closure": lambda n, _: _closure(n // 4),
    "implies chain limit": lambda n, _: _limits(n // 4),
    "long word in the subject trie": lambda n, _: _trie(n // 8),
    # Round 22's tag-question pattern, run over the whole line, backtracked cubically on commas before "?".
    "commas before a closing question mark": lambda n, _: _asks("a, " * (n // 3) + "why?"),
    "colon-led line without an attribution": lambda n, _: _unattributed("!" * 50 + ": " + "x " * (n // 2)),
}


@pytest.mark.parametrize("name", LINEAR)
def test_hostile_input_costs_linear_time(name: str, checker: Any) -> None:
    small, large = LINEAR[name](10_000, checker), LINEAR[name](40_000, checker)
    ratios = [_ratio(small, large)]
    while ratios[-1] >= 6 and len(ratios) < 3:
        # Another session's burst can stretch one measurement; a quadratic cost stays near 16x every time.
        ratios.append(_ratio(small, large))
    assert min(ratios) < 6, f"{name}: 4x input took {min(ratios):.1f}x the time"


def test_ignore_directives_do_not_accumulate(checker: Any) -> None:
    """Failure 15 of the review: memory grew with the number of ``k2check: ignore`` directives."""
    import tracemalloc

    def peak(directives: int) -> int:
        def lines() -> Iterator[str]:
            for i in range(directives):
                yield "<!-- k2check: ignore k2-builds-muscle seen by the editor -->\n"
                if i % 50 == 0:
                    yield "K2 builds muscle.\n"

        tracemalloc.start()
        try:
            suppressed = sum(r.suppressed is not None for r in checker.check_document(lines(), "d.md", True))
            return tracemalloc.get_traced_memory()[1] if suppressed else 0
        finally:
            tracemalloc.stop()

    small, large = peak(5_000), peak(20_000)
    assert 0 < large < 2 * small, (small, large)
