"""The command line: formats, output file, exit codes, help."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosscheck.cli import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, main

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_text_report_on_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(SEEDS)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Conflicts (" in out
    assert "aproximativ 11.000-12.000 de soldați" in out


def test_json_report_has_the_public_fields(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(SEEDS), "--format", "json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert {"articles", "claims", "findings", "schema"} <= set(data)
    claim = data["claims"][0]
    for field in (
        "id",
        "article",
        "kind",
        "text",
        "start",
        "end",
        "low",
        "high",
        "qualifier",
        "unit",
        "increment",
        "attributed_to",
    ):
        assert field in claim
    for field in ("id", "path", "language", "published", "status", "reason"):
        assert field in data["articles"][0]
    for field in ("id", "kind", "claims", "low", "high", "explanation"):
        assert field in data["findings"][0]


def test_markdown_to_file(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    assert main(["report", str(SEEDS), "--format", "markdown", "-o", str(target)]) == EXIT_OK
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# crosscheck report")
    assert "## Conflicts" in text


def test_fail_on_conflict_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(SEEDS), "--fail-on", "conflict"]) == EXIT_FINDINGS
    assert "finding(s) of kind conflict" in capsys.readouterr().err


def test_fail_on_without_match_exits_0(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("More than 5,000 troops were sent, officials said.", "utf-8")
    assert main(["report", str(tmp_path), "--fail-on", "conflict", "--language", "en"]) == EXIT_OK


def test_missing_path_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(tmp_path / "nope")]) == EXIT_USAGE
    assert "error" in capsys.readouterr().err


def test_bad_format_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["report", str(SEEDS), "--format", "pdf"])
    assert exc.value.code == EXIT_USAGE


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == EXIT_USAGE
    assert "report" in capsys.readouterr().err


def test_unwritable_output_exits_2(tmp_path: Path) -> None:
    assert main(["report", str(SEEDS), "-o", str(tmp_path / "missing" / "x.json")]) == EXIT_USAGE


def test_skipped_inputs_are_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_text("   ", "utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02binary")
    # nothing could be analysed: the report is still written, and CI is told (exit 2)
    assert main(["report", str(tmp_path), "--format", "json"]) == EXIT_USAGE
    data = json.loads(capsys.readouterr().out)
    reasons = {a["id"]: a["reason"] for a in data["articles"]}
    assert reasons == {"bin": "skipped.binary", "empty": "skipped.empty"}


def test_workers_give_the_same_report(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(SEEDS), "--format", "json"]) == EXIT_OK
    one = capsys.readouterr().out
    assert main(["report", str(SEEDS), "--format", "json", "--workers", "2"]) == EXIT_OK
    assert capsys.readouterr().out == one


def test_bad_workers_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(SEEDS), "--workers", "0"]) == EXIT_USAGE
    assert "workers" in capsys.readouterr().err


def test_one_usable_article_is_enough(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   ", "utf-8")
    (tmp_path / "a.txt").write_text("More than 5,000 troops were sent, officials said.", "utf-8")
    assert main(["report", str(tmp_path), "--language", "en"]) == EXIT_OK


def test_internal_error_is_not_mistaken_for_findings(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import crosscheck.cli as cli

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "report", broken)
    assert main(["report", str(SEEDS)]) == cli.EXIT_INTERNAL
    assert "internal error" in capsys.readouterr().err
