"""What a word of "between" credits to the relative clause after it.

- Two bodies joined by a conjunction before the relative ("between the police and the
  union, which counted …"): the relative follows the second body, which alone is
  credited, never the two together.
- One body and no second body after the relative clause ("split among the three
  charities, which received …"): the word sets nothing apart and credits no one.
- A listed place after the word ("entre Madrid, que registró …, y Toledo") is no body.
- French "mettre en compte" holds the words of the partitive clitic "en compte" and is no
  count verb (``[toll_nouns] clitic_idioms``).

The sentences are our own (no benchmark wording).
"""

from __future__ import annotations

import pytest

from ._articles import quantities


def _credit(text: str, lang: str, figure: str) -> str | None:
    return next(c.attributed_to for c in quantities(text, lang) if figure in c.text)


@pytest.mark.parametrize(
    ("lang", "text", "figure", "source"),
    [
        (
            "en",
            "Figures differ between the police and the union, which counted 80,000 marchers.",
            "80,000",
            "the union",
        ),
        (
            "fr",
            "Le désaccord demeure entre la police et la CGT, qui revendique 90 000 manifestants.",
            "90 000",
            "la CGT",
        ),
        (
            "it",
            "La distanza resta tra la questura e gli organizzatori, che ne contano 70.000.",
            "70.000",
            "gli organizzatori",
        ),
        (
            "pl",
            "Spór trwa między policją a związkowcami, którzy mówią o 60 tysiącach.",
            "60",
            "związkowcami",
        ),
        (
            "pt",
            "A diferença persiste entre a polícia e o sindicato, que contou 50 mil manifestantes.",
            "50",
            "o sindicato",
        ),
    ],
)
def test_second_of_two_joined_bodies(lang: str, text: str, figure: str, source: str) -> None:
    assert _credit(text, lang, figure) == source


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        (
            "en",
            "The money was split among the three charities, which received 40,000 euros each.",
            "40,000",
        ),
        ("en", "The grant went between two schools, which received 9,000 dollars.", "9,000"),
    ],
)
def test_one_body_credits_no_one(lang: str, text: str, figure: str) -> None:
    assert _credit(text, lang, figure) is None


@pytest.mark.parametrize(
    ("lang", "text", "figure", "source"),
    [
        # must-NOT: one body with a second one after its relative keeps the first
        (
            "en",
            "The gap remains between the fire brigade, which counted 40 rescues, and the "
            "police, which counted 25.",
            "40",
            "the fire brigade",
        ),
        (
            "es",
            "La brecha sigue entre la Guardia Civil, que habla de 30 heridos, y el "
            "ayuntamiento, que cuenta 45.",
            "30",
            "la Guardia Civil",
        ),
        (
            "fr",
            "L'écart reste grand entre la préfecture, qui parle de 20 blessés, et la mairie, "
            "qui en compte 35.",
            "20",
            "la préfecture",
        ),
    ],
)
def test_first_body_before_a_second(lang: str, text: str, figure: str, source: str) -> None:
    assert _credit(text, lang, figure) == source


@pytest.mark.parametrize(
    ("lang", "text", "figure", "bad"),
    [
        (
            "es",
            "Los datos varían entre Madrid, que registró 40 accidentes, y Toledo.",
            "40",
            "Madrid",
        ),
        (
            "fr",
            "Les chiffres varient entre Lyon, qui a compté 40 accidents, et Dijon.",
            "40",
            "Lyon",
        ),
        ("it", "I dati variano tra Milano, che ha contato 40 incidenti, e Torino.", "40", "Milano"),
    ],
)
def test_place_is_no_body(lang: str, text: str, figure: str, bad: str) -> None:
    assert _credit(text, lang, figure) != bad


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("L'assureur a mis en compte 300 sinistres.", "300"),
        ("La banque met en compte 120 opérations.", "120"),
    ],
)
def test_fr_mettre_en_compte_is_an_idiom(text: str, figure: str) -> None:
    credit = _credit(text, "fr", figure)
    assert credit is None or ("mis" not in credit and "met" not in credit)


def test_fr_en_compte_still_counts() -> None:
    # must-NOT: the bare partitive clitic keeps its reading
    assert _credit("Le collectif en compte 70.", "fr", "70") == "Le collectif"


# A count verb in a clause joined after a figure ("… 300 demandes et la préfecture en
# compte 70"): its subject is the joined clause's ("la préfecture"), never the words
# that run back over the first clause, and it counts only its own figure.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "La mairie a examiné 300 demandes et la préfecture en compte 70."),
        ("fr", "La mairie a pris en compte 300 demandes et la préfecture en compte 70."),
        ("fr", "La mairie a examiné 300 demandes, et la préfecture en compte 70."),
        ("it", "Il Comune ha esaminato 300 domande e la Regione ne conta 70."),
        ("it", "Il Comune ha esaminato 300 domande, e la Regione ne conta 70."),
        ("ca", "L'ajuntament va revisar 300 sol·licituds i la prefectura en compta 70."),
        ("de", "Die Stadt prüfte 300 Anträge und die Präfektur zählte 70."),
        ("en", "The council reviewed 300 requests and the prefecture counted 70."),
        ("en", "The council reviewed 300 requests, and the prefecture counted 70."),
        ("pl", "Urząd sprawdził 300 wniosków, a prefektura naliczyła 70."),
    ],
)
def test_joined_count_verb_counts_its_own(lang: str, text: str) -> None:
    second = _credit(text, lang, "70")
    assert second is not None
    assert not any(w in second for w in ("300", "examiné", "compte", "esaminato", "revisar"))
    assert not any(w in second for w in ("prüfte", "reviewed", "sprawdził", "pris"))
    assert _credit(text, lang, "300") is None


@pytest.mark.parametrize(
    ("lang", "text", "figure", "source"),
    [
        # must-NOT: a verb of saying in a joined clause still credits the figure before
        (
            "en",
            "The toll has risen to 93, and authorities said 54 of those were children.",
            "93",
            "authorities",
        ),
        # must-NOT: a count verb with no figure of its own credits the figure before
        (
            "en",
            "The toll has risen to 93, and authorities counted the victims on Monday.",
            "93",
            "authorities",
        ),
        # must-NOT: the subject before a joined verb of saying ("y el ministerio confirmó")
        (
            "es",
            "El alcalde dijo que hubo 25 heridos y el ministerio confirmó 9 muertos.",
            "9",
            "el ministerio",
        ),
        # must-NOT: the bare partitive clitic of one clause keeps its subject
        ("it", "La Regione ne conta 70.", "70", "La Regione"),
    ],
)
def test_joined_clause_keeps_old_readings(lang: str, text: str, figure: str, source: str) -> None:
    assert _credit(text, lang, figure) == source
