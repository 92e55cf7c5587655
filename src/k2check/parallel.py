"""Run one function over many items in worker processes and hand back the answers in input order.

At most ``2 * jobs`` items are in flight, so a slow item holds back only a bounded number of finished
answers: memory stays flat however many items there are. Workers are forked where that is safe (they
inherit what the parent has loaded) and spawned elsewhere; they ignore Ctrl-C, which the parent handles.
"""

from __future__ import annotations

import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def usable_cores() -> int:
    """The CPUs this process may run on (its affinity mask, where the OS has one), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def start_method() -> str:
    """``fork`` where it is the safe default (Linux and other Unixes but macOS), else ``spawn``."""
    import multiprocessing

    if sys.platform != "darwin" and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


def _quiet_interrupts(setup: Callable[..., None] | None, args: tuple[Any, ...]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if setup is not None:
        setup(*args)


def ordered(
    function: Callable[[T], R],
    items: Iterable[T],
    jobs: int,
    setup: Callable[..., None] | None = None,
    setup_args: tuple[Any, ...] = (),
    method: str | None = None,
) -> Iterator[R]:
    """``map(function, items)`` over ``jobs`` worker processes, in order; ``setup(*setup_args)`` runs once
    in each worker first. Closing the iterator early cancels what has not started."""
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    todo = iter(items)
    context = multiprocessing.get_context(method or start_method())
    pool = ProcessPoolExecutor(jobs, context, initializer=_quiet_interrupts, initargs=(setup, setup_args))
    pending: deque[Future[R]] = deque()
    try:
        for item in todo:
            pending.append(pool.submit(function, item))
            if len(pending) >= 2 * jobs:
                break
        while pending:
            answer = pending.popleft().result()
            for item in todo:
                pending.append(pool.submit(function, item))
                break
            yield answer
    finally:
        pool.shutdown(wait=not pending, cancel_futures=True)
