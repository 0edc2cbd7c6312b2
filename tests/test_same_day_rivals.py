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


# --- two bodies of two kinds, one figure each on one day --------------------------


def _toll(day: str, value: float, source: str | None, ident: str) -> crosscheck.Claim:
    return _claim(ident, value, published=day, source_id=source, attributed_to=source)


def test_an_agency_and_a_ministry_on_one_day_of_a_rising_toll_are_rivals() -> None:
    # 20 on Monday, 45 on Friday: 35 (WHO) and 38 (the ministry) on Wednesday lie
    # on the toll's course, yet an agency and a ministry each keep their own count.
    finding = judge_group(
        [
            _toll("2025-02-10", 20, "health_ministry", "a#q1"),
            _toll("2025-02-12", 35, "who", "b#q1"),
            _toll("2025-02-12", 38, "health_ministry", "c#q1"),
            _toll("2025-02-14", 45, "health_ministry", "d#q1"),
        ]
    )
    assert finding is not None
    assert finding.kind == "conflict"
    assert sorted(s.claims for s in finding.sides) == [("b#q1",), ("c#q1",)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("civil_protection", "health_ministry"),  # two government bodies: one toll relayed
        ("reuters", "health_ministry"),  # a wire relays
        (None, "health_ministry"),  # an unnamed source may relay either
    ],
)
def test_two_figures_of_one_day_stay_a_running_count_unless_bodies_of_two_kinds(
    first: str | None, second: str
) -> None:
    finding = judge_group(
        [
            _toll("2025-02-10", 20, "health_ministry", "a#q1"),
            _toll("2025-02-12", 35, first, "b#q1"),
            _toll("2025-02-12", 38, second, "c#q1"),
            _toll("2025-02-14", 45, "health_ministry", "d#q1"),
        ]
    )
    assert finding is not None
    assert not finding.sides
    assert "running_count" in finding.notes


def test_a_third_value_of_the_day_leaves_it_a_running_count() -> None:
    finding = judge_group(
        [
            _toll("2025-02-10", 20, "health_ministry", "a#q1"),
            _toll("2025-02-12", 35, "who", "b#q1"),
            _toll("2025-02-12", 38, "health_ministry", "c#q1"),
            _toll("2025-02-12", 41, "civil_protection", "e#q1"),
            _toll("2025-02-14", 45, "health_ministry", "d#q1"),
        ]
    )
    assert finding is not None
    assert not finding.sides


def _day(ident: str, lang: str, day: str, text: str) -> Article:
    return Article(id=ident, language=lang, published=day, text=text)


_MONDAY = _day(
    "m1",
    "en",
    "2025-02-10",
    "Cholera spreads in Malawi\n\nCholera has killed 20 people in Malawi since January, "
    "the Health Ministry said on Monday.",
)
_FRIDAY = _day(
    "f1",
    "es",
    "2025-02-14",
    "El cólera deja 45 muertos en Malaui\n\nEl cólera ha causado 45 muertes en Malaui desde "
    "enero, según el Ministerio de Salud.",
)
_WEDNESDAY = {
    "who_en": _day(
        "w1",
        "en",
        "2025-02-12",
        "WHO warns on Malawi cholera\n\nCholera has killed 35 people in Malawi since January, "
        "the World Health Organization said on Wednesday.",
    ),
    "who_es": _day(
        "w1",
        "es",
        "2025-02-12",
        "La OMS alerta sobre el cólera\n\nEl cólera ha causado 35 muertes en Malaui desde "
        "enero, según la Organización Mundial de la Salud.",
    ),
    "civil_en": _day(
        "w1",
        "en",
        "2025-02-12",
        "Malawi cholera toll rises\n\nCholera has killed 35 people in Malawi since January, "
        "the Civil Protection said on Wednesday morning.",
    ),
    "wire_en": _day(
        "w1",
        "en",
        "2025-02-12",
        "Malawi cholera toll rises\n\nCholera has killed 35 people in Malawi since January, "
        "according to a Reuters tally on Wednesday.",
    ),
    "ministry_fr": _day(
        "w2",
        "fr",
        "2025-02-12",
        "Malawi : le choléra a fait 38 morts\n\nLe choléra a fait 38 morts au Malawi depuis "
        "janvier, a annoncé mercredi soir le ministère de la Santé.",
    ),
    "ministry_de": _day(
        "w2",
        "de",
        "2025-02-12",
        "Cholera in Malawi\n\nDie Cholera hat in Malawi seit Januar 38 Tote gefordert, teilte "
        "das Gesundheitsministerium am Mittwoch mit.",
    ),
}


def _killed(*wednesday: str) -> crosscheck.Finding:
    articles = [_MONDAY, *(_WEDNESDAY[k] for k in wednesday), _FRIDAY]
    rep = crosscheck.report(articles)
    found = [f for f in rep.findings if f.claim_kind == "quantity" and f.unit == "killed"]
    assert len(found) == 1, [(f.kind, [c.text for c in f.claims]) for f in found]
    return found[0]


@pytest.mark.parametrize(
    "wednesday", [("who_en", "ministry_fr"), ("who_es", "ministry_de"), ("who_en", "ministry_de")]
)
def test_an_agency_against_a_ministry_on_one_day_is_reported(wednesday: tuple[str, str]) -> None:
    finding = _killed(*wednesday)
    assert finding.kind == "conflict"
    assert sorted(v for s in finding.sides for v in (s.low,)) == [35, 38]


@pytest.mark.parametrize("wednesday", [("civil_en", "ministry_fr"), ("wire_en", "ministry_de")])
def test_a_toll_rising_through_a_day_from_two_sources_is_no_conflict(
    wednesday: tuple[str, str],
) -> None:
    finding = _killed(*wednesday)
    assert finding.kind == "timeline"
    assert not finding.sides


def test_every_source_kind_names_a_source_key_of_every_language() -> None:
    from crosscheck.lang._data import _concepts_table, available_languages, get_language

    kinds = _concepts_table("source_kinds")
    assert kinds
    for code in available_languages():
        keys = set(get_language(code).raw["attribution"]["sources"])
        assert set(kinds) <= keys, (code, sorted(set(kinds) - keys))
