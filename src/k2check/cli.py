"""The command line: arguments in, calls to the core, an exit code out. No matching or formatting here."""

from __future__ import annotations

import contextlib
import functools
import io
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Annotated, NoReturn

import typer
from typer.core import TyperGroup

from k2check import __version__
from k2check.errors import ExitCode, UserError
from k2check.verdicts import ALL_VERDICTS, CLAIM_VERDICTS

if TYPE_CHECKING:
    from rich.console import Console

    from k2check import api
    from k2check.check import Checker, Notice, Result
    from k2check.database import Loaded
    from k2check.report import Report

COMMANDS = ("check", "list", "show", "validate", "eval")

EPILOG = """\b
Examples:
  k2check "Vitamin K2 builds muscle"
  k2check --format json "K2 does not build muscle" "Natto is rich in K2"
  cat article.md | k2check --fail-on false,misleading
  k2check --file draft.md --format line
  k2check list --verdict false
  k2check show k2-builds-muscle
  k2check validate my-claims.yaml

\b
Commands:
  check     check statements or documents (the default; "check" may be left out)
  list      list the claims in the database
  show ID   show one claim in full, with its references
  validate  check claims files for errors
  eval      measure the matcher on a labelled set of statements

\b
Exit codes:
  0    the check ran (and nothing hit --fail-on)
  1    a result has a verdict named in --fail-on
  2    usage, input or database error (one line on stderr)
  3    internal error (please report it; --debug shows the traceback)
  130  interrupted (Ctrl-C)
"""


class DefaultGroup(TyperGroup):
    """Routes anything that is not a sub-command to ``check``, so ``k2check "statement"`` works."""

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:  # type: ignore[override]
        if not args or (args[0] not in COMMANDS and args[0] not in {"--version", "-V"}):
            args = ["check", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(
    cls=DefaultGroup,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="k2check: an offline fact-checker for vitamin K / K2 nutrition claims.",
    epilog=EPILOG,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"k2check {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """k2check: an offline fact-checker for vitamin K / K2 nutrition claims."""


ClaimsOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--claims",
        metavar="FILE",
        help="Add a claims file over the bundled one (repeatable; also K2CHECK_CLAIMS).",
    ),
]
NoBundledOpt = Annotated[
    bool, typer.Option("--no-bundled", help="Use only the --claims / K2CHECK_CLAIMS files.")
]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show a traceback on internal errors.")]


def _warn_input(name: str, message: str) -> None:
    _stderr_line(f"{name}:{message}")


def _stderr_line(message: str) -> None:
    from k2check.render.common import printable

    sys.stderr.write(f"k2check: {printable(message)}\n")
    sys.stderr.flush()


def _without_surrogates(text: str) -> str:
    """Text with the bytes the system could not decode (lone surrogates) as U+FFFD."""
    return re.sub("[\ud800-\udfff]", "\N{REPLACEMENT CHARACTER}", text)


def _statements(texts: list[str]) -> list[str]:
    statements = []
    for i, text in enumerate(texts, 1):
        if not text.strip():
            raise UserError(f"statement {i} is empty; give the text to check in quotes")
        clean = _without_surrogates(text)
        if clean != text:
            _stderr_line(f"statement {i} is not valid UTF-8; the undecodable bytes were read as U+FFFD")
        statements.append(clean)
    return statements


def _quiet_stdout() -> None:
    """After a closed pipe: send what is still buffered for stdout nowhere, so exit is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _console(stream: IO[str], stderr: bool = False) -> Console:
    from rich.console import Console

    class PipeConsole(Console):
        def on_broken_pipe(self) -> None:
            # Rich would exit 1 here; a closed pipe (``| head``) is an ordinary end, handled in ``run``.
            raise BrokenPipeError

    tty = stream.isatty()
    plain = not tty or bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM") == "dumb"
    return PipeConsole(
        file=stream,
        color_system=None if plain else "auto",
        force_terminal=tty,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=False,
        stderr=stderr,
    )


def _api_checker(claims: list[Path] | None, no_bundled: bool) -> api.Checker:
    """The checker of the Python API, built as a library user's ``Checker.from_default`` builds it."""
    from k2check.api import Checker as ApiChecker

    checker = ApiChecker.from_default(list(claims or []), bundled=not no_bundled)
    for notice in checker.notices:
        _stderr_line(f"notice: {notice}")
    return checker


def _load(claims: list[Path] | None, no_bundled: bool) -> Loaded:
    return _api_checker(claims, no_bundled).loaded


def _checker(claims: list[Path] | None, no_bundled: bool) -> Checker:
    # Documents stream through the core checker, so results are written while a long file is read.
    return _api_checker(claims, no_bundled).core


def _parse_fail_on(value: str | None) -> frozenset[str]:
    if not value:
        return frozenset()
    names = frozenset(v.strip() for v in value.split(",") if v.strip())
    unknown = sorted(names - set(ALL_VERDICTS))
    if unknown:
        raise UserError(
            f"--fail-on: unknown verdict {', '.join(unknown)}; use a comma list of {', '.join(ALL_VERDICTS)}"
        )
    return names


def _documents(
    checker: Checker, files: list[str], report_all: bool, report: Report, notices: list[Notice]
) -> Iterator[Result]:
    from k2check.check import FileSummary
    from k2check.reader import BinaryInput, decode_lines

    for name in files:
        source = _without_surrogates(name)
        label = "stdin" if name == "-" else source
        summary = FileSummary(source)
        report.summaries.append(summary)
        handle: IO[bytes]
        if name == "-":
            handle = sys.stdin.buffer
        else:
            path = Path(name)
            if path.is_dir():
                raise UserError(f"{label}: is a directory; give a file (or use a shell glob)")
            try:
                handle = path.open("rb")
            except FileNotFoundError:
                raise UserError(f"{label}: no such file; check the path") from None
            except PermissionError:
                raise UserError(f"{label}: permission denied; check the file's permissions") from None
            except OSError as exc:
                raise UserError(f"{label}: cannot open ({exc.strerror}); check the path") from None
        with handle if name != "-" else contextlib.nullcontext(handle):
            lines = decode_lines(handle, functools.partial(_warn_input, label))
            try:
                yield from checker.check_document(lines, source, report_all, notices, summary)
            except BinaryInput as exc:
                _stderr_line(f"{label}: {exc}")
            except OSError as exc:
                raise UserError(f"{label}: cannot read ({exc.strerror or exc}); check the file") from None
            for notice in notices:
                _stderr_line(f"warning: {notice}")
            notices.clear()


@app.command(epilog=EPILOG)
def check(
    statements: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[STATEMENT]...",
            help="Statements to check, one result each. Use -- before a statement that starts with '-'.",
        ),
    ] = None,
    files: Annotated[
        list[str] | None,
        typer.Option("--file", "-F", metavar="PATH", help="Check a document (repeatable; '-' is stdin)."),
    ] = None,
    as_files: Annotated[
        bool,
        typer.Option(
            "--files", help="Treat the arguments as document paths, like --file (for pre-commit and xargs)."
        ),
    ] = False,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="table, json, jsonl, line, github, sarif, markdown or claimreview "
            "(default: table; github under GitHub Actions).",
        ),
    ] = None,
    report_all: Annotated[
        bool,
        typer.Option("--all", help="Also report document sentences that match no claim, and ignored ones."),
    ] = False,
    fail_on: Annotated[
        str | None,
        typer.Option(
            "--fail-on",
            metavar="VERDICTS",
            help="Exit 1 when a result has one of these verdicts (comma list, e.g. false,misleading).",
        ),
    ] = None,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain", help="Show why each statement matched: phrasing, terms, negation, score, runners-up."
        ),
    ] = False,
    claims: ClaimsOpt = None,
    no_bundled: NoBundledOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Check statements, or documents (--file, or piped to stdin), against the claims database."""
    from k2check.render import FORMATS

    with _guard(debug):
        failing = _parse_fail_on(fail_on)
        if fmt is None:
            fmt = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "table"
        if fmt not in FORMATS:
            raise UserError(f"--format: unknown format '{fmt}'; use one of {', '.join(FORMATS)}")
        texts = list(statements or [])
        if as_files:
            files, texts = [*(files or []), *texts], []
            if not files:
                raise typer.Exit(int(ExitCode.OK))
        texts = _statements(texts)
        documents = list(files or [])
        if not texts and not documents:
            if sys.stdin is None or sys.stdin.isatty():
                raise UserError(
                    "nothing to check: give a STATEMENT, --file PATH, or pipe a document (see --help)"
                )
            documents = ["-"]
        if texts and documents:
            raise UserError("give statements or --file documents, not both in one run")
        checker = _checker(claims, no_bundled)
        code = _run_check(checker, texts, documents, fmt, report_all, explain, failing)
    raise typer.Exit(int(code))


def _run_check(
    checker: Checker,
    texts: list[str],
    documents: list[str],
    fmt: str,
    report_all: bool,
    explain: bool,
    failing: frozenset[str],
) -> ExitCode:
    from k2check.render import renderer
    from k2check.render.common import Output
    from k2check.report import Report

    hit = False

    def watch(results: Iterator[Result]) -> Iterator[Result]:
        nonlocal hit
        for result in results:
            verdicts = {result.verdict, *(m.verdict for m in result.other_matches)}
            if failing & verdicts and result.suppressed is None:
                hit = True
            yield result

    report = Report([], documents=bool(documents), explain=explain)
    if documents:
        notices: list[Notice] = []
        report.results = watch(_documents(checker, documents, report_all, report, notices))
    else:
        report.results = watch(iter([checker.check_statement(t) for t in texts]))
    console = _console(sys.stdout) if fmt == "table" else None
    renderer(fmt)(report, Output(sys.stdout, console))
    sys.stdout.flush()
    return ExitCode.FOUND if hit else ExitCode.OK


@app.command("list", epilog=EPILOG)
def list_claims(
    verdict: Annotated[
        str | None,
        typer.Option("--verdict", help=f"Only claims with this verdict ({', '.join(CLAIM_VERDICTS)})."),
    ] = None,
    topic: Annotated[
        str | None,
        typer.Option("--topic", help="Only claims on this topic (e.g. muscle, bone, heart, safety)."),
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="table or json.")] = "table",
    claims: ClaimsOpt = None,
    no_bundled: NoBundledOpt = False,
    debug: DebugOpt = False,
) -> None:
    """List the claims in the database (id, verdict, claim)."""
    with _guard(debug):
        if verdict is not None and verdict not in CLAIM_VERDICTS:
            raise UserError(f"--verdict: unknown verdict '{verdict}'; use one of {', '.join(CLAIM_VERDICTS)}")
        if fmt not in {"table", "json"}:
            raise UserError(f"--format: list supports table or json, not '{fmt}'")
        db = _load(claims, no_bundled).db
        chosen = [
            c
            for c in db.claims
            if (verdict is None or c.verdict == verdict) and (topic is None or c.topic == topic)
        ]
        from k2check.render import browse

        if fmt == "json":
            browse.claims_json(chosen, sys.stdout)
        else:
            browse.claims_table(chosen, _console(sys.stdout))
    raise typer.Exit(int(ExitCode.OK))


@app.command(epilog=EPILOG)
def show(
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="A claim id, as printed by 'k2check list'.")],
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="table or json.")] = "table",
    claims: ClaimsOpt = None,
    no_bundled: NoBundledOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Show one claim in full: verdict, summary, nuance, evidence and references."""
    with _guard(debug):
        if fmt not in {"table", "json"}:
            raise UserError(f"--format: show supports table or json, not '{fmt}'")
        db = _load(claims, no_bundled).db
        claim = db.get(claim_id)
        if claim is None:
            from rapidfuzz import process

            close = [c for c, score, _ in process.extract(claim_id, db.ids, limit=3) if score >= 50]
            hint = f"; did you mean {', '.join(close)}?" if close else "; see 'k2check list'"
            raise UserError(f"no claim with id '{claim_id}'{hint}")
        from k2check.render import browse

        if fmt == "json":
            browse.claims_json([claim], sys.stdout, single=True)
        else:
            browse.claim_detail(claim, _console(sys.stdout))
    raise typer.Exit(int(ExitCode.OK))


@app.command(epilog=EPILOG)
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(metavar="[FILE]...", help="Claims files (default: the bundled database)."),
    ] = None,
    debug: DebugOpt = False,
) -> None:
    """Check claims files and report every problem, each as path:line: claim 'id': what is wrong."""
    with _guard(debug):
        from k2check.loader import bundled_path, validate_files
        from k2check.render.common import printable

        targets = list(paths or [bundled_path()])
        problems, count = validate_files(targets)
        for problem in problems:
            sys.stderr.write(f"{printable(str(problem))}\n")
        if problems:
            noun = "problem" if len(problems) == 1 else "problems"
            sys.stderr.write(f"{len(problems)} {noun} in {len(targets)} file(s)\n")
            raise typer.Exit(int(ExitCode.ERROR))
        typer.echo(f"{len(targets)} file(s), {count} claims: no problems")
    raise typer.Exit(int(ExitCode.OK))


@app.command("eval", epilog=EPILOG)
def evaluate(
    path: Annotated[
        Path, typer.Argument(metavar="FILE", help="A YAML list of {text, id (or null), negated}.")
    ],
    show_failures: Annotated[
        bool, typer.Option("--failures/--no-failures", help="List every failure.")
    ] = True,
    claims: ClaimsOpt = None,
    no_bundled: NoBundledOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Measure the matcher on a labelled set: claim, abstention, polarity and verdict accuracy."""
    with _guard(debug):
        from k2check.evaluate import evaluate as run_eval
        from k2check.evaluate import format_report, read_cases
        from k2check.render.common import printable

        checker = _checker(claims, no_bundled)
        cases = read_cases(path)
        outcome = run_eval(checker, cases)
        typer.echo(printable(format_report(outcome, show_failures)))
    raise typer.Exit(int(ExitCode.OK))


class _guard:
    """Turns expected failures into one line on stderr and exit 2, unexpected ones into exit 3."""

    def __init__(self, debug: bool) -> None:
        self.debug = debug

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc is None or isinstance(exc, (typer.Exit, typer.Abort, typer.TyperException)):
            return None
        from k2check.loader import DatabaseError
        from k2check.render.common import printable

        if isinstance(exc, DatabaseError):
            for problem in exc.problems:
                sys.stderr.write(f"{printable(str(problem))}\n")
            raise typer.Exit(int(ExitCode.ERROR))
        if isinstance(exc, UserError):
            _stderr_line(str(exc))
            raise typer.Exit(int(ExitCode.ERROR))
        if isinstance(exc, KeyboardInterrupt):
            _stderr_line("interrupted")
            raise typer.Exit(int(ExitCode.INTERRUPTED))
        if isinstance(exc, BrokenPipeError):
            _quiet_stdout()
            raise typer.Exit(int(ExitCode.OK))
        if isinstance(exc, Exception):
            _internal_error(exc, self.debug)
            raise typer.Exit(int(ExitCode.INTERNAL))
        return None


def _internal_error(exc: BaseException, debug: bool) -> None:
    if debug:
        import traceback

        traceback.print_exception(exc)
    _stderr_line(
        f"internal error: {type(exc).__name__}: {exc}. This is a bug; please report it "
        "with the command you ran (--debug shows the traceback)"
    )


def run(argv: list[str] | None = None) -> int:
    """Run k2check with ``argv`` and return the exit code: the one place that handles signals and pipes."""
    command = typer.main.get_command(app)
    if isinstance(sys.stdout, io.TextIOWrapper) and "utf" not in sys.stdout.encoding.lower():
        sys.stdout.reconfigure(errors="replace")
    try:
        try:
            code = command.main(args=argv, prog_name="k2check", standalone_mode=False)
        except typer.Exit as exc:
            return int(exc.exit_code)
        except typer.Abort:
            return int(ExitCode.INTERRUPTED)
        except typer.TyperException as exc:
            message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
            _stderr_line(f"{message} (see 'k2check --help')")
            return int(ExitCode.ERROR)
        sys.stdout.flush()
        return code if isinstance(code, int) else int(ExitCode.OK)
    except KeyboardInterrupt:
        _stderr_line("interrupted")
        return int(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        _quiet_stdout()
        return int(ExitCode.OK)
    except Exception as exc:
        _internal_error(exc, "--debug" in (sys.argv[1:] if argv is None else argv))
        return int(ExitCode.INTERNAL)


def main() -> NoReturn:
    sys.exit(run())
