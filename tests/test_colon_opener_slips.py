"""Who opens a sentence whose colon brings in a quote a subject pronoun closes.

- A time phrase that opens the sentence is no part of its subject: "At noon the mayor,
  Jane Doe, disputes the figures: '… 2.1 million …', she said" credits the mayor, as it
  does without "At noon", not the source of the sentence before.
- The colon of a clock time ("10:30") is no colon that closes a clause.
- A name first and its role second between commas ("Jane Doe, the mayor, disputes …")
  opens the sentence as the role first and the name second does.
- French writes the subject pronoun after the auxiliary ("« … », a-t-il dit"): that verb
  closes the quote as "dijo" does.

The sentences are our own (no benchmark wording).
"""

from __future__ import annotations

import pytest

from ._articles import quantities


def _credit(text: str, lang: str, figure: str) -> str | None:
    return next(c.attributed_to for c in quantities(text, lang) if figure in c.text)


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "The census office counted 1.4 million residents. At noon the mayor, Ann Brody, "
            "disputes the figures: 'We house at least 1.9 million people,' she said.",
            "the mayor, Ann Brody",
        ),
        (
            "en",
            "The census office counted 1.4 million residents. On Tuesday evening, the mayor "
            "disputes the figures: 'We house at least 1.9 million people,' she said.",
            "the mayor",
        ),
        (
            "es",
            "La oficina del censo contó 1,4 millones de habitantes. El martes por la tarde el "
            "alcalde, Iker Soria, discrepa: «Tenemos al menos 1,9 millones de vecinos», dijo.",
            "el alcalde, Iker Soria",
        ),
        (
            "it",
            "L'ufficio del censimento ha contato 1,4 milioni di abitanti. Martedì sera il "
            "sindaco, Elio Ferri, contesta i dati: «Abbiamo almeno 1,9 milioni di abitanti», "
            "ha detto.",
            "il sindaco, Elio Ferri",
        ),
        (
            "pt",
            "O gabinete do censo contou 1,4 milhão de habitantes. Na terça-feira, o prefeito, "
            "Rui Matos, contesta os números: «Temos pelo menos 1,9 milhão de moradores», disse.",
            "o prefeito, Rui Matos",
        ),
    ],
)
def test_a_fronted_time_phrase_is_no_part_of_the_opener(lang: str, text: str, speaker: str) -> None:
    assert _credit(text, lang, "1,9" if lang != "en" else "1.9") == speaker


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "The census office counted 1.4 million residents. At 10:30 the mayor, Ann Brody, "
            "disputes the figures: 'We house at least 1.9 million people,' she said.",
            "the mayor, Ann Brody",
        ),
        (
            "es",
            "La oficina del censo contó 1,4 millones de habitantes. A las 10:30 el alcalde, "
            "Iker Soria, discrepa: «Tenemos al menos 1,9 millones de vecinos», dijo.",
            "el alcalde, Iker Soria",
        ),
        (
            "it",
            "L'ufficio del censimento ha contato 1,4 milioni di abitanti. Alle 10:30 il "
            "sindaco, Elio Ferri, contesta i dati: «Abbiamo almeno 1,9 milioni di abitanti», "
            "ha detto.",
            "il sindaco, Elio Ferri",
        ),
    ],
)
def test_a_clock_time_colon_closes_no_clause(lang: str, text: str, speaker: str) -> None:
    assert _credit(text, lang, "1,9" if lang != "en" else "1.9") == speaker


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        (
            "en",
            "The census office counted 1.4 million residents. Ann Brody, the mayor, disputes "
            "the figures: 'We house at least 1.9 million people,' she said.",
            "Ann Brody, the mayor",
        ),
        (
            "es",
            "La oficina del censo contó 1,4 millones de habitantes. Iker Soria, el alcalde, "
            "discrepa: «Tenemos al menos 1,9 millones de vecinos», dijo.",
            "Iker Soria, el alcalde",
        ),
        (
            "it",
            "L'ufficio del censimento ha contato 1,4 milioni di abitanti. Elio Ferri, il "
            "sindaco, contesta i dati: «Abbiamo almeno 1,9 milioni di abitanti», ha detto.",
            "Elio Ferri, il sindaco",
        ),
        (
            "pt",
            "O gabinete do censo contou 1,4 milhão de habitantes. Rui Matos, o prefeito, "
            "contesta os números: «Temos pelo menos 1,9 milhão de moradores», disse.",
            "Rui Matos, o prefeito",
        ),
    ],
)
def test_a_name_then_its_role_opens_the_sentence(lang: str, text: str, speaker: str) -> None:
    assert _credit(text, lang, "1,9" if lang != "en" else "1.9") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le bureau du recensement a compté 1,4 million d'habitants. Le maire, Paul "
            "Girard, conteste les chiffres : « Nous logeons au moins 1,9 million de "
            "personnes », a-t-il dit.",
            "Le maire, Paul Girard",
        ),
        (
            "Le bureau du recensement a compté 1,4 million d'habitants. La maire, Anne "
            "Girard, conteste les chiffres : « Nous logeons au moins 1,9 million de "
            "personnes », a-t-elle déclaré.",
            "La maire, Anne Girard",
        ),
    ],
)
def test_a_french_inverted_pronoun_closes_the_quote(text: str, speaker: str) -> None:
    """« … », a-t-il dit: the auxiliary with its subject pronoun after it
    (``[attribution] inverted_auxiliaries``) is the verb with no subject written."""
    assert _credit(text, "fr", "1,9") == speaker


def test_must_not_move_an_inverted_pronoun_without_an_opener() -> None:
    text = (
        "Le maire Paul Girard a déclaré que la ville était prête. « Nous avons logé "
        "900 personnes », a-t-il ajouté."
    )
    assert _credit(text, "fr", "900") == "Le maire Paul Girard"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "speaker"),
    [
        (
            # a place first, then a role phrase: no person's name opens the sentence
            "en",
            "The census office counted 1.4 million residents. Oldport, the county seat, "
            "disputes the figures: 'We house at least 1.9 million people,' she said.",
            "1.9",
            "The census office",
        ),
        (
            # a fronted phrase that is no time phrase keeps the opener unread
            "en",
            "The census office counted 1.4 million residents. With anger the mayor disputes "
            "the figures: 'We house at least 1.9 million people,' she said.",
            "1.9",
            "The census office",
        ),
        (
            # the time phrase alone, no subject after it: no opener
            "es",
            "La oficina del censo contó 1,4 millones de habitantes. El martes por la tarde: "
            "«Tenemos al menos 1,9 millones de vecinos», dijo.",
            "1,9",
            "La oficina del censo",
        ),
    ],
)
def test_must_not_read_an_opener_where_none_is_named(
    lang: str, text: str, figure: str, speaker: str
) -> None:
    assert _credit(text, lang, figure) == speaker
