"""The Python API: the same answers as the command, plain rows, pickling, threads, and a cache that
never runs code and never trusts what it did not write."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import threading
import zipfile
from pathlib import Path

import pytest

from k2check import Checker, default_checker, store
from k2check.api import FINDING_COLUMNS, Finding
from k2check.database import cache_dir, load

REPO = Path(__file__).parent.parent
STATEMENTS = [
    "K2 builds muscle",
    "Vitamin K2 does not build muscle",
    "Natto is rich in K2. It is also toxic at high doses.",
    "K2 builds muscle? That's a myth.",
    "Bananas are blue",
    "vitamin k2 helps with bone densty",
    "bad bytes \udcff here: K2 is toxic",
]
DOCUMENTS = {
    "plain.md": "# Vitamin K2 and You\n\nVitamin K2 builds muscle. Natto is rich in K2.\n"
    "K2 is toxic at high doses.\n",
    "crlf.md": "Intro line.\r\nVitamin K2 builds muscle.\r\nIt is also toxic at high doses.\r\n",
    "odd-breaks.md": "A\u2028Vitamin K2 builds muscle.\rK2 is toxic at high doses.\x0cNatto is rich in K2.\n"
    "Does K2 build muscle?\n",
    "late-nul.md": "x" * 9000 + "\nVitamin K2 builds\0 muscle.\nK2 is toxic at high doses.\n",
    "early-nul.md": "Vitamin K2\0 builds muscle.\n",
    "bom.md": "\ufeffVitamin K2 builds muscle.\n",
    "ignored.md": "<!-- k2check: ignore k2-builds-muscle because we quote it -->\nVitamin K2 builds muscle.\n"
    "K2 is toxic at high doses.\n",
    "no-newline.md": "Warfarin users should avoid vitamin K2",
    "bad-utf8.md": "caf\udce9 culture: vitamin K2 builds muscle.\n",
}


def _cli(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "k2check", *args],
        capture_output=True,
        check=False,
        env=env,
        cwd=cwd,
    )
    assert done.returncode in (0, 1), done.stderr
    return done.stdout.decode("utf-8")


@pytest.fixture(scope="module")
def api() -> Checker:
    return Checker.from_default()


def test_statements_equal_the_commands_json(api: Checker) -> None:
    printed = json.loads(_cli("--format", "json", *STATEMENTS))["results"]
    assert [api.check_statement(s).as_dict() for s in STATEMENTS] == printed


def test_documents_equal_the_commands_jsonl(api: Checker, tmp_path: Path) -> None:
    paths = []
    for name, text in DOCUMENTS.items():
        path = tmp_path / name
        path.write_bytes(text.encode("utf-8", "surrogateescape"))
        paths.append(str(path))
    lines = [json.loads(line) for line in _cli("--format", "jsonl", "--files", *paths).splitlines()]
    got = [
        f for name, path in zip(DOCUMENTS, paths, strict=True) for f in api.check_text(DOCUMENTS[name], path)
    ]
    assert [api.finding_json(f) for f in got] == lines
    assert len(got) >= 12
    flat = [
        (d["source"]["path"], d["source"]["line"], d["source"]["column"], d["match"]["id"],
         d["match"]["negated"], d["verdict"], d["match"]["score"], d["statement"], d.get("suppressed"))
        for d in lines
    ]  # fmt: skip
    assert [tuple(f.as_dict().values()) for f in got] == flat
    assert list(got[0].as_dict()) == list(FINDING_COLUMNS)


def test_document_reports_what_the_command_warns(api: Checker) -> None:
    skipped = api.check_document(DOCUMENTS["early-nul.md"], "d")
    assert skipped.findings == () and skipped.skipped and "NUL" in skipped.skipped
    late = api.check_document(DOCUMENTS["late-nul.md"], "d")
    assert late.findings and any("NUL byte" in w for w in late.warnings)
    kept = api.check_document(DOCUMENTS["ignored.md"], "d", report_all=True)
    assert [f.suppressed for f in kept.findings] == ["because we quote it", None]


def test_rows_are_small_and_claims_come_by_id(api: Checker) -> None:
    finding = api.check_text("Vitamin K2 builds muscle.\n", "d")[0]
    assert len(pickle.dumps(finding)) < 400
    assert api.claim(finding.claim_id).references
    with pytest.raises(KeyError):
        api.claim("no-such-claim")
    assert {c["id"] for c in api.claims()} == set(api.claim_ids())


def test_checker_pickles_small_and_equal(api: Checker) -> None:
    for text in DOCUMENTS.values():
        api.check_text(text, "warm the caches")
    data = pickle.dumps(api)
    # A checker ships as its compressed database and nothing it has learnt since: warmed caches add no
    # byte. The database itself is about 200 KB compressed in round 34 (it grows with the claims' words).
    assert len(data) == len(pickle.dumps(Checker.from_default()))
    assert len(data) < 250_000
    twin = pickle.loads(data)
    assert len(pickle.dumps(twin)) == len(data)
    for name, text in DOCUMENTS.items():
        assert twin.check_text(text, name) == api.check_text(text, name)
    assert [twin.check_statement(s) for s in STATEMENTS] == [api.check_statement(s) for s in STATEMENTS]


def test_threads_share_one_checker(api: Checker) -> None:
    texts = list(DOCUMENTS.items()) * 5
    expected = [api.check_text(t, n) for n, t in texts]
    got: dict[int, list[list[Finding]]] = {}

    def work(worker: int) -> None:
        got[worker] = [api.check_text(t, n) for n, t in texts]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(got[i] == expected for i in range(4))


def test_default_checker_is_built_once() -> None:
    assert default_checker() is default_checker()


def test_no_disk_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("K2CHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    checker = Checker.from_default(cache_dir=False)
    assert checker.check_statement("K2 builds muscle").claim_id == "k2-builds-muscle"
    assert not (tmp_path / "cache").exists() and not (tmp_path / "home").exists()


def test_user_claims_and_the_environment(tmp_path: Path) -> None:
    claims = tmp_path / "mine.yaml"
    claims.write_text(_MINE, "utf-8")
    env = {"K2CHECK_CLAIMS": str(claims)}
    from_env = Checker.from_default(cache_dir=False, env=env)
    from_arg = Checker.from_default([claims], cache_dir=tmp_path / "c")
    for checker in (from_env, from_arg):
        assert checker.check_statement("Zorvane cures baldness").claim_id == "zorvane-baldness"
        # The second opinion never saw a user's claim: it does not veto it in a full sentence either.
        assert checker.check_statement("Zorvane cures baldness.").claim_id == "zorvane-baldness"
        swears = checker.check_statement("My friend swears Zorvane cures baldness.")
        assert swears.claim_id == "zorvane-baldness"
    assert (
        Checker.from_default(cache_dir=False, env={}).check_statement("Zorvane cures baldness").match is None
    )


_MINE = """\
claims:
  - id: zorvane-baldness
    topic: other
    claim: Zorvane cures baldness.
    verdict: "false"
    evidence_level: expert-opinion
    reviewed: "2026-12-01"
    summary: Nothing shows it.
    nuance: Nothing at all.
    subject: [zorvane]
    keywords: [[cure, cures], [baldness]]
    phrasings: ["Zorvane cures baldness"]
    references:
      - {authors: "Nobody A", year: 2026, title: "None", journal: "None", url: "https://example.org/"}
"""


def test_save_and_load_a_prebuilt_database(api: Checker, tmp_path: Path) -> None:
    path = tmp_path / "db.k2c"
    api.save(path)
    again = Checker.from_file(path)
    assert again.check_text(DOCUMENTS["plain.md"], "p") == api.check_text(DOCUMENTS["plain.md"], "p")
    path.write_bytes(path.read_bytes()[:-10])
    with pytest.raises(store.FormatError):
        Checker.from_file(path)
    assert not list(tmp_path.glob(".*tmp"))


# --------------------------------------------------------------------------------------------------
# The cache.

_PAYLOAD = """
import os, pickle
class Boom:
    def __reduce__(self):
        return (os.system, ("touch {marker}",))
data = pickle.dumps(("key", Boom()))
"""


def _cache_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if store.NAME.match(p.name))


def test_a_planted_pickle_never_runs(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    Checker.from_default(cache_dir=folder)
    marker = tmp_path / "pwned"
    scope: dict[str, object] = {}
    exec(_PAYLOAD.format(marker=marker), scope)
    evil = scope["data"]
    assert isinstance(evil, bytes)
    names = [p.name for p in _cache_files(folder)] + ["db-0.pickle", "db-12345678.pickle", "cache.k2c"]
    for name in names:
        (folder / name).write_bytes(evil)
    for use in (lambda: Checker.from_default(cache_dir=folder), lambda: load([], cache=folder)):
        use()
    assert _cli("--format", "json", "K2 builds muscle", env={**os.environ, "K2CHECK_CACHE_DIR": str(folder)})
    assert not marker.exists()
    # The cache is rebuilt and read again as data.
    assert all(p.read_bytes().startswith(store.MAGIC) for p in _cache_files(folder))


def test_a_corrupt_or_altered_cache_is_rebuilt(tmp_path: Path, api: Checker) -> None:
    folder = tmp_path / "cache"
    Checker.from_default(cache_dir=folder)
    (cached,) = _cache_files(folder)
    good = cached.read_bytes()
    variants = [b"", good[:100], good[:-1], good[: len(good) // 2] + b"X" + good[len(good) // 2 + 1 :],
                good.replace(b"misleading", b"true      ", 1), b"\x80" * 1000]  # fmt: skip
    for bad in variants:
        cached.write_bytes(bad)
        checker = Checker.from_default(cache_dir=folder)
        assert (
            checker.check_statement("K2 builds muscle").as_dict()
            == api.check_statement("K2 builds muscle").as_dict()
        )
        assert cached.read_bytes() == good


def test_the_cache_is_not_followed_through_symlinks_or_shared_dirs(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    Checker.from_default(cache_dir=folder)
    (cached,) = _cache_files(folder)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_bytes(cached.read_bytes())
    cached.unlink()
    cached.symlink_to(elsewhere)
    Checker.from_default(cache_dir=folder)
    assert not cached.is_symlink() and elsewhere.read_bytes() == cached.read_bytes()
    # A directory others may write to is not used at all.
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o777)
    shared.chmod(0o777)
    Checker.from_default(cache_dir=shared)
    assert list(shared.iterdir()) == []
    # Nor one reached through a symlink.
    link = tmp_path / "link"
    link.symlink_to(folder)
    assert store.CacheDir.open(link) is None


def test_pruning_touches_only_what_k2check_wrote(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    theirs = [folder / f"db-user{i}.pickle" for i in range(10)]
    theirs += [folder / f"db-{i:032x}.k2c" for i in range(10)]
    for path in theirs:
        path.write_bytes(b"not k2check's")
    with store.CacheDir.open(folder) as opened:  # type: ignore[union-attr]
        for i in range(12):
            assert opened.write(f"db-{i + 100:032x}.k2c", store.dumps(str(i), i))
            os.utime(folder / f"db-{i + 100:032x}.k2c", ns=(i * 10**9, i * 10**9))
        opened.prune(keep=3)
    assert all(path.exists() for path in theirs)
    ours = sorted(p.name for p in folder.iterdir() if p.read_bytes().startswith(store.MAGIC))
    assert ours == [f"db-{i + 100:032x}.k2c" for i in (9, 10, 11)]


def test_failed_writes_leave_no_temporary_file(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    with store.CacheDir.open(folder) as opened:  # type: ignore[union-attr]
        (folder / "db-x.k2c").mkdir()
        assert not opened.write("db-x.k2c", b"data")
        stale = folder / f"{store.TMP_PREFIX}old"
        stale.write_bytes(b"left by a killed run")
        os.utime(stale, (0, 0))
        opened.prune()
    assert sorted(p.name for p in folder.iterdir()) == ["db-x.k2c"]


def test_cache_location_follows_xdg(tmp_path: Path) -> None:
    assert cache_dir({"XDG_CACHE_HOME": str(tmp_path)}) == str(tmp_path / "k2check")
    home = {"XDG_CACHE_HOME": "relative", "HOME": str(tmp_path)}
    assert cache_dir(home) == str(tmp_path / ".cache" / "k2check")
    assert cache_dir({"HOME": "relative"}) is None
    unset = store.default_dir({})  # from the password database, or none: never the current directory
    assert unset is None or os.path.isabs(unset)
    work, home = tmp_path / "work", tmp_path / "home"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("XDG_CACHE_HOME", "K2CHECK_CACHE_DIR")}
    env.update(XDG_CACHE_HOME="relative-cache", HOME=str(home))
    _cli("K2 builds muscle", env=env, cwd=work)
    assert list(work.iterdir()) == []
    assert _cache_files(home / ".cache" / "k2check")


def test_imports_from_a_zip(tmp_path: Path) -> None:
    bundle = tmp_path / "k2check.zip"
    source = REPO / "src" / "k2check"
    with zipfile.ZipFile(bundle, "w") as archive:
        for path in source.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                archive.write(path, Path("k2check") / path.relative_to(source))
        archive.write(REPO / "data" / "claims.yaml", "k2check/data/claims.yaml")
    code = (
        "from k2check import Checker; "
        "print(Checker.from_default().check_statement('K2 builds muscle').verdict)"
    )
    env = {**os.environ, "PYTHONPATH": str(bundle), "K2CHECK_CACHE_DIR": str(tmp_path / "cache")}
    for _ in range(2):  # cold, then from the cache
        done = subprocess.run(
            [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(bundle)!r}); {code}"],
            capture_output=True, text=True, env=env, check=False, cwd=tmp_path,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "misleading"


def test_a_large_database_reads_lazily_with_the_same_results(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "bench"))
    import corpus

    claims = tmp_path / "many.yaml"
    names = corpus.write_claims(claims, 600)
    texts = [f"{name.capitalize()} supplements strengthen your bones." for name in names[:20]]
    texts += ["K2 builds muscle", "Natto is rich in K2"]
    fresh = Checker.from_default([claims], cache_dir=tmp_path / "cache")  # built, and the cache written
    cached = Checker.from_default([claims], cache_dir=tmp_path / "cache")
    assert type(cached.loaded.db.claims).__name__ == "_Column"  # the lazy path
    twin = pickle.loads(pickle.dumps(cached))
    for checker in (cached, twin):
        assert [checker.check_statement(t) for t in texts] == [fresh.check_statement(t) for t in texts]
        doc = "\n".join(texts) + "\n"
        assert checker.check_text(doc, "d") == fresh.check_text(doc, "d")
