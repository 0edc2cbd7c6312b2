"""A pronoun right after a body's position with no figure stands for that body.

"Die Gewerkschaft hält die Zahl für zu niedrig. Sie spricht von 2000 Menschen.": the
sentence before the pronoun has no figure and its verb is no cue, but a body opens it as
its subject; the pronoun is that body, not the speaker named before it.
"""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article


def _credits(text: str, language: str) -> list[str | None]:
    rep = crosscheck.report([Article(id="a", text=text, language=language, published="2024-01-01")])
    return [c.attributed_to for c in rep.claims if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("language", "text", "first", "second"),
    [
        (
            "de",
            "Die Polizei zählte 300 Teilnehmer. Die Gewerkschaft hält die Zahl für zu niedrig. "
            "Sie spricht von 2000 Menschen.",
            "Die Polizei",
            "Die Gewerkschaft",
        ),
        (
            "de",
            "Das Amt meldet 73 tote Schafe. Die Züchtervereinigung hält das für geschönt. "
            "Sie zählt mehr als 150 Tiere.",
            "Das Amt",
            "Die Züchtervereinigung",
        ),
        (
            "fr",
            "La police a compté 300 manifestants. Le syndicat juge ce chiffre trop bas. "
            "Il parle de 2000 personnes.",
            "La police",
            "Le syndicat",
        ),
        (
            "nl",
            "De politie telde 300 betogers. De vakbond vindt dat veel te weinig. "
            "Zij spreekt van 2000 mensen.",
            "De politie",
            "De vakbond",
        ),
    ],
)
def test_the_pronoun_is_the_body_that_took_the_position(
    language: str, text: str, first: str, second: str
) -> None:
    assert _credits(text, language) == [first, second]


@pytest.mark.parametrize(
    ("language", "text", "first", "second"),
    [
        # no body opens the sentence between: the pronoun keeps the last source named
        (
            "de",
            "Die Polizei zählte 300 Teilnehmer. Der Regen hielt viele ab. "
            "Sie spricht von 2000 Menschen.",
            "Die Polizei",
            "Die Polizei",
        ),
        (
            "fr",
            "La police a compté 300 manifestants. Il pleuvait toute la journée. "
            "Elle parle de 2000 personnes.",
            "La police",
            "La police",
        ),
    ],
)
def test_a_sentence_no_body_opens_names_no_one(
    language: str, text: str, first: str, second: str
) -> None:
    assert _credits(text, language) == [first, second]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "fr",
            "La police a fermé la route près de Lyon. Elle a indiqué que 150 personnes ont "
            "été évacuées.",
            "La police",
        ),
        (
            "en",
            "The police closed the road on Monday. They said 150 people were evacuated.",
            "The police",
        ),
        (
            "pt",
            "A polícia fechou a estrada perto de Braga. Ela disse que 150 pessoas foram retiradas.",
            "A polícia",
        ),
    ],
)
def test_the_body_ends_at_its_verb(language: str, text: str, source: str) -> None:
    # a capital further on ("Lyon", "Monday") is no part of the subject
    assert _credits(text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Die Gewerkschaft hält die Zahl für zu niedrig. Der Regen hörte am Abend auf. "
            "Sie spricht von 2000 Teilnehmern.",
        ),
        (
            "fr",
            "Le syndicat juge ce chiffre trop bas. La pluie a cessé le soir. Il parle de "
            "2000 manifestants.",
        ),
    ],
)
def test_the_position_reaches_the_next_sentence_only(language: str, text: str) -> None:
    assert _credits(text, language) == [None]


def test_a_name_after_a_function_word_stays_in_the_body() -> None:
    text = "Le Collectif des éleveurs du Vercors conteste ce chiffre. Il parle de 150 brebis tuées."
    assert _credits(text, "fr") == ["Le Collectif des éleveurs du Vercors"]
