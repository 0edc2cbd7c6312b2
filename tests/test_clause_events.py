"""A figure that opens a clause of its own takes no verb of the clause before it; rescue
crews are a force sent to the event, one per story.

"More than 1,200 people have been evacuated, and some 450 firefighters were fighting
the flames": the 450 were not evacuated (``extract._context.opens_clause``). A figure
with a subject before it in its clause ("and the army 1,000 soldiers") shares the verb
the clause leaves out. Firefighters sent to a fire ("350 bombers", "some 450
firefighters") are the story's one crew, compared by their unit alone, as the police
are (``concepts.toml`` ``force``).
"""

from __future__ import annotations

import pytest

import crosscheck


def _claim(text: str, lang: str, value: int) -> crosscheck.Claim:
    report = crosscheck.report(
        [crosscheck.Article(id="a", text=text, language=lang, published="2025-07-23")]
    )
    return next(c for c in report.claims if c.kind == "quantity" and c.low == value)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "More than 1,200 people have been evacuated from four villages, and some 450 "
            "firefighters were fighting the flames.",
        ),
        (
            "es",
            "Más de 1.200 vecinos han sido evacuados de cuatro pueblos, y unos 450 bomberos "
            "combaten las llamas.",
        ),
        (
            "fr",
            "Plus de 1 200 habitants ont été évacués de quatre villages, et quelque 450 "
            "pompiers combattent les flammes.",
        ),
        (
            "it",
            "Più di 1.200 abitanti sono stati evacuati da quattro paesi, e circa 450 vigili del "
            "fuoco combattono le fiamme.",
        ),
        (
            "de",
            "Mehr als 1.200 Menschen wurden aus vier Dörfern evakuiert, und rund 450 "
            "Feuerwehrleute kämpfen gegen die Flammen.",
        ),
        (
            "en",
            "More than 1,200 people fled their homes; some 450 firefighters were fighting "
            "the flames.",
        ),
    ],
)
def test_a_figure_opening_its_clause_takes_no_verb_before_it(lang: str, text: str) -> None:
    assert _claim(text, lang, 450).event is None
    assert _claim(text, lang, 1200).event == "fled"


@pytest.mark.parametrize(
    ("lang", "text", "value", "event"),
    [
        # a subject between the clause word and the figure: the verb left out is shared
        (
            "en",
            "The government sent 500 police officers, and the army 1,000 soldiers.",
            1000,
            "sent",
        ),
        # no clause word: the verb before is the figure's
        ("en", "The army deployed some 450 soldiers to the border.", 450, "sent"),
        ("es", "El Gobierno ha enviado unos 450 soldados a la frontera.", 450, "sent"),
        ("fr", "Plus de 1 200 habitants ont été évacués de quatre villages.", 1200, "fled"),
    ],
)
def test_a_figure_inside_its_clause_keeps_the_verb(
    lang: str, text: str, value: int, event: str
) -> None:
    assert _claim(text, lang, value).event == event


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ca", "Incendi\n\nEls Bombers treballen amb 350 bombers sobre el terreny."),
        ("en", "Wildfire\n\nSome 350 firefighters are battling the blaze."),
        ("es", "Incendio\n\nUnos 350 bomberos luchan contra las llamas."),
        ("fr", "Incendie\n\nQuelque 350 pompiers luttent contre les flammes."),
        ("it", "Incendio\n\nCirca 350 vigili del fuoco combattono le fiamme."),
    ],
)
def test_two_days_of_one_fire_crew_are_compared(lang: str, text: str) -> None:
    report = crosscheck.report(
        [
            crosscheck.Article(id="a", text=text, language=lang, published="2025-07-22"),
            crosscheck.Article(
                id="b",
                text="Wildfire grows\n\nAbout 450 firefighters backed by aircraft were on the "
                "ground on Wednesday.",
                language="en",
                published="2025-07-23",
            ),
        ]
    )
    quantities = [c for c in report.claims if c.kind == "quantity"]
    a = next(c for c in quantities if c.article == "a" and c.low == 350)
    b = next(c for c in quantities if c.article == "b" and c.low == 450)
    assert a.unit == b.unit == "rescuers"
    assert report.explain(a.id, b.id).compared


def test_a_crew_is_not_the_people_it_rescues() -> None:
    report = crosscheck.report(
        [
            crosscheck.Article(
                id="a",
                text="Wildfire\n\nSome 350 firefighters are battling the blaze.",
                language="en",
                published="2025-07-22",
            ),
            crosscheck.Article(
                id="b",
                text="Incendio\n\nUnas 450 personas han sido rescatadas por los bomberos.",
                language="es",
                published="2025-07-23",
            ),
        ]
    )
    quantities = [c for c in report.claims if c.kind == "quantity"]
    a = next(c for c in quantities if c.article == "a" and c.low == 350)
    b = next(c for c in quantities if c.article == "b" and c.low == 450)
    assert not report.explain(a.id, b.id).compared
