"""Lint of the language data: no list holds the same item twice.

Merges of parallel branches tend to add the same word to a list twice
("berichtet" in two halves of a verb list). A repeat changes nothing the
library does, but it hides which entry a later edit should touch, and it
grows with every merge. Items are compared exactly: case or accent variants
("Paris" / "paris", "Andalucía" / "Andalusia") are different items.
"""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest


def _data_files() -> list[str]:
    folder = resources.files("crosscheck.lang")
    return sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".toml"))


def repeated_items(node: object, where: tuple[str, ...] = ()) -> list[str]:
    """Each list item equal to an earlier item of the same list, as ``table.key: 'item'``."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            found += repeated_items(value, (*where, str(key)))
    elif isinstance(node, list):
        seen: set[str] = set()
        for index, item in enumerate(node):
            if isinstance(item, str):
                if item in seen:
                    found.append(f"{'.'.join(where)}: {item!r}")
                seen.add(item)
            else:
                found += repeated_items(item, (*where, f"[{index}]"))
    return found


@pytest.mark.parametrize("name", _data_files())
def test_no_list_of_the_language_data_holds_an_item_twice(name: str) -> None:
    text = resources.files("crosscheck.lang").joinpath(name).read_text("utf-8")
    repeats = repeated_items(tomllib.loads(text))
    assert not repeats, f"{name}: items listed twice:\n  " + "\n  ".join(repeats)


def test_every_language_file_is_linted() -> None:
    names = _data_files()
    for code in ("en", "fr", "es", "it", "de", "nl", "pt", "ca", "ro", "pl", "ru", "uk", "ar"):
        assert f"{code}.toml" in names
    assert "places.toml" in names
    assert "concepts.toml" in names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a repeat in a table's list, in several languages and scripts
        ('[attribution]\nverbs = ["meldet", "sagte", "meldet"]', ["attribution.verbs: 'meldet'"]),
        ('[units]\nkilled = ["morts", "tués", "morts"]', ["units.killed: 'morts'"]),
        ('[qualifiers]\nat_least = ["не менее", "не менее"]', ["qualifiers.at_least: 'не менее'"]),
        (
            '[qualifiers]\nat_most = ["على الأكثر", "حتى", "على الأكثر"]',
            ["qualifiers.at_most: 'على الأكثر'"],
        ),
        # a nested table (per place, per language)
        ('[places.rome]\nnames = ["Rome", "Roma", "Rom", "Roma"]', ["places.rome.names: 'Roma'"]),
        ('[names.pt]\nunited_states = ["EUA", "EUA"]', ["names.pt.united_states: 'EUA'"]),
        # a list inside an array of tables
        ('[[rules]]\nwords = ["cerca de", "cerca de"]', ["rules.[0].words: 'cerca de'"]),
        # three copies are two repeats
        (
            '[units]\nyears = ["lata", "lata", "lata"]',
            ["units.years: 'lata'", "units.years: 'lata'"],
        ),
    ],
)
def test_a_repeated_item_is_named_with_its_table_and_key(text: str, expected: list[str]) -> None:
    assert repeated_items(tomllib.loads(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # case and accent variants are different items
        '[places.paris]\nnames = ["Paris", "paris", "PARIS"]',
        '[places.andalusia]\nnames = ["Andalusia", "Andalucía", "Andaluzia"]',
        # the same word in two lists of one file is not a repeat
        '[units]\nkilled = ["morti"]\n[casualties]\nkilled = ["morti"]',
        '[names.es]\nspain = ["España"]\n[names.ca]\nspain = ["España"]',
        # a word and a longer phrase holding it
        '[attribution]\nprefix = ["según", "según fuentes"]',
        # a one-item list, an empty list, a scalar
        '[numbers]\ndecimal = ","\nwords = ["zwei"]\nextra = []',
    ],
)
def test_distinct_items_are_not_reported(text: str) -> None:
    assert repeated_items(tomllib.loads(text)) == []
