"""Find, load and cache the claims databases.

The hot path never parses YAML: the validated database and its matching index are stored in the user's
cache directory in a data-only format (``store``), keyed by a digest of the claims files' bytes, of
k2check's code and of its version, and rebuilt when any of them changes. When the cache cannot be read
or written, or holds something k2check did not write, k2check silently works without it."""

from __future__ import annotations

import functools
import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, overload

from k2check import __version__, store
from k2check.claims import Database, merge
from k2check.index import Index, build_index
from k2check.loader import (
    DatabaseError,
    Problem,
    bundled_source,
    load_bytes,
    read_bytes,
    shared_phrasings,
)

ENV_CLAIMS = "K2CHECK_CLAIMS"
ENV_CACHE = "K2CHECK_CACHE_DIR"
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


def cache_dir(env: Mapping[str, str] | None = None) -> Path | None:
    """K2CHECK_CACHE_DIR, else the XDG cache directory; None when there is no safe place to name."""
    env = os.environ if env is None else env
    if env.get(ENV_CACHE):
        return Path(env[ENV_CACHE])
    return store.default_dir(env)


class _Records:
    """Per-claim records (the claim and its part of the index), kept as encoded text until a claim is
    first needed: a run reads the few claims a statement reaches, not all of a large database."""

    __slots__ = ("blobs", "decoded")

    def __init__(self, blobs: list[str]) -> None:
        self.blobs = blobs
        self.decoded: dict[int, tuple[Any, ...]] = {}

    def get(self, position: int) -> tuple[Any, ...]:
        record = self.decoded.get(position)
        if record is None:
            record = self.decoded[position] = _unpack(self.blobs[position])
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
    """stem -> postings, each list decoded on first use, whichever way it is read."""

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def __getitem__(self, key: str) -> Any:
        value = super().__getitem__(key)
        if isinstance(value, str):
            value = _unpack(value)
            self[key] = value
        return value


def _pack(value: Any) -> str:
    return json.dumps(store.encode(value), ensure_ascii=False, separators=(",", ":"))


def _unpack(text: str) -> Any:
    # The file's digest was checked when it was read, so a record decodes as it was written.
    return store.decode(json.loads(text))


PER_CLAIM = ("subjects", "groups", "phrases", "comparative", "forms")


def _freeze(loaded: Loaded) -> tuple[Any, ...]:
    """The database as plain data. A large one keeps each claim's record and each postings list as
    separate JSON text, decoded when first needed; a small one is stored (and read) whole."""
    index = loaded.index
    claims = loaded.db.claims
    lazy = len(claims) > EAGER_CLAIMS
    pack = _pack if lazy else (lambda value: value)
    records = [
        pack((claim, *(getattr(index, name)[i] for name in PER_CLAIM))) for i, claim in enumerate(claims)
    ]
    postings = {stem: pack(index.postings.get(stem)) for stem in index.postings}
    core = index._replace(
        claims=(), postings={}, subjects=(), groups=(), phrases=(), comparative=(), forms=()
    )
    db = loaded.db._replace(claims=(), claim_ids=loaded.db.ids)
    return db, core, postings, records, loaded.notices, lazy


def _thaw(frozen: tuple[Any, ...]) -> Loaded:
    db, core, postings, records, notices, lazy = frozen
    width = len(PER_CLAIM) + 1
    columns: list[Sequence[Any]]
    if not lazy:
        # A small database is read whole: plain lists are faster to index than lazy columns.
        columns = [list(c) for c in zip(*records, strict=True)] if records else [[] for _ in range(width)]
    else:
        lazy_records = _Records(records)
        columns = [_Column(lazy_records, field) for field in range(width)]
        postings = _Postings(postings)
    per_claim: dict[str, Any] = dict(zip(PER_CLAIM, columns[1:], strict=True))
    index = core._replace(claims=columns[0], postings=postings, **per_claim)
    return Loaded(db._replace(claims=columns[0]), index, notices)


def freeze(loaded: Loaded, key: str = "") -> bytes:
    """The loaded database as a data-only file (``store`` format)."""
    return store.dumps(key, _freeze(loaded))


def thaw(raw: bytes, key: str | None = None) -> Loaded:
    """A database from ``freeze``'s bytes; store.FormatError when they are not intact (or not for ``key``)."""
    try:
        return _thaw(store.loads(raw, key))
    except (TypeError, ValueError, AttributeError) as exc:
        raise store.FormatError(str(exc)) from None


def _read_cache(folder: store.CacheDir, name: str, key: str) -> Loaded | None:
    raw = folder.read(name)
    if raw is None:
        return None
    try:
        return thaw(raw, key)
    except store.FormatError:
        return None


@functools.cache
def _code_digest() -> str:
    """SHA-256 of every ``*.py`` file in the package: the index is built by this code, so any change to it
    (an upgrade, a development edit) makes a new cache; two installs of the same release share one."""
    digest = hashlib.sha256()
    todo = [resources.files("k2check")]
    files = []
    while todo:
        folder = todo.pop()
        for entry in folder.iterdir():
            if entry.is_dir() and entry.name != "__pycache__":
                todo.append(entry)
            elif entry.name.endswith(".py"):
                files.append(entry)
    for entry in sorted(files, key=str):
        data = entry.read_bytes()
        digest.update(f"{entry.name}:{len(data)}:".encode())
        digest.update(data)
    return digest.hexdigest()


def read_sources(paths: list[Path], bundled: bool = True) -> list[tuple[str, bytes]]:
    """(name, bytes) of the bundled database (unless ``bundled`` is False) and ``paths``, in order."""
    sources: list[tuple[str, bytes]] = []
    if bundled:
        sources.append(bundled_source())
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
    return sources


def cache_key(sources: list[tuple[str, bytes]]) -> str:
    digest = hashlib.sha256(f"{__version__}\0{_code_digest()}".encode())
    for name, data in sources:
        digest.update(b"\0" + name.encode("utf-8", "surrogatepass") + b"\0")
        digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


def build(sources: list[tuple[str, bytes]]) -> Loaded:
    """Parse, validate, merge and index ``sources``, with no cache."""
    problems: list[Problem] = []
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
    return Loaded(db, build_index(db), tuple(notices))


def load(
    paths: list[Path],
    bundled: bool = True,
    use_cache: bool = True,
    cache: Path | None = None,
    chosen_cache: bool = False,
) -> Loaded:
    """The merged database of the bundled file (unless ``bundled`` is False) and ``paths``.

    ``paths`` are used as given (add K2CHECK_CLAIMS with ``claim_paths``). The cache lives in ``cache``,
    else ``cache_dir()``; with ``use_cache`` False nothing is read from or written to disk but the
    claims files. ``chosen_cache``: the user chose the directory, so say so when it cannot be used."""
    sources = read_sources(paths, bundled)
    folder_path = (cache or cache_dir()) if use_cache else None
    folder = store.CacheDir.open(folder_path) if folder_path is not None else None
    # Only a cache directory the user chose is worth a notice when it cannot be used; the default one
    # (a read-only home, a container) quietly does without.
    chosen = chosen_cache and folder_path is not None
    if folder is None:
        loaded = build(sources)
        return _unwritable(loaded, folder_path) if chosen else loaded
    with folder:
        key = cache_key(sources)
        name = f"db-{key[:32]}.k2c"
        cached = _read_cache(folder, name, key)
        if cached is not None:
            return cached
        loaded = build(sources)
        if folder.write(name, freeze(loaded, key)):
            folder.prune()
            return loaded
        return _unwritable(loaded, folder_path) if chosen else loaded


def _unwritable(loaded: Loaded, folder: Path | None) -> Loaded:
    """The database with a notice that it could not be cached, so every run pays for a rebuild."""
    notice = (
        f"cache: cannot use {folder} for the database cache (not writable, or not a directory only you can "
        f"write); every run rebuilds the database. Set {ENV_CACHE} to a directory of your own"
    )
    return Loaded(loaded.db, loaded.index, (*loaded.notices, notice))
