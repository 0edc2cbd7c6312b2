"""A cue that closes the sentence after a comma ("…, according to the regional health
service", "…, segons fonts aeroportuàries") names who gave a count that the sentence's
subject recorded ("The hospital registered 85 admissions"): the subject made or suffered
the count, the article cites the body after the comma, as it does for a closing speaker
("…, police said"). A pointer noun there ("…, según el último balance") names no one and
leaves the subject credited, and a subject that counted itself (``[attribution]
tally_verbs``: "Police counted 12,000 protesters, according to the organisers") keeps
its count."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "en",
            "The hospital registered 85 admissions overnight, according to the regional "
            "health service.",
            "the regional health service",
        ),
        (
            "es",
            "El hospital registró 85 ingresos durante la noche, según el servicio regional "
            "de salud.",
            "el servicio regional de salud",
        ),
        (
            "ca",
            "L'hospital ha registrat 85 ingressos aquesta nit, segons el servei regional de "
            "salut, en plena onada de calor.",
            "el servei regional de salut",
        ),
        (
            "it",
            "L'ospedale ha registrato 85 ricoveri nella notte, secondo il servizio sanitario "
            "regionale.",
            "il servizio sanitario regionale",
        ),
        (
            "pt",
            "O hospital registou 85 internamentos durante a noite, segundo o serviço regional "
            "de saúde.",
            "o serviço regional de saúde",
        ),
        (
            "de",
            "Das Krankenhaus verzeichnete in der Nacht 85 Aufnahmen, nach Angaben des "
            "Gesundheitsamts.",
            "Gesundheitsamts",
        ),
    ],
)
def test_closing_cue_credits_the_recorded_count(language: str, text: str, source: str) -> None:
    assert _credits(text, language) == [source]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # must not: a pointer noun after the comma names no one
        (
            "es",
            "El hospital registró 85 ingresos durante la noche, según el último balance.",
            "El hospital",
        ),
        (
            "en",
            "The hospital registered 85 admissions overnight, according to the latest report.",
            "The hospital",
        ),
        # must not: with no cue after it, the subject that recorded the count stays
        ("it", "L'ospedale ha registrato 85 ricoveri nella notte.", "L'ospedale"),
        # must not: a subject that counted itself keeps its count ([attribution] tally_verbs)
        ("en", "Police counted 12,000 protesters, according to the organisers.", "Police"),
        ("de", "Die Polizei zählte 12.000 Demonstranten, so die Veranstalter.", "Die Polizei"),
        ("fr", "La police a dénombré 12 000 manifestants, selon les organisateurs.", "La police"),
        ("nl", "De politie telde 12.000 demonstranten, volgens de organisatoren.", "De politie"),
        ("ro", "Poliția a numărat 12.000 de protestatari, potrivit organizatorilor.", "Poliția"),
    ],
)
def test_subject_kept_without_a_named_closing_cue(language: str, text: str, source: str) -> None:
    assert _credits(text, language) == [source]
