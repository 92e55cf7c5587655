"""A bounded memory of recent results, for what a run works out again and again (one sentence under many
headings, a site's repeated boilerplate): memory stays flat in document size."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Recent(Generic[K, V]):
    """A mapping that keeps its ``size`` most recently added entries, dropping the oldest first (an
    OrderedDict drops its first entry in constant time; a dict's first key is found by scanning past
    the slots of the entries already dropped)."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        return self._items.get(key)

    def put(self, key: K, value: V) -> V:
        """Remember ``value`` under ``key``, and return it."""
        if len(self._items) >= self._size:
            self._items.popitem(last=False)
        self._items[key] = value
        return value
