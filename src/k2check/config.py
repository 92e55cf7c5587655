"""Settings from ``[tool.k2check]`` in pyproject.toml or from ``.k2check.toml``, found the way ruff does.

From the working directory upwards, the first directory holding a ``.k2check.toml``, or a
``pyproject.toml`` with a ``[tool.k2check]`` table, gives the settings; ``--config FILE`` names the
file instead and ``--isolated`` reads none. Paths in the file (``claims``, ``exclude``,
``per-file-ignores``) are relative to the file's directory. Command-line options win over the file.

An unknown key or a bad value is an error that names the file and line (exit 2), never a silent default.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from k2check.errors import UserError
from k2check.verdicts import CLAIM_VERDICTS

if TYPE_CHECKING:
    from pathlib import Path

CONFIG_NAMES = (".k2check.toml", "pyproject.toml")
FORMATS = ("table", "json", "jsonl", "line", "github", "sarif", "markdown", "claimreview")
LEVELS = ("error", "warning", "note")
# A finding says a sentence is wrong or overstated; a true or mostly-true claim never is one.
NEVER_FINDINGS = frozenset({"true", "mostly-true"})
DEFAULT_FINDINGS: tuple[str, ...] = ("false", "misleading")
DEFAULT_SEVERITY: dict[str, str] = {
    "false": "error",
    "misleading": "warning",
    "unproven": "note",
    "mixed": "note",
}
DEFAULT_EXTENSIONS: tuple[str, ...] = (".md", ".markdown", ".mdown", ".mkd", ".txt", ".text", ".rst")


class Settings:
    """Everything a check run reads from a configuration file, with the documented defaults. A plain class,
    not a frozen dataclass (building that class cost every start-up 1.5 ms); nothing assigns to it after.
    ``root`` may be given as a string and is a Path when read: a run without a configuration file never
    reads it, and importing pathlib would cost a single statement some 4 ms."""

    __slots__ = (
        "_root",
        "bundled",
        "claims",
        "exclude",
        "extensions",
        "fail_on",
        "findings",
        "format",
        "jobs",
        "lines",
        "path",
        "per_file_ignores",
        "respect_gitignore",
        "severity",
    )

    def __init__(
        self,
        claims: tuple[Path, ...] = (),
        bundled: bool = True,
        findings: tuple[str, ...] = DEFAULT_FINDINGS,
        fail_on: tuple[str, ...] | None = None,
        format: str | None = None,
        jobs: int | None = None,
        exclude: tuple[str, ...] = (),
        extensions: tuple[str, ...] = DEFAULT_EXTENSIONS,
        respect_gitignore: bool = True,
        per_file_ignores: dict[str, tuple[str, ...]] | None = None,
        severity: dict[str, str] | None = None,
        path: Path | None = None,
        root: Path | str | None = None,
        lines: dict[str, int] | None = None,
    ) -> None:
        self.claims = claims
        self.bundled = bundled
        self.findings = findings
        self.fail_on = fail_on
        self.format = format
        self.jobs = jobs
        self.exclude = exclude
        self.extensions = extensions
        self.respect_gitignore = respect_gitignore
        self.per_file_ignores = {} if per_file_ignores is None else per_file_ignores
        self.severity = dict(DEFAULT_SEVERITY) if severity is None else severity
        self.path = path
        self._root = os.getcwd() if root is None else root
        self.lines = {} if lines is None else lines

    @property
    def root(self) -> Path:
        """The directory that paths in the settings are relative to."""
        if isinstance(self._root, str):
            from pathlib import Path

            self._root = Path(self._root)
        return self._root

    def level(self, verdict: str) -> str | None:
        """The annotation level of a verdict: None when it is not a finding."""
        if verdict not in self.findings:
            return None
        return self.severity.get(verdict, "warning")

    def as_toml(self) -> str:
        """The settings in force, as a ``[tool.k2check]`` table a user could paste."""
        out = [f"# from {self.path}" if self.path else "# no configuration file: defaults", "[tool.k2check]"]
        out.append(f"claims = {_toml([str(p) for p in self.claims])}")
        out.append(f"bundled = {_toml(self.bundled)}")
        out.append(f"findings = {_toml(list(self.findings))}")
        out.append(
            f"fail-on = {_toml(list(self.fail_on))}" if self.fail_on is not None else '# fail-on = "findings"'
        )
        out.append(f"format = {_toml(self.format)}" if self.format else '# format = "table"')
        out.append(f"jobs = {self.jobs}" if self.jobs is not None else "# jobs = 0  (one process per core)")
        out.append(f"exclude = {_toml(list(self.exclude))}")
        out.append(f"extensions = {_toml(list(self.extensions))}")
        out.append(f"respect-gitignore = {_toml(self.respect_gitignore)}")
        out.append("")
        out.append("[tool.k2check.severity]")
        out.extend(f"{_toml(k)} = {_toml(v)}" for k, v in self.severity.items())
        out.append("")
        out.append("[tool.k2check.per-file-ignores]")
        out.extend(f"{_toml(k)} = {_toml(list(v))}" for k, v in self.per_file_ignores.items())
        return "\n".join(out) + "\n"


def _toml(value: object) -> str:
    import json

    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def discover(start: Path | str) -> Path | None:
    """The configuration file that applies in ``start``: the nearest one up the directory tree."""
    directory = os.fspath(start)
    while True:
        for name in CONFIG_NAMES:
            candidate = os.path.join(directory, name)
            # os.path.isfile is False for a directory up the tree that cannot be searched: it holds no
            # settings for us.
            if os.path.isfile(candidate) and (name != "pyproject.toml" or _has_table(candidate)):
                from pathlib import Path

                return Path(candidate)
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


def _has_table(path: str) -> bool:
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    except OSError:
        return False
    return bool(re.search(r"^\s*\[\s*tool\s*\.\s*k2check\s*[.\]]", text, re.M))


def load(explicit: Path | None = None, isolated: bool = False, cwd: Path | str | None = None) -> Settings:
    """The settings for a run: from ``explicit``, or the discovered file, or the defaults."""
    if cwd is None:
        try:
            cwd = os.getcwd()
        except OSError as exc:
            raise UserError(
                f"cannot read the working directory ({exc.strerror}); cd into one that exists"
            ) from None
    if isolated:
        return Settings(root=cwd)
    path = explicit if explicit is not None else discover(cwd)
    if path is None:
        return Settings(root=cwd)
    return read(path)


def read(path: Path) -> Settings:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UserError(f"{path}: no such configuration file; check --config") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"{path}: cannot read the configuration file ({exc})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"\(at line (\d+), column \d+\)", str(exc))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        line = found.group(1) if found else "1"
        raise UserError(f"{path}:{line}: invalid TOML: {message}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("k2check")
        prefix = "tool.k2check"
        if table is None:
            raise UserError(f"{path}:1: no [tool.k2check] table; add one or name a .k2check.toml")
    else:
        table = data
        prefix = ""
    if not isinstance(table, dict):
        raise UserError(f"{path}:1: [{prefix}] must be a table")
    return _settings(table, _Locator(path, text, prefix))


class _Locator:
    """Finds the line a key is written on, for error messages (tomllib keeps no positions)."""

    def __init__(self, path: Path, text: str, prefix: str) -> None:
        self.path = path
        self.lines = text.splitlines()
        self.prefix = prefix

    def line(self, *keys: str) -> int:
        start = 0
        if self.prefix:
            header = re.compile(r"^\s*\[\s*" + r"\s*\.\s*".join(map(re.escape, self.prefix.split("."))))
            start = next((i for i, t in enumerate(self.lines) if header.match(t)), 0)
        for key in keys:
            pattern = re.compile(rf"""(^|[\s.{{,\[])["']?{re.escape(key)}["']?\s*[=.\]]""")
            found = next((i for i in range(start, len(self.lines)) if pattern.search(self.lines[i])), None)
            if found is None:
                break
            start = found
        return start + 1

    def error(self, message: str, *keys: str) -> UserError:
        where = ".".join(k if re.fullmatch(r"[\w-]+", k) else f'"{k}"' for k in keys)
        return UserError(f"{self.path}:{self.line(*keys)}: {where}: {message}")


_KEYS = {
    "claims",
    "bundled",
    "findings",
    "fail-on",
    "format",
    "jobs",
    "exclude",
    "extensions",
    "respect-gitignore",
    "per-file-ignores",
    "severity",
}


def _settings(table: Mapping[str, Any], where: _Locator) -> Settings:
    from difflib import get_close_matches

    for key in table:
        if key not in _KEYS:
            close = get_close_matches(key.replace("_", "-"), sorted(_KEYS), n=1)
            hint = f"; did you mean '{close[0]}'?" if close else f"; known keys: {', '.join(sorted(_KEYS))}"
            raise where.error(f"unknown key{hint}", key)
    base = where.path.parent
    values: dict[str, Any] = {"path": where.path, "root": base.resolve()}
    if "claims" in table:
        values["claims"] = tuple(base / p for p in _strings(table, "claims", where))
    if "bundled" in table:
        values["bundled"] = _bool(table, "bundled", where)
    if "findings" in table:
        found = _verdicts(table, "findings", where)
        wrong = sorted(set(found) & NEVER_FINDINGS)
        if wrong:
            raise where.error(
                f"'{wrong[0]}' cannot be a finding: a true or mostly-true claim is never an error", "findings"
            )
        values["findings"] = found
    if "fail-on" in table:
        raw = table["fail-on"]
        if raw == "findings":
            values["fail_on"] = None
        elif raw == "none":
            values["fail_on"] = ()
        else:
            values["fail_on"] = _verdicts(table, "fail-on", where)
    if "format" in table:
        fmt = table["format"]
        if fmt not in FORMATS:
            raise where.error(f"must be one of {', '.join(FORMATS)}; got {fmt!r}", "format")
        values["format"] = fmt
    if "jobs" in table:
        jobs = table["jobs"]
        if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 0:
            raise where.error(f"must be a number of processes, or 0 for one per core; got {jobs!r}", "jobs")
        values["jobs"] = jobs
    if "exclude" in table:
        values["exclude"] = _strings(table, "exclude", where)
    if "extensions" in table:
        exts = _strings(table, "extensions", where)
        values["extensions"] = tuple(e if e.startswith(".") else f".{e}" for e in exts)
    if "respect-gitignore" in table:
        values["respect_gitignore"] = _bool(table, "respect-gitignore", where)
    if "per-file-ignores" in table:
        raw = table["per-file-ignores"]
        if not isinstance(raw, dict):
            raise where.error('must be a table of glob = ["claim-id", ...]', "per-file-ignores")
        ignores = {}
        for pattern, ids in raw.items():
            if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
                raise where.error('must be a list of claim ids (or ["*"])', "per-file-ignores", pattern)
            ignores[pattern] = tuple(ids)
        values["per_file_ignores"] = ignores
    if "severity" in table:
        raw = table["severity"]
        if not isinstance(raw, dict):
            raise where.error("must be a table of verdict = level", "severity")
        severity = dict(DEFAULT_SEVERITY)
        for verdict, level in raw.items():
            if verdict not in CLAIM_VERDICTS or verdict in NEVER_FINDINGS:
                allowed = ", ".join(v for v in CLAIM_VERDICTS if v not in NEVER_FINDINGS)
                raise where.error(f"unknown or never-reported verdict; use {allowed}", "severity", verdict)
            if level not in LEVELS:
                raise where.error(f"must be one of {', '.join(LEVELS)}; got {level!r}", "severity", verdict)
            severity[verdict] = level
        values["severity"] = severity
    values["lines"] = {
        f"per-file-ignores.{pattern}": where.line("per-file-ignores", pattern)
        for pattern in values.get("per_file_ignores", {})
    }
    known = set(Settings.__slots__)
    return Settings(**{k: v for k, v in values.items() if k in known})


def _strings(table: Mapping[str, Any], key: str, where: _Locator) -> tuple[str, ...]:
    raw = table[key]
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
        raise where.error("must be a string or a list of strings", key)
    return tuple(raw)


def _bool(table: Mapping[str, Any], key: str, where: _Locator) -> bool:
    raw = table[key]
    if not isinstance(raw, bool):
        raise where.error(f"must be true or false; got {raw!r}", key)
    return raw


def _verdicts(table: Mapping[str, Any], key: str, where: _Locator) -> tuple[str, ...]:
    names = _strings(table, key, where)
    for name in names:
        if name not in CLAIM_VERDICTS:
            from difflib import get_close_matches

            close = get_close_matches(name.lower().replace("_", "-"), CLAIM_VERDICTS, n=1)
            hint = f"; did you mean '{close[0]}'?" if close else ""
            raise where.error(f"unknown verdict {name!r}{hint} (use {', '.join(CLAIM_VERDICTS)})", key)
    return names


def check_ids(settings: Settings, known: set[str]) -> None:
    """Per-file ignores must name claims that exist (or ``*``): a typo would silently ignore nothing."""
    for pattern, ids in settings.per_file_ignores.items():
        for claim_id in ids:
            if claim_id != "*" and claim_id not in known:
                from difflib import get_close_matches

                close = get_close_matches(claim_id, sorted(known), n=1)
                hint = f"; did you mean '{close[0]}'?" if close else ""
                line = settings.lines.get(f"per-file-ignores.{pattern}", 1)
                where = f'{settings.path}:{line}: per-file-ignores."{pattern}"'
                raise UserError(f"{where}: unknown claim id '{claim_id}'{hint}")
