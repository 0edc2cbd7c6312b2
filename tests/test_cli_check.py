"""`crosscheck check`: the CI gate — fail-on conditions, baselines, stdin, exit codes."""

from __future__ import annotations

import io
import json
import shlex
import sqlite3
import sys
from pathlib import Path

import pytest

import crosscheck
from crosscheck._baseline import Baseline, baseline_json
from crosscheck.cli import ExitCode, _parser, main

from ._ci import SEEDS, UNRELATED, copy_seeds, insert_at_top


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    return copy_seeds(tmp_path / "seeds")


def test_fail_on_conflict_exits_1(seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(seeds), "--fail-on", "conflict", "-o", "/dev/null"]) == 1
    assert "1 conflict" in capsys.readouterr().err


def test_conflict_is_the_default_condition(seeds: Path) -> None:
    assert main(["check", str(seeds), "-o", "/dev/null"]) == ExitCode.FINDINGS


def test_own_baseline_exits_0(seeds: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    assert main(["check", str(seeds), "--write-baseline", str(baseline), "-o", "/dev/null"]) == 1
    assert json.loads(baseline.read_text("utf-8"))["schema"] == "crosscheck.baseline/1"
    for condition in ("conflict", "new-conflict", "any"):
        args = ["check", str(seeds), "--fail-on", condition, "--baseline", str(baseline)]
        assert main([*args, "-o", "/dev/null"]) == ExitCode.OK, condition


def test_an_earlier_json_report_is_a_baseline(seeds: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    assert main(["report", str(seeds), "--format", "json", "-o", str(report)]) == 0
    args = ["check", str(seeds), "--fail-on", "new-conflict", "--baseline", str(report)]
    assert main([*args, "-o", "/dev/null"]) == ExitCode.OK


def test_unrelated_sentence_at_the_top_keeps_the_baseline(seeds: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    main(["check", str(seeds), "--write-baseline", str(baseline), "-o", "/dev/null"])
    for path in sorted(seeds.glob("*.txt")):
        insert_at_top(path, UNRELATED["it" if path.name.startswith("002") else "ro"])
    args = ["check", str(seeds), "--fail-on", "new-conflict", "--baseline", str(baseline)]
    assert main([*args, "-o", "/dev/null"]) == ExitCode.OK
    # the conflict itself is still there: without the baseline it fails
    assert main(["check", str(seeds), "--fail-on", "conflict", "-o", "/dev/null"]) == 1


def test_a_new_conflict_fails_against_the_baseline(seeds: Path, tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    one = sorted(seeds.glob("00[02]*.txt"))  # no conflict between these two
    assert (
        main(["check", *map(str, one), "--write-baseline", str(baseline), "-o", "/dev/null"]) == 0
    )
    args = ["check", str(seeds), "--fail-on", "new-conflict", "--baseline", str(baseline)]
    assert main([*args, "-o", "/dev/null"]) == ExitCode.FINDINGS


def test_new_conflict_needs_a_baseline(seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(seeds), "--fail-on", "new-conflict"]) == ExitCode.USAGE
    assert "needs --baseline" in capsys.readouterr().err


def test_fail_on_skipped(tmp_path: Path, seeds: Path) -> None:
    assert main(["check", str(seeds), "--fail-on", "skipped", "-o", "/dev/null"]) == 0
    (seeds / "broken.json").write_text("{not json", encoding="utf-8")
    assert main(["check", str(seeds), "--fail-on", "skipped", "-o", "/dev/null"]) == 1
    assert main(["check", str(seeds), "--fail-on", "any", "-o", "/dev/null"]) == 1


def test_exit_zero_reports_but_passes(seeds: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(seeds), "--exit-zero", "--format", "github"]) == ExitCode.OK
    captured = capsys.readouterr()
    assert captured.out.startswith("::warning ")
    assert "1 conflict" in captured.err


def test_a_bad_baseline_is_a_usage_error(seeds: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "something else"}', encoding="utf-8")
    assert main(["check", str(seeds), "--baseline", str(bad), "-o", "/dev/null"]) == 2
    assert main(["check", str(seeds), "--baseline", str(tmp_path / "none.json")]) == 2


def test_stdin_reads_jsonl(
    seeds: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        json.dumps({"id": p.stem, "text": p.read_text("utf-8")}, ensure_ascii=False)
        for p in sorted(seeds.glob("*.txt"))
    ]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert main(["check", "-", "--format", "github"]) == ExitCode.FINDINGS
    out = capsys.readouterr().out
    assert "::warning file=-,line=2," in out  # the second record holds the conflict
    assert "stdin" not in out.split("::")[1]


def test_help_lists_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    for code in ExitCode:
        assert f"  {code.value}  " in out
    for condition in ("new-conflict", "skipped", "any", "--exit-zero", "--write-baseline"):
        assert condition in out


def test_report_command_keeps_its_flags() -> None:
    report = _parser().parse_args(["report", str(SEEDS), "--format", "markdown"])
    assert report.format == "markdown"
    assert main(["report", str(SEEDS), "--fail-on", "conflict", "-o", "/dev/null"]) == 1


def test_diff_of_two_reports(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    main(
        ["report", *map(str, sorted(seeds.glob("00[02]*.txt"))), "--format", "json", "-o", str(old)]
    )
    main(["report", str(seeds), "--format", "json", "-o", str(new)])
    capsys.readouterr()
    assert main(["diff", str(old), str(new), "--format", "json"]) == 0
    changes = json.loads(capsys.readouterr().out)
    # the conflict is new, or a finding on the same quantity that became one
    kinds = [f["kind"] for f in changes["appeared"]] + [
        c["new"]["kind"] for c in changes["changed"]
    ]
    assert "conflict" in kinds
    assert main(["diff", str(new), str(new), "--exit-code"]) == 0
    assert capsys.readouterr().out.strip() == "0 appeared, 0 disappeared, 0 changed"
    assert main(["diff", str(old), str(new), "--exit-code"]) == 1
    text = capsys.readouterr().out
    assert text.startswith(("+ ", "- ", "~ "))


def test_diff_after_an_insertion_is_empty(
    seeds: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    main(["report", str(seeds), "--format", "json", "-o", str(old)])
    path = sorted(seeds.glob("003*.txt"))[0]
    insert_at_top(path, UNRELATED["ro"])
    main(["report", str(seeds), "--format", "json", "-o", str(new)])
    capsys.readouterr()
    main(["diff", str(old), str(new), "--format", "json"])
    changes = json.loads(capsys.readouterr().out)
    assert changes == {"appeared": [], "disappeared": [], "changed": []}


def test_schema_command_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_save_writes_more_formats_from_one_run(seeds: Path, tmp_path: Path) -> None:
    sarif, junit = tmp_path / "out.sarif", tmp_path / "junit.xml"
    args = ["check", str(seeds), "--save", f"sarif:{sarif}", "--save", f"junit:{junit}"]
    assert main([*args, "-o", "/dev/null"]) == ExitCode.FINDINGS
    assert json.loads(sarif.read_text("utf-8"))["version"] == "2.1.0"
    assert junit.read_text("utf-8").startswith("<?xml")
    assert main(["check", str(seeds), "--save", "nope:x.txt"]) == ExitCode.USAGE


def test_the_example_workflow_runs_valid_commands(seeds: Path, tmp_path: Path) -> None:
    root = Path(__file__).resolve().parent.parent / "examples" / "ci"
    workflow = (root / "crosscheck-gate.yml").read_text(encoding="utf-8")
    block = workflow.split("run: >\n", 1)[1].split("      - name:", 1)[0]
    argv = shlex.split(" ".join(line.strip() for line in block.splitlines()))
    assert argv[:3] == ["crosscheck", "check", "articles/"]
    baseline = tmp_path / "baseline.json"
    main(["check", str(seeds), "--write-baseline", str(baseline), "--exit-zero", "-o", "/dev/null"])
    summary = tmp_path / "summary.md"
    args = [str(seeds), *argv[3:]]
    args = [a.replace(".crosscheck/baseline.json", str(baseline)) for a in args]
    args = [a.replace("$GITHUB_STEP_SUMMARY", str(summary)) for a in args]
    args = [a.replace(":crosscheck", f":{tmp_path}/crosscheck") for a in args]
    assert main(["check", *args, "-o", str(tmp_path / "annotations.txt")]) == ExitCode.OK
    assert summary.read_text("utf-8").startswith("# crosscheck report")
    assert (tmp_path / "crosscheck.sarif").is_file()


def _article(ident: str, text: str) -> crosscheck.Article:
    return crosscheck.Article(
        id=ident, text=text, language="en", story="border", published="2031-05-02"
    )


def test_what_makes_a_conflict_new() -> None:
    known = _article("a", "Officials said 5,000 soldiers were sent to the border region on Monday.")
    other = _article(
        "b", "The ministry said 9,000 soldiers were sent to the border region on Monday."
    )
    repeat = _article(
        "c", "According to the agency, 5,000 soldiers were sent to the border region on Monday."
    )
    new_side = _article(
        "d", "A local governor said 20,000 soldiers were sent to the border region on Monday."
    )
    before = crosscheck.report([known, other])
    assert len(before.conflicts) == 1
    for baseline in (
        Baseline.from_report(before),
        Baseline.from_data(json.loads(baseline_json(before))),
        Baseline.from_data(json.loads(before.to_json())),
    ):
        assert not baseline.new_conflicts(before)
        # an article repeating a known side's figure: the same disagreement
        assert not baseline.new_conflicts(crosscheck.report([known, other, repeat]))
        # a figure on a new side: a new disagreement
        assert len(baseline.new_conflicts(crosscheck.report([known, other, new_side]))) == 1


def test_stdin_with_a_store_records_the_dash_not_a_temporary_path(
    seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        json.dumps({"id": p.stem, "text": p.read_text("utf-8")}, ensure_ascii=False)
        for p in sorted(seeds.glob("*.txt"))
    ]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    db = tmp_path / "claims.db"
    assert main(["check", "-", "--store", str(db), "--exit-zero", "-o", "/dev/null"]) == 0
    with sqlite3.connect(db) as conn:
        stored = "\n".join(str(row) for row in conn.execute("SELECT * FROM articles"))
    assert stored
    assert "stdin.jsonl" not in stored
    assert "crosscheck-" not in stored
    assert '"path": "-"' in stored
