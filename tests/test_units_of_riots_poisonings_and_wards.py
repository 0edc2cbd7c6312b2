"""Units of the people of prison riots, poisonings and hospital wards (session 34, h128).

- A verb of a status said of the escaped (recaptured, ``said_of``) before a head of another
  status said of them (the fugitives, ``at_large``) counts the verb's status: "the police
  caught 15 of the fugitives" are 15 recaptured, no longer 15 at large; an arrest of them
  too (``told_by``).
- Verbs of a break-out in every language ("ontsnapten", "сбежали", "فر", "entkamen",
  "s'han escapat", "ont pris la fuite") are ``[predicates] fled``, so inmates whose clause
  tells of one are the escaped (``[head_events]``), the verb before or after them.
- Suffering a poisoning names the poisoned ("suffered methanol poisoning", "erlitten eine
  Methanolvergiftung", "han patit intoxicació", "au suferit intoxicații").
- Where the injured are now, past the words that say which injured they are, counts those
  in hospital ("Cinc ferits de l'accident de tren de Lovaina continuen ingressats"), up to
  ``_HOSPITAL_STATE_REACH`` characters after the head; no other status is taken that far.
- The inhabitants of a place are its residents in every language ("35 000 habitants",
  "35.000 de locuitori", "35.000 Einwohner"), as "residents" are.
- A part of those in hospital ("dos de ellos en estado grave", "sechs von ihnen") is in
  hospital: the condition said of it is no new status.
- People found dead are killed in every language, the verb before them or after ("Au fost
  găsite fără viață 4 persoane", "wurden tot aufgefunden", "найдены мертвыми").
- Shipping containers are counted (`containers`, a thing) in every language.
- Arabic: the predicate adjective after the head in a verb-first clause ("لا يزال 20 شخصا
  مفقودين", "لا يزال 10 سجناء طلقاء"), the noun of a poisoning before the figure ("تسمم 90
  شخصا") and the duals of guards, patients and passengers ("أصيب حارسان").

The phrases are our own.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article, find_quantities


def _units(text: str, language: str) -> list[str | None]:
    return [q.unit for q in find_quantities(text, language)]


def _claim_units(text: str, language: str) -> list[str | None]:
    rep = crosscheck.report([Article(id="a", text=text, language=language, published="2025-03-02")])
    return [c.unit for c in rep.claims if c.kind == "quantity"]


# --- the fugitives caught ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "La policía detuvo a 15 de los prófugos."),
        ("it", "La polizia ha ripreso 15 dei latitanti."),
        ("fr", "La police a rattrapé 15 des fugitifs."),
        ("pt", "A polícia recapturou 25 dos fugitivos."),
        ("en", "Police have recaptured 15 of the fugitives."),
        ("ru", "Полиция поймала 15 беглецов."),
    ],
)
def test_the_fugitives_caught_are_recaptured(language: str, text: str) -> None:
    assert _units(text, language) == ["recaptured"]


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("es", "Doce reos siguen prófugos.", "at_large"),
        ("en", "Twelve fugitives are still at large.", "at_large"),
        ("es", "La policía detuvo a 15 manifestantes.", "arrested"),
        ("ro", "Polițiștii au prins 3 hoți.", None),
        ("en", "Police have recaptured 30 escapees.", "recaptured"),
    ],
)
def test_other_heads_keep_their_reading(language: str, text: str, unit: str | None) -> None:
    assert _units(text, language)[0] == unit


# --- verbs of a break-out -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Tijdens de opstand ontsnapten 40 gevangenen."),
        ("ru", "Во время бунта сбежали 40 заключённых."),
        ("ar", "خلال التمرد فر 40 سجينا."),
        ("ar", "هرب 25 نزيلا خلال التمرد."),
        ("fr", "Pendant la mutinerie, 40 détenus ont pris la fuite."),
        ("de", "Mindestens 20 Häftlinge konnten während der Revolte entkommen."),
        ("ca", "Almenys 20 presos es van escapar durant el motí."),
    ],
)
def test_inmates_who_broke_out_are_the_escaped(language: str, text: str) -> None:
    assert _claim_units(text, language) == ["escaped"]


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("en", "About 300 people fled the fire.", "people"),
        ("nl", "Zo'n 300 toeristen ontsnapten aan het vuur.", "people"),
        ("de", "Rund 300 Menschen konnten dem Feuer entkommen.", "people"),
        ("ca", "Uns 30 veïns s'han escapat de l'incendi.", "residents"),
    ],
)
def test_others_who_escape_keep_their_head(language: str, text: str, unit: str) -> None:
    assert _claim_units(text, language) == [unit]


# --- a poisoning suffered -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "At least 80 people suffered methanol poisoning."),
        ("de", "Etwa 80 Menschen erlitten eine Methanolvergiftung."),
        ("ca", "Unes 80 persones han patit intoxicació per metanol."),
        ("ro", "Aproximativ 80 de persoane au suferit intoxicații cu metanol."),
        ("pl", "Około 80 osób doznało zatrucia metanolem."),
        ("nl", "Zo'n 80 mensen liepen een vergiftiging op."),
    ],
)
def test_a_poisoning_suffered_names_the_poisoned(language: str, text: str) -> None:
    assert _units(text, language) == ["poisoned"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "At least 80 people suffered from the heat."),
        ("ro", "Aproximativ 80 de persoane au suferit din cauza căldurii."),
        ("ca", "Unes 80 persones han patit la calor."),
    ],
)
def test_suffering_something_else_names_no_poisoning(language: str, text: str) -> None:
    assert _units(text, language) == ["people"]


# --- where the injured are now ------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ca", "Cinc ferits de l'accident de tren de Lovaina continuen ingressats."),
        ("it", "Dodici feriti dell'incidente del pullman sull'autostrada restano ricoverati."),
        ("pt", "Doze feridos do acidente de autocarro na autoestrada continuam internados."),
        ("de", "Zehn Verletzte werden noch in Kliniken behandelt."),
        ("nl", "Van de gewonden werden er 27 naar ziekenhuizen in de regio overgebracht."),
        (
            "ca",
            "Cinc dels ferits en el xoc de trens de dimarts a prop de Lovaina "
            "continuen ingressats.",
        ),
    ],
)
def test_the_injured_still_in_hospital_are_hospitalized(language: str, text: str) -> None:
    assert _units(text, language) == ["hospitalized"]


@pytest.mark.parametrize(
    ("language", "text", "units"),
    [
        (
            "it",
            "Dodici feriti dell'incidente sull'autostrada, e altri 3 restano ricoverati.",
            ["injured", "hospitalized"],
        ),
        (
            "es",
            "Doce heridos del accidente de autobús en la autovía fueron dados de alta.",
            ["injured"],
        ),
        ("fr", "Douze blessés de l'accident de car sur l'autoroute de Lyon à Paris.", ["injured"]),
    ],
)
def test_no_other_status_comes_from_that_far(language: str, text: str, units: list[str]) -> None:
    assert _units(text, language) == units


# --- inhabitants ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Orașul, care are circa 35.000 de locuitori, a rămas fără apă."),
        ("fr", "À Soroca, environ 35 000 habitants restent privés d'eau courante."),
        ("de", "Die Stadt mit rund 35.000 Einwohnern ist ohne Wasser."),
        ("it", "La città, che conta circa 35.000 abitanti, è rimasta senz'acqua."),
        ("es", "La ciudad, de unos 35.000 habitantes, se quedó sin agua."),
        ("nl", "De stad met zo'n 35.000 inwoners zit zonder water."),
        ("en", "The town of some 35,000 inhabitants is without water."),
    ],
)
def test_inhabitants_are_residents(language: str, text: str) -> None:
    assert _units(text, language) == ["residents"]


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("fr", "Quelque 4 000 habitants ont été évacués.", "evacuated"),
        ("de", "Rund 4000 Einwohner wurden evakuiert.", "evacuated"),
        ("ro", "Aproximativ 4.000 de locuitori au fost evacuați.", "evacuated"),
        ("es", "Unos 35.000 habitantes se quedaron sin agua.", "residents"),
    ],
)
def test_a_status_of_the_inhabitants_still_counts(language: str, text: str, unit: str) -> None:
    assert _units(text, language) == [unit]


# --- Arabic: verb-first clauses and duals -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("لا يزال 20 شخصا مفقودين تحت الأنقاض.", "missing"),
        ("لا يزال 10 سجناء طلقاء.", "at_large"),
        ("تسمم 90 شخصا بالميثانول.", "poisoned"),
        ("أصيب حارسان بجروح.", "injured"),
        ("توفي مريضان في الحريق.", "killed"),
    ],
)
def test_arabic_verb_first_clauses_and_duals(text: str, unit: str) -> None:
    assert _units(text, "ar") == [unit]


def test_an_arabic_dual_counts_two() -> None:
    (q,) = find_quantities("أصيب راكبان بجروح خطيرة.", "ar")
    assert (q.low, q.high) == (2, 2)


# --- shipping containers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The ship lost 40 containers overboard in the storm."),
        ("fr", "Le navire a perdu 40 conteneurs en mer."),
        ("it", "La nave ha perso 40 container in mare."),
        ("de", "Das Schiff verlor 40 Container im Sturm."),
        ("ro", "Nava a pierdut 40 de containere în furtună."),
        ("pl", "Statek zgubił 40 kontenerów podczas sztormu."),
        ("ar", "فقدت السفينة 40 حاوية في العاصفة."),
    ],
)
def test_containers_are_counted(language: str, text: str) -> None:
    assert _units(text, language) == ["containers"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Er werd 7 ton cocaïne gevonden in twaalf containers."),
        ("es", "Se hallaron 7 toneladas de cocaína en doce contenedores."),
        ("ru", "В 12 контейнерах нашли 7 тонн кокаина."),
    ],
)
def test_what_containers_hold_keeps_its_measure(language: str, text: str) -> None:
    units = _units(text, language)
    assert sorted(units, key=str) == ["containers", "tonnes"]


# --- a part of those in hospital ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Siguen ingresados nueve heridos, dos de ellos en estado grave."),
        ("it", "Restano ricoverati dodici feriti, sei dei quali in gravi condizioni."),
        ("pt", "Doze feridos continuam internados, seis deles em estado grave."),
        ("ro", "Doisprezece răniți rămân internați, șase dintre ei în stare gravă."),
        ("de", "Zwölf Verletzte liegen noch im Krankenhaus, sechs von ihnen in Lebensgefahr."),
    ],
)
def test_a_part_of_those_in_hospital_is_in_hospital(language: str, text: str) -> None:
    assert _units(text, language) == ["hospitalized", "hospitalized"]


@pytest.mark.parametrize(
    ("language", "text", "units"),
    [
        ("es", "Hay nueve heridos, dos de ellos en estado grave.", ["injured", "injured"]),
        (
            "en",
            "Twelve injured remain in hospital, and six others were slightly injured.",
            ["hospitalized", "injured"],
        ),
    ],
)
def test_a_part_of_the_injured_or_another_count_keeps_its_status(
    language: str, text: str, units: list[str]
) -> None:
    assert _units(text, language) == units


# --- found dead -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Patru persoane au fost găsite fără viață sub dărâmături."),
        ("ro", "Au fost găsite fără viață 4 persoane."),
        ("pt", "Foram encontradas sem vida 4 pessoas."),
        ("it", "Sono state trovate senza vita 4 persone."),
        ("es", "Fueron halladas sin vida 4 personas."),
        ("fr", "Quatre personnes ont été retrouvées sans vie sous les décombres."),
        ("de", "Vier Menschen wurden unter den Trümmern leblos aufgefunden."),
        ("nl", "Vier mensen werden levenloos aangetroffen onder het puin."),
        ("pl", "Cztery osoby zostały znalezione martwe pod gruzami."),
        ("ru", "Четыре человека были найдены мертвыми под завалами."),
        ("uk", "Четверо людей були знайдені мертвими під завалами."),
    ],
)
def test_people_found_dead_are_killed(language: str, text: str) -> None:
    assert _units(text, language) == ["killed"]


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("de", "Vier Menschen wurden unter den Trümmern gefunden.", "people"),
        ("fr", "Quatre personnes ont été retrouvées vivantes.", "located"),
        ("ro", "Patru persoane au fost găsite în viață sub dărâmături.", "located"),
    ],
)
def test_people_found_alive_are_not_killed(language: str, text: str, unit: str) -> None:
    assert _units(text, language) == [unit]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Incendiul a provocat decesul a 10 pacienți."),
        ("ro", "Autoritățile au confirmat decesul a 10 persoane."),
        ("es", "El incendio causó la muerte de 10 pacientes."),
        ("de", "Der Brand führte zum Tod von 10 Patienten."),
        ("pl", "Pożar spowodował śmierć 10 pacjentów."),
        ("ar", "أسفر الحريق عن وفاة 10 مرضى."),
    ],
)
def test_a_noun_of_death_before_the_figure_counts_the_dead(language: str, text: str) -> None:
    # Romanian "decesul a" was the one language of the 13 without it
    assert _units(text, language) == ["killed"]
