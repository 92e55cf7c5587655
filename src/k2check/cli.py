"""The command line: arguments in, calls to the core, an exit code out. No matching or formatting here."""

from __future__ import annotations

import contextlib
import functools
import os
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Annotated, Any, BinaryIO, NoReturn

import typer
from typer.core import TyperGroup

from k2check import __version__
from k2check.errors import ExitCode, UserError
from k2check.streams import OutputError, discard_stdout, from_argv, guard_stdout, locale_stdout, utf8_stdout
from k2check.verdicts import ALL_VERDICTS, CLAIM_VERDICTS

if TYPE_CHECKING:
    from rich.console import Console

    from k2check import api
    from k2check.check import Checker, Notice, Result
    from k2check.config import Settings
    from k2check.database import Loaded
    from k2check.matcher import Match
    from k2check.render.common import RenderOptions
    from k2check.report import Report

COMMANDS = ("check", "list", "show", "validate", "eval", "eval-docs", "config")
# Words that would otherwise be checked as a one-word statement; each gets a pointer to what was meant.
MISTAKEN_WORDS = {"help": "k2check --help", "version": "k2check --version", "ls": "k2check list"}
MACHINE_FORMATS = frozenset({"json", "jsonl", "sarif", "claimreview"})
GROUP_OPTIONS = {"--version", "-V", "--help", "-h", "--install-completion", "--show-completion"}

EXAMPLES = """\b
Examples:
  k2check "Vitamin K2 builds muscle"
  k2check --format json "K2 does not build muscle" "Natto is rich in K2"
  k2check .             (every Markdown and text file here, minus excludes)
  k2check --file draft.md --format line
  printf 'K2 builds muscle\\nNatto is rich in K2\\n' | k2check --lines
  k2check list --verdict false
  k2check show k2-builds-muscle
  k2check config        (settings in force: pyproject.toml, .k2check.toml)
"""

EXIT_CODES = """\b
Exit codes:
  0    the check ran and found nothing that fails
  1    a finding failed the check: for documents and github/sarif output,
       a verdict in `findings` (default false, misleading); else --fail-on
  2    usage, configuration, input or database error, or output that cannot
       be written (one line on stderr)
  3    internal error (please report it; --debug shows the traceback)
  130  interrupted (Ctrl-C)
"""

EPILOG = EXAMPLES + "\n" + EXIT_CODES


class DefaultGroup(TyperGroup):
    """Routes anything that is not a sub-command to ``check``, so ``k2check "statement"`` works.

    A lone word that is close to a command name (``lsit``, ``shwo``) or is ``help``/``version`` is
    refused with a suggestion rather than checked as a statement (ruff does the same)."""

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:  # type: ignore[override]
        if args and args[0] not in COMMANDS and args[0] not in GROUP_OPTIONS:
            _refuse_mistyped_command(args[0])
        if not args or (args[0] not in COMMANDS and args[0] not in GROUP_OPTIONS):
            args = ["check", *args]
        return super().parse_args(ctx, args)


def _refuse_mistyped_command(word: str) -> None:
    from typer._click.exceptions import UsageError

    from k2check.files import exists

    if not re.fullmatch(r"[a-z]{2,12}", word) or exists(Path(word)):
        return
    if word in MISTAKEN_WORDS:
        raise UsageError(f"'{word}' is not a command; did you mean '{MISTAKEN_WORDS[word]}'?")
    from difflib import get_close_matches

    close = get_close_matches(word, COMMANDS, n=1, cutoff=0.6)
    if close:
        raise UsageError(
            f"unknown command '{word}'; did you mean '{close[0]}'? "
            f"(to check it as a statement: k2check check -- {word})"
        )


app = typer.Typer(
    cls=DefaultGroup,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="k2check: an offline fact-checker for vitamin K / K2 nutrition claims.\n\n"
    "Without a command, the arguments are checked: 'k2check \"K2 builds muscle\"' is 'k2check check ...'.",
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


def _stderr_line(message: str, *more: str) -> None:
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
            _stderr_line(f"statement {i} is not valid UTF-8; the undecodable bytes were read as U+FFFD")
        statements.append(clean)
    return statements


_TRAILING = re.compile(r"[ \t]+(?=\n)")


def _console(stream: IO[str], stderr: bool = False) -> Console:
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


def _choice(option: str, noun: str, value: str, allowed: Sequence[str]) -> str:
    """``value`` if it is one of ``allowed``, else a usage error naming the nearest and all choices."""
    if value in allowed:
        return value
    from difflib import get_close_matches

    close = get_close_matches(value, allowed, n=1)
    hint = f"did you mean '{close[0]}'? " if close else ""
    raise UserError(f"{option}: unknown {noun} '{value}'; {hint}use one of {', '.join(allowed)}")


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
    ) -> None:
        self.settings = settings
        self.stdin_name = stdin_name
        self.report_all = report_all
        self.progress = progress
        self.quiet = quiet

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
            from rich.markup import escape

            from k2check.progress import tracked
            from k2check.render.common import one_line

            # The bar's description is Rich markup on a terminal: the name is escaped for both.
            return tracked(lines, Path(name), escape(one_line(label)))
        return lines

    def documents(self, checker: Checker, files: list[str], report: Report) -> Iterator[Result]:
        """Each document's results, with inline directives, per-file ignores and --all applied."""
        from k2check.check import FileSummary
        from k2check.files import ignored_ids
        from k2check.ignores import Ignores
        from k2check.reader import BinaryInput

        notices: list[Notice] = []
        known = checker.db.ids
        for name in files:
            source, label = self.name(name)
            summary = FileSummary(source)
            report.summaries.append(summary)
            ignored = ignored_ids(source, self.settings) if name != "-" or self.stdin_name else frozenset()
            why = f"per-file-ignores in {self.settings.path.name if self.settings.path else 'settings'}"
            ignores = Ignores(source, known, notices, whole_file=ignored, whole_file_reason=why)
            handle = _open(name, label)
            with handle if name != "-" else contextlib.nullcontext(handle):
                if name != "-":
                    with contextlib.suppress(OSError), Path(name).open("rb") as whole:
                        ignores.prescan(whole)
                listing = _Listing()
                lines = self.lines(name, handle, label)
                if name == "-" and not self.quiet:
                    lines = listing.watch(lines)
                try:
                    yield from checker.check_document(
                        lines, source, self.report_all, notices, summary, ignores
                    )
                except BinaryInput as exc:
                    _stderr_line(f"{label}: {exc}")
                except OSError as exc:
                    raise UserError(f"{label}: cannot read ({exc.strerror or exc}); check the file") from None
                summary.verdicts = +summary.verdicts
                for notice in notices:
                    _stderr_line(f"warning: {notice}")
                notices.clear()
                if listing.looks_like_a_list():
                    _stderr_line(
                        f"hint: stdin looked like one statement per line ({listing.count} short lines "
                        "without end punctuation), which a document runs together; if so, use --lines"
                    )

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
                    _stderr_line(f"{label}: {exc}")


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
                found = [(result.verdict, result.match), *((m.verdict, m) for m in result.other_matches)]
                if result.suppressed is not None:
                    self.ignored += 1
                else:
                    for verdict, match in found:
                        self.counts[(verdict, match.claim.id)] += 1
                        if verdict in self.failing:
                            self.failed[verdict] += 1
                            self.reasons.setdefault((verdict, match.claim.id), _first_sentence(match))
                            if result.source is not None:
                                self.paths.add(result.source.path)
            yield result

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


@app.command(epilog=EPILOG)
def check(
    statements: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[STATEMENT|PATH]...",
            help="Statements to check, one result each; or directories, document files and globs "
            "(when every argument is one). Use -- before a statement that starts with '-'.",
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
    lines: Annotated[
        bool,
        typer.Option(
            "--lines",
            help="Read stdin (or the --file documents) as one statement per line, each checked as if "
            "given as an argument.",
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
        typer.Option(
            "--all", help="Also report sentences that match no claim, passing verdicts and ignored ones."
        ),
    ] = False,
    fail_on: Annotated[
        str | None,
        typer.Option(
            "--fail-on",
            metavar="VERDICTS",
            help="Exit 1 when a result has one of these verdicts: a comma list, 'findings' or 'none' "
            "(default: findings for documents and github/sarif, none otherwise).",
        ),
    ] = None,
    explain: Annotated[
        bool,
        typer.Option(
            "--explain", help="Show why each statement matched: phrasing, terms, negation, score, runners-up."
        ),
    ] = False,
    config_file: Annotated[
        Path | None,
        typer.Option(
            "--config", metavar="FILE", help="Read settings from this file, not the discovered one."
        ),
    ] = None,
    isolated: Annotated[
        bool, typer.Option("--isolated", help="Ignore pyproject.toml and .k2check.toml.")
    ] = False,
    stdin_filename: Annotated[
        str | None,
        typer.Option(
            "--stdin-filename", metavar="PATH", help="The name stdin is reported under (excludes apply)."
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write the report to FILE.")
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No summary, hint or progress on stderr.")
    ] = False,
    statistics: Annotated[
        bool, typer.Option("--statistics", help="Print counts per verdict and claim on stderr at the end.")
    ] = False,
    review_url: Annotated[
        str | None,
        typer.Option("--review-url", metavar="URL", help="claimreview: the page that publishes the reviews."),
    ] = None,
    publisher: Annotated[
        str | None,
        typer.Option(
            "--publisher", metavar="NAME", help="claimreview: the organisation publishing the reviews."
        ),
    ] = None,
    publisher_url: Annotated[
        str | None, typer.Option("--publisher-url", metavar="URL", help="claimreview: the publisher's site.")
    ] = None,
    claims: ClaimsOpt = None,
    no_bundled: NoBundledOpt = False,
    debug: DebugOpt = False,
    version: Annotated[
        bool, typer.Option("--version", "-V", callback=_version, is_eager=True, hidden=True)
    ] = False,
) -> None:
    """Check statements, or documents (paths, --file, or piped to stdin), against the claims database."""
    from k2check import config
    from k2check.files import excluded, expand, looks_like_paths
    from k2check.render import FORMATS
    from k2check.render.common import RenderOptions

    with _guard(debug):
        settings = config.load(config_file, isolated)
        fmt = fmt or settings.format
        if fmt is None:
            fmt = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "table"
        if fmt not in FORMATS:
            from difflib import get_close_matches

            close = get_close_matches(fmt, FORMATS, n=1)
            hint = f"did you mean '{close[0]}'? " if close else ""
            raise UserError(f"--format: unknown format '{fmt}'; {hint}use one of {', '.join(FORMATS)}")
        if fmt in MACHINE_FORMATS:
            utf8_stdout()
        texts = list(statements or [])
        documents = list(files or [])
        if as_files or (texts and not documents and not lines and looks_like_paths(texts)):
            documents, texts = [*documents, *texts], []
            documents = expand(documents, settings)
            if not documents:
                if not quiet:
                    _stderr_line("no documents to check (all excluded or none with a checked extension)")
                raise typer.Exit(int(ExitCode.OK))
        texts = _statements(texts)
        if not texts and not documents:
            if sys.stdin is None or sys.stdin.isatty():
                raise UserError("nothing to check: give a STATEMENT or PATH, or pipe text (see --help)")
            documents = ["-"]
        if texts and documents:
            raise UserError("give statements or documents, not both in one run")
        if lines and texts:
            raise UserError(
                "--lines reads stdin or --file documents; statements are already one per argument"
            )
        if stdin_filename and documents == ["-"] and excluded(stdin_filename, settings):
            raise typer.Exit(int(ExitCode.OK))
        checker = _checker([*settings.claims, *(claims or [])], no_bundled or not settings.bundled)
        config.check_ids(settings, set(checker.db.ids))
        findings = frozenset(settings.findings)
        if fail_on is not None:
            failing = _parse_fail_on(fail_on, settings.findings)
        elif settings.fail_on is not None:
            failing = frozenset(settings.fail_on)
        else:
            ci = (bool(documents) and not lines) or fmt in {"github", "sarif"}
            failing = findings if ci else frozenset()
        options = RenderOptions(
            findings=findings,
            severity=settings.severity,
            only_findings=bool(documents) and not lines and not report_all,
            root=_repo_root(settings) if fmt == "sarif" else None,
            review_url=review_url,
            publisher=publisher,
            publisher_url=publisher_url,
        )
        progress = not quiet and sys.stderr.isatty() and fmt == "table" and not lines
        run = _Run(settings, stdin_filename, report_all, progress, quiet)
        tally = _Tally(failing, findings)
        code = _run_check(checker, run, texts, documents, lines, fmt, explain, tally, options, output)
        if statistics:
            sys.stderr.write(tally.statistics())
        if code is ExitCode.FOUND and not quiet:
            _stderr_line(*tally.summary())
    raise typer.Exit(int(code))


def _repo_root(settings: Settings) -> Path:
    """The git work tree's top (code scanning resolves URIs against it), else the settings' root."""
    import subprocess

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
        console = _console(stream) if fmt == "table" else None
        renderer(fmt)(report, Output(stream, console, options))
        stream.flush()
    finally:
        if stream is not sys.stdout:
            stream.close()
    return ExitCode.FOUND if tally.failed else ExitCode.OK


@app.command("config")
def show_config(
    config_file: Annotated[
        Path | None, typer.Option("--config", metavar="FILE", help="Read this file, not the discovered one.")
    ] = None,
    isolated: Annotated[bool, typer.Option("--isolated", help="Ignore configuration files.")] = False,
    debug: DebugOpt = False,
) -> None:
    """Print the settings in force here, and the file they come from, as a [tool.k2check] table."""
    from k2check import config

    with _guard(debug):
        settings = config.load(config_file, isolated)
        sys.stdout.write(settings.as_toml())
    raise typer.Exit(int(ExitCode.OK))


@app.command("list")
def list_claims(
    verdict: Annotated[
        str | None,
        typer.Option(
            "--verdict",
            metavar="VERDICT",
            help=f"Only claims with this verdict ({', '.join(CLAIM_VERDICTS)}).",
        ),
    ] = None,
    topic: Annotated[
        str | None,
        typer.Option("--topic", metavar="TOPIC", help="Only claims on this topic (see --topics)."),
    ] = None,
    search: Annotated[
        str | None,
        typer.Option(
            "--search", metavar="TEXT", help="Only claims whose id or text contains TEXT (any case)."
        ),
    ] = None,
    topics: Annotated[bool, typer.Option("--topics", help="List the topics and their claim counts.")] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="table or json.")] = "table",
    claims: ClaimsOpt = None,
    no_bundled: NoBundledOpt = False,
    debug: DebugOpt = False,
) -> None:
    """List the claims in the database (id, verdict, claim)."""
    with _guard(debug):
        if verdict is not None:
            verdict = _choice("--verdict", "verdict", verdict.lower().replace("_", "-"), CLAIM_VERDICTS)
        if fmt not in {"table", "json"}:
            raise UserError(f"--format: list supports table or json, not '{fmt}'")
        db = _load(claims, no_bundled).db
        counts = Counter(c.topic for c in db.claims)
        if topics:
            for name, count in sorted(counts.items()):
                typer.echo(f"{name:<12} {count}")
            raise typer.Exit(int(ExitCode.OK))
        if topic is not None:
            topic = _choice("--topic", "topic", topic.lower(), sorted(counts))
        needle = search.casefold() if search else None
        chosen = [
            c
            for c in db.claims
            if (verdict is None or c.verdict == verdict)
            and (topic is None or c.topic == topic)
            and (needle is None or needle in c.id or needle in c.claim.casefold())
        ]
        from k2check.render import browse

        if fmt == "json":
            utf8_stdout()
            browse.claims_json(chosen, sys.stdout)
        else:
            browse.claims_table(chosen, _console(sys.stdout))
    raise typer.Exit(int(ExitCode.OK))


@app.command()
def show(
    claim_id: Annotated[str, typer.Argument(metavar="ID", help="A claim id, as printed by 'k2check list'.")],
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="table or json.")] = "table",
    claims: ClaimsOpt = None,
    no_bundled: NoBundledOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Show one claim in full: verdict, summary, nuance, evidence, references and related claims."""
    with _guard(debug):
        if fmt not in {"table", "json"}:
            raise UserError(f"--format: show supports table or json, not '{fmt}'")
        db = _load(claims, no_bundled).db
        claim = db.get(claim_id) or db.get(claim_id.strip().lower())
        if claim is None:
            from rapidfuzz import process

            close = [c for c, score, _ in process.extract(claim_id, db.ids, limit=3) if score >= 50]
            hint = f"; did you mean {', '.join(close)}?" if close else "; see 'k2check list'"
            raise UserError(f"no claim with id '{claim_id}'{hint}")
        from k2check.render import browse

        if fmt == "json":
            utf8_stdout()
            browse.claims_json([claim], sys.stdout, single=True)
        else:
            related = [other for other in map(db.get, claim.related) if other is not None]
            browse.claim_detail(claim, _console(sys.stdout), related)
    raise typer.Exit(int(ExitCode.OK))


@app.command()
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
        from k2check.render.common import one_line

        targets = list(paths or [bundled_path()])
        problems, count = validate_files(targets)
        for problem in problems:
            sys.stderr.write(f"{one_line(str(problem))}\n")
        if problems:
            noun = "problem" if len(problems) == 1 else "problems"
            sys.stderr.write(f"{len(problems)} {noun} in {len(targets)} file(s)\n")
            raise typer.Exit(int(ExitCode.ERROR))
        files = f"{len(targets)} file{'s' if len(targets) != 1 else ''}"
        typer.echo(f"{files}, {count} claim{'s' if count != 1 else ''}: no problems")
    raise typer.Exit(int(ExitCode.OK))


@app.command("eval")
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


@app.command("eval-docs")
def evaluate_docs(
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="DIR_OR_FILE...", help="Documents, each with a NAME.yaml of annotations beside it."
        ),
    ],
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT", help="text or json.")] = "text",
    show_failures: Annotated[
        bool, typer.Option("--failures/--no-failures", help="List every miss and every stray result.")
    ] = True,
    claims: ClaimsOpt = None,
    no_bundled: NoBundledOpt = False,
    debug: DebugOpt = False,
) -> None:
    """Measure the document checker on annotated documents: recall, polarity and noise per document."""
    with _guard(debug):
        from k2check import evaluate_docs as docs
        from k2check.render.common import dumps, printable

        if fmt not in {"text", "json"}:
            raise UserError(f"--format: eval-docs supports text or json, not '{fmt}'")
        documents = docs.document_paths(paths)
        outcome = docs.evaluate_documents(_checker(claims, no_bundled), documents)
        if fmt == "json":
            utf8_stdout()
            typer.echo(dumps(docs.as_json(outcome, show_failures), indent=2))
        else:
            typer.echo(printable(docs.format_text(outcome, show_failures)))
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
        from k2check.render.common import one_line

        if isinstance(exc, DatabaseError):
            for problem in exc.problems:
                sys.stderr.write(f"{one_line(str(problem))}\n")
            raise typer.Exit(int(ExitCode.ERROR))
        if isinstance(exc, OutputError):
            discard_stdout()
        if isinstance(exc, UserError):
            _stderr_line(str(exc))
            raise typer.Exit(int(ExitCode.ERROR))
        if isinstance(exc, KeyboardInterrupt):
            _stderr_line("interrupted")
            raise typer.Exit(int(ExitCode.INTERRUPTED))
        if isinstance(exc, BrokenPipeError):
            discard_stdout()
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


def _main(command: Any, argv: list[str] | None) -> int:
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
    return code if isinstance(code, int) else int(ExitCode.OK)


def run(argv: list[str] | None = None) -> int:
    """Run k2check with ``argv`` and return the exit code: the one place that handles signals and pipes."""
    command = typer.main.get_command(app)
    guard_stdout()
    locale_stdout()
    try:
        code = _main(command, argv)
        sys.stdout.flush()
        return code
    except KeyboardInterrupt:
        _stderr_line("interrupted")
        return int(ExitCode.INTERRUPTED)
    except BrokenPipeError:
        discard_stdout()
        return int(ExitCode.OK)
    except OutputError as exc:
        discard_stdout()
        _stderr_line(str(exc))
        return int(ExitCode.ERROR)
    except Exception as exc:
        _internal_error(exc, "--debug" in (sys.argv[1:] if argv is None else argv))
        return int(ExitCode.INTERNAL)


def main() -> NoReturn:
    sys.exit(run())
