"""Regular expressions compiled on first use.

A single statement runs few of the document patterns (layout, replies, most page-furniture tests), and
compiling every one of them at import cost several milliseconds of a statement's start-up. A lazy
pattern costs one extra call per use, which documents do not notice."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator


class LazyPattern:
    """``re.compile(pattern, flags)``, done the first time one of its methods is called."""

    __slots__ = ("_compiled", "_flags", "_pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def pattern(self) -> str:
        return self._pattern

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        return self._compiled

    def match(self, text: str) -> re.Match[str] | None:
        return (self._compiled or self.compiled).match(text)

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        return (self._compiled or self.compiled).split(text, maxsplit)

    def search(self, text: str) -> re.Match[str] | None:
        return (self._compiled or self.compiled).search(text)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return (self._compiled or self.compiled).finditer(text)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return (self._compiled or self.compiled).sub(repl, text, count)
