"""Exit codes and the errors that map onto them."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Documented in ``k2check --help`` and the README; never renumbered."""

    OK = 0
    FOUND = 1
    ERROR = 2
    INTERNAL = 3
    INTERRUPTED = 130


class UserError(Exception):
    """An expected failure caused by the input or the invocation: one line for the user, exit 2."""


class Exit(Exception):
    """Leave the command now with ``code`` (whatever had to be said is already on stderr)."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = int(code)
