"""Frames of a building-collapse report, in wording of our own.

Counting nouns make approximate figures ("una trentina", "una treintena");
people pulled out alive are rescued; Portuguese "continuam presos" are
trapped, not arrested; a German verb-final "mitteilten" closes the source;
and a relative cue after an inverted verb ("…, informó la agencia, según la
cual …") credits the verb's subject, not the verb.
"""

from __future__ import annotations

import pytest

from crosscheck import Article, Claim, find_quantities
from crosscheck.claims import extract_claims


def _quantities(text: str, language: str) -> list[Claim]:
    article = Article(id="c", text=text, language=language, published="2025-03-04")
    return [c for c in extract_claims(article) if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("it", "Una trentina di operai sono rimasti sotto le macerie.", 30),
        ("it", "Un centinaio di famiglie sono state evacuate.", 100),
        ("it", "Una ventina di case sono crollate.", 20),
        ("it", "Un migliaio di persone hanno lasciato la città.", 1000),
        ("es", "Una treintena de obreros siguen bajo los escombros.", 30),
    ],
)
def test_counting_nouns_give_approximate_figures(language: str, text: str, value: int) -> None:
    (q,) = find_quantities(text, language)
    assert (q.low, q.high, q.qualifier) == (value, value, "approx")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Rescuers pulled 14 people alive from the rubble."),
        ("fr", "Les secouristes ont sorti 14 personnes vivantes des décombres."),
        ("de", "Helfer bargen 14 Menschen lebend aus den Trümmern."),
        ("es", "Los rescatistas sacaron con vida a 14 personas de los escombros."),
    ],
)
def test_people_pulled_out_alive_are_rescued(language: str, text: str) -> None:
    assert _quantities(text, language)[-1].unit == "rescued"


def test_workers_still_held_under_rubble_are_trapped_not_arrested() -> None:
    (claim,) = _quantities("Cerca de 20 operários continuam presos sob os escombros.", "pt")
    assert claim.unit == "trapped"


def test_people_arrested_by_police_stay_arrested() -> None:
    (claim,) = _quantities("A polícia disse que 20 manifestantes foram presos.", "pt")
    assert claim.unit == "arrested"


def test_a_verb_final_report_verb_closes_the_source() -> None:
    text = "Beim Einsturz starben mindestens elf Menschen, wie die Rettungsdienste mitteilten."
    assert _quantities(text, "de")[-1].attributed_to == "Rettungsdienste"


def test_a_compound_cue_credits_the_compound_alone() -> None:
    text = "Sieben der Verletzten schweben nach Polizeiangaben in Lebensgefahr."
    (claim,) = _quantities(text, "de")
    assert claim.attributed_to == "Polizeiangaben"


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "es",
            "Los equipos sacaron a 14 personas, informó la agencia de emergencias, "
            "según la cual unos 20 obreros siguen atrapados.",
            "la agencia de emergencias",
        ),
        (
            "it",
            "Sono state estratte 14 persone, ha riferito la protezione civile, "
            "secondo cui una ventina di operai sono ancora intrappolati.",
            "la protezione civile",
        ),
    ],
)
def test_a_relative_cue_after_an_inverted_verb_credits_its_subject(
    language: str, text: str, source: str
) -> None:
    first, second = _quantities(text, language)
    assert first.attributed_to == source
    assert second.attributed_to == source
