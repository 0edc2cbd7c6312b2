"""Figures credited by what a later sentence or paragraph says of them.

A paragraph of uncredited figures that add up to a credited total of the paragraph
before breaks that total down, and is credited to the total's source; figures that do
not add up to it stay uncredited; one that repeats the total tells its history. A
sentence whose subject confirmed "this figure" credits the figure told before it. The
sentences are our own."""

from __future__ import annotations

import pytest

from crosscheck.claims._build import extract_claims
from crosscheck.ingest._article import Article


def _sources(text: str, lang: str) -> dict[str, str | None]:
    article = Article(id="t", text=text, language=lang)
    return {c.text: c.attributed_to for c in extract_claims(article) if c.kind == "quantity"}


def _source(sources: dict[str, str | None], start: str) -> str | None:
    return next(s for t, s in sources.items() if t.startswith(start))


@pytest.mark.parametrize(
    ("lang", "text", "parts", "want"),
    [
        (
            "en",
            "The storm has killed 64 people, the civil protection agency said on Sunday.\n\n"
            "The coastal district recorded 51 deaths. Nine people died in the hills and "
            "four in the capital.",
            ("51", "Nine", "four"),
            "the civil protection agency",
        ),
        (
            "es",
            "El temporal ha dejado 64 muertos, según Protección Civil.\n\n"
            "La comarca costera registró 51 fallecidos. Otras nueve personas murieron en "
            "la sierra y cuatro en la capital.",
            ("51", "Otras nueve", "cuatro"),
            "Protección Civil",
        ),
        (
            "de",
            "Der Sturm hat 64 Menschen das Leben gekostet, teilte der Zivilschutz mit.\n\n"
            "Im Küstenbezirk starben 51 Menschen. Neun Menschen kamen in den Bergen ums "
            "Leben, vier in der Hauptstadt.",
            ("51", "Neun", "vier"),
            "der Zivilschutz",
        ),
    ],
)
def test_the_parts_of_a_credited_total_take_its_source(
    lang: str, text: str, parts: tuple[str, ...], want: str
) -> None:
    sources = _sources(text, lang)
    for part in parts:
        assert _source(sources, part) == want, part


def test_figures_that_do_not_add_up_to_the_total_stay_uncredited() -> None:
    text = (
        "The storm has killed 64 people, the civil protection agency said on Sunday.\n\n"
        "The coastal district recorded 50 deaths. Nine people died in the hills and "
        "four in the capital."
    )
    sources = _sources(text, "en")
    for part in ("50", "Nine", "four"):
        assert _source(sources, part) is None, part


@pytest.mark.parametrize(
    ("lang", "text", "parts", "want"),
    [
        (
            "en",
            "The foreign ministry said 31 nationals were missing after the floods.\n\n"
            "The number climbed through the week: 4 were reported missing on Monday, 17 by "
            "Wednesday and 31 by Friday.",
            ("4", "17"),
            "The foreign ministry",
        ),
        (
            "ro",
            "Ministerul de Externe a anunțat că 31 de români sunt dați dispăruți.\n\n"
            "Cifra a crescut în cursul săptămânii: inițial au fost semnalați 4 români "
            "dispăruți, apoi numărul a ajuns la 17, iar vineri la 31.",
            ("4", "17"),
            "Ministerul de Externe",
        ),
    ],
)
def test_the_history_of_a_credited_count_takes_its_source(
    lang: str, text: str, parts: tuple[str, ...], want: str
) -> None:
    sources = _sources(text, lang)
    for part in parts:
        assert _source(sources, part) == want, part


def test_a_paragraph_that_repeats_no_credited_count_stays_uncredited() -> None:
    text = (
        "The foreign ministry said 31 nationals were missing after the floods.\n\n"
        "The number climbed through the week: 4 were reported missing on Monday, 17 by "
        "Wednesday and 30 by Friday."
    )
    sources = _sources(text, "en")
    for part in ("4", "17"):
        assert _source(sources, part) is None, part


@pytest.mark.parametrize(
    ("lang", "text", "want"),
    [
        (
            "de",
            "Noch immer gelten 78 Menschen als vermisst. Die Regierung der am schwersten "
            "getroffenen Provinz im Süden des Landes hat diese Zahl am Dienstag bestätigt.",
            "Die Regierung der am schwersten getroffenen Provinz im Süden des Landes",
        ),
        (
            "es",
            "Al menos 78 personas siguen desaparecidas. El Gobierno regional de la provincia "
            "más afectada del sur ha confirmado esta cifra.",
            "El Gobierno regional de la provincia más afectada del sur",
        ),
        (
            "fr",
            "Au moins 78 personnes sont toujours portées disparues. Le gouvernement régional "
            "de la province la plus touchée du sud a confirmé ce chiffre.",
            "Le gouvernement régional de la province la plus touchée du sud",
        ),
        (
            "en",
            "Some 78 people are still missing. The regional government of the worst hit "
            "southern province of the country confirmed this figure.",
            "The regional government of the worst hit southern province of the country",
        ),
    ],
)
def test_who_confirmed_this_figure_is_the_figure_before_its_source(
    lang: str, text: str, want: str
) -> None:
    assert _source(_sources(text, lang), "") == want


def test_this_figure_as_a_subject_credits_no_one_after_it() -> None:
    text = (
        "Noch immer gelten 78 Menschen als vermisst. Diese Zahl ist mit Vorsicht zu "
        "genießen, zumal die Regierung der am schwersten getroffenen Provinz im Süden "
        "des Landes keine Angaben macht."
    )
    assert _source(_sources(text, "de"), "78") is None
