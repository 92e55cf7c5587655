"""A data-only file format for the loaded database, and the cache directory that holds it.

Loading never runs code: the body is JSON whose arrays are tagged with a one-letter type code (tuple,
list, frozenset, dict) or the name of one of a fixed set of NamedTuple classes, and anything else is
refused. A file starts with a magic line, then a key line with the CRC-32 of the body, so a file that
k2check did not write for this key, or that was cut short or damaged, is recognised and rebuilt. (The
checksum is for damage; tampering is kept out by who may write the file, below. CRC-32 reads the 0.9 MB
bundled cache in a quarter of the time BLAKE2b takes: a millisecond of every single statement.)

Cache files are opened without following symlinks, through a directory descriptor of a directory this
user owns and nobody else may write to, and are trusted only when the open file is a regular file owned
by this user and writable by nobody else."""

from __future__ import annotations

import contextlib
import json
import os
import re
import stat
import zlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from k2check.claims import Claim, Database, KeywordGroup, Reference, Vocabulary
from k2check.index import Index, _Group

try:
    # Python's own BLAKE2: importing hashlib loads OpenSSL first, some 3 ms of every run's start-up.
    from _blake2 import blake2b
except ImportError:  # a Python built without its own BLAKE2 (hashlib then takes OpenSSL's)
    from hashlib import blake2b

MAGIC = b"k2check-db 2\n"
NAME = re.compile(r"db-[0-9a-f]{32}\.k2c\Z")
TMP_PREFIX = ".k2c-tmp-"
KEEP = 8
STALE = 600

_CLASSES: dict[str, Callable[..., Any]] = {
    cls.__name__: cls for cls in (Claim, Database, KeywordGroup, Reference, Vocabulary, Index, _Group)
}
_NAMES: dict[type, str] = {cls: name for name, cls in _CLASSES.items()}  # type: ignore[misc]


def hasher(data: bytes | memoryview = b"") -> blake2b:
    """The hash of cache keys: 256-bit BLAKE2b (as fast as OpenSSL's SHA-256 here)."""
    return blake2b(data, digest_size=32)


class FormatError(ValueError):
    """The bytes are not a database k2check wrote for this key."""


def _all_str(items: Iterable[Any]) -> bool:
    return all(type(x) is str for x in items)


def encode(value: Any) -> Any:
    """``value`` as JSON data; tuples, lists, frozensets, dicts and the known NamedTuples keep their type."""
    kind = type(value)
    if kind in (str, int, bool, float) or value is None:
        return value
    name = _NAMES.get(kind)
    if name is not None:
        return [name, *(encode(field) for field in value)]
    if kind is tuple:
        return ["T", *value] if _all_str(value) else ["t", *(encode(x) for x in value)]
    if kind is list:
        return ["L", *value] if _all_str(value) else ["l", *(encode(x) for x in value)]
    if kind is frozenset:
        # Sorted, so the same database always gives the same bytes.
        return (
            ["F", *sorted(value)] if _all_str(value) else ["f", *sorted((encode(x) for x in value), key=repr)]
        )
    if kind is dict:
        if _all_str(value) and _all_str(value.values()):
            return ["D", *(x for item in value.items() for x in item)]
        return ["d", *(encode(x) for item in value.items() for x in item)]
    raise TypeError(f"cannot store a {kind.__name__}")


def decode(data: Any) -> Any:
    """The value ``encode`` gave ``data`` for; FormatError for a tag it never writes.

    Only containers and the known NamedTuples are built, so decoding runs no code whatever the input.
    (A file whose checksum matches is trusted to hold the right shapes; this keeps start-up fast.)"""
    if type(data) is not list:
        return data
    code = data[0] if data else None
    if type(code) is not str:
        raise FormatError("untagged array")
    builder = _BUILDERS.get(code)
    if builder is not None:
        return builder(data)
    items = [x if type(x) is not list else decode(x) for x in data[1:]]
    if code == "t":
        return tuple(items)
    if code == "l":
        return items
    if code == "f":
        return frozenset(items)
    if code == "d":
        if len(items) % 2:
            raise FormatError("odd dict")
        return dict(zip(items[::2], items[1::2], strict=True))
    cls = _CLASSES.get(code)
    if cls is None:
        raise FormatError(f"unknown type {code!r}")
    try:
        return cls(*items)
    except TypeError as exc:
        raise FormatError(str(exc)) from None


def _dict(data: list[Any]) -> dict[Any, Any]:
    if len(data) % 2 == 0:
        raise FormatError("odd dict")
    return dict(zip(data[1::2], data[2::2], strict=True))


_BUILDERS: dict[Any, Callable[[list[Any]], Any]] = {
    "T": lambda data: tuple(data[1:]),
    "L": lambda data: data[1:],
    "F": lambda data: frozenset(data[1:]),
    "D": _dict,
}


def dumps(key: str, value: Any, lines: Iterable[str] = ()) -> bytes:
    """The file's bytes: magic, key and body checksum, then the body: ``value`` as one line of JSON, then
    ``lines`` (texts without a newline, such as compact JSON), each on a line of its own, which a reader
    can decode one by one when needed (``read``)."""
    body = json.dumps(encode(value), ensure_ascii=False, separators=(",", ":"), check_circular=False)
    body += "".join(f"\n{line}" for line in lines)
    data = body.encode("utf-8", "surrogatepass")
    header = json.dumps({"key": key, "crc32": zlib.crc32(data)}, ensure_ascii=True)
    return MAGIC + header.encode("ascii") + b"\n" + data


def read(raw: bytes, key: str | None) -> tuple[Any, list[bytes]]:
    """The value stored in ``raw`` and its further lines as UTF-8 bytes; FormatError unless it is intact and
    (when given) for ``key``."""
    if not raw.startswith(MAGIC):
        raise FormatError("not a k2check database file")
    end = raw.find(b"\n", len(MAGIC))
    if end < 0:
        raise FormatError("no header")
    try:
        header = json.loads(raw[len(MAGIC) : end])
        stored_key, checksum = header["key"], header["crc32"]
    except (ValueError, KeyError, TypeError):
        raise FormatError("bad header") from None
    if key is not None and stored_key != key:
        raise FormatError("another key")
    body = memoryview(raw)[end + 1 :]
    if zlib.crc32(body) != checksum:
        raise FormatError("damaged body")
    first, *lines = bytes(body).split(b"\n")
    try:
        return decode(json.loads(first.decode("utf-8", "surrogatepass"))), lines
    except (ValueError, RecursionError) as exc:
        raise FormatError(str(exc)) from None


def loads(raw: bytes, key: str | None) -> Any:
    """The value stored in ``raw`` (``read`` without the further lines)."""
    return read(raw, key)[0]


def default_dir(env: Mapping[str, str]) -> str | None:
    """``$XDG_CACHE_HOME/k2check`` or ``~/.cache/k2check``; None when neither names an absolute place
    (the XDG spec says to ignore a relative XDG_CACHE_HOME; an unset HOME is not the current directory)."""
    base = env.get("XDG_CACHE_HOME", "")
    if os.path.isabs(base):
        return os.path.join(base, "k2check")
    home = env.get("HOME") or ""
    if not home:
        try:
            import pwd

            home = pwd.getpwuid(os.getuid()).pw_dir
        except (ImportError, KeyError, AttributeError):
            return None
    return os.path.join(home, ".cache", "k2check") if os.path.isabs(home) else None


_DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0)
_SUPPORTED = hasattr(os, "getuid") and hasattr(os, "O_NOFOLLOW") and os.open in os.supports_dir_fd


def _trusted(info: os.stat_result, kind: Callable[[int], bool]) -> bool:
    return kind(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o022


class CacheDir:
    """An open cache directory this user owns and nobody else can write to, or nothing at all."""

    __slots__ = ("fd",)

    def __init__(self, fd: int) -> None:
        self.fd = fd

    @classmethod
    def open(cls, path: str | os.PathLike[str], create: bool = True) -> CacheDir | None:
        if not _SUPPORTED:
            return None
        try:
            if create and not os.path.isdir(path):
                os.makedirs(path, mode=0o700, exist_ok=True)
            fd = os.open(path, _DIR_FLAGS)
        except OSError:
            return None
        try:
            if _trusted(os.fstat(fd), stat.S_ISDIR):
                return cls(fd)
        except OSError:
            pass
        os.close(fd)
        return None

    def close(self) -> None:
        os.close(self.fd)

    def __enter__(self) -> CacheDir:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read(self, name: str, limit: int = 1 << 30) -> bytes | None:
        """The bytes of a regular file this user owns and alone can write, else None."""
        try:
            fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0), dir_fd=self.fd)
        except OSError:
            return None
        try:
            info = os.fstat(fd)
            if not _trusted(info, stat.S_ISREG) or info.st_size > limit:
                return None
            with os.fdopen(os.dup(fd), "rb") as handle:
                return handle.read(info.st_size + 1)
        except OSError:
            return None
        finally:
            os.close(fd)

    def write(self, name: str, data: bytes) -> bool:
        """Replace ``name`` atomically; the temporary file is removed whatever happens."""
        tmp = f"{TMP_PREFIX}{os.getpid()}-{os.urandom(6).hex()}"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600, dir_fd=self.fd)
        except OSError:
            return False
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(tmp, name, src_dir_fd=self.fd, dst_dir_fd=self.fd)
            return True
        except BaseException as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp, dir_fd=self.fd)
            if isinstance(exc, OSError):
                return False
            raise

    def prune(self, keep: int = KEEP) -> None:
        """Remove all but the ``keep`` newest files that k2check wrote: its name pattern and its magic."""
        try:
            listing = os.listdir(self.fd)
        except OSError:
            return
        self._sweep([n for n in listing if n.startswith(TMP_PREFIX)])
        names = [n for n in listing if NAME.match(n)]
        if len(names) <= keep:
            return
        ours: list[tuple[int, str]] = []
        for name in names:
            try:
                fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_NONBLOCK", 0), dir_fd=self.fd)
            except OSError:
                continue
            try:
                info = os.fstat(fd)
                if _trusted(info, stat.S_ISREG) and os.read(fd, len(MAGIC)) == MAGIC:
                    ours.append((info.st_mtime_ns, name))
            except OSError:
                pass
            finally:
                os.close(fd)
        for _, name in sorted(ours, reverse=True)[keep:]:
            with contextlib.suppress(OSError):
                os.unlink(name, dir_fd=self.fd)

    def _sweep(self, names: list[str]) -> None:
        """Remove temporary files a killed run of this user left behind (older than STALE seconds)."""
        import time

        for name in names:
            try:
                info = os.stat(name, dir_fd=self.fd, follow_symlinks=False)
                if _trusted(info, stat.S_ISREG) and time.time() - info.st_mtime > STALE:
                    os.unlink(name, dir_fd=self.fd)
            except OSError:
                pass
