"""A "yesterday" on the toll phrase dates the count as the day it was told.

"Le bilan s'est alourdi hier : 23 des dauphins échoués dans la nuit de
samedi à dimanche sont morts": the night is the stranding's, "hier" the day
the toll moved, so the figure holds at yesterday (``as_of_from`` "statement",
the count's own day, never read as the event's), and the headline's same 23
holds at that day too. With no toll noun, the nearest date keeps dating the
figure; a headline whose body twin is dated by the event stays at the writing.
"""

from __future__ import annotations

import pytest

from tests._articles import opposed, quantities, story_report

# Published on Wednesday 2026-03-11: "yesterday" is Tuesday 2026-03-10.
PUBLISHED = "2026-03-11"
YESTERDAY = "2026-03-10"

TOLD = {
    "en": "Island beach: 23 dolphins dead\n\nThe toll rose yesterday on the island: 23 of the "
    "dolphins stranded on Saturday night have died, the town council said.",
    "fr": "Plage : 23 dauphins morts\n\nLe bilan s'est alourdi hier sur l'île : 23 des "
    "dauphins échoués dans la nuit de samedi à dimanche sont morts, selon la mairie.",
    "es": "Playa: 23 delfines muertos\n\nEl balance aumentó ayer en la isla: 23 de los "
    "delfines varados en la noche del sábado han muerto, según el ayuntamiento.",
    "it": "Spiaggia: 23 delfini morti\n\nIl bilancio è salito ieri sull'isola: 23 dei "
    "delfini spiaggiati nella notte di sabato sono morti, secondo il comune.",
    "de": "Strand: 23 Delfine tot\n\nDie Bilanz stieg gestern auf der Insel: 23 Delfine, die in "
    "der Nacht zum Sonntag gestrandet waren, sind tot, teilte die Gemeinde mit.",
    "pt": "Praia: 23 golfinhos mortos\n\nO balanço subiu ontem na ilha: 23 dos golfinhos "
    "encalhados na noite de sábado morreram, segundo a câmara municipal.",
}

LATER = {
    "en": "The number of dead dolphins rose to 31 on Wednesday, the town council said.",
    "fr": "Le nombre de dauphins morts est passé à 31 mercredi, selon la mairie.",
}


@pytest.mark.parametrize("lang", sorted(TOLD))
def test_the_toll_day_dates_the_body_figure_and_its_headline(lang: str) -> None:
    claims = [c for c in quantities(TOLD[lang], lang, PUBLISHED) if c.low == 23]
    assert len(claims) == 2, [c.text for c in claims]
    assert [(c.as_of, c.as_of_from) for c in claims] == [(YESTERDAY, "statement")] * 2


@pytest.mark.parametrize("lang", sorted(LATER))
def test_a_later_count_is_an_update_not_a_conflict(lang: str) -> None:
    rep = story_report([(PUBLISHED, "fr", TOLD["fr"]), (PUBLISHED, lang, LATER[lang])], "dolphins")
    assert not any({23, 31} <= set(pair) for pair in opposed(rep, lambda c: c.low))


# must NOT: a day word with no toll noun keeps the nearest-date reading
UNTOLD = {
    "en": "Rescuers yesterday freed 23 dolphins that had stranded on Saturday night.",
    "fr": "Hier, les secouristes ont trouvé 23 dauphins échoués samedi soir sur la plage.",
    "es": "Ayer, los socorristas encontraron 23 delfines varados el sábado por la noche.",
    "it": "Ieri i soccorritori hanno trovato 23 delfini spiaggiati sabato sera.",
    "de": "Gestern fanden Helfer 23 Delfine, die am Samstagabend gestrandet waren.",
}


@pytest.mark.parametrize("lang", sorted(UNTOLD))
def test_no_toll_noun_no_told_day(lang: str) -> None:
    (claim,) = [c for c in quantities(UNTOLD[lang], lang, PUBLISHED) if c.low == 23]
    assert claim.as_of_from != "statement"


# must NOT: a toll phrase whose day word is parted from the figure by a comma
PARTED = {
    "en": "The toll was updated yesterday, and 23 dolphins died on Saturday night.",
    "fr": "Le bilan a été revu hier, et 23 dauphins sont morts samedi soir.",
    "it": "Il bilancio è stato aggiornato ieri, e 23 delfini sono morti sabato sera.",
}


@pytest.mark.parametrize("lang", sorted(PARTED))
def test_a_comma_parts_the_day_from_the_figure(lang: str) -> None:
    (claim,) = [c for c in quantities(PARTED[lang], lang, PUBLISHED) if c.low == 23]
    assert claim.as_of_from != "statement"


# must NOT: a headline over an event-dated body twin keeps the writing's day
EVENT_DATED = {
    "en": "Ferry toll rises to 12\n\nThe sinking of the ferry on Sunday killed 12 people, "
    "the coast guard said.",
    "fr": "Naufrage : le bilan passe à 12 morts\n\nLe naufrage du ferry dimanche a fait "
    "12 morts, selon les garde-côtes.",
}


@pytest.mark.parametrize("lang", sorted(EVENT_DATED))
def test_an_event_dated_twin_gives_its_headline_no_day(lang: str) -> None:
    claims = [c for c in quantities(EVENT_DATED[lang], lang, PUBLISHED) if c.low == 12]
    headline = claims[0]
    assert (headline.as_of, headline.as_of_from) == (PUBLISHED, "published")
