"""What a figure counts in stories of herds, fish farms, beehives, blockades and exams.

The nouns news counts in such stories had no concept in most languages, so their figures
had no unit and were never compared: sheep a wolf killed ("brebis"; "brebis tuées" was even
read as a death toll), salmon escaped from a farm ("salmones", "salmões", "лососів"), the
tractors and lorries of a blockade ("ciągnikami", "tracteurs"), the hives of a bee die-off
("stupi", "ульев", "Bienenvölker"), trees planted or felled ("Bäume", "bomen") and the
candidates of an exam ("candidats au bac", "examenkandidaten", "مترشح"), who are its
students (a bare "candidates" runs for office as often: no students).
"""

from __future__ import annotations

import pytest

from crosscheck import find_quantities


def _units(language: str, text: str) -> list[str | None]:
    return [q.unit for q in find_quantities(text, language)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Un loup a égorgé 27 brebis près du col."),
        ("fr", "Les éleveurs ont perdu 35 agneaux cet été."),
        ("es", "Se fugaron 40.000 salmones de una jaula dañada."),
        ("pt", "Fugiram cerca de 40 mil salmões de uma jaula."),
        ("ca", "S'han escapat 12.000 salmons d'una piscifactoria."),
        ("it", "Nella valle vivono una trentina di lupi, circa 30 lupi in tutto."),
        ("de", "Aus dem Netzgehege entkamen 20.000 Lachse."),
        ("nl", "Uit de kooi ontsnapten 20.000 zalmen."),
        ("pl", "Z farmy uciekło 20 tys. łososi."),
        ("ro", "În masiv trăiesc aproximativ 300 de lupi."),
        ("ru", "Из садка ушли 20 тысяч лососей."),
        ("uk", "З садка втекли 20 тисяч лососів."),
        ("ar", "هاجمت الذئاب القطيع ونفق 30 خروفا."),
        ("en", "Storm damage let some 20,000 farmed salmon escape."),
    ],
)
def test_livestock_fish_and_wild_animals_are_animals(language: str, text: str) -> None:
    assert _units(language, text)[-1] == "animals"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le prédateur a tué 27 brebis en une nuit."),
        ("pl", "Wilki zagryzły 30 owiec."),
    ],
)
def test_animals_killed_are_no_death_toll(language: str, text: str) -> None:
    # a verb of killing before them counts dead animals, never a toll of people
    assert _units(language, text) == ["animals"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "Rolnicy zablokowali drogę 45 ciągnikami."),
        ("fr", "Une centaine de tracteurs, 120 tracteurs selon la police, bloquent la route."),
        ("es", "Unos 80 tractores cortaron la autovía."),
        ("it", "In coda ci sono 900 tir al confine."),
        ("de", "Rund 70 Traktoren blockierten die Zufahrt."),
        ("nl", "Zo'n 60 tractoren blokkeerden de snelweg."),
        ("en", "More than 900 lorries queued at the border."),
        ("ro", "La frontieră așteaptă 900 de TIR-uri."),
        ("ru", "На границе стоят 900 фур."),
        ("uk", "На кордоні стоять 900 фур."),
        ("ar", "أغلق المزارعون الطريق بـ45 جرارا."),
    ],
)
def test_tractors_and_lorries_are_vehicles(language: str, text: str) -> None:
    assert _units(language, text)[-1] == "vehicles"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Au fost distruși 400 de stupi în județ."),
        ("ru", "Пострадали 400 ульев."),
        ("uk", "Загинули бджоли з 400 вуликів."),
        ("de", "Betroffen sind 400 Bienenvölker."),
        ("es", "Murieron las abejas de 400 colmenas."),
        ("it", "Sono morte le api di 400 alveari."),
        ("fr", "Les abeilles de 400 ruches sont mortes."),
        ("pl", "Pszczoły padły w 400 ulach."),
        ("nl", "De bijen van 400 bijenkasten stierven."),
        ("pt", "Morreram as abelhas de 400 colmeias."),
        ("ca", "Han mort les abelles de 400 ruscs."),
        ("en", "Bees died in 400 hives."),
        ("ar", "نفق النحل في 400 خلية نحل."),
    ],
)
def test_beehives_are_hives(language: str, text: str) -> None:
    assert _units(language, text) == ["hives"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die Forstverwaltung will 500.000 Bäume pflanzen."),
        ("nl", "Er worden een half miljoen bomen geplant, 500.000 bomen."),
        ("en", "Crews felled 3,000 trees along the road."),
        ("pl", "Wycięto 3 tys. drzew."),
        ("es", "Se talaron 3.000 árboles."),
    ],
)
def test_trees_are_trees(language: str, text: str) -> None:
    assert _units(language, text)[-1] == "trees"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Environ 90 000 candidats au bac passeront de nouveau l'épreuve."),
        ("es", "Unos 90.000 candidatos a la selectividad repetirán el examen."),
        ("ca", "Hi havia 90.000 candidats a la selectivitat convocats a la prova."),
        ("it", "Sono 90 mila i candidati alla maturità."),
        ("en", "About 90,000 exam candidates will resit the paper."),
        ("nl", "Zo'n 90.000 examenkandidaten moeten het examen overdoen."),
        ("pt", "Cerca de 90 mil candidatos ao exame repetem a prova."),
        ("ar", "أعيد الامتحان لنحو 90 ألف مترشح."),
        ("pl", "Egzamin powtórzy 90 tys. zdających."),
    ],
)
def test_exam_candidates_are_students(language: str, text: str) -> None:
    assert _units(language, text)[-1] == "students"


# must-NOT: a bare "candidates" is as often a race's as an exam's: no students
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Twelve candidates are running for mayor."),
        ("fr", "Douze candidats se présentent à la mairie."),
        ("es", "Doce candidatos se presentan a la alcaldía."),
        ("ca", "Dotze candidats es presenten a l'alcaldia."),
        ("pt", "Doze candidatos concorrem à câmara."),
        ("nl", "Twaalf kandidaten doen mee aan de verkiezing."),
        ("pl", "Do rady startuje 12 kandydatów."),
        ("it", "Dodici candidati corrono per la carica di sindaco."),
    ],
)
def test_bare_candidates_are_no_students(language: str, text: str) -> None:
    assert _units(language, text) == [None]


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        # "خلايا" alone are cells (of a body, of a network), not hives
        ("ar", "فككت الشرطة 3 خلايا إرهابية.", None),
        # a household is a household, though Polish names a farm "gospodarstwo" too
        ("pl", "Prądu nie ma 3 tys. gospodarstw domowych.", "households"),
        # the shepherds themselves are people, not animals
        ("fr", "Quelque 40 éleveurs ont manifesté.", None),
    ],
)
def test_words_that_name_something_else(language: str, text: str, unit: str | None) -> None:
    assert _units(language, text) == [unit]
