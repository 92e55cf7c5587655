"""The command line: arguments in, calls to the core, an exit code out. No matching or formatting here."""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from k2check import __version__
from k2check.command import (
    CheckOptions,
    console,
    core_checker,
    guard,
    load,
    protected,
    stderr_line,
)
from k2check.command import check as run_check
from k2check.errors import Exit, ExitCode, UserError
from k2check.streams import utf8_stdout
from k2check.verdicts import CLAIM_VERDICTS

COMMANDS = ("check", "list", "show", "validate", "eval", "eval-docs", "config")
# Words that would otherwise be checked as a one-word statement; each gets a pointer to what was meant.
MISTAKEN_WORDS = {"help": "k2check --help", "version": "k2check --version", "ls": "k2check list"}
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


def _choice(option: str, noun: str, value: str, allowed: Sequence[str]) -> str:
    """``value`` if it is one of ``allowed``, else a usage error naming the nearest and all choices."""
    if value in allowed:
        return value
    from difflib import get_close_matches

    close = get_close_matches(value, allowed, n=1)
    hint = f"did you mean '{close[0]}'? " if close else ""
    raise UserError(f"{option}: unknown {noun} '{value}'; {hint}use one of {', '.join(allowed)}")


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
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs",
            "-j",
            metavar="N",
            help="Check several documents in N worker processes; the output is the same as with 1, "
            "in input order (default and 0: one per usable core; 1: no workers).",
        ),
    ] = None,
    claims: ClaimsOpt = None,
    no_bundled: NoBundledOpt = False,
    debug: DebugOpt = False,
    version: Annotated[
        bool, typer.Option("--version", "-V", callback=_version, is_eager=True, hidden=True)
    ] = False,
) -> None:
    """Check statements, or documents (paths, --file, or piped to stdin), against the claims database."""
    options = CheckOptions(
        statements=statements,
        files=files,
        as_files=as_files,
        lines=lines,
        fmt=fmt,
        report_all=report_all,
        fail_on=fail_on,
        explain=explain,
        config_file=config_file,
        isolated=isolated,
        stdin_filename=stdin_filename,
        output=output,
        quiet=quiet,
        statistics=statistics,
        review_url=review_url,
        publisher=publisher,
        publisher_url=publisher_url,
        claims=claims,
        no_bundled=no_bundled,
        debug=debug,
        jobs=jobs,
    )
    raise typer.Exit(run_check(options))


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
        db = load(claims, no_bundled).db
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
            browse.claims_table(chosen, console(sys.stdout))
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
        db = load(claims, no_bundled).db
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
            browse.claim_detail(claim, console(sys.stdout), related)
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

        checker = core_checker(claims, no_bundled)
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
        outcome = docs.evaluate_documents(core_checker(claims, no_bundled), documents)
        if fmt == "json":
            utf8_stdout()
            typer.echo(dumps(docs.as_json(outcome, show_failures), indent=2))
        else:
            typer.echo(printable(docs.format_text(outcome, show_failures)))
    raise typer.Exit(int(ExitCode.OK))


class _guard(guard):
    """``command.guard`` for the Typer commands: its exits become Typer's, Typer's own exceptions pass."""

    def __init__(self, debug: bool) -> None:
        super().__init__(debug, (typer.Exit, typer.Abort, typer.TyperException))

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            super().__exit__(kind, exc, tb)
        except Exit as leave:
            raise typer.Exit(leave.code) from None
        if isinstance(exc, Exit):
            raise typer.Exit(exc.code) from None


def _main(command: Any, argv: list[str] | None) -> int:
    try:
        code = command.main(args=argv, prog_name="k2check", standalone_mode=False)
    except typer.Exit as exc:
        return int(exc.exit_code)
    except typer.Abort:
        return int(ExitCode.INTERRUPTED)
    except typer.TyperException as exc:
        message = exc.format_message() if hasattr(exc, "format_message") else str(exc)
        stderr_line(f"{message} (see 'k2check --help')")
        return int(ExitCode.ERROR)
    return code if isinstance(code, int) else int(ExitCode.OK)


def run(argv: list[str] | None = None) -> int:
    """Run k2check with ``argv`` through the Typer app and return the exit code."""
    command = typer.main.get_command(app)
    return protected(lambda: _main(command, argv), sys.argv[1:] if argv is None else argv)


def main() -> NoReturn:
    from k2check.entry import run as entry_run

    sys.exit(entry_run())
