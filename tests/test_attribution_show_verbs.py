"""A verb of showing reports a figure only after a data or report noun.

"Official figures show 1,200 cases", "Las cifras oficiales muestran 1.200 casos",
"Oficjalne dane pokazują 1200 przypadków": the figures, data or report that show a count
are its source (``[attribution] show_verbs``, read only after a ``data_nouns`` or
``back_nouns`` word in the verb's clause). "Satellite images show 300 destroyed homes",
"Die Bilder zeigen 40 zerstörte Häuser": pictures are no one's count, and credit no one.
"""

from __future__ import annotations

import pytest

from crosscheck.claims._build import extract_claims
from crosscheck.ingest._article import Article
from tests._articles import credits

SHOWN = [
    ("de", "Offizielle Zahlen zeigen 1.200 Fälle in der Provinz.", "Offizielle Zahlen"),
    ("es", "Las cifras oficiales muestran 1.200 casos en la provincia.", "Las cifras oficiales"),
    ("it", "I dati ufficiali mostrano 1.200 casi nella provincia.", "I dati ufficiali"),
    ("pt", "Os números oficiais mostram 1.200 casos na província.", "Os números oficiais"),
    ("pl", "Oficjalne dane pokazują 1200 przypadków w prowincji.", "Oficjalne dane"),
    ("fr", "Les données du ministère de la Santé montrent 1 200 cas.", "ministère de la Santé"),
    ("pt", "Os dados do Ministério da Saúde mostram 1.200 casos.", "Ministério da Saúde"),
]

PICTURES = [
    ("en", "Images show 40 bodies on the beach."),
    ("en", "Satellite images showed 300 destroyed homes."),
    ("de", "Die Bilder zeigen 40 zerstörte Häuser."),
    ("de", "Aufnahmen zeigen 12 Menschen auf einem Dach."),
    ("es", "Las imágenes muestran 40 casas destruidas."),
    ("fr", "Les images montrent 40 maisons détruites."),
    ("it", "Le immagini mostrano 40 case distrutte."),
    ("nl", "De beelden tonen 40 verwoeste huizen."),
    ("pt", "As imagens mostram 40 casas destruídas."),
    ("pl", "Zdjęcia pokazują 40 zniszczonych domów."),
]


@pytest.mark.parametrize(("lang", "text", "source"), SHOWN)
def test_data_that_show_a_count_are_its_source(lang: str, text: str, source: str) -> None:
    assert credits(text, lang) == [source]


@pytest.mark.parametrize(("lang", "text"), PICTURES)
def test_pictures_that_show_a_count_credit_no_one(lang: str, text: str) -> None:
    assert credits(text, lang) == [None]


def test_official_figures_show_in_english() -> None:
    (source,) = credits("Official figures show 1,200 cases in the province.", "en")
    assert source is not None
    assert source.lower().startswith("official")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Polls show Rusu won on Sunday."),
        ("it", "Le immagini mostrano il crollo del 12 settembre."),
        ("fr", "Les vidéos montrent la crue du 7 au 8 novembre."),
    ],
)
def test_a_verb_of_showing_is_no_reporting_verb_for_a_date(lang: str, text: str) -> None:
    # show verbs report only a figure's credit, after a data noun; a date beside them
    # was said by no one
    article = Article(id="a", text=text, language=lang, published="2025-11-20")
    dates = [c for c in extract_claims(article) if c.kind == "date"]
    assert dates
    assert all(c.event != "said" for c in dates)
