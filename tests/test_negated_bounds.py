"""Negated bounds: a negation right before a bound word reverses it ("did not exceed 27%"
is at most 27, not over 27), a verb of reaching negated bounds from above ("did not reach
30%": under 30), and "barely", "not even" bound a figure from above; a negation that does
not stand right before the bound word leaves it as it is (``[qualifiers.negated]``)."""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _only(text: str, language: str) -> tuple[str, float | None, float | None]:
    (q,) = find_quantities(text, language=language)
    return q.qualifier, q.low, q.high


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Turnout in the local vote did not exceed 27%."),
        ("en", "Turnout didn't exceed 27%, the commission said."),
        ("en", "The fire has never exceeded 27 hectares."),
        ("fr", "La participation n'a pas dépassé 27 % dimanche."),
        ("fr", "La participation ne dépasse pas les 27 %."),
        ("es", "La participación no superó el 27 % el domingo."),
        ("es", "La participación no ha superado el 27 %."),
        ("it", "L'affluenza non ha superato il 27%."),
        ("pt", "A participação não ultrapassou 27%."),
        ("ro", "Prezența la vot nu a depășit 27%."),
        ("ro", "Prezența la vot n-a depășit 27%."),
        ("pl", "Frekwencja nie przekroczyła 27 proc."),
        ("ru", "Явка на выборах не превысила 27%."),
        ("ru", "Явка на выборах не превышала 27%."),
        ("uk", "Явка на виборах не перевищила 27%."),
        ("nl", "De opkomst kwam niet boven de 27 procent."),
        ("ca", "La participació no va superar el 27%."),
        ("ar", "نسبة المشاركة لم تتجاوز 27%."),
    ],
)
def test_a_negated_upper_crossing_is_at_most(language: str, text: str) -> None:
    assert _only(text, language) == ("up_to", None, 27)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Turnout did not reach 30%."),
        ("fr", "La participation n'a pas atteint les 30 %."),
        ("es", "La participación no alcanzó el 30 %."),
        ("it", "L'affluenza non ha raggiunto il 30%."),
        ("pt", "A participação não chegou a 30%."),
        ("ro", "Prezența nu a atins 30%."),
        ("pl", "Frekwencja nie osiągnęła 30 proc."),
        ("ru", "Явка не достигла 30%."),
        ("uk", "Явка не досягла 30%."),
        ("ca", "La participació no va arribar al 30%."),
    ],
)
def test_a_negated_reach_is_under(language: str, text: str) -> None:
    assert _only(text, language) == ("under", None, 30)


@pytest.mark.parametrize(
    ("language", "text", "qualifier"),
    [
        ("en", "Turnout was barely 30%.", "up_to"),
        ("fr", "La participation a été d'à peine 30 %.", "up_to"),
        ("pl", "Frekwencja wyniosła ledwie 30 proc.", "up_to"),
        ("de", "Die Beteiligung lag bei kaum 30 Prozent.", "up_to"),
        ("nl", "De opkomst was amper 30 procent.", "up_to"),
        ("uk", "Явка становила ледь 30%.", "up_to"),
        ("en", "Turnout was not even 30%.", "under"),
        ("it", "L'affluenza non ha toccato nemmeno il 30%.", "under"),
        ("es", "La participación no llegó ni siquiera al 30 %.", "under"),
    ],
)
def test_barely_and_not_even_bound_from_above(language: str, text: str, qualifier: str) -> None:
    assert _only(text, language) == (qualifier, None, 30)


@pytest.mark.parametrize(
    ("language", "text", "qualifier"),
    [
        # the negation negates another verb: the bound stays as written
        ("en", "Officials could not confirm that over 300 people died.", "over"),
        ("en", "The army said it did not know whether more than 300 people were killed.", "over"),
        ("es", "El ministerio no confirmó que más de 300 personas murieran.", "over"),
        # a plain crossing, and a plain reach, are what they say
        ("fr", "La participation a dépassé 27 % dimanche.", "over"),
        ("ru", "Явка превысила 27%.", "over"),
        ("en", "Turnout reached 30%.", "exact"),
        ("it", "L'affluenza ha raggiunto il 30%.", "exact"),
        # "apenas" is mostly "only", "just" (a figure told small, not bounded)
        ("es", "La tormenta descargó en apenas seis horas.", "exact"),
        # whole negated phrases keep their own reading
        ("en", "No fewer than 300 people were evacuated.", "at_least"),
        ("es", "No más de 300 personas fueron evacuadas.", "up_to"),
    ],
)
def test_a_negation_elsewhere_leaves_the_bound(language: str, text: str, qualifier: str) -> None:
    (q,) = find_quantities(text, language=language)
    assert q.qualifier == qualifier


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "La participation a été de quasi 40 %."),
        ("it", "L'affluenza è stata quasi del 40%."),
        ("en", "Turnout was almost 40%."),
        ("es", "La participación fue de casi el 40 %."),
    ],
)
def test_almost_is_approximate(language: str, text: str) -> None:
    (q,) = find_quantities(text, language=language)
    assert (q.qualifier, q.low, q.high, q.approximate) == ("approx", 40, 40, True)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Secondo il sindaco i manifestanti non erano più di 250."),
        ("it", "I posti letto non saranno oltre 250."),
        ("es", "Según la alcaldesa, los vecinos desalojados no eran más de 250."),
        ("es", "No hay más de 250 plazas en el albergue."),
        ("pt", "Para o autarca, os manifestantes não eram mais de 250."),
        ("ca", "Segons l'alcaldessa, els veïns desallotjats no eren més de 250."),
        ("ca", "No hi havia més de 250 persones a la plaça."),
        ("ro", "Potrivit primarului, protestatarii nu erau mai mult de 250."),
        ("pl", "Protestujących nie było więcej niż 250."),
        ("ru", "Протестующих не будет больше 250."),
        ("uk", "Протестувальників не буде більше 250."),
        ("en", "The final count will not be more than 250."),
        ("ar", "وقال رئيس البلدية إن المحتجين لم يكونوا أكثر من 250."),
    ],
)
def test_a_negated_floor_across_a_copula_is_at_most(language: str, text: str) -> None:
    # "were not more than 250" with the verb "to be" between the negation and the bound
    # word ([qualifiers.negated] copulas): a ceiling, as "were no more than 250" is
    assert _only(text, language) == ("up_to", None, 250)


@pytest.mark.parametrize(
    ("language", "text", "low"),
    [
        # an exceptive "more than" stays "only" across the copula
        ("es", "No eran más que 90 los supervivientes del naufragio.", 90),
        ("pt", "Não eram mais que 90 os sobreviventes do naufrágio.", 90),
        ("it", "Non erano più che 90 i superstiti del naufragio.", 90),
    ],
)
def test_an_exceptive_across_a_copula_stays_only(language: str, text: str, low: float) -> None:
    assert _only(text, language) == ("exact", low, low)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a negation of another clause, or a copula with no negation, leaves the floor
        ("it", "Gli sfollati non erano soddisfatti: più di 250 hanno protestato."),
        ("es", "Los vecinos eran más de 250, según los organizadores."),
        ("ca", "Els veïns no eren a casa i més de 250 van passar la nit fora."),
        ("ro", "Protestatarii erau mai mult de 250, potrivit organizatorilor."),
    ],
)
def test_a_floor_with_no_negation_on_its_copula_stays_over(language: str, text: str) -> None:
    assert _only(text, language) == ("over", 250, None)
