"""Find, load and cache the claims databases.

The hot path never parses YAML: the validated database and its matching index are pickled into the
user's cache directory, keyed by a hash of the files' bytes and k2check's version, and rebuilt when
any file changes. When the cache cannot be read or written, k2check silently works without it."""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from k2check import __version__
from k2check.claims import Database, merge
from k2check.loader import DatabaseError, Problem, bundled_path, load_bytes, read_bytes
from k2check.matcher import Index, build_index

ENV_CLAIMS = "K2CHECK_CLAIMS"
ENV_CACHE = "K2CHECK_CACHE_DIR"


@dataclass(frozen=True, slots=True)
class Loaded:
    db: Database
    index: Index
    notices: tuple[str, ...]


def claim_paths(extra: list[Path], env: Mapping[str, str] | None = None) -> list[Path]:
    """User databases: K2CHECK_CLAIMS (a path list) first, then --claims files, later ones winning."""
    env = os.environ if env is None else env
    from_env = [Path(p) for p in env.get(ENV_CLAIMS, "").split(os.pathsep) if p.strip()]
    return from_env + list(extra)


def cache_dir(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    if env.get(ENV_CACHE):
        return Path(env[ENV_CACHE])
    base = env.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "k2check"


def _read_cache(path: Path) -> Loaded | None:
    try:
        with path.open("rb") as handle:
            loaded = pickle.load(handle)
    except Exception:
        return None
    return loaded if isinstance(loaded, Loaded) else None


def _write_cache(path: Path, loaded: Loaded) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(loaded, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass


def load(paths: list[Path], bundled: bool = True, use_cache: bool = True) -> Loaded:
    """The merged database of the bundled file (unless ``bundled`` is False) and ``paths``."""
    sources: list[tuple[str, bytes]] = []
    if bundled:
        path = bundled_path()
        sources.append((str(path), read_bytes(path)))
    problems: list[Problem] = []
    for path in paths:
        try:
            sources.append((str(path), read_bytes(path)))
        except DatabaseError as exc:
            problems.extend(exc.problems)
    if problems:
        raise DatabaseError(problems)
    if not sources:
        raise DatabaseError(
            [Problem("--no-bundled", 0, "no claims database left to use; add one with --claims FILE")]
        )

    digest = hashlib.sha256(__version__.encode())
    for name, data in sources:
        digest.update(name.encode("utf-8", "surrogateescape") + b"\0" + hashlib.sha256(data).digest())
    cache_file = cache_dir() / f"db-{digest.hexdigest()[:32]}.pickle"
    if use_cache:
        cached = _read_cache(cache_file)
        if cached is not None:
            return cached

    databases: list[Database] = []
    for name, data in sources:
        try:
            databases.append(load_bytes(data, name))
        except DatabaseError as exc:
            problems.extend(exc.problems)
    if problems:
        raise DatabaseError(problems)
    db, notices = merge(databases)
    loaded = Loaded(db, build_index(db), tuple(notices))
    if use_cache:
        _write_cache(cache_file, loaded)
    return loaded
