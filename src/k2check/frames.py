"""pandas DataFrames of texts in, DataFrames of findings out: what Spark's ``mapInPandas`` and Dask's
``map_partitions`` run on each batch (pandas is needed only here)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from k2check.api import FINDING_COLUMNS, FINDING_DTYPES, Checker, default_checker

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["check_frame", "empty_findings"]


def check_frame(
    pdf: pd.DataFrame, text_col: str, id_col: str, checker: Checker | None = None
) -> pd.DataFrame:
    """The findings of a pandas DataFrame's texts, as a DataFrame of FINDING_COLUMNS (Dask's
    ``map_partitions`` calls this too). A missing text has no findings."""
    import pandas as pd

    checker = checker or default_checker()
    rows = [
        finding
        for doc_id, text in zip(pdf[id_col], pdf[text_col], strict=True)
        if isinstance(text, str)
        for finding in checker.check_text(text, "" if doc_id is None else str(doc_id))
    ]
    return pd.DataFrame(rows, columns=list(FINDING_COLUMNS)).astype(FINDING_DTYPES)


def empty_findings() -> pd.DataFrame:
    """No findings, with the columns and dtypes of ``check_frame``'s result (Dask's ``meta``)."""
    import pandas as pd

    return pd.DataFrame({c: pd.Series(dtype=FINDING_DTYPES[c]) for c in FINDING_COLUMNS})
