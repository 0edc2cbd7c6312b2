"""A dateline's dash opens its sentence, and a headline's plain head count takes the
credit the body gives the same bounds of people in a state (docs/semantics.md)."""

from __future__ import annotations

import pytest

from crosscheck.claims._build import extract_claims
from crosscheck.extract._quantities import extract_quantities
from crosscheck.ingest._article import Article
from crosscheck.lang import get_language


def _figures(lang: str, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.unit) for q in extract_quantities(text, get_language(lang))]


def _credits(lang: str, text: str) -> list[tuple[str, str | None]]:
    article = Article(id="t", text=text, language=lang)
    return [(c.text, c.attributed_to) for c in extract_claims(article) if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "LONDON – Yesterday 300 were evacuated from the flats.", "300 were evacuated"),
        ("fr", "PARIS – Hier 300 ont été évacués.", "300 ont été évacués"),
        ("ro", "BUCUREȘTI – Ieri 300 au fost evacuați.", "300 au fost evacuați"),
        ("nl", "AMSTERDAM – Gisteren 300 werden geëvacueerd.", "300 werden geëvacueerd"),
        ("pt", "LISBOA – Ontem 300 foram retirados.", "300 foram retirados"),
        ("it", "ROMA – Sono 12 i feriti del volo.", "12 i feriti"),
        ("ca", "GIRONA - Són 12 els ferits del vol.", "12 els ferits"),
    ],
)
def test_dateline_dash_opens_the_sentence(lang: str, text: str, figure: str) -> None:
    assert figure in [t for t, _ in _figures(lang, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Demand for both models – Boeing 737 included – rose last year.",
        "LONDON – Sales of the Boeing 737 rose last year.",
    ],
)
def test_dash_inside_a_sentence_keeps_the_name(text: str) -> None:
    assert _figures("en", text) == []  # "Boeing 737" stays a name


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "it",
            "Turbolenza sul volo: 12 feriti\n\nPALERMO – Sono 12 i feriti, 5 dei quali "
            "ricoverati, tra i passeggeri del volo. Lo ha comunicato l'ospedale.",
            "l'ospedale",
        ),
        (
            "es",
            "Turbulencias en un vuelo: 12 heridos\n\nMADRID – Son 12 los heridos, cinco de "
            "ellos hospitalizados, entre los pasajeros del vuelo. Así lo ha comunicado el "
            "hospital.",
            "el hospital",
        ),
        (
            "pt",
            "Turbulência em voo: 12 feridos\n\nLISBOA – São 12 os feridos, cinco dos quais "
            "internados, entre os passageiros do voo. A informação foi avançada pelo hospital.",
            "hospital",
        ),
    ],
)
def test_headline_takes_the_dated_lead_credit(lang: str, text: str, source: str) -> None:
    assert _credits(lang, text)[0][1] == source


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "fr",
            "Plus de 200 chauffeurs sur l'autoroute\n\nPlus de 200 chauffeurs sont bloqués "
            "depuis la nuit sur l'autoroute par la neige, a annoncé la préfecture.",
            "la préfecture",
        ),
        (
            "es",
            "Más de 200 conductores en la autopista\n\nMás de 200 conductores están atrapados "
            "desde anoche en la autopista por la nieve, informó la Guardia Civil.",
            "la Guardia Civil",
        ),
        (
            "ro",
            "Peste 200 de șoferi pe autostradă\n\nPeste 200 de șoferi sunt blocați de aseară "
            "pe autostradă din cauza zăpezii, a anunțat Poliția Rutieră.",
            "Poliția Rutieră",
        ),
    ],
)
def test_headline_head_count_takes_the_state_credit(lang: str, text: str, source: str) -> None:
    assert _credits(lang, text)[0][1] == source


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # two states: the dead are not the injured
        ("fr", "Séisme : 23 morts\n\n23 personnes ont été blessées, selon la préfecture."),
        (
            "en",
            "Quake: 23 dead\n\nAt the hospital, 23 people were treated for injuries, police said.",
        ),
        # a headline's state is not told by the body's plain head count
        (
            "es",
            "Naufragio: 23 muertos\n\nEn el barco viajaban 23 personas, según la naviera.",
        ),
        # two body figures of those bounds: the headline's is either
        (
            "fr",
            "Naufrage : 23 personnes\n\n23 personnes sont mortes, selon les garde-côtes. "
            "23 personnes ont été blessées, selon la préfecture.",
        ),
        # another figure: 200 is not 250
        (
            "ro",
            "Peste 200 de șoferi pe autostradă\n\nPeste 250 de șoferi sunt blocați de aseară "
            "pe autostradă din cauza zăpezii, a anunțat Poliția Rutieră.",
        ),
    ],
)
def test_headline_keeps_no_credit(lang: str, text: str) -> None:
    assert _credits(lang, text)[0][1] is None


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "de",
            "Die Einsparungen beziffert der Konzern auf 300 Millionen Euro im Jahr.",
            "der Konzern",
        ),
        ("ru", "Ущерб оценивает компания в 40 миллионов рублей.", "компания"),
        ("uk", "Збитки оцінює компанія в 40 мільйонів гривень.", "компанія"),
        ("de", "Die Kosten schätzt das Ministerium auf 12 Millionen Euro.", "das Ministerium"),
        ("ru", "Стоимость ремонта оценивает мэрия в 40 миллионов рублей.", "мэрия"),
        ("pl", "Koszty szacuje ministerstwo na 40 milionów złotych.", "ministerstwo"),
    ],
)
def test_fronted_amount_credits_the_subject_after_the_verb(
    lang: str, text: str, source: str
) -> None:
    assert _credits(lang, text)[0][1] == source


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        # the subject before the verb stays the source
        ("de", "Der Konzern beziffert die Einsparungen auf 300 Millionen Euro.", "Der Konzern"),
        ("ru", "Компания оценивает ущерб в 40 миллионов рублей.", "Компания"),
        ("nl", "De verzekeraar schat de schade op 40 miljoen euro.", "De verzekeraar"),
        ("pl", "Firma szacuje straty na 40 milionów złotych.", "Firma"),
    ],
)
def test_subject_first_keeps_its_source(lang: str, text: str, source: str) -> None:
    assert _credits(lang, text)[0][1] == source
