"""Tests for the ingestion stage: every input becomes an article or a reasoned skip."""

from __future__ import annotations

import codecs
import json
import os
import pathlib
import pickle
import tempfile
import unicodedata
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import crosscheck
from crosscheck._codes import ArticleStatus, SkipReason
from crosscheck._errors import InputError, NoInputError, UnsupportedLanguageError
from crosscheck._fold import fold
from crosscheck.ingest import Article, ArticleRecord, LoadResult, detect_language, load
from crosscheck.ingest._decode import decode
from crosscheck.ingest._meta import (
    byline_date,
    header_date,
    markdown_title,
    metadata_end,
    normalise_language,
    normalise_published,
)
from crosscheck.ingest._source import Decoded
from crosscheck.lang import available_languages, get_language

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

RO_COMMA = (
    "Președintele rus a declarat că soldații nord-coreeni au luptat în regiunea Kursk, "
    "potrivit agenției de presă, care a publicat mesajul după întâlnirea de la Beijing. "
    "Țara sa este un aliat pentru Moscova."
)
RO_CEDILLA = RO_COMMA.replace("ș", "ş").replace("ț", "ţ").replace("Ț", "Ţ")
RO_PLAIN = "".join(
    ch for ch in unicodedata.normalize("NFD", RO_COMMA) if not unicodedata.combining(ch)
)
IT = (
    "Il presidente russo ha inviato un telegramma al leader della Corea del Nord, "
    "affermando che il 2025 è stato un anno di particolare significato per le relazioni "
    "tra i due paesi e che la cooperazione è più forte."
)
EN = (
    "The Russian president has sent a letter to the leader of North Korea, saying that the "
    "relations between the two countries were strengthened by the war and that the troops "
    "from Pyongyang fought with courage."
)
FI = (
    "Presidentti Vladimir Putin on lähettänyt kirjeen Pohjois-Korean johtajalle. Kirjeessä "
    "hän kuvaa maiden välisiä suhteita voittamattomaksi ystävyydeksi. Venäjän ja "
    "Pohjois-Korean yhteistyö on syventynyt sodan aikana, ja tuhannet sotilaat ovat "
    "osallistuneet taisteluihin Kurskin alueella."
)
GIBBERISH = "Xqzt vbnm plok wertyu zxcvb qwop lkjh asdf mnbv poiuy trewq lkjhg fdsa vbn."


def write(path: Path, content: str | bytes) -> Path:
    """Write ``content`` to ``path`` (creating folders) exactly, without newline translation."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def only(result: LoadResult) -> ArticleRecord:
    """The single record of a one-input load."""
    assert len(result.records) == 1, result.records
    return result.records[0]


def skipped_as(result: LoadResult, reason: SkipReason) -> ArticleRecord:
    record = only(result)
    assert record.status == ArticleStatus.SKIPPED
    assert record.reason == reason, record
    assert record.detail
    assert result.articles == ()
    return record


# --- the real seed articles --------------------------------------------------------------


def _expected_seeds() -> dict[str, dict[str, object]]:
    data = json.loads((ROOT / "tests" / "seeds_expected.json").read_text(encoding="utf-8"))
    articles: dict[str, dict[str, object]] = data["articles"]
    return articles


def test_seeds_load_with_expected_language_and_date() -> None:
    expected = _expected_seeds()
    result = load(str(SEEDS / "*.txt"))
    assert [a.id for a in result.articles] == [Path(name).stem for name in sorted(expected)]
    for article in result.articles:
        want = expected[f"{article.id}.txt"]
        assert article.language == want["lang"], article.id
        assert article.published == want["published"], article.id
    assert all(r.status == ArticleStatus.OK for r in result.records)


def test_seed_dates_say_where_they_came_from() -> None:
    by_id = {a.id: a for a in load(SEEDS).articles}
    assert by_id["000_4daffa0df12e8e81"].published_from == "header"
    assert by_id["003_ccc367ce25698c12"].published_from == "header"
    assert by_id["004_c61b72992829a382"].published_from == "byline"
    assert by_id["002_397f05aa001151ac"].published is None
    assert by_id["002_397f05aa001151ac"].published_from is None


def test_seed_text_is_the_file_decoded_exactly() -> None:
    for article in load(SEEDS).articles:
        assert article.path is not None
        raw = Path(article.path).read_bytes()
        assert article.encoding is not None
        assert article.text == raw.decode(article.encoding)
        assert article.text.startswith(" date") == (article.published_from == "header")


def test_seed_folder_accounts_for_every_file() -> None:
    result = load(SEEDS)
    ids = [r.id for r in result.records]
    assert ids == sorted(ids)
    assert len(result.articles) == 5
    assert not result.skipped  # the sample folder holds only articles


def test_a_json_file_without_article_text_is_reported_not_dropped(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text("Peste 10.000 de soldați au fost trimiși.", encoding="utf-8")
    (folder / "expected.json").write_text('{"articles": {}}', encoding="utf-8")
    result = load(folder, language="ro")
    assert [a.id for a in result.articles] == ["a"]
    (other,) = result.skipped
    assert other.id == "expected"
    assert other.reason == SkipReason.MISSING_TEXT


# --- formats -----------------------------------------------------------------------------


def test_txt_id_is_stem_and_text_untouched(tmp_path: Path) -> None:
    content = " date 2024-02-03 " + RO_COMMA + "\r\n\r\nA doua linie.\r\n"
    path = write(tmp_path / "abc_123.txt", content)
    (article,) = load(path).articles
    assert article.id == "abc_123"
    assert article.text == content  # header kept, \r\n kept
    assert article.path == str(path)
    assert article.encoding == "utf-8"
    assert (article.published, article.published_from) == ("2024-02-03", "header")


def test_md_title_comes_from_heading_and_stays_in_text(tmp_path: Path) -> None:
    content = "\n# Putin scrie lui Kim\n\n" + RO_COMMA
    (article,) = load(write(tmp_path / "note.md", content)).articles
    assert article.title == "Putin scrie lui Kim"
    assert article.text == content


def test_txt_heading_is_not_a_title(tmp_path: Path) -> None:
    (article,) = load(write(tmp_path / "note.txt", "# Heading\n" + EN)).articles
    assert article.title is None


def test_json_article_fields(tmp_path: Path) -> None:
    obj = {
        "id": "a1",
        "text": EN,
        "title": "Letter",
        "url": "https://example.org/a1",
        "source": "Example News",
        "published": "2022-08-15T09:13:00+02:00",
        "language": "en",
    }
    (article,) = load(write(tmp_path / "one.json", json.dumps(obj))).articles
    assert article.id == "a1"
    assert article.text == EN
    assert (article.title, article.url, article.source) == (
        "Letter",
        "https://example.org/a1",
        "Example News",
    )
    assert (article.published, article.published_from) == ("2022-08-15", "metadata")
    assert article.language == "en"


def test_json_feed_field_names_lang_date_outlet_story(tmp_path: Path) -> None:
    # Feeds often say "lang", "date" and "outlet"; the story a feed assigns is kept.
    obj = {
        "id": "f1",
        "text": EN,
        "lang": "en",
        "date": "2023-09-12",
        "outlet": "Wire Daily",
        "story": "floods",
    }
    (article,) = load(write(tmp_path / "feed.jsonl", json.dumps(obj) + "\n")).articles
    assert (article.language, article.published, article.source) == (
        "en",
        "2023-09-12",
        "Wire Daily",
    )
    assert article.story == "floods"


def test_json_canonical_field_wins_over_its_alias(tmp_path: Path) -> None:
    obj = {
        "text": EN,
        "language": "en",
        "lang": "ro",
        "published": "2024-01-02",
        "date": "1999-01-01",
        "source": "A",
        "outlet": "B",
    }
    (article,) = load(write(tmp_path / "one.json", json.dumps(obj))).articles
    assert (article.language, article.published, article.source) == ("en", "2024-01-02", "A")


def test_story_of_a_non_string_is_ignored_with_a_note(tmp_path: Path) -> None:
    obj = {"text": EN, "language": "en", "story": 7}
    result = load(write(tmp_path / "one.json", json.dumps(obj)))
    (article,) = result.articles
    assert article.story is None
    assert "'story' ignored" in (only(result).detail or "")


def test_json_id_defaults_to_stem_and_metadata_date_beats_header(tmp_path: Path) -> None:
    obj = {"text": " date 2025-01-01 " + EN, "published": "2024-12-31"}
    (article,) = load(write(tmp_path / "story.json", json.dumps(obj))).articles
    assert article.id == "story"
    assert (article.published, article.published_from) == ("2024-12-31", "metadata")


def test_json_unreadable_published_is_ignored_with_a_note(tmp_path: Path) -> None:
    obj = {"text": " date 2025-01-01 " + EN, "published": "sometime last week"}
    result = load(write(tmp_path / "story.json", json.dumps(obj)))
    (article,) = result.articles
    assert (article.published, article.published_from) == ("2025-01-01", "header")
    assert "sometime last week" in (only(result).detail or "")


def test_json_written_published_date_uses_language_months(tmp_path: Path) -> None:
    obj = {"text": IT, "published": "15 agosto 2022", "language": "it"}
    (article,) = load(write(tmp_path / "s.json", json.dumps(obj))).articles
    assert article.published == "2022-08-15"


def test_json_array_holds_several_articles(tmp_path: Path) -> None:
    payload = [{"text": EN}, {"id": 7, "text": IT}]
    result = load(write(tmp_path / "batch.json", json.dumps(payload)))
    assert [a.id for a in result.articles] == ["batch:1", "7"]


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        ({"title": "no text here"}, SkipReason.MISSING_TEXT),
        ({"text": 42}, SkipReason.MISSING_TEXT),
        ({"text": "   \n"}, SkipReason.EMPTY),
        (["not", "objects"], SkipReason.MALFORMED_JSON),
        ("just a string", SkipReason.MALFORMED_JSON),
        ([], SkipReason.EMPTY),
    ],
)
def test_json_without_article_text(tmp_path: Path, payload: object, reason: SkipReason) -> None:
    result = load(write(tmp_path / "bad.json", json.dumps(payload)))
    assert {r.reason for r in result.records} == {reason}
    assert result.articles == ()


def test_json_missing_text_keeps_declared_metadata(tmp_path: Path) -> None:
    obj = {"id": "x9", "title": "Only a title", "url": "https://example.org"}
    record = skipped_as(load(write(tmp_path / "t.json", json.dumps(obj))), SkipReason.MISSING_TEXT)
    assert (record.id, record.title, record.url) == ("x9", "Only a title", "https://example.org")


def test_malformed_json_file(tmp_path: Path) -> None:
    result = load(write(tmp_path / "broken.json", '{"text": "unterminated'))
    record = skipped_as(result, SkipReason.MALFORMED_JSON)
    assert record.id == "broken"
    assert "line 1" in (record.detail or "")


def test_deeply_nested_json_is_malformed_not_a_crash(tmp_path: Path) -> None:
    result = load(write(tmp_path / "deep.json", "[" * 100_000 + "]" * 100_000))
    assert only(result).status == ArticleStatus.SKIPPED


def test_jsonl_bad_line_is_skipped_alone(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": EN}),
        "{not json",
        "",
        json.dumps({"id": "named", "text": IT}),
        json.dumps([1, 2]),
        json.dumps({"text": RO_COMMA}),
    ]
    result = load(write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n"))
    assert [r.id for r in result.records] == [
        "feed:1",
        "feed:2",
        "named",
        "feed:5",
        "feed:6",
    ]
    assert [a.id for a in result.articles] == ["feed:1", "named", "feed:6"]
    bad = {r.id: r for r in result.skipped}
    assert bad["feed:2"].reason == SkipReason.MALFORMED_JSON
    assert "line 2" in (bad["feed:2"].detail or "")
    assert bad["feed:5"].reason == SkipReason.MALFORMED_JSON
    assert "line 5" in (bad["feed:5"].detail or "")


def test_jsonl_of_blank_lines_is_empty(tmp_path: Path) -> None:
    skipped_as(load(write(tmp_path / "blank.jsonl", "\n  \n\n")), SkipReason.EMPTY)


# --- bytes that are not (usable) text ------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n", codecs.BOM_UTF8 + b" \n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    skipped_as(load(write(tmp_path / "empty.txt", content)), SkipReason.EMPTY)


def test_binary_with_nul_bytes(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"
    skipped_as(load(write(tmp_path / "image.txt", png)), SkipReason.BINARY)


def test_binary_with_many_control_characters(tmp_path: Path) -> None:
    content = b"\x01\x02\x03\x04 some text \x05\x06\x07\x08\x0e\x0f"
    skipped_as(load(write(tmp_path / "ctl.txt", content)), SkipReason.BINARY)


def test_too_large_file_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "big.txt", EN * 10)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a file over max_bytes must not be opened")

    monkeypatch.setattr(pathlib.Path, "open", refuse)
    monkeypatch.setattr(os, "open", refuse)
    record = skipped_as(load(path, max_bytes=100), SkipReason.TOO_LARGE)
    assert "100" in (record.detail or "")


def test_file_at_the_size_limit_loads(tmp_path: Path) -> None:
    data = EN.encode()
    path = write(tmp_path / "edge.txt", data)
    assert only(load(path, max_bytes=len(data))).status == ArticleStatus.OK


def test_cp1250_romanian(tmp_path: Path) -> None:
    data = RO_CEDILLA.encode("cp1250")
    (article,) = load(write(tmp_path / "legacy.txt", data)).articles
    assert article.encoding == "cp1250"
    assert article.text == RO_CEDILLA
    assert article.language == "ro"


def test_cp1252_italian(tmp_path: Path) -> None:
    (article,) = load(write(tmp_path / "legacy.txt", IT.encode("cp1252"))).articles
    assert article.encoding == "cp1252"
    assert article.text == IT
    assert article.language == "it"


def test_legacy_encoding_follows_the_given_language() -> None:
    assert decode(RO_CEDILLA.encode("cp1250"), "ro") == Decoded(RO_CEDILLA, "cp1250")
    assert decode(IT.encode("cp1252"), "it") == Decoded(IT, "cp1252")


def test_undecodable_bytes(tmp_path: Path) -> None:
    # 0x81 is undefined in utf-8 (as a start byte), cp1250 and cp1252 alike.
    data = b"Some text \x81\x90 with bytes no code page defines."
    skipped_as(load(write(tmp_path / "odd.txt", data)), SkipReason.ENCODING)


def test_utf8_bom_is_dropped_and_offsets_stay_exact(tmp_path: Path) -> None:
    data = codecs.BOM_UTF8 + EN.encode()
    (article,) = load(write(tmp_path / "bom.txt", data)).articles
    assert article.encoding == "utf-8-sig"
    assert article.text == EN == data.decode(article.encoding)


def test_utf16_with_bom(tmp_path: Path) -> None:
    data = RO_COMMA.encode("utf-16")
    (article,) = load(write(tmp_path / "wide.txt", data)).articles
    assert article.encoding == "utf-16"
    assert article.text == RO_COMMA


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "locked.txt", EN)
    real_open = os.open

    def locked(file: str | bytes | os.PathLike[str], flags: int, *args: int) -> int:
        if os.fspath(file).endswith("locked.txt"):  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args)

    monkeypatch.setattr(os, "open", locked)
    record = skipped_as(load(path), SkipReason.UNREADABLE)
    assert "Permission denied" in (record.detail or "")


def test_explicit_non_regular_file_is_unreadable(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    skipped_as(load(fifo), SkipReason.UNREADABLE)


# --- language ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [(RO_COMMA, "ro"), (RO_CEDILLA, "ro"), (RO_PLAIN, "ro"), (IT, "it"), (EN, "en")],
    ids=["ro-comma-below", "ro-cedilla", "ro-no-diacritics", "it", "en"],
)
def test_detect_language(text: str, code: str) -> None:
    assert detect_language(text) == code
    assert detect_language(text.upper()) == code


@pytest.mark.parametrize("text", [FI, GIBBERISH, "", "12 34 56", "Kim Jong Un"])
def test_detect_language_refuses_to_guess(text: str) -> None:
    assert detect_language(text) is None


def test_a_language_cannot_win_on_letters_alone() -> None:
    # Italian letters everywhere, but only English stopwords: English.
    assert detect_language(EN + " " + "ò" * 300) == "en"
    assert detect_language("ò" * 300) is None


def test_detection_only_among_requested_languages() -> None:
    assert detect_language(IT, ["en", "ro"]) is None


@pytest.mark.parametrize("text", [FI, GIBBERISH])
def test_unknown_language_is_skipped(tmp_path: Path, text: str) -> None:
    record = skipped_as(load(write(tmp_path / "x.txt", text)), SkipReason.UNKNOWN_LANGUAGE)
    assert "language=" in (record.detail or "")


def test_language_argument_skips_detection(tmp_path: Path) -> None:
    (article,) = load(write(tmp_path / "x.txt", GIBBERISH), language="EN").articles
    assert article.language == "en"


def test_declared_language_wins_over_argument_and_detection(tmp_path: Path) -> None:
    path = write(tmp_path / "x.json", json.dumps({"text": EN, "language": "it-IT"}))
    (article,) = load(path, language="ro").articles
    assert article.language == "it"


def test_unsupported_declared_language_is_skipped(tmp_path: Path) -> None:
    path = write(tmp_path / "fi.json", json.dumps({"text": FI, "language": "fi"}))
    record = skipped_as(load(path), SkipReason.UNSUPPORTED_LANGUAGE)
    assert "'fi'" in (record.detail or "")


def test_unsupported_language_argument_raises(tmp_path: Path) -> None:
    path = write(tmp_path / "x.txt", EN)
    with pytest.raises(UnsupportedLanguageError, match="'xx'"):
        load(path, language="xx")
    with pytest.raises(InputError):
        load(path, language=3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("tag", "code"), [("ro", "ro"), ("RO", "ro"), ("ro-RO", "ro"), ("en_GB", "en"), (" it ", "it")]
)
def test_normalise_language(tag: str, code: str) -> None:
    assert normalise_language(tag) == code


# --- publication date and title --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (" date 2025-12-25 Președintele", "2025-12-25"),
        ("date 2025-12-25\nText", "2025-12-25"),
        ("\n  Date: 2024-02-29 text", "2024-02-29"),
        (" date 2025-13-25 text", None),
        ("The date 2025-12-25 is in the text", None),
        (" date 2025-12-250 text", None),
    ],
)
def test_header_date(text: str, date: str | None) -> None:
    assert header_date(text) == date


@pytest.mark.parametrize(
    ("code", "text", "date"),
    [
        ("ro", "\n\nScris de newsreporter pe 15 august 2022, 09:13\n\nText.", "2022-08-15"),
        ("ro", "Scris de newsreporter pe 15 AUGUST 2022", "2022-08-15"),
        ("en", "Published 15 August 2022\n" + EN, "2022-08-15"),
        ("en", "By Jane Doe | August 15, 2022 09:13\n" + EN, "2022-08-15"),
        ("en", "Updated 3 Sept. 2021\n" + EN, "2021-09-03"),
        ("en", "Published 2022-08-15 09:13\n" + EN, "2022-08-15"),
        ("it", "pubblicato il 15 agosto 2022\n" + IT, "2022-08-15"),
        ("it", "Pubblicato il 1 dicembre 2023 alle 10:00\n" + IT, "2023-12-01"),
        ("ro", "Scris pe 31 februarie 2022\n", None),
        ("ro", "Scris pe 15 august, fără an\n", None),
        ("en", EN, None),
        # A date inside a long lead sentence is an event date, not the byline.
        ("en", "On 15 August 2022 " + EN, None),
        # Too far down to be a byline.
        ("en", (EN + "\n") * 4 + "Published 15 August 2022\n", None),
    ],
)
def test_byline_date(code: str, text: str, date: str | None) -> None:
    assert byline_date(text, get_language(code).months) == date


def test_byline_allows_one_short_word_between_parts() -> None:
    months = {"agosto": 8}
    assert byline_date("Publicado el 15 de agosto de 2022", months) == "2022-08-15"
    assert byline_date("Publicado el 15 de la agosto de 2022", months) is None


@pytest.mark.parametrize(
    ("value", "date"),
    [
        ("2022-08-15", "2022-08-15"),
        ("2022-08-15T09:13:00Z", "2022-08-15"),
        ("2022-08-15 09:13:00.123+02:00", "2022-08-15"),
        ("2022-02-30", None),
        ("15/08/2022", None),
        ("yesterday", None),
        # A feed that gives a month or a year keeps it, with no day invented.
        ("2023-09", "2023-09"),
        ("2023", "2023"),
        ("2023-13", None),
        ("0001", None),
    ],
)
def test_normalise_published(value: str, date: str | None) -> None:
    assert normalise_published(value) == date


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("# Title here\nbody", "Title here"),
        ("\n\n## Second level ##\nbody", "Second level"),
        ("### Too deep\nbody", None),
        ("#hashtag\nbody", None),
        ("Body first\n# Late heading", None),
        ("#   \nbody", None),
    ],
)
def test_markdown_title(text: str, title: str | None) -> None:
    assert markdown_title(text) == title


def test_pathological_text_is_fast() -> None:
    # The patterns have no nested quantifiers; these inputs would explode otherwise.
    months = get_language("en").months
    assert header_date(" " * 200_000 + "x") is None
    assert byline_date("1 " * 300 + "\n", months) is None
    assert byline_date(("august " * 20) + "\n", months) is None
    assert normalise_published("2022-08-15T" + "0" * 100_000 + "x") is None
    assert detect_language("a" * 200_000) is None


# --- discovering inputs ----------------------------------------------------------------------


def _tree(root: Path) -> None:
    write(root / "b.txt", EN)
    write(root / "a.txt", IT)
    write(root / "sub" / "deeper" / "c.md", RO_COMMA)
    write(root / "sub" / "notes.pdf", b"%PDF-1.4")
    write(root / "sub" / "image.png", b"\x89PNG\x00")
    write(root / ".hidden.txt", EN)
    write(root / ".git" / "config.txt", EN)
    write(root / "sub" / "feed.jsonl", json.dumps({"text": EN}) + "\n")


def test_folder_is_walked_recursively_sorted_and_filtered(tmp_path: Path) -> None:
    _tree(tmp_path)
    result = load(tmp_path)
    assert [r.path for r in result.records] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
        str(tmp_path / "sub" / "deeper" / "c.md"),
        str(tmp_path / "sub" / "feed.jsonl"),
    ]
    assert [r.status for r in result.records] == [ArticleStatus.OK] * 4


def test_explicit_unsupported_or_hidden_file_is_not_silent(tmp_path: Path) -> None:
    _tree(tmp_path)
    record = skipped_as(load(tmp_path / "sub" / "notes.pdf"), SkipReason.UNSUPPORTED_FORMAT)
    assert record.id == "notes"
    assert "'.pdf'" in (record.detail or "")
    (article,) = load(tmp_path / ".hidden.txt").articles
    assert article.id == ".hidden"


def test_unlistable_subfolder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    _tree(tmp_path)
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if Path(path).name == "deeper":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = load(tmp_path)
    assert [(r.id, r.reason) for r in result.records] == [
        ("a", None),
        ("b", None),
        ("deeper", SkipReason.UNREADABLE),
        ("feed:1", None),
    ]


def test_glob_patterns(tmp_path: Path) -> None:
    _tree(tmp_path)
    top = load(str(tmp_path / "*.txt"))
    assert [r.id for r in top.records] == ["a", "b"]
    deep = load(str(tmp_path / "**" / "*.md"))
    assert [r.id for r in deep.records] == ["c"]
    everything = load(str(tmp_path / "**"))
    assert [r.id for r in everything.records] == ["a", "b", "c", "feed:1"]


def test_glob_matching_only_unsupported_files_raises(tmp_path: Path) -> None:
    _tree(tmp_path)
    with pytest.raises(NoInputError, match="no article file"):
        load(str(tmp_path / "sub" / "*.p*"))


def test_nothing_matches_raises_with_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "x.txt"
    with pytest.raises(NoInputError) as info:
        load(missing)
    assert str(missing) in str(info.value)
    assert info.value.path == str(missing)
    with pytest.raises(NoInputError, match=r"nothing-\*\.txt"):
        load(str(tmp_path / "nothing-*.txt"))
    write(tmp_path / "empty_dir" / ".hidden.txt", EN)
    with pytest.raises(NoInputError, match="empty_dir"):
        load(tmp_path / "empty_dir")


def test_no_input_error_pickles(tmp_path: Path) -> None:
    with pytest.raises(NoInputError) as info:
        load(tmp_path / "nope.txt")
    again = pickle.loads(pickle.dumps(info.value))
    assert type(again) is NoInputError
    assert str(again) == str(info.value)


def test_one_bad_path_raises_before_anything_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = write(tmp_path / "good.txt", EN)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("no file may be read when an input matches nothing")

    monkeypatch.setattr(pathlib.Path, "open", refuse)
    with pytest.raises(NoInputError):
        load([good, tmp_path / "missing.txt"])


@pytest.mark.parametrize("bad", [42, 3.5, b"seeds", None, [["nested"]], [{"text"}]])
def test_unsupported_input_type_raises(bad: object) -> None:
    with pytest.raises(InputError, match="cannot load"):
        load(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [[], (), ""])
def test_no_input_at_all_raises(bad: object) -> None:
    with pytest.raises(InputError):
        load(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [0, -1, True, 1.5])
def test_max_bytes_must_be_positive_int(tmp_path: Path, bad: object) -> None:
    with pytest.raises(InputError, match="max_bytes"):
        load(write(tmp_path / "x.txt", EN), max_bytes=bad)  # type: ignore[arg-type]


# --- Article objects, mixing, duplicates ------------------------------------------------------


def test_article_objects_are_completed(tmp_path: Path) -> None:
    bare = Article(id="mem-1", text=" date 2023-04-05 " + RO_PLAIN)
    declared = Article(id="mem-2", text=EN, language="en", published="2020-01-02T03:04:05Z")
    result = load([bare, declared])
    first, second = result.articles
    assert first == attrs.evolve(
        bare,
        language="ro",
        published="2023-04-05",
        published_from="header",
        body_start=len(" date 2023-04-05"),  # the header is metadata, not claims
    )
    assert (second.language, second.published, second.published_from) == (
        "en",
        "2020-01-02",
        "metadata",
    )


def test_bad_article_objects_are_skipped() -> None:
    result = load([Article(id="e", text="  "), Article(id="u", text=EN, language="fi")])
    assert [r.reason for r in result.records] == [
        SkipReason.EMPTY,
        SkipReason.UNSUPPORTED_LANGUAGE,
    ]


def test_records_follow_input_order_across_kinds(tmp_path: Path) -> None:
    _tree(tmp_path)
    inputs: list[str | Path | Article] = [
        Article(id="first", text=EN),
        tmp_path / "sub",
        str(tmp_path / "b.*"),
        tmp_path / "a.txt",
    ]
    assert [r.id for r in load(inputs).records] == ["first", "c", "feed:1", "b", "a"]


def test_duplicate_ids_keep_one_whatever_the_order(tmp_path: Path) -> None:
    one = write(tmp_path / "x" / "same.txt", EN)
    two = write(tmp_path / "y" / "same.txt", IT)
    for inputs in ([one, two], [two, one]):
        result = load(inputs)
        # the smallest path wins, so the report does not depend on input order
        assert [a.path for a in result.articles] == [str(one)]
        skipped = [r for r in result.records if r.reason == SkipReason.DUPLICATE_ID]
        assert [r.path for r in skipped] == [str(two)]
        assert str(one) in (skipped[0].detail or "")


def test_skipped_property_lists_only_skips(tmp_path: Path) -> None:
    result = load([write(tmp_path / "ok.txt", EN), write(tmp_path / "no.txt", "")])
    assert [r.id for r in result.skipped] == ["no"]


# --- properties ----------------------------------------------------------------------------

_KINDS: dict[str, str | bytes] = {
    "en": EN,
    "it": IT,
    "ro": RO_COMMA,
    "ro-cp1250": RO_CEDILLA.encode("cp1250"),
    "empty": "",
    "binary": b"\x00\x01\x02",
    "unknown": GIBBERISH,
}


@st.composite
def _inputs(draw: st.DrawFn) -> list[tuple[str, str, bool]]:
    """A list of (id, kind, as_article) with unique ids."""
    kinds = draw(st.lists(st.sampled_from(sorted(_KINDS)), min_size=1, max_size=8))
    as_article = draw(st.lists(st.booleans(), min_size=len(kinds), max_size=len(kinds)))
    return [
        (f"doc{i}", kind, flag and isinstance(_KINDS[kind], str))
        for i, (kind, flag) in enumerate(zip(kinds, as_article, strict=True))
    ]


def _materialise(folder: Path, spec: list[tuple[str, str, bool]]) -> list[Path | Article]:
    out: list[Path | Article] = []
    for doc_id, kind, as_article in spec:
        content = _KINDS[kind]
        if as_article and isinstance(content, str):
            out.append(Article(id=doc_id, text=content))
        else:
            out.append(write(folder / f"{doc_id}.txt", content))
    return out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spec=_inputs(), data=st.data())
def test_load_is_deterministic_and_keeps_input_order(
    spec: list[tuple[str, str, bool]], data: st.DataObject
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        inputs = _materialise(Path(tmp), spec)
        order = data.draw(st.permutations(inputs))
        first = load(order)
        assert load(order) == first
        want = [i.id if isinstance(i, Article) else i.stem for i in order]
        assert [r.id for r in first.records] == want
        assert [a.id for a in first.articles] == [
            r.id for r in first.records if r.status == ArticleStatus.OK
        ]
        # Shuffling inputs shuffles records and changes nothing else.
        assert sorted(first.records, key=lambda r: r.id) == sorted(
            load(inputs).records, key=lambda r: r.id
        )
        by_kind = {doc_id: kind for doc_id, kind, _ in spec}
        for record in first.records:
            kind = by_kind[record.id]
            assert (record.status == ArticleStatus.OK) == (kind in {"en", "it", "ro", "ro-cp1250"})


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_any_bytes_become_exactly_one_record(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = write(Path(tmp) / "any.txt", data)
        result = load(path, language="en")
        record = only(result)
        if record.status == ArticleStatus.OK:
            (article,) = result.articles
            assert article.encoding is not None
            assert article.text == data.decode(article.encoding)
            assert article.text.strip()
        else:
            assert record.reason in set(SkipReason)
            assert record.detail


# deadline=None: with crosscheck[langid] installed, the first call loads lingua's models.
@settings(deadline=None)
@given(text=st.text(max_size=200) | st.sampled_from([RO_COMMA, RO_PLAIN, IT, EN]))
def test_detection_is_blind_to_cedilla_versus_comma_below(text: str) -> None:
    cedilla = text.replace("ș", "ş").replace("ț", "ţ").replace("Ș", "Ş").replace("Ț", "Ţ")
    assert detect_language(cedilla) == detect_language(text)
    assert detect_language(text) in {None, *available_languages()}


def test_stopwords_match_on_folded_words() -> None:
    assert fold("Ţara şi ÎN") == "tara si in"
    assert detect_language(RO_PLAIN.upper()) == "ro"


@pytest.mark.parametrize(
    ("code", "text", "published", "body"),
    [
        (
            "it",
            "ROMA, 3 settembre 2025 (ANSA) – Oltre 2.000 persone sono state evacuate.",
            "2025-09-03",
            "Oltre 2.000",
        ),
        (
            "ro",
            "BUCUREȘTI, 15 august 2022 (Agerpres) - Guvernul a aprobat 3.000 de posturi.",
            "2022-08-15",
            "Guvernul",
        ),
        (
            "en",
            "KYIV, 24 February 2022 (AP) — Russian troops crossed the border at dawn.",
            "2022-02-24",
            "Russian",
        ),
    ],
)
def test_dateline_gives_the_date_and_the_story_start(
    code: str, text: str, published: str, body: str
) -> None:
    (article,) = load([Article(id="d", text=text, language=code)]).articles
    assert (article.published, article.published_from) == (published, "dateline")
    assert text[article.body_start :].startswith(body)


def test_dateline_without_a_year_is_not_guessed() -> None:
    text = "MOSCOW, Aug 15 (Reuters) - Russia sent 5,000 troops to the border."
    (article,) = load([Article(id="d", text=text, language="en")]).articles
    assert article.published is None
    assert article.body_start == 0


def test_short_text_with_two_stopwords_and_own_letters_is_detected() -> None:
    text = "BUCUREȘTI - Guvernul a aprobat 3.000 de locuri de muncă, potrivit ministerului."
    assert detect_language(text) == "ro"


def test_two_stopwords_without_own_letters_are_not_enough() -> None:
    assert detect_language("The cat and 3 dogs") is None
    assert detect_language("Tämä on hyvä ja se on kaunis päivä.") is None


# Live blogs open each entry with a dated update marker; none of them is a
# byline, and the story before the last one is never metadata.
LIVE_BLOGS = [
    (
        "ro",
        "ACTUALIZARE, 3 martie 2021, ora 18.20: Bilanțul a urcat la 41 de morți.\n\n"
        "ACTUALIZARE, 3 martie 2021, ora 12.05: Autoritățile au anunțat 17 morți "
        "și 60 de răniți după alunecarea de teren din nordul țării, iar salvatorii caută "
        "încă zeci de oameni.",
    ),
    (
        "en",
        "UPDATE 2 April 2021, 18:20: The toll rose to 41 dead.\n\n"
        "UPDATE 2 April 2021, 12:05: Officials reported 17 dead and 60 injured after "
        "the landslide in the north of the country, while rescuers searched for dozens more.",
    ),
    (
        "it",
        "AGGIORNAMENTO 2 aprile 2021, ore 18.20: il bilancio sale a 41 morti.\n\n"
        "AGGIORNAMENTO 2 aprile 2021, ore 12.05: le autorità hanno annunciato 17 morti "
        "e 60 feriti dopo la frana nel nord del paese, mentre i soccorritori cercano decine "
        "di dispersi.",
    ),
    (
        "fr",
        "MISE À JOUR 2 avril 2021, 18h20 : le bilan passe à 41 morts.\n\n"
        "MISE À JOUR 2 avril 2021, 12h05 : les autorités ont annoncé 17 morts et 60 blessés "
        "après le glissement de terrain dans le nord du pays, et les secours cherchent "
        "encore des dizaines de personnes.",
    ),
    (
        "es",
        "ACTUALIZACIÓN 2 de abril de 2021, 18:20: el balance sube a 41 muertos.\n\n"
        "ACTUALIZACIÓN 2 de abril de 2021, 12:05: las autoridades informaron de 17 muertos y "
        "60 heridos tras el deslizamiento de tierra en el norte del país, y los rescatistas "
        "buscan a decenas de personas.",
    ),
    (
        "de",
        "AKTUALISIERUNG 2. April 2021, 18:20 Uhr: Die Zahl der Toten steigt auf 41.\n\n"
        "AKTUALISIERUNG 2. April 2021, 12:05 Uhr: Die Behörden meldeten 17 Tote und 60 "
        "Verletzte nach dem Erdrutsch im Norden des Landes; Retter suchen noch Dutzende.",
    ),
]


@pytest.mark.parametrize(("code", "text"), LIVE_BLOGS)
def test_live_blog_update_markers_never_drop_text(code: str, text: str) -> None:
    (article,) = load([Article(id="b", text=text, language=code)]).articles
    assert article.body_start == 0
    # a long entry cut by the byline window is not a short byline line either
    padded = text.replace("\n\n", "\n\n" + "x " * 250 + "\n\n", 1)
    assert metadata_end(padded, get_language(code).months) == 0


def test_a_dated_line_after_the_story_began_is_not_metadata() -> None:
    months = get_language("en").months
    text = "Officials said 17 people died.\nUpdated 2 April 2021\nRescuers found 4 more."
    assert metadata_end(text, months) == 0
    # at the top, alone on its line, it still is
    byline = "Updated 2 April 2021, 18:20 BST\nRescuers found 4 more."
    assert metadata_end(byline, months) == len("Updated 2 April 2021, 18:20 BST")


@pytest.mark.parametrize("published", ["2023-09", "2023"])
def test_partial_publication_dates_are_kept_without_a_day(published: str) -> None:
    text = "Die Behörden meldeten am Montag 17 Tote nach dem Erdrutsch."
    (article,) = load([Article(id="p", text=text, language="de", published=published)]).articles
    assert (article.published, article.published_from) == (published, "metadata")
    report = crosscheck.report([article])
    (claim,) = [c for c in report.claims if c.kind == "quantity"]
    assert claim.published == published
    assert claim.as_of == published
