"""Load per-language data files into ready-to-use matchers.

A language is one TOML file in this folder (``ro.toml``, ``it.toml``…) that
lists words, never code: number words, separators, qualifiers, range
connectors, vague words, unit concepts, attribution cues, months, entity
aliases. The generic engine in :mod:`crosscheck.extract` reads only this
structure, so adding a language is adding a file and its test corpus.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

import attrs

from .._codes import ErrorReason
from .._errors import LanguageDataError, UnsupportedLanguageError
from .._fold import fold
from .._phrases import PhraseSet
from .._phrases import PhraseSet as _PhraseSet  # the class, where _parse shadows the name
from ._numwords import NumeralWords, numeral_words
from ._schema import validate


def _lazy_phrases(phrases: Mapping[str, Any]) -> PhraseSet:
    """A :class:`PhraseSet` that prepares its patterns at its first use, not when listed.

    A language lists about fifty phrase sets, and preparing one (its
    patterns, its index of opening tokens) is work a batch in one language,
    or a worker process, need not do for sets it never matches, nor for the
    twelve languages whose word lists it only reads (quote similarity reads
    every language's function words). Until then only the phrases are held
    (see :attr:`PhraseSet.built`); the first match prepares the set exactly as
    ``PhraseSet(phrases)`` would, with the proclitics the language allows,
    so the matches are the same.
    """
    return PhraseSet(phrases, lazy=True)


def _folded_map(raw: Mapping[str, Any]) -> dict[str, Any]:
    return {fold(str(k)): v for k, v in raw.items()}


def _folded_list(raw: Any) -> tuple[str, ...]:
    return tuple(fold(str(x)) for x in (raw or ()))


@attrs.frozen(eq=False)
class LanguageData:
    """Everything the engine knows about one language, compiled once."""

    code: str
    name: str
    raw: Mapping[str, Any] = attrs.field(repr=False)
    # numbers
    decimal: str
    group: tuple[str, ...]
    compound: bool
    ones_before_tens: bool
    joiners: tuple[str, ...]
    noun_links: tuple[str, ...]
    words: Mapping[str, int]
    hundreds: Mapping[str, int]
    multipliers: Mapping[str, int]
    morphemes: Mapping[str, int]
    articles: Mapping[str, int]
    suffixes: Mapping[str, int]
    standalone: frozenset[str]
    # "сотни" is "hundreds" (vague) but also the genitive of "сотня" ("a
    # hundred"), which a bound governs: "более сотни" is more than 100
    singular_after_bound: frozenset[str]
    accented_words: frozenset[str]
    change_prepositions: PhraseSet
    approximate_words: frozenset[str]
    topics: PhraseSet
    shares: PhraseSet  # what a share is of (turnout, the vote): align/_quantity.py
    sums: PhraseSet  # what a sum of money is (the damage, a fine, an aid): align/_quantity.py
    story_kinds: PhraseSet  # what kind of event a headline tells (align._stories)
    rain_words: PhraseSet  # words of rain: a length or volume beside one is rainfall
    # degree words that name no scale ("gradi", "درجة"), read by the words of their sentence
    bare_degrees: frozenset[str]
    heat_words: PhraseSet  # words of heat or cold: bare degrees beside one are a temperature
    ordinal_words: frozenset[str]
    ordinal_suffixes: tuple[str, ...]
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    seasons: Mapping[str, str]
    # phrase sets
    qualifiers: PhraseSet
    qualifiers_after: PhraseSet
    range_between: tuple[tuple[str, str], ...]
    range_infix: tuple[str, ...]
    vague: PhraseSet
    vague_magnitude: Mapping[str, int]
    increment_before: PhraseSet
    increment_after: PhraseSet
    change: PhraseSet
    percent: PhraseSet
    currency: PhraseSet
    units: PhraseSet
    casualties: PhraseSet
    predicates: PhraseSet
    # what a figure counts when the words come before it (extract/_quantities.py)
    counted_before: PhraseSet
    tolls: PhraseSet
    toll_nouns: PhraseSet
    partitives: PhraseSet
    # "Dei feriti, due …": a partitive that opens a sentence ([toll_nouns] fronted_partitives)
    fronted_partitives: PhraseSet
    others: PhraseSet
    that_of: PhraseSet  # "el de agentes": a pronoun for a count noun ([toll_nouns] that_of)
    # "put it at", "l'estime à", "houdt het op": a verb of estimating whose object pronoun
    # stands for the quantity told before ([toll_nouns] put_at; align/_quantity.py)
    put_at: PhraseSet
    # "y no", "а не", "statt": a word that sets a figure against another it corrects or
    # replaces ([toll_nouns] contrasts)
    toll_contrasts: PhraseSet
    # "i manifestanti erano 250.000": a verb that gives its subject's count ([toll_nouns] copulas)
    copulas: PhraseSet
    # "the emergency number is 112": a figure noun that also names an identifier, and the
    # verbs of being that join it to the figure it names ([toll_nouns] label_nouns,
    # label_links)
    label_nouns: frozenset[str]
    label_links: frozenset[str]
    # "Sono 30 i feriti", "Son 9.000 las hectáreas": the articles that open a subject put
    # after a copula and its figure ([toll_nouns] subject_articles)
    subject_articles: frozenset[str]
    scope: PhraseSet
    attribution_prefix: PhraseSet
    # the reporting verbs ([attribution] verbs, label "verb"), the verbs of stance
    # ([attribution] stance_verbs, label "stance": they credit the figures of their own
    # sentence only) and the verbs that tie a count to a cause ([attribution] link_verbs,
    # label "link": a reporting verb only when its subject names a body,
    # extract._context.attribution)
    attribution_verbs: PhraseSet
    # "show", "muestran": a reporting verb only after a data noun, and only for the credit
    # of a figure (extract._context._shown_by_data), never for events, quotes or dates
    attribution_show_verbs: PhraseSet
    attribution_chain: PhraseSet
    entities: PhraseSet
    date_frames: PhraseSet
    year_words: PhraseSet
    months_set: PhraseSet
    clock_words: PhraseSet
    clock_after: PhraseSet
    # "à 22 heures": a preposition that makes a figure a clock time only before an hour
    # noun ([dates] clock_prepositions, clock_hours)
    clock_prepositions: PhraseSet
    clock_hours: PhraseSet
    # words after an hour that put it after noon ("6 p.m.", "7 heures du soir"), and
    # hours written as words after a clock word ("الساعة السابعة"; judge/_clock.py)
    clock_pm: PhraseSet
    clock_hour_words: PhraseSet
    ordinal_dot_after: PhraseSet
    stopwords: frozenset[str]
    letters: frozenset[str]
    # quotes and speakers ([attribution] section)
    quote_verbs: PhraseSet
    speaker_pronouns: PhraseSet
    outlets: PhraseSet
    speaker_skip: PhraseSet
    as_openers: PhraseSet  # "como", "zoals": open an "as X said" clause ([attribution])
    clause_openers: PhraseSet
    titles: frozenset[str]  # folded title abbreviations ("gen", "dr"): [attribution] titles
    # folded abbreviated qualifiers without their dot ("aprox", "ok", "env"): a dot after
    # one before a figure ends no sentence (see :func:`hedge_abbreviations`)
    hedges: frozenset[str]
    chain_passive: PhraseSet
    name_particles: frozenset[str]
    determiners: frozenset[str]  # folded [attribution] determiners: "the", "el", "la"
    function_words: frozenset[str]
    clitics: frozenset[str]
    # ranges and bounds (extract/_quantities.py)
    bound_joiners: frozenset[str]
    change_followers: PhraseSet
    capitalised_names: bool
    capitalised_nouns: bool
    street_words: frozenset[str]
    not_numbers: PhraseSet
    # dates and the events they date ([dates], [events], [event_links]; extract/_dates.py)
    month_names: PhraseSet
    weekday_names: PhraseSet
    season_names: PhraseSet
    year_prepositions: PhraseSet
    date_links: PhraseSet
    date_relative: PhraseSet
    # the part of the day a figure's sentence states ([dates] day_parts; judge/_clock.py)
    day_parts: PhraseSet
    ambiguous_months: frozenset[str]
    month_cues: PhraseSet
    month_false_after: PhraseSet
    season_prepositions: PhraseSet
    weekday_false_before: PhraseSet
    weekday_false_after: PhraseSet
    # weekday names that after a number are a plural noun ("22 luni" = 22 months)
    weekday_nouns: PhraseSet
    # the word for "day" that opens a date before a weekday's name ("يوم الأربعاء")
    day_words: PhraseSet
    weekday_tense: PhraseSet  # "last Friday", "vendredi prochain": labelled past / next
    # weekdays said short, words that are ordinals too ("na sexta" / "na sexta posição"):
    # a day only after a cue and before no word but a follower
    short_weekday_names: PhraseSet
    short_weekday_cues: PhraseSet
    short_weekday_followers: PhraseSet
    weekday_openers: PhraseSet  # weekday_names and short_weekday_names: where a weekday may open
    span_open: PhraseSet
    span_close: PhraseSet
    span_pairs: frozenset[tuple[str, str]]
    span_infix: PhraseSet
    day_first: bool | None
    month_day_first: bool
    names_lowercase: bool
    bare_years: bool
    events: PhraseSet
    event_during: PhraseSet
    event_purpose: PhraseSet
    event_clause: PhraseSet
    # signs, fractions, decimals, collectives ([numbers]; extract/_numerals.py)
    numerals: NumeralWords
    # letters glued before a word ("و", "ب", "ال"); every phrase set matches after them
    proclitics: tuple[str, ...] = ()
    # the source follows its reporting verb ("قال الهلال الأحمر إن …"; [attribution] verb_first)
    verb_first: bool = False
    # Derived once here rather than by each extractor: month spellings that
    # shorten a longer spelling of the same month ("sept", "iun"; extract/_dates.py),
    # and the openings that credit the figures before them ("Об этом сообщает";
    # [attribution] back_references; claims/_build.py).
    month_abbreviations: frozenset[str] = frozenset()
    back_references: PhraseSet = attrs.field(factory=lambda: PhraseSet({"back": []}))
    # cues that name where the figures just told come from ("blijkt uit", "ressort du";
    # [attribution] origin_cues, read as prefix cues too; claims/_build.py)
    origin_cues: PhraseSet = attrs.field(factory=lambda: PhraseSet({"origin": []}))
    # words that say a sentence counts combatants though they name no unit ("in the
    # ranks", "the Russian side"; [toll_nouns] combatants; extract/_quantities.py)
    combatants: PhraseSet = attrs.field(factory=lambda: PhraseSet({"combatants": []}))
    # troops words that alone do not make a sentence count combatants ("hombres", "soldat":
    # [toll_nouns] not_combatants_alone, folded; extract/_quantities.py)
    not_combatants_alone: frozenset[str] = frozenset()
    # bound words of place after a verb of change: the level reached ("rose above
    # 11,000"; [syntax] level_bounds, folded; extract/_quantities.py)
    level_bounds: frozenset[str] = frozenset()
    # particles of a split verb of dying that close its clause, and the verbs they split
    # off ("kwamen 62 mensen om"; [syntax] killed_particles, killed_particle_verbs,
    # folded; extract/_quantities.py)
    killed_particles: frozenset[str] = frozenset()
    killed_particle_verbs: frozenset[str] = frozenset()
    # prepositions that open a phrase of place or time a verb may have between it and
    # the figure it counts ("сняли со льдины 19 рыбаков"; [syntax] object_gap_openers,
    # folded; extract/_quantities.py)
    object_gap_openers: frozenset[str] = frozenset()
    # nouns a number labels ("building 7", "blocul 12"): a figure right after one is its
    # number, no verb's object across it ([syntax] numbered_nouns, folded;
    # extract/_quantities.py)
    numbered_nouns: frozenset[str] = frozenset()
    # verbs of turning to someone, which count the treated beside a word of hospital care
    # ("до лікарень звернулися 250 людей"; [syntax] care_verbs; extract/_quantities.py)
    care_verbs: PhraseSet = attrs.field(factory=lambda: PhraseSet({"care": []}))
    # verbs of change after which an "up to" word means "to" ("выросло до 300";
    # [syntax] level_verbs; extract/_quantities.py)
    level_verbs: PhraseSet = attrs.field(factory=lambda: PhraseSet({"level": []}))
    # words between such a verb and its "up to" word that make the figure a bound of the
    # verb's object or of some places ("widened to cover up to 30,000", "rose in some
    # areas up to 45 cm"; [syntax] level_scopes; extract/_quantities.py)
    level_scopes: PhraseSet = attrs.field(factory=lambda: PhraseSet({"scope": []}))
    # comparison words right before a season phrase after its figure ("the worst fire
    # since last summer", "more than last winter"; [syntax] period_comparisons;
    # extract/_context.py): the figure is no total of that period
    period_comparisons: PhraseSet = attrs.field(factory=lambda: PhraseSet({"compared": []}))
    # words that make such a phrase a comparison's term only after a comparative between
    # the figure and them ("230 more people than last winter" but not "the 230 people
    # that this season ..."; [syntax] period_comparison_links, period_comparatives)
    period_comparison_links: PhraseSet = attrs.field(factory=lambda: PhraseSet({"link": []}))
    period_comparatives: PhraseSet = attrs.field(factory=lambda: PhraseSet({"more": []}))
    # [casualties] trapped predicates that also say "still held in custody" ("continuam
    # presos", "zitten nog vast"): custody when the clause holds a [syntax] custody_words
    # word ("suspeitos", "verdachten", "arrest"), else stuck ([syntax] held_or_stuck;
    # extract/_quantities.py)
    held_or_stuck: PhraseSet = attrs.field(factory=lambda: PhraseSet({"held": []}))
    custody_words: PhraseSet = attrs.field(factory=lambda: PhraseSet({"custody": []}))
    # negation words before a bound word, which reverse it ("did not exceed 27%" is at
    # most 27), and verbs that bound a figure only when negated ("did not reach 30%":
    # under 30); [qualifiers.negated]; extract/_quantities.py
    negations: PhraseSet = attrs.field(factory=lambda: PhraseSet({"not": []}))
    # words that make a figure hearsay ("rumours of more than 30 dead"; [attribution]
    # hearsay; claims/_build.py): no source named before goes on to it
    hearsay: PhraseSet = attrs.field(factory=lambda: PhraseSet({"hearsay": []}))
    # words and verb endings of a statement that looks ahead ("would", "werde",
    # "-ará"; [attribution] future_markers, future_endings; claims/_build.py): a
    # speaker's promise with no figure does not credit the figures after it
    future_markers: PhraseSet = attrs.field(factory=lambda: PhraseSet({"future": []}))
    future_endings: tuple[str, ...] = ()
    # words with such an ending, and phrases that open with such a word, that say no
    # future (pt "verão", fr "caldera"; fr "va mieux", es "va a la"; [attribution]
    # future_not)
    future_not: PhraseSet = attrs.field(factory=lambda: PhraseSet({"not": []}))
    # words that open a clause of the reporter's own background after a speaker set
    # after its words ("…, the authorities said, | as the toll rose to 205"; [attribution]
    # background_openers; claims/_build.py): that speaker is not its figure's source
    background_openers: PhraseSet = attrs.field(factory=lambda: PhraseSet({"background": []}))
    # phrases that open with such a word but open no clause ("as well as"; [attribution]
    # background_not)
    background_not: PhraseSet = attrs.field(factory=lambda: PhraseSet({"not": []}))
    # impersonal reports before a figure ("it also emerged that", "werd bekend dat", "se
    # supo que"; [attribution] unnamed_reports; claims/_build.py): someone not named
    # made the figure known, so no source named before goes on to it
    unnamed_reports: PhraseSet = attrs.field(factory=lambda: PhraseSet({"unnamed": []}))
    # verbs by which a status noun takes in the figure after them ("the dead include two
    # Romanians"; [toll_nouns] includes; claims/_statements.py): the figure is some of them
    includes: PhraseSet = attrs.field(factory=lambda: PhraseSet({"include": []}))
    negated_bounds: PhraseSet = attrs.field(factory=lambda: PhraseSet({"under": []}))
    # forms of "to be" that may stand between a negation and the bound word it reverses
    # ("non erano più di 100", "no eran más de 100": at most 100; [qualifiers.negated]
    # copulas; extract/_quantities.py)
    negated_copulas: PhraseSet = attrs.field(factory=lambda: PhraseSet({"be": []}))
    # how far after a head count its status predicate may end ([syntax] predicate_reach)
    predicate_reach: int = 60
    # a year after an "until" word is a date only with a year word after it
    # ("до 2027 года"; [dates] until_year_needs_word; extract/_quantities.py)
    until_year_needs_word: bool = False
    # the [dates] month names as written, lower-cased with their diacritics: a word
    # written otherwise that folds to one is another word ("mają"; extract/_dates.py)
    written_months: frozenset[str] = frozenset()
    # nouns in the dual, one word that counts two: "شخصين" is two people ([numbers]
    # duals; each is also a unit phrase, which names what it counts)
    duals: frozenset[str] = frozenset()
    # "out of 1,400 residents": a whole, no status count ([syntax] denominators)
    denominators: PhraseSet = attrs.field(factory=lambda: PhraseSet({"whole": []}))
    # "the town has 3,000 people": verbs by which a clause says whose the people after them
    # are ([syntax] holding_verbs; claims/_rivals.py): such "people" count their holder's own
    holding_verbs: PhraseSet = attrs.field(factory=lambda: PhraseSet({"hold": []}))

    @functools.cached_property
    def number_vocabulary(self) -> Mapping[str, int]:
        """Every single word that can be part of a spelled-out number.

        Merged once per language (the rules read it for every word of a
        figure's clause); read only, never changed by its readers."""
        return {**self.words, **self.hundreds, **self.multipliers}

    def _toll_words(self, key: str) -> list[str]:
        listed = self.raw.get("toll_nouns", {}).get(key, [])
        return [str(w) for w in listed] if isinstance(listed, list) else []

    @functools.cached_property
    def year_preposition_words(self) -> frozenset[str]:
        """The ``[dates] year_prepositions`` folded, as plain strings ("in", "im", "w",
        "in the year"): for a test of the words right before a year. Read once per language."""
        return frozenset(
            fold(str(w)) for w in self.raw.get("dates", {}).get("year_prepositions", [])
        )

    @functools.cached_property
    def clitic_phrases(self) -> PhraseSet:
        """The partitive clitics (label "en": "ne", "er", "en compte") and the idioms that
        hold their words (label "idiom": "prendre en compte"): ``[toll_nouns]
        partitive_clitics``, ``clitic_idioms``. Read once per language."""
        return PhraseSet(
            {
                "en": self._toll_words("partitive_clitics"),
                "idiom": self._toll_words("clitic_idioms"),
            }
        )

    @functools.cached_property
    def clitic_idioms(self) -> PhraseSet:
        """The idioms alone of :attr:`clitic_phrases` (label "idiom")."""
        return PhraseSet({"idiom": self._toll_words("clitic_idioms")})

    @functools.cached_property
    def partitive_verbs(self) -> tuple[frozenset[str], frozenset[str]]:
        """The folded partitive clitics of several words (a verb with its clitic: "en
        compte") and the lone clitic words ("ne", "er")."""
        folded = [fold(w).strip() for w in self._toll_words("partitive_clitics")]
        return (
            frozenset(w for w in folded if " " in w),
            frozenset(w for w in folded if w and " " not in w),
        )


# The longest hedge abbreviation read (without its dot): "approx", "прибл".
HEDGE_MAX = 7


def hedge_abbreviations(qualifiers: Mapping[str, object]) -> frozenset[str]:
    """The one-word qualifiers of a language's ``[qualifiers]`` lists that end in a
    dot ("ca.", "aprox.", "ok.", "env."), folded, without the dot.

    Only the lists read before a figure: a hedge after one ("300 aprox.") may
    end its sentence.
    """
    found: set[str] = set()
    for words in qualifiers.values():
        if not isinstance(words, list):
            continue
        for word in words:
            w = str(word)
            if w.endswith(".") and w[:-1].isalpha() and len(w) <= HEDGE_MAX + 1:
                found.add(fold(w[:-1]))
    return frozenset(found)


# The bound words that take an article before their figure ("supera i 9 metri"): those
# listed with an article take every article of their language.
_ARTICLE_BOUNDS = ("over", "under", "at_least", "up_to")
# How many articles a bound word must be listed with to take them all: one alone may be a
# comparison with a count named ("más que el", "more than the 18,900 recorded by"), or a
# preposition ("superior a", "chega a").
_ARTICLE_FORMS = 2


def bounds_with_articles(
    qualifiers: Mapping[str, list[Any]], determiners: Iterable[str]
) -> dict[str, list[str]]:
    """``qualifiers`` with each bound word listed with two articles ("supera i", "supera
    le") also listed with every other article of its language (``[attribution]
    determiners``): "supera gli 8 metri", "supera l'80%", "superano gli 80" bound their
    figure as "supera i 9 metri" does. A one-consonant article is elided ("l'").
    Phrases no list gives with an article, and hedges ("circa"), are left as they are."""
    forms = [f"{d}'" if _elided(d) else d for d in (w.strip() for w in determiners) if d]
    out: dict[str, list[str]] = {k: [str(w) for w in v] for k, v in qualifiers.items()}
    for label in _ARTICLE_BOUNDS:
        words = out.get(label)
        if not words:
            continue
        known = {fold(w) for w in words}
        stems: dict[str, int] = {}
        for w in words:
            folded = fold(w)
            for form in forms:
                if folded.endswith(f" {form}"):
                    stem = folded[: -len(form) - 1]
                    stems[stem] = stems.get(stem, 0) + 1
        for stem in (s for s, n in stems.items() if n >= _ARTICLE_FORMS):
            for form in forms:
                phrase = f"{stem} {form}"
                if phrase not in known:
                    known.add(phrase)
                    words.append(phrase)
    return out


def _elided(article: str) -> bool:
    """Whether ``article`` is written elided before a vowel: one consonant ("l'")."""
    return len(article) == 1 and article not in "aeiou"


def _section(raw: Mapping[str, Any], *path: str) -> Any:
    node: Any = raw
    for key in path:
        if not isinstance(node, Mapping):
            return {}
        node = node.get(key, {})
    return node


def _with_contractions(phrases: list[str], forms: Mapping[str, list[str]]) -> list[str]:
    """``phrases`` and, for each that ends in a preposition of ``forms``, the same phrase
    ending in each form that preposition takes joined to an article: "fala em" is also
    "fala numa", "parla di" also "parla del", "parle de" also "parle d'"."""
    found = list(phrases)
    seen = set(found)
    for phrase in phrases:
        head, _, last = phrase.rpartition(" ")
        for form in forms.get(last, []) if head else []:
            variant = f"{head} {form}"
            if variant not in seen:
                seen.add(variant)
                found.append(variant)
    return found


def _with_inverted(phrases: list[str], forms: Mapping[str, list[str]]) -> list[str]:
    """``phrases`` and, for each that opens with an auxiliary of ``forms``, the same phrase
    opening with each form the auxiliary takes with its subject pronoun after it: "a
    déclaré" is also "a-t-il déclaré", "a-t-elle déclaré" (the speaker is that pronoun)."""
    found = list(phrases)
    seen = set(found)
    for phrase in phrases:
        first, _, rest = phrase.partition(" ")
        for form in forms.get(first, []) if rest else []:
            variant = f"{form} {rest}"
            if variant not in seen:
                seen.add(variant)
                found.append(variant)
    return found


def _phrases(raw: Mapping[str, Any], *path: str) -> PhraseSet:
    node = _section(raw, *path)
    if isinstance(node, list):
        return _lazy_phrases({path[-1]: [str(x) for x in node]})
    return _lazy_phrases(
        {str(k): [str(x) for x in v] if isinstance(v, list) else [str(k)] for k, v in node.items()}
    )


def _syntax_phrases(raw: Mapping[str, Any], key: str, label: str) -> PhraseSet:
    """One ``[syntax]`` list of phrases, under ``label``."""
    return _lazy_phrases({label: [str(v) for v in _section(raw, "syntax").get(key, [])]})


def _concept_phrases(raw: Mapping[str, Any], section: str, duals: Any = None) -> PhraseSet:
    """A section of concept -> phrases, old concept names read as their new ones.

    ``duals`` (``[numbers] duals``) are added to the concept of their singular when no
    phrase lists them: "سجينان" (two prisoners) counts what "سجين" counts."""
    aliases = _concept_data()[1]
    grouped: dict[str, list[str]] = {}
    for key, items in _section(raw, section).items():
        words = [str(x) for x in items] if isinstance(items, list) else [str(key)]
        grouped.setdefault(aliases.get(str(key), str(key)), []).extend(words)
    if duals:
        _add_duals(grouped, [str(d) for d in duals])
    return _lazy_phrases(grouped)


# The endings of a dual (nominative, oblique) and the feminine ending its stem
# writes as "ت" before them ("جثة" → "جثتان").
_DUAL_ENDINGS = ("ان", "ين")


def _add_duals(grouped: dict[str, list[str]], duals: list[str]) -> None:
    """Add each dual no phrase of ``grouped`` lists to the concept of its singular
    (the dual less its ending; a stem in "ت" is the singular in "ة")."""
    concept_of: dict[str, str] = {}
    for name in sorted(grouped):
        for word in grouped[name]:
            concept_of.setdefault(fold(word), name)
    for dual in duals:
        if fold(dual) in concept_of:
            continue
        stems = [dual[: -len(e)] for e in _DUAL_ENDINGS if dual.endswith(e) and len(dual) > 3]
        stems += [s[:-1] + "\u0629" for s in stems if s.endswith("\u062a")]
        owner = next((concept_of[fold(s)] for s in stems if fold(s) in concept_of), None)
        if owner is not None:
            grouped[owner].append(dual)


def _parse(code: str, raw: Mapping[str, Any]) -> LanguageData:
    # Every phrase set listed here is prepared at its first use (see _lazy_phrases).
    PhraseSet = _lazy_phrases  # noqa: N806 - shadows the class for the calls below
    try:
        numbers = raw["numbers"]
        dates = raw.get("dates", {})
        vague = {str(k): int(v) for k, v in raw.get("vague", {}).items()}
        between = tuple(
            (fold(pair[0]), fold(pair[1])) for pair in _section(raw, "ranges", "between") or ()
        )
        data = LanguageData(
            code=code,
            name=str(raw.get("name", code)),
            raw=raw,
            decimal=str(numbers["decimal"]),
            group=tuple(str(g) for g in numbers.get("group", ())),
            compound=bool(numbers.get("compound", False)),
            ones_before_tens=bool(numbers.get("ones_before_tens", False)),
            joiners=_folded_list(numbers.get("joiners")),
            noun_links=_folded_list(numbers.get("noun_links")),
            words=_folded_map(numbers.get("words", {})),
            hundreds=_folded_map(numbers.get("hundreds", {})),
            multipliers=_folded_map(numbers.get("multipliers", {})),
            morphemes=_folded_map(numbers.get("morphemes", {})),
            articles=_folded_map(numbers.get("articles", {})),
            suffixes=_folded_map(numbers.get("suffixes", {})),
            standalone=frozenset(_folded_list(numbers.get("standalone"))),
            singular_after_bound=frozenset(_folded_list(numbers.get("singular_after_bound"))),
            change_prepositions=PhraseSet(
                {"by": [str(x) for x in _section(raw, "syntax").get("change_prepositions", [])]}
            ),
            approximate_words=frozenset(_folded_list(numbers.get("approximate"))),
            topics=_phrases(raw, "topics"),
            shares=_phrases(raw, "shares"),
            sums=_phrases(raw, "sums"),
            story_kinds=_phrases(raw, "story_kinds"),
            rain_words=_phrases(raw, "precipitation", "words"),
            bare_degrees=frozenset(_folded_list(_section(raw, "degrees").get("bare"))),
            heat_words=_phrases(raw, "degrees", "heat"),
            accented_words=frozenset(
                str(k).lower() for k in numbers.get("words", {}) if fold(str(k)) != str(k).lower()
            ),
            ordinal_words=frozenset(_folded_list(_section(raw, "ordinals", "words") or ())),
            ordinal_suffixes=_folded_list(_section(raw, "ordinals", "suffixes") or ()),
            months=_folded_map(dates.get("months", {})),
            weekdays=_folded_map(dates.get("weekdays", {})),
            seasons=_folded_map(dates.get("seasons", {})),
            qualifiers=PhraseSet(
                bounds_with_articles(
                    {k: v for k, v in raw.get("qualifiers", {}).items() if isinstance(v, list)},
                    _folded_list(_section(raw, "attribution", "determiners")),
                )
            ),
            qualifiers_after=_phrases(raw, "qualifiers", "after"),
            range_between=between,
            range_infix=_folded_list(_section(raw, "ranges", "infix") or ()),
            vague=PhraseSet({k: [k] for k in vague}),
            vague_magnitude={fold(k): v for k, v in vague.items()},
            increment_before=PhraseSet({"increment": _section(raw, "increment", "before") or []}),
            increment_after=PhraseSet({"increment": _section(raw, "increment", "after") or []}),
            change=_phrases(raw, "change"),
            percent=PhraseSet({"percent": _section(raw, "percent", "words") or []}),
            currency=_phrases(raw, "currency"),
            units=_concept_phrases(raw, "units", numbers.get("duals")),
            casualties=_concept_phrases(raw, "casualties"),
            counted_before=_concept_phrases(raw, "counted_before"),
            tolls=_concept_phrases(raw, "tolls"),
            toll_nouns=PhraseSet({"toll": _section(raw, "toll_nouns").get("words", [])}),
            partitives=PhraseSet({"of": _section(raw, "toll_nouns").get("partitives", [])}),
            fronted_partitives=PhraseSet(
                {"of": _section(raw, "toll_nouns").get("fronted_partitives", [])}
            ),
            others=PhraseSet({"others": _section(raw, "toll_nouns").get("others", [])}),
            that_of=PhraseSet({"that_of": _section(raw, "toll_nouns").get("that_of", [])}),
            put_at=PhraseSet({"put_at": _section(raw, "toll_nouns").get("put_at", [])}),
            toll_contrasts=PhraseSet({"vs": _section(raw, "toll_nouns").get("contrasts", [])}),
            copulas=PhraseSet({"copula": _section(raw, "toll_nouns").get("copulas", [])}),
            label_nouns=frozenset(_folded_list(_section(raw, "toll_nouns").get("label_nouns"))),
            label_links=frozenset(_folded_list(_section(raw, "toll_nouns").get("label_links"))),
            subject_articles=frozenset(
                _folded_list(_section(raw, "toll_nouns").get("subject_articles"))
            ),
            predicates=_phrases(raw, "predicates"),
            scope=_phrases(raw, "scope"),
            attribution_prefix=PhraseSet(
                {
                    "prefix": list(
                        dict.fromkeys(
                            [
                                *(_section(raw, "attribution", "prefix") or []),
                                *_section(raw, "attribution").get("origin_cues", []),
                            ]
                        )
                    )
                }
            ),
            # labelled "link": verbs that tie a count to a cause, read only after a body
            attribution_verbs=PhraseSet(
                {
                    "verb": _with_inverted(
                        _with_contractions(
                            _section(raw, "attribution", "verbs") or [],
                            _section(raw, "attribution", "preposition_forms") or {},
                        ),
                        _section(raw, "attribution", "inverted_auxiliaries") or {},
                    ),
                    "stance": _section(raw, "attribution", "stance_verbs") or [],
                    "link": _section(raw, "attribution", "link_verbs") or [],
                }
            ),
            attribution_show_verbs=PhraseSet(
                {"verb": _section(raw, "attribution", "show_verbs") or []}
            ),
            attribution_chain=PhraseSet({"chain": _section(raw, "attribution", "chain") or []}),
            entities=_phrases(raw, "entities"),
            date_frames=PhraseSet(_frames(dates.get("frames", {}))),
            year_words=PhraseSet({"year": [str(x) for x in dates.get("year_words", [])]}),
            months_set=PhraseSet(
                {str(v): [str(k)] for k, v in dates.get("months", {}).items() if len(str(k)) > 3}
            ),
            clock_words=PhraseSet({"clock": [str(x) for x in dates.get("clock_words", [])]}),
            clock_after=PhraseSet({"clock": [str(x) for x in dates.get("clock_after", [])]}),
            clock_prepositions=PhraseSet(
                {"clock": [str(x) for x in dates.get("clock_prepositions", [])]}
            ),
            clock_hours=PhraseSet({"hour": [str(x) for x in dates.get("clock_hours", [])]}),
            clock_pm=PhraseSet({"pm": [str(x) for x in dates.get("clock_pm", [])]}),
            clock_hour_words=PhraseSet(
                _frames({k: str(v) for k, v in dates.get("clock_hour_words", {}).items()})
            ),
            ordinal_dot_after=PhraseSet(
                {"ordinal": [str(x) for x in _section(raw, "ordinals", "dot_after") or []]}
            ),
            stopwords=frozenset(_folded_list(_section(raw, "detect", "stopwords") or ())),
            letters=frozenset(str(_section(raw, "detect", "letters") or "")),
            quote_verbs=PhraseSet({"verb": _section(raw, "attribution", "quote_verbs") or []}),
            speaker_pronouns=PhraseSet({"pronoun": _section(raw, "attribution", "pronouns") or []}),
            outlets=PhraseSet({"outlet": _section(raw, "attribution", "outlets") or []}),
            speaker_skip=PhraseSet({"skip": _section(raw, "attribution", "speaker_skip") or []}),
            as_openers=PhraseSet({"as": _section(raw, "attribution", "as_openers") or []}),
            clause_openers=PhraseSet(
                {"opener": _section(raw, "attribution", "clause_openers") or []}
            ),
            titles=frozenset(fold(str(t)) for t in _section(raw, "attribution", "titles") or []),
            hedges=hedge_abbreviations(raw.get("qualifiers", {})),
            chain_passive=PhraseSet({"chain": _section(raw, "attribution", "chain_passive") or []}),
            name_particles=frozenset(_folded_list(_section(raw, "attribution", "name_particles"))),
            determiners=frozenset(
                d.strip() for d in _folded_list(_section(raw, "attribution", "determiners"))
            ),
            function_words=frozenset(_folded_list(_section(raw, "attribution", "function_words"))),
            clitics=frozenset(_folded_list(_section(raw, "attribution", "clitics"))),
            bound_joiners=frozenset(_folded_list(_section(raw, "ranges").get("bound_joiners"))),
            change_followers=PhraseSet(
                {"follow": [str(x) for x in _section(raw, "syntax").get("change_followers", [])]}
            ),
            capitalised_names=bool(_section(raw, "syntax").get("capitalised_names", False)),
            capitalised_nouns=bool(_section(raw, "syntax").get("capitalised_nouns", False)),
            street_words=frozenset(_folded_list(_section(raw, "syntax").get("street_words"))),
            not_numbers=PhraseSet(
                {"pronoun": [str(x) for x in _section(raw, "syntax").get("not_numbers", [])]}
            ),
            month_names=PhraseSet(_frames({k: str(v) for k, v in dates.get("months", {}).items()})),
            weekday_names=PhraseSet(
                _frames({k: str(v) for k, v in dates.get("weekdays", {}).items()})
            ),
            season_names=PhraseSet(_frames(dates.get("seasons", {}))),
            year_prepositions=PhraseSet({"year": dates.get("year_prepositions", [])}),
            date_links=PhraseSet({"link": dates.get("links", [])}),
            date_relative=PhraseSet(_frames(dates.get("relative", {}))),
            day_parts=PhraseSet(_frames(dates.get("day_parts", {}))),
            ambiguous_months=frozenset(_folded_list(dates.get("ambiguous_months"))),
            month_cues=PhraseSet({"cue": dates.get("month_cues", [])}),
            month_false_after=PhraseSet({"not": dates.get("month_false_after", [])}),
            season_prepositions=PhraseSet({"in": dates.get("season_prepositions", [])}),
            weekday_false_before=PhraseSet({"not": dates.get("weekday_false_before", [])}),
            weekday_false_after=PhraseSet({"not": dates.get("weekday_false_after", [])}),
            weekday_nouns=PhraseSet({"noun": dates.get("weekday_nouns", [])}),
            day_words=PhraseSet({"day": dates.get("day_words", [])}),
            weekday_tense=PhraseSet(_frames(dates.get("weekday_tense", {}))),
            short_weekday_names=PhraseSet(
                _frames({k: str(v) for k, v in dates.get("short_weekdays", {}).items()})
            ),
            short_weekday_cues=PhraseSet({"cue": dates.get("short_weekday_cues", [])}),
            weekday_openers=PhraseSet(
                _frames(
                    {
                        k: str(v)
                        for k, v in (
                            dates.get("weekdays", {}) | dates.get("short_weekdays", {})
                        ).items()
                    }
                )
            ),
            short_weekday_followers=PhraseSet(
                {"follows": dates.get("short_weekday_followers", [])}
            ),
            span_open=PhraseSet(
                _frames({str(p[0]): fold(str(p[0])) for p in dates.get("spans", [])})
            ),
            span_close=PhraseSet(
                _frames({str(p[1]): fold(str(p[1])) for p in dates.get("spans", [])})
            ),
            span_pairs=frozenset(
                (fold(str(p[0])), fold(str(p[1]))) for p in dates.get("spans", [])
            ),
            span_infix=PhraseSet({"infix": dates.get("span_infix", [])}),
            day_first=dates.get("day_first"),
            month_day_first=bool(dates.get("month_day_first", False)),
            names_lowercase=bool(dates.get("names_lowercase", False)),
            bare_years=bool(dates.get("bare_years", False)),
            events=_phrases(raw, "events"),
            event_during=PhraseSet({"during": _section(raw, "event_links").get("during", [])}),
            event_purpose=PhraseSet({"purpose": _section(raw, "event_links").get("purpose", [])}),
            event_clause=PhraseSet({"clause": _section(raw, "event_links").get("clause", [])}),
            numerals=numeral_words(numbers),
            proclitics=_folded_list(_section(raw, "syntax").get("proclitics")),
            verb_first=bool(_section(raw, "attribution").get("verb_first", False)),
            month_abbreviations=_month_abbreviations(_folded_map(dates.get("months", {}))),
            back_references=PhraseSet(
                {"back": [str(p) for p in _section(raw, "attribution").get("back_references", [])]}
            ),
            origin_cues=PhraseSet(
                {"origin": [str(p) for p in _section(raw, "attribution").get("origin_cues", [])]}
            ),
            combatants=PhraseSet(
                {"combatants": [str(p) for p in _section(raw, "toll_nouns").get("combatants", [])]}
            ),
            not_combatants_alone=frozenset(
                _folded_list(_section(raw, "toll_nouns").get("not_combatants_alone"))
            ),
            level_bounds=frozenset(_folded_list(_section(raw, "syntax").get("level_bounds"))),
            killed_particles=frozenset(
                _folded_list(_section(raw, "syntax").get("killed_particles"))
            ),
            killed_particle_verbs=frozenset(
                _folded_list(_section(raw, "syntax").get("killed_particle_verbs"))
            ),
            object_gap_openers=frozenset(
                _folded_list(_section(raw, "syntax").get("object_gap_openers"))
            ),
            numbered_nouns=frozenset(_folded_list(_section(raw, "syntax").get("numbered_nouns"))),
            care_verbs=PhraseSet(
                {"care": [str(v) for v in _section(raw, "syntax").get("care_verbs", [])]}
            ),
            predicate_reach=int(_section(raw, "syntax").get("predicate_reach", 60)),
            level_verbs=PhraseSet(
                {"level": [str(v) for v in _section(raw, "syntax").get("level_verbs", [])]}
            ),
            level_scopes=PhraseSet(
                {"scope": [str(v) for v in _section(raw, "syntax").get("level_scopes", [])]}
            ),
            period_comparisons=PhraseSet(
                {
                    "compared": [
                        str(v) for v in _section(raw, "syntax").get("period_comparisons", [])
                    ]
                }
            ),
            period_comparison_links=_syntax_phrases(raw, "period_comparison_links", "link"),
            period_comparatives=_syntax_phrases(raw, "period_comparatives", "more"),
            held_or_stuck=_syntax_phrases(raw, "held_or_stuck", "held"),
            custody_words=_syntax_phrases(raw, "custody_words", "custody"),
            negations=PhraseSet({"not": _section(raw, "qualifiers", "negated").get("words", [])}),
            hearsay=PhraseSet({"hearsay": _section(raw, "attribution").get("hearsay", [])}),
            future_markers=PhraseSet(
                {"future": _section(raw, "attribution").get("future_markers", [])}
            ),
            unnamed_reports=PhraseSet(
                {"unnamed": _section(raw, "attribution").get("unnamed_reports", [])}
            ),
            background_openers=PhraseSet(
                {"background": _section(raw, "attribution").get("background_openers", [])}
            ),
            background_not=PhraseSet(
                {"not": _section(raw, "attribution").get("background_not", [])}
            ),
            future_endings=tuple(
                str(w).lower() for w in _section(raw, "attribution").get("future_endings", [])
            ),
            future_not=PhraseSet({"not": _section(raw, "attribution").get("future_not", [])}),
            includes=PhraseSet({"include": _section(raw, "toll_nouns").get("includes", [])}),
            negated_bounds=PhraseSet(
                {"under": _section(raw, "qualifiers", "negated").get("under", [])}
            ),
            negated_copulas=PhraseSet(
                {"be": _section(raw, "qualifiers", "negated").get("copulas", [])}
            ),
            until_year_needs_word=bool(dates.get("until_year_needs_word", False)),
            written_months=frozenset(str(k).lower() for k in dates.get("months", {})),
            duals=frozenset(_folded_list(numbers.get("duals"))),
            denominators=PhraseSet(
                {"whole": [str(w) for w in _section(raw, "syntax").get("denominators", [])]}
            ),
            holding_verbs=PhraseSet(
                {"hold": [str(w) for w in _section(raw, "syntax").get("holding_verbs", [])]}
            ),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise LanguageDataError(
            f"language data for {code!r} is malformed: {exc!r}", reason=ErrorReason.LANGUAGE_DATA
        ) from exc
    if data.proclitics:
        for field in attrs.fields(LanguageData):
            value = getattr(data, field.name)
            if isinstance(value, _PhraseSet):
                value.allow_proclitics(data.proclitics)  # applied when the set is prepared
    return data


def _month_abbreviations(names: Mapping[str, int]) -> frozenset[str]:
    """Month spellings that shorten a longer spelling of the same month ("sept", "iun").

    A month's name is its first spelling; a spelling at least as long as the
    name that keeps all of it but its last letter is a case of the name, no
    shortening, though a longer case starts with it: "феврале" (in February)
    beside "февралём", "март" beside "марта", "listopad" beside "listopada".
    """
    first: dict[int, str] = {}
    for k, month in names.items():
        first.setdefault(month, k)

    def inflected(k: str) -> bool:
        name = first[names[k]]
        return len(k) >= len(name) and k.startswith(name[:-1])

    return frozenset(
        k
        for k in names
        if not inflected(k)
        and any(o != k and o.startswith(k) and names[o] == names[k] for o in names)
    )


def _frames(frames: Mapping[str, str]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for phrase, label in frames.items():
        grouped.setdefault(str(label), []).append(str(phrase))
    return grouped


@functools.cache
def available_languages() -> tuple[str, ...]:
    """Codes of every language that has a data file, sorted.

    Read from the package folder once (a listing costs about 0.4 ms, and
    callers ask per claim); the installed data files do not change while running.
    """
    folder = resources.files(__package__)
    return tuple(
        sorted(
            p.name.removesuffix(".toml")
            for p in folder.iterdir()
            if p.name.endswith(".toml") and len(p.name) == len("xx.toml")
        )
    )


@functools.cache
def get_language(code: str) -> LanguageData:
    """The compiled data for language ``code`` ("ro", "it", "en", …).

    Raises :class:`UnsupportedLanguageError` when no data file exists.
    """
    if not isinstance(code, str):
        raise UnsupportedLanguageError(
            f"language must be a code such as 'ro', not {code!r}",
            reason=ErrorReason.UNSUPPORTED_LANGUAGE,
        )
    # "ro-RO", "RO", "ro_RO" all name Romanian.
    code = code.strip().replace("_", "-").split("-")[0].lower()
    if code not in available_languages():
        raise UnsupportedLanguageError(
            f"no language data for {code!r}; available: {', '.join(available_languages())}",
            reason=ErrorReason.UNSUPPORTED_LANGUAGE,
        )
    return _compiled(code)


@functools.cache
def _compiled(code: str) -> LanguageData:
    """The language of a normalised code, read once however the caller spelled it."""
    text = resources.files(__package__).joinpath(f"{code}.toml").read_text(encoding="utf-8")
    return load_language(code, text)


def load_language(code: str, text: str) -> LanguageData:
    """Compile the TOML ``text`` of a language file, checked against the schema.

    Raises :class:`LanguageDataError` naming the file and the key when the text is
    not TOML or does not follow ``docs/language-data.md``.
    """
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise LanguageDataError(
            f"language data file {code}.toml is not valid TOML: {exc}",
            path=f"{code}.toml",
            reason=ErrorReason.LANGUAGE_DATA,
        ) from exc
    validate(code, raw)
    return _parse(code, raw)


@attrs.frozen
class Concept:
    """What one unit concept is (``concepts.toml``): its kind and properties."""

    key: str
    kind: str
    status: bool = False
    any_object: bool = False
    military: bool = False
    military_variant: str | None = None
    force: bool = False  # a force sent to the event (police): the story's one such force
    civil_variant: str | None = None  # what it is read as where no combatants are counted
    before: bool = False
    dimension: str | None = None
    approx_tolerance: float | None = None
    exact_tolerance: float | None = None
    absolute_tolerance: bool = False
    fixed: bool = False  # one value per event, at every time and place (a magnitude)
    never_falls: bool = False  # a cumulative count that cannot go down (the killed)
    # a count that falls as its people are reached or found (the trapped, the missing):
    # through one day it moves down, not up (judge/_clock.py)
    dwindles: bool = False
    # a count rescuers bring down hour by hour (the trapped): one source's lower figure
    # of a day is its later one, the higher its earlier stage (judge/_findings.py)
    falls_by_the_hour: bool = False
    # a count that only rises through one day (voters so far): one source's higher figure
    # at an earlier stated hour than its lower one contradicts it (judge/_findings.py)
    rises_through_the_day: bool = False
    # how far (in the unit, absolute) a rival figure of one thing may lie from the
    # leading one; None: the judge's ratio (CONFLICT_MAX_RATIO)
    rivals_within: float | None = None
    # the concept its figures are compared in ("miles_per_hour" -> "kilometres_per_hour")
    # and what one of this unit is in it (1.609344); None: compared only as itself
    base: str | None = None
    factor: float = 1.0
    # an instrument's reading of the event's physical size (a wind speed, a magnitude,
    # rainfall, a temperature): who measured it gave no count of people or things
    reading: bool = False
    # said of a status head, it confirms that head's count (which keeps its unit):
    # "4000 Todesopfer identifiziert" are the dead, "133 have been identified" the identified
    confirms: bool = False
    # what is done with the dead (buried, autopsied): a verb of it right before a head
    # of the dead counts that ("se ha practicado la autopsia a 188 de los fallecidos")
    of_the_dead: bool = False
    # the dead, whether counted as deaths or as their bodies (killed, bodies recovered,
    # buried): "three more bodies" after a death toll adds to the same dead
    dead: bool = False
    # a story has one quantity of it (a fire's area, a spill's tonnes, a ship's
    # passengers): an article's only value of it is that quantity (align._quantity)
    headline: bool = False
    # figures of this unit count many wholes in one story (a utility's customers: all it
    # serves, those cut off, those restored): the unit alone is no evidence that two of
    # them count the same, as for a measure or a plain head count
    attribute: bool = False
    # said only of the living (people found after they were reported missing): a head of
    # the dead ("cinc cossos han estat localitzats") never takes it
    living: bool = False
    # on a head count: people who come to the event to help (rescuers, volunteers), never
    # those it struck: no status figure is another reading of their count
    responders: bool = False
    # the status of the people a verb of it is said of (recaptured, at large: said of the
    # escaped): right before a head of that status it counts the verb's status ("recaptured
    # 30 escapees", "ripresi 15 dei detenuti evasi"), where other statuses keep the head's
    said_of: str | None = None
    # on a currency: the measure of mass its word also names (a pound): a figure of it in
    # brackets beside a figure of mass converts that figure ("500-kilogram (1,100-pound)")
    weight: str | None = None
    # the statuses whose verbs, said of a head of ``said_of``, tell this one (recaptured:
    # arrested; "задержаны 40 беглецов" are 40 recaptured)
    told_by: tuple[str, ...] = ()
    # a status said only of a plain head ("people", a nationality, no noun): a head that
    # says who they are keeps its noun ("affecting 390,000 passengers": the passengers)
    plain_only: bool = False
    # its words name the figure's count only right after it ("three hospitals"), never
    # past a word between ("27 naar ziekenhuizen": where the 27 were taken)
    adjacent: bool = False
    # on a head count: the noun that names no group ("people", "Menschen", "osób"): an
    # article that sets a figure of it against another source's head count of a group
    # ("1,738,000 residents" and "more than 2 million people") names one count by two nouns
    generic: bool = False
    # on a status: the status its figures are compared as, one group of people that two
    # words name (the evacuated are the displaced of an evacuation: "180 evacuated" and
    # "240 displaced" of one story are one count); None: compared only as itself
    compared_as: str | None = None


def _concept(key: str, raw: Any) -> Concept:
    if isinstance(raw, str):
        return Concept(key, raw)
    military = raw.get("military", False)
    tolerance = raw.get("tolerance", {})
    return Concept(
        key,
        str(raw["kind"]),
        status=bool(raw.get("status", False)),
        any_object=bool(raw.get("any_object", False)),
        military=military is True,
        military_variant=military if isinstance(military, str) else None,
        force=bool(raw.get("force", False)),
        civil_variant=raw.get("civil"),
        before=bool(raw.get("before", False)),
        dimension=raw.get("dimension"),
        fixed=bool(raw.get("fixed", False)),
        never_falls=bool(raw.get("never_falls", False)),
        dwindles=bool(raw.get("dwindles", False)),
        falls_by_the_hour=bool(raw.get("falls_by_the_hour", False)),
        rises_through_the_day=bool(raw.get("rises_through_the_day", False)),
        rivals_within=raw.get("rivals_within"),
        approx_tolerance=tolerance.get("approx"),
        exact_tolerance=tolerance.get("exact"),
        absolute_tolerance=bool(tolerance.get("absolute", False)),
        base=raw.get("base"),
        factor=float(raw.get("factor", 1.0)),
        reading=bool(raw.get("reading", False)),
        confirms=bool(raw.get("confirms", False)),
        of_the_dead=bool(raw.get("of_the_dead", False)),
        dead=bool(raw.get("dead", False)),
        headline=bool(raw.get("headline", False)),
        attribute=bool(raw.get("attribute", False)),
        living=bool(raw.get("living", False)),
        responders=bool(raw.get("responders", False)),
        said_of=raw.get("said_of"),
        weight=raw.get("weight"),
        told_by=tuple(str(t) for t in raw.get("told_by", ())),
        plain_only=bool(raw.get("plain_only", False)),
        adjacent=bool(raw.get("adjacent", False)),
        generic=bool(raw.get("generic", False)),
        compared_as=raw.get("compared_as"),
    )


@functools.cache
def _concepts_toml() -> Mapping[str, Any]:
    """``concepts.toml``, read and parsed once for every section drawn from it."""
    text = resources.files(__package__).joinpath("concepts.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@functools.cache
def _concept_data() -> tuple[Mapping[str, Concept], Mapping[str, str]]:
    raw = _concepts_toml()
    concepts = {str(k): _concept(str(k), v) for k, v in raw["concepts"].items()}
    return concepts, {str(k): str(v) for k, v in raw.get("aliases", {}).items()}


@functools.cache
def _concepts_table(name: str) -> Mapping[str, str]:
    """A table of ``concepts.toml`` that maps one key to one concept (``[crowds]``,
    ``[precipitation]``), read once."""
    return {str(k): str(v) for k, v in _concepts_toml().get(name, {}).items()}


@functools.cache
def union_body_concepts() -> frozenset[str]:
    """The ``[bodies]`` concepts that set a body above every country (``concepts.toml``
    ``[body_scopes] union``: "european"): a name with one and a name without it are two
    bodies, whatever else they share."""
    raw = _concepts_toml().get("body_scopes", {}).get("union", [])
    return frozenset(str(w) for w in raw)


def rainfall_unit(unit: str | None) -> str | None:
    """The rainfall concept a measure is when its sentence tells of rain.

    "choveram 200 litros", "fortes pluies, avec plus de 100 mm en 24 heures": litres
    are litres of rain per square metre, millimetres a depth of rain
    (``[precipitation]`` in ``concepts.toml``); None for other units.
    """
    return _concepts_table("precipitation").get(unit) if unit else None


def crowd_unit(event: str | None) -> str | None:
    """The head count a plain count of people is when its clause tells ``event``.

    "1.28 million people marched" counts protesters, "1.6 million people
    voted" voters (``[crowds]`` in ``concepts.toml``); None for other events.
    """
    return _concepts_table("crowds").get(event) if event else None


def head_event_unit(head: str | None, event: str | None) -> str | None:
    """The status a head count of ``head`` is when its clause tells ``event``.

    "63 inmates who fled the jail" are the escaped (``[head_events]`` in
    ``concepts.toml``: prisoners, fled); None for other heads and events.
    """
    if head is None or event is None:
        return None
    table = _concepts_toml().get("head_events", {}).get(head, {})
    unit = table.get(event)
    return str(unit) if unit is not None else None


def crowd_event(unit: str) -> str | None:
    """The event whose crowd ``unit`` counts ("protesters" -> "protested"; ``[crowds]``)."""
    return next((e for e, u in _concepts_table("crowds").items() if u == unit), None)


def participation_unit(kinds: set[str]) -> str | None:
    """The crowd those who took part in the article's event are, from the kinds of
    event it tells (``[participation]`` in ``concepts.toml``: a protest's turnout is
    its protesters); None when no kind names a crowd, or two name different ones."""
    table = _concepts_table("participation")
    crowds = {table[k] for k in kinds if k in table}
    return crowds.pop() if len(crowds) == 1 else None


def one_movement(first: str | None, second: str | None) -> bool:
    """Two events that tell one crowd's movement from its two ends (``[movements]`` in
    ``concepts.toml``): those who fled a war to a country are those who arrived there
    ("61 ألف لاجئ فروا من دارفور إلى شرق تشاد", "48,000 refugees arrived in eastern
    Chad")."""
    table = _concepts_table("movements")
    return (
        first is not None
        and second is not None
        and first in table
        and table.get(first) == table.get(second)
    )


def moment_event(event: str | None) -> bool:
    """A plain head count whose clause tells ``event`` counts the people of one moment of
    the story (``[moment_events]`` in ``concepts.toml``): those on board when the boat
    sank, those taken in the raid. Such a count has one value per event, as a magnitude
    has, whenever it is reported: it cannot rise like a toll."""
    return event is not None and event in _concepts_table("moment_events")


def is_crowd(unit: str | None) -> bool:
    """The unit counts the crowd of one event (protesters, voters: ``[crowds]``).

    Such a count says what the people counted did, as a status unit says
    what happened to them: the unit alone names the story's one crowd.
    """
    return unit is not None and unit in _concepts_table("crowds").values()


@functools.cache
def _named_by_event() -> Mapping[str, frozenset[str]]:
    raw = _concepts_toml().get("named_by_event", {})
    return {str(k): frozenset(str(u) for u in v) for k, v in raw.items()}


def counted_as(
    plain: str | None, event: str | None, other: str | None, other_event: str | None
) -> bool:
    """A plain head count of unit ``plain`` whose clause tells ``event`` may be read as a
    figure of ``other`` (whose clause tells ``other_event``): one count named by two nouns.

    ``plain`` is a plain head count (:func:`plain_head_count`: "people", "children") and
    ``other`` another person concept, neither of them people who come to help
    (``responders``: "60 firefighters" are no reading of "six in hospital"); the plain
    count's clause tells no event, the other's event, or one that names ``other``
    (``[named_by_event]`` in ``concepts.toml``: people who fled are refugees). Two plain
    head counts are one count only by such an event ("55,000 people fled" and "70,000
    refugees"): "children" and "refugees" are two groups. Unless ``plain`` is the noun that
    names no group (``generic``: "people", "Menschen", "oameni"): "1.738.000 de locuitori"
    and the city hall's "peste 2 milioane de oameni" are two readings of the residents.
    """
    if plain is None or other is None or plain == other or not plain_head_count(plain):
        return False
    c, p = concept(other), concept(plain)
    if c is None or p is None or c.kind != "person" or c.responders or p.responders:
        return False
    named = event is not None and other in _named_by_event().get(event, frozenset())
    if plain_head_count(other) and not p.generic:
        return named
    return named or event is None or event == other_event


def plain_head_count(unit: str | None) -> bool:
    """A plain head count: people, with no status, not combatants, a force or a crowd
    (``concepts.toml``), whose words rather than its unit say what it counts ("2.8
    million people": a population, the affected, the beneficiaries)."""
    c = concept(unit)
    return (
        c is not None
        and c.kind == "person"
        and not c.status
        and not c.military
        and not c.force
        and not is_crowd(unit)
    )


def source_kind(key: str | None) -> str | None:
    """What kind of body the source of key ``key`` is (``[source_kinds]`` in ``concepts.toml``).

    "who" is an international agency, "health_ministry" a government body;
    None for an outlet, a wire or a source no language file names.
    """
    return _concepts_table("source_kinds").get(key) if key else None


@functools.cache
def _source_kind_words(code: str) -> PhraseSet:
    return _phrases(get_language(code).raw, "source_kinds")


def named_source_kind(source: str | None, code: str | None) -> str | None:
    """The kind of body the words of a credited source name (``[source_kinds]`` of its language).

    "the rights group Vigilance Guinée" names a rights group, "وزارة الأمن" a
    ministry (a government body), "les médecins de l'hôpital" a hospital (medical);
    None when the phrase names no kind or names two ("the ministry's doctors"),
    or says the body is no longer the source's (the list ``former``: "a former
    minister", "l'ancien ministre", "الوزير السابق" speak for no government).
    """
    if not source or not code or code not in available_languages():
        return None
    found = {m.label for m in _source_kind_words(code).find(source)}
    return found.pop() if len(found) == 1 and _FORMER not in found else None


# The [source_kinds] list of words that say a body is no longer the source's.
_FORMER = "former"


def concept(key: str | None) -> Concept | None:
    """The properties of unit concept ``key`` (None for no unit or an unknown one)."""
    if key is None:
        return None
    return _concept_data()[0].get(key)


def may_fall(unit: str | None) -> bool:
    """A count of ``unit`` may go down (those in hospital, the displaced): its concept is
    known and not ``never_falls`` (the dead, the injured)."""
    c = concept(unit)
    return c is not None and not c.never_falls


# How far a figure converted into another unit may stray (each side, relative):
# newsrooms round conversions ("120 mph" is 193.1 km/h, printed 193 or 195).
CONVERSION_SLACK = 0.02


def base_unit(key: str | None) -> tuple[str | None, float]:
    """The unit a figure of ``key`` is compared in, and what one ``key`` is in it.

    "120 mph" and "205 km/h" are one quantity in two units: both are compared
    as kilometres per hour (``base`` and ``factor`` in ``concepts.toml``).
    A unit with no base is its own, with factor 1.
    """
    c = concept(key)
    if c is None or c.base is None:
        return key, 1.0
    return c.base, c.factor


def unit_scale(unit: str | None, shown: str | None) -> float:
    """What one ``unit`` is in ``shown``, two units of one base (1.609344 for mph in km/h)."""
    return base_unit(unit)[1] / base_unit(shown)[1]


@functools.cache
def concept_kinds() -> Mapping[str, str]:
    """Unit concept key -> what it counts (person, money, time, measure, thing, ratio)."""
    return {key: c.kind for key, c in _concept_data()[0].items()}
