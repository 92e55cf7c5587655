"""k2check: an offline fact-checker for vitamin K / K2 nutrition claims.

``from k2check import Checker``: see ``k2check.api`` (the stable Python API)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Checker", "Document", "Finding", "StatementResult", "__version__", "default_checker"]

if TYPE_CHECKING:
    from k2check.api import Checker, Document, Finding, StatementResult, default_checker


def __getattr__(name: str) -> Any:
    # Imported on first use, so `k2check --version` and the database modules do not load the API.
    if name in __all__:
        from k2check import api

        return getattr(api, name)
    raise AttributeError(f"module 'k2check' has no attribute {name!r}")
