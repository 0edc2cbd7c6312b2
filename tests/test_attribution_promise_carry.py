"""A speaker's statement that looks ahead, with no figure of its own ("said the
government would mobilise every resource"), credits none of the reporter's figures after
it; one about what is or was so still goes on to them ([attribution] future_markers,
future_endings)."""

from __future__ import annotations

import pytest

from ._articles import report_credits as _credits


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "In a televised address on Sunday, Prime Minister Kyriakos Mitsotakis said the state"
            " would deploy every available aircraft for as long as needed. At least 21 people"
            " have died in the region.",
        ),
        (
            "en",
            "The transport minister said on Monday that the government will investigate the"
            " owners of the ferry. More than 40 passengers are still missing.",
        ),
        (
            "es",
            "El presidente Gabriel Boric afirmó este domingo que el Gobierno movilizará todos"
            " los recursos necesarios. Al menos 112 personas han muerto en la región.",
        ),
        (
            "es",
            "El presidente Gabriel Boric dijo que el Gobierno va a reconstruir las viviendas."
            " Al menos 112 personas han muerto en la región.",
        ),
        (
            "fr",
            "Le président Recep Tayyip Erdogan a déclaré lundi que l'État reconstruirait toutes"
            " les maisons détruites. Plus de 3 000 immeubles se sont effondrés.",
        ),
        (
            "de",
            "Ministerpräsident Markus Söder sagte am Montag, der Freistaat werde den Betroffenen"
            " schnell helfen. Mehr als 3000 Menschen mussten ihre Häuser verlassen.",
        ),
        (
            "it",
            "Il presidente della Regione Stefano Bonaccini ha detto che la Regione chiederà lo"
            " stato di emergenza. Almeno 14 persone sono morte.",
        ),
        (
            "pt",
            "O governador Eduardo Leite afirmou que o estado reconstruirá as estradas. Pelo"
            " menos 143 pessoas morreram no Rio Grande do Sul.",
        ),
        (
            "nl",
            "Minister Mark Harbers zei maandag dat het kabinet de getroffen gemeenten zal"
            " helpen. Meer dan 300 mensen moesten hun huis verlaten.",
        ),
        (
            "ca",
            "El conseller Joan Ignasi Elena ha assegurat que el Govern reforçarà els mitjans"
            " aeris. Més de 500 hectàrees han cremat a la comarca.",
        ),
    ],
)
def test_a_promise_credits_no_figure_after_it(language: str, text: str) -> None:
    assert _credits(text, language) == [None]


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        (
            "en",
            "The interior ministry said on Tuesday that the toll had risen sharply overnight."
            " At least 76 people have died since March.",
            "The interior ministry",
        ),
        (
            "en",
            "At a press conference, Sanchez said there were still missing people to be located."
            " The aid includes 838 million euros in direct payments.",
            "Sanchez",
        ),
        (
            "es",
            "El ministro del Interior dijo que la situación es crítica en Viña del Mar. Al menos"
            " 112 personas han muerto en la región.",
            "El ministro del Interior",
        ),
        (
            "de",
            "Der Innenminister sagte am Montag, die Lage sei weiter angespannt. Mehr als 3000"
            " Menschen mussten ihre Häuser verlassen.",
            "Der Innenminister",
        ),
        (
            "fr",
            "Le ministre de l'Intérieur a déclaré que la situation restait critique. Plus de"
            " 3 000 immeubles se sont effondrés.",
            "Le ministre de l'Intérieur",
        ),
        (
            "it",
            "La Protezione civile ha comunicato che la situazione è ancora critica. Almeno 14"
            " persone sono morte.",
            "La Protezione civile",
        ),
        # a prefix cue says the information is the source's, whatever tense follows
        (
            "es",
            "Según el ministro del Interior, el Gobierno movilizará todos los recursos. Al menos"
            " 112 personas han muerto en la región.",
            "el ministro del Interior",
        ),
    ],
)
def test_a_statement_of_what_is_still_credits_the_figures_after_it(
    language: str, text: str, credit: str
) -> None:
    assert _credits(text, language) == [credit]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The eastern government put the toll at 5,300. A minister of that government said"
            " the toll would double. At least 10,000 people are missing.",
        ),
        (
            "es",
            "El Gobierno regional cifró en 5.300 los muertos. Un ministro de ese Gobierno dijo"
            " que la cifra se duplicará. Al menos 10.000 personas siguen desaparecidas.",
        ),
    ],
)
def test_a_promise_ends_the_account_before_it(language: str, text: str) -> None:
    # the first source's account stops at another speaker's look ahead
    assert _credits(text, language)[1] is None


def test_a_statement_of_what_is_goes_on_with_its_own_speaker() -> None:
    text = (
        "The eastern government put the toll at 5,300. The prime minister said the situation"
        " was dire. At least 10,000 people are missing."
    )
    assert _credits(text, "en")[1] == "The prime minister"


@pytest.mark.parametrize(
    ("language", "text", "last"),
    [
        (
            "pl",
            "Pożar strawił 3500 hektarów, poinformowali strażacy. Prefekt powiedział, że pożar"
            " zostanie opanowany do czwartku. Z ogniem walczy około 800 strażaków.",
            None,
        ),
        (
            "ru",
            "Пожар уничтожил 3500 гектаров, сообщили спасатели. Губернатор заявил, что пожар"
            " будет потушен к четвергу. С огнем борются около 800 пожарных.",
            None,
        ),
        (
            "uk",
            "Пожежа знищила 3500 гектарів, повідомили рятувальники. Губернатор заявив, що"
            " пожежу буде загашено до четверга. З вогнем борються близько 800 пожежників.",
            None,
        ),
        # a statement of what is: its speaker goes on
        (
            "ru",
            "Пожар уничтожил 3500 гектаров, сообщили спасатели. Губернатор заявил, что ситуация"
            " тяжелая. С огнем борются около 800 пожарных.",
            "Губернатор",
        ),
    ],
)
def test_analytic_futures_in_slavic_languages(language: str, text: str, last: str | None) -> None:
    assert _credits(text, language)[-1] == last


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        # a present passive ("wird gesucht") and "het gaat om" look nowhere ahead
        (
            "de",
            "Mindestens 40 Menschen starben, sagte die Polizei. Der Sprecher sagte, es wird noch"
            " gesucht. Mehr als 300 Menschen mussten ihre Häuser verlassen.",
            "Der Sprecher",
        ),
        (
            "nl",
            "Minstens 40 mensen kwamen om, meldt de politie. De woordvoerder zei dat het gaat om"
            " toeristen. Meer dan 300 mensen moesten hun huis verlaten.",
            "De woordvoerder",
        ),
    ],
)
def test_no_look_ahead_in_a_present_statement(language: str, text: str, credit: str) -> None:
    assert _credits(text, language)[-1] == credit


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        # words that end as a future does but are a noun or a simple past
        (
            "pt",
            "A Defesa Civil informou que a situação é crítica neste verão. Pelo menos 143"
            " pessoas morreram no estado.",
            "A Defesa Civil",
        ),
        (
            "fr",
            "Le préfet a déclaré que la situation restait critique autour de la caldera. Plus"
            " de 3 000 hectares ont brûlé.",
            "Le préfet",
        ),
        (
            "fr",
            "Le préfet a déclaré que le bateau chavira peu après minuit. Plus de 40 passagers"
            " sont portés disparus.",
            "Le préfet",
        ),
        # the same sentences with a future verb look ahead
        (
            "pt",
            "A Defesa Civil informou que o estado reconstruirá as casas neste verão. Pelo menos"
            " 143 pessoas morreram no estado.",
            None,
        ),
        (
            "fr",
            "Le préfet a déclaré que l'État reconstruira les maisons autour de la caldera. Plus"
            " de 3 000 hectares ont brûlé.",
            None,
        ),
    ],
)
def test_a_word_with_a_future_ending_that_is_no_future(
    language: str, text: str, credit: str | None
) -> None:
    assert _credits(text, language)[-1] == credit


@pytest.mark.parametrize(
    ("language", "text", "credit"),
    [
        # a verb of going that fares or goes somewhere says what is
        (
            "fr",
            "Le préfet a déclaré que la situation va mieux dans la vallée. Plus de 3 000"
            " hectares ont brûlé.",
            "Le préfet",
        ),
        (
            "es",
            "El ministro dijo que el Ejército va a la zona con urgencia. Al menos 112 personas"
            " han muerto en la región.",
            "El ministro",
        ),
        (
            "pt",
            "O ministro disse que a situação vai bem no estado. Pelo menos 143 pessoas"
            " morreram no estado.",
            "O ministro",
        ),
        # the same verb before an infinitive looks ahead
        (
            "fr",
            "Le préfet a déclaré que la situation va encore empirer. Plus de 3 000 hectares ont"
            " brûlé.",
            None,
        ),
        (
            "pt",
            "O ministro disse que o estado vai reconstruir as casas. Pelo menos 143 pessoas"
            " morreram no estado.",
            None,
        ),
    ],
)
def test_a_verb_of_going_that_goes_somewhere_is_no_future(
    language: str, text: str, credit: str | None
) -> None:
    assert _credits(text, language)[-1] == credit
