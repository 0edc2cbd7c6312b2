"""A second source's figure that an article sets against a first source's in words is a
rival reading of one quantity, whatever its unit concept (align/_quantity.py
``_contested``, ``mark_contested``).

Sums of money, weights and shares are attribute figures: the aligner compares two of
them only with evidence that they are one quantity. An article that gives one
source's sum and then, in the same sentence or the next, another source's sum of the
same unit with a word of contrast between them ("however", "en revanche",
"dagegen") or a count noun in that source's clause ("the real figure was", "eleva
la cifra a") says so itself: the two are compared and set against each other.
Not a second sum with no such word (a sum asked and a sum offered), nor one of
another day.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck.claims import Claim

from ._articles import opposed, story_report

# One article: the prosecutor's value of a seized cargo, then a union's much higher one.
CONTESTED = {
    "en": (
        "The seized cargo was worth 300 million euros, the prosecutor's office said on "
        "Monday. The dockers' union, however, said it was worth more than 900 million euros."
    ),
    "en-noun": (
        "The seized cargo was worth 300 million euros, the prosecutor's office said on "
        "Monday. The dockers' union said the true figure was more than 900 million euros."
    ),
    "fr": (
        "Le parquet a estimé lundi la cargaison saisie à 300 millions d'euros. Le syndicat "
        "des dockers avance en revanche plus de 900 millions d'euros."
    ),
    "de": (
        "Die Staatsanwaltschaft bezifferte den Wert der Ladung am Montag auf 300 Millionen "
        "Euro. Die Hafengewerkschaft spricht dagegen von mehr als 900 Millionen Euro."
    ),
    "es": (
        "La Fiscalía valoró el lunes la carga incautada en 300 millones de euros. El "
        "sindicato de estibadores eleva la cifra a más de 900 millones de euros."
    ),
    "it": (
        "La procura ha stimato lunedì il carico sequestrato in 300 milioni di euro. Il "
        "sindacato dei portuali parla invece di oltre 900 milioni di euro."
    ),
}


def _sums(report: crosscheck.Report, article: str = "a0") -> list[Claim]:
    return sorted(
        (c for c in report.claims if c.article == article and c.unit == "eur"),
        key=lambda c: c.start,
    )


@pytest.mark.parametrize("language", sorted(CONTESTED))
def test_contested_sums_are_compared_and_conflict(language: str) -> None:
    lang = language.split("-")[0]
    rep = story_report([("2025-03-10", lang, CONTESTED[language])], "cargo")
    first, second = _sums(rep)
    assert (first.low, second.low) == (300_000_000, 900_000_000)
    assert first.source_id
    assert second.source_id
    assert first.source_id != second.source_id
    assert rep.explain(first, second).same_group
    assert frozenset((first.text, second.text)) in opposed(rep)


def test_contested_sum_is_the_rival_in_another_article_too() -> None:
    # the German article sets the union's sum against the prosecutor's; an English
    # article gives only the prosecutor's: the two articles' figures are one quantity
    rows = [
        ("2025-03-10", "de", CONTESTED["de"]),
        (
            "2025-03-10",
            "en",
            "Prosecutors said on Monday the seized cargo was worth 300 million euros.",
        ),
    ]
    rep = story_report(rows, "cargo")
    (_, union) = _sums(rep, "a0")
    (prosecutor,) = _sums(rep, "a1")
    assert rep.explain(union, prosecutor).same_group


ASKED_AND_OFFERED = {
    # must-NOT: a sum asked and a sum offered, no word of contrast, no count noun
    "en": "The unions want 400 million euros. The ministry offered 250 million euros.",
    "fr": (
        "Les syndicats réclament 400 millions d'euros. Le ministère a proposé 250 millions d'euros."
    ),
    "de": (
        "Die Gewerkschaften fordern 400 Millionen Euro. Das Ministerium bot 250 Millionen Euro an."
    ),
    "es": (
        "Los sindicatos piden 400 millones de euros. El ministerio ofreció 250 millones de euros."
    ),
    "pt": "Os sindicatos pedem 400 milhões de euros. O ministério ofereceu 250 milhões de euros.",
}


@pytest.mark.parametrize("language", sorted(ASKED_AND_OFFERED))
def test_two_sums_with_no_word_between_them_stay_apart(language: str) -> None:
    rep = story_report([("2025-03-10", language, ASKED_AND_OFFERED[language])], "talks")
    asked, offered = _sums(rep)
    assert not rep.explain(asked, offered).same_group
    assert frozenset((asked.text, offered.text)) not in opposed(rep)


def test_contrast_between_two_days_is_no_rival_reading() -> None:
    # must-NOT: the word of contrast sets two days apart, each with its own date
    text = (
        "On Monday the prosecutors valued the cargo at 300 million euros, their office said. "
        "On Tuesday, however, the customs agency put it at 900 million euros."
    )
    rep = story_report([("2025-03-12", "en", text)], "cargo")
    first, second = _sums(rep)
    assert first.as_of != second.as_of
    assert frozenset((first.text, second.text)) not in opposed(rep)


BETWEEN = {
    # must-NOT: the word of contrast sets the ministry's 38 against the union's 92; the
    # 70 after it (a minimum service) is the next figure of neither
    "es": (
        "El sindicato cifra el seguimiento de la huelga en el 92 %, mientras que el "
        "ministerio lo rebaja al 38 % y recuerda que los servicios mínimos cubren el 70 %."
    ),
    "en": (
        "The union put turnout for the strike at 92%, while the ministry, however, put it "
        "at 38% and said minimum services covered 70% of flights."
    ),
}


@pytest.mark.parametrize("language", sorted(BETWEEN))
def test_a_figure_past_the_next_one_is_no_contested_reading(language: str) -> None:
    from crosscheck.align._quantity import mark_contested

    rep = story_report([("2025-07-18", language, BETWEEN[language])], "strike")
    shares = sorted(
        (c for c in rep.claims if c.unit == "percent" and c.article == "a0"),
        key=lambda c: c.start,
    )
    first, last = shares[0], shares[-1]
    assert (first.low, last.low) == (92, 70)
    marked = {c.id: c for c in mark_contested(rep.claims)}
    assert "70:70" not in marked[first.id].rival_readings
    assert "92:92" not in marked[last.id].rival_readings


# Italian "mentre" ("while", "whereas") sets a second source's sum against the first's in
# one sentence, as "mientras que" and "tandis que" do.
WHILE = {
    "ceiling": (
        "Il danno stimato dalla procura è di circa 40 milioni di euro, mentre gli avvocati "
        "parlano di non più di 8 milioni."
    ),
    "floor": (
        "La procura ha stimato il danno in 40 milioni di euro, mentre l'associazione degli "
        "agricoltori parla di oltre 90 milioni di euro."
    ),
}


@pytest.mark.parametrize("case", sorted(WHILE))
def test_italian_mentre_sets_a_rival_sum_against_the_first(case: str) -> None:
    rep = story_report([("2025-03-10", "it", WHILE[case])], "fraud")
    first, second = _sums(rep)
    assert first.source_id != second.source_id
    assert frozenset((first.text, second.text)) in opposed(rep)


def test_italian_mentre_between_a_sum_asked_and_one_offered_sets_nothing() -> None:
    # must-NOT: no source credited, a sum asked and a sum offered
    text = "I sindacati chiedono 400 milioni di euro, mentre il ministero ha offerto 250 milioni."
    rep = story_report([("2025-03-10", "it", text)], "talks")
    asked, offered = _sums(rep)
    assert frozenset((asked.text, offered.text)) not in opposed(rep)


# One article: the town's count of residents under an order, then the plant's owner's
# lower one. Both name one specific group (residents), so the second source's figure is
# a rival reading of the first, although a plain head count (align/_quantity.py
# ``_head_counts_apart``).
RESIDENTS = {
    "ca": (
        "Uns 25.000 veïns han de quedar-se a casa per l'incendi químic, segons l'Ajuntament. "
        "L'empresa propietària de la planta, en canvi, xifra en uns 18.000 els veïns afectats."
    ),
    "es": (
        "Unos 25.000 vecinos deben quedarse en casa por el incendio químico, según el "
        "Ayuntamiento. La empresa propietaria de la planta, en cambio, cifra en unos 18.000 "
        "los vecinos afectados."
    ),
    "fr": (
        "Quelque 25 000 habitants doivent rester chez eux après l'incendie chimique, selon la "
        "mairie. L'exploitant de l'usine avance en revanche le chiffre de 18 000 habitants."
    ),
    "it": (
        "Circa 25.000 residenti devono restare in casa dopo l'incendio chimico, secondo il "
        "Comune. Il gestore dell'impianto parla invece di circa 18.000 residenti."
    ),
    "pt": (
        "Cerca de 25 mil moradores devem ficar em casa após o incêndio químico, segundo a "
        "prefeitura. A empresa dona da fábrica, por outro lado, fala em cerca de 18 mil "
        "moradores."
    ),
}


def _heads(report: crosscheck.Report) -> list[Claim]:
    return sorted((c for c in report.claims if c.kind == "quantity"), key=lambda c: c.start)


@pytest.mark.parametrize("language", sorted(RESIDENTS))
def test_two_sources_counts_of_one_named_group_conflict(language: str) -> None:
    rep = story_report([("2025-03-10", language, RESIDENTS[language])], "fire")
    first, second = _heads(rep)
    assert first.unit == second.unit == "residents"
    assert first.source_id != second.source_id
    assert rep.explain(first, second).same_group
    assert frozenset((first.text, second.text)) in opposed(rep)


GENERIC_PEOPLE = {
    # must-NOT: "people" names no group; the second clause says who its people are
    "es": (
        "Unas 25.000 personas deben quedarse en casa por el incendio, según el Ayuntamiento. "
        "La Cruz Roja, en cambio, calcula que 4.000 personas necesitan alojamiento."
    ),
    "ca": (
        "Unes 25.000 persones han de quedar-se a casa per l'incendi, segons l'Ajuntament. La "
        "Creu Roja, en canvi, calcula que 4.000 persones necessiten allotjament."
    ),
}


@pytest.mark.parametrize("language", sorted(GENERIC_PEOPLE))
def test_two_sources_counts_of_people_stay_apart(language: str) -> None:
    rep = story_report([("2025-03-10", language, GENERIC_PEOPLE[language])], "fire")
    first, second = (c for c in _heads(rep) if c.low in (25_000, 4_000))
    assert frozenset((first.text, second.text)) not in opposed(rep)
    assert not rep.explain(first, second).same_group


def test_residents_of_two_days_are_no_rival_reading() -> None:
    # must-NOT: the second source's count is of another day
    text = (
        "Unos 25.000 vecinos debían quedarse en casa el lunes, según el Ayuntamiento. El "
        "miércoles, en cambio, la empresa cifró en 18.000 los vecinos afectados."
    )
    rep = story_report([("2025-03-12", "es", text)], "fire")
    first, second = _heads(rep)
    assert frozenset((first.text, second.text)) not in opposed(rep)


# The second source's head count of the group goes on to say what its people are: some of
# the group, not the group's number (align/_quantity.py ``_says_more``).
SOME_OF_THE_GROUP = {
    "en": (
        "The village has about 9,000 residents, according to the council. The power company, "
        "however, says about 2,500 residents are still without electricity."
    ),
    "es": (
        "El pueblo tiene unos 9.000 vecinos, según el ayuntamiento. La compañía eléctrica, en "
        "cambio, dice que unos 2.500 vecinos siguen sin luz."
    ),
    "de": (
        "Das Dorf hat rund 9.000 Einwohner, so die Gemeinde. Der Stromversorger sagt dagegen, "
        "rund 2.500 Einwohner seien weiter ohne Strom."
    ),
    "it": (
        "Il paese conta circa 9.000 residenti, secondo il Comune. La società elettrica, invece, "
        "dice che circa 2.500 residenti sono ancora senza corrente."
    ),
}


@pytest.mark.parametrize("language", sorted(SOME_OF_THE_GROUP))
def test_a_head_count_whose_clause_goes_on_is_no_rival(language: str) -> None:
    rep = story_report([("2025-03-10", language, SOME_OF_THE_GROUP[language])], "outage")
    first, second = (c for c in _heads(rep) if c.low in (9_000, 2_500))
    assert first.unit == second.unit == "residents"
    assert frozenset((first.text, second.text)) not in opposed(rep)


# must-NOT: a count that ends its clause, or has a participle after it, is still the
# group's number told by another source
GROUP_NUMBER = {
    "en": (
        "About 9,000 residents must boil their water, according to the council. The water "
        "company, however, puts the number at about 6,500 residents."
    ),
    "de": (
        "Rund 9.000 Einwohner müssen ihr Wasser abkochen, so die Gemeinde. Der Wasserversorger "
        "spricht dagegen von rund 6.500 Einwohnern."
    ),
    "ca": (
        "Uns 9.000 veïns han de bullir l'aigua, segons l'Ajuntament. La companyia d'aigües, en "
        "canvi, xifra en uns 6.500 els veïns afectats."
    ),
}


@pytest.mark.parametrize("language", sorted(GROUP_NUMBER))
def test_a_head_count_that_ends_its_clause_is_a_rival(language: str) -> None:
    rep = story_report([("2025-03-10", language, GROUP_NUMBER[language])], "water")
    first, second = (c for c in _heads(rep) if c.low in (9_000, 6_500))
    assert first.unit == second.unit == "residents"
    assert frozenset((first.text, second.text)) in opposed(rep)


# A place or time phrase after the second head count says where or when, not what its
# people are: the count is still the group's number told by another source
# (align/_quantity.py ``_says_more``, ``_adjunct_openers``).
GROUP_NUMBER_WITH_PLACE = {
    "en": (
        "Some 8,000 residents have no heating, according to the council. The gas company, "
        "however, puts the number at some 5,500 residents in the old quarter."
    ),
    "it": (
        "Circa 8.000 residenti sono senza riscaldamento, secondo il Comune. La società del "
        "gas, invece, parla di circa 5.500 residenti nella zona vecchia."
    ),
    "de": (
        "Rund 8.000 Einwohner haben keine Heizung, so die Stadt. Der Gasversorger spricht "
        "dagegen von rund 5.500 Einwohnern im alten Viertel."
    ),
    "es": (
        "Unos 8.000 vecinos no tienen calefacción, según el Ayuntamiento. La compañía del "
        "gas, en cambio, habla de unos 5.500 vecinos en el casco antiguo."
    ),
}


@pytest.mark.parametrize("language", sorted(GROUP_NUMBER_WITH_PLACE))
def test_a_head_count_with_a_place_phrase_is_a_rival(language: str) -> None:
    rep = story_report([("2025-03-10", language, GROUP_NUMBER_WITH_PLACE[language])], "gas")
    first, second = (c for c in _heads(rep) if c.low in (8_000, 5_500))
    assert first.unit == second.unit == "residents"
    assert frozenset((first.text, second.text)) in opposed(rep)
