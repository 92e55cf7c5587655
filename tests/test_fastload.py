"""The fast ways of reading a claims file give what the slow ones give: libyaml against PyYAML's pure
loader, the compiled quick schema check against jsonschema."""

from __future__ import annotations

import copy
import random
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from k2check import yamlparse
from k2check.conforms import compile_schema
from k2check.loader import _schema, bundled_source, parse

DATA = Path(__file__).parent / "data"
needs_libyaml = pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML without libyaml")

CASES = [
    "",
    "---\n",
    "a: 1\na: 2\n",
    "{a: {b: 1, b: 2}, a: 3}\n",
    "1: x\ntrue: y\n~: z\n1.5: w\n0x1F: v\n",
    "a: &x 1\nb: *x\n",
    "a: &x 1\n",
    "<<: {a: 1}\n",
    "=: 1\n",
    "a: !!str 1\n",
    "a: [x?y]\n",
    "a: [? x]\n",
    "a: [b,\tc]\n",
    "%YAML 1.1\n---\na: 1\n",
    "a: 1\n---\nb: 2\n",
    "a: 123456789012345678901234567890123\n",
    "a: 2020-01-01\nb: 2020-01-01 10:00:00\n",
    "a: yes\nb: No\nc: ON\nd: .inf\ne: -.NaN\nf: 1:30\ng: 0b101\nh: 0o17\ni: 017\n",
    "? [a, b]\n: c\n",
    "a:\n  - b\n  -\n  - c: d\n    c: e\n",
    "a: |\n  x\n  y\nb: >-\n  p\n  q\n",
    "a: b\x85c: d\u2028e: f\r\ng: h\n",
    "just text\n",
    "a: 'x'\n'a': y\n",
    "claims:\n  - id: [unclosed\n",
    "claims: []\n# a\x07b\n",
    "- " * 70 + "x\n",
]


def _shape(parsed: tuple[Any, list[tuple[int, str]]]) -> Any:
    """The document with every line number the loader keeps, and the problems."""

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            items = tuple((k, walk(v)) for k, v in node.items())
            return ("map", node.line, tuple(node.key_lines.items()), items)  # type: ignore[attr-defined]
        if isinstance(node, list):
            return ("seq", node.line, tuple(node.item_lines), tuple(walk(v) for v in node))  # type: ignore[attr-defined]
        return (type(node).__name__, node)

    document, problems = parsed
    return walk(document), problems


def _mutants(text: str, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = [":", "- ", "#", '"', "'", "[", "]", "{", "}", "?", ",", "&a ", "*a", "!!", "\t", "\n  ", "  "]
    out = []
    for _ in range(count):
        chars = list(text)
        for _ in range(rng.randint(1, 3)):
            chars.insert(rng.randrange(len(chars) + 1), rng.choice(pieces))
        lines = "".join(chars).splitlines(keepends=True)
        lines.insert(rng.randrange(len(lines) + 1), rng.choice(lines))  # a duplicate key, often
        out.append("".join(lines))
    return out


@pytest.mark.parametrize("text", CASES, ids=repr)
def test_libyaml_reads_what_the_pure_loader_reads(text: str) -> None:
    assert _shape(yamlparse.parse_yaml(text)) == _shape(yamlparse.parse_yaml(text, fast=False))


def test_mutated_claims_read_the_same_either_way() -> None:
    sample = bundled_source()[1].decode("utf-8").splitlines(keepends=True)[:60]
    for text in _mutants("".join(sample), 300, seed=15):
        assert _shape(yamlparse.parse_yaml(text)) == _shape(yamlparse.parse_yaml(text, fast=False)), text


@needs_libyaml
def test_the_bundled_database_and_test_data_take_the_fast_path() -> None:
    texts = [bundled_source()[1].decode("utf-8")]
    named = ("advice-dev.yaml", "advice-dev2.yaml", "advice.yaml", "blind.yaml", "dev.yaml", "real-dev.yaml")
    texts += [(DATA / name).read_text(encoding="utf-8") for name in named]
    for text in texts:
        assert yamlparse._parse_fast(text) is not None
        assert _shape(yamlparse.parse_yaml(text)) == _shape(yamlparse.parse_yaml(text, fast=False))


def test_without_libyaml_the_pure_loader_reads_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlparse, "_CParser", None)
    text = bundled_source()[1].decode("utf-8")
    assert yamlparse._parse_fast(text) is None
    assert yamlparse.parse_yaml(text)[0]["claims"]


def test_quick_schema_check_never_passes_what_jsonschema_refuses() -> None:
    schema = _schema()
    quick = compile_schema(schema)
    assert quick is not None
    validator = jsonschema.Draft202012Validator(schema)
    document, _ = parse(bundled_source()[1], "claims.yaml")
    assert quick(document) and validator.is_valid(document)
    rng = random.Random(15)
    values: list[Any] = [None, True, 0, 1, 1.0, 2020.0, 1899, 2101, "", "x", "abc\n", "Abc", "a--b",
                         "10.1/x", "0123", "https://", [], [""], ["x", "x"], [1], {}, {"any": []},
                         {"any": ["x"], "extra": 1}, {"opposite": ["y"]}, [["x"]]]  # fmt: skip
    passed = refused = 0
    for _ in range(600):
        claims = copy.deepcopy(rng.sample(document["claims"], 2))
        mutant: dict[str, Any] = {"claims": claims}
        if rng.random() < 0.3:
            mutant["vocabulary"] = copy.deepcopy(document["vocabulary"])
        if rng.random() < 0.1:
            mutant["schema_version"] = rng.choice([1, 1.0, True, 2])
        for _ in range(rng.randint(0, 2)):
            target: Any = rng.choice(claims)
            key: Any = rng.choice(sorted(target))
            if isinstance(target[key], list) and target[key] and rng.random() < 0.5:
                target = target[key]
                key = rng.randrange(len(target))
            if rng.random() < 0.2 and isinstance(target, dict):
                del target[key]
            else:
                target[key] = copy.deepcopy(rng.choice(values))
        valid = validator.is_valid(mutant)
        if quick(mutant):
            assert valid, [e.message for e in validator.iter_errors(mutant)]
            passed += 1
        refused += not valid
    assert passed > 100 and refused > 100  # both kinds were tried


def test_a_schema_keyword_the_quick_check_does_not_know_turns_it_off() -> None:
    assert compile_schema({"type": "object", "not": {"required": ["x"]}}) is None
    assert compile_schema({"$ref": "#/$defs/missing"}) is None
