"""A deterministic generator of news feeds: many stories, many outlets, many languages.

    PYTHONPATH=src python benchmarks/feedgen.py --articles 1000 --seed 7 > feed.jsonl

Scale benchmarks need batches far larger than any hand-labelled set, and
shaped like a day's feed rather than one article repeated: several stories
at once (floods, earthquakes, fires, storms in places of their own), several
outlets per story writing in six languages, running tolls that grow over the
days, wire copies printed word for word by several outlets, a few outlets
that get a figure wrong, and figures no one compares (years, distances,
populations). The same ``seed`` and ``articles`` give the same feed, byte for
byte. The sentences are written for this generator; none comes from a test
set.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass

# Articles per story: a feed holds many stories, each covered by a handful to
# a few dozen outlets.
ARTICLES_PER_STORY = (6, 30)
# Share of articles that are a wire copy of another article of their story.
WIRE_SHARE = 0.15
# Share of articles that print a figure of their own (a misreading or a rival count).
RIVAL_SHARE = 0.1

_SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]

# One sentence shape per slot and language; {place}, {n}, {m}, {k}, {day}, {year}.
_TEMPLATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "title": [
            "{event} in {place}: death toll rises to {n}",
            "{n} dead after {event} hits {place}",
        ],
        "toll": [
            "The death toll from the {event} in {place} rose to {n}, the interior ministry said.",
            "According to the civil protection agency, at least {n} people were killed in {place}.",
            "Officials in {place} said {n} people had died and {m} were injured.",
        ],
        "missing": ["Rescuers said about {m} people were still missing on {day}."],
        "displaced": ["More than {k} residents were displaced, the regional governor said."],
        "noise": [
            "{place} has a population of about {pop} and lies {km} km from the coast.",
            "The last comparable disaster struck the region in {year}.",
        ],
        "quote": ['"We have never seen anything like this," the mayor of {place} told reporters.'],
    },
    "fr": {
        "title": ["{event} à {place} : le bilan s'élève à {n} morts"],
        "toll": [
            "Le bilan à {place} s'élève à {n} morts, selon le ministère de l'Intérieur.",
            "Au moins {n} personnes ont été tuées à {place}, a indiqué la protection civile.",
        ],
        "missing": ["Environ {m} personnes étaient toujours portées disparues {day_fr}."],
        "displaced": ["Plus de {k} habitants ont été déplacés, selon le préfet."],
        "noise": [
            "La ville de {place} compte environ {pop} habitants.",
            "La dernière crue date de {year}.",
        ],
        "quote": ["« Nous n'avons jamais vu cela », a déclaré le maire de {place}."],
    },
    "es": {
        "title": ["{event} en {place}: la cifra de muertos asciende a {n}"],
        "toll": [
            "La cifra de fallecidos en {place} asciende a {n}, según el Ministerio del Interior.",
            "Al menos {n} personas murieron en {place}, informó la protección civil.",
        ],
        "missing": ["Unas {m} personas seguían desaparecidas {day_es}."],
        "displaced": ["Más de {k} vecinos fueron desplazados, según el gobernador."],
        "noise": ["{place} tiene unos {pop} habitantes y está a {km} kilómetros de la costa."],
        "quote": ["«Nunca habíamos visto algo así», dijo el alcalde de {place}."],
    },
    "de": {
        "title": ["{event} in {place}: Zahl der Toten steigt auf {n}"],
        "toll": [
            "Die Zahl der Todesopfer in {place} stieg auf {n}, teilte das Innenministerium mit.",
            "Nach Angaben des Zivilschutzes kamen in {place} mindestens {n} Menschen ums Leben.",
        ],
        "missing": ["Rund {m} Menschen wurden am {day_de} noch vermisst."],
        "displaced": [
            "Mehr als {k} Einwohner mussten ihre Häuser verlassen, sagte der Gouverneur."
        ],
        "noise": [
            "{place} hat etwa {pop} Einwohner.",
            "Die letzte vergleichbare Katastrophe gab es {year}.",
        ],
        "quote": ["„So etwas haben wir noch nie erlebt“, sagte der Bürgermeister von {place}."],
    },
    "it": {
        "title": ["{event} a {place}, il bilancio sale a {n} morti"],
        "toll": [
            "Il bilancio delle vittime a {place} è salito a {n}, secondo il Viminale.",
            "Almeno {n} persone sono morte a {place}, ha detto la protezione civile.",
        ],
        "missing": ["Circa {m} persone risultavano ancora disperse {day_it}."],
        "displaced": ["Oltre {k} residenti sono stati sfollati, ha riferito il governatore."],
        "noise": [
            "{place} conta circa {pop} abitanti.",
            "L'ultimo disastro simile risale al {year}.",
        ],
        "quote": ["«Non abbiamo mai visto nulla di simile», ha detto il sindaco di {place}."],
    },
    "ro": {
        "title": ["{event} în {place}: bilanțul a ajuns la {n} de morți"],
        "toll": [
            "Numărul morților în {place} a ajuns la {n}, potrivit Ministerului de Interne.",
            "Cel puțin {n} de persoane au murit în {place}, a anunțat protecția civilă.",
        ],
        "missing": ["Aproximativ {m} de persoane erau încă date dispărute {day_ro}."],
        "displaced": ["Peste {k} de locuitori au fost strămutați, a declarat guvernatorul."],
        "noise": ["Orașul {place} are aproximativ {pop} de locuitori."],
        "quote": ["„Nu am mai văzut așa ceva”, a declarat primarul din {place}."],
    },
}
# Sentences without figures: most of an article's length.
_BACKGROUND: dict[str, list[str]] = {
    "en": [
        '"Rescue teams are working through the night," a regional spokesperson said.',
        "Roads into {place} remained blocked by mud and debris.",
        "Aid agencies warned that clean water and shelter were the most urgent needs.",
    ],
    "fr": [
        "Les routes menant à {place} restaient coupées par la boue et les débris.",
        "Les organisations humanitaires ont averti que l'eau potable et les abris manquaient.",
    ],
    "es": [
        "Las carreteras hacia {place} seguían cortadas por el barro y los escombros.",
        "Las organizaciones humanitarias advirtieron de que faltaban agua potable y refugios.",
    ],
    "de": [
        "Die Straßen nach {place} waren weiterhin durch Schlamm und Trümmer blockiert.",
        "Hilfsorganisationen warnten, sauberes Wasser und Unterkünfte würden dringend gebraucht.",
    ],
    "it": [
        "Le strade verso {place} restavano bloccate da fango e detriti.",
        "Le organizzazioni umanitarie hanno avvertito che mancano acqua potabile e rifugi.",
    ],
    "ro": [
        "Drumurile spre {place} au rămas blocate de noroi și moloz.",
        "Organizațiile umanitare au avertizat că lipsesc apa potabilă și adăposturile.",
    ],
}
_EVENTS = {
    "en": ["flood", "earthquake", "storm", "landslide", "wildfire"],
    "fr": ["Inondations", "Séisme", "Tempête", "Glissement de terrain", "Incendie"],
    "es": ["Inundaciones", "Terremoto", "Tormenta", "Deslizamiento", "Incendio"],
    "de": ["Flut", "Erdbeben", "Sturm", "Erdrutsch", "Waldbrand"],
    "it": ["Alluvione", "Terremoto", "Tempesta", "Frana", "Incendio"],
    "ro": ["Inundații", "Cutremur", "Furtună", "Alunecare de teren", "Incendiu"],
}
_DAYS = {
    "en": ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "es": ["el lunes", "el martes", "el miércoles", "el jueves", "el viernes"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "ro": ["luni", "marți", "miercuri", "joi", "vineri"],
}
_GROUP = {"en": ",", "fr": " ", "es": ".", "de": ".", "it": ".", "ro": "."}


@dataclass(frozen=True)
class _Story:
    index: int
    place: str
    event: int  # index into _EVENTS[lang]
    start: dt.date
    tolls: tuple[int, ...]  # the true toll on each day of coverage


def _number(n: int, lang: str) -> str:
    return f"{n:,}".replace(",", _GROUP[lang])


def _place(rng: random.Random, used: set[str]) -> str:
    """A place name no earlier story of the feed has (two stories rarely share a town),
    nor, while such names remain easy to find, its first four letters."""
    for attempt in range(1000):
        name = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
        if name not in used and (attempt >= 50 or name[:4] not in used):
            used.update((name, name[:4]))
            return name
    raise RuntimeError("no unused place name left")  # pragma: no cover


def _story(rng: random.Random, index: int, used: set[str]) -> _Story:
    base = rng.randint(12, 4000)
    days = rng.randint(2, 6)
    tolls = [base]
    for _ in range(days - 1):
        tolls.append(int(tolls[-1] * rng.uniform(1.05, 1.8)) + 1)
    start = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    return _Story(index, _place(rng, used), rng.randrange(5), start, tuple(tolls))


def _article(rng: random.Random, story: _Story, lang: str, ident: str) -> dict[str, object]:
    t = _TEMPLATES[lang]
    day = rng.randrange(len(story.tolls))
    toll = story.tolls[day]
    if rng.random() < RIVAL_SHARE:
        toll = int(toll * rng.choice([0.5, 0.7, 1.4, 2.0]))  # a rival count or a misreading
    fields = {
        "place": story.place,
        "event": _EVENTS[lang][story.event],
        "n": _number(toll, lang),
        "m": _number(max(3, toll // rng.randint(2, 9)), lang),
        "k": _number(toll * rng.randint(5, 40), lang),
        "pop": _number(rng.randint(20, 900) * 1000, lang),
        "km": str(rng.randint(5, 400)),
        "year": str(rng.randint(1950, 2015)),
        "day": _DAYS["en"][day % 5],
        **{f"day_{code}": _DAYS[code][day % 5] for code in _DAYS},
    }
    slots = ["missing", "displaced", "noise", "quote"]
    slots += ["background"] * rng.randint(2, 6)
    rng.shuffle(slots)
    paragraphs = [rng.choice(t["toll"]).format(**fields)]
    paragraphs += [
        rng.choice(_BACKGROUND[lang] if s == "background" else t[s]).format(**fields) for s in slots
    ]
    published = story.start + dt.timedelta(days=day)
    return {
        "id": ident,
        "lang": lang,
        "date": published.isoformat(),
        "outlet": f"outlet-{rng.randint(1, 400)}",
        "title": rng.choice(t["title"]).format(**fields),
        "text": "\n\n".join(paragraphs),
    }


def generate(articles: int, seed: int = 0) -> Iterator[dict[str, object]]:
    """``articles`` feed records (the JSONL fields crosscheck reads), deterministic in ``seed``."""
    rng = random.Random(seed)
    langs = sorted(_TEMPLATES)
    made = 0
    story_index = 0
    used: set[str] = set()
    while made < articles:
        story = _story(rng, story_index, used)
        size = min(rng.randint(*ARTICLES_PER_STORY), articles - made)
        written: list[dict[str, object]] = []
        for k in range(size):
            ident = f"s{story_index:05d}-a{k:02d}"
            if written and rng.random() < WIRE_SHARE:
                copy = dict(rng.choice(written))
                copy["id"] = ident
                copy["outlet"] = f"outlet-{rng.randint(1, 400)}"
                record = copy
            else:
                record = _article(rng, story, rng.choice(langs), ident)
            written.append(record)
            yield record
        made += size
        story_index += 1


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    for record in generate(args.articles, args.seed):
        sys.stdout.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
