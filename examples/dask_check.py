"""Check a Parquet (or generated) set of documents with Dask and write the findings as Parquet.

    pip install 'k2check[dask]'
    python examples/dask_check.py --out findings.parquet                # 1,000 generated documents
    python examples/dask_check.py --data docs.parquet --text text --id doc_id --out findings.parquet

Each worker process builds one checker (k2check.default_checker) and keeps it; with --claims the
checker is built here and scattered to the workers once."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import dask.dataframe as dd
import pandas as pd
from distributed import Client, LocalCluster

from k2check import Checker
from k2check.frames import check_frame, empty_findings


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", help="Parquet with a text and an id column (default: generated documents)")
    parser.add_argument("--text", default="text")
    parser.add_argument("--id", default="doc_id")
    parser.add_argument(
        "--count", type=int, default=1000, help="generated documents when --data is not given"
    )
    parser.add_argument("--claims", action="append", default=[], help="a claims file (repeatable)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    with (
        LocalCluster(n_workers=args.workers, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        if args.data:
            docs = dd.read_parquet(args.data, columns=[args.id, args.text])
        else:
            sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
            import corpus

            frame = pd.DataFrame(list(corpus.documents(args.count)), columns=[args.id, args.text])
            docs = dd.from_pandas(frame, npartitions=8)
        checker = client.scatter(Checker.from_default(args.claims), broadcast=True) if args.claims else None
        findings = docs.map_partitions(check_frame, args.text, args.id, checker, meta=empty_findings())
        findings.to_parquet(args.out, write_index=False, overwrite=True)
        print(pd.read_parquet(args.out)["verdict"].value_counts().sort_index().to_dict())


if __name__ == "__main__":
    main()
