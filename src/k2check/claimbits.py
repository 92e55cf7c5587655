"""The first phase of the matcher's gate, over sets of claims kept as bits of one integer (bit ``ci`` is
claim ``ci``).

A sentence reaches a claim when it names the claim's subject and, for each required keyword group, a
term of it. This phase looks only at the first word of each term (the postings key), so it finds a
superset of the claims whose groups are really named, with a few integer operations per key instead of
a loop over the claims: its cost does not grow with the size of the database. The matcher then verifies
the terms of the few claims left, word by word."""

from collections.abc import Callable, Iterable, Iterator
from functools import reduce
from itertools import zip_longest
from operator import or_
from typing import NamedTuple

Posting = tuple[int, int, tuple[str, ...], bool]


class Required(NamedTuple):
    """A claim's required (not optional) keyword groups, as positions and as a bit mask."""

    groups: tuple[int, ...]
    mask: int


def claims_in(bits: int) -> Iterator[int]:
    """The claims of a bit set, in ascending order."""
    while bits:
        low = bits & -bits
        yield low.bit_length() - 1
        bits ^= low


def bits_of(claims: Iterable[int]) -> int:
    bits = 0
    for ci in claims:
        bits |= 1 << ci
    return bits


class KeyPostings(NamedTuple):
    """One postings key's entries, by group position and by claim."""

    # group position -> the claims with a term in that group that starts with the key
    groups: tuple[int, ...]
    # claim -> its postings under the key, in index order (claim, group, term, opposite)
    entries: dict[int, tuple[Posting, ...]]
    # the claims with postings under the key
    claims: int = 0

    @staticmethod
    def of(postings: Iterable[Posting]) -> "KeyPostings":
        groups: list[int] = []
        entries: dict[int, list[Posting]] = {}
        for posting in postings:
            ci, gi = posting[0], posting[1]
            groups.extend([0] * (gi + 1 - len(groups)))
            groups[gi] |= 1 << ci
            entries.setdefault(ci, []).append(posting)
        return KeyPostings(
            tuple(groups), {ci: tuple(found) for ci, found in entries.items()}, bits_of(entries)
        )


class GroupGate:
    """Which candidate claims a sentence can still keep, from the postings keys its words reach.

    Claims' required groups are learned the first time a sentence reaches them, so a run over a large
    database reads only the claims its text touches."""

    def __init__(self, required: Callable[[int], Required]) -> None:
        self._required = required
        self._learned = 0
        # group position -> the learned claims for which that group is required
        self._required_at: list[int] = []
        # number of required groups -> the learned claims with exactly that many
        self._by_count: dict[int, int] = {}

    def _learn(self, bits: int) -> None:
        for ci in claims_in(bits):
            required = self._required(ci)
            for gi in required.groups:
                self._required_at.extend([0] * (gi + 1 - len(self._required_at)))
                self._required_at[gi] |= 1 << ci
            count = len(required.groups)
            self._by_count[count] = self._by_count.get(count, 0) | 1 << ci
        self._learned |= bits

    def _at_least(self, count: int) -> int:
        bits = 0
        for n, claims in self._by_count.items():
            if n >= count:
                bits |= claims
        return bits

    def named(self, keys: Iterable[KeyPostings], candidates: int) -> list[int]:
        """Per group position, the candidate claims with a term of that group starting with a key."""
        by_group = zip_longest(*(key.groups for key in keys), fillvalue=0)
        return [reduce(or_, claims) & candidates for claims in by_group]

    def reachable(self, named: list[int], fallback_groups: int | None) -> int:
        """The claims with a group named that are at most one required group short, and one short only
        when they have ``fallback_groups`` required groups; every claim with a group named when
        ``fallback_groups`` is None."""
        reached = 0
        for claims in named:
            reached |= claims
        if not reached or fallback_groups is None:
            return reached
        if reached & ~self._learned:
            self._learn(reached & ~self._learned)
        # Count the missing groups of every claim at once: ``once`` holds the claims missing at least
        # one required group, ``twice`` those missing at least two.
        once = twice = 0
        for gi, required in enumerate(self._required_at):
            missing = required & reached & ~(named[gi] if gi < len(named) else 0)
            twice |= once & missing
            once |= missing
        return reached & ~twice & (~once | self._at_least(fallback_groups))
