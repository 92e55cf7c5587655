"""Check a Parquet (or generated) set of documents on Spark and write the findings as Parquet.

    pip install 'k2check[spark]'
    python examples/spark_check.py --out findings.parquet                 # 1,000 generated documents
    python examples/spark_check.py --data docs.parquet --text text --id doc_id --out findings.parquet
    python examples/spark_check.py --claims mine.yaml --out findings.parquet  # user claims, broadcast

On a cluster, submit it with spark-submit; k2check and its dependencies must be installed on the
executors (a packed venv with --archives, or the cluster image), and K2CHECK_CACHE_DIR should name a
directory the executors can write (see README, "Run on Spark / Dask")."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from pyspark.sql import SparkSession

from k2check import Checker
from k2check.spark import check_dataframe


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
    parser.add_argument("--out", required=True)
    parser.add_argument("--master", default="local[2]")
    args = parser.parse_args()

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.master(args.master).appName("k2check").config("spark.ui.enabled", "false")
    if os.environ.get("K2CHECK_CACHE_DIR"):
        builder = builder.config("spark.executorEnv.K2CHECK_CACHE_DIR", os.environ["K2CHECK_CACHE_DIR"])
    spark = builder.getOrCreate()
    try:
        if args.data:
            docs = spark.read.parquet(args.data)
        else:
            sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
            import corpus

            docs = spark.createDataFrame(
                list(corpus.documents(args.count)), f"{args.id} string, {args.text} string"
            )
        # The default checker is built once per Python worker; user claims are built here and broadcast.
        checker = Checker.from_default(args.claims) if args.claims else None
        findings = check_dataframe(docs.repartition(8), args.text, args.id, checker=checker)
        findings.write.mode("overwrite").parquet(args.out)
        print(findings.groupBy("verdict").count().orderBy("verdict").collect())
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
