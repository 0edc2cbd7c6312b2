"""The number layer's forms beyond plain cardinals, in several languages.

Signs, fractions, mixed numbers, spelled decimals, collectives ("dozen"),
long scales, ratios and notation, each checked in whole-string mode
(``parse_quantity``) and, where running text has its own rule, in running
text (``find_quantities``). The sentences are written for these tests.
"""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import crosscheck

from .strategies import format_in, languages


def value(text: str, language: str) -> float | None:
    """The figure ``parse_quantity`` reads from the whole string, or None."""
    q = crosscheck.parse_quantity(text, language)
    if q is None:
        return None
    assert q.low == q.high, q
    return None if q.low is None else float(q.low)


def figures(text: str, language: str) -> list[float]:
    """The low bound of every quantity in running text."""
    return [float(q.low) for q in crosscheck.find_quantities(text, language) if q.low is not None]


def close(a: float | None, b: float) -> bool:
    return a is not None and math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


# --------------------------------------------------------------------------- #
# Signs
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("-7", "ro", -7),
        ("\u221212", "en", -12),  # the minus sign, not a hyphen
        ("-0,4", "it", -0.4),
        ("- 2.500", "de", -2500),  # a spaced sign opening the string
        ("minus 40", "en", -40),
        ("negative three hundred", "en", -300),
        ("meno tre", "it", -3),
        ("menos dos mil", "es", -2000),
        ("moins huit", "fr", -8),
        ("min zes", "nl", -6),
        ("minus zwölf", "de", -12),
        ("menos 15", "pt", -15),
        ("15 negativ", "ro", -15),
        ("minus one", "en", -1),  # the article-like "one" after a sign is the numeral
        ("min een", "nl", -1),
    ],
)
def test_a_sign_makes_the_figure_negative(text: str, language: str, expected: float) -> None:
    assert close(value(text, language), expected)


def test_a_negative_figure_in_running_text() -> None:
    assert figures("La temperatura è scesa a -4 gradi durante la notte.", "it") == [-4]
    assert figures("Growth was -0.8 percent in the third quarter.", "en") == [-0.8]


@pytest.mark.parametrize(
    ("text", "language", "low", "high"),
    [
        ("The talks lasted 10-15 days.", "en", 10, 15),
        ("Temperatures ranged between -5 and 10 degrees.", "en", -5, 10),
    ],
)
def test_a_hyphen_between_figures_is_still_a_range(
    text: str, language: str, low: float, high: float
) -> None:
    (q,) = crosscheck.find_quantities(text, language)
    assert (q.low, q.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "language", "low"),
    [
        ("Pelo menos 7 soldados morreram.", "pt", 7),
        ("Au moins 9 soldats ont été tués.", "fr", 9),
        ("Al menos 4 soldados murieron.", "es", 4),
    ],
)
def test_a_sign_word_inside_a_qualifier_is_the_qualifier(
    text: str, language: str, low: int
) -> None:
    (q,) = crosscheck.find_quantities(text, language)
    assert (q.low, q.high, q.qualifier) == (low, None, "at_least")


# --------------------------------------------------------------------------- #
# Digit notation
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (".25", "en", 0.25),
        (",5", "it", 0.5),
        ("2.5e3", "en", 2500),
        ("4,1e-2", "it", 0.041),
        ("1.2x10^3", "en", 1200),
        ("2^10", "en", 1024),
        ("12,34,567", "en", 1234567),  # lakh grouping
        ("0.683", "es", 0.683),  # a group separator after a lone zero is a decimal point
        ("3M", "it", 3_000_000),
        ("1,5G", "fr", 1_500_000_000),
        ("2,5b", "nl", 2_500_000_000),  # "b" only after decimals
    ],
)
def test_notation(text: str, language: str, expected: float) -> None:
    assert close(value(text, language), expected)


def test_a_figure_glued_to_a_network_name_is_not_an_amount() -> None:
    assert figures("The 5G network reached 3 million homes.", "en") == [3_000_000]


def test_a_comma_list_of_figures_is_several_figures() -> None:
    assert figures("See items 4,7,9,12 of the list.", "en") == [4, 7, 9, 12]


# --------------------------------------------------------------------------- #
# Fractions
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("1/4", "en", 0.25),
        ("-3/8", "fr", -0.375),
        ("2 3/8", "en", 2.375),
        ("5 e 1/2", "it", 5.5),
        ("½", "de", 0.5),
        ("3¾", "pt", 3.75),
        ("three eighths", "en", 0.375),
        ("a tenth", "en", 0.1),
        ("seven hundredths", "en", 0.07),
        ("two twenty-fifths", "en", 0.08),
        ("due quinti", "it", 0.4),
        ("un ventesimo", "it", 0.05),
        ("trois quarts", "fr", 0.75),
        ("un vingtième", "fr", 0.05),
        ("dos tercios", "es", 2 / 3),
        ("tres veinteavos", "es", 0.15),
        ("três quintos", "pt", 0.6),
        ("dois doze avos", "pt", 2 / 12),
        ("twee vijfde", "nl", 0.4),
        ("drie achtsten", "nl", 0.375),
        ("drei Viertel", "de", 0.75),
        ("dreiviertel", "de", 0.75),
        ("două treimi", "ro", 2 / 3),
        ("un sfert", "ro", 0.25),
    ],
)
def test_fractions(text: str, language: str, expected: float) -> None:
    assert close(value(text, language), expected)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("twenty fifth", "en"),  # 25th, not 20/5
        ("twenty-fifth", "en"),
        ("il quarto", "it"),
        ("le vingt-cinquième", "fr"),
    ],
)
def test_an_ordinal_is_not_a_fraction(text: str, language: str) -> None:
    q = crosscheck.parse_quantity(text, language)
    assert q is None or q.kind == "ordinal"


def test_fractions_in_running_text() -> None:
    assert figures("Nearly two thirds of the 900 delegates voted.", "en")[0] == pytest.approx(2 / 3)
    assert figures("Un quart des électeurs s'est abstenu.", "fr") == [0.25]
    assert figures("2/3 of the seats went to the coalition.", "en")[0] == pytest.approx(2 / 3)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("He won a third term in office.", "en"),  # an ordinal after an article
        ("The 9/11 attacks changed the city.", "en"),  # a date, not 9/11
        ("Un mezzo blindato è arrivato.", "it"),  # "a vehicle"
        ("Llegó un medio de comunicación.", "es"),  # "a media outlet"
    ],
)
def test_no_fraction_where_the_words_mean_something_else(text: str, language: str) -> None:
    assert all(q.low is None or q.low >= 1 for q in crosscheck.find_quantities(text, language))


# --------------------------------------------------------------------------- #
# Mixed numbers and fractions of a multiplier
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("seven and a half", "en", 7.5),
        ("one hundred and two thirds", "en", 100 + 2 / 3),
        ("four hundred and seven tenths", "en", 400.7),
        ("quattro e mezzo", "it", 4.5),
        ("deux et demi", "fr", 2.5),
        ("tres y medio", "es", 3.5),
        ("seis con un cuarto", "es", 6.25),
        ("cinco e meio", "pt", 5.5),
        ("acht en een half", "nl", 8.5),
        ("tweeënhalf", "nl", 2.5),
        ("dreieinhalb", "de", 3.5),
        ("două și jumătate", "ro", 2.5),
        ("2 milioni e mezzo", "it", 2_500_000),
        ("four and a half million", "en", 4_500_000),
        ("6 million and a quarter", "en", 6_250_000),
        ("un miliardo e mezzo milione", "it", 1_000_500_000),
        ("anderthalb Millionen", "de", 1_500_000),
        ("een half miljoen", "nl", 500_000),
        ("half a billion", "en", 500_000_000),
        ("a quarter million", "en", 250_000),
        ("three quarters of a million", "en", 750_000),
        ("un demi-million", "fr", 500_000),
        ("medio millón", "es", 500_000),
        ("trois millions et demi", "fr", 3_500_000),
        ("dos millones y medio", "es", 2_500_000),
    ],
)
def test_mixed_numbers(text: str, language: str, expected: float) -> None:
    assert close(value(text, language), expected)


def test_a_mixed_number_in_running_text() -> None:
    (q,) = crosscheck.find_quantities("Il progetto costerà 2 miliardi e mezzo di euro.", "it")
    assert q.low == 2_500_000_000
    assert q.unit == "eur"


# --------------------------------------------------------------------------- #
# Spelled decimals
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("three point seven five", "en", 3.75),
        ("one point four billion", "en", 1_400_000_000),
        ("nought point six", "en", 0.6),
        ("point 5", "en", 0.5),
        ("cuatro coma dos", "es", 4.2),
        ("nove virgola zero sette", "it", 9.07),
        ("drei Komma fünf", "de", 3.5),
        ("zes komma twee", "nl", 6.2),
        ("un virgule cinq", "fr", 1.5),
    ],
)
def test_spelled_decimals(text: str, language: str, expected: float) -> None:
    assert close(value(text, language), expected)


def test_point_as_a_noun_is_not_a_decimal_point() -> None:
    assert figures("At one point two people climbed the fence.", "en") == [1, 2]
    assert figures("Inflation hit three point one percent.", "en") == [3.1]


# --------------------------------------------------------------------------- #
# Collectives and scales after figures
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("four dozen", "en", 48),
        ("a dozen", "en", 12),
        ("half a dozen", "en", 6),
        ("tre dozzine", "it", 36),
        ("mezza dozzina", "it", 6),
        ("cinq douzaines", "fr", 60),
        ("dos docenas", "es", 24),
        ("meia dúzia", "pt", 6),
        ("zwei Dutzend", "de", 24),
        ("vier dozijn", "nl", 48),
        ("patru zeci", "ro", 40),
        ("5 hundred", "en", 500),
        ("7 sute", "ro", 700),
        ("3 thousand 2 hundred and 5", "en", 3205),
        ("2 mil millones", "es", 2_000_000_000),
        ("dos mil millones", "es", 2_000_000_000),
        ("mil milhões", "pt", 1_000_000_000),
        ("mille milliards", "fr", 1_000_000_000_000),
        ("five lakh crore", "en", 5 * 10**12),
        ("quatre vingt dix neuf", "fr", 99),  # written without hyphens
    ],
)
def test_collectives_and_scales(text: str, language: str, expected: float) -> None:
    assert close(value(text, language), expected)


def test_a_collective_needs_a_numeral_in_running_text() -> None:
    assert figures("The couple said they would appeal.", "en") == []
    assert figures("It took a couple of weeks.", "en") == [2]


def test_a_coin_after_a_small_figure_is_not_a_hundred() -> None:
    assert figures("Le ticket coûte 50 cents.", "fr") == [50]
    assert value("322 cents", "fr") == 32200


# --------------------------------------------------------------------------- #
# Ratios
# --------------------------------------------------------------------------- #


# A division ("over") is its quotient; a part of a whole ("sur", "op de", "out of") is
# a share of it, in percent, to one decimal (extract._quantities._shares_of_one_in_n).
@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("one over four", "en", 0.25),
        ("uno su quattro", "it", 25),
        ("un sur cinq", "fr", 20),
        ("1 op de 4", "nl", 25),
        ("dos sobre cinco", "es", 40),
    ],
)
def test_ratios(text: str, language: str, expected: float) -> None:
    assert close(value(text, language), expected)


def test_ratios_in_running_text() -> None:
    assert figures("Two out of three voters backed the plan.", "en")[0] == pytest.approx(66.7)
    # "over" with years after it is a period, not a division
    assert figures("Kyiv will get $3 billion over 2 years.", "en") == [3_000_000_000, 2]
    # a part of a whole is not larger than the whole
    assert figures("Il y a neuf sur deux.", "fr") == [9, 2]


# --------------------------------------------------------------------------- #
# "one" as a word, not a figure
# --------------------------------------------------------------------------- #


def test_one_after_a_determiner_is_a_pronoun() -> None:
    assert figures("Which one did the minister mean?", "en") == []
    assert figures("One of the soldiers was wounded.", "en") == [1]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Compró solo una casa en la ciudad.", "es"),
        ("Un seul soldat est resté.", "fr"),
        ("Ne ho visto uno.", "it"),
    ],
)
def test_an_article_that_means_one(text: str, language: str) -> None:
    assert figures(text, language) == [1]


def test_a_lone_article_is_still_no_count() -> None:
    assert figures("Un diplomat a trimis o scrisoare.", "ro") == []
    assert figures("A letter arrived.", "en") == []


def test_a_figure_restated_in_brackets_is_one_figure() -> None:
    (q,) = crosscheck.find_quantities("The lease runs for thirty (30) days.", "en")
    assert q.low == 30
    assert q.unit == "days"


@pytest.mark.parametrize(("text", "expected"), [("nici unul", 0), ("nicio", 0), ("unul", 1)])
def test_answers_that_are_numbers_only_alone(text: str, expected: int) -> None:
    assert value(text, "ro") == expected
    assert figures(f"Nu există {text} argument.", "ro") == []


def test_a_half_after_a_qualifier() -> None:
    (q,) = crosscheck.find_quantities("More than half of the ballots were counted.", "en")
    assert q.low == 0.5
    assert q.qualifier == "over"
    assert figures("In the second half of the year prices fell.", "en") == []


# --------------------------------------------------------------------------- #
# Properties
# --------------------------------------------------------------------------- #


@given(st.integers(min_value=1, max_value=999_999_999), languages)
def test_a_minus_sign_negates_any_figure(n: int, language: str) -> None:
    q = crosscheck.parse_quantity("-" + format_in(n, language), language)
    assert q is not None
    assert q.low == q.high == -n


@given(
    st.integers(min_value=2, max_value=999).flatmap(
        lambda q: st.tuples(st.integers(min_value=1, max_value=q - 1), st.just(q))
    ),
    languages,
)
def test_a_proper_digit_fraction_is_its_quotient(pq: tuple[int, int], language: str) -> None:
    # "6/3" or "1/1" read as whole numbers look like dates and are left to the date rules
    p, q = pq
    parsed = crosscheck.parse_quantity(f"{p}/{q}", language)
    assert parsed is not None
    assert parsed.low is not None
    assert Fraction(parsed.low).limit_denominator(1000) == Fraction(p, q)


# What may follow digits: words that read on (joiners, ratio and fraction words,
# denominators), nouns, punctuation and other figures.
_AFTER_DIGITS = {
    "en": ["and", "a", "half", "out", "of", "over", "thirds", "people", "/", "4", "1/4", "million"],
    "fr": ["et", "demi", "sur", "tiers", "personnes", "/", "4", "1/4", "millions"],
    "es": ["y", "medio", "de", "cada", "tercios", "personas", "/", "4", "1/4", "millones"],
}


@pytest.mark.parametrize("code", sorted(_AFTER_DIGITS))
@given(data=st.data())
def test_digits_read_alike_with_and_without_the_plain_cardinal_shortcut(
    code: str, data: st.DataObject
) -> None:
    from crosscheck._fold import fold
    from crosscheck.extract import _numerals
    from crosscheck.lang import get_language

    words = data.draw(st.lists(st.sampled_from(["3", "12", *_AFTER_DIGITS[code]]), max_size=6))
    text = " ".join(words)
    lang = get_language(code)

    def scan() -> list[_numerals.Atom]:
        return _numerals._Parser(text, fold(text), lang, full=False).scan()

    fast = scan()
    with pytest.MonkeyPatch.context() as m:
        m.setattr(_numerals._Parser, "_digits_end", lambda self, i, k: False)
        assert scan() == fast
