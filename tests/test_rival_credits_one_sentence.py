"""Two figures of one sentence, two sources: each figure takes its own credit.

A sentence that sets a rival's figure beside the speaker's own credits the rival's figure
to the rival, so the two are rival readings, not parts of one statement:

- an "as X claims" clause right after a figure ("…, not 48,000 as the central bank
  claims", "nu 48.000 cât afirmă BNR", "et non 48 000 comme l'affirme la banque") credits
  X with that figure only (``[attribution] as_openers``);
- a credit cue between two figures whose second figure has a qualifier ("about 20,000
  people, according to police more than 26,000") opens the second figure's clause and
  credits it alone;
- a gapped clause that repeats the preposition of the verb of saying it shares ("Der
  Bauernverband spricht von 15.000 Hektar, die Region Venetien von 9.000") makes a region
  named with a noun of ``[attribution] region_nouns`` its speaker, and the preposition may
  be elided onto the figure ("…, le ministère d'environ 9 000");
- a bank ("the central bank", "la banque centrale", "центральный банк") is a body that
  can be credited, in every language;
- a headline label that names a failure (``[topics] failure``: "Lender collapse: …",
  "Upadek banku spółdzielczego: 48 tys. czy ponad 60 tys.?") is the story's topic, no
  speaker, so its figures may take the body's credits of the same figures.
"""

from __future__ import annotations

import pytest

from tests._articles import credits

# (language, sentence, credit of the first figure, credit of the second)
AS_CLAUSE = [
    (
        "en",
        "The savers' association says more than 60,000 people had money in the lender,"
        " not 48,000 as the central bank claims.",
        "The savers' association",
        "the central bank",
    ),
    (
        "ro",
        "Asociația susține că peste 60.000 de oameni aveau depozite, nu 48.000 cât afirmă BNR.",
        "Asociația",
        "BNR",
    ),
    (
        "fr",
        "L'association affirme que plus de 60 000 clients avaient un compte, et non 48 000"
        " comme l'affirme la banque centrale.",
        "L'association",
        "la banque centrale",
    ),
    (
        "es",
        "La asociación afirma que más de 60.000 clientes tenían cuenta, no 48.000 como afirma"
        " el banco central.",
        "La asociación",
        "el banco central",
    ),
    (
        "it",
        "L'associazione sostiene che oltre 60.000 clienti avevano un conto, non 48.000 come"
        " afferma la banca centrale.",
        "L'associazione",
        "la banca centrale",
    ),
    (
        "pl",
        "Stowarzyszenie twierdzi, że konto miało ponad 60 tys. klientów, a nie 48 tys., jak"
        " twierdzi bank centralny.",
        "Stowarzyszenie",
        "bank centralny",
    ),
    (
        "ru",
        "Ассоциация утверждает, что счета имели более 60 тысяч клиентов, а не 48 тысяч, как"
        " утверждает центральный банк.",
        "Ассоциация",
        "центральный банк",
    ),
    (
        "uk",
        "Асоціація стверджує, що рахунки мали понад 60 тисяч клієнтів, а не 48 тисяч, як"
        " стверджує центральний банк.",
        "Асоціація",
        "центральний банк",
    ),
    (
        "pt",
        "A associação afirma que mais de 60 mil clientes tinham conta, e não 48 mil como afirma"
        " o banco central.",
        "A associação",
        "o banco central",
    ),
    (
        "ca",
        "L'associació afirma que més de 60.000 clients tenien compte, i no 48.000 com afirma"
        " el banc central.",
        "L'associació",
        "el banc central",
    ),
    (
        "nl",
        "De vereniging zegt dat meer dan 60.000 klanten een rekening hadden, niet 48.000"
        " zoals de centrale bank beweert.",
        "De vereniging",
        "de centrale bank",
    ),
    (
        "en",
        "The union says 12,000 people marched, not 3,000 as the organisers claim.",
        "The union",
        "the organisers",
    ),
]

# a credit cue between two figures, the second with its qualifier
CUE_BEFORE_QUALIFIED = [
    (
        "pl",
        "Ewakuacja objęła około 20 tys. osób, według policji ponad 26 tys.",
        None,
        "policji",
    ),
    (
        "fr",
        "L'évacuation a concerné environ 20 000 personnes, selon la police plus de 26 000.",
        None,
        "la police",
    ),
    (
        "es",
        "La evacuación afectó a unas 20.000 personas, según la policía más de 26.000.",
        None,
        "la policía",
    ),
    (
        "ru",
        "Эвакуация затронула около 20 тысяч человек, по данным полиции — более 26 тысяч.",
        None,
        "полиции",
    ),
    (
        "de",
        "Evakuiert wurden rund 20.000 Menschen, laut Polizei mehr als 26.000.",
        None,
        "Polizei",
    ),
    (
        "it",
        "Sono state evacuate circa 20.000 persone, secondo la polizia oltre 26.000.",
        None,
        "la polizia",
    ),
]

# a gapped clause whose subject is a region named with its noun
GAPPED_REGION = [
    (
        "de",
        "Der Bauernverband spricht von mehr als 15.000 Hektar, die Region Venetien von etwa"
        " 9.000 Hektar.",
        "Der Bauernverband",
        "die Region Venetien",
    ),
    (
        "it",
        "La Coldiretti parla di oltre 15.000 ettari, la Regione Veneto di circa 9.000.",
        "La Coldiretti",
        "la Regione Veneto",
    ),
    (
        "es",
        "La asociación habla de más de 15.000 hectáreas, la región de Murcia de unas 9.000.",
        "La asociación",
        "la región de Murcia",
    ),
    (
        "en",
        "The farmers' union speaks of more than 15,000 hectares, the Veneto region of about 9,000.",
        "The farmers' union",
        "the Veneto region",
    ),
]

# a gapped clause whose repeated preposition is elided onto its figure ("d'environ")
GAPPED_ELIDED = [
    (
        "fr",
        "Le syndicat parle de plus de 15 000 hectares, le ministère d'environ 9 000.",
        "Le syndicat",
        "le ministère",
    ),
    (
        "fr",
        "Les organisateurs parlent de 150 000 manifestants, la préfecture d'environ 40 000.",
        "Les organisateurs",
        "la préfecture",
    ),
    (
        "it",
        "Il sindacato parla di oltre 15.000 ettari, il ministero d'oltre 9.000.",
        "Il sindacato",
        "il ministero",
    ),
    (
        "ca",
        "El sindicat parla de més de 15.000 hectàrees, el ministeri d'unes 9.000.",
        "El sindicat",
        "el ministeri",
    ),
]

# wording that keeps its old reading
KEPT = [
    # no "as" clause: the speaker gives both figures
    (
        "en",
        "The association says more than 60,000 people had money in the lender, not 48,000.",
        "The association",
        "The association",
    ),
    # the "as" clause compares the later figure only
    (
        "en",
        "More than 60,000 people had savings there, not 48,000 as the central bank claims.",
        None,
        "the central bank",
    ),
    (
        "es",
        "Más de 60.000 personas tenían ahorros allí, y no 48.000 como sostiene el banco central.",
        None,
        "el banco central",
    ),
    # a cue set off by commas closes the first clause and credits both figures
    (
        "pl",
        "Zginęło 30 osób, według ministerstwa, w tym 12 dzieci.",
        "ministerstwa",
        "ministerstwa",
    ),
    # a region gapped with no verb of saying repeated, or a bare place: no speaker
    (
        "de",
        "Die Polizei zählte 300 Verletzte, in der Region Venetien 120.",
        "Die Polizei",
        "Die Polizei",
    ),
    ("es", "El ministerio contó 300 muertos y Valencia 120.", "El ministerio", "El ministerio"),
    # an elided word that is no source: the speaker keeps the figure
    (
        "fr",
        "Le syndicat parle de plus de 15 000 hectares, dont l'essentiel d'environ 9 000.",
        "Le syndicat",
        "Le syndicat",
    ),
]

# a headline label that names a failure (``[topics] failure``) is a topic, no speaker
FAILURE_LABELS = [
    ("pl", "Upadek banku spółdzielczego: 48 tys. poszkodowanych"),
    ("en", "Lender collapse: 48,000 savers hit"),
    ("en", "Someșul bankruptcy: 48,000 savers hit"),
    ("it", "Crac Someșul: 48.000 risparmiatori colpiti"),
    ("ro", "Falimentul Someșul: 48.000 de deponenți afectați"),
    ("ru", "Крах Someșul: 48 тысяч вкладчиков пострадали"),
    ("uk", "Банкрутство Someșul: 48 тисяч вкладників постраждали"),
    ("es", "Quiebra Someșul: 48.000 ahorradores afectados"),
    ("nl", "Faillissement Someșul: 48.000 spaarders getroffen"),
    ("pt", "Falência Someșul: 48 mil depositantes afetados"),
]

# a label that names a body still speaks
SPEAKING_LABELS = [
    ("pl", "Bank centralny: 48 tys. poszkodowanych", "Bank centralny"),
    ("en", "Central bank: 48,000 savers hit", "Central bank"),
    ("it", "Banca d'Italia: 48.000 risparmiatori colpiti", "Banca d'Italia"),
]

# a bank as the credited body, in every language
BANK = [
    ("en", "According to the central bank, 48,000 people had deposits.", "the central bank"),
    ("fr", "Selon la banque centrale, 48 000 personnes avaient des dépôts.", "la banque centrale"),
    ("es", "Según el banco central, 48.000 personas tenían depósitos.", "el banco central"),
    ("it", "Secondo la banca centrale, 48.000 persone avevano depositi.", "la banca centrale"),
    ("pt", "Segundo o banco central, 48 mil pessoas tinham depósitos.", "o banco central"),
    ("ca", "Segons el banc central, 48.000 persones tenien dipòsits.", "el banc central"),
    ("ro", "Potrivit băncii centrale, 48.000 de oameni aveau depozite.", "băncii centrale"),
    ("de", "Laut der Zentralbank hatten 48.000 Menschen Einlagen.", "der Zentralbank"),
    ("nl", "Volgens de centrale bank hadden 48.000 mensen deposito's.", "de centrale bank"),
    ("pl", "Według banku centralnego 48 tys. osób miało depozyty.", "banku centralnego"),
    ("ru", "По данным центрального банка, вклады имели 48 тысяч человек.", "центрального банка"),
    ("uk", "За даними центрального банку, вклади мали 48 тисяч людей.", "центрального банку"),
    ("ar", "وبحسب البنك المركزي، كان لدى 48 ألف شخص ودائع.", "البنك المركزي"),
]


@pytest.mark.parametrize(("lang", "text", "first", "second"), AS_CLAUSE)
def test_an_as_clause_credits_the_figure_it_follows(
    lang: str, text: str, first: str, second: str
) -> None:
    assert credits(text, lang) == [first, second]


@pytest.mark.parametrize(("lang", "text", "first", "second"), CUE_BEFORE_QUALIFIED)
def test_a_cue_before_a_qualified_figure_credits_it_alone(
    lang: str, text: str, first: str | None, second: str
) -> None:
    assert credits(text, lang) == [first, second]


@pytest.mark.parametrize(("lang", "text", "first", "second"), GAPPED_REGION)
def test_a_gapped_region_speaks(lang: str, text: str, first: str, second: str) -> None:
    assert credits(text, lang) == [first, second]


@pytest.mark.parametrize(("lang", "text", "first", "second"), GAPPED_ELIDED)
def test_an_elided_preposition_opens_a_gapped_clause(
    lang: str, text: str, first: str, second: str
) -> None:
    assert credits(text, lang) == [first, second]


@pytest.mark.parametrize(("lang", "text", "first", "second"), KEPT)
def test_other_wording_keeps_its_reading(
    lang: str, text: str, first: str | None, second: str
) -> None:
    assert credits(text, lang) == [first, second]


@pytest.mark.parametrize(("lang", "text", "source"), BANK)
def test_a_bank_is_credited(lang: str, text: str, source: str) -> None:
    assert credits(text, lang) == [source]


@pytest.mark.parametrize(("lang", "text"), FAILURE_LABELS)
def test_a_failure_label_is_no_speaker(lang: str, text: str) -> None:
    assert credits(text, lang) == [None]


@pytest.mark.parametrize(("lang", "text", "source"), SPEAKING_LABELS)
def test_a_body_label_still_speaks(lang: str, text: str, source: str) -> None:
    assert credits(text, lang) == [source]
