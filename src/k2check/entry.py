"""The ``k2check`` script: the simplest command lines run without building the Typer app.

``k2check "statement" ...`` with at most a ``--format`` is the common case and should cost little more
than the libraries it needs, so it is read here and given straight to ``command.check``; so is a document
piped to a bare ``k2check`` (again with at most a ``--format``), which would otherwise pay a quarter of a
small page's run for the app. Every other command line (any other option, a sub-command, a lone
lower-case word that might be a mistyped command, ``--``, nothing at all on a terminal) goes to the Typer
app in cli.py, which stays the one definition of the command line."""

from __future__ import annotations

import gc
import os
import re
import sys
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from k2check.command import CheckOptions

# The app refuses a first word that looks like a mistyped command ("lsit"); such lines go to the app.
_WORD = re.compile(r"[a-z][a-z-]{1,15}")
_FORMAT = ("--format", "-f")


def _piped() -> bool:
    """Whether stdin is open and not a terminal: text to read as a document."""
    try:
        return sys.stdin is not None and not sys.stdin.isatty()
    except (ValueError, OSError):  # closed, or a stand-in that cannot say
        return False


def fast_options(args: list[str]) -> CheckOptions | None:
    """The options of a command line that only gives statements and perhaps one ``--format``, or only
    perhaps a ``--format`` with text piped to stdin; else None."""
    if (args and _WORD.fullmatch(args[0])) or "_K2CHECK_COMPLETE" in os.environ:
        return None
    statements: list[str] = []
    fmt: str | None = None
    given = False
    i = 0
    while i < len(args):
        arg = args[i]
        if not arg.startswith("-"):
            statements.append(arg)
        elif arg in _FORMAT and i + 1 < len(args) and not args[i + 1].startswith("-") and not given:
            fmt, given = args[i + 1], True
            i += 1
        elif arg.startswith("--format=") and not given:
            fmt, given = arg.partition("=")[2], True
        else:
            return None
        i += 1
    if not statements and not _piped():
        return None
    from k2check.command import CheckOptions

    return CheckOptions(statements=statements or None, fmt=fmt)


def run(argv: list[str] | None = None) -> int:
    """Run k2check with ``argv`` (default: the process's arguments) and return the exit code."""
    args = sys.argv[1:] if argv is None else list(argv)
    options = fast_options(args)
    if options is None:
        from k2check.cli import run as full

        return full(argv)
    from k2check.command import check, protected

    return protected(lambda: check(options), args)


def main() -> NoReturn:
    # Start-up leaves some 20,000 objects the collector tracks, nearly all living to the end (modules,
    # classes, the claim index), and at the default threshold (700) it runs 40-odd collections over them:
    # 2-3 ms of CPU. Collect less often instead: cycles are still collected during a long run, and the
    # script is the only place that sets it (``run`` leaves its caller's alone).
    gc.set_threshold(50_000)
    sys.exit(run())
