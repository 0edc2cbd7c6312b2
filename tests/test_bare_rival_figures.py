"""A bare figure set against a counted one counts what that one counts.

Three ties, in several languages:

* a baseline word right before the bare figure ("down from", "contre", "gegenüber",
  "frente a", "rispetto a", "по сравнению с"), even where an hour's period ("6 p.m.")
  or a participle after the figure ("90 000 signalés le matin") stops the list rule;
* a rival source's bare figure in the next sentence of its paragraph: it reads the
  last total of people before it, not a daily rate between them, and a noun of the
  event that total names ("arrivées", "llegadas", "Ankünfte") is not a noun of its own;
  an open bound ("no more than 20,000") is read at its bound;
* two figures of one sentence on one source's word, the later one a lower figure of an
  earlier day brought in by a baseline word ("up from 14 reported on Tuesday"), are its
  count then and now, not parts of one statement.

Not: a year or a sum of money after the word, a figure of another event, a sum given
("65,000 in aid", "65.000 en ayudas"), a figure of another order of size, two days'
figures listed with no baseline word, a told fall or one day's two figures (still one
statement).
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities
from crosscheck.align._quantity import _one_statement

from ._articles import quantities

# A counted figure, then a bare one after a baseline word with words after it.
BASELINE = [
    (
        "en",
        "Some 300 homes were still flooded at 5 p.m. on Sunday, up from 120 reported at noon.",
        "buildings",
    ),
    (
        "fr",
        "Quelque 25 000 foyers restaient privés de courant mardi soir, contre 90 000 signalés "
        "le matin.",
        "households",
    ),
    (
        "de",
        "Noch 40.000 Haushalte waren am Abend ohne Strom, gegenüber 90.000 gemeldeten am Morgen.",
        "households",
    ),
    (
        "es",
        "Unos 40.000 hogares seguían sin luz a las 6 p.m. del martes, frente a 90.000 "
        "registrados por la mañana.",
        "households",
    ),
    (
        "it",
        "Circa 40.000 utenze erano ancora senza corrente in serata, rispetto a 90.000 segnalate "
        "al mattino.",
        "customers",
    ),
    (
        "ru",
        "Около 40 тыс. абонентов оставались без света к 18 ч., по сравнению с 90 тыс. утром.",
        "customers",
    ),
]


@pytest.mark.parametrize(("lang", "text", "unit"), BASELINE)
def test_a_figure_after_a_baseline_word_counts_what_the_first_counts(
    lang: str, text: str, unit: str
) -> None:
    found = find_quantities(text, lang)
    assert [q.unit for q in found] == [unit, unit]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The company hired 300 workers by 6 p.m. on Tuesday, up from 2019 levels."),
        ("en", "About 300 homes were flooded on Tuesday, compared with $4 million in damage."),
        ("fr", "Quelque 250 foyers ont été évacués mardi, contre 3 millions d'euros d'aide."),
        ("es", "Unos 40.000 hogares seguían sin luz el martes, frente a 2019."),
    ],
)
def test_a_baseline_word_lends_no_count_to_a_year_or_a_sum(lang: str, text: str) -> None:
    found = find_quantities(text, lang)
    assert all(q.unit in (None, "usd", "eur") or q is found[0] for q in found)
    assert not any(q.unit == found[0].unit for q in found[1:])


# A total of people, a daily rate, then another source's bare figure in the next
# sentence: it reads the total.
RIVALS = [
    (
        "en",
        "About 12,000 migrants have reached the island since March, the UN migration agency "
        "said, with some 400 arriving every day. The interior ministry put the number of "
        "arrivals at 15,000, a figure the agency disputed.",
        15000,
    ),
    (
        "fr",
        "Quelque 12 000 migrants sont arrivés sur l'île depuis mars, selon l'agence de l'ONU. "
        "Le ministère de l'Intérieur avance de son côté le chiffre de 15 000 arrivées depuis "
        "le début de l'année.",
        15000,
    ),
    (
        "es",
        "Unos 12.000 migrantes han llegado a la isla desde marzo, según la agencia de la ONU. "
        "El Ministerio del Interior eleva la cifra a 15.000 llegadas en el mismo periodo.",
        15000,
    ),
    (
        "de",
        "Rund 12.000 Migranten sind seit März auf der Insel angekommen, teilte die "
        "UN-Agentur mit. Das Innenministerium nannte die Zahl von 15.000 Ankünften im selben "
        "Zeitraum.",
        15000,
    ),
    (
        "ar",
        "قالت المنظمة الدولية للهجرة إن 12 ألف مهاجر فروا إلى الجزيرة منذ مارس. في المقابل "
        "قالت وزارة الداخلية إن عدد من غادروا البلاد لا يتجاوز 5 آلاف، واتهمت المنظمة "
        "بالمبالغة.",
        5000,
    ),
]


@pytest.mark.parametrize(("lang", "text", "value"), RIVALS)
def test_a_rival_bare_figure_reads_the_last_total(lang: str, text: str, value: int) -> None:
    found = quantities(text, lang)
    first = found[0]
    bare = next(c for c in found if value in (c.low, c.high))
    assert first.unit == "migrants"
    assert bare.unit == first.unit


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        # another event's figure: sent home, not arrived
        (
            "en",
            "About 12,000 migrants have arrived on the island since March, the agency said. "
            "The ministry said 9,000 have been sent home.",
            9000,
        ),
        # another order of size: a figure of something else
        (
            "fr",
            "Quelque 12 000 migrants sont arrivés sur l'île depuis mars, selon l'agence. Le "
            "ministère avance de son côté le chiffre de 400 000.",
            400000,
        ),
        # a sum given: no count of people ([frames] sum_nouns)
        (
            "en",
            "About 48,000 refugees have crossed the border since April, the agency said. The "
            "government, for its part, pledged 65,000 in aid.",
            65000,
        ),
        (
            "es",
            "Unos 48.000 refugiados han cruzado la frontera desde abril, según la agencia. El "
            "Gobierno, por su parte, prometió 65.000 en ayudas.",
            65000,
        ),
        (
            "de",
            "Rund 48.000 Flüchtlinge haben seit April die Grenze überquert, teilte die Agentur "
            "mit. Die Regierung sagte ihrerseits 65.000 an Hilfen zu.",
            65000,
        ),
        (
            "it",
            "Circa 48.000 profughi hanno attraversato il confine da aprile, secondo l'agenzia. "
            "Il governo ha stanziato 65.000 in aiuti.",
            65000,
        ),
        # a daily rate after a total: the rate's own figure takes no total's unit
        (
            "es",
            "Unos 12.000 migrantes han llegado a la isla desde marzo, según la agencia. El "
            "ministerio habla de 15.000 al día.",
            15000,
        ),
    ],
)
def test_no_unit_is_lent_across_events_orders_or_rates(lang: str, text: str, value: int) -> None:
    found = quantities(text, lang)
    bare = next(c for c in found if value in (c.low, c.high))
    assert bare.unit != found[0].unit


# One source's count now and, after a baseline word, its count then: two stages.
STAGES = [
    ("en", "Twenty people were injured, the police said, up from 12 reported on Monday.", 12),
    (
        "es",
        "Los heridos son ya 20, según la policía, frente a los 12 comunicados el lunes.",
        12,
    ),
    (
        "fr",
        "La police fait état de 20 blessés mardi, contre 12 annoncés lundi.",
        12,
    ),
]


@pytest.mark.parametrize(("lang", "text", "value"), STAGES)
def test_a_baseline_reading_is_no_part_of_its_sentences_statement(
    lang: str, text: str, value: int
) -> None:
    found = quantities(text, lang)
    then = next(c for c in found if c.low == value)
    now = next(c for c in found if c is not then and c.unit == then.unit)
    assert not _one_statement(now, then)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Twelve people died on Monday and five on Tuesday, the police said."),
        ("es", "Según la policía, 12 personas murieron el lunes y cinco el martes."),
        ("de", "Am Montag starben laut Polizei 12 Menschen, am Dienstag fünf."),
        # a toll told lower than the day before stays one statement (the dead cannot
        # fall; a count that may fall told so is a course: tests/test_told_falls_and_
        # corrections.py; one day's two hours: tests/test_course_of_one_day.py)
        ("en", "Seven people had died, the police said, down from 12 on Monday."),
        ("fr", "La police fait état de 7 morts mardi, contre 12 annoncés lundi."),
    ],
)
def test_two_days_listed_without_a_baseline_word_stay_one_statement(lang: str, text: str) -> None:
    found = [c for c in quantities(text, lang) if c.unit is not None]
    assert len(found) == 2
    assert _one_statement(found[0], found[1])
