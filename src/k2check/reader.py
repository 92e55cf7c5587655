"""Read documents as text lines: UTF-8 with replacement, binary files refused, bounded memory."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO

CHUNK = 1 << 16
MAX_LINE = 4 << 20
SNIFF = 8192


class BinaryInput(Exception):
    """The input looks like a binary file, not text."""


def decode_lines(stream: BinaryIO, warn: Callable[[str], None]) -> Iterator[str]:
    """Decoded lines of ``stream``, each ending with its newline (the last may not).

    Undecodable bytes become U+FFFD and the first one is reported through ``warn`` with its byte offset
    and line; NUL bytes in the first 8 KiB mean a binary file (BinaryInput). A line longer than 4 MiB is
    passed on in pieces so memory stays bounded."""
    offset = 0
    line_no = 1
    reported = False
    pending = b""
    first = True
    while True:
        chunk = stream.read(CHUNK)
        if first:
            first = False
            if b"\0" in chunk[:SNIFF]:
                raise BinaryInput
            if chunk.startswith(b"\xef\xbb\xbf"):
                chunk = chunk[3:]
                offset = 3
        if not chunk:
            break
        pending += chunk
        pieces = pending.split(b"\n")
        pending = pieces.pop()
        if len(pending) > MAX_LINE:
            pieces.append(pending)
            pending = b""
            last_open = True
        else:
            last_open = False
        for i, raw in enumerate(pieces):
            open_end = last_open and i == len(pieces) - 1
            text, bad = _decode(raw, offset, line_no, reported, warn)
            yield text + ("" if open_end else "\n")
            reported = reported or bad
            offset += len(raw) + (0 if open_end else 1)
            line_no += 0 if open_end else 1
    if pending:
        yield _decode(pending, offset, line_no, reported, warn)[0]


def _decode(
    raw: bytes, offset: int, line_no: int, reported: bool, warn: Callable[[str], None]
) -> tuple[str, bool]:
    bad = False
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = True
        if not reported:
            warn(
                f"line {line_no}: invalid UTF-8 at byte {offset + exc.start} (replaced with U+FFFD; "
                "save the file as UTF-8 to silence this)"
            )
        text = raw.decode("utf-8", errors="replace")
    return (text.replace("\0", " ") if "\0" in text else text), bad
