"""``--format json``: one JSON document, nothing else on stdout."""

from __future__ import annotations

from k2check.render.common import Output, dumps, envelope, result_dict
from k2check.report import Report


def render(report: Report, out: Output) -> None:
    document = envelope()
    document["results"] = [result_dict(r, report.explain) for r in report]
    if report.documents:
        document["summary"] = [s.as_dict() for s in report.summaries]
    out.stream.write(dumps(document, indent=2) + "\n")
