"""A headline's figure drops the hedge the body gives it, and takes the body's source.

"Ferry disaster: 64 dead" over "At least 64 people died, the coast guard said": the
headline's 64 is the body's bound, so it is credited to the coast guard. When two
sources give that bound in the body, the headline's is either, and stays uncredited.
"""

from __future__ import annotations

from crosscheck import Article
from crosscheck.claims import extract_claims


def _credits(text: str, language: str) -> list[tuple[str, str | None]]:
    article = Article(id="a", text=text, language=language, published="2024-05-10")
    return [(c.text, c.attributed_to) for c in extract_claims(article) if c.kind == "quantity"]


def test_headline_figure_takes_the_source_of_its_hedged_body_twin() -> None:
    text = (
        "Naufragio nel Mediterraneo: 64 morti\n\n"
        "Sono almeno 64 le vittime del naufragio, secondo la guardia costiera."
    )
    assert _credits(text, "it")[0] == ("64 morti", "la guardia costiera")


def test_two_sources_of_the_bound_leave_the_headline_uncredited() -> None:
    text = (
        "Séisme : 640 morts\n\n"
        "Au moins 640 personnes sont mortes, selon la protection civile. "
        "Le ministère de la Santé fait état d'au moins 640 morts."
    )
    assert _credits(text, "fr")[0] == ("640 morts", None)
