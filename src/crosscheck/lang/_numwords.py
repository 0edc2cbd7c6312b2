"""The number words beyond plain cardinals: signs, fractions, decimals, collectives.

A language file's ``[numbers]`` section lists the cardinal words ("twenty",
"hundred", "million") that :class:`~crosscheck.lang.LanguageData` compiles
directly. This module compiles the rest of that section, the words that turn
a cardinal into a signed, fractional or decimal figure:

* ``signs`` / ``signs_after``: "minus 5", "negative five", "3 negativ";
* ``decimal_words``: "two point two", "dos coma cinco", "zwei Komma drei";
* ``[numbers.fractions]`` / ``[numbers.fractions_plural]``: denominators,
  "two thirds", "tre quarti", "un sfert"; ``fraction_endings`` derive the rest
  from a cardinal stem ("venticinqu-esimi", "eenentwintig-ste");
* ``mixed_joiners``: the word between a whole and its fraction in "one
  hundred and three quarters" (the language's plain joiners work for "three
  and a half");
* ``fraction_connectors`` / ``ratio_connectors``: "one over three", "3 out
  of 4", "1 op de 3";
* ``[numbers.collectives]``: nouns that multiply the figure before them,
  "three dozen", "șapte zeci";
* ``[numbers.fractional]``: words that name a non-whole number, "anderhalf";
* ``cased_suffixes``: abbreviations matched as written, "3M", "10G";
* ``[numbers.alone]``: words that are a number only as a whole answer.

Everything is folded (lower case, no diacritics) except ``cased_suffixes``
and ``glued_names``, which are compared as written.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from typing import Any

import attrs

from .._fold import fold


def _words(raw: Any) -> frozenset[str]:
    return frozenset(fold(str(x)) for x in (raw or ()))


def _ints(raw: Any) -> dict[str, int]:
    return {fold(str(k)): int(v) for k, v in (raw or {}).items()}


@attrs.frozen
class NumeralWords:
    """The ``[numbers]`` keys read by :mod:`crosscheck.extract._numerals`.

    See the module docstring for what each key means; the defaults make a
    language without these keys behave as before they existed.
    """

    signs: frozenset[str] = frozenset()
    signs_after: frozenset[str] = frozenset()
    decimal_words: frozenset[str] = frozenset()
    mixed_joiners: frozenset[str] = frozenset()
    # where the language's joiner may stand inside a cardinal: after "tens"
    # ("treinta y cinco"), "hundreds" ("hundred and three"), "thousands"
    # ("mil e quinhentos"); None means anywhere
    joiner_after: frozenset[str] | None = None
    # units a joiner may bring after tens ("vingt et un", not "vingt et trois")
    joined_units: frozenset[int] | None = None
    glue_joiners: tuple[str, ...] = ()
    fraction_connectors: tuple[tuple[str, ...], ...] = ()
    ratio_connectors: tuple[tuple[str, ...], ...] = ()
    # singular nouns a ratio may count between "one" and its connector ("one person in three")
    ratio_nouns: frozenset[str] = frozenset()
    fractions: Mapping[str, int] = attrs.field(factory=dict)
    fractions_plural: Mapping[str, int] = attrs.field(factory=dict)
    fraction_endings: tuple[str, ...] = ()
    fraction_endings_plural: tuple[str, ...] = ()
    fraction_stems: tuple[str, ...] = ("",)
    fraction_markers: frozenset[str] = frozenset()
    fraction_agreement: bool = False
    ordinal_after_tens: bool = False
    # "diez y seis": the teens may also be written as ten, joiner and unit
    joined_teens: bool = False
    # "cero tres": a zero word spoken before a unit is a leading zero ("03")
    zero_before_units: bool = False
    # "5 mil 300": digits below a thousand may follow the word for a thousand
    digits_after_thousand: bool = False
    attributive_fractions: frozenset[str] = frozenset()
    partitives: frozenset[str] = frozenset()
    collectives: Mapping[str, int] = attrs.field(factory=dict)
    fractional: Mapping[str, Fraction] = attrs.field(factory=dict)
    cased_suffixes: Mapping[str, int] = attrs.field(factory=dict)
    # read only after a figure with decimals ("1,2b"): "10b" may be a label
    decimal_suffixes: Mapping[str, int] = attrs.field(factory=dict)
    # "a hundred", "o sută"; French, Spanish, Italian, Portuguese say "cent",
    # "cien", "cento", "cem" alone, so "un cent" is a coin
    article_before_hundreds: bool = True
    # hundred words that after a figure below 100 name a coin ("50 cents"),
    # unless more of the number follows ("3 cents et 21")
    coin_hundreds: frozenset[str] = frozenset()
    # "more than half", "plus de la moitié": a half with no numeral, read
    # after a qualifier only ("the second half of the year" is none)
    half_nouns: tuple[tuple[str, ...], ...] = ()
    glued_names: frozenset[str] = frozenset()
    alone: Mapping[str, int] = attrs.field(factory=dict)
    pronoun_after: frozenset[str] = frozenset()
    one_after: frozenset[str] = frozenset()
    one_before: frozenset[str] = frozenset()


def numeral_words(numbers: Mapping[str, Any]) -> NumeralWords:
    """Compile the extra keys of a ``[numbers]`` section (see :class:`NumeralWords`)."""
    joiner_after = numbers.get("joiner_after")
    joined_units = numbers.get("joined_units")
    return NumeralWords(
        signs=_words(numbers.get("signs")),
        signs_after=_words(numbers.get("signs_after")),
        decimal_words=_words(numbers.get("decimal_words")),
        mixed_joiners=_words(numbers.get("mixed_joiners")),
        joiner_after=None if joiner_after is None else frozenset(str(x) for x in joiner_after),
        joined_units=None if joined_units is None else frozenset(int(x) for x in joined_units),
        glue_joiners=tuple(fold(str(x)) for x in numbers.get("glue_joiners", ())),
        fraction_connectors=tuple(
            tuple(fold(str(c)).split()) for c in numbers.get("fraction_connectors", ())
        ),
        ratio_connectors=tuple(
            tuple(fold(str(c)).split()) for c in numbers.get("ratio_connectors", ())
        ),
        ratio_nouns=frozenset(fold(str(w)) for w in numbers.get("ratio_nouns", ())),
        fractions=_ints(numbers.get("fractions")),
        fractions_plural=_ints(numbers.get("fractions_plural")),
        fraction_endings=tuple(
            sorted(_words(numbers.get("fraction_endings")), key=lambda e: (-len(e), e))
        ),
        fraction_endings_plural=tuple(_words(numbers.get("fraction_endings_plural"))),
        fraction_stems=tuple(fold(str(x)) for x in numbers.get("fraction_stems", [""])),
        fraction_markers=_words(numbers.get("fraction_markers")),
        fraction_agreement=bool(numbers.get("fraction_agreement", False)),
        ordinal_after_tens=bool(numbers.get("ordinal_after_tens", False)),
        joined_teens=bool(numbers.get("joined_teens", False)),
        zero_before_units=bool(numbers.get("zero_before_units", False)),
        digits_after_thousand=bool(numbers.get("digits_after_thousand", False)),
        attributive_fractions=_words(numbers.get("attributive_fractions")),
        partitives=_words(numbers.get("partitives")),
        collectives=_ints(numbers.get("collectives")),
        fractional={
            fold(str(k)): Fraction(str(v)) for k, v in numbers.get("fractional", {}).items()
        },
        cased_suffixes={str(k): int(v) for k, v in numbers.get("cased_suffixes", {}).items()},
        decimal_suffixes=_ints(numbers.get("decimal_suffixes")),
        article_before_hundreds=bool(numbers.get("article_before_hundreds", True)),
        coin_hundreds=_words(numbers.get("coin_hundreds")),
        half_nouns=tuple(tuple(fold(str(c)).split()) for c in numbers.get("half_nouns", ())),
        glued_names=frozenset(str(x) for x in numbers.get("glued_names", ())),
        alone=_ints(numbers.get("alone")),
        pronoun_after=_words(numbers.get("pronoun_after")),
        one_after=_words(numbers.get("one_after")),
        one_before=_words(numbers.get("one_before")),
    )
