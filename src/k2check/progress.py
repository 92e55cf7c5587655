"""A progress bar on stderr while a long document is read, for people watching a terminal."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

MIN_SIZE = 1 << 20
STEP = 1 << 16


def tracked(lines: Iterable[str], path: Path, label: str) -> Iterator[str]:
    """``lines`` unchanged; for a file of 1 MiB or more, a transient bar shows how much has been read."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size < MIN_SIZE:
        yield from lines
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn, TimeRemainingColumn

    console = Console(stderr=True, highlight=False)
    columns = (TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task(f"checking {label}", total=size)
        done = 0
        shown = 0
        for line in lines:
            done += len(line.encode("utf-8", "surrogatepass"))
            if done - shown >= STEP:
                bar.update(task, completed=done)
                shown = done
            yield line
