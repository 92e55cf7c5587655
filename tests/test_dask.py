"""Dask (a local cluster of 2 worker processes) with map_partitions: the same findings as the command."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("dask.dataframe")
pytest.importorskip("distributed")

from scale_docs import cli_rows, documents

pytestmark = pytest.mark.slow


def test_dask_matches_the_command(tmp_path: Path) -> None:
    import dask.dataframe as dd
    import pandas as pd
    from distributed import Client, LocalCluster

    from k2check.frames import check_frame, empty_findings

    docs = documents(tmp_path)
    expected = cli_rows(docs)
    meta = empty_findings()
    frame = pd.DataFrame(docs, columns=["doc_id", "text"])
    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster),
    ):
        ddf = dd.from_pandas(frame, npartitions=6)
        out = ddf.map_partitions(check_frame, "text", "doc_id", meta=meta).compute()
    got = sorted(tuple(None if v is pd.NA else v for v in row) for row in out.itertuples(index=False))
    assert got == expected and len(got) > 100
