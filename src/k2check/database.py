"""Find, load and cache the claims databases.

The hot path never parses YAML: the validated database and its matching index are pickled into the
user's cache directory, keyed by a hash of the files' bytes and k2check's version, and rebuilt when
any file changes. When the cache cannot be read or written, k2check silently works without it."""

from __future__ import annotations

import os
import pickle
import zlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, overload

from k2check import __version__
from k2check import index as index_module
from k2check import matcher as matcher_module
from k2check.claims import Database, merge
from k2check.index import Index, build_index
from k2check.loader import DatabaseError, Problem, bundled_path, load_bytes, read_bytes, shared_phrasings

ENV_CLAIMS = "K2CHECK_CLAIMS"
ENV_CACHE = "K2CHECK_CACHE_DIR"
# Bump when the pickled classes change shape, so old caches are ignored.
CACHE_FORMAT = 10
KEEP_CACHES = 8
EAGER_CLAIMS = 500


class Loaded:
    """A ready database: the claims, their matching index, and notices from merging user files."""

    __slots__ = ("db", "index", "notices")

    def __init__(self, db: Database, index: Index, notices: tuple[str, ...]) -> None:
        self.db = db
        self.index = index
        self.notices = notices


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


class _Records:
    """Per-claim records (the claim and its part of the index), kept as pickled bytes until a claim is
    first needed: a run reads the few claims a statement reaches, not all of a large database."""

    __slots__ = ("blobs", "decoded")

    def __init__(self, blobs: list[bytes]) -> None:
        self.blobs = blobs
        self.decoded: dict[int, tuple[Any, ...]] = {}

    def get(self, position: int) -> tuple[Any, ...]:
        record = self.decoded.get(position)
        if record is None:
            record = self.decoded[position] = pickle.loads(self.blobs[position])
        return record


class _Column(Sequence[Any]):
    """One field of every record, as a read-only sequence."""

    __slots__ = ("field", "records")

    def __init__(self, records: _Records, field: int) -> None:
        self.records = records
        self.field = field

    def __len__(self) -> int:
        return len(self.records.blobs)

    @overload
    def __getitem__(self, position: int) -> Any: ...
    @overload
    def __getitem__(self, position: slice) -> list[Any]: ...
    def __getitem__(self, position: int | slice) -> Any:
        if isinstance(position, slice):
            return [self[i] for i in range(len(self))[position]]
        if position < 0:
            position += len(self)
        if not 0 <= position < len(self):
            raise IndexError(position)
        return self.records.get(position)[self.field]


class _Postings(dict[str, Any]):
    """stem -> postings, each list unpickled on first use."""

    def get(self, key: str, default: Any = None) -> Any:
        value = super().get(key, default)
        if isinstance(value, bytes):
            value = pickle.loads(value)
            self[key] = value
        return value


PER_CLAIM = ("subjects", "groups", "phrases", "comparative", "forms")


def _freeze(loaded: Loaded) -> tuple[Any, ...]:
    index = loaded.index
    records = [
        pickle.dumps(
            (claim, *(getattr(index, name)[i] for name in PER_CLAIM)), protocol=pickle.HIGHEST_PROTOCOL
        )
        for i, claim in enumerate(loaded.db.claims)
    ]
    postings = {
        stem: pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL)
        for stem, entries in index.postings.items()
    }
    core = index._replace(
        claims=(), postings={}, subjects=(), groups=(), phrases=(), comparative=(), forms=()
    )
    db = loaded.db._replace(claims=(), claim_ids=loaded.db.ids)
    return db, core, postings, records, loaded.notices


def _thaw(frozen: tuple[Any, ...]) -> Loaded:
    db, core, postings, blobs, notices = frozen
    width = len(PER_CLAIM) + 1
    columns: list[Sequence[Any]]
    if len(blobs) <= EAGER_CLAIMS:
        # A small database is read whole: plain lists are faster to index than lazy columns.
        rows = [pickle.loads(blob) for blob in blobs]
        columns = [list(column) for column in zip(*rows, strict=True)] if rows else [[] for _ in range(width)]
        postings = {stem: pickle.loads(data) for stem, data in postings.items()}
    else:
        records = _Records(blobs)
        columns = [_Column(records, field) for field in range(width)]
        postings = _Postings(postings)
    per_claim: dict[str, Any] = dict(zip(PER_CLAIM, columns[1:], strict=True))
    index = core._replace(claims=columns[0], postings=postings, **per_claim)
    return Loaded(db._replace(claims=columns[0]), index, notices)


def _read_cache(path: Path, key: str) -> Loaded | None:
    try:
        # The cache is a pickle: only trust one this user wrote.
        if hasattr(os, "getuid") and path.stat().st_uid != os.getuid():
            return None
        with path.open("rb") as handle:
            stored_key, frozen = pickle.load(handle)
        if stored_key != key:
            return None
        return _thaw(frozen)
    except Exception:
        return None


def _write_cache(path: Path, key: str, loaded: Loaded) -> None:
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump((key, _freeze(loaded)), handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        # Each database and k2check version gets its own file; keep only the most recent few.
        old = sorted(path.parent.glob("db-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in old[KEEP_CACHES:]:
            stale.unlink(missing_ok=True)
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

    # The index is built by this code: a changed matcher (a development install) must not reuse it.
    code = [Path(module.__file__ or "").stat() for module in (index_module, matcher_module)]
    parts = [f"{__version__}/{CACHE_FORMAT}", *(f"{c.st_size}/{c.st_mtime_ns}" for c in code)]
    parts.extend(f"{name}:{len(data)}:{zlib.crc32(data):08x}" for name, data in sources)
    key = "\0".join(parts)
    cache_file = cache_dir() / f"db-{zlib.crc32(key.encode('utf-8', 'surrogateescape')):08x}.pickle"
    if use_cache:
        cached = _read_cache(cache_file, key)
        if cached is not None:
            return cached

    databases: list[Database] = []
    for name, data in sources:
        try:
            databases.append(load_bytes(data, name))
        except DatabaseError as exc:
            problems.extend(exc.problems)
    problems.extend(shared_phrasings(databases))
    if problems:
        raise DatabaseError(problems)
    db, notices = merge(databases)
    loaded = Loaded(db, build_index(db), tuple(notices))
    if use_cache:
        _write_cache(cache_file, key, loaded)
    return loaded
