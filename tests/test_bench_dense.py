"""The dense benchmark corpus (bench/dense.py): the same bytes every time, every sentence about vitamin K."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

from k2check.segment import Sentence, segment

BENCH = Path(__file__).parent.parent / "bench"
VITAMIN_K = re.compile(r"vitamin k|\bk[123]\b|\bmk-?\d|menaquinone|menadione|phylloquinone", re.IGNORECASE)


def _dense() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_dense", BENCH / "dense.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_same_arguments_same_bytes(tmp_path: Path) -> None:
    dense = _dense()
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    made = dense.write_dense(first, 64 * 1024)
    dense.write_dense(second, 64 * 1024)
    assert first.read_bytes() == second.read_bytes()
    assert made["bytes"] == first.stat().st_size >= 64 * 1024
    assert made["copies"] >= 2


def test_every_sentence_is_about_vitamin_k(tmp_path: Path) -> None:
    path = tmp_path / "dense.md"
    _dense().write_dense(path, 64 * 1024)
    with path.open(encoding="utf-8", newline="") as handle:
        sentences = [u.text for u in segment(handle) if isinstance(u, Sentence)]
    assert len(sentences) > 500
    assert [s for s in sentences if not VITAMIN_K.search(s)] == []


def test_copies_differ_in_every_sentence(tmp_path: Path) -> None:
    made = _dense().write_dense(tmp_path / "dense.md", 64 * 1024)
    assert made["distinct"] > 1.5 * made["sentences_per_copy"]
