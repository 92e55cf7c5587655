"""Configuration files: discovery, every key, errors with file and line, and what the CLI does with them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from k2check import config
from k2check.errors import UserError
from k2check.files import expand, ignored_ids, matches

FALSE = "Leafy greens like spinach are rich in vitamin K2.\n"
TRUE = "Natto is the richest food source of vitamin K2.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_discovery_walks_up_and_prefers_k2check_toml(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.k2check]\nfindings = ["false"]\n')
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    assert config.discover(sub) == tmp_path / "pyproject.toml"
    write(tmp_path / "a" / ".k2check.toml", 'format = "line"\n')
    assert config.discover(sub) == tmp_path / "a" / ".k2check.toml"
    settings = config.load(cwd=sub)
    assert settings.format == "line"
    assert settings.findings == ("false", "misleading")  # the nearer file wins whole, like ruff


def test_pyproject_without_the_table_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "[tool.ruff]\nline-length = 100\n")
    assert config.discover(tmp_path) is None or config.discover(tmp_path) != tmp_path / "pyproject.toml"


def test_isolated_reads_nothing(tmp_path: Path) -> None:
    write(tmp_path / ".k2check.toml", 'format = "line"\n')
    assert config.load(isolated=True, cwd=tmp_path).format is None


def test_every_key(tmp_path: Path) -> None:
    path = write(
        tmp_path / "pyproject.toml",
        """[tool.k2check]
claims = ["extra.yaml"]
bundled = true
findings = ["false", "misleading", "unproven"]
fail-on = ["false"]
format = "github"
jobs = 3
exclude = ["drafts/**", "*.txt"]
extensions = ["md", ".rst"]
respect-gitignore = false

[tool.k2check.severity]
misleading = "error"
unproven = "note"

[tool.k2check.per-file-ignores]
"legacy/**" = ["k2-builds-muscle"]
""",
    )
    settings = config.read(path)
    assert settings.claims == (tmp_path / "extra.yaml",)
    assert settings.findings == ("false", "misleading", "unproven")
    assert settings.fail_on == ("false",)
    assert settings.format == "github"
    assert settings.jobs == 3
    assert settings.exclude == ("drafts/**", "*.txt")
    assert settings.extensions == (".md", ".rst")
    assert settings.respect_gitignore is False
    assert settings.severity["misleading"] == "error"
    assert settings.level("unproven") == "note"
    assert settings.level("true") is None
    assert settings.per_file_ignores == {"legacy/**": ("k2-builds-muscle",)}
    assert "[tool.k2check]" in settings.as_toml()
    assert "\njobs = 3\n" in settings.as_toml()


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ('[tool.k2check]\nformat = "line"\nfial-on = ["false"]\n', 3, "unknown key; did you mean 'fail-on'?"),
        ('[tool.k2check]\nformat = "jsn"\n', 2, "format: must be one of"),
        ('[tool.k2check]\nfindings = ["flase"]\n', 2, "did you mean 'false'?"),
        ('[tool.k2check]\nfindings = ["true"]\n', 2, "cannot be a finding"),
        ('[tool.k2check]\nbundled = "yes"\n', 2, "must be true or false"),
        ('[tool.k2check]\n\n[tool.k2check.severity]\nfalse = "fatal"\n', 4, "must be one of error"),
        ("[tool.k2check]\nexclude = [1]\n", 2, "must be a string or a list of strings"),
        ("[tool.k2check]\nformat = \n", 2, "invalid TOML"),
        ("[tool.k2check]\njobs = -2\n", 2, "jobs: must be a number of processes, or 0 for one per core"),
        ('[tool.k2check]\njobs = "4"\n', 2, "jobs: must be a number of processes"),
    ],
)
def test_errors_name_file_and_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = write(tmp_path / "pyproject.toml", text)
    with pytest.raises(UserError) as caught:
        config.read(path)
    assert str(caught.value).startswith(f"{path}:{line}: ")
    assert message in str(caught.value)


def test_unknown_claim_id_in_per_file_ignores(tmp_path: Path) -> None:
    path = write(tmp_path / ".k2check.toml", '[per-file-ignores]\n"a/*.md" = ["k2-build-muscle"]\n')
    settings = config.read(path)
    with pytest.raises(
        UserError,
        match=r":2: per-file-ignores.\"a/\*.md\": unknown claim id 'k2-build-muscle'; "
        r"did you mean 'k2-builds-muscle'",
    ):
        config.check_ids(settings, {"k2-builds-muscle"})


@pytest.mark.parametrize(
    ("pattern", "path", "hit"),
    [
        ("drafts/**", "drafts/a/b.md", True),
        ("drafts", "drafts/a.md", True),
        ("drafts", "x/drafts/a.md", True),
        ("/drafts", "x/drafts/a.md", False),
        ("*.txt", "a/b/c.txt", True),
        ("docs/*.md", "docs/a.md", True),
        ("docs/*.md", "docs/sub/a.md", False),
        ("docs/**/*.md", "docs/sub/a.md", True),
        ("legacy/**", "legacy.md", False),
    ],
)
def test_patterns(pattern: str, path: str, hit: bool) -> None:
    assert matches(pattern, path) is hit


def test_expand_walks_directories_with_excludes_and_gitignore(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    subprocess.run(["git", "init", "-q"], check=True)
    write(tmp_path / ".gitignore", "build/\n")
    write(tmp_path / "a.md", FALSE)
    write(tmp_path / "notes.txt", FALSE)
    write(tmp_path / "code.py", FALSE)
    write(tmp_path / "build" / "out.md", FALSE)
    write(tmp_path / "drafts" / "d.md", FALSE)
    write(tmp_path / "docs" / "b.markdown", FALSE)
    settings = config.Settings(exclude=("drafts",), root=tmp_path)
    assert expand(["."], settings) == ["a.md", "docs/b.markdown", "notes.txt"]
    assert expand(["drafts/d.md", "a.md"], settings) == ["a.md"]  # excludes apply to named files too
    assert expand(["*.md"], settings) == ["a.md"]
    with pytest.raises(UserError, match="no file matches"):
        expand(["nothing/*.md"], settings)


def test_per_file_ignores_match_relative_to_the_config(tmp_path: Path) -> None:
    settings = config.Settings(per_file_ignores={"legacy/**": ("k2-builds-muscle",)}, root=tmp_path)
    assert ignored_ids(str(tmp_path / "legacy" / "x.md"), settings) == {"k2-builds-muscle"}
    assert ignored_ids(str(tmp_path / "new.md"), settings) == frozenset()


# -- through the command line --------------------------------------------------------------------


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write(
        tmp_path / "pyproject.toml",
        '[tool.k2check]\nexclude = ["drafts/**"]\n\n[tool.k2check.per-file-ignores]\n'
        '"legacy/**" = ["leafy-greens-k2"]\n',
    )
    write(tmp_path / "docs" / "good.md", TRUE)
    write(tmp_path / "docs" / "bad.md", "# Post\n\n" + FALSE)
    write(tmp_path / "drafts" / "draft.md", FALSE)
    write(tmp_path / "legacy" / "old.md", FALSE)
    return tmp_path


def test_dot_checks_every_document_not_excluded_and_fails_on_a_false_claim(cli, repo: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli(".", "--format", "line")
    assert result.exit_code == 1
    assert result.stdout == f"docs/bad.md:3:1: false: leafy-greens-k2: {FALSE.strip()}\n"
    assert "1 finding failed the check (1 false) in 1 file." in result.stderr
    assert "k2check: ignore CLAIM-ID reason" in result.stderr


def test_table_format_also_fails_without_flags(cli, repo: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli(".").exit_code == 1
    assert cli("docs/good.md").exit_code == 0


def test_github_annotates_only_findings(cli, repo: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli(".", "--format", "github")
    assert result.exit_code == 1
    annotations = [
        line
        for line in result.stdout.splitlines()
        if not line.startswith("::group") and "endgroup" not in line
    ]
    assert len(annotations) == 1 and annotations[0].startswith("::error file=docs/bad.md,line=3,")


def test_format_from_config_and_isolated(cli, repo: Path) -> None:  # type: ignore[no-untyped-def]
    write(repo / ".k2check.toml", 'format = "jsonl"\nfail-on = "none"\n')
    result = cli("docs/bad.md")
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["verdict"] == "false"
    assert cli("--isolated", "docs/bad.md").exit_code == 1


def test_config_errors_exit_2_with_file_and_line(cli, repo: Path) -> None:  # type: ignore[no-untyped-def]
    write(repo / ".k2check.toml", 'formatt = "line"\n')
    result = cli("docs/bad.md")
    assert result.exit_code == 2
    assert ".k2check.toml:1: formatt: unknown key; did you mean 'format'?" in result.stderr


def test_config_command_prints_the_settings_in_force(cli, repo: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("config")
    assert result.exit_code == 0
    assert f"# from {repo / 'pyproject.toml'}" in result.stdout
    assert 'exclude = ["drafts/**"]' in result.stdout
    assert '"legacy/**" = ["leafy-greens-k2"]' in result.stdout
    assert "no configuration file" in cli("config", "--isolated").stdout


def test_stdin_filename_names_stdin_and_applies_ignores(cli, repo: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("--format", "line", "--stdin-filename", "docs/new.md", input=FALSE)
    assert result.stdout.startswith("docs/new.md:1:1: false: leafy-greens-k2:")
    quiet = cli("--format", "line", "--stdin-filename", "legacy/new.md", input=FALSE)
    assert (quiet.exit_code, quiet.stdout) == (0, "")
    excluded = cli("--format", "line", "--stdin-filename", "drafts/x.md", input=FALSE)
    assert (excluded.exit_code, excluded.stdout) == (0, "")


def test_output_quiet_and_statistics(cli, repo: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli(".", "--format", "sarif", "--output", "out.sarif", "--quiet", "--statistics")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "failed the check" not in result.stderr
    assert "1  false  leafy-greens-k2" in result.stderr
    log = json.loads((repo / "out.sarif").read_text(encoding="utf-8"))
    (finding,) = log["runs"][0]["results"]
    assert finding["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "docs/bad.md"


def test_the_readme_example_is_valid(tmp_path: Path) -> None:
    import re

    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    (example,) = [
        block for block in re.findall(r"```toml\n(.*?)```", readme, re.S) if "[tool.k2check]" in block
    ]
    settings = config.read(write(tmp_path / "pyproject.toml", example))
    assert settings.fail_on is None and settings.findings == ("false", "misleading")
    assert settings.per_file_ignores["debunks/*.md"] == ("*",)


def test_progress_passes_lines_through(tmp_path: Path) -> None:
    from k2check.progress import tracked

    big = write(tmp_path / "big.md", "Vitamin K2 builds muscle.\n" * 50_000)
    lines = big.read_text(encoding="utf-8").splitlines(keepends=True)
    assert list(tracked(iter(lines), big, "big.md")) == lines
