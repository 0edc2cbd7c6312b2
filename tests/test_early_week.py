""" "Earlier this week": the first days of the publication week, before publication.

Our own sentences, of a chemical spill on a river and a warehouse fire. "Early in the
week", "en début de semaine", "на початку тижня" (``[dates] relative`` ``early_week``)
name the Monday to Wednesday of the week an article was published in, never its own
day: a figure they date holds at that interval ("2025-02-10/2025-02-12" for a Friday
article), not at publication. In an undated article the phrase cannot be placed, yet it
still says its figure is of a time of its own: it is never set against the article's
current figure as a rival reading of one time.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import crosscheck
from crosscheck.extract._dates import find_dates
from tests._articles import opposed, quantities, story_report

_FRIDAY = "2025-02-14"

PHRASES = [
    ("en", "earlier this week"),
    ("en", "early in the week"),
    ("fr", "en début de semaine"),
    ("es", "a principios de semana"),
    ("it", "all'inizio della settimana"),
    ("de", "Anfang der Woche"),
    ("nl", "begin deze week"),
    ("pt", "no início da semana"),
    ("ca", "a principis de setmana"),
    ("ro", "la începutul săptămânii"),
    ("pl", "na początku tygodnia"),
    ("ru", "в начале недели"),
    ("uk", "на початку тижня"),
    ("ar", "في بداية الأسبوع"),
]


@pytest.mark.parametrize(("language", "phrase"), PHRASES)
def test_early_in_the_week_is_monday_to_wednesday_before_a_friday(
    language: str, phrase: str
) -> None:
    (mention,) = find_dates(phrase, language, published=_FRIDAY)
    assert (mention.value, mention.low, mention.high) == (
        "2025-02-10/2025-02-12",
        "2025-02-10",
        "2025-02-12",
    )


@pytest.mark.parametrize(
    ("published", "day"),
    [("2025-02-11", "2025-02-10"), ("2025-02-10", "2025-02-10"), ("2025-02-12", None)],
)
def test_early_in_the_week_never_reaches_the_publication_day(
    published: str, day: str | None
) -> None:
    (mention,) = find_dates("en début de semaine", "fr", published=published)
    if day is None:  # a Wednesday: Monday and Tuesday
        assert (mention.low, mention.high) == ("2025-02-10", "2025-02-11")
    else:
        assert (mention.value, mention.low, mention.high) == (day, day, day)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The river agency now counts 40 tonnes of dead fish, against 15 tonnes reported "
            "earlier this week.",
        ),
        (
            "fr",
            "L'agence fluviale compte désormais 40 tonnes de poissons morts, contre 15 tonnes "
            "annoncées en début de semaine.",
        ),
        (
            "es",
            "La agencia del río contabiliza ya 40 toneladas de peces muertos, frente a 15 "
            "toneladas a principios de semana.",
        ),
        (
            "de",
            "Die Flussbehörde zählt inzwischen 40 Tonnen tote Fische, gegenüber 15 Tonnen "
            "Anfang der Woche.",
        ),
        (
            "pl",
            "Agencja rzeczna liczy już 40 ton martwych ryb, wobec 15 ton podanych na początku "
            "tygodnia.",
        ),
    ],
)
def test_the_early_week_figure_holds_at_its_days(language: str, text: str) -> None:
    assert [c.as_of for c in quantities(text, language, published=_FRIDAY)] == [
        _FRIDAY,
        "2025-02-10/2025-02-12",
    ]


def _low(claim: crosscheck.Claim) -> object:
    return claim.low


DATED: Sequence[tuple[str, str, str]] = [
    (
        "2025-06-05",
        "en",
        "The death toll from the warehouse fire in Porto rose to 14, firefighters said.",
    ),
]


# Two bodies' readings in one undated article, the earlier one "early in the week": a
# count told twice, not two readings of one time (before, these were a conflict).
@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Selon les pompiers, l'incendie de l'entrepôt de Porto a fait 14 morts, contre 9 "
            "morts annoncés par l'hôpital en début de semaine.",
        ),
        (
            "es",
            "Según los bomberos, el incendio del almacén de Oporto ha causado 14 muertos, "
            "frente a los 9 muertos que anunció el hospital a principios de semana.",
        ),
        (
            "it",
            "Secondo i vigili del fuoco, l'incendio del magazzino di Porto ha causato 14 "
            "morti, contro i 9 morti annunciati dall'ospedale all'inizio della settimana.",
        ),
        (
            "de",
            "Nach Angaben der Feuerwehr hat der Brand in Porto 14 Tote gefordert, gegenüber "
            "9 Toten, die das Krankenhaus Anfang der Woche gemeldet hatte.",
        ),
        (
            "pt",
            "Segundo os bombeiros, o incêndio no armazém do Porto fez 14 mortos, contra 9 "
            "mortos anunciados pelo hospital no início da semana.",
        ),
        (
            "ro",
            "Potrivit pompierilor, incendiul de la depozitul din Porto a făcut 14 morți, față "
            "de 9 morți anunțați de spital la începutul săptămânii.",
        ),
        (
            "ca",
            "Segons els bombers, l'incendi del magatzem de Porto ha causat 14 morts, davant "
            "dels 9 morts que va anunciar l'hospital a principis de setmana.",
        ),
        (
            "pl",
            "Według strażaków pożar magazynu w Porto pochłonął 14 ofiar śmiertelnych, wobec 9 "
            "zabitych podanych przez szpital na początku tygodnia.",
        ),
    ],
)
def test_an_undated_article_sets_no_early_week_figure_against_its_current_one(
    language: str, text: str
) -> None:
    rep = story_report([*DATED, (None, language, text)], "s")  # type: ignore[list-item]
    assert frozenset((9, 14)) not in opposed(rep, _low), language


@pytest.mark.parametrize(
    ("language", "phrase", "value"),
    [
        # must not: the whole week, the last one, and a week back keep their old reading
        ("fr", "cette semaine", "2025-W07"),
        ("en", "last week", "2025-W06"),
        ("de", "eine Woche zuvor", "2025-02-07"),
        ("es", "esta semana", "2025-W07"),
        ("ru", "на прошлой неделе", "2025-W06"),
    ],
)
def test_other_week_words_keep_their_reading(language: str, phrase: str, value: str) -> None:
    (mention,) = find_dates(phrase, language, published=_FRIDAY)
    assert mention.value == value


def test_two_sources_of_an_undated_article_still_conflict() -> None:
    # must not: no week word, two bodies' readings of one writing
    text = (
        "Die Feuerwehr spricht von 14 Toten bei dem Brand in Porto, das Krankenhaus "
        "dagegen von 19 Toten."
    )
    rep = story_report([*DATED, (None, "de", text)], "s")  # type: ignore[list-item]
    assert frozenset((14, 19)) in opposed(rep, _low)
