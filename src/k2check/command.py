"""The ``check`` command without its argument parser: options in, results written, an exit code out.

The Typer app (cli.py) parses every command line; ``k2check.entry`` reads the simplest ones (statements and
``--format``) itself and calls the same ``check`` here, so a one-statement run does not build the app."""

from __future__ import annotations

import contextlib
import functools
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any, BinaryIO, NamedTuple

from k2check.errors import Exit, ExitCode, UserError
from k2check.streams import OutputError, discard_stdout, from_argv, guard_stdout, locale_stdout, utf8_stdout
from k2check.verdicts import ALL_VERDICTS

if TYPE_CHECKING:
    from pathlib import Path

    from rich.console import Console

    from k2check import api
    from k2check.check import Checker, FileSummary, Notice, Result
    from k2check.config import Settings
    from k2check.database import Loaded
    from k2check.matcher import Match
    from k2check.render.common import RenderOptions
    from k2check.report import Report

MACHINE_FORMATS = frozenset({"json", "jsonl", "sarif", "claimreview"})


class CheckOptions:
    """The options of ``k2check check``, as the Typer app parses them (its defaults are these). A plain
    class, not a dataclass: building one costs a one-statement run nothing at import."""

    def __init__(
        self,
        statements: list[str] | None = None,
        files: list[str] | None = None,
        as_files: bool = False,
        lines: bool = False,
        fmt: str | None = None,
        report_all: bool = False,
        fail_on: str | None = None,
        explain: bool = False,
        config_file: Path | None = None,
        isolated: bool = False,
        stdin_filename: str | None = None,
        output: Path | None = None,
        quiet: bool = False,
        statistics: bool = False,
        review_url: str | None = None,
        publisher: str | None = None,
        publisher_url: str | None = None,
        claims: list[Path] | None = None,
        no_bundled: bool = False,
        debug: bool = False,
        jobs: int | None = None,
    ) -> None:
        self.statements = statements
        self.files = files
        self.as_files = as_files
        self.lines = lines
        self.fmt = fmt
        self.report_all = report_all
        self.fail_on = fail_on
        self.explain = explain
        self.config_file = config_file
        self.isolated = isolated
        self.stdin_filename = stdin_filename
        self.output = output
        self.quiet = quiet
        self.statistics = statistics
        self.review_url = review_url
        self.publisher = publisher
        self.publisher_url = publisher_url
        self.claims = claims
        self.no_bundled = no_bundled
        self.debug = debug
        self.jobs = jobs


def check(options: CheckOptions) -> int:
    """Run ``k2check check`` and return its exit code; expected failures are one line on stderr."""
    try:
        with guard(options.debug):
            return _check(options)
    except Exit as exc:
        return exc.code


def _check(o: CheckOptions) -> int:
    from k2check import config
    from k2check.files import excluded, expand, looks_like_paths
    from k2check.render import FORMATS
    from k2check.render.common import RenderOptions

    settings = config.load(o.config_file, o.isolated)
    fmt = o.fmt or settings.format
    if fmt is None:
        fmt = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "table"
    if fmt not in FORMATS:
        from difflib import get_close_matches

        close = get_close_matches(fmt, FORMATS, n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        raise UserError(f"--format: unknown format '{fmt}'; {hint}use one of {', '.join(FORMATS)}")
    if fmt in MACHINE_FORMATS:
        utf8_stdout()
    texts = list(o.statements or [])
    documents = list(o.files or [])
    lines = o.lines
    if o.as_files or (texts and not documents and not lines and looks_like_paths(texts)):
        documents, texts = [*documents, *texts], []
        documents = expand(documents, settings)
        if not documents:
            if not o.quiet:
                stderr_line("no documents to check (all excluded or none with a checked extension)")
            return int(ExitCode.OK)
    texts = _statements(texts)
    if not texts and not documents:
        if sys.stdin is None or sys.stdin.isatty():
            raise UserError("nothing to check: give a STATEMENT or PATH, or pipe text (see --help)")
        documents = ["-"]
    if texts and documents:
        raise UserError("give statements or documents, not both in one run")
    if lines and texts:
        raise UserError("--lines reads stdin or --file documents; statements are already one per argument")
    if o.stdin_filename and documents == ["-"] and excluded(o.stdin_filename, settings):
        return int(ExitCode.OK)
    if o.jobs is not None and o.jobs < 0:
        raise UserError(f"--jobs: give a number of processes, or 0 for one per core; got {o.jobs}")
    # A few statements reach a few claims: decode only those from the cache.
    lazy = True if texts else None
    checker = core_checker([*settings.claims, *(o.claims or [])], o.no_bundled or not settings.bundled, lazy)
    config.check_ids(settings, set(checker.db.ids))
    findings = frozenset(settings.findings)
    if o.fail_on is not None:
        failing = _parse_fail_on(o.fail_on, settings.findings)
    elif settings.fail_on is not None:
        failing = frozenset(settings.fail_on)
    else:
        ci = (bool(documents) and not lines) or fmt in {"github", "sarif"}
        failing = findings if ci else frozenset()
    options = RenderOptions(
        findings=findings,
        severity=settings.severity,
        only_findings=bool(documents) and not lines and not o.report_all,
        root=_repo_root(settings) if fmt == "sarif" else None,
        review_url=o.review_url,
        publisher=o.publisher,
        publisher_url=o.publisher_url,
    )
    progress = not o.quiet and sys.stderr.isatty() and fmt == "table" and not lines
    # Only documents use worker processes; statements need not import ``parallel`` to count the cores.
    jobs = _jobs(o.jobs if o.jobs is not None else settings.jobs) if documents else 1
    loading = ([*settings.claims, *(o.claims or [])], not (o.no_bundled or not settings.bundled))
    run = _Run(settings, o.stdin_filename, o.report_all, progress, o.quiet, jobs, loading)
    tally = _Tally(failing, findings)
    code = _run_check(checker, run, texts, documents, lines, fmt, o.explain, tally, options, o.output)
    if o.statistics:
        sys.stderr.write(tally.statistics())
    if code is ExitCode.FOUND and not o.quiet:
        stderr_line(*tally.summary())
    return int(code)


def _warn_input(name: str, message: str) -> None:
    stderr_line(f"{name}:{message}")


def stderr_line(message: str, *more: str) -> None:
    """``k2check: MESSAGE`` and any further lines, each escaped so that no value can break a line."""
    from k2check.render.common import one_line

    sys.stderr.write("".join(f"{one_line(line)}\n" for line in (f"k2check: {message}", *more)))
    sys.stderr.flush()


def _statements(texts: list[str]) -> list[str]:
    statements = []
    for i, text in enumerate(texts, 1):
        if not text.strip():
            raise UserError(f"statement {i} is empty; give the text to check in quotes")
        clean = from_argv(text)
        if "\N{REPLACEMENT CHARACTER}" in clean and "\N{REPLACEMENT CHARACTER}" not in text:
            stderr_line(f"statement {i} is not valid UTF-8; the undecodable bytes were read as U+FFFD")
        statements.append(clean)
    return statements


_TRAILING = re.compile(r"[ \t]+(?=\n)")


def console(stream: IO[str], stderr: bool = False) -> Console:
    from rich.console import Console

    class PipeConsole(Console):
        def on_broken_pipe(self) -> None:
            # Rich would exit 1 here; a closed pipe (``| head``) is an ordinary end, handled in ``run``.
            raise BrokenPipeError

        def _render_buffer(self, buffer: Any) -> str:
            text: str = super()._render_buffer(buffer)
            # Tables pad cells to the full width; in a file or pipe that is only trailing spaces.
            return text if tty else _TRAILING.sub("", text)

    tty = stream.isatty()
    forced = bool(os.environ.get("FORCE_COLOR")) and not os.environ.get("NO_COLOR")
    plain = not (tty or forced) or bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM") == "dumb"
    return PipeConsole(
        file=stream,
        color_system=None if plain else "auto",
        force_terminal=tty or forced,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=False,
        stderr=stderr,
    )


def api_checker(claims: list[Path] | None, no_bundled: bool) -> api.Checker:
    """The checker of the Python API, built as a library user's ``Checker.from_default`` builds it."""
    from k2check.api import Checker as ApiChecker

    checker = ApiChecker.from_default(list(claims or []), bundled=not no_bundled)
    _notices(checker.notices)
    return checker


def load(claims: list[Path] | None, no_bundled: bool) -> Loaded:
    return api_checker(claims, no_bundled).loaded


def core_checker(claims: list[Path] | None, no_bundled: bool, lazy: bool | None = None) -> Checker:
    """The checker documents stream through (results are written while a long file is read), on the
    database ``Checker.from_default`` loads; ``lazy`` as there."""
    from k2check.check import Checker as CoreChecker
    from k2check.database import load_default

    loaded = load_default(list(claims or []), bundled=not no_bundled, lazy=lazy)
    _notices(loaded.notices)
    return CoreChecker(loaded.db, loaded.index)


def _notices(notices: tuple[str, ...]) -> None:
    for notice in notices:
        stderr_line(f"notice: {notice}")


def _jobs(value: int | None) -> int:
    """Worker processes for documents: ``value``, where None or 0 means one per usable core."""
    if value:
        return value
    from k2check.parallel import usable_cores

    return usable_cores()


def _parse_fail_on(value: str, findings: tuple[str, ...]) -> frozenset[str]:
    """``--fail-on``: a comma list of verdicts, ``findings`` for the configured findings, or ``none``."""
    names = {v.strip() for v in value.split(",") if v.strip()}
    if names <= {"none"}:
        return frozenset()
    if "findings" in names:
        names = (names - {"findings"}) | set(findings)
    unknown = sorted(names - set(ALL_VERDICTS))
    if unknown:
        from difflib import get_close_matches

        close = get_close_matches(unknown[0].lower().replace("_", "-"), ALL_VERDICTS, n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        raise UserError(
            f"--fail-on: unknown verdict {', '.join(unknown)}; {hint}use a comma list of "
            f"{', '.join(ALL_VERDICTS)}, 'findings' or 'none'"
        )
    return frozenset(names)


def _open(name: str, label: str) -> BinaryIO:
    if name == "-":
        return sys.stdin.buffer
    from pathlib import Path

    from k2check.files import is_dir

    path = Path(name)
    if is_dir(path):
        raise UserError(f"{label}: is a directory; give it without --file to check the files in it")
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise UserError(f"{label}: no such file; check the path") from None
    except PermissionError:
        raise UserError(f"{label}: permission denied; check the file's permissions") from None
    except OSError as exc:
        raise UserError(f"{label}: cannot open ({exc.strerror}); check the path") from None


class _Run:
    """One check run's inputs: where documents come from, what is ignored, what stdin is called."""

    def __init__(
        self,
        settings: Settings,
        stdin_name: str | None,
        report_all: bool,
        progress: bool,
        quiet: bool = False,
        jobs: int = 1,
        loading: tuple[list[Path], bool] = ([], True),
    ) -> None:
        self.settings = settings
        self.stdin_name = stdin_name
        self.report_all = report_all
        self.progress = progress
        self.quiet = quiet
        self.jobs = jobs
        # The claims files and whether the bundled database is used: how a spawned worker loads it.
        self.loading = loading

    def name(self, name: str) -> tuple[str, str]:
        """The source path results carry and the label messages use."""
        if name == "-":
            return (self.stdin_name or "-", self.stdin_name or "stdin")
        clean = from_argv(name)
        return clean, clean

    def lines(self, name: str, handle: BinaryIO, label: str) -> Iterator[str]:
        from k2check.reader import decode_lines

        lines = decode_lines(handle, functools.partial(_warn_input, label))
        if self.progress and name != "-":
            from pathlib import Path

            from rich.markup import escape

            from k2check.progress import tracked
            from k2check.render.common import one_line

            # The bar's description is Rich markup on a terminal: the name is escaped for both.
            return tracked(lines, Path(name), escape(one_line(label)))
        return lines

    def documents(self, checker: Checker, files: list[str], report: Report) -> Iterator[Result]:
        """Each document's results, with inline directives, per-file ignores and --all applied; with
        ``jobs`` above 1 and several files, checked in worker processes and written in input order."""
        from k2check.check import FileSummary

        if self.jobs > 1 and len(files) > 1 and "-" not in files:
            batches = list(_batches(files))
            if len(batches) > 1:  # one batch of small files is quicker checked here than in a worker
                yield from self._parallel(checker, batches, report)
                return
        notices: list[Notice] = []
        for name in files:
            summary = FileSummary(self.name(name)[0])
            report.summaries.append(summary)
            yield from self.document(checker, name, summary, notices)

    def document(
        self, checker: Checker, name: str, summary: FileSummary, notices: list[Notice]
    ) -> Iterator[Result]:
        """One document's results; what is worth saying about it goes to stderr."""
        from k2check.files import ignored_ids
        from k2check.ignores import Ignores
        from k2check.reader import BinaryInput

        source, label = self.name(name)
        ignored = ignored_ids(source, self.settings) if name != "-" or self.stdin_name else frozenset()
        why = f"per-file-ignores in {self.settings.path.name if self.settings.path else 'settings'}"
        ignores = Ignores(source, checker.db.ids, notices, whole_file=ignored, whole_file_reason=why)
        handle = _open(name, label)
        with handle if name != "-" else contextlib.nullcontext(handle):
            if name != "-":
                with contextlib.suppress(OSError), open(name, "rb") as whole:
                    ignores.prescan(whole)
            listing = _Listing()
            lines = self.lines(name, handle, label)
            if name == "-" and not self.quiet:
                lines = listing.watch(lines)
            try:
                yield from checker.check_document(lines, source, self.report_all, notices, summary, ignores)
            except BinaryInput as exc:
                stderr_line(f"{label}: {exc}")
            except OSError as exc:
                raise UserError(f"{label}: cannot read ({exc.strerror or exc}); check the file") from None
            summary.verdicts = +summary.verdicts
            for notice in notices:
                stderr_line(f"warning: {notice}")
            notices.clear()
            if listing.looks_like_a_list():
                stderr_line(
                    f"hint: stdin looked like one statement per line ({listing.count} short lines "
                    "without end punctuation), which a document runs together; if so, use --lines"
                )

    def _parallel(self, checker: Checker, batches: list[list[str]], report: Report) -> Iterator[Result]:
        """``documents`` over worker processes: each checks a whole file, and its results, summary and
        stderr are replayed here in input order, so the output is the same as one process writes."""
        from k2check import parallel

        # A worker has no terminal to draw a progress bar on; everything it says is replayed from here.
        quiet = _Run(self.settings, self.stdin_name, self.report_all, False, self.quiet, 1)
        method = parallel.start_method()
        setup = (quiet, checker, None) if method == "fork" else (quiet, None, self.loading)
        jobs = min(self.jobs, len(batches))
        for batch in parallel.ordered(_check_files, batches, jobs, _setup_worker, setup, method):
            for outcome in batch:
                report.summaries.append(outcome.summary)
                yield from outcome.results
                if outcome.stderr:
                    sys.stderr.write(outcome.stderr)
                    sys.stderr.flush()
                if outcome.error is not None:
                    raise outcome.error

    def statement_lines(self, checker: Checker, files: list[str]) -> Iterator[Result]:
        """``--lines``: every non-blank line is one statement, checked exactly as an argument would be."""
        from k2check.check import Source
        from k2check.reader import BinaryInput, Piece

        for name in files:
            source, label = self.name(name)
            handle = _open(name, label)
            with handle if name != "-" else contextlib.nullcontext(handle):
                number = 0
                try:
                    for text in self.lines(name, handle, label):
                        if isinstance(text, Piece):
                            raise UserError(
                                f"{label}: a line is longer than 4 MiB; --lines is for statements"
                            )
                        number += 1
                        statement = text.strip()
                        if statement:
                            result = checker.check_statement(statement)
                            yield result._replace(source=Source(source, number, 1))
                except BinaryInput as exc:
                    stderr_line(f"{label}: {exc}")


class _FileOutcome(NamedTuple):
    """What a worker process sends back for one document."""

    results: list[Result]
    summary: FileSummary
    stderr: str
    error: Exception | None


_WORKER: list[Any] = []  # the worker process's (_Run, Checker)


def _setup_worker(run: _Run, checker: Checker | None, loading: tuple[list[Path], bool] | None) -> None:
    if checker is None and loading is not None:
        from k2check.check import Checker as CoreChecker
        from k2check.database import load_default

        loaded = load_default(loading[0], bundled=loading[1])
        checker = CoreChecker(loaded.db, loaded.index)
    _WORKER[:] = [run, checker]


# Small files go to a worker a few at a time, so that passing them costs little next to checking them.
BATCH_BYTES = 128 << 10
BATCH_FILES = 32


def _batches(files: list[str]) -> Iterator[list[str]]:
    batch: list[str] = []
    size = 0
    for name in files:
        try:
            size += os.stat(name).st_size
        except OSError:
            size += BATCH_BYTES  # reported by the worker, in its turn
        batch.append(name)
        if size >= BATCH_BYTES or len(batch) >= BATCH_FILES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _check_files(names: list[str]) -> list[_FileOutcome]:
    """In a worker: documents checked as ``_Run.document`` checks them, each with its stderr captured;
    the first that fails ends the batch, as it ends a run."""
    import io

    from k2check.check import FileSummary

    run, checker = _WORKER
    outcomes = []
    for name in names:
        summary = FileSummary(run.name(name)[0])
        results: list[Result] = []
        error: Exception | None = None
        captured = io.StringIO()
        saved, sys.stderr = sys.stderr, captured
        try:
            results.extend(run.document(checker, name, summary, []))
        except Exception as exc:
            error = exc
        finally:
            sys.stderr = saved
        outcomes.append(_FileOutcome(results, summary, captured.getvalue(), error))
        if error is not None:
            break
    return outcomes


class _Listing:
    """Notices stdin that is a list of statements rather than prose, to suggest --lines (never to switch)."""

    SHORT = 100
    MARKUP = re.compile(r"\s*(?:[#>|*+-]|\d+[.)]|<!--|```|~~~)")

    def __init__(self) -> None:
        self.count = 0
        self.prose = False

    def watch(self, lines: Iterator[str]) -> Iterator[str]:
        for text in lines:
            stripped = text.strip()
            if stripped and not self.prose:
                if len(stripped) > self.SHORT or stripped[-1] in ".!?:;" or self.MARKUP.match(stripped):
                    self.prose = True
                else:
                    self.count += 1
            yield text

    def looks_like_a_list(self) -> bool:
        return not self.prose and self.count >= 3


def _first_sentence(match: Match) -> str:
    from k2check.render.common import printable

    summary = " ".join(match.claim.summary.split())
    head = re.split(r"(?<=[.!?])\s+(?=[A-Z])", summary, maxsplit=1)[0]
    if match.negated:
        head = f"asserts the opposite of '{match.claim.claim}' ({match.claim.verdict}). {head}"
    return printable(head)


class _Tally:
    """Counts findings as results stream past, for the exit code, the summary and --statistics."""

    REASONS = 5

    def __init__(self, failing: frozenset[str], findings: frozenset[str]) -> None:
        self.failing = failing
        self.findings = findings
        self.failed: Counter[str] = Counter()
        self.counts: Counter[tuple[str, str]] = Counter()
        self.paths: set[str] = set()
        self.ignored = 0
        self.reasons: dict[tuple[str, str], str] = {}

    def watch(self, results: Iterator[Result]) -> Iterator[Result]:
        for result in results:
            if result.match is not None:
                if result.suppressed is not None:
                    self.ignored += 1
                else:
                    self._count(result, result.verdict, result.match)
                    for match in result.other_matches:
                        self._count(result, match.verdict, match)
            yield result

    def _count(self, result: Result, verdict: str, match: Match) -> None:
        key = (verdict, match.claim.id)
        self.counts[key] += 1
        if verdict in self.failing:
            self.failed[verdict] += 1
            if key not in self.reasons:
                self.reasons[key] = _first_sentence(match)
            if result.source is not None:
                self.paths.add(result.source.path)

    def summary(self) -> list[str]:
        total = sum(self.failed.values())
        kinds = ", ".join(f"{n} {v}" for v, n in sorted(self.failed.items()))
        where = f" in {len(self.paths)} file{'s' if len(self.paths) != 1 else ''}" if self.paths else ""
        shown = list(self.reasons.items())[: self.REASONS]
        why = [f"  {claim_id} ({verdict}): {reason}" for (verdict, claim_id), reason in shown]
        if len(self.reasons) > len(shown):
            why.append(f"  ... and {len(self.reasons) - len(shown)} more claims")
        return [
            f"{total} finding{'s' if total != 1 else ''} failed the check ({kinds}){where}.",
            *why,
            "  evidence and references:  k2check show CLAIM-ID",
            "  to accept one sentence:   <!-- k2check: ignore CLAIM-ID reason --> on the line before it",
            "  to accept a whole file:   per-file-ignores in [tool.k2check]",
        ]

    def statistics(self) -> str:
        if not self.counts:
            return "no claims found\n"
        rows = sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))
        width = max(len(v) for (v, _), _ in rows)
        out = [f"{n:5d}  {v:<{width}}  {c}" for (v, c), n in rows]
        total = sum(self.counts.values())
        out.append(f"{total:5d}  claims found" + (f", {self.ignored} ignored" if self.ignored else ""))
        return "\n".join(out) + "\n"


def _repo_root(settings: Settings) -> Path:
    """The git work tree's top (code scanning resolves URIs against it), else the settings' root."""
    import subprocess
    from pathlib import Path

    try:
        proc = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=False, timeout=10
        )
    except (OSError, subprocess.SubprocessError):
        return settings.root
    top = proc.stdout.strip()
    return Path(top) if proc.returncode == 0 and top else settings.root


def _run_check(
    checker: Checker,
    run: _Run,
    texts: list[str],
    documents: list[str],
    lines: bool,
    fmt: str,
    explain: bool,
    tally: _Tally,
    options: RenderOptions,
    output: Path | None,
) -> ExitCode:
    from k2check.render import renderer
    from k2check.render.common import Output
    from k2check.report import Report

    report = Report([], documents=bool(documents) and not lines, explain=explain)
    if lines:
        report.results = tally.watch(run.statement_lines(checker, documents))
    elif documents:
        report.results = tally.watch(run.documents(checker, documents, report))
    else:
        report.results = tally.watch(iter([checker.check_statement(t) for t in texts]))
    stream: IO[str] = sys.stdout
    if output is not None:
        try:
            stream = output.open("w", encoding="utf-8", newline="")
        except OSError as exc:
            raise UserError(f"--output: cannot write {output} ({exc.strerror})") from None
    try:
        table = console(stream) if fmt == "table" else None
        renderer(fmt)(report, Output(stream, table, options))
        stream.flush()
    finally:
        if stream is not sys.stdout:
            stream.close()
    return ExitCode.FOUND if tally.failed else ExitCode.OK


class guard:
    """Turns expected failures into one line on stderr and exit 2, unexpected ones into exit 3 (each an
    ``Exit``); exceptions of the ``passing`` types (the argument parser's own) go through untouched."""

    def __init__(self, debug: bool, passing: tuple[type[BaseException], ...] = ()) -> None:
        self.debug = debug
        self.passing = passing

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is None or isinstance(exc, (Exit, *self.passing)):
            return None
        from k2check.loader import DatabaseError
        from k2check.render.common import one_line

        if isinstance(exc, DatabaseError):
            for problem in exc.problems:
                sys.stderr.write(f"{one_line(str(problem))}\n")
            raise Exit(ExitCode.ERROR)
        if isinstance(exc, OutputError):
            discard_stdout()
        if isinstance(exc, UserError):
            stderr_line(str(exc))
            raise Exit(ExitCode.ERROR)
        if isinstance(exc, KeyboardInterrupt):
            stderr_line("interrupted")
            raise Exit(ExitCode.INTERRUPTED)
        if isinstance(exc, BrokenPipeError):
            discard_stdout()
            raise Exit(ExitCode.OK)
        if isinstance(exc, Exception):
            internal_error(exc, self.debug)
            raise Exit(ExitCode.INTERNAL)
        return None


def internal_error(exc: BaseException, debug: bool) -> None:
    if debug:
        import traceback

        traceback.print_exception(exc)
    stderr_line(
        f"internal error: {type(exc).__name__}: {exc}. This is a bug; please report it "
        "with the command you ran (--debug shows the traceback)"
    )


def protected(work: Callable[[], int], argv: list[str]) -> int:
    """Run ``work`` and return its exit code: the one place that handles signals, pipes and stray errors."""
    guard_stdout()
    locale_stdout()
    try:
        code = work()
        sys.stdout.flush()
        return code
    except KeyboardInterrupt:
        stderr_line("interrupted")
        return int(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        discard_stdout()
        return int(ExitCode.OK)
    except OutputError as exc:
        discard_stdout()
        stderr_line(str(exc))
        return int(ExitCode.ERROR)
    except Exception as exc:
        internal_error(exc, "--debug" in argv)
        return int(ExitCode.INTERNAL)
