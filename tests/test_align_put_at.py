"""A second source that puts "it" at another figure reads the same quantity.

"The insurer valued the stolen paintings at 30 million euros, while the
minister put it at about 18 million": the pronoun stands for the quantity the
sentence already named, so the two sums are two sources' readings of one
quantity (``[toll_nouns] put_at``, ``align._quantity._contested``), not two
sums of money that nothing ties together. A sum of money is compared only on
such evidence; without it (the minister naming a sum of her own) the two stay
apart.
"""

from __future__ import annotations

import pytest

import crosscheck

from ._articles import opposed, story_report

# A museum theft: the insurer's value of the haul, then a second source's reading of
# it by a verb of estimating and an object pronoun (the noun is not repeated).
PUT_AT = {
    "en": (
        "Burglars took six paintings from the city gallery on Sunday. According to the "
        "insurer, the stolen works are worth 30 million euros, while the culture minister "
        "put it at about 18 million."
    ),
    "fr": (
        "Des cambrioleurs ont emporté six tableaux de la galerie municipale dimanche. "
        "L'assureur évalue le butin à 30 millions d'euros, mais la ministre de la Culture "
        "l'estime à environ 18 millions."
    ),
    "es": (
        "Unos ladrones se llevaron seis cuadros de la galería municipal el domingo. La "
        "aseguradora valoró el botín en 30 millones de euros, y la ministra de Cultura lo "
        "estima en unos 18 millones."
    ),
    "it": (
        "I ladri hanno portato via sei quadri dalla galleria civica domenica. Secondo la "
        "compagnia assicurativa, il bottino vale 30 milioni di euro, ma la ministra della Cultura "
        "lo stima in circa 18 milioni."
    ),
    "de": (
        "Einbrecher haben am Sonntag sechs Gemälde aus der städtischen Galerie gestohlen. "
        "Der Versicherer bezifferte die Beute auf 30 Millionen Euro, die Kulturministerin "
        "schätzt sie auf rund 18 Millionen Euro."
    ),
    "nl": (
        "Inbrekers hebben zondag zes schilderijen uit de stedelijke galerie gestolen. De "
        "verzekeraar schat de buit op 30 miljoen euro, de minister van Cultuur houdt het op "
        "ongeveer 18 miljoen euro."
    ),
    "pt": (
        "Ladrões levaram seis quadros da galeria municipal no domingo. Segundo a "
        "seguradora, o saque vale 30 milhões de euros, mas a ministra da Cultura estima-o "
        "em cerca de 18 milhões."
    ),
    "ru": (
        "В воскресенье грабители вынесли из городской галереи шесть картин. По данным "
        "страховщика, украденное стоит 30 миллионов евро, а министр культуры "
        "оценивает его в 18 миллионов."
    ),
    "pl": (
        "W niedzielę złodzieje wynieśli z miejskiej galerii sześć obrazów. Według "
        "ubezpieczyciela łup jest wart 30 mln euro, a minister kultury szacuje go "
        "na około 18 mln euro."
    ),
}


def _sums(rep: crosscheck.Report, article: str) -> list[float]:
    return sorted(
        float(c.low)
        for c in rep.claims
        if c.article == article and c.unit == "eur" and c.low is not None
    )


@pytest.mark.parametrize("language", sorted(PUT_AT))
def test_a_pronoun_reading_of_a_sum_is_its_rival(language: str) -> None:
    rep = story_report([("2025-03-02", language, PUT_AT[language])], "heist")
    assert _sums(rep, "a0") == [18_000_000, 30_000_000]
    assert frozenset((18_000_000, 30_000_000)) in opposed(rep, lambda c: float(c.low or 0))


# must-NOT: the second source names a sum of its own (a reward, a fund), no pronoun
# stands for the first: two sums nothing ties together, no conflict.
OWN_SUM = {
    "en": (
        "Burglars took six paintings from the city gallery on Sunday. The insurer valued "
        "the stolen works at 30 million euros, while the culture minister announced a "
        "fund of 18 million for museum security."
    ),
    "fr": (
        "Des cambrioleurs ont emporté six tableaux de la galerie municipale dimanche. "
        "L'assureur évalue le butin à 30 millions d'euros, et la ministre de la Culture a "
        "annoncé un fonds de 18 millions d'euros pour la sécurité des musées."
    ),
    "es": (
        "Unos ladrones se llevaron seis cuadros de la galería municipal el domingo. La "
        "aseguradora valoró el botín en 30 millones de euros, y la ministra de Cultura "
        "anunció un fondo de 18 millones para la seguridad de los museos."
    ),
}


@pytest.mark.parametrize("language", sorted(OWN_SUM))
def test_a_second_sum_of_its_own_is_no_rival(language: str) -> None:
    rep = story_report([("2025-03-02", language, OWN_SUM[language])], "heist")
    assert _sums(rep, "a0") == [18_000_000, 30_000_000]
    assert frozenset((18_000_000, 30_000_000)) not in opposed(rep, lambda c: float(c.low or 0))
