"""Which documents a run checks: files, directories and globs, minus excludes and what git ignores.

A directory is walked for files with one of the configured extensions (Markdown and plain text by
default); in a git work tree the walk asks git, so ``.gitignore`` is honoured the way git reads it.
Excludes apply to every path, named or found, so a pre-commit run and ``k2check .`` agree.
Patterns are gitignore-like and relative to the configuration file's directory: ``drafts/**``,
``*.txt``, ``legacy`` (a name without ``/`` matches that name at any depth).
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from k2check.errors import UserError

if TYPE_CHECKING:
    from pathlib import Path

    from k2check.config import Settings

GLOB_CHARS = re.compile(r"[*?\[]")
ALWAYS_SKIPPED = frozenset({".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox"})


@functools.lru_cache(maxsize=256)
def _pattern(pattern: str) -> re.Pattern[str]:
    pattern = pattern.strip().rstrip("/")
    anchored = "/" in pattern
    pattern = pattern.lstrip("/")
    out = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    body = "".join(out)
    prefix = "" if anchored else "(?:.*/)?"
    # A pattern that names a directory also covers everything under it.
    return re.compile(f"{prefix}{body}(?:/.*)?")


def matches(pattern: str, relative: str) -> bool:
    return _pattern(pattern).fullmatch(relative) is not None


def relative(path: str, root: Path) -> str:
    """``path`` relative to ``root`` with ``/`` separators, or as given when it lies outside."""
    from pathlib import Path

    try:
        return Path(os.path.abspath(path)).relative_to(root).as_posix()
    except ValueError:
        return Path(path).as_posix()


def excluded(path: str, settings: Settings) -> bool:
    rel = relative(path, settings.root)
    return any(matches(p, rel) for p in settings.exclude)


def ignored_ids(path: str, settings: Settings) -> frozenset[str]:
    """Claim ids ``per-file-ignores`` switches off for ``path`` (``*`` for all)."""
    if not settings.per_file_ignores:
        return frozenset()
    rel = relative(path, settings.root)
    found: set[str] = set()
    for pattern, ids in settings.per_file_ignores.items():
        if matches(pattern, rel):
            found.update(ids)
    return frozenset(found)


def _glob(pattern: str) -> list[str]:
    import glob

    return glob.glob(pattern, recursive=True)


def looks_like_paths(args: list[str]) -> bool:
    """True when every argument names an existing directory, a document file, or a glob that finds files.

    ``k2check .`` and ``k2check docs/*.md`` then check documents; anything else stays a statement."""
    if not args:
        return False
    for arg in args:
        if not arg.strip() or arg == "-" or "\n" in arg:
            return False
        # os.path, not pathlib: every single statement passes here, and importing pathlib costs it 4 ms.
        try:
            if os.path.isdir(arg):
                continue
            if os.path.isfile(arg) and os.path.splitext(arg)[1].lower() in {
                ".md",
                ".markdown",
                ".txt",
                ".text",
                ".rst",
                ".mdx",
            }:
                continue
        except (OSError, ValueError):
            return False
        if GLOB_CHARS.search(arg) and " " not in arg and _glob(arg):
            continue
        return False
    return True


def expand(args: Iterable[str], settings: Settings) -> list[str]:
    """The document paths that ``args`` name, in order, without duplicates or excluded files."""
    from pathlib import Path

    out: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        if path not in seen and (path == "-" or not excluded(path, settings)):
            seen.add(path)
            out.append(path)

    for arg in args:
        if arg == "-":
            add(arg)
            continue
        path = Path(arg)
        if is_dir(path):
            for found in walk(path, settings):
                add(found)
        elif exists(path) or not GLOB_CHARS.search(arg):
            add(arg)
        else:
            hits = sorted(_glob(arg))
            if not hits:
                raise UserError(f"{arg}: no file matches this pattern")
            for hit in hits:
                if is_dir(Path(hit)):
                    for found in walk(Path(hit), settings):
                        add(found)
                else:
                    add(hit)
    return out


def is_dir(path: Path) -> bool:
    """False, not PermissionError, for a path under a directory that cannot be entered: opening the path
    later says what is wrong, in one line."""
    try:
        return path.is_dir()
    except OSError:
        return False


def exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return True  # it may well exist; opening it will say why it cannot be read


def walk(directory: Path, settings: Settings) -> list[str]:
    """Document files under ``directory`` with a configured extension, sorted, excludes applied."""
    listed = _git_files(directory) if settings.respect_gitignore else None
    if listed is None:
        listed = _walk_files(directory)
    extensions = {e.lower() for e in settings.extensions}
    return sorted(
        p for p in listed if os.path.splitext(p)[1].lower() in extensions and not excluded(p, settings)
    )


def _walk_files(directory: Path) -> list[str]:
    found: list[str] = []

    def unreadable(error: OSError) -> None:
        name = error.filename if error.filename is not None else directory
        raise UserError(f"{name}: cannot list this directory ({error.strerror}); check its permissions")

    for base, dirs, names in os.walk(directory, onerror=unreadable):
        dirs[:] = [d for d in dirs if d not in ALWAYS_SKIPPED and not d.startswith(".")]
        found.extend(os.path.normpath(os.path.join(base, n)) for n in names)
    return found


def _git_files(directory: Path) -> list[str] | None:
    import subprocess

    """Tracked and untracked-but-not-ignored files under ``directory``; None outside a git work tree."""
    try:
        proc = subprocess.run(
            [
                "git",
                "-C",
                str(directory),
                "ls-files",
                "-z",
                "--cached",
                "--others",
                "--exclude-standard",
                "--",
                ".",
            ],
            capture_output=True,
            check=False,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if proc.returncode != 0:
        return None
    names = [n for n in proc.stdout.decode("utf-8", "surrogateescape").split("\0") if n]
    prefix = "" if str(directory) == "." else str(directory)
    return [
        os.path.join(prefix, n) if prefix else n for n in names if os.path.isfile(os.path.join(directory, n))
    ]
