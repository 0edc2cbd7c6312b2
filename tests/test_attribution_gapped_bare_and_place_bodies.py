"""Two sources of one sentence with the verb gapped: the second figure is the second's.

"The union counted 12,000 marchers, the police 3,000": a reporting verb that takes its
figure with no preposition leaves nothing for the gapped clause to repeat, so a bare
comma, a source ending in a name or a source noun, and the figure make that clause
(``extract._context._gapped_at``). A body named with its place ("die polnische
Regulierungsbehörde UKE", "le régulateur polonais") is a source, not a gapped place;
regulators are source nouns in all 13 languages (``[attribution] role_nouns``).
Must-not cases: a clause with a verb of its own ("obwohl private Stationen 40,6 Grad
gemessen hatten", "the police arrested 30"), a gapped place ("Kyiv 120") and words that
name no one ("the youngest 12") keep the first source.
"""

from __future__ import annotations

import pytest

from tests._articles import quantities


def _sources(text: str, lang: str) -> list[str | None]:
    return [c.attributed_to for c in quantities(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "second"),
    [
        ("en", "The union counted 14,000 marchers, the police 4,500.", "the police"),
        (
            "en",
            "The operator estimates about 90,000 households, the regulator more than 150,000.",
            "the regulator",
        ),
        ("es", "La policía contó 14.000 manifestantes, los sindicatos 45.000.", "los sindicatos"),
        (
            "de",
            "Die Polizei zählte 4.500 Teilnehmer, die Veranstalter mehr als 14.000.",
            "die Veranstalter",
        ),
        (
            "it",
            "La questura ha contato 4.500 persone, gli organizzatori oltre 14.000.",
            "gli organizzatori",
        ),
        (
            "fr",
            "L'opérateur estime 90 000 foyers privés de réseau, le régulateur plus de 150 000.",
            "le régulateur",
        ),
        (
            "nl",
            "De politie telde 4.500 deelnemers, de organisatoren meer dan 14.000.",
            "de organisatoren",
        ),
    ],
)
def test_a_bare_gapped_clause_credits_its_own_subject(lang: str, text: str, second: str) -> None:
    assert _sources(text, lang)[1] == second


@pytest.mark.parametrize(
    ("lang", "text", "second"),
    [
        (
            "de",
            "Der Netzbetreiber sprach von etwa 90.000 Haushalten, die polnische"
            " Regulierungsbehörde UKE von mehr als 150.000.",
            "die polnische Regulierungsbehörde UKE",
        ),
        (
            "fr",
            "L'opérateur parle de 90 000 foyers, le régulateur polonais de plus de 150 000.",
            "le régulateur polonais",
        ),
        (
            "es",
            "La empresa habla de 90.000 hogares, el regulador de más de 150.000.",
            "el regulador",
        ),
        (
            "nl",
            "Het bedrijf spreekt van 90.000 huishoudens, de toezichthouder van ruim 150.000.",
            "de toezichthouder",
        ),
        (
            "ru",
            "Компания говорит о 90 тысячах абонентов, регулятор — о более чем 150 тысячах.",
            "регулятор",
        ),
    ],
)
def test_a_body_of_a_place_or_a_regulator_speaks_in_a_gapped_clause(
    lang: str, text: str, second: str
) -> None:
    assert _sources(text, lang)[1] == second


@pytest.mark.parametrize(
    ("lang", "text", "first"),
    [
        (
            "de",
            "Der Wetterdienst meldete 40,1 Grad, obwohl private Stationen 40,6 Grad gemessen"
            " hatten.",
            None,
        ),
        ("en", "Police said 500 people were detained, the police arrested 30.", "Police"),
        ("en", "The ministry reported 300 deaths, Kyiv 120.", "The ministry"),
        ("en", "Police said 500 people were detained, the youngest 12.", "Police"),
        ("es", "El Gobierno habla de 300 muertos y Valencia de 120.", "El Gobierno"),
    ],
)
def test_no_gapped_clause_keeps_the_first_source(lang: str, text: str, first: str | None) -> None:
    sources = _sources(text, lang)
    if first is None:
        assert sources[1] == "private Stationen"
    else:
        assert sources[1] == first
