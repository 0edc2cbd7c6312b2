"""Hostile files: every input is accounted for (ok, or skipped with a reason), never a crash.

Encodings, broken and deeply nested JSON, duplicate ids, symlink loops,
FIFOs, devices, unreadable files, many files, huge files, limits and the
errors bad arguments raise. No test here reads the clock: a FIFO that would
block is caught by a thread join guard, not by timing.
"""

from __future__ import annotations

import codecs
import itertools
import json
import os
import pickle
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

import crosscheck
from crosscheck import Article
from crosscheck._codes import ArticleStatus, ErrorReason, SkipReason
from crosscheck._errors import (
    CrosscheckError,
    InputError,
    InputTypeError,
    LanguageDataError,
    NoInputError,
    UnsupportedLanguageError,
)
from crosscheck.cli import main
from crosscheck.ingest import LoadResult, load
from crosscheck.ingest._decode import decode
from crosscheck.ingest._load import LIMIT_CEILING, parse_limit

from .test_ingest import GIBBERISH, write

# Our own sentences (never from the development set).
RO = (
    "Potrivit ministerului, în regiunea inundată au fost trimiși peste 2.000 de soldați, "
    "iar școlile din oraș rămân închise până la sfârșitul săptămânii."
)
EN = (
    "The ministry said that more than 2,000 soldiers were sent to the flooded region and "
    "that the schools of the town would stay closed until the end of the week."
)
IT = (
    "Secondo il ministero, più di 2.000 soldati sono stati inviati nella regione alluvionata "
    "e le scuole della città resteranno chiuse fino alla fine della settimana."
)
PL = (
    "Według ministerstwa w środę do zalanego regionu wysłano ponad 2000 żołnierzy, a szkoły "
    "w mieście pozostaną zamknięte aż do końca tygodnia. Świadkowie mówią o ogromnych szkodach."
)


def by_id(result: LoadResult) -> dict[str, crosscheck.ArticleRecord]:
    return {r.id: r for r in result.records}


def finishes(call: Callable[[], object]) -> object:
    """``call()`` in a thread; fails (instead of hanging the suite) if it blocks."""
    box: list[object] = []
    worker = threading.Thread(target=lambda: box.append(call()), daemon=True)
    worker.start()
    worker.join(120)  # a guard against blocking forever, not a measurement
    assert not worker.is_alive(), "blocked (a FIFO opened for reading?)"
    assert box, "raised in the thread"
    return box[0]


# --- encodings -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "encoding", "expected"),
    [
        (RO, "utf-8", "utf-8"),
        (RO, "utf-8-sig", "utf-8-sig"),
        (RO, "utf-16", "utf-16"),
        (RO, "utf-16-le-bom", "utf-16"),
        (RO, "utf-16-be-bom", "utf-16"),
        (RO.replace("ș", "ş").replace("ț", "ţ"), "cp1250", "cp1250"),
        (PL, "iso-8859-2", "iso-8859-2"),
        (PL, "cp1250", "cp1250"),
        (IT, "cp1252", "cp1252"),
    ],
)
def test_every_encoding_decodes_to_the_exact_text(
    tmp_path: Path, text: str, encoding: str, expected: str
) -> None:
    if encoding == "utf-16-le-bom":
        data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    elif encoding == "utf-16-be-bom":
        data = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    else:
        data = text.encode(encoding)
    (article,) = load(write(tmp_path / "a.txt", data)).articles
    assert (article.encoding, article.text) == (expected, text)


def test_one_invalid_byte_in_utf8_keeps_utf8_and_notes_it(tmp_path: Path) -> None:
    # the adversarial review's case: it used to decode as cp1252, mangling every letter
    cut = RO.index("școlile")
    data = RO[:cut].encode() + b"\xff" + RO[cut:].encode()
    result = load(write(tmp_path / "damaged.txt", data))
    (article,) = result.articles
    assert article.encoding == "utf-8"
    assert article.text == RO[:cut] + "\ufffd" + RO[cut:]
    assert article.language == "ro"
    detail = result.records[0].detail or ""
    assert "not valid UTF-8" in detail
    assert f"character {cut}" in detail


def test_invalid_bytes_in_a_file_with_a_utf8_bom_are_replaced() -> None:
    decoded = decode(codecs.BOM_UTF8 + b"Plain text \xe9 and \xe8 more.")
    assert not isinstance(decoded, type(None))
    assert getattr(decoded, "encoding", None) == "utf-8-sig"
    assert getattr(decoded, "notes", ())


def test_mostly_ascii_with_a_lone_high_byte_is_a_code_page_not_damage() -> None:
    decoded = decode("Il caffè è caldo e la città è bella.".encode("cp1252"), "it")
    assert getattr(decoded, "encoding", None) == "cp1252"
    assert getattr(decoded, "notes", None) == ()


def test_broken_utf16_is_replaced_with_a_note(tmp_path: Path) -> None:
    data = RO.encode("utf-16") + b"\x41"  # an odd trailing byte
    result = load(write(tmp_path / "odd.txt", data))
    (article,) = result.articles
    assert article.encoding == "utf-16"
    assert article.text.startswith(RO)
    assert "UTF-16" in (result.records[0].detail or "")


def test_damaged_utf8_in_jsonl_notes_every_record(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "a", "text": RO}, ensure_ascii=False).encode(), b"", b""]
    lines[1] = json.dumps({"id": "b", "text": EN}).encode()[:-2] + b'\xc3"}'
    result = load(write(tmp_path / "feed.jsonl", b"\n".join(lines)))
    records = by_id(result)
    assert records["a"].status == ArticleStatus.OK
    assert records["b"].status == ArticleStatus.OK
    assert all("not valid UTF-8" in (r.detail or "") for r in records.values())


# --- JSON ------------------------------------------------------------------------------------


def test_deeply_nested_line_among_good_jsonl_lines(tmp_path: Path) -> None:
    deep = "[" * 200_000 + "]" * 200_000
    nested_field = '{"text": "x", "title": ' + "[" * 200_000 + "]" * 200_000 + "}"
    lines = [
        json.dumps({"id": "one", "text": EN}),
        deep,
        nested_field,
        json.dumps({"id": "two", "text": IT}),
    ]
    result = load(write(tmp_path / "feed.jsonl", "\n".join(lines)))
    assert [a.id for a in result.articles] == ["one", "two"]
    skipped = {r.line or 0: r for r in result.skipped}
    assert sorted(skipped) == [2, 3]
    assert all(r.reason == SkipReason.MALFORMED_JSON for r in skipped.values())
    assert all(f"line {line}" in (r.detail or "") for line, r in skipped.items())


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ('"just a string"', SkipReason.MALFORMED_JSON),
        ("42", SkipReason.MALFORMED_JSON),
        ("null", SkipReason.MALFORMED_JSON),
        ("[1, 2]", SkipReason.MALFORMED_JSON),
        ('{"text": 5}', SkipReason.MISSING_TEXT),
        ('{"text": ["a", "b"]}', SkipReason.MISSING_TEXT),
        ('{"text": {"body": "x"}}', SkipReason.MISSING_TEXT),
        ('{"text": NaN}', SkipReason.MISSING_TEXT),
        ('{"text": "   "}', SkipReason.EMPTY),
        ('{"text": "x", "id": ' + "9" * 5000 + "}", SkipReason.MALFORMED_JSON),
    ],
)
def test_wrong_types_in_a_jsonl_line_skip_that_line_only(
    tmp_path: Path, value: str, reason: SkipReason
) -> None:
    lines = [json.dumps({"id": "good", "text": EN}), value]
    result = load(write(tmp_path / "feed.jsonl", "\n".join(lines)))
    assert [a.id for a in result.articles] == ["good"]
    (bad,) = result.skipped
    assert (bad.reason, bad.line) == (reason, 2)


@pytest.mark.parametrize("bad_id", [1.5, [1], {"a": 1}, True, None, "   "])
def test_an_id_of_the_wrong_type_falls_back_to_the_file_and_line(
    tmp_path: Path, bad_id: object
) -> None:
    line = json.dumps({"id": bad_id, "text": EN})
    (article,) = load(write(tmp_path / "feed.jsonl", line)).articles
    assert article.id == "feed:1"


def test_metadata_of_the_wrong_type_is_ignored_with_a_note(tmp_path: Path) -> None:
    line = json.dumps({"id": "m", "text": EN, "language": 7, "title": ["x"], "published": {}})
    result = load(write(tmp_path / "feed.jsonl", line))
    (article,) = result.articles
    assert (article.language, article.title, article.published) == ("en", None, None)
    detail = result.records[0].detail or ""
    assert all(f"{name!r} ignored" in detail for name in ("language", "title", "published"))


# --- duplicate ids -----------------------------------------------------------------------------


def test_duplicate_winner_is_chosen_after_the_language_check(tmp_path: Path) -> None:
    # a/x.txt has the smaller path but no language we know: the other one must win
    unknown = write(tmp_path / "a" / "x.txt", GIBBERISH)
    usable = write(tmp_path / "b" / "x.txt", EN)
    for inputs in ([unknown, usable], [usable, unknown]):
        result = load(inputs)
        assert [a.path for a in result.articles] == [str(usable)]
        records = {r.path: r for r in result.records}
        assert records[str(unknown)].reason == SkipReason.UNKNOWN_LANGUAGE


def test_duplicate_of_a_declared_unsupported_language_does_not_win() -> None:
    articles = [Article(id="d", text=EN, language="fi"), Article(id="d", text=IT)]
    for inputs in (articles, articles[::-1]):
        result = load(inputs)
        assert [a.text for a in result.articles] == [IT]


def test_skipped_duplicates_do_not_depend_on_input_order() -> None:
    variants = [
        Article(id="same", text=EN),
        Article(id="same", text=IT),
        Article(id="same", text=EN, title="B"),
        Article(id="same", text=EN, title="A"),
        Article(id="other", text=IT),
    ]
    seen = set()
    for order in itertools.permutations(variants):
        result = load(list(order))
        same = [r for r in result.records if r.id == "same"]
        seen.add((tuple(same), tuple(a.text for a in result.articles if a.id == "same")))
    assert len(seen) == 1
    (records, _kept), *_ = seen
    assert [r.status for r in records] == ["ok", "skipped", "skipped", "skipped"]
    assert {r.reason for r in records[1:]} == {SkipReason.DUPLICATE_ID}


def test_duplicates_across_files_give_one_report_whatever_the_order(tmp_path: Path) -> None:
    one = write(tmp_path / "x" / "dup.txt", EN)
    two = write(tmp_path / "y" / "dup.json", json.dumps({"text": IT}))
    three = write(tmp_path / "z.jsonl", json.dumps({"id": "dup", "text": RO}))
    reports = {
        crosscheck.report(list(order)).to_json()
        for order in itertools.permutations([one, two, three])
    }
    assert len(reports) == 1


# --- folders: links, FIFOs, devices, unreadable files ------------------------------------------


def _tree_with_loops(root: Path) -> None:
    write(root / "a.txt", EN)
    write(root / "sub" / "b.txt", IT)
    write(root / "sub" / "deeper" / "c.txt", RO)
    (root / "sub" / "deeper" / "up").symlink_to(root, target_is_directory=True)
    (root / "sub" / "self").symlink_to(root / "sub", target_is_directory=True)
    (root / "alias").symlink_to(root / "sub", target_is_directory=True)


@pytest.mark.parametrize("how", ["folder", "glob", "glob-relative"])
def test_symlink_loops_are_walked_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    _tree_with_loops(tmp_path / "t")
    if how == "folder":
        result = load(tmp_path / "t")
    elif how == "glob":
        result = load(str(tmp_path / "t" / "**" / "*.txt"))
    else:
        monkeypatch.chdir(tmp_path)
        result = load("t/**/*.txt")
    # each real file once, whatever the links: no loop, no duplicate id
    assert sorted(a.id for a in result.articles) == ["a", "b", "c"]
    assert len(result.records) == 3
    # named by its real path, not through the "alias" link that sorts first
    assert not any("alias" in (r.path or "") for r in result.records)


def test_a_symlinked_folder_outside_the_tree_is_read(tmp_path: Path) -> None:
    write(tmp_path / "elsewhere" / "far.txt", EN)
    write(tmp_path / "t" / "near.txt", IT)
    (tmp_path / "t" / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    assert sorted(a.id for a in load(tmp_path / "t").articles) == ["far", "near"]


def _odd_entries(folder: Path) -> dict[str, str]:
    """Entries named like articles that are not regular files: name -> expected detail."""
    write(folder / "good.txt", EN)
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop1.txt").symlink_to(folder / "loop2.txt")
    (folder / "loop2.txt").symlink_to(folder / "loop1.txt")
    return {
        "pipe": "FIFO",
        "zero": "character device",
        "gone": "missing file",
        "loop1": "loop",
        "loop2": "loop",
    }


@pytest.mark.parametrize("how", ["folder", "glob", "recursive-glob"])
def test_fifos_devices_and_dangling_links_each_get_a_record(tmp_path: Path, how: str) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    expected = _odd_entries(folder)
    targets: dict[str, Path | str] = {
        "folder": folder,
        "glob": str(folder / "*.txt"),
        "recursive-glob": str(tmp_path / "**" / "*.txt"),
    }
    target = targets[how]
    result = finishes(lambda: load(target))
    assert isinstance(result, LoadResult)
    records = by_id(result)
    assert records["good"].status == ArticleStatus.OK
    for name, detail in expected.items():
        assert records[name].reason == SkipReason.UNREADABLE, records[name]
        assert detail in (records[name].detail or ""), records[name]
    assert len(result.records) == 1 + len(expected)


def test_explicit_fifo_device_and_dangling_link_are_skipped_not_errors(tmp_path: Path) -> None:
    expected = _odd_entries(tmp_path)
    paths = [tmp_path / f"{name}.txt" for name in expected]
    result = finishes(lambda: load(paths))
    assert isinstance(result, LoadResult)
    assert [r.reason for r in result.records] == [SkipReason.UNREADABLE] * len(expected)


def test_unreadable_file_in_a_folder_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "ok.txt", EN)
    write(tmp_path / "locked.txt", IT)
    real_open = os.open

    def locked(file: str | bytes | os.PathLike[str], flags: int, *args: int) -> int:
        if os.fspath(file).endswith("locked.txt"):  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args)

    monkeypatch.setattr(os, "open", locked)
    records = by_id(load(tmp_path))
    assert records["ok"].status == ArticleStatus.OK
    assert records["locked"].reason == SkipReason.UNREADABLE
    assert "Permission denied" in (records["locked"].detail or "")


def test_many_small_files_each_become_one_record(tmp_path: Path) -> None:
    # benchmarks/hostile_files.py times 20,000; a unit test proves the accounting
    count = 1_500
    for i in range(count):
        write(tmp_path / f"d{i % 7}" / f"n{i:05d}.json", json.dumps({"text": EN, "language": "en"}))
    result = load(tmp_path)
    assert len(result.records) == len(result.articles) == count
    paths = [Path(r.path or "").parts for r in result.records]
    assert paths == sorted(paths)  # a folder is read in path order


# --- limits ----------------------------------------------------------------------------------


def test_a_50mb_file_is_skipped_without_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # sparse: 50 MB on paper, nothing on disk
        handle.truncate(50_000_000)

    def refuse(*args: object, **kwargs: object) -> int:
        raise AssertionError("a file over max_bytes must not be opened")

    monkeypatch.setattr(os, "open", refuse)
    (record,) = load(big).records
    assert record.reason == SkipReason.TOO_LARGE
    assert "50000000 bytes" in (record.detail or "")


def test_max_total_bytes_reads_files_in_path_order_up_to_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = [write(tmp_path / f"{name}.txt", EN) for name in ("c", "a", "b")]
    size = len(EN.encode())
    real_open = os.open

    def guarded(file: str | bytes | os.PathLike[str], flags: int, *args: int) -> int:
        assert not os.fspath(file).endswith("c.txt"), "over the batch limit: must not be read"  # type: ignore[arg-type]
        return real_open(file, flags, *args)

    monkeypatch.setattr(os, "open", guarded)
    for order in (paths, paths[::-1]):
        result = load(order, max_total_bytes=2 * size + 1)
        assert sorted(a.id for a in result.articles) == ["a", "b"]
        (over,) = result.skipped
        assert (over.id, over.reason) == ("c", SkipReason.BATCH_LIMIT)
        assert f"max_total_bytes={2 * size + 1}" in (over.detail or "")
        assert result.limits.max_total_bytes == 2 * size + 1


def test_max_articles_keeps_the_first_ids_whatever_the_order() -> None:
    articles = [Article(id=name, text=EN) for name in ("c", "a", "d", "b")]
    for order in (articles, articles[::-1]):
        result = load(order, max_articles=2)
        assert sorted(a.id for a in result.articles) == ["a", "b"]
        assert {r.id: r.reason for r in result.skipped} == {
            "c": SkipReason.BATCH_LIMIT,
            "d": SkipReason.BATCH_LIMIT,
        }
        assert all("max_articles=2" in (r.detail or "") for r in result.skipped)
        assert result.limits.max_articles == 2


def test_report_takes_the_batch_limits() -> None:
    rep = crosscheck.report([Article(id=n, text=EN) for n in "abc"], max_articles=1)
    assert [r.reason for r in rep.articles] == [
        None,
        SkipReason.BATCH_LIMIT,
        SkipReason.BATCH_LIMIT,
    ]


@pytest.mark.parametrize("name", ["max_bytes", "max_articles", "max_total_bytes"])
@pytest.mark.parametrize("bad", [0, -1, True, 1.5, 1e30, "10", 10**30, LIMIT_CEILING + 1])
def test_bad_limits_raise_input_error_with_a_reason(name: str, bad: object) -> None:
    with pytest.raises(InputError) as caught:
        load([Article(id="a", text=EN)], **{name: bad})  # type: ignore[arg-type]
    assert caught.value.reason == ErrorReason.BAD_INPUT
    assert name in str(caught.value)


def test_parse_limit_reads_command_line_numbers() -> None:
    assert parse_limit("--max-bytes", "10_000_000") == parse_limit("--max-bytes", "1e7") == 10**7
    for bad in ("1e30", "1e999999999", "nan", "inf", "1.5", "-3", "0", "ten", ""):
        with pytest.raises(InputError, match="--max-bytes"):
            parse_limit("--max-bytes", bad)


@pytest.mark.parametrize("value", ["1e30", "99999999999999999999999999999", "abc"])
def test_cli_max_bytes_out_of_range_is_a_usage_error(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["check", "--max-bytes", value, "seeds"])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "--max-bytes" in err
    assert "Traceback" not in err


# --- clear errors ------------------------------------------------------------------------------


def test_a_path_too_long_is_an_input_error() -> None:
    for call in (crosscheck.report, load):
        with pytest.raises(InputError) as caught:
            call("x" * 5000)
        assert caught.value.reason == ErrorReason.BAD_INPUT
        assert "too long" in str(caught.value)
        assert len(str(caught.value)) < 300


def test_a_path_with_a_nul_is_an_input_error() -> None:
    with pytest.raises(InputError, match="NUL"):
        load("a\x00b.txt")


@pytest.mark.parametrize(
    "fields",
    [
        {"path": 5},
        {"encoding": b"utf-8"},
        {"published_from": 1},
        {"body_start": -1},
        {"body_start": "0"},
        {"title": 3},
        {"id": 5},
        {"text": None},
    ],
)
def test_an_article_field_of_the_wrong_type_is_an_input_error(fields: dict[str, object]) -> None:
    values: dict[str, object] = {"id": "a", "text": EN, **fields}
    with pytest.raises(InputTypeError) as caught:
        Article(**values)  # type: ignore[arg-type]
    assert isinstance(caught.value, TypeError)
    assert isinstance(caught.value, InputError)
    assert caught.value.reason == ErrorReason.BAD_INPUT
    assert f"'{next(iter(fields))}' must be" in str(caught.value)


def test_an_empty_article_id_is_an_input_error() -> None:
    with pytest.raises(InputError, match="'id' must not be empty"):
        Article(id="", text=EN)


def test_an_article_changed_past_its_checks_is_refused_by_load() -> None:
    article = Article(id="a", text=EN)
    object.__setattr__(article, "path", 5)
    with pytest.raises(InputError, match="'path' must be"):
        load([article])


@pytest.mark.parametrize(
    ("cls", "reason"),
    [
        (CrosscheckError, ErrorReason.BAD_INPUT),
        (InputError, ErrorReason.BAD_INPUT),
        (InputTypeError, ErrorReason.BAD_INPUT),
        (NoInputError, ErrorReason.NO_INPUT),
        (UnsupportedLanguageError, ErrorReason.UNSUPPORTED_LANGUAGE),
        (LanguageDataError, ErrorReason.LANGUAGE_DATA),
    ],
)
def test_every_error_has_a_reason_code_and_pickles(
    cls: type[CrosscheckError], reason: ErrorReason
) -> None:
    error = cls("message", path="p")
    assert error.reason == reason
    again = pickle.loads(pickle.dumps(error))
    assert (type(again), again.reason, again.path, str(again)) == (cls, reason, "p", str(error))


def test_bad_workers_is_an_input_error_with_a_reason() -> None:
    with pytest.raises(InputError) as caught:
        crosscheck.report([Article(id="a", text=EN)], workers=0)
    assert caught.value.reason == ErrorReason.BAD_INPUT
