"""A possessive pronoun's estimate ("by its own count", "selon sa propre estimation",
"nach eigener Zählung") names no one by itself: the body that opens its sentence, else the
body that opens the sentence just before, owns the figure; never the words of the phrase
("propre estimation"), and not the last source credited earlier when another body opens
the sentence before ([attribution] pronoun_owned_figures)."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits

# (language, text, the owner's word in the second figure's credit)
_OWNED_BY_THE_BODY_BEFORE = [
    (
        "en",
        "The ministry said 1,400 teachers were on strike. The union rejects that figure."
        " By its own count, 6,000 teachers stayed away.",
        "union",
    ),
    (
        "fr",
        "Le ministère a compté 1 400 enseignants grévistes. Le syndicat rejette ce chiffre."
        " Selon sa propre estimation, 6 000 enseignants ont fait grève.",
        "syndicat",
    ),
    (
        "es",
        "El ministerio contó 1.400 docentes en huelga. El sindicato rechaza esa cifra."
        " Según su propio recuento, 6.000 docentes secundaron el paro.",
        "sindicato",
    ),
    (
        "de",
        "Das Ministerium zählte 1.400 streikende Lehrer. Die Gewerkschaft weist die Zahl"
        " zurück. Nach eigener Zählung blieben 6.000 Lehrer dem Unterricht fern.",
        "Gewerkschaft",
    ),
    (
        "it",
        "Il ministero ha contato 1.400 insegnanti in sciopero. Il sindacato respinge il"
        " dato. Secondo la sua stima, 6.000 insegnanti hanno aderito.",
        "sindacato",
    ),
    (
        "pt",
        "O ministério contou 1.400 professores em greve. O sindicato rejeita o número."
        " Segundo a sua própria estimativa, 6.000 professores aderiram.",
        "sindicato",
    ),
    (
        "nl",
        "Het ministerie telde 1.400 stakende leraren. De vakbond wijst dat cijfer af."
        " Volgens eigen telling legden 6.000 leraren het werk neer.",
        "vakbond",
    ),
    (
        "ru",
        "Министерство насчитало 1400 бастующих учителей. Профсоюз отвергает эту цифру."
        " По своей оценке, бастовали 6000 учителей.",
        "Профсоюз",
    ),
    (
        "ro",
        "Ministerul a numărat 1.400 de profesori în grevă. Sindicatul respinge cifra."
        " Potrivit propriei estimări, 6.000 de profesori au intrat în grevă.",
        "Sindicatul",
    ),
    (
        "ca",
        "El ministeri va comptar 1.400 docents en vaga. El sindicat rebutja la xifra."
        " Segons el seu propi recompte, 6.000 docents van fer vaga.",
        "sindicat",
    ),
    (
        "ar",
        "أحصت الوزارة 1400 معلم مضرب. وترفض النقابة هذا الرقم. وحسب تقديراتها، أضرب 6000 معلم.",
        "النقابة",
    ),
    # the pronoun without "own": the same reading
    (
        "en",
        "The ministry said 1,400 teachers were on strike. The union rejects that figure."
        " By its count, 6,000 teachers stayed away.",
        "union",
    ),
    (
        "ru",
        "Министерство насчитало 1400 бастующих учителей. Профсоюзы отвергают эту цифру."
        " По их подсчётам, бастовали 6000 учителей.",
        "Профсоюзы",
    ),
]


@pytest.mark.parametrize(("language", "text", "owner"), _OWNED_BY_THE_BODY_BEFORE)
def test_the_body_opening_the_sentence_before_owns_the_estimate(
    language: str, text: str, owner: str
) -> None:
    credits = _credits(text, language)
    assert len(credits) == 2, credits
    assert credits[1] is not None, credits
    assert owner in credits[1], credits


@pytest.mark.parametrize(
    ("language", "text", "owner"),
    [
        (
            "en",
            "The ministry said 1,400 teachers were on strike. The union, by its own count,"
            " had 6,000 members out.",
            "union",
        ),
        (
            "fr",
            "Le ministère a compté 1 400 grévistes. Le syndicat, selon son propre décompte,"
            " avait 6 000 adhérents en grève.",
            "syndicat",
        ),
    ],
)
def test_the_body_opening_its_own_sentence_owns_the_estimate(
    language: str, text: str, owner: str
) -> None:
    credits = _credits(text, language)
    assert credits[-1] is not None, credits
    assert owner in credits[-1], credits


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # no body opens the sentence before: the phrase keeps pointing back
        (
            "en",
            "The ministry said 1,400 teachers were on strike. Schools stayed shut in the"
            " north. By its own count, 6,000 teachers stayed away.",
            "ministry",
        ),
        (
            "fr",
            "Le ministère a compté 1 400 grévistes. Les écoles sont restées fermées."
            " Selon sa propre estimation, 6 000 enseignants ont fait grève.",
            "ministère",
        ),
        (
            "es",
            "El ministerio contó 1.400 docentes en huelga. Las escuelas cerraron."
            " Según su propio recuento, 6.000 docentes secundaron el paro.",
            "ministerio",
        ),
        (
            "it",
            "Il ministero ha contato 1.400 insegnanti in sciopero. Le scuole sono rimaste"
            " chiuse. Secondo la sua stima, 6.000 insegnanti hanno aderito.",
            "ministero",
        ),
        (
            "pt",
            "O ministério contou 1.400 professores em greve. As escolas fecharam."
            " Segundo a sua própria estimativa, 6.000 professores aderiram.",
            "ministério",
        ),
        (
            "en",
            "The ministry said 1,400 teachers were on strike. Schools stayed shut in the"
            " north. By its count, 6,000 teachers stayed away.",
            "ministry",
        ),
        # a noun owner keeps its own reading
        (
            "en",
            "Police counted 3,000 marchers. The organisers disagreed. By the union's own"
            " count, 8,000 people marched.",
            "union",
        ),
        # a cue of the figure's own sentence still names its source
        (
            "en",
            "The ministry said 1,400 teachers were on strike. By its own count, 6,000"
            " teachers stayed away, the union said.",
            "union",
        ),
    ],
)
def test_the_old_reading_stays(language: str, text: str, source: str) -> None:
    credits = _credits(text, language)
    assert credits[-1] is not None, credits
    assert source in credits[-1], credits


@pytest.mark.parametrize(
    ("language", "text", "junk"),
    [
        ("fr", "Selon sa propre estimation, 6 000 enseignants ont fait grève.", "estimation"),
        ("es", "Según su propio recuento, 6.000 docentes secundaron el paro.", "recuento"),
        ("pt", "Segundo a sua própria estimativa, 6.000 professores aderiram.", "estimativa"),
        ("ca", "Segons el seu propi recompte, 6.000 docents van fer vaga.", "recompte"),
        ("ro", "Potrivit propriei estimări, 6.000 de profesori au intrat în grevă.", "estim"),
        ("nl", "Volgens eigen telling legden 6.000 leraren het werk neer.", "telling"),
    ],
)
def test_the_phrase_itself_is_never_a_source(language: str, text: str, junk: str) -> None:
    credits = _credits(text, language)
    assert credits, text
    assert all(c is None or junk not in c for c in credits), credits
