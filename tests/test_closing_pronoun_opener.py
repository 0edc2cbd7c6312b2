"""A closing reporting verb whose subject is a pronoun, or is not written, after a quote
stands for the person who opens the sentence before its colon, not for the last source
credited in the sentences before."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "ro",
            "Oficiul de statistică (ONS) a numărat 1.400.000 de locuitori în oraș.\n\n"
            "Primarul orașului, Ion Marinescu, respinge datele: „Orașul are de fapt "
            "aproape 1,9 milioane de locuitori”, a spus el.",
            "Ion Marinescu",
        ),
        (
            "en",
            "The statistics agency (ABS) counted 1,400,000 residents in the town.\n\n"
            "The town's mayor, Clara Benson, rejects the count: \"The town actually has "
            'nearly 1.9 million residents," she said.',
            "Clara Benson",
        ),
        (
            "de",
            "Das Landesamt (LfS) zählte 1,4 Millionen Einwohner in der Stadt.\n\n"
            "Der Bürgermeister, Karl Vogel, bestreitet die Zählung: „Die Stadt hat "
            "eigentlich fast 1,9 Millionen Einwohner“, sagte er.",
            "Karl Vogel",
        ),
        (
            "pt",
            "O instituto de estatística (IBGE) contou 1,4 milhão de moradores na cidade.\n\n"
            'O prefeito, Rui Almeida, rejeita a contagem: "A cidade tem na verdade quase '
            '1,9 milhão de moradores", disse ele.',
            "Rui Almeida",
        ),
        (
            "nl",
            "Het statistiekbureau (CBS) telde 1,4 miljoen inwoners in de stad.\n\n"
            'De burgemeester, Pieter Smits, verwerpt de telling: "De stad heeft eigenlijk '
            'bijna 1,9 miljoen inwoners", zei hij.',
            "Pieter Smits",
        ),
        (
            "uk",
            "Статистичне відомство (Держстат) нарахувало 1,4 млн мешканців у місті.\n\n"
            "Мер Олег Бондар відкидає ці дані: «Насправді в місті майже 1,9 млн "
            "мешканців», — сказав він.",
            "Олег Бондар",
        ),
        (
            "es",
            "El instituto de estadística (INE) contó 1,4 millones de vecinos en la ciudad.\n\n"
            "La alcaldesa, Marta Gil, rechaza el recuento: «La ciudad tiene en realidad casi "
            "1,9 millones de vecinos», dijo.",
            "Marta Gil",
        ),
        (
            "it",
            "L'istituto di statistica (Istat) ha contato 1,4 milioni di residenti in città.\n\n"
            "Il sindaco, Paolo Ferri, respinge il conteggio: «La città ha in realtà quasi "
            "1,9 milioni di residenti», ha detto.",
            "Paolo Ferri",
        ),
        (
            "pl",
            "Urząd statystyczny (GUS) naliczył 1,4 mln mieszkańców w mieście.\n\n"
            "Burmistrz, Adam Nowak, odrzuca te dane: „Miasto ma w rzeczywistości prawie "
            "1,9 mln mieszkańców”, powiedział.",
            "Adam Nowak",
        ),
        (
            "ca",
            "L'institut d'estadística (Idescat) va comptar 1,4 milions de veïns a la ciutat.\n\n"
            "L'alcalde, Jordi Puig, rebutja el recompte: «La ciutat té en realitat gairebé "
            "1,9 milions de veïns», va dir.",
            "Jordi Puig",
        ),
    ],
)
def test_the_closing_pronoun_is_the_opener_of_its_sentence(
    language: str, text: str, speaker: str
) -> None:
    first, second = _credits(text, language)
    assert first is not None
    assert speaker not in first
    assert second is not None
    assert second.endswith(speaker)


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        (
            "en",
            "The statistics agency (ABS) counted 1,400,000 residents in the town.\n\n"
            '"The town actually has nearly 1.9 million residents," it said.',
            "ABS",
        ),
        (
            "ro",
            "Oficiul de statistică (ONS) a numărat 1.400.000 de locuitori în oraș. "
            "„Orașul are de fapt aproape 1,9 milioane de locuitori”, a spus el.",
            "ONS",
        ),
        (
            "de",
            "Das Landesamt (LfS) zählte 1,4 Millionen Einwohner in der Stadt. „Die Stadt hat "
            "eigentlich fast 1,9 Millionen Einwohner“, sagte es.",
            "LfS",
        ),
    ],
)
def test_a_pronoun_with_no_opener_still_points_back(language: str, text: str, body: str) -> None:
    # no one opens the sentence of the quote: the pronoun keeps the source named before
    first, second = _credits(text, language)
    assert first is not None
    assert body in first
    assert second is not None
    assert body in second


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        (
            "en",
            "The statistics agency (ABS) counted 1,400,000 residents in the town.\n\n"
            'The town council rejects the count: "The town actually has nearly 1.9 million '
            'residents," it said.',
            "council",
        ),
        (
            "fr",
            "L'institut de statistique (INSEE) a compté 1,4 million d'habitants.\n\n"
            "Le syndicat des maires conteste ce chiffre : « La ville compte en réalité près "
            "de 1,9 million d'habitants », a-t-il indiqué.",
            None,
        ),
    ],
)
def test_it_said_after_a_body_keeps_the_body(language: str, text: str, body: str | None) -> None:
    _, second = _credits(text, language)
    if body is None:
        assert second is None or "INSEE" not in second
    else:
        assert second is not None
        assert body in second
