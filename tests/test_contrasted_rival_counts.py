"""Two sources' open counts that an article sets against each other with a word of contrast.

"The Red Crescent said more than 300 people had died in Derna. The health
ministry, by contrast, said more than 2,000": the article itself says the
second count is another party's reading of the same toll, so the two floors
are read at their bounds, as rival counts, however far apart (up to the
same-scale factor), and the second figure takes the first one's place.
Without such a word, two bounds far apart may be stages of a young toll
(13 at first, 51 by evening; 296 in the morning, 2,012 at night) and stay
apart from conflicts, as do counts of two articles.
"""

from __future__ import annotations

import pytest

from crosscheck.claims import Claim
from crosscheck.claims._rivals import lend_rival_places, set_against
from crosscheck.judge._findings import _restating

from ._articles import opposed, quantities, story_report

RIVALS = [
    (
        "it",
        "Il portavoce della protezione civile ha parlato di oltre 300 morti nella sola Derna. "
        "Per il ministero dell'Interno, invece, i morti sono più di 2.000.",
    ),
    (
        "en",
        "The Red Crescent said more than 300 people had died in Derna. The health ministry, "
        "by contrast, said more than 2,000 people had died.",
    ),
    (
        "fr",
        "Selon le Croissant-Rouge, plus de 300 personnes sont mortes à Derna. En revanche, le "
        "ministère de la Santé a annoncé plus de 2 000 morts.",
    ),
    (
        "de",
        "Der Rote Halbmond meldete mehr als 300 Tote in Derna. Das Gesundheitsministerium "
        "sprach hingegen von mehr als 2000 Toten.",
    ),
    (
        "es",
        "Según la Media Luna Roja, más de 300 personas murieron en Derna. El ministerio de "
        "Salud, en cambio, informó de más de 2.000 muertos.",
    ),
    (
        "pt",
        "Segundo o Crescente Vermelho, mais de 300 pessoas morreram em Derna. Em "
        "contrapartida, o ministério da Saúde fala em mais de 2.000 mortos.",
    ),
    (
        "ar",
        "أعلن الهلال الأحمر أن أكثر من 300 شخص لقوا حتفهم في درنة. في المقابل، قال وزير "
        "الصحة إن أكثر من 2000 شخص قتلوا.",
    ),
    (
        "pl",
        "Według Czerwonego Półksiężyca zginęło ponad 300 osób w Dernie. Ministerstwo zdrowia "
        "mówi natomiast o ponad 2000 zabitych.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), RIVALS)
def test_open_counts_set_against_each_other_are_rival_counts(lang: str, text: str) -> None:
    report = story_report([("2023-09-11", lang, text)], "story", "o")
    assert frozenset((300, 2000)) in opposed(report, lambda c: c.low)
    (finding,) = report.conflicts
    assert finding.severity == "hard"  # 300 and 2,000 are far apart at their bounds
    assert "rival_bounds" in finding.notes
    assert "read at its bound" in finding.explanation


@pytest.mark.parametrize(("lang", "text"), RIVALS)
def test_the_figure_set_against_a_placed_one_takes_its_place(lang: str, text: str) -> None:
    first, second = quantities(text, lang, "2023-09-11")
    assert set_against(first, second)
    assert first.place_id == second.place_id == "derna"


def test_one_sentence_with_a_word_of_contrast_between_the_figures() -> None:
    text = (
        "Красный Полумесяц сообщил о более чем 300 погибших в Дерне, тогда как министерство "
        "здравоохранения говорит о более чем 1500 погибших."
    )
    report = story_report([("2023-09-11", "ru", text)], "story", "o")
    assert frozenset((300, 1500)) in opposed(report, lambda c: c.low)


def test_relays_of_a_rival_bound_the_same_day_stand_on_its_side() -> None:
    rows = [
        (
            "2023-09-12",
            "it",
            "Oussama Ali, portavoce dei servizi di emergenza, ha parlato di oltre 2.300 morti "
            "nella sola Derna. Per il ministero dell'Interno dell'est, invece, il numero delle "
            "vittime ha superato 5.200 morti.",
        ),
        (
            "2023-09-12",
            "de",
            "Die Rettungsdienste meldeten am Dienstag allein aus Derna mehr als 2300 Tote.",
        ),
    ]
    report = story_report(rows, "story", "r")
    pairs = opposed(report, lambda c: (c.article, c.low))
    assert frozenset((("r0", 2300), ("r0", 5200))) in pairs
    assert frozenset((("r1", 2300), ("r0", 5200))) in pairs


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            # no word of contrast: bounds this far apart may be stages of a young toll
            "en",
            "The Red Crescent said more than 300 people had died in Derna. The health ministry "
            "said more than 2,000 people had died.",
        ),
        (
            # a sentence between: the contrast is with that sentence, not the figure
            "it",
            "Il portavoce della protezione civile ha parlato di oltre 300 morti nella sola "
            "Derna. La città è senza acqua ed elettricità da due giorni. Per il ministero "
            "dell'Interno, invece, i morti sono più di 2.000.",
        ),
        (
            # one source's two bounds: its own update
            "de",
            "Der Rote Halbmond meldete mehr als 300 Tote in Derna. Der Rote Halbmond sprach "
            "hingegen am Abend von mehr als 2000 Toten.",
        ),
        (
            # the word contrasts places, far from the credited source: no rival readings
            "de",
            "Die Behörden meldeten mehr als 200 Tote. In den Bergdörfern hingegen seien mehr "
            "als 30 Menschen gestorben, sagte ein Sprecher des Roten Kreuzes.",
        ),
        (
            # the word of contrast before the first figure sets nothing against it
            "fr",
            "En revanche, selon le Croissant-Rouge, plus de 300 personnes sont mortes à Derna. "
            "Le ministère de la Santé a annoncé plus de 2 000 morts.",
        ),
    ],
)
def test_open_counts_not_set_against_each_other_stay_apart(lang: str, text: str) -> None:
    report = story_report([("2023-09-11", lang, text)], "story", "n")
    assert not report.conflicts


def test_open_counts_of_two_articles_on_one_day_stay_a_running_toll() -> None:
    # A young toll may rise sevenfold within its first day (296 in the morning,
    # 2,012 at night): two outlets' floors of one day are no rivals.
    rows = [
        (
            "2023-09-09",
            "fr",
            "Selon le ministère de l'Intérieur, au moins 296 personnes sont mortes.",
        ),
        ("2023-09-09", "es", "Al menos 2.012 personas murieron, según las autoridades locales."),
    ]
    report = story_report(rows, "story", "d")
    assert not report.conflicts


def test_a_figure_set_against_nothing_keeps_no_place() -> None:
    first, second = quantities(
        "The Red Crescent said more than 300 people had died in Derna. The health ministry "
        "said more than 2,000 people had died.",
        "en",
        "2023-09-11",
    )
    assert not set_against(first, second)
    assert lend_rival_places([first, second])[1].place_id is None


@pytest.mark.parametrize(("marker", "rivals"), [(", by contrast,", True), ("", False)])
def test_a_word_of_contrast_keeps_two_figures_of_a_rising_day_rivals(
    marker: str, rivals: bool
) -> None:
    # 140 and 300 both lie between the day before (50) and the day after (400): without
    # the word they may be the day's successive briefings; with it, the article says
    # they are two parties' readings of one toll.
    rows = [
        ("2025-03-01", "en", "The floods have killed 50 people, officials said."),
        (
            "2025-03-02",
            "en",
            "The Red Cross said 300 people had died in the floods. The health ministry"
            f"{marker} said 140 people had died.",
        ),
        ("2025-03-03", "en", "The floods have killed 400 people, officials said."),
    ]
    report = story_report(rows, "story", "x")
    assert (frozenset((140, 300)) in opposed(report, lambda c: c.low)) is rivals


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "In Derna, more than 300 people died, the Red Crescent said. The government, on the "
            "other hand, put the overall death toll at more than 2,000.",
        ),
        (
            "es",
            "En Derna murieron más de 300 personas, según la Media Luna Roja. El Gobierno, en "
            "cambio, cifra el balance total en más de 2.000 muertos.",
        ),
    ],
)
def test_a_whole_set_against_a_place_stays_the_whole(lang: str, text: str) -> None:
    # "overall", "total": the second figure covers more than Derna; it takes no place
    # from the first and is no rival reading of Derna's toll.
    report = story_report([("2023-09-11", lang, text)], "story", "w")
    first, second = (c for c in report.claims if c.kind == "quantity")
    assert first.place_id == "derna"
    assert second.place_id is None
    assert not report.conflicts


def test_floors_of_two_articles_that_fall_keep_their_own_reason() -> None:
    # Both sides open above, but set apart because the count fell from one day to the
    # next, not because one article contrasts them: no "read at its bound" sentence.
    rows = [
        (
            "2023-09-16",
            "en",
            "The floods have killed more than 11,000 people in Derna, the Red Crescent said.",
        ),
        (
            "2023-09-17",
            "en",
            "The floods have killed at least 3,958 people in Derna, the WHO said.",
        ),
    ]
    report = story_report(rows, "story", "f")
    (finding,) = report.conflicts
    assert finding.severity == "hard"
    assert "cannot_fall" in finding.notes
    assert "rival_bounds" not in finding.notes
    assert "read at its bound" not in finding.explanation


def _floor(claim_id: str, article: str, low: int, source: str) -> Claim:
    """An open count ("more than ``low``") of 12 September 2023, credited to ``source``."""
    return Claim(
        id=claim_id,
        article=article,
        kind="quantity",
        text=f"more than {low}",
        start=0,
        end=1,
        sentence="",
        sentence_start=0,
        language="en",
        low=low,
        qualifier="over",
        unit="killed",
        source_id=source,
        as_of="2023-09-12",
    )


def test_only_other_articles_relay_a_rival_bound() -> None:
    # the article's own third reading, close to one bound, is no relay of that statement;
    # another outlet's figure of that bound the same day is
    left = [_floor("a#1", "a", 2300, "emergency")]
    right = [_floor("a#2", "a", 5200, "interior_ministry")]
    own = _floor("a#3", "a", 2400, "red_crescent")
    relay = _floor("b#1", "b", 2300, "emergency_relayed")
    claims = [*left, *right, own, relay]
    side = _restating(claims, left, 2300.0, "2023-09-12", right)
    assert [c.id for c in side] == ["a#1", "b#1"]
