"""The credited source across sentences: scope, back-references, wire credit, identity.

``context`` reads one sentence; ``extract_claims`` then carries a source over
the rest of its paragraph, resolves "the ministry", "il rapporto" and "he" to
the source named before, keeps the article's wire credit apart in
``Claim.wire`` and gives every credited source a language-neutral
``Claim.source_id``. The sentences are our own.
"""

from __future__ import annotations

import pytest

from crosscheck.claims._build import extract_claims
from crosscheck.claims._model import Claim
from crosscheck.extract._context import find_wire, source_id
from crosscheck.ingest._article import Article
from crosscheck.lang import get_language


def _figures(text: str, lang: str) -> dict[str, Claim]:
    article = Article(id="t", text=text, language=lang)
    return {c.text: c for c in extract_claims(article) if c.kind == "quantity"}


def _source(claims: dict[str, Claim], start: str) -> str | None:
    return next(c.attributed_to for t, c in claims.items() if t.startswith(start))


def test_a_source_governs_the_rest_of_its_paragraph() -> None:
    text = (
        "The regional health office said 310 people were treated in hospital. "
        "Another 45 remained in intensive care.\n\n"
        "The river rose by 4 metres overnight."
    )
    claims = _figures(text, "en")
    assert _source(claims, "310") == "The regional health office"
    assert _source(claims, "Another 45") == "The regional health office"
    assert _source(claims, "4 metres") is None  # a new paragraph credits no one


def test_a_pronoun_takes_the_source_named_before() -> None:
    text = (
        "The Coast Guard said 26 boats had sunk in the storm. "
        "It added that 140 sailors had been rescued."
    )
    assert _source(_figures(text, "en"), "140") == "The Coast Guard"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "want"),
    [
        (
            "en",
            "The Interior Ministry reported 900 arrests. The ministry said 35 officers were hurt.",
            "35",
            "The Interior Ministry",
        ),
        (
            "fr",
            "Le ministère de l'Intérieur a annoncé 900 interpellations. "
            "Le ministère a précisé que 35 policiers étaient blessés.",
            "35",
            "Le ministère de l'Intérieur",
        ),
        (
            "it",
            "L'Istat ha contato 2.300 nuove imprese nel trimestre. "
            "Il rapporto indica 120.000 posti di lavoro in più.",
            "120.000",
            "L'Istat",
        ),
        (
            "de",
            "Das Innenministerium meldete 900 Festnahmen. "
            "Nach Angaben des Ministeriums wurden 35 Polizisten verletzt.",
            "35",
            "Das Innenministerium",
        ),
    ],
)
def test_a_role_noun_resolves_to_the_name_before(
    lang: str, text: str, figure: str, want: str
) -> None:
    assert _source(_figures(text, lang), figure) == want


def test_a_pronoun_with_no_one_before_credits_no_one() -> None:
    assert _source(_figures("He said 70 houses were flooded.", "en"), "70") is None


def test_the_wire_credit_is_kept_apart_from_the_cited_source() -> None:
    text = (
        "LISBON (Reuters) - Firefighters said 1,200 hectares had burned by Monday.\n\n"
        "About 300 homes were evacuated."
    )
    claims = _figures(text, "en")
    assert {c.wire for c in claims.values()} == {"Reuters"}
    assert _source(claims, "1,200") == "Firefighters"
    assert _source(claims, "About 300") is None  # the wire is no source of the figure


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        ("fr", "PARIS (AFP) - Le gouvernement a annoncé un plan.", "AFP"),
        ("es", "MADRID, 3 Nov. (EFE).- El Gobierno ha aprobado un plan.", "EFE"),
        ("it", "Il governo ha approvato il piano.\n\n(ANSA)", "ANSA"),
        ("ro", "Guvernul a aprobat planul, informează Agerpres.\n\nAgerpres", "Agerpres"),
        ("en", "The government approved the plan, Reuters reported on Monday.", None),
    ],
)
def test_find_wire(lang: str, text: str, want: str | None) -> None:
    assert find_wire(text, get_language(lang)) == want


@pytest.mark.parametrize(
    ("lang", "source", "key"),
    [
        ("en", "South Korea's National Intelligence Service", "kr_nis"),
        ("en", "the NIS", "kr_nis"),
        ("ro", "serviciile de informații sud-coreene", "kr_nis"),
        ("it", "i servizi segreti di Seul", "kr_nis"),
        ("en", "the Ministry of Health", "health_ministry"),
        ("es", "el Ministerio de Sanidad", "health_ministry"),
        ("fr", "le ministère de la Santé", "health_ministry"),
        ("en", "the Interior Ministry", "interior_ministry"),
        ("fr", "le ministère de l'Intérieur", "interior_ministry"),
        ("de", "das Innenministerium", "interior_ministry"),
        ("de", "des marokkanischen Innenministeriums", "interior_ministry"),
        ("pt", "a Organização Mundial da Saúde (OMS)", "who"),
        ("nl", "de Wereldgezondheidsorganisatie", "who"),
    ],
)
def test_source_id_is_one_key_across_spellings_and_languages(
    lang: str, source: str, key: str
) -> None:
    assert source_id(source, get_language(lang)) == key


def test_source_id_of_an_unlisted_source_folds_its_name() -> None:
    en = get_language("en")
    key = source_id("Libyan Red Cross Society", en)
    assert key == "libyan_red_cross_society"
    assert source_id("the Libyan Red Cross Society", en) == key


def test_claims_carry_their_source_id() -> None:
    claims = _figures("The Ministry of Health said 52 people had died.", "en")
    assert next(iter(claims.values())).source_id == "health_ministry"
