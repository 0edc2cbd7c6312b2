"""Language data files follow one schema: typos are errors, never silently empty sections."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

import pytest

from crosscheck._codes import ErrorReason
from crosscheck._errors import LanguageDataError
from crosscheck.lang import available_languages
from crosscheck.lang._data import named_source_kind
from crosscheck.lang._schema import to_markdown, validate

DOCS = Path(__file__).resolve().parent.parent / "docs" / "language-data.md"


def _raw(code: str) -> dict[str, object]:
    text = resources.files("crosscheck.lang").joinpath(f"{code}.toml").read_text("utf-8")
    return tomllib.loads(text)


@pytest.mark.parametrize("code", available_languages())
def test_every_shipped_language_file_follows_the_schema(code: str) -> None:
    validate(code, _raw(code))


def test_a_misspelled_section_is_named_with_the_likely_one() -> None:
    raw = {"numbers": {"decimal": "."}, "attributon": {"prefix": ["according to"]}}
    with pytest.raises(LanguageDataError) as caught:
        validate("xx", raw)
    message = str(caught.value)
    assert "xx.toml" in message
    assert "'attributon'" in message
    assert "did you mean 'attribution'" in message
    assert caught.value.reason == ErrorReason.LANGUAGE_DATA


def test_a_misspelled_key_inside_a_section_is_named() -> None:
    raw = {"numbers": {"decimal": "."}, "attribution": {"prefixes": ["according to"]}}
    with pytest.raises(LanguageDataError, match=r"\[attribution\].*'prefixes'.*'prefix'"):
        validate("xx", raw)


def test_a_value_of_the_wrong_kind_is_named() -> None:
    raw = {"numbers": {"decimal": ".", "group": ","}}
    with pytest.raises(LanguageDataError, match=r"\[numbers\]\.group: expected a list of strings"):
        validate("xx", raw)


@pytest.mark.parametrize(
    ("section", "value"),
    [
        ("story_kinds", {"weather": ["glissement* de terrain"]}),  # a table of lists
        ("attribution", {"prefix": ["según*", "fuentes* de"]}),  # a list
    ],
)
def test_a_star_inside_a_phrase_is_named(section: str, value: dict[str, object]) -> None:
    # The phrase matcher reads "*" only at the end of a phrase; inside one it
    # would be a literal star and the phrase would never be found.
    raw = {"numbers": {"decimal": "."}, section: value}
    with pytest.raises(LanguageDataError, match=r"a '\*' may only end a phrase"):
        validate("xx", raw)


def test_a_star_ending_a_phrase_is_fine() -> None:
    raw = {"numbers": {"decimal": "."}, "story_kinds": {"weather": ["inundați*", "ploi*"]}}
    validate("xx", raw)


@pytest.mark.parametrize(
    ("code", "source", "kind"),
    [
        ("ru", "медицинские источники в Конакри", "medical"),
        ("uk", "медичні джерела", "medical"),
        ("pl", "obrońcy praw z fundacji", "rights"),
    ],
)
def test_inner_star_phrases_written_out_are_found(code: str, source: str, kind: str) -> None:
    # These were listed as "медицинск* источник*" and the like and never matched.
    assert named_source_kind(source, code) == kind


def test_a_subsection_is_checked_too() -> None:
    raw = {"numbers": {"decimal": "."}, "qualifiers": {"after": {"aprox": ["or so"]}}}
    with pytest.raises(LanguageDataError, match=r"'aprox'.*'approx'"):
        validate("xx", raw)


def test_free_keys_take_their_declared_kind() -> None:
    validate("xx", {"numbers": {"decimal": "."}, "vague": {"thousands": 1000}})
    with pytest.raises(LanguageDataError, match=r"\[vague\]\.thousands: expected an integer"):
        validate("xx", {"numbers": {"decimal": "."}, "vague": {"thousands": "1000"}})


def test_numbers_section_is_required() -> None:
    with pytest.raises(LanguageDataError, match="numbers"):
        validate("xx", {"name": "X"})


def test_docs_reference_is_generated_from_the_schema() -> None:
    assert DOCS.read_text(encoding="utf-8") == to_markdown(), (
        "docs/language-data.md is stale: run `python -m crosscheck.lang._schema > "
        "docs/language-data.md`"
    )


def test_loading_a_language_file_checks_the_schema() -> None:
    from crosscheck.lang._data import load_language

    text = '[numbers]\ndecimal = "."\n[attributon]\nprefix = ["according to"]\n'
    with pytest.raises(LanguageDataError, match=r"did you mean 'attribution'"):
        load_language("xx", text)
