"""``--format json``: one JSON document, nothing else on stdout.

The results are written one by one as they are found (the document is the same as if it were built
whole), so memory does not grow with their number; the per-file ``summary`` follows them.
"""

from __future__ import annotations

from typing import Any

from k2check.render.common import Output, envelope, result_dict, write_json_list
from k2check.report import Report


def render(report: Report, out: Output) -> None:
    def document(results: Any) -> dict[str, Any]:
        data = envelope()
        data["results"] = results
        if report.documents:
            data["summary"] = [s.as_dict() for s in report.summaries]
        return data

    write_json_list(out.stream, document, (result_dict(r, report.explain) for r in report))
