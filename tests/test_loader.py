from __future__ import annotations

import json
from pathlib import Path

import pytest

from k2check.index import build_index
from k2check.loader import DatabaseError, load_bytes

CLAIM = """\
  - id: {id}
    topic: muscle
    claim: {claim}
    verdict: {verdict}
    evidence_level: rct
    reviewed: 2026-11-21
    summary: A short reason.
    nuance: What is true and what is not.
    subject: [creatine]
    keywords:
      - [strength, strong, stronger]
    phrasings:
      - {phrasing}
    references:
      - authors: Doe J
        year: 2020
        title: A study
        journal: A journal
        doi: 10.1000/xyz123
"""


def claims_file(*claims: str, head: str = "") -> str:
    return head + "claims:\n" + "".join(claims)


def one(
    id: str = "creatine-strength",
    verdict: str = "'true'",
    phrasing: str = "creatine makes you strong",
    claim: str = "Creatine increases strength.",
) -> str:
    return CLAIM.format(id=id, verdict=verdict, phrasing=phrasing, claim=claim)


def problems(text: str | bytes, name: str = "my.yaml") -> list[str]:
    data = text.encode() if isinstance(text, str) else text
    with pytest.raises(DatabaseError) as info:
        load_bytes(data, name)
    return [str(p) for p in info.value.problems]


def test_valid_file_loads() -> None:
    db = load_bytes(claims_file(one()).encode(), "my.yaml")
    assert db.ids == ("creatine-strength",)
    assert db.claims[0].line == 2


def test_boolean_verdict_names_the_fix() -> None:
    (problem,) = problems(claims_file(one(verdict="false")))
    assert problem.startswith("my.yaml:5: claim 'creatine-strength': verdict must be one of")
    assert "got boolean false (quote it: 'false')" in problem


def test_every_problem_at_once() -> None:
    text = claims_file(one(verdict="false"), one(phrasing="creatine for strength"))
    found = problems(text)
    assert any("verdict must be one of" in p for p in found)
    assert any("duplicate id (first defined at line 2)" in p and p.startswith("my.yaml:21:") for p in found)


def test_duplicate_key_is_refused() -> None:
    text = claims_file(one().replace("    topic: muscle\n", "    topic: muscle\n    topic: bone\n"))
    (problem,) = problems(text)
    assert problem == "my.yaml:4: duplicate key 'topic' (YAML would silently keep only the last one)"


def test_shared_phrasing_is_refused() -> None:
    text = claims_file(one(), one(id="other", claim="Something else."))
    assert any("is also a phrasing of claim 'creatine-strength'" in p for p in problems(text))


def test_python_tag_is_refused_and_nothing_runs(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    text = f"claims: !!python/object/apply:os.system ['touch {marker}']\n"
    (problem,) = problems(text)
    assert "is not allowed" in problem and "my.yaml:1" in problem
    assert not marker.exists()


def test_alias_is_refused() -> None:
    text = "a: &x [1, 2]\nclaims: *x\n"
    (problem,) = problems(text)
    assert problem.startswith("my.yaml:2:") and "alias" in problem


def test_syntax_error_has_line_and_column() -> None:
    (problem,) = problems("claims:\n  - id: [unclosed\n")
    assert problem.startswith("my.yaml:") and "YAML syntax error, column" in problem


def test_not_utf8() -> None:
    (problem,) = problems(b"claims: []\n# \xff\xfe\n")
    assert "is not UTF-8 (byte 13)" in problem and problem.startswith("my.yaml:2:")


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (("doi: 10.1000/xyz123", "doi: https://doi.org/10.1000/xyz123"), "is malformed: expected a bare DOI"),
        (("doi: 10.1000/xyz123", "pmid: '12ab'"), "is malformed: expected digits only"),
        (("evidence_level: rct", "evidence_level: anecdote"), "evidence_level must be one of"),
        (("    topic: muscle\n", ""), "missing required field 'topic'"),
        (("    nuance:", "    colour: red\n    nuance:"), "unknown field 'colour'"),
        (("year: 2020", "year: recent"), "year must be integer or null"),
    ],
)
def test_schema_problems_are_sentences(edit: tuple[str, str], expected: str) -> None:
    found = problems(claims_file(one().replace(*edit)))
    assert any(expected in p and "claim 'creatine-strength'" in p for p in found), found


def test_claim_without_references() -> None:
    text = claims_file(one().split("    references:")[0] + "    references: []\n")
    assert any("references must have at least 1 item" in p for p in problems(text))


def test_validate_cli_reports_and_exits_2(cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(claims_file(one(verdict="false"), one(phrasing="creatine for strength")), encoding="utf-8")
    result = cli("validate", str(bad))
    assert result.exit_code == 2
    assert f"{bad}:5: claim 'creatine-strength': verdict" in result.stderr
    assert f"{bad}:21: claim 'creatine-strength': duplicate id" in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_bundled_database_is_clean(cli) -> None:
    result = cli("validate")
    assert result.exit_code == 0, result.stderr
    assert "no problems" in result.stdout


def test_user_database_adds_claims(cli, tmp_path: Path) -> None:
    mine = tmp_path / "my.yaml"
    mine.write_text(claims_file(one()), encoding="utf-8")
    out = json.loads(cli("--claims", str(mine), "--format", "json", "Creatine makes you stronger").stdout)
    assert out["results"][0]["match"]["id"] == "creatine-strength"
    # The bundled claims are still there.
    out = json.loads(cli("--claims", str(mine), "--format", "json", "K2 builds muscle").stdout)
    assert out["results"][0]["match"]["id"] == "k2-builds-muscle"


def test_env_var_and_no_bundled(cli, tmp_path: Path) -> None:
    mine = tmp_path / "my.yaml"
    mine.write_text(claims_file(one()), encoding="utf-8")
    result = cli("--no-bundled", "--format", "json", "K2 builds muscle", env={"K2CHECK_CLAIMS": str(mine)})
    assert json.loads(result.stdout)["results"][0]["verdict"] == "no-match"
    listed = json.loads(
        cli("list", "--no-bundled", "--format", "json", env={"K2CHECK_CLAIMS": str(mine)}).stdout
    )
    assert [r["id"] for r in listed] == ["creatine-strength"]


def test_same_id_replaces_with_notice(cli, tmp_path: Path) -> None:
    mine = tmp_path / "my.yaml"
    text = claims_file(
        one(
            id="k2-builds-muscle",
            verdict="mixed",
            claim="K2 builds muscle (local view).",
            phrasing="k2 local muscle view",
        )
    )
    mine.write_text(text, encoding="utf-8")
    result = cli("list", "--claims", str(mine), "--format", "json")
    assert "replaces the one in" in result.stderr
    verdicts = {r["id"]: r["verdict"] for r in json.loads(result.stdout)}
    assert verdicts["k2-builds-muscle"] == "mixed"


def test_broken_user_file_gets_validator_errors(cli, tmp_path: Path) -> None:
    mine = tmp_path / "my.yaml"
    mine.write_text(claims_file(one(verdict="false")), encoding="utf-8")
    result = cli("--claims", str(mine), "K2 builds muscle")
    assert result.exit_code == 2
    assert f"{mine}:5: claim 'creatine-strength': verdict must be one of" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_user_file(cli, tmp_path: Path) -> None:
    result = cli("--claims", str(tmp_path / "nope.yaml"), "K2 builds muscle")
    assert result.exit_code == 2
    assert "no such claims file" in result.stderr


def test_phrasing_shared_across_files(cli, tmp_path: Path) -> None:
    first = tmp_path / "a.yaml"
    second = tmp_path / "b.yaml"
    first.write_text(claims_file(one()), encoding="utf-8")
    second.write_text(claims_file(one(id="other", claim="Something else.")), encoding="utf-8")
    result = cli("validate", str(first), str(second))
    assert result.exit_code == 2
    assert (
        f"{second}:2: claim 'other': phrasing 'creatine makes you strong' is also a phrasing" in result.stderr
    )
    used = cli("--claims", str(first), "--claims", str(second), "K2 builds muscle")
    assert used.exit_code == 2
    assert "is also a phrasing of claim 'creatine-strength'" in used.stderr


def test_user_phrasing_that_collides_with_the_bundled_database(cli, tmp_path: Path) -> None:
    mine = tmp_path / "my.yaml"
    mine.write_text(claims_file(one(phrasing="vitamin k2 helps you build muscle")), encoding="utf-8")
    result = cli("--claims", str(mine), "vitamin k2 helps you build muscle")
    assert result.exit_code == 2
    assert "is also a phrasing of claim 'k2-builds-muscle'" in result.stderr


def related(claim: str, ids: str) -> str:
    return claim.replace("    references:\n", f"    related: {ids}\n    references:\n")


def test_related_ids_load_in_order() -> None:
    text = claims_file(
        related(one(), "[creatine-power]"),
        related(
            one(id="creatine-power", claim="Creatine adds power.", phrasing="creatine for power"),
            "[creatine-strength]",
        ),
    )
    db = load_bytes(text.encode(), "my.yaml")
    assert [c.related for c in db.claims] == [("creatine-power",), ("creatine-strength",)]
    assert db.claims[0].as_dict()["related"] == ["creatine-power"]


def test_related_is_optional() -> None:
    db = load_bytes(claims_file(one()).encode(), "my.yaml")
    assert db.claims[0].related == ()
    assert db.claims[0].as_dict()["related"] == []


def test_unknown_related_id_is_named_with_its_line() -> None:
    (problem,) = problems(claims_file(related(one(), "[creatine-power]")))
    assert problem == "my.yaml:15: claim 'creatine-strength': related id 'creatine-power' does not exist"


def test_related_self_reference_is_refused() -> None:
    (problem,) = problems(claims_file(related(one(), "[creatine-strength]")))
    assert (
        problem == "my.yaml:15: claim 'creatine-strength': related id 'creatine-strength' is the claim itself"
    )


def test_denied_ids_load_and_are_checked_like_related_ones() -> None:
    denying = one().replace("    references:\n", "    denies: [creatine-power]\n    references:\n")
    other = one(id="creatine-power", claim="Creatine adds power.", phrasing="creatine for power")
    db = load_bytes(claims_file(denying, other).encode(), "my.yaml")
    assert db.claims[0].denies == ("creatine-power",)
    assert db.claims[1].denies == ()
    (problem,) = problems(claims_file(denying))
    assert problem == "my.yaml:15: claim 'creatine-strength': denies id 'creatine-power' does not exist"


def test_related_problems_each_on_their_line() -> None:
    text = claims_file(related(one(), "\n      - creatine-strength\n      - nowhere"))
    assert problems(text) == [
        "my.yaml:16: claim 'creatine-strength': related id 'creatine-strength' is the claim itself",
        "my.yaml:17: claim 'creatine-strength': related id 'nowhere' does not exist",
    ]


@pytest.mark.parametrize(
    ("ids", "message"),
    [
        (
            "[Not An Id]",
            "related[0] 'Not An Id' is malformed: expected a claim id such as k2-prevents-fractures",
        ),
        ("[1]", "related[0] must be string; got int 1"),
        ("creatine-power", "related must be array; got str 'creatine-power'"),
    ],
)
def test_malformed_related_is_explained(ids: str, message: str) -> None:
    found = problems(claims_file(related(one(), ids)))
    assert any(p.endswith(message) for p in found), found


def test_stand_ins_load_and_reach_the_index() -> None:
    standing = one().replace("    references:\n", "    stand_ins: [gym gains]\n    references:\n")
    db = load_bytes(claims_file(standing).encode(), "my.yaml")
    assert db.claims[0].stand_ins == ("gym gains",)
    index = build_index(db)
    assert index.stand_ins[0] <= index.subjects[0] and len(index.stand_ins[0]) == 1
    (problem,) = problems(
        claims_file(one().replace("    references:\n", "    stand_ins: []\n    references:\n"))
    )
    assert "stand_ins" in problem
