"""Claims keep the publisher apart from the source it credits."""

from __future__ import annotations

import crosscheck
from crosscheck import Article


def _quantity(article: Article) -> crosscheck.Claim:
    (claim,) = [c for c in crosscheck.report([article]).claims if c.kind == "quantity"]
    return claim


def test_a_source_that_is_the_publisher_is_marked_self_cited() -> None:
    claim = _quantity(
        Article(
            id="r",
            text="More than 5,000 troops were sent, according to Reuters.",
            language="en",
            source="Reuters",
        )
    )
    assert (claim.attributed_to, claim.publisher, claim.self_cited) == ("Reuters", "Reuters", True)


def test_another_outlet_is_not_self_cited() -> None:
    claim = _quantity(
        Article(
            id="a",
            text="More than 5,000 troops were sent, according to Reuters.",
            language="en",
            source="AP",
        )
    )
    assert (claim.attributed_to, claim.publisher, claim.self_cited) == ("Reuters", "AP", False)
