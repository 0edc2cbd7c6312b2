"""Two sources' counts in one sentence: each figure takes the credit of its own clause.

"Según el sindicato marcharon 12.000 personas y según la policía, 3.000": organisers
against police, union against ministry. Each figure's credit stands right before it
(a credit prefix, or "X spoke of" with an elliptical second clause "die Polizei von
3.000"), so the two figures are two sources' readings of one crowd and conflict. One
source splitting a count ("12 in Derna and 3 in Bayda") stays one statement.
"""

from __future__ import annotations

import pytest

import crosscheck
from tests._articles import opposed, quantities

# (language, sentence, credit of the first figure, credit of the second)
TWO_SOURCES = [
    (
        "es",
        "Según el sindicato marcharon 12.000 personas y según la policía, 3.000.",
        "el sindicato",
        "la policía",
    ),
    (
        "es",
        "El sindicato habló de 12.000 manifestantes, la policía de 3.000.",
        "El sindicato",
        "la policía",
    ),
    (
        "de",
        "Die Gewerkschaft sprach von 12.000 Teilnehmern, die Polizei von 3.000.",
        "Die Gewerkschaft",
        "die Polizei",
    ),
    (
        "de",
        "Laut den Veranstaltern demonstrierten 12.000 Menschen, laut Polizei 3.000.",
        "den Veranstaltern",
        "Polizei",
    ),
    (
        "nl",
        "Volgens de organisatie liepen 12.000 mensen mee, volgens de politie 3.000.",
        "de organisatie",
        "de politie",
    ),
    (
        "ro",
        "Potrivit sindicatelor, au mărșăluit 12.000 de oameni, iar potrivit poliției 3.000.",
        "sindicatelor",
        "poliției",
    ),
    (
        "it",
        "Per gli organizzatori erano 12.000 i manifestanti, per la questura 3.000.",
        "gli organizzatori",
        "la questura",
    ),
    (
        "it",
        "Secondo gli organizzatori hanno sfilato 12.000 persone, secondo la questura 3.000.",
        "gli organizzatori",
        "la questura",
    ),
    (
        "en",
        "Some 12,000 people marched according to organisers, 3,000 according to police.",
        "organisers",
        "police",
    ),
    (
        "en",
        "According to the union, 12,000 people marched, and according to police, 3,000.",
        "the union",
        "police",
    ),
    ("en", "The union spoke of 12,000 marchers, the police of 3,000.", "The union", "the police"),
    (
        "fr",
        "Selon les syndicats, 12 000 personnes ont défilé, selon la police 3 000.",
        "les syndicats",
        "la police",
    ),
    (
        "fr",
        "Le syndicat a parlé de 12 000 manifestants, la police de 3 000.",
        "Le syndicat",
        "la police",
    ),
    (
        "pt",
        "Segundo o sindicato, desfilaram 12.000 pessoas e segundo a polícia, 3.000.",
        "o sindicato",
        "a polícia",
    ),
    (
        "pl",
        "Według związkowców w marszu wzięło udział 12 000 osób, a według policji 3 000.",
        "związkowców",
        "policji",
    ),
    (
        "ru",
        "По данным профсоюза, в шествии участвовали 12 000 человек, а по данным полиции — 3 000.",
        "профсоюза",
        "полиции",
    ),
    (
        "uk",
        "За даними профспілки, у марші взяли участь 12 000 людей, а за даними поліції — 3 000.",
        "профспілки",
        "поліції",
    ),
    ("ar", "وبحسب النقابة، شارك في المسيرة 12 ألف شخص، وبحسب الشرطة 3 آلاف.", "النقابة", "الشرطة"),
]

# "X spoke of N, Y of M": the elliptical clause repeats the verb's preposition.
SPOKE_OF = [
    ("it", "Il sindacato ha parlato di 12.000 manifestanti, la questura di 3.000.", "la questura"),
    ("ro", "Sindicatul a vorbit de 12.000 de manifestanți, poliția de 3.000.", "poliția"),
    ("nl", "De vakbond sprak van 12.000 betogers, de politie van 3.000.", "de politie"),
    ("pt", "O sindicato falou em 12.000 manifestantes, a polícia em 3.000.", "a polícia"),
    ("pl", "Związek mówił o 12 000 uczestników, policja o 3 000.", "policja"),
    ("ru", "Профсоюз говорил о 12 000 участников, полиция — о 3 000.", "полиция"),
    ("uk", "Профспілка говорила про 12 000 учасників, поліція — про 3 000.", "поліція"),
    ("en", "The union put turnout at 12,000, the police at 3,000.", "the police"),
]

# One source's count split between places or parts: one statement, no conflict.
ONE_SOURCE = [
    ("en", "Floods killed 1,700 people in one district and 500 in the other, the mayor said."),
    ("en", "According to the ministry, 12 people died in Derna and 3 in Bayda."),
    ("es", "Según el ministerio, murieron 12 personas en Derna y 3 en Bayda."),
    ("es", "Al menos 30 personas murieron, según el ministerio, 12 de ellas niños."),
    ("de", "Das Ministerium sprach von 12 Toten in Derna, in Bayda von 3."),
    ("de", "Laut Polizei starben 12 Menschen in Derna und 3 in Bayda."),
    ("nl", "Volgens de politie vielen 12 doden in Derna en 3 in Bayda."),
    ("it", "Per la protezione civile i morti sono 12 a Derna, 3 a Bayda."),
    ("fr", "Selon le ministère, 12 personnes sont mortes à Derna et 3 à Bayda."),
    ("ro", "Potrivit ministerului, 12 oameni au murit la Derna, iar 3 la Bayda."),
    ("pt", "Segundo o ministério, morreram 12 pessoas em Derna e 3 em Bayda."),
    ("pl", "Według ministerstwa w Dernie zginęło 12 osób, a w Baidzie 3."),
]


def _report(*rows: tuple[str, str]) -> crosscheck.Report:
    return crosscheck.report(
        [
            crosscheck.Article(id=f"a{i}", text=text, language=lang, published="2025-03-01")
            for i, (lang, text) in enumerate(rows)
        ]
    )


@pytest.mark.parametrize(("lang", "text", "first", "second"), TWO_SOURCES)
def test_each_figure_takes_the_credit_of_its_own_clause(
    lang: str, text: str, first: str, second: str
) -> None:
    claims = quantities(text, lang)
    assert [c.attributed_to for c in claims] == [first, second]


@pytest.mark.parametrize(("lang", "text", "first", "second"), TWO_SOURCES)
def test_the_elliptical_second_figure_counts_what_the_first_counts(
    lang: str, text: str, first: str, second: str
) -> None:
    claims = quantities(text, lang)
    assert claims[1].unit is not None
    assert claims[0].unit == claims[1].unit


@pytest.mark.parametrize(("lang", "text", "first", "second"), TWO_SOURCES)
def test_two_sources_in_one_sentence_conflict(
    lang: str, text: str, first: str, second: str
) -> None:
    report = _report((lang, text))
    claims = [c for c in report.claims if c.kind == "quantity"]
    assert opposed(report) == {frozenset(c.text for c in claims)}


@pytest.mark.parametrize(
    ("lang", "text", "other"),
    [
        ("es", TWO_SOURCES[0][1], "La policía contó 3.000 manifestantes en Madrid."),
        ("de", TWO_SOURCES[2][1], "Die Polizei zählte 3.000 Teilnehmer."),
        ("nl", TWO_SOURCES[4][1], "Volgens de politie liepen 3.000 mensen mee."),
        ("ro", TWO_SOURCES[5][1], "Poliția a numărat 3.000 de protestatari."),
        ("it", TWO_SOURCES[6][1], "La questura ha contato 3.000 manifestanti."),
        ("en", TWO_SOURCES[8][1], "Police counted 3,000 protesters."),
        ("fr", TWO_SOURCES[11][1], "La police a compté 3 000 manifestants."),
    ],
)
def test_a_second_article_sides_with_one_of_the_two_sources(
    lang: str, text: str, other: str
) -> None:
    report = _report((lang, text), (lang, other))
    pairs = opposed(report, lambda c: (c.article, c.low))
    assert any(("a0", 12_000) in pair and ("a1", 3_000) in pair for pair in pairs)
    assert not any(("a0", 3_000) in pair and ("a1", 3_000) in pair for pair in pairs)


@pytest.mark.parametrize(("lang", "text"), ONE_SOURCE)
def test_one_source_splitting_a_count_stays_one_statement(lang: str, text: str) -> None:
    claims = quantities(text, lang)
    assert len(claims) == 2
    assert claims[0].attributed_to == claims[1].attributed_to
    assert not _report((lang, text)).conflicts


def test_a_credit_after_a_figure_names_no_unit() -> None:
    """ "3,000 according to police": the noun of the credit counts nothing."""
    text = "Some 12,000 people marched according to organisers, 3,000 according to police."
    assert [c.unit for c in quantities(text, "en")] == ["protesters", "protesters"]


@pytest.mark.parametrize(("lang", "text", "second"), SPOKE_OF)
def test_an_elliptical_clause_after_a_comma_is_its_own_subjects(
    lang: str, text: str, second: str
) -> None:
    claims = quantities(text, lang)
    assert len(claims) == 2
    assert claims[1].attributed_to == second
    assert claims[0].attributed_to not in (None, second)
    assert claims[0].unit == claims[1].unit


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Polizei sprach am Montag von 45 Toten, am Dienstag von 60."),
        ("en", "The ministry spoke of 45 dead in the city, in the villages of 12."),
        ("es", "El ministerio habló de 45 muertos, en la capital de 30."),
    ],
)
def test_a_comma_clause_that_names_no_one_keeps_the_speaker(lang: str, text: str) -> None:
    claims = quantities(text, lang)
    assert len({c.attributed_to for c in claims}) == 1
