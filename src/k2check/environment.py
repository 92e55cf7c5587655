"""What the process was given by its environment, made safe to use: arguments decoded under a locale
that is not UTF-8, and output streams that cannot encode the text.

cli.py calls these; they live here so that the rules are tested without the command line."""

from __future__ import annotations

import codecs
import io
import os
import re
from typing import TextIO

_SURROGATE = re.compile("[\ud800-\udfff]")


def argument_text(arg: str) -> tuple[str, bool]:
    """An argument as the user typed it, and whether its bytes were valid UTF-8.

    Python decodes arguments with the locale's encoding and keeps the bytes it could not decode as lone
    surrogates. Under ``LC_ALL=C`` with locale coercion and UTF-8 mode off, that is every non-ASCII
    byte, although the user typed UTF-8: re-reading the original bytes as UTF-8 recovers the text.
    Bytes that are not UTF-8 either become U+FFFD."""
    if _SURROGATE.search(arg) is None:
        return arg, True
    try:
        raw = os.fsencode(arg)
    except UnicodeEncodeError:
        return _SURROGATE.sub("\N{REPLACEMENT CHARACTER}", arg), False
    try:
        return raw.decode("utf-8"), True
    except UnicodeDecodeError:
        return raw.decode("utf-8", errors="replace"), False


def utf8_output(stream: TextIO) -> None:
    """Write UTF-8 to a stream that Python opened as ASCII because the locale is C or POSIX without
    coercion (what Python's own C-locale coercion would have chosen), so no text becomes '?'. An
    encoding the user asked for with PYTHONIOENCODING is kept."""
    if not isinstance(stream, io.TextIOWrapper) or os.environ.get("PYTHONIOENCODING"):
        return
    try:
        ascii_only = codecs.lookup(stream.encoding).name == "ascii"
    except LookupError:
        return
    if ascii_only:
        stream.reconfigure(encoding="utf-8")
