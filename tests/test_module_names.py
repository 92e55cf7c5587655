"""A module-level word set or constant defined twice silently replaces the first for every function that
reads it at call time (round 55 found `_ADVICE_OPENERS` twice in adjustments.py, round 56 `_LITTLE` and a
`_GIVING_UP` about to be): each top-level name is assigned once per module."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SRC = Path(__file__).parent.parent / "src" / "k2check"
MODULES = sorted(SRC.rglob("*.py"))


def _assigned(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign
        ) else []
        names.extend(t.id for t in targets if isinstance(t, ast.Name))
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_each_top_level_name_is_assigned_once(path: Path) -> None:
    counts = Counter(_assigned(ast.parse(path.read_text(encoding="utf-8"))))
    assert not [name for name, n in counts.items() if n > 1]


def test_the_check_sees_a_name_assigned_twice() -> None:
    tree = ast.parse("_WORDS = frozenset({'a'})\nX: int = 1\n_WORDS = frozenset({'b'})\n")
    assert Counter(_assigned(tree))["_WORDS"] == 2
