"""A reporting verb coordinated after another deed credits the subject of both, not
the first verb phrase ("The mayor | visited the site and said 40 died")."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        (
            "en",
            "The minister visited the site on Saturday and said 40 people had died.",
            "The minister",
        ),
        ("en", "The mayor spoke to reporters and put the death toll at 211.", "The mayor"),
        # lower-case words before the role noun modify it: the subject is the whole phrase
        (
            "en",
            "The health ministry visited the site and said more than 2,000 people had died.",
            "The health ministry",
        ),
        (
            "en",
            "The regional health ministry disputed that figure and said 40 people had died.",
            "The regional health ministry",
        ),
        (
            "nl",
            "Het regionale ministerie bezocht de plek en zei dat 40 mensen zijn omgekomen.",
            "Het regionale ministerie",
        ),
        ("en", "Rescuers pulled out two bodies and said 40 people were still missing.", "Rescuers"),
        (
            "en",
            "Prime Minister Pedro Sanchez visited Valencia and said 211 people had died.",
            "Prime Minister Pedro Sanchez",
        ),
        ("es", "El alcalde compareció ante los medios y cifró en 40 los heridos.", "El alcalde"),
        (
            "es",
            "La ministra visitó la zona y aseguró que 12 personas siguen desaparecidas.",
            "La ministra",
        ),
        (
            "es",
            "El jefe del Ejecutivo compareció este sábado, puso a disposición todos los recursos"
            " y cifró en 211 los fallecidos.",
            "El jefe del Ejecutivo",
        ),
        (
            "fr",
            "Le maire s'est rendu sur place et a indiqué que 40 personnes étaient mortes.",
            "Le maire",
        ),
        (
            "de",
            "Der Bürgermeister besuchte den Ort und sagte, 40 Menschen seien gestorben.",
            "Der Bürgermeister",
        ),
        ("pt", "O governador visitou a região e disse que 40 pessoas morreram.", "O governador"),
        (
            "nl",
            "De burgemeester bezocht de plek en zei dat 40 mensen zijn omgekomen.",
            "De burgemeester",
        ),
    ],
)
def test_the_shared_subject_is_credited(language: str, text: str, credit: str) -> None:
    assert _credits(text, language)[-1] == credit


@pytest.mark.parametrize(
    ("language", "text", "wrong"),
    [
        # two subjects joined: the link is no second verb phrase
        ("en", "The police and firefighters said 40 people had died.", "The police"),
        # a phrase opened by a preposition or a headline's place names no subject
        (
            "it",
            "I numeri si inseguono, mentre in Libia nessuno sembra in grado di fermare"
            " 30mila sfollati.",
            "Libia",
        ),
        ("it", "Libia, possibili fino a 20mila morti. 30mila gli sfollati.", "Libia"),
        # across a comma only a role noun is the subject of the whole list
        (
            "es",
            "Durante días, muchos municipios quedaron incomunicados y recibieron ayuda"
            " de miles de voluntarios.",
            "Durante",
        ),
    ],
)
def test_no_shared_subject_is_made_up(language: str, text: str, wrong: str) -> None:
    assert wrong not in set(_credits(text, language))


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        (
            "it",
            "Il ministro della Salute ha visitato l'ospedale e ha detto che 40 persone sono morte.",
            "Il ministro della Salute",
        ),
        ("ro", "Primarul a vizitat zona și a declarat că 40 de persoane au murit.", "Primarul"),
        (
            "ro",
            "Ministrul de Interne a vizitat zona și a declarat că 40 de persoane au murit.",
            "Ministrul de Interne",
        ),
        ("ca", "L'alcalde va visitar la zona i va dir que 40 persones han mort.", "L'alcalde"),
        (
            "es",
            "El alcalde se reunió con los vecinos y aseguró que 40 personas murieron.",
            "El alcalde",
        ),
        (
            "fr",
            "Le préfet a visité les lieux et a indiqué que 40 personnes étaient mortes.",
            "Le préfet",
        ),
    ],
)
def test_an_auxiliary_or_clitic_opens_the_first_verb_phrase(
    language: str, text: str, credit: str
) -> None:
    # [attribution] predicate_openers: "Il sindaco | ha visitato", "Primarul | a vizitat"
    assert _credits(text, language)[-1] == credit


def test_two_subjects_before_an_auxiliary_are_not_cut_to_the_first() -> None:
    text = (
        "Il sindaco e il prefetto hanno visitato la zona e hanno detto che 40 persone sono morte."
    )
    assert _credits(text, "it")[-1] != "Il sindaco"


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        ("Il sindaco era andato sul posto e ha detto che 40 persone sono morte.", "Il sindaco"),
        (
            "I carabinieri erano arrivati sul posto e hanno detto che 40 persone sono morte.",
            "I carabinieri",
        ),
        ("La ministra era arrivata a Bologna e ha detto che 40 persone sono morte.", "La ministra"),
    ],
)
def test_an_imperfect_auxiliary_opens_the_first_verb_phrase(text: str, credit: str) -> None:
    # "era", "erano" ([attribution] predicate_openers, it): "Il sindaco | era andato"
    assert _credits(text, "it")[-1] == credit


def test_a_conjunction_that_folds_like_an_auxiliary_joins_two_subjects() -> None:
    # "e" (and) folds as "è" (is): "è" cannot open a verb phrase, or two subjects are cut
    text = (
        "Il sindaco e il prefetto sono arrivati sul posto e hanno detto che 40 persone sono morte."
    )
    assert _credits(text, "it")[-1] != "Il sindaco"


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        (
            "fr",
            "Le ministre de l'Intérieur s'est rendu sur place et a annoncé que 40 personnes"
            " étaient mortes.",
            "Le ministre de l'Intérieur",
        ),
        (
            "it",
            "Il ministro dell'Interno ha visitato la zona e ha detto che 40 persone sono morte.",
            "Il ministro dell'Interno",
        ),
    ],
)
def test_a_complement_after_an_elided_article_stays_in_the_subject(
    language: str, text: str, credit: str
) -> None:
    assert _credits(text, language)[-1] == credit
