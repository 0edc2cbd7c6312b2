"""Report.write_json: the JSON text written piece by piece, atomically to a path."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from enum import IntEnum, StrEnum
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


# The writer must give what the standard encoder gives, byte for byte (determinism is public).
class _Code(StrEnum):
    ONE = "one"
    TWO = "tw\u00f6\n"


class _Level(IntEnum):
    LOW = 1


_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=8)
    | st.sampled_from([_Code.ONE, _Code.TWO, _Level.LOW, -0.0, 1e16, 1.5e-05])
)
_keys = st.text(max_size=5) | st.integers(-5, 5) | st.sampled_from([True, None, 2.5, _Code.ONE])
_json_values = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.lists(inner, max_size=3).map(tuple)
        | st.dictionaries(_keys, inner, max_size=5)
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(
    value=_json_values, indent=st.sampled_from([None, 0, 1, 2, 4, "\t"]), level=st.integers(0, 3)
)
def test_the_writer_writes_what_the_json_module_writes(
    value: object, indent: int | str | None, level: int
) -> None:
    expected = json.dumps(value, ensure_ascii=False, indent=indent)
    if indent is not None and level:
        pad = indent if isinstance(indent, str) else " " * indent
        expected = expected.replace("\n", "\n" + pad * level)  # no raw line break in a string
    assert _json._Writer(indent).value(value, level) == expected


def test_the_writer_refuses_what_json_refuses() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        _json._Writer(2).value({"a": [object()]}, 0)
    with pytest.raises(TypeError, match="keys must be"):
        _json._Writer(2).value({"a": {(1,): 1}, "b": [1]}, 0)


@pytest.mark.parametrize("indent", [None, 2, 4])
def test_to_json_is_the_json_module_on_to_dict(
    seeds_report: crosscheck.Report, indent: int | None
) -> None:
    reference = json.dumps(seeds_report.to_dict(), ensure_ascii=False, indent=indent) + "\n"
    assert seeds_report.to_json(indent=indent) == reference


def test_json_chunks_hand_out_large_lists_in_pieces(seeds_report: crosscheck.Report) -> None:
    chunks = list(_json.json_chunks(seeds_report))
    assert len(chunks) > 5
    assert "".join(chunks) == seeds_report.to_json()


def test_json_chunks_stay_small_however_long_the_lists(
    seeds_report: crosscheck.Report, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A large report is written a bounded piece at a time: no piece holds more than
    # the gathering threshold plus one record (memory follows a record, not the report).
    monkeypatch.setattr(_json, "_CHUNK", 2_000)
    writer = _json._Writer(2)
    records = [
        *(writer.value(r, 2) for r in seeds_report.to_dict()["claims"]),
        *(writer.value(r, 2) for r in seeds_report.to_dict()["findings"]),
    ]
    chunks = list(_json.json_chunks(seeds_report))
    assert "".join(chunks) == seeds_report.to_json()
    assert max(len(c) for c in chunks) <= 2_000 + 2 * max(len(r) for r in records) + 100
    assert len(chunks) > len("".join(chunks)) // (4 * 2_000)  # many pieces, not one
