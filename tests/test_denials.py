"""Figures reported in order to deny them (claims._denials, judge._denials)."""

from __future__ import annotations

import pytest

import crosscheck
from crosscheck import Article


def _claims(text: str, lang: str) -> list[crosscheck.Claim]:
    report = crosscheck.report(
        [Article(id="a1", text=text, language=lang, published="2025-03-02", story="s")]
    )
    return [c for c in report.claims if c.kind == "quantity"]


@pytest.mark.parametrize(
    ("text", "lang", "denier"),
    [
        (
            "The health ministry denied in a statement that 300 people had been killed.",
            "en",
            "The health ministry",
        ),
        ("Le ministère de la Santé a démenti que 300 personnes aient été tuées.", "fr", None),
        ("El Ministerio de Sanidad negó que 300 personas hubieran muerto.", "es", None),
        ("Il ministero della Salute ha smentito che 300 persone siano morte.", "it", None),
        (
            "Das Gesundheitsministerium bestritt, dass 300 Menschen getötet worden seien.",
            "de",
            None,
        ),
        ("Ministerul Sănătății a negat că 300 de persoane au murit.", "ro", None),
        ("Министерство здравоохранения опровергло, что погибли 300 человек.", "ru", None),
        ("Міністерство охорони здоров'я спростувало, що загинули 300 людей.", "uk", None),
        ("O Ministério da Saúde negou que 300 pessoas tenham morrido.", "pt", None),
        ("Ministerstwo Zdrowia zaprzeczyło, że zginęło 300 osób.", "pl", None),
        ("نفت وزارة الصحة أن يكون 300 شخص قد لقوا حتفهم.", "ar", None),
        ("Het ministerie van Volksgezondheid ontkende dat 300 mensen zijn omgekomen.", "nl", None),
        ("El Departament de Salut va negar que 300 persones haguessin mort.", "ca", None),
    ],
)
def test_a_denial_verb_governing_the_clause_denies_its_figure(
    text: str, lang: str, denier: str | None
) -> None:
    (claim,) = _claims(text, lang)
    assert claim.status == "denied"
    assert claim.denied_by
    assert claim.attributed_to == claim.denied_by  # the denier's words, asserted by no one
    if denier is not None:
        assert claim.denied_by == denier


@pytest.mark.parametrize(
    ("text", "lang", "denier"),
    [
        ("The army denied reports of 300 civilian deaths.", "en", "The army"),
        ("Die Regierung dementierte Berichte über 300 Tote.", "de", "Die Regierung"),
        (
            "Le gouvernement a démenti les informations faisant état de 300 morts.",
            "fr",
            "Le gouvernement",
        ),
        ("El Gobierno negó las informaciones sobre 300 muertos.", "es", "El Gobierno"),
        ("МВД опровергло информацию о 300 погибших.", "ru", "МВД"),
        ("Міноборони спростувало повідомлення про 300 загиблих.", "uk", "Міноборони"),
        ("Il governo ha smentito le voci su 300 morti.", "it", "Il governo"),
        ("Rząd zdementował doniesienia o 300 ofiarach.", "pl", "Rząd"),
        ("Guvernul a dezmințit informațiile privind 300 de morți.", "ro", "Guvernul"),
        ("A Proteção Civil desmentiu os números de 300 mortos.", "pt", "A Proteção Civil"),
        ("De politie ontkende berichten over 300 arrestaties.", "nl", "De politie"),
    ],
)
def test_a_denied_report_naming_no_claimant_is_credited_to_no_one(
    text: str, lang: str, denier: str
) -> None:
    (claim,) = _claims(text, lang)
    assert claim.status == "denied"
    assert claim.denied_by == denier
    assert claim.attributed_to is None  # the report's words, never the denier's


@pytest.mark.parametrize(
    ("text", "lang", "claimant", "denier"),
    [
        (
            "The company denied reports by the union that 40 workers were hurt.",
            "en",
            "the union",
            "The company",
        ),
        (
            "The ministry disputed the figure of 300 dead given by the aid group.",
            "en",
            "the aid group",
            "The ministry",
        ),
        (
            "Le ministère dément le chiffre de 300 morts avancé par l'ONG.",
            "fr",
            "l'ONG",
            "Le ministère",
        ),
        (
            "La préfecture conteste le chiffre de 100 000 manifestants avancé par la CGT.",
            "fr",
            "la CGT",
            "La préfecture",
        ),
        (
            "Las autoridades desmintieron la cifra de 50 fallecidos difundida por la ONG.",
            "es",
            "la ONG",
            "Las autoridades",
        ),
        (
            "Il governo ha smentito la cifra di 300 morti diffusa dal sindacato.",
            "it",
            "sindacato",
            "Il governo",
        ),
        (
            "A Proteção Civil desmentiu os números de 300 mortos divulgados pelo sindicato.",
            "pt",
            "sindicato",
            "A Proteção Civil",
        ),
        (
            "El govern va desmentir la xifra de 300 morts difosa per l'ONG.",
            "ca",
            "l'ONG",
            "El govern",
        ),
        (
            "De politie ontkende berichten van de vakbond over 300 arrestaties.",
            "nl",
            "de vakbond",
            "De politie",
        ),
        (
            "Die Polizei dementierte Berichte von Augenzeugen über 40 Verletzte.",
            "de",
            "Augenzeugen",
            "Die Polizei",
        ),
        (
            "Guvernul a dezmințit cifra de 300 de morți vehiculată de sindicat.",
            "ro",
            "sindicat",
            "Guvernul",
        ),
        (
            "Rząd zdementował dane o 300 ofiarach podane przez związkowców.",
            "pl",
            "związkowców",
            "Rząd",
        ),
        (
            "МВД опровергло данные о 300 погибших, распространённые профсоюзом.",
            "ru",
            "профсоюзом",
            "МВД",
        ),
        (
            "Міноборони спростувало дані про 300 загиблих, поширені профспілкою.",
            "uk",
            "профспілкою",
            "Міноборони",
        ),
    ],
)
def test_a_denied_report_is_credited_to_who_gave_it(
    text: str, lang: str, claimant: str, denier: str
) -> None:
    (claim,) = _claims(text, lang)
    assert claim.status == "denied"
    assert claim.denied_by == denier
    assert claim.attributed_to == claimant


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        ("The ministry said 300 people died.", "en", "The ministry"),
        ("The army denied reports of 300 deaths caused by the floods.", "en", None),
        ("Las autoridades desmintieron la cifra de 50 fallecidos difundida en redes.", "es", None),
        ("The company rejected union claims that 40 workers were hurt.", "en", "union"),
    ],
)
def test_a_claimant_is_named_only_by_its_own_words(
    text: str, lang: str, source: str | None
) -> None:
    (claim,) = _claims(text, lang)
    assert claim.attributed_to == source


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        (
            "The company denied wrongdoing and said that 300 jobs would be kept.",
            "en",
            "The company",
        ),
        ("The ministry rejected the criticism and said 300 people died.", "en", "The ministry"),
        ("Le ministère a démenti toute négligence et a annoncé 300 morts.", "fr", "Le ministère"),
        (
            "El ministerio negó las acusaciones y dijo que murieron 300 personas.",
            "es",
            "El ministerio",
        ),
        (
            "Il ministero ha smentito le accuse e ha detto che sono morte 300 persone.",
            "it",
            "Il ministero",
        ),
        ("O ministério negou as acusações e disse que 300 pessoas morreram.", "pt", "O ministério"),
        (
            "Het ministerie ontkende de beschuldigingen en zei dat 300 mensen zijn omgekomen.",
            "nl",
            "Het ministerie",
        ),
    ],
)
def test_who_denies_something_else_and_gives_a_figure_keeps_it(
    text: str, lang: str, subject: str
) -> None:
    (claim,) = _claims(text, lang)
    assert claim.status != "denied"
    assert claim.attributed_to is not None
    assert claim.attributed_to.startswith(subject)


@pytest.mark.parametrize(
    ("text", "lang", "source"),
    [
        (
            "The ministry did not deny reports by the union that 40 workers were hurt.",
            "en",
            "the union",
        ),
        ("Le ministère n'a pas démenti le chiffre de 300 morts avancé par l'ONG.", "fr", "l'ONG"),
    ],
)
def test_a_denial_undone_credits_the_claimant_not_the_one_who_did_not_deny(
    text: str, lang: str, source: str
) -> None:
    (claim,) = _claims(text, lang)
    assert claim.status != "denied"
    assert claim.denied_by is None
    assert claim.attributed_to == source


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The organisers' count of 120,000 marchers was disputed by the police.", "en"),
        (
            "De organisatoren meldden 120.000 betogers, maar die aantallen werden"
            " tegengesproken door de politie.",
            "nl",
        ),
        (
            "Les organisateurs ont compté 120 000 manifestants. La police a démenti ces chiffres.",
            "fr",
        ),
        (
            "Els organitzadors van comptar 120.000 manifestants. La policia va desmentir"
            " la informació.",
            "ca",
        ),
        ("Organizatorzy podali 120 000 uczestników. Policja zdementowała te dane.", "pl"),
    ],
)
def test_a_passive_or_pointing_back_denial_denies_the_figures_just_reported(
    text: str, lang: str
) -> None:
    claims = _claims(text, lang)
    assert [c.status for c in claims] == ["denied"]
    assert claims[0].denied_by


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The health ministry did not deny that 300 people had been killed.", "en"),
        ("Authorities denied access to 300 journalists on Sunday.", "en"),
        ("The airline rejected the plan that would add 300 seats.", "en"),
        ("Le ministère n'a pas démenti que 300 personnes aient été tuées.", "fr"),
        ("El Gobierno rechazó la propuesta que preveía enviar 500 soldados.", "es"),
        ("The ministry revised the toll down to 300 on Sunday.", "en"),
        ("Il ministero non ha smentito che 300 persone siano morte.", "it"),
        ("The company denied wrongdoing and said that 300 jobs would be kept.", "en"),
        ("The plan to send 500 troops was rejected by parliament.", "en"),
        ("Visa applications from 300 students were rejected by the embassy.", "en"),
        ("Le recours de 40 salariés a été rejeté par le tribunal.", "fr"),
        ("The army denied reports of looting and said 300 soldiers were deployed.", "en"),
        ("El alcalde se negó a confirmar que 300 personas murieran.", "es"),
        ("O prefeito negou-se a confirmar que 300 pessoas morreram.", "pt"),
        ("L'alcalde es va negar a confirmar que 300 persones havien mort.", "ca"),
        ("Der Minister bestritt nicht, dass 300 Menschen starben.", "de"),
        ("Les autorités ne démentent pas que 300 personnes sont mortes.", "fr"),
        ("Russia rejected a ceasefire proposal that would have freed 300 prisoners.", "en"),
        ("La oposición rechazó el presupuesto de 300 millones de euros.", "es"),
        ("A claim by 300 residents was rejected by the council.", "en"),
        ("The lawsuit seeks $300 million in damages. The company denied the claims.", "en"),
        ("Der Konzern wies die Vorwürfe zurück und sagte, dass 300 Stellen bleiben.", "de"),
    ],
)
def test_no_denial_of_a_figure(text: str, lang: str) -> None:
    assert all(c.status != "denied" for c in _claims(text, lang))


def test_a_denial_pointing_back_passes_over_the_deniers_own_figures() -> None:
    claims = _claims(
        "Police said 3 people were arrested. Organisers said 120,000 people marched."
        " Police denied the figure.",
        "en",
    )
    assert [(c.low, c.status) for c in claims] == [(3, None), (120000, "denied")]


def test_a_governed_clause_ends_at_the_next_reporting_verb() -> None:
    claims = _claims(
        "Police denied that 300 protesters were arrested, but said 40 people were detained.",
        "en",
    )
    assert [c.status == "denied" for c in claims] == [True, False]


def _report(*texts: tuple[str, str, str]) -> crosscheck.Report:
    return crosscheck.report(
        [
            Article(id=aid, text=text, language=lang, published="2025-03-02", story="crash")
            for aid, text, lang in texts
        ]
    )


def test_a_denied_figure_stands_against_the_sources_that_assert_it() -> None:
    report = _report(
        ("a1", "The airline said 180 passengers were on board the plane.", "en"),
        (
            "a2",
            "La compagnie aérienne a démenti que 180 passagers se trouvaient à bord de l'avion.",
            "fr",
        ),
    )
    denials = [f for f in report.conflicts if "denied" in f.notes]
    assert len(denials) == 1
    (finding,) = denials
    sides = [set(s.claims) for s in finding.sides]
    denied = next(c for c in report.claims if c.status == "denied")
    assert {denied.id} in sides
    assert "denied" in finding.explanation
    # no agreement through the denied figure
    assert not any(denied.id in a.claims for f in report.findings for a in f.agreements)


def test_a_denial_of_another_value_or_a_vague_count_sets_nothing_against_it() -> None:
    report = _report(
        ("a1", "Thousands of passengers were stranded, the airline said.", "en"),
        ("a2", "The airline denied that 180 passengers were stranded.", "en"),
        ("a3", "The airline said 40 passengers were stranded.", "en"),
    )
    assert not [f for f in report.conflicts if "denied" in f.notes]


def test_a_relay_of_the_denied_statement_is_not_set_against_it() -> None:
    report = _report(
        (
            "a1",
            "Organisers said 120,000 people marched, but those figures were disputed by"
            " the police.",
            "en",
        ),
        ("a2", "Organisers said 120,000 people marched on Saturday.", "en"),
        ("a3", "Police denied that 120,000 people had marched.", "en"),
    )
    denials = [f for f in report.conflicts if "denied" in f.notes]
    # the police's own denial (a3) stands against the organisers' count (a2); the
    # organisers' disputed statement (a1) is not set against a2, its relay
    assert denials
    pairs = {
        frozenset((x, y)) for f in denials for x in f.sides[0].claims for y in f.sides[1].claims
    }
    assert frozenset(("a3#q1", "a2#q1")) in pairs
    assert not any("a1#q1" in p and "a2#q1" in p for p in pairs)


def test_a_verb_final_passive_names_its_agent_before_the_participle() -> None:
    (claim,) = _claims("Die Angaben über 40 Vermisste wurden von der Reederei dementiert.", "de")
    assert claim.status == "denied"
    assert claim.denied_by == "der Reederei"
    (claim,) = _claims(
        "De organisatoren meldden 120.000 betogers, maar die aantallen werden door de politie"
        " tegengesproken.",
        "nl",
    )
    assert claim.denied_by == "de politie"


@pytest.mark.parametrize(
    ("text", "lang", "denier"),
    [
        ("La compagnie a démenti que 180 passagers étaient à bord.", "fr", "La compagnie"),
        ("But the airline has also denied that 180 passengers were on board.", "en", "the airline"),
        ("La compagnia ha smentito che 180 passeggeri fossero a bordo.", "it", "La compagnia"),
    ],
)
def test_the_denier_is_named_without_auxiliaries(text: str, lang: str, denier: str) -> None:
    (claim,) = _claims(text, lang)
    assert claim.denied_by == denier


def test_an_open_bound_asserts_about_its_own_figure() -> None:
    """'over 11,000' stands against a denial of 11,300, 'over 300' does not."""
    near = _report(
        ("a1", "The Red Crescent said more than 11,000 people were killed.", "en"),
        ("a2", "The Red Crescent denied that 11,300 people were killed.", "en"),
    )
    (finding,) = [f for f in near.conflicts if "denied" in f.notes]
    assert "The Red Crescent denied 11,300" in finding.explanation
    far = _report(
        ("a1", "The Red Crescent said more than 300 people were killed.", "en"),
        ("a2", "The Red Crescent denied that 11,300 people were killed.", "en"),
    )
    assert not [f for f in far.conflicts if "denied" in f.notes]


def test_a_reported_then_denied_figure_confirms_nothing() -> None:
    report = _report(
        ("a1", "The airline said 180 passengers were on board.", "en"),
        (
            "a2",
            "Local media reported that 180 passengers were on board. The airline denied"
            " the report.",
            "en",
        ),
        ("a3", "The airline said 180 passengers were on board the plane.", "en"),
    )
    denied = [c for c in report.claims if c.status == "denied"]
    assert [c.article for c in denied] == ["a2"]
    assert all(denied[0].id not in a.claims for f in report.findings for a in f.agreements)
    assert any(
        "a1#q1" in a.claims and "a3#q1" in a.claims for f in report.findings for a in f.agreements
    )


def test_a_denial_meets_only_the_assertions_of_its_days() -> None:
    def batch(day: str) -> crosscheck.Report:
        return crosscheck.report(
            [
                Article(
                    id="a1",
                    text="The ministry said 300 people were killed.",
                    language="en",
                    published="2025-03-02",
                    story="s",
                ),
                Article(
                    id="a2",
                    text="The Red Cross denied that 300 people were killed.",
                    language="en",
                    published=day,
                    story="s",
                ),
            ]
        )

    assert [f for f in batch("2025-03-03").conflicts if "denied" in f.notes]
    assert not [f for f in batch("2025-03-06").conflicts if "denied" in f.notes]
