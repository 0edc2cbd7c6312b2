"""The people and bodies news credits with figures are source nouns in every language.

A credit is lost when the speaker's noun is missing from ``[attribution] role_nouns``,
though the rule that finds it works: "…, according to firefighters" credited no one
while "…, according to rescuers" did. The lists name the actors of many stories (a fire,
a spill, a strike, an epidemic, a storm): firefighters, environmental groups, activists,
health workers, fishermen, farmers, workers, insurers, forecasters, epidemiologists,
owners and the operator, with their singular and plural. A noun that is counted
("twelve firefighters were injured") or that a deed befalls ("the storm killed three
fishermen") is no speaker and credits nothing.
"""

from __future__ import annotations

import pytest

from ._articles import credits as _credits

# (language, sentence, the source its one figure is credited to)
MUST_FIRE = [
    # en: a spill, a fire, a strike, an epidemic, a storm, a blackout
    (
        "en",
        "The company said 1,200 tonnes had leaked, but environmental groups said up to "
        "5,000 tonnes.",
        ["The company", "environmental groups"],
    ),
    ("en", "The fire destroyed 300 hectares, according to firefighters.", ["firefighters"]),
    ("en", "About 45,000 people marched in the capital, activists said.", ["activists"]),
    ("en", "The outbreak has infected 2,300 people, health workers said.", ["health workers"]),
    ("en", "About 4,000 cases were confirmed, epidemiologists said.", ["epidemiologists"]),
    ("en", "The storm destroyed 80 boats, local fishermen said.", ["local fishermen"]),
    ("en", "Insured losses could reach $3 billion, insurers estimated.", ["insurers"]),
    ("en", "Winds reached 180 km/h, meteorologists said.", ["meteorologists"]),
    ("en", "The ferry was carrying 310 passengers, according to the shipowner.", ["the shipowner"]),
    ("en", "The outage left 90,000 homes without power, the utility said.", ["the utility"]),
    # es
    (
        "es",
        "Unas 300 toneladas de fuel llegaron a la costa, según los ecologistas.",
        ["los ecologistas"],
    ),
    ("es", "Unas 45.000 personas se manifestaron, según los activistas.", ["los activistas"]),
    ("es", "El brote ha causado 2.300 contagios, según los epidemiólogos.", ["los epidemiólogos"]),
    ("es", "La tormenta destruyó 80 barcas, según los pescadores.", ["los pescadores"]),
    # fr
    ("fr", "L'incendie a détruit 1 200 hectares, selon les écologistes.", ["les écologistes"]),
    ("fr", "Quelque 45 000 personnes ont défilé, selon les militants.", ["les militants"]),
    (
        "fr",
        "L'épidémie a fait 2 300 malades, selon les épidémiologistes.",
        ["les épidémiologistes"],
    ),
    ("fr", "La tempête a détruit 80 bateaux, selon les pêcheurs.", ["les pêcheurs"]),
    # de: capitalised nouns are credited as names too; the list keeps them nouns
    ("de", "Der Brand hat 1200 Hektar zerstört, sagten Feuerwehrleute.", ["Feuerwehrleute"]),
    (
        "de",
        "Rund 300 Tonnen Öl erreichten die Küste, schätzten Umweltschützer.",
        ["Umweltschützer"],
    ),
    ("de", "Rund 300 Kühe sind verendet, berichteten mehrere Landwirte.", ["mehrere Landwirte"]),
    ("de", "Bisher gibt es 2300 Fälle, teilten die Epidemiologen mit.", ["die Epidemiologen"]),
    # it
    ("it", "L'incendio ha distrutto 1.200 ettari, secondo i pompieri.", ["i pompieri"]),
    (
        "it",
        "Circa 300 tonnellate di petrolio sono arrivate sulla costa, secondo gli ambientalisti.",
        ["gli ambientalisti"],
    ),
    ("it", "Circa 45.000 persone hanno sfilato, secondo gli attivisti.", ["gli attivisti"]),
    ("it", "La tempesta ha distrutto 80 barche, secondo i pescatori.", ["i pescatori"]),
    # pt
    ("pt", "O incêndio destruiu 1.200 hectares, segundo os ambientalistas.", ["os ambientalistas"]),
    ("pt", "Cerca de 45.000 pessoas desfilaram, segundo os ativistas.", ["os ativistas"]),
    ("pt", "A tempestade destruiu 80 barcos, segundo os pescadores.", ["os pescadores"]),
    # ro
    (
        "ro",
        "Aproximativ 45.000 de oameni au manifestat, potrivit activiștilor.",
        ["activiștilor"],
    ),
    ("ro", "Furtuna a distrus 80 de bărci, potrivit pescarilor.", ["pescarilor"]),
    ("ro", "Focarul a infectat 2.300 de persoane, potrivit epidemiologilor.", ["epidemiologilor"]),
    # nl
    (
        "nl",
        "De brand heeft 1.200 hectare verwoest, volgens de brandweerlieden.",
        ["de brandweerlieden"],
    ),
    ("nl", "Ongeveer 45.000 mensen demonstreerden, volgens de activisten.", ["de activisten"]),
    ("nl", "De storm vernielde 80 boten, volgens de vissers.", ["de vissers"]),
    ("nl", "De uitbraak heeft 3.100 mensen besmet, volgens epidemiologen.", ["epidemiologen"]),
    # ca
    ("ca", "L'incendi ha cremat 1.200 hectàrees, segons els ecologistes.", ["els ecologistes"]),
    ("ca", "Unes 45.000 persones es van manifestar, segons els activistes.", ["els activistes"]),
    ("ca", "La tempesta va destruir 80 barques, segons els pescadors.", ["els pescadors"]),
    # pl
    ("pl", "Pożar strawił 1200 hektarów, według ekologów.", ["ekologów"]),
    ("pl", "Około 45 tys. osób protestowało, według aktywistów.", ["aktywistów"]),
    ("pl", "Burza zniszczyła 80 łodzi, według rybaków.", ["rybaków"]),
    # uk
    ("uk", "Пожежа знищила 1200 гектарів, за словами екологів.", ["екологів"]),
    ("uk", "Близько 45 тисяч людей вийшли на протест, за словами активістів.", ["активістів"]),
    ("uk", "Шторм знищив 80 човнів, за словами рибалок.", ["рибалок"]),
    # ru
    ("ru", "Пожар уничтожил 1200 гектаров, по словам экологов.", ["экологов"]),
    ("ru", "Около 45 тысяч человек вышли на протест, по словам активистов.", ["активистов"]),
    ("ru", "Шторм уничтожил 80 лодок, по словам рыбаков.", ["рыбаков"]),
    # survivors, officers, diplomats, a watchdog
    ("fr", "Une centaine de personnes étaient à bord, selon les rescapés.", ["les rescapés"]),
    ("it", "A bordo c'erano circa 110 persone, secondo i superstiti.", ["i superstiti"]),
    ("ru", "На борту было около 110 человек, по словам выживших.", ["выживших"]),
    ("pl", "Na pokładzie było około 110 osób, według rozbitków.", ["rozbitków"]),
    ("en", "At least 40 people were arrested, officers said.", ["officers"]),
    (
        "en",
        "The plant leaked 3 tonnes of water, the nuclear watchdog said.",
        ["the nuclear watchdog"],
    ),
    # ar
    ("ar", "دمر الحريق 1200 هكتار، بحسب رجال الإطفاء.", ["رجال الإطفاء"]),
    ("ar", "قال المسعفون إن 40 شخصا لقوا حتفهم.", ["المسعفون"]),
    ("ar", "وقال المزارعون إن 300 بقرة نفقت.", ["المزارعون"]),
]

# (language, sentence, the sources its figures are credited to): the noun is counted
# or is what a deed befalls, and the figure keeps the source named, or none.
MUST_NOT_FIRE = [
    ("en", "Twelve firefighters were injured on Monday.", [None]),
    ("en", "The storm killed 3 fishermen and injured 12 farmers.", [None, None]),
    (
        "en",
        "The storm killed 3 fishermen and injured 12 farmers, the coastguard said.",
        ["the coastguard", "the coastguard"],
    ),
    ("en", "300 farmers protested outside parliament.", [None]),
    ("en", "Twelve firefighters were injured, police said.", ["police"]),
    ("en", "The union said 3,000 workers had joined the strike.", ["The union"]),
    ("en", "Some 500 employees of the utility were evacuated.", [None]),
    ("en", "Some 40 officers were injured, the ministry said.", ["the ministry"]),
    ("en", "40 diplomats were expelled.", [None]),
    ("es", "Doce bomberos resultaron heridos el lunes.", [None]),
    ("es", "La tormenta mató a tres pescadores y dejó 12 agricultores heridos.", [None, None]),
    ("es", "El sindicato dijo que 3.000 trabajadores secundaron la huelga.", ["El sindicato"]),
    ("fr", "La tempête a tué trois pêcheurs et blessé 12 agriculteurs.", [None, None]),
    ("fr", "Quelque 300 agriculteurs ont manifesté devant la préfecture.", [None]),
    ("fr", "Douze pompiers ont été blessés, selon la police.", ["la police"]),
    ("de", "Zwölf Feuerwehrleute wurden am Montag verletzt.", [None]),
    ("de", "Der Sturm tötete drei Landwirte, sagte die Polizei.", ["die Polizei"]),
    ("it", "Circa 300 agricoltori hanno protestato davanti al Parlamento.", [None]),
    ("it", "Dodici pompieri sono rimasti feriti, secondo la polizia.", ["la polizia"]),
    ("pt", "Cerca de 300 agricultores protestaram diante do Parlamento.", [None]),
    ("pt", "Doze bombeiros ficaram feridos, segundo a polícia.", ["a polícia"]),
    ("ro", "Aproximativ 300 de fermieri au protestat în fața Parlamentului.", [None]),
    ("nl", "Ongeveer 300 boeren protesteerden bij het parlement.", [None]),
    ("nl", "Twaalf brandweerlieden raakten gewond, volgens de politie.", ["de politie"]),
    ("ca", "Uns 300 pagesos van protestar davant del Parlament.", [None]),
    ("pl", "Około 300 rolników protestowało przed parlamentem.", [None]),
    ("uk", "Близько 300 фермерів протестували біля парламенту.", [None]),
    ("ru", "Около 300 фермеров протестовали у парламента.", [None]),
    ("ru", "Двенадцать пожарных получили ранения, сообщила полиция.", ["полиция"]),
    ("ar", "قتلت العاصفة 3 من الصيادين.", [None]),
    ("ar", "أصيب 12 من رجال الإطفاء، بحسب الشرطة.", ["الشرطة"]),
]


@pytest.mark.parametrize(("language", "text", "sources"), MUST_FIRE)
def test_an_actor_noun_is_credited(language: str, text: str, sources: list[str]) -> None:
    assert _credits(text, language) == sources


@pytest.mark.parametrize(("language", "text", "sources"), MUST_NOT_FIRE)
def test_a_counted_or_struck_actor_is_no_source(
    language: str, text: str, sources: list[str | None]
) -> None:
    assert _credits(text, language) == sources
