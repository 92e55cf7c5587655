"""Safe YAML parsing that keeps line numbers, reports duplicate keys and refuses aliases and tags."""

from __future__ import annotations

from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver


class LineDict(dict[str, Any]):
    line: int = 0
    key_lines: dict[str, int]


class LineList(list[Any]):
    line: int = 0
    item_lines: list[int]


MAX_DEPTH = 64
MAX_INT_CHARS = 30


class _Checks:
    """What a claims file may not hold, checked as each node is composed: aliases, tags, deep nesting;
    integers are bounded and mappings and lists remember their lines and duplicate keys."""

    duplicates: list[tuple[int, str]]
    depth: int
    resolved: dict[tuple[str, Any], str]

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):  # type: ignore[attr-defined]
            event = self.peek_event()  # type: ignore[attr-defined]
            raise yaml.composer.ComposerError(
                None,
                None,
                f"alias '*{event.anchor}' is not allowed in a claims file (write the value out in full)",
                event.start_mark,
            )
        event = self.peek_event()  # type: ignore[attr-defined]
        tag = getattr(event, "tag", None)
        if tag is not None:
            # Every tag, even a harmless one such as !!str: a claims file is plain data, as the README says.
            raise yaml.composer.ComposerError(
                None,
                None,
                f"tag '{_written(tag)}' is not allowed (claims files are plain data; remove the tag)",
                event.start_mark,
            )
        if self.depth >= MAX_DEPTH:
            raise yaml.composer.ComposerError(
                None,
                None,
                f"nested too deeply (more than {MAX_DEPTH} levels); claims files are flat data",
                self.peek_event().start_mark,  # type: ignore[attr-defined]
            )
        self.depth += 1
        try:
            node: yaml.Node | None = super().compose_node(parent, index)  # type: ignore[misc]
            return node
        finally:
            self.depth -= 1

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: Any) -> str:
        # A scalar's tag depends only on its text and style (no path resolvers are registered), and a
        # claims file repeats its words: each distinct one goes through the resolver's regexes once.
        if kind is not yaml.ScalarNode:
            tag: str = super().resolve(kind, value, implicit)  # type: ignore[misc]
            return tag
        key = (value, implicit)
        known = self.resolved.get(key)
        if known is None:
            known = self.resolved[key] = super().resolve(kind, value, implicit)  # type: ignore[misc]
        return known

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        if len(str(node.value)) > MAX_INT_CHARS:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"integer is too large (more than {MAX_INT_CHARS} characters); quote it if it is text",
                node.start_mark,
            )
        value: int = super().construct_yaml_int(node)  # type: ignore[misc]
        return value

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        result = LineDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        construct = self.construct_object  # type: ignore[attr-defined]
        for key_node, value_node in node.value:
            key = construct(key_node, deep=True)
            if not isinstance(key, str):
                key = str(key)
            if key in result:
                self.duplicates.append((key_node.start_mark.line + 1, key))
            result[key] = construct(value_node, deep=True)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> list[Any]:
        construct = self.construct_object  # type: ignore[attr-defined]
        result = LineList(construct(child, deep=True) for child in node.value)
        result.line = node.start_mark.line + 1
        result.item_lines = [child.start_mark.line + 1 for child in node.value]
        return result


class _Loader(_Checks, yaml.SafeLoader):
    """The pure-Python safe loader with the checks: it gives every error message."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates = []
        self.depth = 0
        self.resolved = {}


# libyaml's parser, when PyYAML was built with it.
_CParser: Any = None
if yaml.__with_libyaml__:
    from yaml._yaml import CParser as _CParser


class _Scalars(_Checks, SafeConstructor, Resolver):
    """Resolves and constructs the scalars of the fast path, with the loader's own constructors."""

    def __init__(self) -> None:
        SafeConstructor.__init__(self)
        Resolver.__init__(self)
        self.duplicates = []
        self.depth = 0
        self.resolved = {}


class _Unsure(Exception):
    """The fast path leaves this file to the pure loader."""


_STR = "tag:yaml.org,2002:str"
_NO_KEY = object()  # a mapping waiting for its next key


def _build(text: str) -> tuple[Any, list[tuple[int, str]]]:
    """The document libyaml's events describe, built as the pure loader builds it (the same values,
    lines and duplicate keys); ``_Unsure`` for anything the pure loader might read differently or refuse:
    aliases, anchors, tags, directives, nesting past MAX_DEPTH, a complex key, a '?' in a plain scalar
    inside [...] or {...} (libyaml takes it, PyYAML does not), more than one document."""
    parser = _CParser(text)
    scalars = _Scalars()
    duplicates = scalars.duplicates
    resolve = scalars.resolve
    try:
        if not isinstance(parser.get_event(), yaml.StreamStartEvent):
            raise _Unsure
        event = parser.get_event()
        if isinstance(event, yaml.StreamEndEvent):
            return None, []
        if not isinstance(event, yaml.DocumentStartEvent) or event.version or event.tags:
            raise _Unsure
        # Open collections, innermost last: (the collection, its pending key and that key's line).
        stack: list[list[Any]] = []
        flow = 0
        root: Any = None
        while True:
            event = parser.get_event()
            kind = type(event)
            if kind is yaml.ScalarEvent:
                if event.anchor is not None or event.tag is not None or len(stack) >= MAX_DEPTH:
                    raise _Unsure
                text_value = event.value
                style = event.style or None  # libyaml says "" for plain, PyYAML None
                if flow and style is None and "?" in text_value:
                    raise _Unsure
                tag = resolve(yaml.ScalarNode, text_value, event.implicit)
                if tag == _STR:
                    value: Any = text_value
                else:
                    node = yaml.ScalarNode(tag, text_value, event.start_mark, event.end_mark, style)
                    value = scalars.construct_document(node)
                line = event.start_mark.line + 1
            elif kind is yaml.SequenceStartEvent or kind is yaml.MappingStartEvent:
                if event.anchor is not None or event.tag is not None or len(stack) >= MAX_DEPTH:
                    raise _Unsure
                if stack and isinstance(stack[-1][0], LineDict) and stack[-1][1] is _NO_KEY:
                    raise _Unsure  # a collection as a key
                opened: Any
                if kind is yaml.SequenceStartEvent:
                    opened = LineList()
                    opened.item_lines = []
                else:
                    opened = LineDict()
                    opened.key_lines = {}
                opened.line = event.start_mark.line + 1
                flow += bool(event.flow_style)
                stack.append([opened, _NO_KEY, 0, bool(event.flow_style)])
                continue
            elif kind is yaml.SequenceEndEvent or kind is yaml.MappingEndEvent:
                value, _, _, was_flow = stack.pop()
                flow -= was_flow
                line = value.line
            elif kind is yaml.DocumentEndEvent:
                break
            else:
                raise _Unsure  # an alias, or an event out of place
            if not stack:
                root = value
                continue
            top = stack[-1]
            into = top[0]
            if isinstance(into, LineList):
                into.append(value)
                into.item_lines.append(line)
            elif top[1] is _NO_KEY:
                key = value if isinstance(value, str) else str(value)
                if key in into:
                    duplicates.append((line, key))
                top[1], top[2] = key, line
            else:
                into[top[1]] = value
                into.key_lines[top[1]] = top[2]
                top[1] = _NO_KEY
        if not isinstance(parser.get_event(), yaml.StreamEndEvent):
            raise _Unsure
        return root, duplicates
    finally:
        parser.dispose()


def _written(tag: str) -> str:
    """A resolved tag as the file wrote it ("tag:yaml.org,2002:str" -> "!!str"), made printable."""
    short = "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org,2002:") else tag
    shown = "".join(c if c.isprintable() else "\N{REPLACEMENT CHARACTER}" for c in short[:80])
    return shown + ("…" if len(short) > 80 else "")


def _register(loader: Any) -> None:
    loader.add_constructor("tag:yaml.org,2002:timestamp", SafeConstructor.construct_yaml_str)
    loader.add_constructor("tag:yaml.org,2002:map", _Checks.construct_mapping)
    loader.add_constructor("tag:yaml.org,2002:seq", _Checks.construct_sequence)
    loader.add_constructor("tag:yaml.org,2002:int", _Checks.construct_yaml_int)


_register(_Loader)
_register(_Scalars)


def _parse_fast(text: str) -> tuple[Any, list[tuple[int, str]]] | None:
    """The document and its duplicate keys through libyaml, or None when libyaml is missing, the file has
    any error (the pure loader then says what it is, in its own words) or the fast path is unsure of it.
    A tab is left to the pure loader too: libyaml accepts tabs between tokens where PyYAML does not."""
    if _CParser is None or "\t" in text:
        return None
    try:
        return _build(text)
    except (yaml.YAMLError, _Unsure):
        return None


def parse_yaml(text: str, fast: bool = True) -> tuple[Any, list[tuple[int, str]]]:
    """The document (None when it cannot be read) and (line, message) for each problem. ``fast``: read
    through libyaml when it is there (the same document, lines and messages, several times faster)."""
    parsed = _parse_fast(text) if fast else None
    if parsed is not None:
        return parsed[0], _duplicates(parsed[1])
    try:
        loader = _Loader(text)
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - text.rfind("\n", 0, exc.position)
        what = f"character U+{exc.character:04X} is not allowed in YAML; remove it"
        return None, [(line, f"YAML syntax error, column {column}: {what}")]
    try:
        document = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        column = f", column {mark.column + 1}" if mark else ""
        what = exc.problem or "invalid YAML"
        if "could not determine a constructor" in what:
            tag = what.split("tag ", 1)[-1]
            what = f"tag {tag} is not allowed (claims files are plain data; remove the tag)"
        return None, [(line, f"YAML syntax error{column}: {what}")]
    except yaml.YAMLError as exc:
        return None, [(0, f"YAML error: {exc}")]
    finally:
        loader.dispose()
    return document, _duplicates(loader.duplicates)


def _duplicates(found: list[tuple[int, str]]) -> list[tuple[int, str]]:
    return [
        (line, f"duplicate key '{key}' (YAML would silently keep only the last one)") for line, key in found
    ]
