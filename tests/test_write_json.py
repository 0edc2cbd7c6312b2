"""Report.write_json: the JSON text written piece by piece, atomically to a path."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import crosscheck
from crosscheck.render import _json


def test_written_file_is_to_json_byte_for_byte(
    seeds_report: crosscheck.Report, tmp_path: Path
) -> None:
    target = tmp_path / "report.json"
    seeds_report.write_json(target)
    assert target.read_bytes() == seeds_report.to_json().encode("utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temporary left


def test_a_stream_gets_the_same_text(seeds_report: crosscheck.Report) -> None:
    out = io.StringIO()
    seeds_report.write_json(out, indent=None)
    assert out.getvalue() == seeds_report.to_json(indent=None)


def test_a_failed_write_leaves_the_old_file(
    seeds_report: crosscheck.Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.json"
    target.write_text("old", encoding="utf-8")

    def broken(report: crosscheck.Report, *, indent: int | None = 2) -> Iterator[str]:
        yield "{"
        raise MemoryError

    monkeypatch.setattr(_json, "json_chunks", broken)
    with pytest.raises(MemoryError):
        seeds_report.write_json(target)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_a_lone_surrogate_is_written_as_its_json_escape(tmp_path: Path) -> None:
    article = crosscheck.Article(
        id="a", text="Peste 10.000 de soldați au fost trimiși \udc80 la front.", language="ro"
    )
    report = crosscheck.report([article])
    target = tmp_path / "report.json"
    report.write_json(target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["claims"][0]["sentence"].endswith("\udc80 la front.")
