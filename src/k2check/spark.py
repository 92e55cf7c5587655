"""Check a Spark DataFrame of texts (``pip install 'k2check[spark]'``).

``check_dataframe(df, "text", "doc_id")`` returns one row per finding, the columns of
``Checker.check_text`` (``FINDING_SCHEMA``):

    doc_id string, line int, column int, claim_id string, negated boolean, verdict string,
    score int, sentence string, suppressed string

The work runs in ``mapInPandas``: each Python worker process builds one checker (``default_checker``,
through the cache in ``K2CHECK_CACHE_DIR``) and keeps it for every task it runs; a checker passed in
(user claims, a large database) is broadcast once instead. Claim details join on ``claim_id`` with
``checker.claims()``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from k2check.api import FINDING_SCHEMA, Checker
from k2check.frames import check_frame

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["FINDING_SCHEMA", "check_dataframe", "check_frame"]


def check_dataframe(
    df: Any, text_col: str = "text", id_col: str = "doc_id", checker: Checker | None = None
) -> Any:
    """A DataFrame of findings (FINDING_SCHEMA) for ``df``'s ``text_col``, each tagged with ``id_col``.

    Without ``checker`` every Python worker builds the default one (bundled database and the
    K2CHECK_CLAIMS files it sees); with one, it is broadcast to the workers."""
    broadcast = df.sparkSession.sparkContext.broadcast(checker) if checker is not None else None

    def check(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
        own = broadcast.value if broadcast is not None else None
        for pdf in batches:
            yield check_frame(pdf, text_col, id_col, own)

    return df.select(id_col, text_col).mapInPandas(check, FINDING_SCHEMA)
