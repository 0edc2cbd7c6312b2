"""The damage a story tells, as two sources or two days give it (``[sums]``,
align/_quantity.py ``one_sum``).

A sum of money is an attribute figure: a story holds a fine, an aid, the damage and
what was seized, so the unit alone says nothing. A damage word right beside two sums
("the loss", "le préjudice", "paguba", "ущерб") says they are the story's one damage:
two sources' readings of it in one article, or its reading on two days. A fine, an
aid, one source's two sums in one article, or a year's sum beside a day's stay apart.
"""

from __future__ import annotations

import attrs
import pytest

import crosscheck
from crosscheck import Article, Claim
from crosscheck.align._model import Edge, Refusal
from crosscheck.align._quantity import RULES, sum_of


def _claims(*texts: tuple[str, str, str]) -> list[Claim]:
    """The money claims of articles given as (language, publication day, text)."""
    articles = [
        Article(id=f"a{i}", language=lang, published=day, text=text)
        for i, (lang, day, text) in enumerate(texts)
    ]
    rep = crosscheck.report(articles)
    return [c for c in rep.claims if c.unit in {"eur", "usd", "gbp"}]


def _by_value(claims: list[Claim], value: float) -> Claim:
    return next(c for c in claims if value in (c.low, c.high))


def _compared(a: Claim, b: Claim) -> bool:
    result = RULES.score(a, b)
    assert isinstance(result, (Edge, Refusal))
    return isinstance(result, Edge)


# One article: the prosecutors' damage, then the agency's reading of it in the next
# sentence (about 40 million against 25 million).
_RIVALS = {
    "en": "Prosecutors said the damage came to about 40 million euros. "
    "The ministry of finance puts the loss at 25 million euros.",
    "fr": "Selon le parquet, le préjudice s'élève à environ 40 millions d'euros. "
    "Le ministère des Finances évalue la perte à 25 millions d'euros.",
    "es": "Según la fiscalía, el perjuicio asciende a unos 40 millones de euros. "
    "El ministerio de Hacienda cifra las pérdidas en 25 millones de euros.",
    "it": "Secondo la procura il danno ammonta a circa 40 milioni di euro. "
    "Il ministero delle Finanze stima le perdite in 25 milioni di euro.",
    "de": "Nach Angaben der Staatsanwaltschaft beträgt der Schaden rund 40 Millionen Euro. "
    "Das Finanzministerium beziffert den Verlust auf 25 Millionen Euro.",
    "ro": "Potrivit procurorilor, prejudiciul este de circa 40 de milioane de euro. "
    "Ministerul Finanțelor estimează paguba la 25 de milioane de euro.",
    "pt": "Segundo o Ministério Público, o prejuízo ronda os 40 milhões de euros. "
    "O Ministério das Finanças calcula as perdas em 25 milhões de euros.",
    "pl": "Według prokuratury szkody sięgają około 40 mln euro. "
    "Ministerstwo Finansów szacuje straty na 25 mln euro.",
}


@pytest.mark.parametrize("lang", sorted(_RIVALS))
def test_two_sources_readings_of_the_damage_are_compared(lang: str) -> None:
    claims = _claims((lang, "2026-03-10", _RIVALS[lang]))
    high, low = _by_value(claims, 40_000_000), _by_value(claims, 25_000_000)
    assert sum_of(high) == sum_of(low) == "damage"
    assert _compared(high, low)


# The damage on two days, in two languages: 12 million, a week later 18 million.
_TWO_DAYS = {
    "en": ("en", "The insurers put the damage at 12 million euros on Monday."),
    "it": ("it", "Gli assicuratori stimano i danni in 12 milioni di euro."),
    "ru": ("ru", "Страховщики оценили ущерб в 12 миллионов евро."),
    "uk": ("uk", "Страховики оцінили збитки у 12 мільйонів євро."),
    "nl": ("nl", "De verzekeraars schatten de schade op 12 miljoen euro."),
    "ca": ("ca", "Les asseguradores xifren els danys en 12 milions d'euros."),
}


@pytest.mark.parametrize("lang", sorted(_TWO_DAYS))
def test_the_damage_on_two_days_is_compared(lang: str) -> None:
    first_lang, first = _TWO_DAYS[lang]
    claims = _claims(
        (first_lang, "2026-03-09", first),
        ("es", "2026-03-16", "Las aseguradoras elevan ahora los daños a 18 millones de euros."),
    )
    early, late = _by_value(claims, 12_000_000), _by_value(claims, 18_000_000)
    assert sum_of(early) == sum_of(late) == "damage"
    assert _compared(early, late)


# Must NOT: a fine and the damage, each with its own noun.
_FINE = {
    "en": "The regulator imposed a fine of 3 million euros. "
    "The company puts the damage at 9 million euros.",
    "fr": "Le régulateur a infligé une amende de 3 millions d'euros. "
    "L'entreprise évalue le préjudice à 9 millions d'euros.",
    "es": "El regulador impuso una multa de 3 millones de euros. "
    "La empresa cifra los daños en 9 millones de euros.",
    "ro": "Autoritatea a aplicat o amendă de 3 milioane de euro. "
    "Compania estimează paguba la 9 milioane de euro.",
    "de": "Die Behörde verhängte eine Geldstrafe von 3 Millionen Euro. "
    "Die Firma beziffert den Schaden auf 9 Millionen Euro.",
}


@pytest.mark.parametrize("lang", sorted(_FINE))
def test_a_fine_is_not_the_damage(lang: str) -> None:
    claims = _claims((lang, "2026-03-10", _FINE[lang]))
    fine, damage = _by_value(claims, 3_000_000), _by_value(claims, 9_000_000)
    assert sum_of(fine) == "fine"
    assert sum_of(damage) == "damage"
    assert not _compared(fine, damage)


# Must NOT: an aid beside the damage, told by another source.
_AID = {
    "en": "The government promised aid of 5 million euros. "
    "The farmers' union puts the losses at 30 million euros.",
    "it": "Il governo ha promesso aiuti per 5 milioni di euro. "
    "Il sindacato degli agricoltori stima le perdite in 30 milioni di euro.",
    "pl": "Rząd obiecał pomoc w wysokości 5 mln euro. "
    "Związek rolników szacuje straty na 30 mln euro.",
    "nl": "De regering beloofde steun van 5 miljoen euro. "
    "De boerenbond schat de schade op 30 miljoen euro.",
    "ru": "Правительство пообещало помощь в размере 5 миллионов евро. "
    "Союз фермеров оценивает ущерб в 30 миллионов евро.",
}


@pytest.mark.parametrize("lang", sorted(_AID))
def test_an_aid_is_not_the_damage(lang: str) -> None:
    claims = _claims((lang, "2026-03-10", _AID[lang]))
    aid, damage = _by_value(claims, 5_000_000), _by_value(claims, 30_000_000)
    assert sum_of(aid) == "aid"
    assert not _compared(aid, damage)


def test_one_source_two_damage_sums_in_one_article_stay_apart() -> None:
    # one body gives the damage and the part of it in one county: two things
    claims = _claims(
        (
            "en",
            "2026-03-10",
            "The damage is put at 40 million euros, the agency said. "
            "In the north alone the agency puts the damage at 15 million euros.",
        )
    )
    assert not _compared(_by_value(claims, 40_000_000), _by_value(claims, 15_000_000))


def test_a_years_damage_is_not_a_days() -> None:
    # a year's sum ("the year's losses") covers many of the story's sums
    claims = _claims(
        ("en", "2026-03-10", "The insurers put the damage at 12 million euros on Monday."),
        ("it", "2026-03-12", "Gli assicuratori stimano i danni in 20 milioni di euro."),
    )
    day, other = _by_value(claims, 12_000_000), _by_value(claims, 20_000_000)
    assert _compared(day, other)
    assert not _compared(day, attrs.evolve(other, as_of="2025"))
