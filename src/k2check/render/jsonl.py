"""``--format jsonl``: one JSON object per result per line, written as each result arrives.

Each line is exactly the JSON contract of one result (``common.result_dict``): no envelope, no summary
line, nothing at all for no results. Lines are flushed one by one, so a consumer can act on a long
document's first findings before the last sentence is read.
"""

from __future__ import annotations

from k2check.render.common import LineEncoder, Output
from k2check.report import Report


def render(report: Report, out: Output) -> None:
    encode = LineEncoder(report.explain)
    for result in report:
        out.stream.write(encode(result) + "\n")
        out.stream.flush()
