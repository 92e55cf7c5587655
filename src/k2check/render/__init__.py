"""Output formats. Each format is one module with ``render(report, out)``; only the chosen one is imported."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from k2check.render.common import Output
    from k2check.report import Report

FORMATS: dict[str, str] = {
    "table": "table",
    "json": "json_format",
    "jsonl": "jsonl",
    "line": "line",
    "github": "github",
    "sarif": "sarif",
    "markdown": "markdown",
    "claimreview": "claimreview",
}


def renderer(name: str) -> Callable[[Report, Output], None]:
    module = importlib.import_module(f"k2check.render.{FORMATS[name]}")
    render: Callable[[Report, Output], None] = module.render
    return render
