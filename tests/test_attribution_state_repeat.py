"""A figure credited to a state alone takes the body of that state credited with it.

"…, Ukraine says" in a headline names who spoke only by the state's name; when the
article credits the same figure to a body of that state ("the Ukrainian General
Staff said"), that body is the source of both. A body of another state gives the
figure no new source.
"""

from __future__ import annotations

from crosscheck import Article
from crosscheck.claims import extract_claims


def _credits(text: str, language: str) -> list[tuple[str, str | None]]:
    article = Article(id="a", text=text, language=language, published="2024-05-10")
    return [(c.text, c.attributed_to) for c in extract_claims(article) if c.kind == "quantity"]


def test_bare_state_takes_its_body() -> None:
    text = (
        "Russia lost 4,200 soldiers in a week, Ukraine says\n\n"
        "Russia lost 4,200 soldiers in a week, the Ukrainian General Staff said on Monday."
    )
    credits = _credits(text, "en")
    assert credits[0][1] == "the Ukrainian General Staff"


def test_bare_state_keeps_its_name_beside_another_states_body() -> None:
    text = (
        "Russia lost 4,200 soldiers in a week, Ukraine says\n\n"
        "Russia lost 4,200 soldiers in a week, the British Defence Ministry said on Monday."
    )
    credits = _credits(text, "en")
    assert credits[0][1] == "Ukraine"


def test_ukrainian_bare_state_takes_its_ministry() -> None:
    text = (
        "За оцінками Британії, Росія втратила 600 тисяч військових\n\n"
        "За даними британського Міноборони, Росія втратила 600 тисяч військових."
    )
    credits = _credits(text, "uk")
    assert credits[0][1] == "британського Міноборони"
