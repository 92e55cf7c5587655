"""Find, load and cache the claims databases.

The hot path never parses YAML: the validated database and its matching index are stored in the user's
cache directory in a data-only format (``store``), keyed by a digest of the claims files' bytes, of
k2check's code and of its version, and rebuilt when any of them changes. When the cache cannot be read
or written, or holds something k2check did not write, k2check silently works without it."""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

from k2check import __version__, store
from k2check.claims import Database, merge
from k2check.index import Index, build_index
from k2check.loader import (
    DatabaseError,
    Problem,
    bundled_source,
    load_bytes,
    package_dir,
    package_files,
    read_bytes,
    shared_phrasings,
)

if TYPE_CHECKING:
    from pathlib import Path

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
    from_env = [_path(p) for p in env.get(ENV_CLAIMS, "").split(os.pathsep) if p.strip()]
    return from_env + list(extra)


def _path(name: str) -> Path:
    from pathlib import Path

    return Path(name)


def cache_dir(env: Mapping[str, str] | None = None) -> str | None:
    """K2CHECK_CACHE_DIR, else the XDG cache directory; None when there is no safe place to name."""
    env = os.environ if env is None else env
    if env.get(ENV_CACHE):
        return env[ENV_CACHE]
    return store.default_dir(env)


class _Records:
    """Per-claim records (the claim and its part of the index), kept as encoded text until a claim is
    first needed: a run reads the few claims a statement reaches, not all of a large database."""

    __slots__ = ("blobs", "decoded")

    def __init__(self, blobs: list[str] | list[bytes]) -> None:
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
        if isinstance(value, (str, bytes)):
            value = _unpack(value)
            self[key] = value
        return value


def _pack(value: Any) -> str:
    return json.dumps(store.encode(value), ensure_ascii=False, separators=(",", ":"))


def _unpack(text: str | bytes) -> Any:
    # The file's digest was checked when it was read, so a record decodes as it was written.
    return store.decode(json.loads(text))


PER_CLAIM = ("subjects", "groups", "phrases", "comparative", "forms")


def _freeze(loaded: Loaded) -> tuple[tuple[Any, ...], list[str]]:
    """The database as plain data, and each claim's record and each postings list as a line of JSON
    text of its own, so that a run can decode only the lines it reaches (``thaw(lazy=True)``)."""
    index = loaded.index
    claims = loaded.db.claims
    records = [
        _pack((claim, *(getattr(index, name)[i] for name in PER_CLAIM))) for i, claim in enumerate(claims)
    ]
    stems = list(index.postings)
    postings = [_pack(index.postings[stem]) for stem in stems]
    core = index._replace(
        claims=(), postings={}, subjects=(), groups=(), phrases=(), comparative=(), forms=()
    )
    db = loaded.db._replace(claims=(), claim_ids=loaded.db.ids)
    return (db, core, stems, len(records), loaded.notices, LINES), records + postings


# The last field of a stored database says where its records are: LINES, each its own line of the file;
# True (earlier files), JSON texts inside the body; False, inline.
LINES = "lines"


def _unpack_all(texts: Sequence[str | bytes]) -> list[Any]:
    """Many ``_pack`` texts decoded at once: one JSON parse of the joined array."""
    if not texts:
        return []
    joined = b"[" + b",".join(t.encode("utf-8", "surrogatepass") if isinstance(t, str) else t for t in texts)
    return [store.decode(item) for item in json.loads(joined + b"]")]


def _thaw(frozen: tuple[Any, ...], lines: list[bytes], lazy: bool | None) -> Loaded:
    db, core, postings, records, notices, packed = frozen
    if packed == LINES:
        if len(lines) != records + len(postings):
            raise store.FormatError("wrong number of lines")
        postings = dict(zip(postings, lines[records:], strict=True))
        records = lines[:records]
        packed = True
    width = len(PER_CLAIM) + 1
    if lazy is None:
        lazy = len(records) > EAGER_CLAIMS
    columns: list[Sequence[Any]]
    if packed and lazy:
        lazy_records = _Records(records)
        columns = [_Column(lazy_records, field) for field in range(width)]
        postings = _Postings(postings)
    else:
        # Read whole (a small database, or documents that reach every claim): plain lists are faster to
        # index than lazy columns.
        if packed:
            records = _unpack_all(records)
            postings = dict(zip(postings, _unpack_all(list(postings.values())), strict=True))
        columns = [list(c) for c in zip(*records, strict=True)] if records else [[] for _ in range(width)]
    per_claim: dict[str, Any] = dict(zip(PER_CLAIM, columns[1:], strict=True))
    index = core._replace(claims=columns[0], postings=postings, **per_claim)
    return Loaded(db._replace(claims=columns[0]), index, notices)


def freeze(loaded: Loaded, key: str = "") -> bytes:
    """The loaded database as a data-only file (``store`` format)."""
    return store.dumps(key, *_freeze(loaded))


def thaw(raw: bytes, key: str | None = None, lazy: bool | None = None) -> Loaded:
    """A database from ``freeze``'s bytes; store.FormatError when they are not intact (or not for ``key``).

    ``lazy``: decode each claim's record and each postings list when first used (quick to start, for a
    few statements), or all at once (faster to index, for documents); None chooses by the database's
    size (lazy beyond EAGER_CLAIMS claims)."""
    try:
        return _thaw(*store.read(raw, key), lazy)
    except (TypeError, ValueError, AttributeError) as exc:
        raise store.FormatError(str(exc)) from None


def _read_cache(folder: store.CacheDir, name: str, key: str, lazy: bool | None) -> Loaded | None:
    raw = folder.read(name)
    if raw is None:
        return None
    try:
        return thaw(raw, key, lazy)
    except store.FormatError:
        return None


@functools.cache
def _code_digest() -> str:
    """A digest of every ``*.py`` file in the package: the index is built by this code, so any change to it
    (an upgrade, a development edit) makes a new cache. Installed as plain files, each file's path, size
    and modification time stand for its bytes (reading them all would cost every run a millisecond);
    imported from a zip, the bytes are hashed."""
    here = package_dir()
    if here is not None:
        digest = store.hasher(b"stat\0")
        for name, size, mtime in sorted(_python_files(here)):
            digest.update(f"{name}:{size}:{mtime}\0".encode("utf-8", "surrogatepass"))
        return digest.hexdigest()
    digest = store.hasher()
    todo = [package_files()]
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


def _python_files(top: str) -> list[tuple[str, int, int]]:
    """(path, size, mtime in ns) of every ``*.py`` file under ``top``."""
    found: list[tuple[str, int, int]] = []
    todo = [top]
    while todo:
        with os.scandir(todo.pop()) as entries:
            for entry in entries:
                if entry.name.endswith(".py") and entry.is_file():
                    info = entry.stat()
                    found.append((entry.path, info.st_size, info.st_mtime_ns))
                elif entry.name != "__pycache__" and entry.is_dir():
                    todo.append(entry.path)
    return found


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
    digest = store.hasher(f"{__version__}\0{_code_digest()}".encode())
    for name, data in sources:
        digest.update(b"\0" + name.encode("utf-8", "surrogatepass") + b"\0")
        digest.update(store.hasher(data).digest())
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
    cache: str | os.PathLike[str] | None = None,
    chosen_cache: bool = False,
    lazy: bool | None = None,
) -> Loaded:
    """The merged database of the bundled file (unless ``bundled`` is False) and ``paths``.

    ``paths`` are used as given (add K2CHECK_CLAIMS with ``claim_paths``). The cache lives in ``cache``,
    else ``cache_dir()``; with ``use_cache`` False nothing is read from or written to disk but the
    claims files. ``chosen_cache``: the user chose the directory, so say so when it cannot be used.
    ``lazy``: how a cached database is decoded (see ``thaw``)."""
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
        cached = _read_cache(folder, name, key, lazy)
        if cached is not None:
            return cached
        loaded = build(sources)
        if folder.write(name, freeze(loaded, key)):
            folder.prune()
            return loaded
        return _unwritable(loaded, folder_path) if chosen else loaded


def load_default(
    claims: list[Path], bundled: bool = True, env: Mapping[str, str] | None = None, lazy: bool | None = None
) -> Loaded:
    """What the ``k2check`` command checks against (``Checker.from_default`` with its default cache): the
    bundled database, the K2CHECK_CLAIMS files, then ``claims``, cached in K2CHECK_CACHE_DIR (a directory
    the user chose, so a notice says when it cannot be used) or else the XDG cache directory."""
    chosen = bool((os.environ if env is None else env).get(ENV_CACHE))
    return load(claim_paths(claims, env), bundled, cache=cache_dir(env), chosen_cache=chosen, lazy=lazy)


def _unwritable(loaded: Loaded, folder: str | os.PathLike[str] | None) -> Loaded:
    """The database with a notice that it could not be cached, so every run pays for a rebuild."""
    notice = (
        f"cache: cannot use {folder} for the database cache (not writable, or not a directory only you can "
        f"write); every run rebuilds the database. Set {ENV_CACHE} to a directory of your own"
    )
    return Loaded(loaded.db, loaded.index, (*loaded.notices, notice))
