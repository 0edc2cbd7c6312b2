"""A claim lent to a second group: a point of its source's count and a side of one day.

The aligner puts each claim in one group, so a figure that fits two groups
wholly gives one reading only: an agency's figure judged with its day's
rival is no point of the agency's own running count, and a rival's figure
read as a point of another source's count is set against nothing.
:func:`crosscheck.judge._lending.lend` lends such a claim to the other group
for the reading its own group cannot give (docs/semantics.md, *Findings*).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import attrs
import pytest

from crosscheck.claims import Claim
from crosscheck.claims._build import extract_claims
from crosscheck.ingest._article import Article
from crosscheck.judge import judge_group
from crosscheck.judge._lending import lend


def _figures(article: str, language: str, day: str, text: str) -> list[Claim]:
    doc = Article(id=article, text=text, language=language, published=day)
    return [c for c in extract_claims(doc) if c.kind == "quantity"]


def _every_pair(*claims: Claim) -> list[tuple[str, str]]:
    return [(a.id, b.id) for a, b in itertools.combinations(claims, 2)]


def _ids(groups: Sequence[Sequence[Claim]]) -> list[list[str]]:
    return [[c.id for c in g] for g in groups]


# An agency's count on two days; on the second day a government gives its own figure.
COUNTS = {
    "en": (
        "The UN refugee agency UNHCR said 48,000 refugees had crossed into Chad.",
        "The UN refugee agency UNHCR said 61,000 refugees had crossed into Chad. "
        "The government of Chad put the number of refugees at 90,000.",
    ),
    "fr": (
        "Selon le HCR, 48 000 réfugiés sont arrivés au Tchad.",
        "Selon le HCR, 61 000 réfugiés sont arrivés au Tchad. "
        "Selon le gouvernement tchadien, 90 000 réfugiés sont arrivés.",
    ),
    "es": (
        "Según ACNUR, 48.000 refugiados han llegado a Chad.",
        "Según ACNUR, 61.000 refugiados han llegado a Chad. "
        "Según el Gobierno de Chad, han llegado 90.000 refugiados.",
    ),
    "de": (
        "Nach Angaben des UNHCR sind 48.000 Flüchtlinge im Tschad angekommen.",
        "Nach Angaben des UNHCR sind 61.000 Flüchtlinge im Tschad angekommen. "
        "Nach Angaben der Regierung des Tschad sind 90.000 Flüchtlinge angekommen.",
    ),
    "it": (
        "Secondo l'UNHCR, 48.000 rifugiati sono arrivati in Ciad.",
        "Secondo l'UNHCR, 61.000 rifugiati sono arrivati in Ciad. "
        "Secondo il governo del Ciad, sono arrivati 90.000 rifugiati.",
    ),
}


def _count(language: str) -> tuple[Claim, Claim, Claim]:
    first, second = COUNTS[language]
    (tuesday,) = _figures("a1", language, "2025-04-08", first)
    thursday, rival = _figures("a2", language, "2025-04-10", second)
    assert (tuesday.low, thursday.low, rival.low) == (48_000, 61_000, 90_000)
    return tuesday, thursday, rival


@pytest.mark.parametrize("language", sorted(COUNTS))
def test_a_side_of_one_day_is_also_a_point_of_its_sources_count(language: str) -> None:
    tuesday, thursday, rival = _count(language)
    groups = lend([[tuesday], [thursday, rival]], _every_pair(tuesday, thursday, rival))
    # the agency's Thursday figure stays on its side against the government ...
    assert _ids(groups)[1] == [thursday.id, rival.id]
    # ... and is lent to Tuesday's group, where it is the count's next point
    assert _ids(groups)[0] == [tuesday.id, thursday.id]
    finding = judge_group(groups[0])
    assert finding is not None
    assert [p.claims for p in finding.timeline] == [(tuesday.id,), (thursday.id,)]
    assert not finding.sides


@pytest.mark.parametrize("language", sorted(COUNTS))
def test_nothing_is_lent_to_a_group_it_does_not_fit_wholly(language: str) -> None:
    # must NOT: without an edge to every member the figure stays in its own group
    tuesday, thursday, rival = _count(language)
    groups = lend([[tuesday], [thursday, rival]], [(thursday.id, rival.id)])
    assert _ids(groups) == [[tuesday.id], [thursday.id, rival.id]]


@pytest.mark.parametrize("language", sorted(COUNTS))
def test_another_sources_figure_of_another_day_is_not_lent(language: str) -> None:
    # must NOT: the government's figure is no point of the agency's count, and
    # its article gives no agency figure for Tuesday to set it against
    tuesday, _, rival = _count(language)
    groups = lend([[tuesday], [rival]], _every_pair(tuesday, rival))
    assert _ids(groups) == [[tuesday.id], [rival.id]]


@pytest.mark.parametrize("language", sorted(COUNTS))
def test_a_count_its_own_group_already_shows_is_not_lent(language: str) -> None:
    # must NOT: the agency's two days already make a timeline in their group
    tuesday, thursday, rival = _count(language)
    (later,) = _figures("a3", language, "2025-04-12", COUNTS[language][0])
    groups = lend(
        [[tuesday, thursday, rival], [later]], _every_pair(tuesday, thursday, rival, later)
    )
    assert _ids(groups) == [[tuesday.id, thursday.id, rival.id], [later.id]]


# One article gives the company's plan and the works council's higher figure the same
# day; later the company confirms, then lowers its own figure.
PLANS = {
    "en": (
        "The carmaker Vestra said it would cut {plan} jobs at its plant. "
        "The works council said 1,900 jobs would go.",
        "The carmaker Vestra confirmed it would cut 1,450 jobs at its plant.",
        "The carmaker Vestra said it would now cut 1,180 jobs at its plant.",
    ),
    "fr": (
        "Le constructeur Vestra a annoncé la suppression de {plan} emplois dans son usine. "
        "Selon le comité d'entreprise, 1 900 emplois seront supprimés.",
        "Le constructeur Vestra a confirmé la suppression de 1 450 emplois dans son usine.",
        "Le constructeur Vestra a annoncé la suppression de 1 180 emplois dans son usine.",
    ),
    "es": (
        "El fabricante Vestra anunció el recorte de {plan} empleos en su planta. "
        "Según el comité de empresa, se perderán 1.900 empleos.",
        "El fabricante Vestra confirmó el recorte de 1.450 empleos en su planta.",
        "El fabricante Vestra anunció el recorte de 1.180 empleos en su planta.",
    ),
    "de": (
        "Nach Angaben des Autobauers Vestra werden im Werk {plan} Stellen abgebaut. "
        "Nach Angaben des Betriebsrats fallen 1.900 Stellen weg.",
        "Nach Angaben des Autobauers Vestra werden im Werk weiter 1.450 Stellen abgebaut.",
        "Nach Angaben des Autobauers Vestra werden im Werk nun 1.180 Stellen abgebaut.",
    ),
    "it": (
        "Il costruttore Vestra ha annunciato il taglio di {plan} posti di lavoro nello "
        "stabilimento. Secondo il consiglio di fabbrica, saranno tagliati 1.900 posti di lavoro.",
        "Il costruttore Vestra ha confermato il taglio di 1.450 posti di lavoro in fabbrica.",
        "Il costruttore Vestra ha annunciato il taglio di 1.180 posti di lavoro in fabbrica.",
    ),
}
PLAN = {"en": "1,450", "fr": "1 450", "es": "1.450", "de": "1.450", "it": "1.450"}
OPEN_PLAN = {
    "en": "more than 1,000",
    "fr": "plus de 1 000",
    "es": "más de 1.000",
    "de": "mehr als 1.000",
    "it": "oltre 1.000",
}


def _plan(language: str, plan_words: str) -> tuple[Claim, Claim, Claim, Claim]:
    first, second, third = PLANS[language]
    plan, rival = _figures("a1", language, "2025-09-23", first.format(plan=plan_words))
    (confirmed,) = _figures("a2", language, "2025-09-25", second)
    (lowered,) = _figures("a3", language, "2025-09-30", third)
    assert (rival.low, confirmed.low, lowered.low) == (1_900, 1_450, 1_180)
    return plan, rival, confirmed, lowered


@pytest.mark.parametrize("language", sorted(PLANS))
def test_a_point_read_as_a_change_is_also_a_side_of_its_day(language: str) -> None:
    plan, rival, confirmed, lowered = _plan(language, PLAN[language])
    # the council's figure was judged as the first point of the company's count
    # (1,900 -> 1,450 -> 1,180): its article gives the company's 1,450 that same day
    count = [rival, confirmed, lowered]
    own = judge_group(count)
    assert own is not None
    assert own.timeline[0].claims == (rival.id,)
    groups = lend([[plan], count], _every_pair(plan, *count))
    assert _ids(groups) == [[plan.id, rival.id], [c.id for c in count]]
    finding = judge_group(groups[0])
    assert finding is not None
    assert sorted(s.claims for s in finding.sides) == sorted([(plan.id,), (rival.id,)])


@pytest.mark.parametrize("language", sorted(PLANS))
def test_a_rival_of_an_open_figure_is_not_lent_as_a_side(language: str) -> None:
    # must NOT: the company's "more than 1,000" states no value the count moved to,
    # though the next point (1,450) lies within it
    plan, rival, confirmed, lowered = _plan(language, OPEN_PLAN[language])
    assert plan.low == 1_000
    count = [rival, confirmed, lowered]
    groups = lend([[plan], count], _every_pair(plan, *count))
    assert _ids(groups) == [[plan.id], [c.id for c in count]]


@pytest.mark.parametrize("language", sorted(PLANS))
def test_a_rival_whose_count_does_not_move_to_the_plan_is_not_lent(language: str) -> None:
    # must NOT: the council's figure followed by a figure unlike the company's that day
    plan, rival, _, lowered = _plan(language, PLAN[language])
    count = [rival, lowered]
    groups = lend([[plan], count], _every_pair(plan, *count))
    assert _ids(groups) == [[plan.id], [rival.id, lowered.id]]


def test_lending_is_deterministic() -> None:
    tuesday, thursday, rival = _count("en")
    edges = _every_pair(tuesday, thursday, rival)
    one = lend([[tuesday], [thursday, rival]], edges)
    two = lend([[tuesday], [thursday, rival]], list(reversed(edges)))
    assert _ids(one) == _ids(two)


# One sentence gives one source's two days; another outlet repeats the later figure.
TWO_DAYS = {
    "en": (
        "Nine runners were still in hospital on Monday and 22 on Sunday, the hospital said.",
        "Nine runners were still in hospital on Monday, the hospital said.",
    ),
    "fr": (
        "Neuf coureurs étaient encore hospitalisés lundi et 22 dimanche, selon l'hôpital.",
        "Neuf coureurs étaient encore hospitalisés lundi, selon l'hôpital.",
    ),
    "es": (
        "Nueve corredores seguían hospitalizados el lunes y 22 el domingo, según el hospital.",
        "Nueve corredores seguían hospitalizados el lunes, según el hospital.",
    ),
    "de": (
        "Neun Läufer lagen am Montag noch im Krankenhaus und 22 am Sonntag, so die Klinik.",
        "Neun Läufer lagen am Montag noch im Krankenhaus, so die Klinik.",
    ),
    "pt": (
        "Nove corredores continuavam internados na segunda-feira e 22 no domingo, segundo o "
        "hospital.",
        "Nove corredores continuavam internados na segunda-feira, segundo o hospital.",
    ),
}


@pytest.mark.parametrize("language", sorted(TWO_DAYS))
def test_a_figure_kept_apart_as_one_statement_is_not_lent_into_its_course(language: str) -> None:
    # must NOT: the sentence's 22 and nine were kept apart as parts of one statement;
    # lending the repeated nine to the 22's group would make the course they declined
    told, repeat = TWO_DAYS[language]
    monday, sunday = _figures("a0", language, "2025-06-16", told)
    (again,) = _figures("a1", language, "2025-06-16", repeat)
    assert (monday.low, sunday.low, again.low) == (9, 22, 9)
    groups = [[monday, again], [sunday]]
    edges = [(monday.id, again.id), (sunday.id, again.id)]
    kept = lend(groups, edges, [(monday.id, sunday.id)])
    assert _ids(kept) == [[monday.id, again.id], [sunday.id]]


# One agency's two sums of two acts on two days: an appeal it launches, then an
# allocation it releases. The sums are no course of one count.
ACTS = {
    "en": (
        "The UN humanitarian office OCHA launched an appeal for $70 million.",
        "The UN humanitarian office OCHA said it had allocated $12 million.",
    ),
    "fr": (
        "Le bureau humanitaire de l'ONU, l'OCHA, a lancé un appel de 70 millions de dollars.",
        "Le bureau humanitaire de l'ONU, l'OCHA, a indiqué avoir alloué 12 millions de dollars.",
    ),
    "es": (
        "La oficina humanitaria de la ONU, OCHA, lanzó un llamamiento de 70 millones de dólares.",
        "La oficina humanitaria de la ONU, OCHA, dijo que había asignado 12 millones de dólares.",
    ),
    "it": (
        "L'ufficio umanitario dell'ONU, OCHA, ha lanciato un appello da 70 milioni di dollari.",
        "L'ufficio umanitario dell'ONU, OCHA, ha detto di aver stanziato 12 milioni di dollari.",
    ),
    "de": (
        "Das UN-Nothilfebüro OCHA startete einen Spendenaufruf über 70 Millionen Dollar.",
        "Das UN-Nothilfebüro OCHA teilte mit, es habe 12 Millionen Dollar bereitgestellt.",
    ),
}


@pytest.mark.parametrize("language", sorted(ACTS))
def test_one_sources_sums_of_two_acts_are_not_lent_as_a_count(language: str) -> None:
    # must NOT: an appeal and an allocation of one agency are two sums, not one
    # count that moved from one to the other (the appeal's event is launched)
    first, second = ACTS[language]
    (appeal,) = _figures("b1", language, "2025-04-08", first)
    (allocation,) = _figures("b2", language, "2025-04-09", second)
    if appeal.event == allocation.event:
        pytest.skip(f"both sums read with event {appeal.event!r}: nothing to tell apart")
    groups = lend([[appeal], [allocation]], _every_pair(appeal, allocation))
    assert _ids(groups) == [[appeal.id], [allocation.id]]


# An agency's readings of a measure on two days; on the second day its article gives a
# residents' committee's reading of that day beside it, with no word of contrast.
MEASURES = {
    "fr": (
        "L'agence de l'environnement ARPAT a mesuré {mon} microgrammes de PM10 par mètre cube "
        "{place}.",
        "L'agence de l'environnement ARPAT a mesuré 150 microgrammes de PM10 par mètre cube "
        "{place}. Le comité de riverains Aria Pulita avance le chiffre de 190.",
    ),
    "it": (
        "L'agenzia per l'ambiente ARPAT ha misurato {mon} microgrammi di PM10 per metro cubo "
        "{place}.",
        "L'agenzia per l'ambiente ARPAT ha misurato 150 microgrammi di PM10 per metro cubo "
        "{place}. Il comitato di residenti Aria Pulita parla di 190.",
    ),
    "es": (
        "La agencia ambiental ARPAT midió {mon} microgramos de PM10 por metro cúbico {place}.",
        "La agencia ambiental ARPAT midió 150 microgramos de PM10 por metro cúbico {place}. "
        "El comité vecinal Aria Pulita habla de 190.",
    ),
    "de": (
        "Die Umweltagentur ARPAT maß {place} {mon} Mikrogramm PM10 pro Kubikmeter.",
        "Die Umweltagentur ARPAT maß {place} 150 Mikrogramm PM10 pro Kubikmeter. "
        "Das Anwohnerkomitee Aria Pulita spricht von 190.",
    ),
}
IN_FLORENCE = {"fr": "à Florence", "it": "a Firenze", "es": "en Florencia", "de": "in Florenz"}


def _readings(language: str) -> tuple[Claim, Claim, Claim]:
    first, second = MEASURES[language]
    place = IN_FLORENCE[language]
    (monday,) = _figures("a1", language, "2025-01-13", first.format(mon="90", place=place))
    wednesday, rival = _figures("a2", language, "2025-01-15", second.format(place=place))
    assert (monday.low, wednesday.low, rival.low) == (90, 150, 190)
    return monday, wednesday, rival


@pytest.mark.parametrize("language", sorted(MEASURES))
def test_a_days_reading_of_a_measure_is_also_a_side_against_its_rival(language: str) -> None:
    monday, wednesday, rival = _readings(language)
    edges = [(monday.id, wednesday.id), (wednesday.id, rival.id)]
    groups = lend([[monday, wednesday], [rival]], edges)
    # the agency's Wednesday reading stays a point of its own readings' course ...
    assert _ids(groups) == [[monday.id, wednesday.id], [rival.id, wednesday.id]]
    # ... and is set against the committee's reading of that day
    finding = judge_group(groups[1])
    assert finding is not None
    assert finding.kind == "conflict"
    assert sorted(s.claims for s in finding.sides) == sorted([(wednesday.id,), (rival.id,)])


@pytest.mark.parametrize("language", sorted(MEASURES))
def test_a_rival_reading_of_another_place_is_not_lent(language: str) -> None:
    # must NOT: a reading the data places in another town than the agency's
    monday, wednesday, rival = _readings(language)
    assert rival.rival_readings
    elsewhere = attrs.evolve(rival, place_id="pisa")
    edges = [(monday.id, wednesday.id), (wednesday.id, rival.id)]
    groups = lend([[monday, wednesday], [elsewhere]], edges)
    assert _ids(groups) == [[monday.id, wednesday.id], [rival.id]]


# The same two days told of a count: a bare rival count of one day may be a later stage.
COUNTED = {
    "fr": (
        "Selon l'agence régionale ARPAT, 90 personnes ont été hospitalisées à Florence.",
        "Selon l'agence régionale ARPAT, 150 personnes ont été hospitalisées à Florence. "
        "Le comité de riverains Aria Pulita avance le chiffre de 190.",
    ),
    "it": (
        "Secondo l'agenzia regionale ARPAT, 90 persone sono state ricoverate a Firenze.",
        "Secondo l'agenzia regionale ARPAT, 150 persone sono state ricoverate a Firenze. "
        "Il comitato di residenti Aria Pulita parla di 190.",
    ),
}


@pytest.mark.parametrize("language", sorted(COUNTED))
def test_a_bare_rival_of_a_count_is_not_lent(language: str) -> None:
    # must NOT: without a word of contrast a count's rival may be a later stage
    first, second = COUNTED[language]
    (monday,) = _figures("a1", language, "2025-01-13", first)
    wednesday, rival = _figures("a2", language, "2025-01-15", second)
    assert wednesday.quantity_kind != "measure"
    edges = [(monday.id, wednesday.id), (wednesday.id, rival.id)]
    groups = lend([[monday, wednesday], [rival]], edges)
    assert _ids(groups) == [[monday.id, wednesday.id], [rival.id]]
