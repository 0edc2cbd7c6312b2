"""One source's count told against its reading of an earlier day, in one sentence: a fall,
or a correction.

"Nine runners were still in hospital on Monday, down from 22 on Sunday, the hospital
said": a baseline word sets the first figure against the same source's reading of the day
before, and the count may fall (those in hospital leave). "Nine people are missing, and
not the 14 announced on Sunday": a word of correction (``[toll_nouns] contrasts``) sets
the new figure against the old. Either way the article tells one count's course, and
another article's figure of the later day joins it: one timeline, not parts of one
statement (align._quantity._earlier_reading) nor two figures side by side
(judge._time._tells_rise). A count that cannot fall (the dead) told lower keeps its old
reading (parts of one statement), and a rival's figure of the same day still conflicts.
"""

from __future__ import annotations

import pytest

import crosscheck
from tests._articles import opposed, story_report

DAY = "2025-06-16"  # a Monday

IN_HOSPITAL = (DAY, "en", "Nine runners were still in hospital on Monday, the hospital said.")
MISSING = (DAY, "en", "Nine people were still missing on Monday, the coast guard said.")


def _one_timeline(rep: crosscheck.Report, *values: int) -> bool:
    """One finding holds every figure of ``values`` (by value) in its timeline, with no
    conflict among them."""
    for finding in rep.findings:
        held = {rep.claim(c).low for c in finding.claims}
        if set(values) <= held and "timeline" in finding.facets:
            return not any(frozenset(values[:2]) == p for p in opposed(rep, lambda c: c.low))
    return False


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Nine runners were still in hospital on Monday, down from 22 on Sunday, the "
            "hospital said.",
        ),
        (
            "de",
            "Am Montag lagen noch neun Läufer im Krankenhaus, gegenüber 22 am Sonntag, teilte "
            "die Klinik mit.",
        ),
        (
            "pt",
            "Na segunda-feira, nove corredores continuavam internados, contra 22 no domingo, "
            "segundo o hospital.",
        ),
        (
            "it",
            "Secondo l'ospedale, lunedì nove atleti erano ancora ricoverati, contro i 22 "
            "ricoverati domenica.",
        ),
        (
            "fr",
            "Lundi, neuf coureurs étaient encore hospitalisés, contre 22 la veille, selon "
            "l'hôpital.",
        ),
        (
            "nl",
            "Maandag lagen nog negen lopers in het ziekenhuis, tegenover 22 op zondag, aldus "
            "het ziekenhuis.",
        ),
    ],
)
def test_a_fall_told_against_the_day_before_is_one_course(lang: str, text: str) -> None:
    rep = story_report([(DAY, lang, text), IN_HOSPITAL], "s")
    assert _one_timeline(rep, 9, 22)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "On Monday the coast guard said nine people were missing, and not the 14 it "
            "announced on Sunday.",
        ),
        (
            "es",
            "El lunes, la guardia costera dijo que hay nueve desaparecidos, y no los 14 "
            "anunciados el domingo.",
        ),
        ("fr", "Lundi, les garde-côtes comptaient neuf disparus, et non les 14 annoncés dimanche."),
        (
            "de",
            "Am Montag wurden laut Küstenwache neun Menschen vermisst und nicht 14, wie am "
            "Sonntag gemeldet.",
        ),
        (
            "pt",
            "Na segunda-feira, a guarda costeira contava nove desaparecidos, e não os 14 "
            "anunciados no domingo.",
        ),
        (
            "nl",
            "Maandag werden volgens de kustwacht negen mensen vermist, en niet de 14 die zondag "
            "werden gemeld.",
        ),
    ],
)
def test_a_count_corrected_against_an_earlier_day_is_one_course(lang: str, text: str) -> None:
    rep = story_report([(DAY, lang, text), MISSING], "s")
    assert _one_timeline(rep, 9, 14)


def test_a_rise_told_with_a_word_of_correction_is_one_course() -> None:
    rep = story_report(
        [
            (
                "2025-04-11",
                "en",
                "The agency said on Friday that 55,000 refugees had arrived, and not the 61,000 "
                "it announced on Thursday.",
            ),
            ("2025-04-11", "fr", "Vendredi, l'agence a fait état de 55 000 réfugiés arrivés."),
        ],
        "s",
    )
    assert _one_timeline(rep, 55000, 61000)


# must not: a count that cannot fall, told lower than the day before, is no course
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Bis Montag starben neun Menschen, gegenüber 12 am Sonntag, teilte die Polizei mit.",
        ),
        ("en", "On Monday police said nine people had died, and not the 12 announced on Sunday."),
        ("es", "El lunes la policía confirmó nueve muertos, y no los 12 anunciados el domingo."),
    ],
)
def test_a_toll_told_lower_than_the_day_before_keeps_its_old_reading(lang: str, text: str) -> None:
    rep = story_report([(DAY, lang, text), (DAY, "en", "Police said nine people had died.")], "s")
    assert not any({9, 12} <= {rep.claim(c).low for c in f.claims} for f in rep.findings)


# must not: the told course hides no rival's figure of the same day
@pytest.mark.parametrize(
    ("told", "rival", "values"),
    [
        (
            (
                "en",
                "Nine runners were still in hospital on Monday, down from 22 on Sunday, the "
                "hospital said.",
            ),
            ("fr", "Lundi, le ministère de la Santé comptait 15 coureurs hospitalisés."),
            (9, 15),
        ),
        (
            (
                "de",
                "Am Montag lagen noch neun Läufer im Krankenhaus, gegenüber 22 am Sonntag, "
                "teilte die Klinik mit.",
            ),
            ("fr", "Lundi, le ministère de la Santé comptait 15 coureurs hospitalisés."),
            (9, 15),
        ),
        (
            (
                "es",
                "El lunes, la guardia costera dijo que hay nueve desaparecidos, y no los 14 "
                "anunciados el domingo.",
            ),
            ("en", "On Monday the police said 20 people were missing."),
            (9, 20),
        ),
    ],
)
def test_a_rival_figure_of_the_later_day_still_conflicts(
    told: tuple[str, str], rival: tuple[str, str], values: tuple[int, int]
) -> None:
    rep = story_report([(DAY, *told), (DAY, *rival)], "s")
    assert frozenset(values) in opposed(rep, lambda c: c.low)


# must not: two days' figures of one sentence with no word that sets one against the other
# stay parts of one statement
def test_two_days_listed_side_by_side_stay_one_statement() -> None:
    rep = story_report(
        [
            (
                DAY,
                "en",
                "Nine runners were still in hospital on Monday and 22 on Sunday, the hospital "
                "said.",
            ),
            IN_HOSPITAL,
        ],
        "s",
    )
    assert not _one_timeline(rep, 9, 22)


# must not: two head counts of one unit on two days, with nothing that ties them (those who
# left their homes, those who slept in a gym), are no course of one count
@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            ("en", "The city said 2,000 people had left their homes."),
            ("fr", "Lundi, 300 personnes ont passé la nuit dans le gymnase, selon la ville."),
        ),
        (
            ("it", "Secondo il comune, 2.000 persone hanno lasciato le loro case."),
            ("de", "Am Montag übernachteten 300 Menschen in der Turnhalle, teilte die Stadt mit."),
        ),
    ],
)
def test_two_head_counts_of_two_days_with_no_tie_stay_apart(
    first: tuple[str, str], second: tuple[str, str]
) -> None:
    rep = story_report([("2025-06-15", *first), (DAY, *second)], "s")
    assert not any({300, 2000} <= {rep.claim(c).low for c in f.claims} for f in rep.findings)
