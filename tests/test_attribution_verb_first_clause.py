"""A relative clause after a clause set off by commas that opens with its reporting verb
("…, сообщила прокуратура, которая оценивает … в 100 млн евро", "…, a annoncé le
parquet, qui évalue … à 100 millions d'euros") has that verb's subject for antecedent:
the source named right after the verb, not the words that open the sentence
(``_named_after_verb``)."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        (
            "fr",
            "Les douaniers ont saisi 3,5 tonnes de cocaïne au port de Gand, a annoncé le"
            " parquet, qui évalue la valeur de la drogue à 100 millions d'euros.",
            "parquet",
        ),
        (
            "pl",
            "Celnicy przejęli 3,5 tony kokainy w porcie w Gdyni, poinformowała prokuratura,"
            " która szacuje wartość narkotyków na 100 mln euro.",
            "prokuratura",
        ),
        (
            "ru",
            "Таможенники изъяли 3,5 тонны кокаина в порту Новороссийска, сообщила прокуратура,"
            " которая оценивает стоимость наркотиков в 100 млн евро.",
            "прокуратура",
        ),
        (
            "uk",
            "Митники вилучили 3,5 тонни кокаїну в порту Одеси, повідомила прокуратура, яка"
            " оцінює вартість наркотиків у 100 млн євро.",
            "прокуратура",
        ),
        # already read so: kept
        (
            "es",
            "Los aduaneros incautaron 3,5 toneladas de cocaína en el puerto de Vigo, anunció la"
            " fiscalía, que cifra el valor de la droga en 100 millones de euros.",
            "fiscalía",
        ),
        (
            "it",
            "I doganieri hanno sequestrato 3,5 tonnellate di cocaina nel porto di Gioia Tauro, ha"
            " annunciato la procura, che stima il valore della droga in 100 milioni di euro.",
            "procura",
        ),
    ],
)
def test_relative_clause_after_a_verb_first_clause(language: str, text: str, source: str) -> None:
    credits = _credits(text, language)
    assert len(credits) == 2
    assert all(c is not None and source in c for c in credits)


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # must not: a speaker named before its verb keeps the figures of its clause
        (
            "fr",
            "Le parquet a annoncé que les douaniers avaient saisi 3,5 tonnes de cocaïne au port"
            " de Gand, qui valent 100 millions d'euros.",
            "Le parquet",
        ),
        (
            "ru",
            "Прокуратура сообщила, что таможенники изъяли 3,5 тонны кокаина, которые стоят"
            " 100 млн евро.",
            "Прокуратура",
        ),
        (
            "en",
            "Customs officers seized 3.5 tonnes of cocaine at the port of Dover, said the"
            " prosecutor's office, which said the drugs were worth 100 million euros.",
            "prosecutor's office",
        ),
    ],
)
def test_subject_before_its_verb_is_kept(language: str, text: str, source: str) -> None:
    credits = _credits(text, language)
    assert len(credits) == 2
    assert all(c is not None and source in c for c in credits)
