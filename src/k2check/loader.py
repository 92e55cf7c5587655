"""Read and validate claims files: YAML with line numbers, safe loading only, every problem at once."""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from k2check.claims import Claim, Database, KeywordGroup, Reference, Vocabulary
from k2check.lazyre import LazyPattern

if TYPE_CHECKING:
    from importlib.abc import Traversable
    from pathlib import Path

MAX_FILE_BYTES = 20 * 1024 * 1024
DOI_RE = LazyPattern(r"^10\.\d{4,9}/\S+$")


class Problem(NamedTuple):
    path: str
    line: int
    message: str
    claim_id: str | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        who = f" claim '{self.claim_id}':" if self.claim_id else ""
        return f"{where}:{who} {self.message}"


class DatabaseError(Exception):
    """A claims file could not be used; ``problems`` says every reason, each with its place."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def package_dir() -> str | None:
    """The package's directory when k2check is installed as plain files; None when it is imported from a
    zip. A string: every run reads its database and cache key from here, and importing pathlib would cost
    a single statement some 4 ms (a tenth of what k2check adds to its libraries' imports)."""
    return os.path.dirname(__file__) if os.path.isfile(__file__) else None


def data_file(name: str) -> str | None:
    """``data/NAME`` of a plain-file install, else of the source checkout (an editable install); None when
    neither exists or k2check is imported from a zip."""
    here = package_dir()
    if here is None:
        return None
    repository = os.path.dirname(os.path.dirname(os.path.realpath(here)))
    for path in (os.path.join(here, "data", name), os.path.join(repository, "data", name)):
        if os.path.isfile(path):
            return path
    return None


def package_files() -> Traversable:
    """The package's own files: its directory, without importing importlib.resources (slow to import)
    when k2check is installed as plain files; through it when imported from a zip."""
    here = package_dir()
    if here is not None:
        from pathlib import Path

        return Path(here)
    from importlib import resources

    return resources.files("k2check")


def bundled_path() -> Path:
    """The database shipped in the wheel; in a source checkout (an editable install), the repository's."""
    from pathlib import Path

    packaged = Path(str(package_files() / "data" / "claims.yaml"))
    if packaged.exists():
        return packaged
    checkout = Path(__file__).resolve().parent.parent.parent / "data" / "claims.yaml"
    return checkout if checkout.exists() else packaged


def bundled_source() -> tuple[str, bytes]:
    """The bundled database's name and bytes, read through importlib.resources so that k2check imported
    from a zip (Spark's ``--py-files``) finds it; in a source checkout, the repository's."""
    here = package_dir()
    if here is not None:
        # Neither file there: read_bytes says the packaged one is missing.
        name = data_file("claims.yaml") or os.path.join(here, "data", "claims.yaml")
        return name, read_bytes(name)
    packaged = package_files() / "data" / "claims.yaml"
    if packaged.is_file():
        name = str(packaged)
        data = packaged.read_bytes()
        if len(data) > MAX_FILE_BYTES:
            raise DatabaseError([Problem(name, 0, f"is larger than {MAX_FILE_BYTES} bytes")])
        return name, data
    path = bundled_path()
    return str(path), read_bytes(path)


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The file's bytes, or a DatabaseError that says why it cannot be read."""
    name = os.fspath(path)
    try:
        if os.path.isdir(name):
            raise DatabaseError([Problem(name, 0, "is a directory, not a claims file")])
        size = os.stat(name).st_size
        if size <= MAX_FILE_BYTES:
            with open(name, "rb") as handle:
                data = handle.read(size + 1)
                if len(data) > size:
                    data += handle.read(MAX_FILE_BYTES + 1 - len(data))
            if len(data) <= MAX_FILE_BYTES:
                return data
        raise DatabaseError(
            [Problem(name, 0, f"is larger than {MAX_FILE_BYTES} bytes, the limit for claims files; split it")]
        )
    except FileNotFoundError:
        raise DatabaseError([Problem(name, 0, "no such claims file (check the path)")]) from None
    except PermissionError:
        raise DatabaseError([Problem(name, 0, "permission denied reading the claims file")]) from None
    except OSError as exc:
        raise DatabaseError([Problem(name, 0, f"cannot read the claims file: {exc.strerror}")]) from None


def parse(data: bytes, name: str) -> tuple[Any, list[Problem]]:
    """Parse YAML text safely. Returns the document (or None) and the problems met on the way."""
    from k2check.yamlparse import parse_yaml

    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [Problem(name, line, f"is not UTF-8 (byte {exc.start}); save the file as UTF-8")]
    document, errors = parse_yaml(text.removeprefix("\ufeff"))
    if document is None and not errors:
        return None, [Problem(name, 0, "is empty; a claims file is a mapping with a 'claims' list")]
    return document, [Problem(name, line, message) for line, message in errors]


def _schema() -> dict[str, Any]:
    import json

    text = (package_files() / "claims.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _line_at(document: Any, path: Iterable[Any]) -> int:
    from k2check.yamlparse import LineDict, LineList

    line = getattr(document, "line", 0)
    node = document
    for part in path:
        if isinstance(node, LineDict) and isinstance(part, str) and part in node:
            line = node.key_lines.get(part, line)
            node = node[part]
        elif isinstance(node, LineList) and isinstance(part, int) and part < len(node):
            line = node.item_lines[part]
            node = node[part]
        else:
            break
        line = getattr(node, "line", line) if isinstance(node, (LineDict, LineList)) else line
    return line


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"boolean {str(value).lower()} (quote it: '{str(value).lower()}')"
    if value is None:
        return "nothing (null)"
    if isinstance(value, (dict, list)):
        return f"a {'mapping' if isinstance(value, dict) else 'list'}"
    return f"{type(value).__name__} {value!r}"


def _schema_message(error: Any) -> str:
    path = [p for p in error.absolute_path]
    field = next((p for p in reversed(path) if isinstance(p, str)), "value")
    if isinstance(path[-1] if path else None, int) and field != "value":
        field = f"{field}[{path[-1]}]"
    value = error.instance
    kind = error.validator
    if kind == "enum":
        allowed = ", ".join(str(v) for v in error.validator_value)
        return f"{field} must be one of {allowed}; got {_describe(value)}"
    if kind == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return f"missing required field '{missing}'"
    if kind == "additionalProperties":
        extra = sorted(set(value) - set(error.schema.get("properties", {})))
        allowed = ", ".join(error.schema.get("properties", {}))
        return f"unknown field {', '.join(repr(e) for e in extra)} (allowed: {allowed})"
    if kind == "type":
        expected = error.validator_value
        expected = " or ".join(expected) if isinstance(expected, list) else expected
        return f"{field} must be {expected}; got {_describe(value)}"
    if kind == "pattern":
        hints = {
            "doi": "a bare DOI such as 10.1007/s00223-022-00955-3 (no https://doi.org/ prefix)",
            "pmid": "digits only, such as '35150288' (quoted)",
            "url": "an http(s) address",
            "id": "lowercase words joined by hyphens, such as k2-builds-muscle",
            "reviewed": "a date such as 2026-11-21",
            "related": "a claim id such as k2-prevents-fractures",
            "denies": "a claim id such as warfarin-avoid-greens",
        }
        expected = hints.get(field.split("[")[0], error.validator_value)
        return f"{field} {value!r} is malformed: expected {expected}"
    if kind == "minItems":
        return f"{field} must have at least {error.validator_value} item(s); got {len(value)}"
    if kind == "minLength":
        return f"{field} must not be empty"
    if kind == "uniqueItems":
        return f"{field} lists the same id twice"
    if kind == "anyOf" and isinstance(value, dict) and "title" in value:
        return "reference needs a doi, pmid or url"
    if kind == "oneOf" and field.startswith("keywords"):
        return f"{field} must be a list of terms, or a mapping with 'any' (and optional 'opposite') lists"
    if kind == "const":
        return f"{field} must be {error.validator_value}; got {_describe(value)}"
    if kind in {"minimum", "maximum"}:
        return f"{field} {value!r} is out of range"
    return f"{field}: {error.message}"


def _claim_id(document: Any, path: list[Any]) -> str | None:
    if len(path) >= 2 and path[0] == "claims" and isinstance(path[1], int):
        claims = document.get("claims")
        if isinstance(claims, list) and path[1] < len(claims) and isinstance(claims[path[1]], dict):
            cid = claims[path[1]].get("id")
            return cid if isinstance(cid, str) else None
    return None


def check(document: Any, name: str) -> list[Problem]:
    """Every problem with a parsed claims document: schema errors and the checks a schema cannot do."""
    if not isinstance(document, dict):
        return [
            Problem(
                name,
                getattr(document, "line", 1),
                f"must be a mapping with a 'claims' list; got {_describe(document)}",
            )
        ]
    problems: list[Problem] = []
    for error in _schema_errors(document):
        path = list(error.absolute_path)
        if error.validator in {"oneOf", "anyOf"} and error.context:
            # Prefer the most specific sub-error when every branch failed for the same reason.
            specific = [e for e in error.context if e.validator not in {"type", "required"}]
            if specific and error.validator == "oneOf":
                error = specific[0]  # noqa: PLW2901
                path = list(error.absolute_path)
        problems.append(
            Problem(name, _line_at(document, path), _schema_message(error), _claim_id(document, path))
        )
    claims = document.get("claims")
    if isinstance(claims, list):
        problems.extend(_check_claims(claims, name))
    from k2check import limits

    problems.extend(limits.problems(document, name))
    problems.extend(
        Problem(
            name,
            _line_at(document, path),
            f"{_field(path)} contains the control character U+{ord(char):04X}; "
            "claims files are plain text (remove it)",
            _claim_id(document, path),
        )
        for path, char in _controls(document)
    )
    problems.sort(key=lambda p: p.line)
    return problems


def _schema_errors(document: Any) -> Iterator[Any]:
    """jsonschema's errors for ``document``; none at once when the quick check finds that it conforms."""
    quick = _quick_check()
    if quick is not None and quick(document):
        return iter(())
    import jsonschema

    errors: Iterator[Any] = jsonschema.Draft202012Validator(_schema()).iter_errors(document)
    return errors


@functools.cache
def _quick_check() -> Callable[[Any], bool] | None:
    from k2check.conforms import compile_schema

    return compile_schema(_schema())


_CONTROL = LazyPattern(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _controls(document: Any) -> Iterator[tuple[list[Any], str]]:
    """(path, character) for every string, key or value, holding a control character or a surrogate."""
    stack: list[tuple[list[Any], Any]] = [([], document)]
    while stack:
        path, node = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in items:
            if isinstance(key, str) and (found := _CONTROL.search(key)):
                yield [*path, key], found.group()
            if isinstance(value, str):
                if found := _CONTROL.search(value):
                    yield [*path, key], found.group()
            elif isinstance(value, (dict, list)):
                stack.append(([*path, key], value))


def _field(path: list[Any]) -> str:
    field = next((str(p) for p in reversed(path) if isinstance(p, str)), "value")
    if path and isinstance(path[-1], int):
        field = f"{field}[{path[-1]}]"
    return _plain(field)


def _plain(text: str) -> str:
    return _CONTROL.sub("\N{REPLACEMENT CHARACTER}", text)


def _norm_phrase(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def _check_claims(claims: list[Any], name: str) -> list[Problem]:
    problems: list[Problem] = []
    first_id: dict[str, int] = {}
    phrase_owner: dict[str, str] = {}
    for index, claim in enumerate(claims):
        if not isinstance(claim, dict):
            continue
        cid = claim.get("id")
        line = getattr(claim, "line", 0)
        if isinstance(cid, str):
            if cid in first_id:
                problems.append(
                    Problem(
                        name,
                        line,
                        f"duplicate id (first defined at line {first_id[cid]}); ids must be unique",
                        cid,
                    )
                )
            else:
                first_id[cid] = line
        texts: list[object] = []
        for key in ("claim", "phrasings", "negated_phrasings"):
            value = claim.get(key)
            texts.extend([value] if isinstance(value, str) else value if isinstance(value, list) else [])
        for text in texts:
            if not isinstance(text, str):
                continue
            norm = _norm_phrase(text)
            owner = phrase_owner.get(norm)
            if owner is not None and owner != cid:
                problems.append(
                    Problem(
                        name,
                        _line_at(claims, [index]),
                        f"phrasing {text!r} is also a phrasing of claim '{owner}'",
                        str(cid),
                    )
                )
            elif isinstance(cid, str):
                phrase_owner[norm] = cid
    problems.extend(_check_related(claims, name, set(first_id)))
    return problems


def _check_related(claims: list[Any], name: str, ids: set[str]) -> list[Problem]:
    """Every related or denied id must name another claim of the same file."""
    problems: list[Problem] = []
    for index, claim in enumerate(claims):
        cid = claim.get("id") if isinstance(claim, dict) else None
        if not isinstance(cid, str):
            continue
        for field in ("related", "denies"):
            others = claim.get(field)
            if not isinstance(others, list):
                continue
            for position, other in enumerate(others):
                if not isinstance(other, str) or other in others[:position]:
                    continue
                if other == cid:
                    message = f"{field} id '{_plain(other)}' is the claim itself"
                elif other not in ids:
                    message = f"{field} id '{_plain(other)}' does not exist"
                else:
                    continue
                problems.append(Problem(name, _line_at(claims, [index, field, position]), message, cid))
    return problems


def _terms(values: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in values or ())


def build(document: dict[str, Any], name: str) -> Database:
    """Turn a validated document into a Database."""
    vocab = document.get("vocabulary") or {}
    vocabulary = Vocabulary(
        {str(k): _terms(v) for k, v in (vocab.get("synonyms") or {}).items()},
        {str(k): _terms(v) for k, v in (vocab.get("implies") or {}).items()},
        _terms(vocab.get("broad")),
        _terms(vocab.get("domain")),
    )
    claims = []
    for raw in document.get("claims") or []:
        groups = []
        for group in raw["keywords"]:
            if isinstance(group, dict):
                groups.append(
                    KeywordGroup(
                        _terms(group["any"]), _terms(group.get("opposite")), bool(group.get("optional"))
                    )
                )
            else:
                groups.append(KeywordGroup(_terms(group)))
        refs = tuple(
            Reference(
                authors=r["authors"],
                year=int(r["year"]) if r.get("year") is not None else None,
                title=r["title"],
                journal=r["journal"],
                doi=r.get("doi"),
                pmid=str(r["pmid"]) if r.get("pmid") else None,
                url=r.get("url"),
            )
            for r in raw["references"]
        )
        claims.append(
            Claim(
                id=raw["id"],
                topic=raw["topic"],
                claim=raw["claim"],
                verdict=raw["verdict"],
                evidence_level=raw["evidence_level"],
                reviewed=str(raw["reviewed"]),
                summary=" ".join(raw["summary"].split()),
                nuance=" ".join(raw["nuance"].split()),
                subject=_terms(raw["subject"]),
                keywords=tuple(groups),
                phrasings=_terms(raw["phrasings"]),
                references=refs,
                negated_phrasings=_terms(raw.get("negated_phrasings")),
                if_negated=raw.get("if_negated"),
                warns=raw.get("warns") is True,
                related=_terms(raw.get("related")),
                denies=_terms(raw.get("denies")),
                stand_ins=_terms(raw.get("stand_ins")),
                substitutes=_terms(raw.get("substitutes")),
                path=name,
                line=getattr(raw, "line", 0),
            )
        )
    return Database(tuple(claims), vocabulary, (name,))


def load_bytes(data: bytes, name: str) -> Database:
    """Parse, validate and build one claims file; raise DatabaseError listing every problem."""
    document, problems = parse(data, name)
    if document is not None:
        problems = problems + check(document, name)
        problems.sort(key=lambda p: p.line)
    if problems:
        raise DatabaseError(problems)
    return build(document, name)


def validate_file(path: Path) -> list[Problem]:
    """Every problem with one claims file (empty when it is sound)."""
    return validate_files([path])[0]


def validate_files(paths: list[Path]) -> tuple[list[Problem], int]:
    """Every problem with these claims files, each on its own and together, and how many claims they hold."""
    problems: list[Problem] = []
    databases: list[Database] = []
    for path in paths:
        try:
            databases.append(load_bytes(read_bytes(path), str(path)))
        except DatabaseError as exc:
            problems.extend(exc.problems)
    problems.extend(shared_phrasings(databases))
    if len(databases) > 1 and not problems:
        from k2check.limits import implied_problems

        vocabulary = databases[0].vocabulary
        for db in databases[1:]:
            vocabulary = vocabulary.merged(db.vocabulary)
        together = ", ".join(db.sources[0] for db in databases)
        problems.extend(implied_problems({k: list(v) for k, v in vocabulary.implies.items()}, together))
    return problems, sum(len(db.claims) for db in databases)


def shared_phrasings(databases: list[Database]) -> list[Problem]:
    """A phrasing that two files give to two different claims: a statement of it could match either."""
    owner: dict[str, Claim] = {}
    problems: list[Problem] = []
    for db in databases:
        seen_here: dict[str, Claim] = {}
        for claim in db.claims:
            for text in (claim.claim, *claim.phrasings, *claim.negated_phrasings):
                key = _norm_phrase(text)
                other = owner.get(key)
                if other is not None and other.id != claim.id:
                    problems.append(
                        Problem(
                            claim.path,
                            claim.line,
                            f"phrasing {text!r} is also a phrasing of claim '{other.id}' in "
                            f"{other.path}:{other.line} (reword it, or reuse that id to replace it)",
                            claim.id,
                        )
                    )
                seen_here.setdefault(key, claim)
        owner.update(seen_here)
    return problems
