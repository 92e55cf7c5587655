"""k2check.spark on a local Spark (2 cores): the same findings as the command on the same files."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

pytest.importorskip("pyspark")
pytest.importorskip("pandas")
if shutil.which("java") is None:
    pytest.skip("Spark needs java on the PATH", allow_module_level=True)

from k2check import Checker
from k2check.api import FINDING_SCHEMA
from scale_docs import cli_rows, documents

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def spark():  # type: ignore[no-untyped-def]
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("k2check-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
        .config("spark.executorEnv.K2CHECK_CACHE_DIR", os.environ["K2CHECK_CACHE_DIR"])
        .getOrCreate()
    )
    yield session
    session.stop()


def test_spark_matches_the_command(spark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from k2check.spark import check_dataframe

    docs = documents(tmp_path)
    expected = cli_rows(docs)
    df = spark.createDataFrame(docs, "path string, body string").repartition(4)
    out = check_dataframe(df, text_col="body", id_col="path")
    assert out.schema.simpleString() == spark.createDataFrame([], FINDING_SCHEMA).schema.simpleString()
    got = sorted(tuple(row) for row in out.collect())
    assert got == expected
    assert len(got) > 100


def test_spark_with_a_broadcast_checker(spark, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from k2check.spark import check_dataframe

    docs = documents(tmp_path, 40)
    checker = Checker.from_default(cache_dir=False)
    df = spark.createDataFrame([*docs, ("none", None)], "doc_id string, text string")
    got = sorted(tuple(row) for row in check_dataframe(df, checker=checker).collect())
    assert got == cli_rows(docs)
