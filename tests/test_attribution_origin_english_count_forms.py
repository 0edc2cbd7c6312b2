"""English origin cues, and the plural forms of count verbs.

- "This emerges from the council's final report" names where the figures just told come
  from (``[attribution] origin_cues``, as "Dat blijkt uit …" does in Dutch): the body
  that made the document, glued before it by a possessive mark, is credited, not the
  source named last; "the final report" with no body still points back, and a body
  credited in the sentence before keeps its figures.
- A prefix cue that opens the sentence outranks the subject of a count verb after it
  ("According to the ministry, doctors recorded 700 cases"): the Ukrainian and Polish
  plural and gendered forms of those verbs (``[attribution] count_verbs``) count too.

The sentences are our own (no benchmark wording).
"""

from __future__ import annotations

import pytest

from ._articles import quantities

_EARLIER = "The fire brigade reported 25 call-outs on Tuesday. "


def _credit(text: str, lang: str, figure: str) -> str | None:
    return next(c.attributed_to for c in quantities(text, lang) if figure in c.text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Of the 37 stranded dolphins, nine survived. "
            "This emerges from the council's final report.",
            "the council",
        ),
        (
            "Of the 37 stranded dolphins, nine survived. "
            "This emerged from the coastguard's report.",
            "the coastguard",
        ),
        (
            "Of the 37 stranded dolphins, nine survived. "
            "This emerges from the final report of the council.",
            "the final report of the council",
        ),
        # the owner runs to the last possessive mark, its own "'s" kept
        (
            "Of the 37 stranded dolphins, nine survived. "
            "This emerges from St Mary's Hospital's annual report.",
            "St Mary's Hospital",
        ),
    ],
)
def test_an_english_origin_sentence_credits_the_body_not_the_source_before(
    text: str, body: str
) -> None:
    assert _credit(_EARLIER + text, "en", "nine") == body


def test_an_english_origin_sentence_with_no_body_credits_no_new_source() -> None:
    text = "Of the 37 stranded dolphins, nine survived. This emerges from the final report."
    assert _credit(text, "en", "nine") is None


def test_a_body_credited_in_the_sentence_before_keeps_its_figures() -> None:
    text = (
        "According to the coastguard, nine of the 37 dolphins survived. "
        "This emerges from the county's report."
    )
    assert _credit(text, "en", "nine") == "the coastguard"


@pytest.mark.parametrize(
    ("lang", "text", "figure", "source"),
    [
        (
            "uk",
            "За даними міністерства, лікарі зафіксували 700 випадків грипу.",
            "700",
            "міністерства",
        ),
        (
            "uk",
            "За даними міністерства, рятувальники зареєстрували 12 викликів.",
            "12",
            "міністерства",
        ),
        ("pl", "Według ministerstwa, ratownicy znaleźli 12 ciał.", "12", "ministerstwa"),
        (
            "pl",
            "Według danych ministerstwa, lekarze odnotowali 700 przypadków grypy.",
            "700",
            "ministerstwa",
        ),
    ],
)
def test_an_opening_prefix_outranks_a_plural_count_verb_subject(
    lang: str, text: str, figure: str, source: str
) -> None:
    assert _credit(text, lang, figure) == source


@pytest.mark.parametrize(
    ("lang", "text", "figure", "source"),
    [
        (
            "ru",
            "По данным министерства, врачи зафиксировали 700 случаев гриппа.",
            "700",
            "министерства",
        ),
        (
            "en",
            "According to the ministry, doctors recorded 700 flu cases.",
            "700",
            "the ministry",
        ),
        ("uk", "Лікарі зафіксували 700 випадків грипу.", "700", "Лікарі"),
        ("pl", "Lekarze odnotowali 700 przypadków grypy.", "700", "Lekarze"),
    ],
)
def test_a_count_verb_subject_with_no_prefix_keeps_its_figure(
    lang: str, text: str, figure: str, source: str
) -> None:
    assert _credit(text, lang, figure) == source
