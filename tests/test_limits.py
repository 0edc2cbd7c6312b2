"""Limits are configurable (API, CLI, Dask) and recorded in the report (issue 9).

No test here reads the clock: linearity is counted in calls.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

import crosscheck
from crosscheck import Article, InputTypeError, LimitRecord, _pool
from crosscheck.cli import main
from crosscheck.ingest._load import LIMIT_NAMES

from .test_ingest import EN, write


def test_report_json_records_every_limit_and_its_skips() -> None:
    rep = crosscheck.report([Article(id=n, text=EN) for n in "abc"], max_articles=1)
    data = rep.to_dict()
    assert list(data["limits"]) == list(LIMIT_NAMES)
    assert data["limits"]["max_articles"] == {"value": 1, "skipped": 2}
    assert data["limits"]["max_bytes"]["skipped"] == 0
    assert all(isinstance(r, LimitRecord) for r in rep.limits)
    again = crosscheck.Report.from_json(rep.to_json())
    assert again.to_json() == rep.to_json()


def test_total_bytes_and_max_bytes_skips_are_counted_apart(tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        write(tmp_path / f"{name}.txt", EN)
    size = len(EN.encode())
    rep = crosscheck.report(tmp_path, max_total_bytes=2 * size + 1)
    limits = rep.to_dict()["limits"]
    assert limits["max_total_bytes"] == {"value": 2 * size + 1, "skipped": 1}
    assert limits["max_articles"] == {"value": None, "skipped": 0}
    rep = crosscheck.report(tmp_path, max_bytes=size - 1)
    assert rep.to_dict()["limits"]["max_bytes"] == {"value": size - 1, "skipped": 3}


def test_cli_batch_limit_flags(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("a", "b", "c"):
        write(tmp_path / f"{name}.txt", EN)
    out = tmp_path / "r.json"
    main(
        [
            "report",
            "--format",
            "json",
            "-o",
            str(out),
            "--max-articles",
            "2",
            "--max-total-bytes",
            "0",
            str(tmp_path),
        ]
    )
    limits = json.loads(out.read_text())["limits"]
    assert limits["max_articles"] == {"value": 2, "skipped": 1}
    assert limits["max_total_bytes"]["value"] is None


@pytest.mark.parametrize("flag", ["--max-articles", "--max-total-bytes"])
@pytest.mark.parametrize("value", ["1e30", "-1", "1.5", "ten", "99999999999999999999999999"])
def test_cli_bad_batch_limits_are_usage_errors(
    flag: str, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["check", flag, value, "seeds"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert flag in err
    assert "Traceback" not in err


def test_input_type_error_is_exported() -> None:
    assert issubclass(InputTypeError, crosscheck.InputError)
    assert issubclass(InputTypeError, TypeError)


def _calls(work: Any) -> int:
    count = [0]

    def hook(frame: FrameType, event: str, arg: Any) -> None:
        if event == "call":
            count[0] += 1

    sys.setprofile(hook)
    try:
        work()
    finally:
        sys.setprofile(None)
    return count[0]


@pytest.mark.parametrize(
    ("code", "phrase", "repeats"),
    [
        ("ro", "soldați mii de oameni ", 60),
        ("en", "1,", 600),
        ("ro", "1-2-", 300),
    ],
)
def test_find_quantities_on_a_whole_text_is_linear(
    monkeypatch: pytest.MonkeyPatch, code: str, phrase: str, repeats: int
) -> None:
    """A long text is read in sentence windows: both sizes are "long" here."""
    from crosscheck.extract import _quantities

    monkeypatch.setattr(_quantities, "WHOLE_TEXT_CHARS", 500)
    assert len(phrase * repeats) > 500
    crosscheck.find_quantities(phrase * 2, language=code)
    one = _calls(lambda: crosscheck.find_quantities(phrase * repeats, language=code))
    eight = _calls(lambda: crosscheck.find_quantities(phrase * repeats * 8, language=code))
    assert eight <= 8 * 1.5 * one, (one, eight)


def test_an_orphaned_worker_exits_before_its_next_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from crosscheck import _report

    monkeypatch.setattr(_pool, "_parent", 12345)
    monkeypatch.setattr(_pool.os, "getppid", lambda: 1)

    def fake_exit(status: int) -> None:
        raise SystemExit(status)

    monkeypatch.setattr(_pool.os, "_exit", fake_exit)
    with pytest.raises(SystemExit):
        _report._claims_within(Article(id="a", text=EN, language="en"), None)


def test_outside_a_worker_the_orphan_check_does_nothing() -> None:
    assert _pool._parent is None
    _pool.exit_if_orphaned()


def test_a_feed_larger_than_max_bytes_is_limited_per_line(tmp_path: Path) -> None:
    # max_bytes is a limit per article: a JSON Lines feed bigger than it is read
    # line by line, and only the line over the limit is skipped.
    lines = [json.dumps({"id": f"n{i}", "text": EN, "language": "en"}) for i in range(5)]
    lines.insert(2, json.dumps({"id": "huge", "text": EN * 20, "language": "en"}))
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\ufeff" + "\n".join(lines) + "\n", encoding="utf-8")
    # the longest small line, with room for the byte order mark and the newline
    limit = max(len(line.encode()) for line in lines if '"huge"' not in line) + 8
    assert feed.stat().st_size > limit
    loaded = crosscheck.ingest.load(feed, max_bytes=limit)
    ok = [r.id for r in loaded.records if r.status == "ok"]
    assert ok == [f"n{i}" for i in range(5)]
    (skipped,) = [r for r in loaded.records if r.status != "ok"]
    assert (skipped.reason, skipped.line) == ("skipped.too_large", 3)
    # Read whole or line by line, the articles are the same.
    whole = crosscheck.ingest.load(feed, max_bytes=feed.stat().st_size)
    small = [a for a in whole.articles if a.id != "huge"]
    assert [(a.id, a.text) for a in small] == [(a.id, a.text) for a in loaded.articles]
