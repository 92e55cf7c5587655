"""The English words that typo correction must leave alone.

Correction maps an unknown word to a close word of the claims' vocabulary ("musle" -> "muscle"). A real
word is no typo, however close it is to one: "infection" is not "injection", "scare" is not "scarce" (an
opposite term of "rich in"), "tried" is not "tied". ``words-en.txt`` lists, one a line, the words of four
letters or more of SCOWL's American and British lists (``words-en.NOTICE``). It is read the first time a
correction is about to be made, which most sentences never reach, and searched as it is: building a set
of 64,000 words would cost more than all the look-ups of a run.
"""

from __future__ import annotations

import functools
import os


@functools.cache
def _listing() -> str:
    from k2check.loader import package_dir, package_files

    here = package_dir()
    if here is not None:
        with open(os.path.join(here, "lang", "words-en.txt"), encoding="ascii") as listing:
            return "\n" + listing.read()
    return "\n" + (package_files() / "lang" / "words-en.txt").read_text(encoding="ascii")


def is_english(word: str) -> bool:
    """Whether ``word`` (lower case) is an English word of the list.

    >>> is_english("infection"), is_english("musle")
    (True, False)
    """
    return f"\n{word}\n" in _listing()
