"""Rival estimates of one day: how the judge tells them from a count updated within it.

Two sources' figures of one day are sides of a conflict when no value can
satisfy both ("about 60" and "more than 70" missing); a vague figure beside
them ("dozens") fits both and stands on neither side, and must not keep the
rival figure off its side either.
"""

from __future__ import annotations

import attrs
import pytest

import crosscheck
from crosscheck import Article
from crosscheck.judge import judge_group

from .test_judge import _claim, _hedged


def _open(ident: str, low: float, qualifier: str, **fields: object) -> crosscheck.Claim:
    return attrs.evolve(_claim(ident, low, None, **fields), qualifier=qualifier, high=None)


@pytest.mark.parametrize("order", [("a#q1", "a#q2", "a#q3"), ("a#q3", "a#q2", "a#q1")])
def test_a_vague_figure_does_not_keep_a_rival_open_count_off_its_side(
    order: tuple[str, str, str],
) -> None:
    # "dozens" fits "about 60" and "over 70": it bridges them and stands on
    # neither side, whatever the order the figures are read in.
    about, dozens, over = order
    day = {"published": "2025-06-19", "unit": "missing"}
    finding = judge_group(
        [
            attrs.evolve(_hedged(about, 60), attributed_to="IOM", **day),
            _open(dozens, 12, "vague", **day),
            _open(over, 70, "over", attributed_to="MSF", **day),
        ]
    )
    assert finding is not None
    assert finding.kind == "conflict"
    assert sorted(s.claims for s in finding.sides) == sorted([(about,), (over,)])


def test_an_open_count_that_fits_the_estimate_is_no_rival() -> None:
    day = {"published": "2025-06-19", "unit": "missing"}
    finding = judge_group(
        [
            attrs.evolve(_hedged("a#q1", 60), attributed_to="IOM", **day),
            _open("a#q2", 12, "vague", **day),
            _open("a#q3", 50, "over", attributed_to="MSF", **day),
        ]
    )
    assert finding is not None
    assert not finding.sides


_RIVAL_MISSING = {
    "fr": (
        "Des dizaines de personnes sont portées disparues après le naufrage d'un bateau de "
        "migrants. L'Organisation internationale pour les migrations (OIM) parle d'une "
        "soixantaine de disparus, tandis que Médecins sans frontières évoque plus de {n} disparus."
    ),
    "en": (
        "Dozens of people are missing after a migrant boat sank. The International Organization "
        "for Migration said about 60 people were missing, while Doctors Without Borders put the "
        "number of missing at more than {n}."
    ),
    "es": (
        "Decenas de personas siguen desaparecidas tras el naufragio de una embarcación de "
        "migrantes. La Organización Internacional para las Migraciones (OIM) habla de unos 60 "
        "desaparecidos, mientras que Médicos Sin Fronteras cifra en más de {n} los desaparecidos."
    ),
    "it": (
        "Decine di persone risultano disperse dopo il naufragio di un barcone di migranti. "
        "L'Organizzazione internazionale per le migrazioni (Oim) parla di circa 60 dispersi, "
        "mentre Medici senza frontiere ne conta più di {n} dispersi."
    ),
}


def _missing_findings(lang: str, n: int) -> list[crosscheck.Finding]:
    text = _RIVAL_MISSING[lang].format(n=n)
    article = Article(id=f"{lang}-1", language=lang, published="2025-06-19", text=text)
    rep = crosscheck.report([article])
    return [f for f in rep.findings if f.claim_kind == "quantity" and f.unit == "missing"]


@pytest.mark.parametrize("lang", sorted(_RIVAL_MISSING))
def test_rival_estimates_of_the_missing_beside_a_vague_count_conflict(lang: str) -> None:
    found = _missing_findings(lang, 70)
    conflicts = [f for f in found if f.kind == "conflict"]
    assert len(conflicts) == 1, [(f.kind, [c.text for c in f.claims]) for f in found]
    assert len(conflicts[0].sides) == 2


@pytest.mark.parametrize("lang", sorted(_RIVAL_MISSING))
def test_a_floor_the_estimate_meets_beside_a_vague_count_is_no_conflict(lang: str) -> None:
    found = _missing_findings(lang, 50)
    assert not [f for f in found if f.kind == "conflict"]
