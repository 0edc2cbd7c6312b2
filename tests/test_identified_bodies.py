"""Identified, autopsied and handed-over bodies are stages of the work on the dead, not the toll.

"At least 217 people died …, but only 133 have been identified so far": the
133 counts the dead whose identity is known (``identified``), a part of the
toll, never a rival toll. So do "183 cossos ja han estat identificats",
"150 Leichen identifiziert" (bodies identified), "se ha practicado la
autopsia a 188 de los fallecidos" (``autopsies``) and "60 ont été remis aux
familles" (``bodies_handed_over``). Said of the dead themselves, "identified"
confirms them: the WHO's "4000 Todesopfer identifiziert" are the dead, and
"identified 66,000 Russian soldiers killed" is a toll of named dead
(concepts.toml ``confirms``). "Not yet identified" stays
``bodies_unidentified``, and "identified 12 suspects" counts no one dead.

A count that never falls is contradicted by a lower figure the next day;
"more than 200" beside "at least 217" is a rounder word for the same count
and does not shield the 217 from 215 the next day.
"""

from __future__ import annotations

import pytest

import crosscheck

from ._articles import opposed, story_report


def _units(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.unit) for q in crosscheck.find_quantities(text, language=lang)]


def _unit_of(text: str, lang: str, figure: str) -> str | None:
    """The unit of the figure written ``figure``, else of the first whose text holds it."""
    units = _units(text, lang)
    found = [u for t, u in units if t == figure] or [u for t, u in units if figure in t]
    assert found, (figure, units)
    return found[0]


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "At least 217 people died, but only 133 have been identified so far.", "133"),
        ("en", "Rescuers recovered 38 bodies; 30 have been identified.", "30"),
        ("en", "Prosecutors said 162 people died and all 162 have now been identified.", "162"),
        ("es", "Al menos 217 personas murieron, pero solo 133 han sido identificadas.", "133"),
        ("es", "Hasta ahora se han identificado 133 cuerpos.", "133"),
        ("ca", "Almenys 183 cossos ja han estat identificats.", "183"),
        ("fr", "Le bilan est de 95 morts, dont 60 ont été identifiés.", "60"),
        ("fr", "Au total, 150 corps ont été identifiés.", "150"),
        ("de", "Bisher wurden 150 Leichen identifiziert.", "150"),
        ("de", "52 Leichen wurden geborgen, 35 davon identifiziert.", "35"),
        ("it", "Le vittime sono 95, ma solo 60 sono state identificate finora.", "60"),
        ("pt", "Até agora, 70 corpos foram identificados.", "70"),
        ("nl", "Er zijn 95 doden, van wie 60 zijn geïdentificeerd.", "60"),
        ("nl", "Tot nu toe zijn 70 lichamen geïdentificeerd.", "70"),
        ("ro", "Bilanțul a ajuns la 95 de morți, dintre care 60 au fost identificați.", "60"),
        ("pl", "Dotychczas zidentyfikowano 70 ciał.", "70"),
        ("ru", "Погибли 95 человек, из них 60 опознаны.", "60"),
        ("ru", "Пока опознаны 70 тел.", "70"),
        ("uk", "Наразі ідентифіковано 70 тіл.", "70"),
        ("ar", "تم التعرف على 70 جثة حتى الآن.", "70"),
    ],
)
def test_identified_bodies_count_the_identified(lang: str, text: str, figure: str) -> None:
    assert _unit_of(text, lang, figure) == "identified"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "unit"),
    [
        # the WHO's toll of identified dead: the dead themselves, confirmed
        (
            "de",
            "Nach Angaben der WHO sind etwa 4000 Todesopfer identifiziert worden.",
            "4000",
            "killed",
        ),
        (
            "en",
            "The WHO said nearly 4,000 people killed in the floods had been identified.",
            "4,000",
            "killed",
        ),
        (
            "es",
            "La OMS dijo que se había identificado a casi 4.000 personas fallecidas.",
            "4.000",
            "killed",
        ),
        (
            "nl",
            "De lichamen van ongeveer 4.000 slachtoffers zijn geïdentificeerd.",
            "4.000",
            "killed",
        ),
        (
            "fr",
            "Des médias affirment avoir identifié plus de 66.000 soldats russes tués.",
            "66.000",
            "killed",
        ),
        (
            "en",
            "Mediazona has identified 66,000 Russian soldiers killed in Ukraine.",
            "66,000",
            "killed",
        ),
        # not yet identified is its own count
        (
            "en",
            "Rescuers recovered 38 bodies; 8 are still unidentified.",
            "8",
            "bodies_unidentified",
        ),
        (
            "en",
            "Officials said 300 people were killed and 45 had not been identified.",
            "45",
            "bodies_unidentified",
        ),
        ("de", "Von diesen sind 62 noch nicht identifiziert.", "62", "bodies_unidentified"),
        ("fr", "Au total, 40 corps ne sont pas encore identifiés.", "40", "bodies_unidentified"),
        ("pl", "Dotąd 20 ciał nie zostały zidentyfikowane.", "20", "bodies_unidentified"),
        # bodies past a participle of what was done before
        (
            "it",
            "Mentre 62 corpi già recuperati non sono ancora stati identificati.",
            "62",
            "bodies_unidentified",
        ),
        (
            "es",
            "Hay 40 cuerpos ya recuperados que aún no han sido identificados.",
            "40",
            "bodies_unidentified",
        ),
        (
            "en",
            "Officials said 40 bodies already recovered have not yet been identified.",
            "40",
            "bodies_unidentified",
        ),
        # the toll beside them keeps its unit
        (
            "en",
            "At least 217 people died, but only 133 have been identified so far.",
            "217",
            "killed",
        ),
        (
            "ca",
            "El naufragi ha deixat 64 morts i 40 cossos ja han estat identificats.",
            "64",
            "killed",
        ),
    ],
)
def test_identified_said_of_the_dead_or_negated_keeps_its_unit(
    lang: str, text: str, figure: str, unit: str
) -> None:
    assert _unit_of(text, lang, figure) == unit


def test_identified_suspects_count_no_dead() -> None:
    assert {u for _, u in _units("Police have identified 12 suspects.", "en")} <= {None}
    assert {u for _, u in _units("La policía ha identificado a 12 sospechosos.", "es")} <= {None}
    text = "So far 300 contacts have been identified and placed in quarantine."
    assert {u for _, u in _units(text, "en")} <= {None}


@pytest.mark.parametrize(
    ("lang", "text", "figure", "unit"),
    [
        ("en", "Some 45 people have been identified as close contacts.", "45", "people"),
        ("en", "Police said 12 people were identified as suspects.", "12", "people"),
        ("es", "Unas 45 personas han sido identificadas como contactos.", "45", "people"),
        ("fr", "Quelque 45 personnes ont été identifiées comme cas contacts.", "45", "people"),
        ("it", "Circa 45 persone sono state identificate come contatti.", "45", "people"),
        ("en", "Health officials said 120 new cases have been identified.", "120", "cases"),
    ],
)
def test_identified_as_something_counts_no_dead(
    lang: str, text: str, figure: str, unit: str
) -> None:
    assert _unit_of(text, lang, figure) == unit


@pytest.mark.parametrize(
    ("lang", "text", "figure", "unit"),
    [
        (
            "es",
            "Torres ha añadido que ya se ha practicado la autopsia a 188 de los fallecidos.",
            "188",
            "autopsies",
        ),
        ("en", "Coroners have performed autopsies on 188 of the dead.", "188", "autopsies"),
        ("ca", "A més, s'ha fet l'autòpsia a 188 de les víctimes mortals.", "188", "autopsies"),
        ("it", "Finora è stata eseguita l'autopsia su 188 delle vittime.", "188", "autopsies"),
        ("de", "Bislang wurden 188 Tote obduziert.", "188", "autopsies"),
        ("fr", "Au total, 188 victimes ont été autopsiées.", "188", "autopsies"),
        # what is done with the dead only: a loss stays the killed
        (
            "es",
            "Interior señala que ya se ha dado sepultura a 2.944 de los fallecidos.",
            "2.944",
            "buried",
        ),
        (
            "en",
            "The quake killed 2,946 people; 2,530 of the dead had already been buried.",
            "2,530",
            "buried",
        ),
    ],
)
def test_autopsies_and_burials_of_the_dead(lang: str, text: str, figure: str, unit: str) -> None:
    assert _unit_of(text, lang, figure) == unit


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("fr", "Au total, 150 corps ont été identifiés et 90 remis aux familles.", "90"),
        ("fr", "Selon le parquet, 60 ont été remis aux familles.", "60"),
        ("ca", "Fins ara 128 restes mortals s'han lliurat als familiars.", "128"),
        ("en", "So far 80 bodies have been handed over to their families.", "80"),
        ("es", "Se han identificado 133 cuerpos y 100 han sido entregados a sus familias.", "100"),
        ("it", "Finora 120 corpi sono stati consegnati alle famiglie.", "120"),
        ("de", "Bislang wurden 90 Leichen den Angehörigen übergeben.", "90"),
    ],
)
def test_bodies_handed_over_to_families(lang: str, text: str, figure: str) -> None:
    assert _unit_of(text, lang, figure) == "bodies_handed_over"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "unit"),
    [
        ("en", "The agency delivered food to 3,000 families.", "3,000", "households"),
        ("fr", "L'aide a été remise à 500 familles.", "500", "households"),
        ("ru", "Спасатели извлекли 300 тел.", "300", "bodies_recovered"),
        ("uk", "Рятувальники дістали 300 тіл.", "300", "bodies_recovered"),
    ],
)
def test_families_helped_and_bodies_found_keep_their_unit(
    lang: str, text: str, figure: str, unit: str
) -> None:
    assert _unit_of(text, lang, figure) == unit


TOLL_DAY_ONE = (
    "2024-11-05",
    "en",
    "More than 200 people have been confirmed dead since the floods. At least 217 people "
    "died in Valencia, Castile-La Mancha and Andalusia, but only 133 have been identified "
    "so far.",
)
TOLL_DAY_TWO = ("2024-11-06", "de", "Bislang sind 215 Todesopfer bestätigt.")


def test_a_lower_toll_the_next_day_falls_from_the_sharper_figure() -> None:
    pairs = opposed(story_report([TOLL_DAY_ONE, TOLL_DAY_TWO], "floods", "v"))
    assert frozenset({"At least 217 people", "215 Todesopfer"}) in pairs
    # neither the rounder "more than 200" nor the identified 133 is a side of it
    assert not any("More than 200 people" in pair for pair in pairs)
    assert not any("133" in pair for pair in pairs)


def test_a_figure_still_above_the_sharper_one_did_not_fall() -> None:
    later = ("2024-11-06", "de", "Bislang sind 219 Todesopfer bestätigt.")
    pairs = opposed(story_report([TOLL_DAY_ONE, later], "floods", "v"))
    assert not any("219 Todesopfer" in pair for pair in pairs)


def test_a_figure_below_the_rounder_one_fell_from_both() -> None:
    later = ("2024-11-06", "de", "Bislang sind 150 Todesopfer bestätigt.")
    pairs = opposed(story_report([TOLL_DAY_ONE, later], "floods", "v"))
    assert frozenset({"At least 217 people", "150 Todesopfer"}) in pairs
    assert frozenset({"More than 200 people", "150 Todesopfer"}) in pairs


def test_contacts_identified_after_a_toll_take_no_unit_from_it() -> None:
    text = (
        "The cholera outbreak has killed more than 100 people and at least 120 deaths were "
        "recorded by the ministry. So far 300 contacts have been identified."
    )
    report = story_report([("2025-02-01", "en", text)], "cholera", "c")
    units = {c.text: c.unit for c in report.claims if c.kind == "quantity"}
    assert units.get("300") is None
