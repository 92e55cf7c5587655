"""A quick yes-or-maybe check of a document against the claims JSON Schema.

``compile_schema(schema)`` turns the schema into one Python function per schema node. It answers True
only when the document certainly conforms, and False when it does not or when it cannot tell (a value
type or keyword it does not handle exactly as jsonschema does): the loader then runs jsonschema, which
reports every error in its own words. A sound file, the common case, is checked in a fraction of
jsonschema's time; a broken one costs both. Keywords that only annotate are ignored; any other keyword
this module does not know makes ``compile_schema`` return None, so jsonschema always runs."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

Check = Callable[[Any], bool]

ANNOTATIONS = frozenset(
    {"$schema", "$id", "$defs", "$comment", "title", "description", "default", "examples"}
)
_TYPES: dict[str, Check] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "null": lambda v: v is None,
    "boolean": lambda v: type(v) is bool,
    # jsonschema also counts 3.0 as an integer; a float is left to it.
    "integer": lambda v: type(v) is int,
}


class Unsupported(ValueError):
    """The schema uses something this module does not check exactly as jsonschema does."""


def compile_schema(schema: Mapping[str, Any]) -> Check | None:
    """A function that is True only for documents that conform to ``schema``; None when the schema uses
    a keyword this module does not know."""
    definitions = schema.get("$defs", {})
    compiled: dict[str, Check] = {}

    def ref(target: str) -> Check:
        prefix = "#/$defs/"
        if not target.startswith(prefix) or target[len(prefix) :] not in definitions:
            raise Unsupported(target)
        name = target[len(prefix) :]

        def resolved(value: Any) -> bool:
            check = compiled.get(name)
            if check is None:
                check = compiled[name] = node(definitions[name])
            return check(value)

        return resolved

    def node(part: Mapping[str, Any]) -> Check:
        checks = [
            _keyword(key, value, part, node, ref) for key, value in part.items() if key not in ANNOTATIONS
        ]
        if len(checks) == 1:
            return checks[0]
        return lambda value: all(check(value) for check in checks)

    try:
        return node(schema)
    except Unsupported:
        return None


def _keyword(
    key: str,
    value: Any,
    part: Mapping[str, Any],
    node: Callable[[Mapping[str, Any]], Check],
    ref: Callable[[str], Check],
) -> Check:
    if key == "type":
        names = value if isinstance(value, list) else [value]
        if any(name not in _TYPES for name in names):
            raise Unsupported(f"type {value}")
        tests = [_TYPES[name] for name in names]
        return tests[0] if len(tests) == 1 else lambda v: any(test(v) for test in tests)
    if key in {"enum", "const"}:
        allowed = value if key == "enum" else [value]
        if not all(isinstance(a, str) or (type(a) is int) for a in allowed):
            raise Unsupported(key)
        pairs = frozenset((type(a), a) for a in allowed)
        return lambda v: (type(v), v) in pairs if type(v) in (str, int) else False
    if key == "pattern":
        pattern = re.compile(value)
        return lambda v: not isinstance(v, str) or pattern.search(v) is not None
    if key == "minLength":
        return lambda v: not isinstance(v, str) or len(v) >= value
    if key == "minItems":
        return lambda v: not isinstance(v, list) or len(v) >= value
    if key in {"minimum", "maximum"}:
        low = key == "minimum"

        def bound(v: Any) -> bool:
            if type(v) is float:
                return False  # left to jsonschema
            if type(v) is not int:
                return True  # a bound applies to numbers only
            return bool(v >= value if low else v <= value)

        return bound
    if key == "uniqueItems":
        if value is not True:
            raise Unsupported(key)
        return lambda v: not isinstance(v, list) or (all(type(x) is str for x in v) and len(set(v)) == len(v))
    if key == "items":
        each = node(value)
        return lambda v: not isinstance(v, list) or all(each(x) for x in v)
    if key == "required":
        needed = tuple(value)
        return lambda v: not isinstance(v, dict) or all(name in v for name in needed)
    if key == "properties":
        props = {name: node(sub) for name, sub in value.items()}
        return lambda v: not isinstance(v, dict) or all(props[k](x) for k, x in v.items() if k in props)
    if key == "additionalProperties":
        if "patternProperties" in part:
            raise Unsupported(key)
        known = frozenset(part.get("properties", {}))
        if value is False:
            return lambda v: not isinstance(v, dict) or known.issuperset(v)
        extra = node(value)
        return lambda v: not isinstance(v, dict) or all(extra(x) for k, x in v.items() if k not in known)
    if key == "$ref":
        return ref(value)
    if key in {"oneOf", "anyOf"}:
        branches = [node(sub) for sub in value]
        if key == "anyOf":
            return lambda v: any(branch(v) for branch in branches)
        return lambda v: sum(1 for branch in branches if branch(v)) == 1
    raise Unsupported(key)
