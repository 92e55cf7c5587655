"""Read documents as text lines: UTF-8 with replacement, binary files refused, bounded memory."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO

CHUNK = 1 << 16
MAX_LINE = 4 << 20
SNIFF = 8192


class BinaryInput(Exception):
    """The input is not text k2check can read; the message says why, for ``PATH: message``."""


class Piece(str):
    """Part of a line longer than 4 MiB, without a newline: the next item continues the same line."""

    __slots__ = ()


def decode_lines(stream: BinaryIO, warn: Callable[[str], None]) -> Iterator[str]:
    """Decoded lines of ``stream``, each ending with its newline (the last may not).

    Undecodable bytes become U+FFFD and NUL bytes spaces; the first of each is reported through ``warn``
    as ``LINE: message`` with its byte offset. NUL bytes in the first 8 KiB, or a UTF-16 byte-order
    mark, mean the input is not UTF-8 text (BinaryInput). A line longer than 4 MiB is passed on as
    Pieces, cut after a space where there is one and never inside a character, so memory stays
    bounded."""
    decoder = _Decoder(warn)
    parts: list[bytes] = []
    size = 0
    first = True
    # read1 hands over what a pipe has now, so results stream out while a slow producer is still writing.
    read = getattr(stream, "read1", stream.read)
    while True:
        chunk = read(CHUNK)
        if first:
            first = False
            if chunk.startswith((b"\xff\xfe", b"\xfe\xff")):
                raise BinaryInput("is UTF-16 text, not UTF-8; skipped (save it as UTF-8 to check it)")
            if b"\0" in chunk[:SNIFF]:
                raise BinaryInput("looks like a binary file (NUL bytes); skipped")
            if chunk.startswith(b"\xef\xbb\xbf"):
                chunk = chunk[3:]
                decoder.offset = 3
        if not chunk:
            break
        pieces = chunk.split(b"\n")
        if len(pieces) > 1:
            parts.append(pieces[0])
            yield decoder.line(b"".join(parts), True)
            for raw in pieces[1:-1]:
                yield decoder.line(raw, True)
            parts = [pieces[-1]]
            size = len(pieces[-1])
        else:
            parts.append(chunk)
            size += len(chunk)
        if size > MAX_LINE:
            data = b"".join(parts)
            while len(data) > MAX_LINE:
                cut = _cut(data)
                yield Piece(decoder.line(data[:cut], False))
                data = data[cut:]
            parts = [data]
            size = len(data)
    if size:
        yield decoder.line(b"".join(parts), False)


def _cut(data: bytes) -> int:
    space = max(data.rfind(b" ", MAX_LINE // 2, MAX_LINE), data.rfind(b"\t", MAX_LINE // 2, MAX_LINE))
    if space >= 0:
        return space + 1
    cut = MAX_LINE
    while cut > MAX_LINE - 3 and data[cut] & 0xC0 == 0x80:
        cut -= 1
    return cut


class _Decoder:
    """Decodes one line at a time, keeping the byte offset and line number for warnings."""

    __slots__ = ("line_no", "nul_reported", "offset", "utf8_reported", "warn")

    def __init__(self, warn: Callable[[str], None]) -> None:
        self.warn = warn
        self.offset = 0
        self.line_no = 1
        self.utf8_reported = False
        self.nul_reported = False

    def line(self, raw: bytes, closed: bool) -> str:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            if not self.utf8_reported:
                self.utf8_reported = True
                self.warn(
                    f"{self.line_no}: invalid UTF-8 at byte {self.offset + exc.start} (replaced with "
                    "U+FFFD; save the file as UTF-8 to silence this)"
                )
            text = raw.decode("utf-8", errors="replace")
        if "\0" in text:
            if not self.nul_reported:
                self.nul_reported = True
                at = self.offset + raw.index(b"\0")
                self.warn(
                    f"{self.line_no}: NUL byte at byte {at} (read as a space; "
                    "remove NUL bytes from the file to silence this)"
                )
            text = text.replace("\0", " ")
        self.offset += len(raw) + closed
        self.line_no += closed
        return text + "\n" if closed else text
