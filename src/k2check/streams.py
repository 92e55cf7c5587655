"""The process's standard streams: stdout that fails with a sentence, UTF-8 for machine formats, argv text.

Writing the report can fail for reasons outside k2check: stdout closed (``k2check ... >&-``), a full
disk (``> /dev/full``), a device error. ``guard_stdout`` makes every such failure an ``OutputError``
(exit 2, one line) instead of an ``OSError`` that would look like a bug; a closed pipe (``| head``)
stays a ``BrokenPipeError``, which is an ordinary end. Machine formats are always UTF-8 (RFC 8259,
SARIF), whatever the locale or ``PYTHONIOENCODING`` say; people's formats follow the locale.
Arguments are read back as UTF-8 when the locale could not decode them (``LC_ALL=C`` without UTF-8
mode).
"""

from __future__ import annotations

import errno
import io
import os
import sys

from k2check.errors import UserError
from k2check.lazyre import LazyPattern

_SURROGATE = LazyPattern("[\ud800-\udfff]")


class OutputError(UserError):
    """The report could not be written to stdout: exit 2 with one line, never an internal error."""


def _failed(exc: OSError) -> OutputError:
    reason = exc.strerror or str(exc) or "write failed"
    return OutputError(f"cannot write the report to stdout ({reason}); check where the output goes")


class _GuardedRaw(io.FileIO):
    """File descriptor 1 whose write errors, except a closed pipe, say what failed."""

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            return super().write(data)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _failed(exc) from None


class _ClosedStdout(io.TextIOBase):
    """Stands in for stdout when the process started without one (``>&-``): writing fails with a sentence."""

    encoding = "utf-8"

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if not text:
            return 0
        raise _failed(OSError(errno.EBADF, "stdout is closed"))

    def isatty(self) -> bool:
        return False


def guard_stdout() -> None:
    """Replace ``sys.stdout`` so that writing the report fails with ``OutputError``, not ``OSError``."""
    stdout = sys.stdout
    if stdout is None:
        sys.stdout = _ClosedStdout()
        return
    if not isinstance(stdout, io.TextIOWrapper):
        return  # a test harness or an embedding program chose its own stream
    buffered = isinstance(stdout.buffer, io.BufferedWriter)
    raw = stdout.buffer.raw if buffered else stdout.buffer  # -u / PYTHONUNBUFFERED: no buffer layer
    if type(raw) is not io.FileIO:
        return
    try:
        stdout.flush()
        guarded = _GuardedRaw(stdout.fileno(), "wb", closefd=False)
    except OSError:
        return
    sys.stdout = io.TextIOWrapper(
        io.BufferedWriter(guarded) if buffered else guarded,
        encoding=stdout.encoding,
        errors=stdout.errors,
        line_buffering=stdout.line_buffering,
        write_through=not buffered,
    )


def utf8_stdout() -> None:
    """Write UTF-8 whatever the locale: for machine formats, which must be UTF-8 to be read back."""
    stdout = sys.stdout
    if isinstance(stdout, io.TextIOWrapper) and stdout.encoding.lower().replace("-", "") != "utf8":
        stdout.reconfigure(encoding="utf-8", errors="strict")


def locale_stdout() -> None:
    """People's formats follow the locale; a character it cannot encode is written as an escape such as
    ``\\xfc`` (as Python does on stderr): nothing is lost and nothing fails."""
    stdout = sys.stdout
    if isinstance(stdout, io.TextIOWrapper) and "utf" not in stdout.encoding.lower():
        stdout.reconfigure(errors="backslashreplace")


def discard_stdout() -> None:
    """After a failed or closed stdout: send what is still buffered nowhere, so the exit is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
    if isinstance(sys.stdout, io.TextIOWrapper):
        try:
            sys.stdout.flush()
        except (OSError, ValueError, UserError):
            sys.stdout = _ClosedStdout()


def from_argv(text: str) -> str:
    """An argument as the user typed it: bytes the locale could not decode are read again as UTF-8.

    Under a C locale without UTF-8 mode, Python decodes ``naïve`` in argv as ASCII with surrogate
    escapes; those bytes are valid UTF-8, so they are decoded as such. What is still undecodable
    becomes U+FFFD (the caller notices the change)."""
    if text.isascii() or not _SURROGATE.search(text):
        return text
    try:
        return os.fsencode(text).decode("utf-8", "replace")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\N{REPLACEMENT CHARACTER}", text)
