"""A side's part of a toll is compared with another article's whole count of that side.

"Among the dead were six Italian tourists" picks the six out of the crash's
dead (``Claim.among``): a part, never compared with the whole toll. Yet
the part counts Italy's dead, and another article that gives Italy's dead
whole ("Eight Italians were killed") counts the same people: the two are
blocked together and compared (``align._quantity._side_part``), so six
against eight is a conflict. Not with a whole that names no side (the crash's
40 dead), and not with a whole of the part's own article, whose side often
comes from the part's words ("three Romanians among the 19 injured").
"""

from __future__ import annotations

import pytest

from crosscheck.align import _quantity

from ._articles import opposed, story_report

# The crash's toll with a side's part of it, then another outlet's whole count of that side.
SIDE = {
    "en": (
        "Forty people died when the bus fell into the gorge on Sunday, police said. Among "
        "the dead were six Italian tourists, according to the regional governor.",
        "Eight Italians were killed in the bus crash, Italy's foreign ministry said.",
    ),
    "fr": (
        "Quarante personnes sont mortes dimanche dans la chute du bus dans le ravin, selon "
        "la police. Parmi les morts figurent six touristes italiens, selon le gouverneur "
        "de la région.",
        "Huit Italiens ont été tués dans l'accident de bus de dimanche, a indiqué le "
        "ministère italien des Affaires étrangères.",
    ),
    "es": (
        "Cuarenta personas murieron el domingo al caer el autobús por el barranco, según "
        "la policía. Entre los muertos hay seis turistas italianos, según el gobernador "
        "regional.",
        "Ocho italianos murieron en el accidente de autobús del domingo, informó el "
        "Ministerio de Asuntos Exteriores italiano.",
    ),
    "it": (
        "Quaranta persone sono morte domenica nella caduta del pullman nel burrone, "
        "secondo la polizia. Tra i morti ci sono sei turisti italiani, secondo il "
        "governatore regionale.",
        "Otto italiani sono morti nell'incidente del pullman di domenica, ha detto il "
        "ministero degli Esteri.",
    ),
    "de": (
        "Vierzig Menschen sind am Sonntag beim Sturz des Busses in die Schlucht ums Leben "
        "gekommen, teilte die Polizei mit. Unter den Toten sind sechs italienische "
        "Touristen, sagte der Regionalgouverneur.",
        "Acht Italiener sind bei dem Busunglück am Sonntag getötet worden, teilte das "
        "italienische Außenministerium mit.",
    ),
    "pt": (
        "Quarenta pessoas morreram no domingo na queda do autocarro na ravina, segundo a "
        "polícia. Entre os mortos estão seis turistas italianos, segundo o governador "
        "regional.",
        "Oito italianos morreram no acidente de autocarro de domingo, informou o "
        "Ministério dos Negócios Estrangeiros italiano.",
    ),
}


def _lows(language: str, texts: tuple[str, ...]) -> set[frozenset[object]]:
    rep = story_report([("2025-06-02", language, t) for t in texts], "bus")
    return opposed(rep, lambda c: c.low)


@pytest.mark.parametrize("language", sorted(SIDE))
def test_a_sides_part_conflicts_with_its_whole_count_elsewhere(language: str) -> None:
    assert frozenset((6, 8)) in _lows(language, SIDE[language])


@pytest.mark.parametrize("language", ["en", "es", "de"])
def test_a_sides_part_is_no_rival_of_a_whole_naming_no_side(language: str) -> None:
    # must-NOT: another outlet's whole toll names no side; six of them is no rival of it
    other = {
        "en": "Forty-two people were killed in the bus crash, the health ministry said.",
        "es": "Cuarenta y dos personas murieron en el accidente, informó el Ministerio de Salud.",
        "de": "42 Menschen starben bei dem Busunglück, teilte das Gesundheitsministerium mit.",
    }
    lows = _lows(language, (SIDE[language][0], other[language]))
    assert frozenset((6, 42)) not in lows


def test_a_sides_part_is_no_rival_of_its_own_articles_whole() -> None:
    # must-NOT: the headline gives the whole beside the side's part; the whole is everyone
    text = (
        "Three Romanians among the 19 injured in cable car crash\n\n"
        "Nineteen people were injured when a cable car cabin hit a pylon on Saturday, police "
        "said. Among the injured were three Romanian tourists, the foreign ministry said."
    )
    other = "Three Romanians were injured in the cable car crash, Romania's foreign ministry said."
    rep = story_report([("2025-02-15", "en", text), ("2025-02-15", "en", other)], "cable")
    assert frozenset((3, 19)) not in opposed(rep, lambda c: c.low)
    # the body's part and the headline's 19 (given the side by the part's own words) are
    # still a part and its whole; the other article's whole count of Romanians is not
    claims = {c.text: c for c in rep.claims if c.kind == "quantity"}
    part, headline = claims["three"], claims["19 injured"]
    assert part.among or part.part_of
    assert _quantity._part_vs_whole(part, headline)
    assert not _quantity._part_vs_whole(part, claims["Three Romanians were injured"])
