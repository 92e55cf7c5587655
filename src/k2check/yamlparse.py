"""Safe YAML parsing that keeps line numbers, reports duplicate keys and refuses aliases and tags."""

from __future__ import annotations

from typing import Any

import yaml


class LineDict(dict[str, Any]):
    line: int = 0
    key_lines: dict[str, int]


class LineList(list[Any]):
    line: int = 0
    item_lines: list[int]


MAX_DEPTH = 64
MAX_INT_CHARS = 30


class _Loader(yaml.SafeLoader):
    """A safe loader that keeps line numbers, collects duplicate keys, refuses aliases and bounds
    nesting and integers (so neither recursion nor huge numbers can exhaust it)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[tuple[int, str]] = []
        self.depth = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.composer.ComposerError(
                None,
                None,
                f"alias '*{event.anchor}' is not allowed in a claims file (write the value out in full)",
                event.start_mark,
            )
        event = self.peek_event()  # type: ignore[no-untyped-call]
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
                self.peek_event().start_mark,  # type: ignore[no-untyped-call]
            )
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_yaml_int(self, node: yaml.ScalarNode) -> int:
        if len(str(node.value)) > MAX_INT_CHARS:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"integer is too large (more than {MAX_INT_CHARS} characters); quote it if it is text",
                node.start_mark,
            )
        value: int = super().construct_yaml_int(node)
        return value

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        result = LineDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                key = str(key)
            if key in result:
                self.duplicates.append((key_node.start_mark.line + 1, key))
            result[key] = self.construct_object(value_node, deep=True)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> list[Any]:
        result = LineList(self.construct_object(child, deep=True) for child in node.value)
        result.line = node.start_mark.line + 1
        result.item_lines = [child.start_mark.line + 1 for child in node.value]
        return result


def _written(tag: str) -> str:
    """A resolved tag as the file wrote it ("tag:yaml.org,2002:str" -> "!!str"), made printable."""
    short = "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org,2002:") else tag
    shown = "".join(c if c.isprintable() else "\N{REPLACEMENT CHARACTER}" for c in short[:80])
    return shown + ("…" if len(short) > 80 else "")


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_str)  # type: ignore[type-var]
_Loader.add_constructor("tag:yaml.org,2002:map", _Loader.construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:seq", _Loader.construct_sequence)
_Loader.add_constructor("tag:yaml.org,2002:int", _Loader.construct_yaml_int)


def parse_yaml(text: str) -> tuple[Any, list[tuple[int, str]]]:
    """The document (None when it cannot be read) and (line, message) for each problem."""
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
    problems = [
        (line, f"duplicate key '{key}' (YAML would silently keep only the last one)")
        for line, key in loader.duplicates
    ]
    return document, problems
