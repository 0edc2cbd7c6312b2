"""Three credit classes of the source frame.

* A headline label whose last word is the story's event noun names the event, not a
  source ("Verbier avalanche: death toll rises to five"), as one that opens with it does
  ("Hurrikan Milton: …"); a label that names a body still speaks.
* A speaker who closes the sentence after a comma gives the count a count verb's subject
  made ("Rescuers recovered four bodies, police said": the police's count), as an opening
  prefix cue does.
* A verb that revises a count down reports it, as one that raises it does ("ACNUR rebaja
  a 55.000 los refugiados", "L'Unhcr rivede al ribasso", "revised down").
"""

from __future__ import annotations

import pytest

from tests._articles import credits


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Verbier avalanche: death toll rises to five, seven still missing"),
        ("en", "Catalan school food poisoning: cases rise to 112, one dead"),
        ("en", "Turkey earthquake: 40 dead in Hatay"),
        ("it", "Valanga Verbier: cinque morti"),
        ("nl", "Lawine Verbier: vijf doden"),
    ],
)
def test_a_headline_label_that_names_the_event_credits_no_one(lang: str, text: str) -> None:
    assert all(c is None for c in credits(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "Swiss police: death toll rises to five", "Swiss police"),
        ("en", "Earthquake Monitoring Centre: magnitude 6.8 quake", "Earthquake Monitoring Centre"),
    ],
)
def test_a_headline_label_that_names_a_body_still_speaks(
    lang: str, text: str, speaker: str
) -> None:
    assert credits(text, lang)[0] == speaker


CLOSING = [
    (
        "en",
        "Rescuers recovered four more bodies on Sunday from the avalanche, bringing the "
        "death toll to five, Valais cantonal police said.",
        "police",
    ),
    ("fr", "Les secouristes ont retrouvé quatre corps, a indiqué la police cantonale.", "police"),
    ("de", "Die Retter bargen vier Leichen, teilte die Polizei mit.", "Polizei"),
    ("it", "I soccorritori hanno recuperato quattro corpi, ha riferito la polizia.", "polizia"),
    ("pt", "Os bombeiros encontraram quatro corpos, informou a Defesa Civil.", "Defesa Civil"),
    ("nl", "Reddingswerkers vonden vier lichamen, meldde de politie.", "politie"),
]


@pytest.mark.parametrize(("lang", "text", "speaker"), CLOSING)
def test_a_closing_speaker_gives_the_count_a_count_verb_made(
    lang: str, text: str, speaker: str
) -> None:
    found = credits(text, lang)
    assert found
    assert all(c is not None and speaker in c for c in found)


@pytest.mark.parametrize(
    ("lang", "text", "doer"),
    [
        ("en", "Rescuers recovered four bodies on Sunday.", "Rescuers"),
        ("en", "Rescuers recovered four bodies, and police said five were missing.", "Rescuers"),
        ("fr", "Les secouristes ont retrouvé quatre corps dimanche.", "Les secouristes"),
    ],
)
def test_with_no_closing_speaker_the_count_verb_keeps_its_subject(
    lang: str, text: str, doer: str
) -> None:
    assert credits(text, lang)[0] == doer


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        ("es", "ACNUR rebaja a 55.000 los refugiados sudaneses llegados a Chad", "ACNUR"),
        ("it", "L'Unhcr rivede al ribasso: 55.000 rifugiati sudanesi in Ciad", "L'Unhcr"),
        ("fr", "Le HCR revoit à la baisse le nombre de réfugiés, à 55 000.", "Le HCR"),
        ("en", "The UN refugee agency revised down its count to 55,000 refugees.", "agency"),
        ("ru", "УВКБ ООН понизило оценку до 55 тысяч беженцев.", "УВКБ ООН"),
    ],
)
def test_a_verb_that_revises_a_count_down_reports_it(lang: str, text: str, source: str) -> None:
    (found,) = credits(text, lang)
    assert found is not None
    assert source in found


def test_a_sale_is_no_revision() -> None:
    # "rebaja" after an article is the noun (a sale), no verb
    assert credits("Las rebajas del 20% llegan a las tiendas.", "es") == [None]


ACKNOWLEDGED = [
    ("uk", "Уряд Гвінеї визнає 12 загиблих.", "Уряд Гвінеї"),
    ("ru", "Правительство признаёт гибель 12 человек.", "Правительство"),
    ("en", "The government acknowledges 12 deaths.", "The government"),
    ("pl", "Rząd przyznaje, że zginęło 12 osób.", "Rząd"),
    ("nl", "De regering erkent twaalf doden.", "De regering"),
    ("it", "Il governo riconosce 12 morti.", "Il governo"),
    ("fr", "Le gouvernement admet 12 morts.", "Le gouvernement"),
    ("ro", "Guvernul recunoaște 12 morți.", "Guvernul"),
    ("ar", "تعترف الحكومة بمقتل 12 شخصا.", "الحكومة"),
]


@pytest.mark.parametrize(("lang", "text", "source"), ACKNOWLEDGED)
def test_a_body_that_acknowledges_a_toll_is_its_source(lang: str, text: str, source: str) -> None:
    assert credits(text, lang) == [source]


def test_an_acknowledged_toll_beside_a_rival_one() -> None:
    # "the government acknowledges 12, doctors 24": each reading its own source's
    text = "Уряд Гвінеї визнає 12 загиблих, а лікарі столичної лікарні Донка — 24."
    first, second = credits(text, "uk")
    assert first == "Уряд Гвінеї"
    assert second is not None
    assert "лікарі" in second
