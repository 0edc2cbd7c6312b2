"""The schema of a language data file: every section and key, once, with its meaning.

A language file is data written by people, so a typo must not load silently
empty (``[attributon]`` instead of ``[attribution]`` would switch attribution
off for that language). :func:`validate` checks a parsed file against the
schema below and raises :class:`LanguageDataError` naming the file, the key
and, for a near miss, the key that was probably meant. Run
``python -m crosscheck.lang._schema`` to print the schema as Markdown (it is
``docs/language-data.md``; a test keeps the two equal).
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

import attrs

from .._codes import ErrorReason
from .._errors import LanguageDataError


class Kind(StrEnum):
    """What a key's value must be."""

    STR = "string"
    BOOL = "boolean"
    INT = "integer"
    STRS = "list of strings"
    PAIRS = "list of [string, string] pairs"
    INTS = "list of integers"
    INT_MAP = "table of string = integer"
    NUMBER_MAP = "table of string = number"
    STR_MAP = "table of string = string"
    STRS_MAP = "table of string = list of strings"
    TABLE = "table"  # a subsection with its own keys


@attrs.frozen
class Key:
    """One key of a section: what its value must be, and what it means."""

    kind: Kind
    doc: str


@attrs.frozen
class Section:
    """A ``[section]``: fixed keys, or free keys (e.g. unit concepts) of one kind."""

    doc: str
    keys: Mapping[str, Key] = attrs.field(factory=dict)
    subsections: Mapping[str, Section] = attrs.field(factory=dict)
    free: Key | None = None  # any other key is allowed, with this kind
    free_name: str = "name"  # what a free key names, for the docs


def _k(kind: Kind, doc: str) -> Key:
    return Key(kind, doc)


S, B, L, P, I_, IM, NM, SM, LM = (
    Kind.STR,
    Kind.BOOL,
    Kind.STRS,
    Kind.PAIRS,
    Kind.INTS,
    Kind.INT_MAP,
    Kind.NUMBER_MAP,
    Kind.STR_MAP,
    Kind.STRS_MAP,
)

_PHRASES = _k(L, "the phrases, as written in the language")

TOP_KEYS: Mapping[str, Key] = {
    "code": _k(S, "the ISO 639-1 code, equal to the file name"),
    "name": _k(S, "the language's English name"),
}

SCHEMA: Mapping[str, Section] = {
    "detect": Section(
        "Language identification.",
        {
            "stopwords": _k(L, "frequent short words that mark the language"),
            "letters": _k(S, "letters found in this language and few others"),
        },
    ),
    "numbers": Section(
        "How figures are written: separators, number words, fractions, signs.",
        {
            "decimal": _k(S, "the decimal mark"),
            "group": _k(L, "digit-group separators"),
            "compound": _k(B, "number words are written as one word (German 'dreiundzwanzig')"),
            "ones_before_tens": _k(B, "units come before tens ('dreiundzwanzig')"),
            "joiners": _k(L, "words or marks that join number words ('and', '-')"),
            "joiner_after": _k(L, "word classes a joiner may follow inside a number"),
            "mixed_joiners": _k(L, "joiners of a whole number and a fraction ('one and a half')"),
            "noun_links": _k(L, "words between a number and its noun ('of', 'de')"),
            "words": _k(IM, "number words and their values"),
            "hundreds": _k(IM, "hundreds words and their values"),
            "multipliers": _k(IM, "thousand, million, … and their values"),
            "morphemes": _k(IM, "parts of compound number words"),
            "articles": _k(IM, "articles that mean one before a multiplier ('a thousand')"),
            "alone": _k(IM, "words that are a number alone ('dozen')"),
            "suffixes": _k(IM, "abbreviated multipliers glued to digits ('10k', '5 mln')"),
            "cased_suffixes": _k(IM, "case-sensitive glued multipliers ('10M')"),
            "decimal_suffixes": _k(IM, "multipliers after a decimal figure"),
            "collectives": _k(IM, "collective numerals ('a pair', 'a dozen')"),
            "fractions": _k(IM, "fraction words and their denominators"),
            "fractions_plural": _k(IM, "plural fraction words and their denominators"),
            "fractional": _k(NM, "words with a fractional value ('half')"),
            "standalone": _k(L, "number words read as figures on their own"),
            "duals": _k(L, "nouns in the dual that count two on their own ('شخصين'); also units"),
            "approximate": _k(L, "words that make a figure approximate"),
            "singular_after_bound": _k(
                L,
                "vague plurals that are one collective after a bound ('более сотни')",
            ),
            "article_before_hundreds": _k(B, "an article may stand before hundreds"),
            "attributive_fractions": _k(L, "fraction words used before a noun"),
            "coin_hundreds": _k(L, "coin words that mean hundredths"),
            "age_after": _k(
                L,
                "phrases right after a figure in digits that make it an age ('17 years old',"
                " '17 Jahre alt', '17 años de edad'): no duration, no count",
            ),
            "age_before": _k(
                L,
                "words right before a figure in digits that make it an age ('aged 17',"
                " 'âgé de 17', 'im Alter von 17'): no count",
            ),
            "period_nouns": _k(
                L,
                "nouns of a span of time after a hedged number word ('more than ten seasons'):"
                " a duration, no count ('*' ends a stem)",
            ),
            "age_words": _k(
                L,
                "words a hyphen glues after a figure in digits that make it an age"
                " ('17-year-old', '17-Jähriger', '17-летний'; '*' ends a stem): no count",
            ),
            "decimal_words": _k(L, "spelled decimal points ('point')"),
            "digits_after_thousand": _k(B, "digits may follow the thousand word ('5 mil 300')"),
            "fraction_agreement": _k(B, "a numerator above one takes the plural fraction"),
            "fraction_connectors": _k(L, "'over' in 'one over three'"),
            "fraction_endings": _k(L, "endings that make an ordinal a fraction"),
            "fraction_endings_plural": _k(L, "plural fraction endings"),
            "fraction_markers": _k(L, "words marking a fraction"),
            "fraction_stems": _k(L, "stems of fraction words"),
            "glue_joiners": _k(L, "joiners glued inside compound numbers"),
            "glued_names": _k(L, "names with digits glued on that are not figures"),
            "half_nouns": _k(L, "'half' as a noun ('more than half')"),
            "homographs": _k(
                L,
                "number words that are also common words ('venti': winds, 'nouă': new);"
                " a figure only before a unit or noun it counts, or after a qualifier",
            ),
            "plural_homographs": _k(
                L,
                "homographs that are a number before a plural noun, where the other"
                " reading cannot stand ('nou peces': nine pieces; not it 'venti forti')",
            ),
            "joined_units": _k(I_, "unit values that may be joined after tens"),
            "joined_teens": _k(B, "the teens may be ten, joiner, unit ('diez y seis')"),
            "one_after": _k(
                L,
                "words right before an article that make it the numeral one ('solo una')",
            ),
            "one_before": _k(
                L, "words right after an article that make it the numeral one ('un seul')"
            ),
            "ordinal_after_tens": _k(B, "tens before an ordinal make one ordinal"),
            "partitives": _k(L, "partitive words ('of them')"),
            "pronoun_after": _k(L, "words after which a number word is a pronoun"),
            "ratio_connectors": _k(L, "'out of' in 'three out of four'"),
            "ratio_nouns": _k(
                L, "singular nouns counted before a ratio's connector ('person in three')"
            ),
            "service_nouns": _k(
                L, "nouns of a service a telephone number names ('emergency service', 'SAMU')"
            ),
            "service_numbers": _k(
                L, "telephone numbers of services ('112', '118'): no figure after a service noun"
            ),
            "signs": _k(L, "words for a negative sign ('minus')"),
            "signs_after": _k(L, "sign words written after the figure"),
            "times_comparatives": _k(
                L, "comparatives after which a 'times_words_compared' word is a factor"
            ),
            "times_words_compared": _k(
                Kind.INT_MAP,
                "words that are a factor before a comparative ('neunmal höher'), else how often",
            ),
            "times_words": _k(
                Kind.INT_MAP, "one word that is a factor ('ninefold', 'zehnfach', 'вдвое' = 2)"
            ),
            "zero_before_units": _k(B, "a zero word before a unit is a leading zero ('cero tres')"),
        },
    ),
    "qualifiers": Section(
        "Words before a figure that bound it; each key is a qualifier code.",
        {
            "approx": _k(L, "about, around"),
            "over": _k(L, "more than"),
            "at_least": _k(L, "at least"),
            "under": _k(L, "less than"),
            "up_to": _k(L, "up to"),
            "none": _k(L, "phrases that end like a bound word but set none ('a més de' = besides)"),
        },
        subsections={
            "after": Section(
                "Qualifier words written after the figure.",
                {
                    "approx": _k(L, "'or so'"),
                    "at_least": _k(L, "'or more'"),
                    "up_to": _k(L, "'or less'"),
                    "over": _k(L, "'plus'"),
                    "under": _k(L, "'at most' after the figure"),
                },
            ),
            "negated": Section(
                "Negated bounds: a negation right before a bound word reverses it.",
                {
                    "words": _k(
                        L,
                        "negation words, with the auxiliaries that follow them, right before "
                        "a bound word ('did not exceed 27%', 'n'a pas dépassé', 'не превысила'): "
                        "'over' becomes 'up_to' (at most) and 'under' becomes 'at_least'",
                    ),
                    "under": _k(
                        L,
                        "verbs that bound a figure only after a negation word ('did not reach "
                        "30%', 'no alcanzó el 30 %'): under",
                    ),
                    "copulas": _k(
                        L,
                        "forms of 'to be' that may stand between a negation and the bound"
                        " word it reverses ('non erano più di 100', 'não eram mais de 100',"
                        " 'will not be more than 100': at most 100)",
                    ),
                    "not_denying": _k(
                        L,
                        "negations that deny no deed: 'without' ('sin', 'ohne', 'без'),"
                        " 'still' ('لا يزال') and 'not counting' ('not including', 'не"
                        " считая', 'nie licząc'); a figure a verb after them brings in"
                        " still counts ('sin contar 3 heridos', 'not counting 3 rescuers')",
                    ),
                    "only": _k(
                        L,
                        "words of 'more than' that say 'only' after a negation of their clause"
                        " ('il ne restait plus que 90', 'no quedaban más que 90': 90, no bound)",
                    ),
                    "only_negations": _k(
                        L,
                        "the negations that make an 'only' word say 'only' ('ne', 'no', 'não')",
                    ),
                },
            ),
        },
    ),
    "ranges": Section(
        "How two figures make a range.",
        {
            "between": _k(P, "opening and closing words ('between', 'and')"),
            "infix": _k(L, "words or marks between two figures ('to', '-')"),
            "bound_joiners": _k(L, "joiners of two bounds ('and less than')"),
        },
    ),
    "vague": Section(
        "Vague amounts and their magnitude.", free=_k(Kind.INT, ""), free_name="phrase"
    ),
    "every_nth": Section(
        "Shares said as every N-th of a group ('каждый третий', 'jeder dritte', 'co"
        " trzeci'): the phrase and its N; read as a percent (100/N), as 'one in N' is.",
        free=_k(Kind.INT, ""),
        free_name="phrase",
    ),
    "denials": Section(
        "A figure reported in order to deny it (claims._denials; docs/semantics.md, 'Denied"
        " figures').",
        {
            "verbs": _k(L, "verbs of denial, every form ('denied', 'démenti', 'desmintió', 'نفى')"),
            "dismissals": _k(
                L,
                "words by which a body waves another's figure away ('dismissed', 'alarmist',"
                " 'pure invention', 'exagéré', 'übertrieben'): after a figure, beside a word of"
                " another source's name, they make the figure a rival reading of that source's"
                " (claims._rivals)",
            ),
            "complementizers": _k(
                L,
                "words that open the clause a denial verb governs ('that', 'que', 'dass',"
                " 'أن'): the figures of that clause are denied",
            ),
            "negations": _k(
                L,
                "words that undo a denial verb within two words before it or right after"
                " it ('not', 'pas', 'nicht')",
            ),
            "not_after": _k(
                L,
                "words right after a denial verb that make it another verb ('se negó a"
                " confirmar': refused to)",
            ),
            "objects": _k(
                L,
                "nouns a denial verb takes that point back at the figures just reported"
                " ('the information', 'those numbers', 'la informació')",
            ),
            "reports": _k(
                L,
                "nouns of reports and figures a denial verb takes before the figure they"
                " name ('denied reports of 500 deaths', 'dementierte Berichte über 40 Tote')",
            ),
            "agents": _k(
                L,
                "agent words right after a passive denial verb ('is disputed by', 'werden"
                " tegengesproken door'): the figures before it in its sentence are denied",
            ),
            "given_by": _k(
                L,
                "phrases after a denied figure that name who gave it ('given by', 'avancé"
                " par', 'difundida por'): the figure is that claimant's, not the denier's",
            ),
            "reports_by": _k(
                L,
                "words right after a denied report noun that name its author ('denied"
                " reports by the union that 40 …', 'berichten van de vakbond over 300')",
            ),
            "auxiliaries": _k(
                L,
                "auxiliaries and adverbs between a denier and its verb, not part of its"
                " name ('La compagnie a démenti', 'has also denied')",
            ),
            "agent_before": _k(
                B,
                "the agent of a passive may stand before a clause-final participle ('von der"
                " Reederei dementiert')",
            ),
        },
    ),
    "increment": Section(
        "Words that make a figure an increment ('another 6,000').",
        {"before": _k(L, "before the figure"), "after": _k(L, "after the figure")},
    ),
    "change": Section(
        "Change verbs.",
        {
            "up": _k(L, "rose, increased"),
            "down": _k(L, "fell, dropped"),
            "none": _k(L, "phrases that end like a change word but say none ('shot down')"),
        },
    ),
    "percent": Section("Percent words.", {"words": _k(L, "'percent', 'per cent'")}),
    "ordinals": Section(
        "Ordinals, which are never counts.",
        {
            "words": _k(L, "ordinal words"),
            "suffixes": _k(L, "ordinal endings after digits ('1st', '2-lea')"),
            "dot_after": _k(L, "words after which 'N.' is an ordinal"),
        },
    ),
    "currency": Section(
        "Currency words and symbols; each key is an ISO code (or 'money').",
        free=_PHRASES,
        free_name="currency",
    ),
    "units": Section(
        "Unit nouns; each key is a unit concept of concepts.toml.",
        free=_PHRASES,
        free_name="concept",
    ),
    "precipitation": Section(
        "Words of rain: a length or volume in their sentence is rainfall.",
        {
            "words": _k(
                L,
                "rain words ('choveram', 'fortes pluies'): litres, millimetres, centimetres or "
                "inches in their sentence are rainfall (concepts.toml [precipitation])",
            ),
        },
    ),
    "degrees": Section(
        "Degrees that name no scale: a temperature or an earthquake's magnitude, by their"
        " sentence.",
        {
            "bare": _k(
                L,
                "degree words that alone name no scale ('gradi', 'grados', 'درجة'): beside an"
                " earthquake word ([story_kinds] earthquake) and no heat word they are a"
                " magnitude, beside a heat word and no earthquake word a temperature",
            ),
            "heat": _k(L, "words of heat or cold ('temperatura', 'caldo', 'الحرارة')"),
        },
    ),
    "casualties": Section(
        "Predicates after a head count that make it a casualty count; keys are concepts.",
        free=_PHRASES,
        free_name="concept",
    ),
    "counted_before": Section(
        "Verbs right before a figure that say what it counts ('killed 150'); keys are concepts.",
        free=_PHRASES,
        free_name="concept",
    ),
    "tolls": Section(
        "Tolls earlier in a figure's sentence ('the death toll rose to'); keys are concepts.",
        free=_PHRASES,
        free_name="concept",
    ),
    "toll_nouns": Section(
        "Nouns that count a status, partitives that take part of the figure before, and "
        "combatant markers.",
        {
            "words": _k(L, "count nouns: 'the number of dead'"),
            "partitives": _k(L, "'of whom 1,200', 'dont', 'davon'"),
            "fronted_partitives": _k(
                L,
                "partitives that open a sentence before a count noun or figure ('Of the "
                "injured, two are in critical condition', 'Dei feriti, due'): the first figure "
                "after it counts part of that noun's earlier figure; after a figure, before a "
                "status noun ('two Romanians among the victims', 'due tra le vittime'), they "
                "pick the figure out of that group (claim field `among`)",
            ),
            "includes": _k(
                L,
                "verbs by which a status noun right before them takes in the figure after them"
                " ('the dead include two Romanians', 'las víctimas incluyen a dos rumanos'):"
                " the figure counts some of that group (claim field `among`)",
            ),
            "others": _k(L, "'170 others': the figure counts what the one before it counts"),
            "that_of": _k(
                L,
                "pronouns standing for a count noun named before ('el de', 'celui des', 'that "
                "of'): the noun after them is what the figure next to them counts ('elevará a "
                "7.000 el número de militares y a 10.000 el de agentes')",
            ),
            "put_at": _k(
                L,
                "a verb of estimating with an object pronoun standing for the quantity told"
                " before ('put it at', \"l'estime à\", 'lo cifra en', 'houdt het op'): a"
                " second source's figure right after it, in its own clause, is that source's"
                " reading of the same quantity",
            ),
            "copulas": _k(
                L,
                "verbs that give their subject's count ('numbered', 'erano', 'étaient',"
                " 'waren'): a head noun right before one counts the figure right after it"
                " ('the protesters numbered 250,000', 'i manifestanti erano 250.000')",
            ),
            "label_nouns": _k(
                L,
                "figure nouns of 'words' that also name a label or an identifier ('number',"
                " 'número', 'Nummer'): a bare figure right after one, or after one of"
                " label_links, is that label ('the emergency number is 112', 'flight number"
                " 15'), never a count put again",
            ),
            "label_links": _k(
                L,
                "the verbs of being that join a label_nouns noun to the figure it names"
                " ('is', 'was', 'è', 'ist', 'lautet')",
            ),
            "subject_articles": _k(
                L,
                "the definite articles that open a subject put after a copula and its figure"
                " ('Sono 30 i feriti', 'Son 9.000 las hectáreas'): the noun after the article"
                " is what the figure counts; empty where the language has no such word order",
            ),
            "partitive_clitics": _k(
                L,
                "clitics that stand for part of what was counted before ('on en comptait "
                "632', 'ne ha persi 2.200'): the figure after them takes its unit",
            ),
            "clitic_idioms": _k(
                L,
                "phrases holding a partitive clitic's words that stand for nothing counted"
                " before ('prendre en compte 70 dossiers'): no clitic is read inside them",
            ),
            "contrasts": _k(
                L,
                "words right before a bare figure that set it against the figure before it"
                " in its sentence ('down from 4.2 million', 'y no los 61.000', 'contre 19 la"
                " veille'): the figure counts what that one counts",
            ),
            "spoken_of": _k(
                L,
                "impersonal phrases of a figure spoken of ('there was talk of', 'речь шла о',"
                " 'il était question de'): a bare figure right after one that closes its"
                " clause puts the count before it again, in that count's unit",
            ),
            "combatants": _k(
                L,
                "words that say a sentence counts combatants though they are no unit noun "
                "('in the ranks', 'the Russian side', 'front line'): there the injured are "
                "the wounded and the victims the casualties (concepts.toml `military`)",
            ),
            "not_combatants_alone": _k(
                L,
                "troops words that count soldiers after a figure but alone say nothing of "
                "the sentence: 'men' ('hombres', 'uomini': gunmen, inmates), a verb it "
                "spells ('soldat' in 's-a soldat cu': resulted in)",
            ),
        },
    ),
    "predicates": Section(
        "The event a figure is about, from its clause's verb.",
        free=_PHRASES,
        free_name="event",
    ),
    "scope": Section(
        "Scope words (initial, total, so far, planned, daily).",
        free=_PHRASES,
        free_name="scope",
    ),
    "attribution": Section(
        "How articles credit sources and quote speakers.",
        {
            "prefix": _k(L, "'according to X'"),
            "verbs": _k(L, "'X said'"),
            "count_verbs": _k(L, "verbs of a count the subject made ('Per Y, X recorded')"),
            "tally_verbs": _k(
                L,
                "count_verbs by which the subject itself counted ('counted', 'tallied'): it"
                " keeps the count beside a closing prefix cue ('Police counted 12,000,"
                " according to the organisers')",
            ),
            "figure_prefix": _k(
                L,
                "prefix cues only right after a bare figure ('81.000 per la polizia'); after"
                " a unit noun they mean 'for' ('81.000 euro per la polizia')",
            ),
            "opening_prefix": _k(
                L, "prefix cues only where they open the sentence ('Per il ministero, …')"
            ),
            "opening_after": _k(
                L,
                "contrast words after a comma that open a clause as the sentence start does,"
                " for opening_prefix ('…, mentre per la Cgt erano 250mila') and any prefix cue"
                " ('…, but according to local media, five …': that cue credits its clause's"
                " figures only); a reporting verb after them is not the verb of a figure before"
                " them",
            ),
            "versus": _k(
                L,
                "words that set a second figure against a first ('contre 450 000 selon la"
                " CGT', 'frente a los 3 millones que contó la CGT'): a cue on the claim's side"
                " of one credits it, not the other figure's source",
            ),
            "split_verbs": _k(
                L,
                "verbs (the finite part of a split verb) that report only when the clause"
                " ends with one of split_particles ('gaben … an'; 'gaben ihre Stimme ab' votes)",
            ),
            "split_particles": _k(L, "the particles that make a split_verbs verb one of reporting"),
            "verb_final_openers": _k(
                L,
                "words that open a verb-final subordinate clause: its subject follows them and"
                " its reporting verb closes it after the figure ('während X … bezifferte')",
            ),
            "framed_verbs": _k(
                L,
                "verbs that report only with an object of a few words and a"
                " framed_prepositions word right before the figure ('put the turnout at')",
            ),
            "framed_prepositions": _k(L, "the prepositions before a framed_verbs figure"),
            "framing_bodies": _k(
                L,
                "nouns of places and institutions ('city', 'hotel') whose short definite"
                " phrase, as the subject of a framing verb, gives the value it frames",
            ),
            "compound_prefix": _k(
                L,
                "prefix cues only before a compound that ends in a compound_heads word"
                " ('nach Polizeiangaben': the police's figures; 'nach dem Beben' credits no one)",
            ),
            "compound_heads": _k(
                L,
                "endings of a compound noun that names a source's figures ('-angaben':"
                " 'Polizeiangaben', 'UN-Angaben'), after a compound_prefix cue",
            ),
            "role_heads": _k(
                L,
                "source nouns that also name a source as the end of a compound word"
                " ('-bronnen': 'politiebronnen', '-diensten': 'reddingsdiensten')",
            ),
            "noun_final": _k(
                B,
                "a source noun ends its phrase (adjectives stand before it): a lower-case"
                " word after it that is no function word is the verb ('volgens de"
                " brandweer | raakten 40 …')",
            ),
            "preposition_ends": _k(
                B,
                "a source phrase with no name that runs into its figure with no comma ends"
                " before the first function word after its source noun ('według policji |"
                " w proteście wzięło udział 8 tys.'), unless a source noun follows it",
            ),
            "source_endings": _k(
                L,
                "with preposition_ends: the endings (genitive) of the words that may complete"
                " a source noun; a word with none of them opens the clause ('według"
                " prokuratury | pociąg towarowy jechał …')",
            ),
            "verb_endings": _k(
                L,
                "with source_endings: endings of past-tense verbs, which complete no source"
                " noun though they end like one ('-li': 'погибли')",
            ),
            "agent_prepositions": _k(
                L, "words that bring in a passive's agent after its figure ('by', 'pelos')"
            ),
            "between_words": _k(
                L,
                "words of 'between' ('entre', 'tra'): a relative after a comma that follows"
                " the body one brings in ('the gap between the agency, which speaks of 300,"
                " and …') stands for that body, not for the phrase before the word",
            ),
            "gerund_endings": _k(
                L,
                "endings of a reporting gerund after a comma ('saying'): it credits the body"
                " that opens its clause",
            ),
            "agent_participles": _k(
                L,
                "reporting participles that follow a figure and, with an agent_prepositions"
                " word, credit its agent ('the 12 deaths | acknowledged by the government')",
            ),
            "deed_verbs": _k(
                L, "verbs by which the subject sends or gives what the figure counts ('X sent')"
            ),
            "titles": _k(
                L, "title abbreviations before a name ('Gen', 'Dr', 'płk'): their dot ends nothing"
            ),
            "chain": _k(L, "'X, citing Y'"),
            "chain_passive": _k(L, "'X, quoted by Y'"),
            "clause_openers": _k(L, "words that open a new clause"),
            "quote_verbs": _k(L, "verbs that introduce quotes, not figures"),
            "pronouns": _k(L, "subject pronouns"),
            "function_words": _k(L, "words never part of a name"),
            "name_particles": _k(L, "lower-case name parts ('von', 'de')"),
            "speaker_skip": _k(L, "words between a verb and its speaker"),
            "addressees": _k(L, "words before the outlet a speaker spoke to ('dijo X | a EFE')"),
            "stance_verbs": _k(
                L,
                "verbs of stance ('maintains that', 'insists'): reporting verbs for the figures"
                " of their own sentence; with no figure there, no source for the next ones",
            ),
            "link_verbs": _k(
                L,
                "verbs that tie a count to a cause ('police link three deaths to …'): a"
                " reporting verb only when their subject names a body",
            ),
            "show_verbs": _k(
                L, "verbs of showing: a reporting verb only after a data or report noun"
            ),
            "region_nouns": _k(
                L,
                "nouns of a region's name ('the Veneto region'): a gapped clause that repeats"
                " a verb of saying's preposition makes such a region a speaker",
            ),
            "as_openers": _k(
                L, "words that open an 'as X said' clause, cut off a source's start ('como')"
            ),
            "outlets": _k(L, "press outlets (relay words, not authors)"),
            "clitics": _k(L, "clitic pronouns glued to verbs"),
            "reflexives": _k(L, "pronouns that make a verb impersonal ('se' in 'se estima')"),
            "impersonal_after": _k(L, "pronouns after a verb that make it impersonal ('gab es')"),
            "raising_after": _k(
                L, "words after a verb that make it a passive of report ('said to have')"
            ),
            "contrast_markers": _k(
                L, "'for its part': a sentence that gives another party's view ('pour sa part')"
            ),
            "inverted_auxiliaries": _k(
                LM,
                "an auxiliary that opens a verbs phrase = the forms it takes with its subject"
                " pronoun after it ('a' = ['a-t-il', 'a-t-elle']): each verbs phrase opening"
                " with the auxiliary is read with each form too ('a déclaré' is also 'a-t-il"
                " déclaré'); none where the language writes no such forms",
            ),
            "preposition_forms": _k(
                LM,
                "a preposition that ends a verbs phrase = the forms it takes joined to an"
                " article ('em' = ['no', 'numa', …]): each verbs phrase ending in the"
                " preposition is read with each form too ('fala em' is also 'fala numa',"
                " 'parla di' also 'parla del'); none where the language writes no such forms",
            ),
            "rival_markers": _k(
                L,
                "words of contrast ('by contrast', 'invece', 'en revanche') by which an article"
                " sets a second source's figure against the one before it: two rival counts,"
                " not two stages of one",
            ),
            "comparison_markers": _k(
                L,
                "comparatives that end in an article ('more than the', 'plus que les') and"
                " words of 'versus' ('against', 'contre') by which an article compares a figure"
                " with another source's figure of the same quantity: two rival readings",
            ),
            "adverbial_openers": _k(
                L,
                "prepositions, object articles or adverbs that open a phrase before a"
                " verb-second verb that is not its subject ('In', 'Für', 'Den', 'Zo')",
            ),
            "back_references": _k(L, "sentence openers that credit the figures before ('Об этом')"),
            "origin_cues": _k(
                L,
                "cues after a back-reference that name where the figures just told come from"
                " ('blijkt uit', 'ressort du'); read as prefix cues too",
            ),
            "passive_auxiliaries": _k(
                L, "auxiliaries of the passive: the words before 'were recorded' are no source"
            ),
            "perfect_auxiliaries": _k(
                L, "auxiliaries of compound tenses that end the subject ('hat … gemeldet')"
            ),
            "predicate_openers": _k(
                L,
                "auxiliaries and clitics that open a verb phrase right after its subject"
                " ('Il sindaco | ha visitato la zona e ha detto', 'Le maire | s'est rendu"
                " sur place et a indiqué'): the subject a coordinated reporting verb shares",
            ),
            "relatives": _k(
                L, "relative pronouns after a prefix cue that stand for the source before"
            ),
            "noun_after": _k(L, "words after a one-word cue that make it a noun ('estimates of')"),
            "back_adverbs": _k(
                L, "words that say a sentence's figures are the last source's ('Demnach')"
            ),
            "amount_nouns": _k(
                L,
                "nouns of an amount a verb of putting a figure takes as its object, "
                "put first ('Die Einsparungen beziffert der Konzern auf …')",
            ),
            "measure_nouns": _k(
                L,
                "measures a figure is given as ('una media', 'Daily average', "
                "'Durchschnitt'): a phrase they head is no source",
            ),
            "aspect_verbs": _k(
                L,
                "aspectual or modal verbs with their linker ('continues to', 'continuă să',"
                " 'hält daran fest'): with at most one word and a [denials] complementizer"
                " after them ('continues to claim that') they are a verb of stance",
            ),
            "value_prepositions": _k(
                L,
                "prepositions by which a verb of putting a figure takes it ('puts it | at |"
                " 40 million', 'la calcula | en | 2,1 milions'): the phrase right before one"
                " and the figure is the verb's object, not its subject",
            ),
            "verb_first": _k(B, "the source follows its reporting verb (Arabic 'قال X إن …')"),
            "determiners": _k(L, "articles and demonstratives kept before a source ('the')"),
            "indefinites": _k(
                L, "indefinite articles: 'a report' names a new source, not one named before"
            ),
            "postpositions": _k(
                L, "reporting cues written after their source ('den Behörden zufolge')"
            ),
            "genitive_articles": _k(
                L, "articles that join a genitive to the noun before it ('Zählung der Behörden')"
            ),
            "time_prepositions": _k(
                L, "words that open a time phrase, ending a source ('X | after the floods')"
            ),
            "demonstratives": _k(
                L, "determiners that point back: 'this UN agency' is the agency named before"
            ),
            "span_trim": _k(L, "words trimmed off a source's edges ('earlier', 'has', 'on')"),
            "role_nouns": _k(L, "nouns that name a source ('ministry', 'rescuers')"),
            "name_kinds": _k(
                L,
                "kinds of a body that stand before its own name ('association', 'company',"
                " 'operator'): 'the association Clean Air' is the story's 'Clean Air'",
            ),
            "back_nouns": _k(L, "nouns that point back to the last source ('the report')"),
            "same_source": _k(
                L,
                "phrases that mean the source credited last, whoever it was ('the same"
                " source', 'la même source'), a role noun named with no name too",
            ),
            "alias_cues": _k(
                L, "words that open an apposition giving the source's other name ('known as')"
            ),
            "earlier_words": _k(
                L,
                "words beside a pointer noun that make it another, earlier count, not the"
                " last source's ('earlier reports', 'les bilans précédents'); 'stem*' for"
                " inflected forms",
            ),
            "verb_objects": _k(
                L,
                "object pronouns glued to a reporting verb or standing after it that take up"
                " a relative 'what' ('حسب ما ذكره', 'وفق ما أفاد به'): verb and pronoun are"
                " no part of the source",
            ),
            "told_verbs": _k(
                L,
                "verb cues whose next words name whom it was told to ('told', 'dijo a'):"
                " 'officials told Reuters' credits the officials, not Reuters",
            ),
            "told_subject_after": _k(
                B,
                "the speaker may follow the addressee of a told verb, opening with an"
                " article ('dijo a EFE el portavoz')",
            ),
            "contact_relatives": _k(
                B,
                "a relative clause may open with no pronoun, its subject right after the"
                " figure's noun ('the 1,450 job cuts | the company | announced')",
            ),
            "finite_verbs": _k(
                L,
                "finite auxiliaries, copulas and modals, as written ('son', 'sont', 'sono',"
                " 'devrait', 'podría'): a source named after its verb ends before one ('que"
                " reconoce el Ministerio | son civiles', 'confirmé par la préfecture et |"
                " devrait')",
            ),
            "report_titles": _k(
                B,
                "a capitalised pointer noun with capitalised words after it is a report's"
                " title ('el Informe de Diagnóstico'), meant by that noun later ('el"
                " informe'); off where every noun is capitalised",
            ),
            "official_words": _k(
                L,
                "words that make a pointer noun a count of its own, no earlier source's"
                " ('the official toll')",
            ),
            "possessives": _k(
                L, "possessive words: a one-word verb cue after one is a noun ('zijn bericht')"
            ),
            "data_nouns": _k(
                L,
                "nouns of a body's figures: a source that opens with one and names its"
                " author after it is that author ('dados da Defesa Civil' -> 'Defesa Civil')",
            ),
            "label_topics": _k(
                L,
                "nouns of an event or issue: a headline label whose last word is one and"
                " whose role noun only qualifies it is the story's topic, no source"
                " ('Kherson council race:'; 'Kherson police command:' still speaks)",
            ),
            "possessive_marks": _k(
                L,
                "marks of a possessor glued to its noun: the owner of a count is its"
                " source ('by the ministry's count')",
            ),
            "owned_figures": _k(
                L,
                "nouns of an estimate, with their 'own' forms: the owner beside one is the"
                " source of the figure it brings in ('the company's own figure of about 180"
                " million', 'le chiffre du ministère, environ 2 000')",
            ),
            "pronoun_owned_figures": _k(
                L,
                "a cue with a possessive pronoun before an estimate noun ('by its own count',"
                " 'selon sa propre estimation'): it names no one; the body that opens its"
                " sentence before it, else the sentence before, is the source",
            ),
            "owner_links": _k(
                L,
                "prepositions joining an estimate noun to its owner after it, and the phrase"
                " to its figure ('of', 'du', 'von'); a genitive language needs none",
            ),
            "owner_genitive_endings": _k(
                L,
                "endings of a genitive noun that owns the estimate noun before it with no"
                " owner_links word, in a language that has such links too ('estimarea"
                " băncii'); the owner must name a body",
            ),
            "press_nouns": _k(
                L, "nouns for the press's people ('journalists'): the outlet named nearest"
            ),
            "group_nouns": _k(
                L,
                "nouns of an unnamed group or estimate that, beside a state's adjective, stand"
                " for that state's body named elsewhere ('the British analysts')",
            ),
            "unnamed_sources": _k(
                L, "words of an unnamed origin ('sources', 'a person familiar'): its relay credited"
            ),
            "hearsay": _k(
                L,
                "words before a figure that make it hearsay ('rumours of', 'rumores de',"
                " 'Gerüchte über', 'слухи о'): the source of the sentences before does not"
                " go on to it",
            ),
            "future_markers": _k(
                L,
                "words that make a statement look ahead ('would', 'will', 'werde', 'va a'):"
                " a speaker's promise with no figure does not credit the figures after it",
            ),
            "unnamed_reports": _k(
                L,
                "impersonal reports before a figure ('it also emerged that', 'werd bekend',"
                " 'se supo que', 'on a appris'): someone not named made it known, so the"
                " source of the sentences before does not go on to it",
            ),
            "background_openers": _k(
                L,
                "words that open, after a comma, a clause of the reporter's own background"
                " after a speaker set after its words ('…, the authorities said, as the toll"
                " rose to 205', 'cuando', 'quando'): that speaker is not its figure's source",
            ),
            "background_not": _k(
                L,
                "phrases that open with a background_openers word but open no clause ('as"
                " well as', 'as many as')",
            ),
            "future_endings": _k(
                L,
                "endings of a future or conditional verb, matched on lower-case words as"
                " written ('ará', 'irait', 'erà'): as future_markers",
            ),
            "future_not": _k(
                L,
                "words that end as future_endings do but are no future verb (pt 'verão'"
                " summer, fr 'caldera', 'chavira' capsized), and phrases that open with a"
                " future_markers word but say no future (a verb of going that goes somewhere"
                " or fares: fr 'va mieux', es 'va a la', pt 'vai bem'): they look nowhere ahead",
            ),
            "wires": _k(L, "wire agencies an article may be credited to ('AFP', 'Reuters')"),
        },
        subsections={
            "sources": Section(
                "A source's spellings, under one language-neutral key (Claim.source_id).",
                free=_PHRASES,
                free_name="source",
            ),
        },
    ),
    "dates": Section(
        "Month, weekday and season names, and how dates are written.",
        {
            "months": _k(
                IM,
                "month names and numbers: the first spelling of a month is its name, and a"
                " shorter spelling another starts with is an abbreviation (not a case of the"
                " name: 'феврале')",
            ),
            "weekdays": _k(IM, "weekday names and ISO numbers (Monday = 1)"),
            "seasons": _k(SM, "season names and their keys"),
            "frames": _k(SM, "part-of-period words ('early', 'end of') and their keys"),
            "relative": _k(SM, "relative dates ('yesterday') and their offsets"),
            "year_words": _k(L, "'year' words"),
            "year_prepositions": _k(L, "prepositions before a bare year ('in')"),
            "level_prepositions": _k(
                L,
                "words for 'to' before the level a toll reached: a year-shaped figure after one"
                " is a count ('the death toll rose to 2012')",
            ),
            "until_year_needs_word": _k(
                B,
                "a year after an 'up to'/'until' word is read as a date only with a year word "
                "after it ('до 2027 года'); a bare 'до 2000.' stays a count",
            ),
            "links": _k(L, "words between day and month ('of')"),
            "ambiguous_months": _k(L, "month names that are also common words ('may')"),
            "month_cues": _k(L, "words that make an ambiguous month a month"),
            "month_false_after": _k(L, "words after which a month name is not a month"),
            "season_prepositions": _k(L, "prepositions before a season"),
            "weekday_false_before": _k(L, "words before which a weekday is not a date"),
            "weekday_false_after": _k(L, "words after which a weekday is not a date"),
            "weekday_nouns": _k(
                L, "weekday names that after a number are a plural noun ('22 luni' = 22 months)"
            ),
            "day_words": _k(
                L,
                "the word for 'day' that opens a date before a weekday's name or a relative "
                "day ('يوم الأربعاء': on Wednesday): after a figure it is no unit",
            ),
            "weekday_tense": _k(
                SM, "words right before or after a weekday: 'past' ('last') or 'next' ('next')"
            ),
            "short_weekdays": _k(
                IM,
                "weekdays said short that are ordinals too ('na sexta' / 'na sexta posição'), "
                "ISO numbers: a day only right after one of short_weekday_cues and before no "
                "word but a tense word, a part of the day or one of short_weekday_followers",
            ),
            "short_weekday_cues": _k(
                L, "words right before a short weekday that may make it a day"
            ),
            "short_weekday_followers": _k(
                L, "words that may follow a short weekday that is a day ('na sexta à noite')"
            ),
            "spans": _k(P, "span openers and closers ('from', 'to')"),
            "span_infix": _k(L, "marks between two dates of a span"),
            "day_parts": _k(
                SM,
                "words that state the part of the day a figure holds at ('this morning', 'in"
                " the evening') and the part: morning, midday, afternoon, evening or night"
                " (judge/_clock.py orders one day's figures by them)",
            ),
            "clock_words": _k(L, "clock-time words ('o'clock')"),
            "clock_after": _k(L, "words after a clock time"),
            "clock_prepositions": _k(
                L,
                "prepositions that make a figure up to 24 a clock time only before a clock_hours"
                " word ('samedi à 22 heures'; 'de 10 à 20 morts' stays a count)",
            ),
            "clock_hours": _k(L, "hour nouns after a clock_prepositions time ('heures', 'h')"),
            "clock_pm": _k(
                L,
                "words right after an hour (or its clock_after or clock_hours word) that put it"
                " after noon ('6 p.m.', '7 heures du soir'): an hour from 1 to 11 before one is"
                " 12 hours later (judge/_clock.py)",
            ),
            "clock_hour_words": _k(
                IM,
                "hours written as words after a clock_words word, and the"
                " hour (1 to 12) each names ('الساعة السابعة'); hours written as cardinal number"
                " words are read from [numbers.words] (judge/_clock.py)",
            ),
            "day_first": _k(B, "numeric dates put the day first"),
            "month_day_first": _k(B, "month names come before the day"),
            "names_lowercase": _k(B, "month names are written in lower case"),
            "bare_years": _k(B, "a bare year may date an event"),
        },
    ),
    "events": Section(
        "Event words that dates and figures are about.", free=_PHRASES, free_name="event"
    ),
    "event_links": Section(
        "How a date attaches to its event.",
        {
            "during": _k(L, "'during X' hands the date on"),
            "purpose": _k(L, "purpose clauses"),
            "clause": _k(L, "clause boundaries"),
        },
    ),
    "entities": Section("Named entities and their aliases.", free=_PHRASES, free_name="entity"),
    "syntax": Section(
        "Odds and ends of syntax.",
        {
            "capitalised_names": _k(B, "proper names are capitalised"),
            "capitalised_nouns": _k(
                B, "every noun is capitalised: a small one is a verb or attribute"
            ),
            "change_followers": _k(L, "words after a change verb"),
            "change_prepositions": _k(L, "'by' in 'rose by 5%'"),
            "level_verbs": _k(L, "verbs after which an 'up to' word means 'to' ('выросло до 300')"),
            "level_scopes": _k(
                L,
                "words between a level verb and its 'up to' word that make the figure a bound of"
                " the verb's object or of some places ('widened to cover up to 30,000', 'rose in"
                " some areas up to 45 cm'): at most, not the level reached",
            ),
            "period_comparisons": _k(
                L,
                "comparison words right before a season phrase ([scope] past_period,"
                " period_total) after its figure ('the worst fire since last summer', 'more"
                " than last winter'): the phrase is a comparison's term, the figure no total of"
                " that period",
            ),
            "period_comparison_links": _k(
                L,
                "words that link a comparison's term only after a comparative ('que', 'che'; also"
                " relative pronouns): right before a season phrase after its figure they make it"
                " a comparison's term only when a period_comparatives word stands between the"
                " figure and them ('230 personas más que el invierno pasado', not 'Son 230 las"
                " personas que esta temporada ...')",
            ),
            "period_comparatives": _k(
                L,
                "comparatives ('más', 'plus', 'più', 'mais', 'menos') that a"
                " period_comparison_links word needs before it",
            ),
            "held_or_stuck": _k(
                L,
                "[casualties] trapped predicates that also mean 'still held in custody'"
                " ('continuam presos', 'zitten nog vast'): custody (prisoners) when the clause"
                " holds a custody_words word, else the trapped",
            ),
            "custody_words": _k(
                L,
                "nouns of people held and words of custody, arrest or crime ('suspects',"
                " 'detainees', 'custody', 'arrest') that make a held_or_stuck predicate in their"
                " clause custody ('Doze suspeitos continuam presos'; 'Dois mineiros continuam"
                " presos' are trapped)",
            ),
            "predicate_reach": _k(
                Kind.INT,
                "how far (characters) after a head count its status predicate may end; languages"
                " that close a clause with the participle need more ('Menschen wurden am Mittwoch"
                " aus Dörfern nördlich von Athen in Sicherheit gebracht'); default 60",
            ),
            "level_bounds": _k(
                L,
                "bound words of place ('above', 'past'): after a verb of change they name the new "
                "level, not the amount ('the toll rose above 11,000': over 11,000, no rise)",
            ),
            "not_numbers": _k(L, "words that look like numbers but are not"),
            "denominators": _k(
                L,
                "words before a figure that make it the whole a share is taken from ('out of "
                "1,400 residents'): it counts its own noun, never a status of the clause",
            ),
            "holding_verbs": _k(
                L,
                "verbs by which a clause says whose the people counted after them are ('the "
                "town has 3,000 people', 'la ville compte'): the noun that names no group "
                "('people') then counts its holder's own, no other source's reading of a group",
            ),
            "proclitics": _k(
                L,
                "letters glued before a word (Arabic 'و', 'ب', 'ال'): phrases match after them",
            ),
            "street_words": _k(L, "street words (a figure after one is an address)"),
            "object_gap_openers": _k(
                L,
                "prepositions that open a phrase of place or time a [counted_before] verb may"
                " have between it and the figure it counts ('сняли со льдины 19 рыбаков',"
                " 'zatrzymała w nocy 40 osób'); a day's name opens one too ('au reținut marți"
                " 11 persoane'); at most three words, none a figure, and the last no"
                " preposition ('injured in clashes with 5 officers' counts no injured)",
            ),
            "numbered_nouns": _k(
                L,
                "nouns a number labels ('building 7', 'din blocul 12', 'aus Haus 4'): a figure"
                " right after one is its number, never the object of a verb across it"
                " ('evacuated from building 7' counts no one)",
            ),
            "care_verbs": _k(
                L,
                "verbs of turning to someone ('звернулися', 'zgłosiło się', 'acudieron') that"
                " count the treated when a [frames] hospital_words word stands in their clause"
                " right before them or between them and the figure ('до лікарень міста"
                " звернулися 250 людей'); alone they count nothing",
            ),
            "killed_particles": _k(
                L,
                "the particle of a split verb of dying that closes a head count's clause: the "
                "count is of the killed (Dutch 'kwamen 62 mensen om', omkomen)",
            ),
            "killed_particle_verbs": _k(
                L,
                "the verbs whose particle a killed_particles word is, one of which must stand"
                " before it in its sentence (Dutch 'kwamen'; 'keerden 200 mensen om' counts"
                " no dead)",
            ),
        },
    ),
    "topics": Section("Topics that dates and quotes are about.", free=_PHRASES, free_name="topic"),
    "shares": Section(
        "What a share (a percent) is of, named right beside it: turnout, the vote, the case "
        "fatality rate. Two shares of one key are one quantity (align/_quantity.py): "
        "'la prezența de 26,8%' and 'явка составила 41,3%' are turnout at two hours.",
        free=_PHRASES,
        free_name="share",
    ),
    "sums": Section(
        "What a sum of money is, named right beside it: the damage or loss an event or a "
        "crime caused, a fine, an aid or subsidy. Two sums of the key 'damage' are one "
        "quantity (align/_quantity.py): 'prejudiciul este estimat la 28 de milioane de euro' "
        "and 'la Fiscalía cifra en 31 millones de euros el perjuicio'. The other keys only "
        "claim their own figures, so that a damage word beside a fine names no fine.",
        free=_PHRASES,
        free_name="sum",
    ),
    "story_kinds": Section(
        "What kind of event a headline tells (weather, earthquake, fire, crash, explosion, "
        "epidemic, poisoning, war, protest): two articles whose headlines tell kinds that "
        "share nothing are never one story.",
        free=_PHRASES,
        free_name="kind",
    ),
    "source_kinds": Section(
        "What kind of body a credited source names (government, rights, medical, opposition; "
        "concepts.toml [source_kinds] keys the bodies the attribution data names). Two "
        "figures of one day credited to bodies of two kinds are rival counts, not one count "
        "updated within the day (judge/_findings.py): a rights group's 'more than 1,100' "
        "detained against the security ministry's 650. The list 'former' ('former', "
        "'ancien', 'ehemalige*') says the body is no longer the source's: 'a former "
        "minister' names no kind.",
        free=_PHRASES,
        free_name="kind",
    ),
    "bodies": Section(
        "A body's name as the set of institutional concepts its words name (claims/_bodies.py): "
        "two names in one story with one concept set (and one place, if they name one) are "
        "one source, 'Fondul de Garantare a Depozitelor' and 'Фонд гарантування депозитів' "
        "alike. Keys are language-neutral concepts, the same in every file ('a+b' for a word "
        "that names two: 'Bundesstaatsanwaltschaft'); a word ending in '*' is a stem. A name "
        "with a word none of these, no place nor an acronym keeps its own key.",
        {
            "links": _k(L, "words that join a name's parts ('of', 'de la'): no concept"),
            "speakers": _k(
                L,
                "the roles of a person who speaks for a body ('director', 'spokesman'): "
                "dropped from the name, the body is the source",
            ),
        },
        free=_PHRASES,
        free_name="concept",
    ),
    "frames": Section(
        "What a figure is about: its status, rate, place and time words (claims frame fields).",
        {
            "status": _k(
                LM, "status words by status: confirmed, estimated, projected, planned, suspected"
            ),
            "rate": _k(LM, "per-period words by period: day, week, month, year"),
            "not_rate_after": _k(L, "words after a per-period word that make it a date ('ago')"),
            "not_rate_before": _k(
                L,
                "words right before a per-period word that make it the time a count took to "
                "build up, not a rate ('in' of 'in a week')",
            ),
            "subjects": _k(LM, "groups a figure counts: civilians, soldiers, children"),
            "place_prepositions": _k(L, "words before a place the figure holds in ('in')"),
            "place_only": _k(L, "words after a place that single it out ('alone')"),
            "place_most": _k(
                L, "words before a place that make its figure a part ('most of the victims')"
            ),
            "place_highlight": _k(
                L,
                "words before a place that single out a part of the place named just before "
                "('eastern Libya, especially Derna'): the figure is the wider place's",
            ),
            "place_where": _k(
                L,
                "relative words of place ('where') that open a clause about the place before "
                "them: a highlighted place they follow keeps its figure",
            ),
            "plural_endings": _k(
                L,
                "endings of a plural noun ('s'): a bare figure followed by an unknown word with "
                "one counts that noun, not the toll before it ('104 ambulances')",
            ),
            "sum_nouns": _k(
                L,
                "phrases right after a bare figure that make it a sum given or lost ('65,000 in"
                " aid', 'en ayudas'): it takes no count's unit from the figures before it",
            ),
            "comparison_words": _k(
                L,
                "words of comparison ('as', 'like', 'comme', 'wie') that, right after a figure,"
                " open a clause of their own: the noun after them ('48,000 as the police"
                " claim') is not what the figure counts",
            ),
            "place_with": _k(
                L, "words between a place and the figure it is given with ('Taroudant, with 321')"
            ),
            "near_words": _k(
                L,
                "adjectives of nearness between a place preposition and a name ('in nearby"
                " Sparta', 'nella vicina Sparta'): the name is the place",
            ),
            "kind_adjectives": _k(
                L,
                "adjectives right after a place kind in a script without capitals"
                " ('المنطقة نفسها'): no name of a place",
            ),
            "kind_adjective_forms": _k(
                L,
                "forms 'prefix…ending' of adjectives right after a place kind in a script"
                " without capitals ('ال…ية': 'المنطقة الشمالية'): no name of a place",
            ),
            "place_joiners": _k(
                L,
                "words and marks that list places ('and', ','): a country named bare right after "
                "a place and one of these is one more place ('in Turkey and Syria')",
            ),
            "place_kinds": _k(LM, "words naming a place's kind: province, region, city"),
            "compass": _k(LM, "part-of-place words by compass key ('eastern')"),
            "area_events": _k(
                LM,
                "verbs by event concept that name the event only of an area they take"
                " ('ravaged 12,000 hectares': burned; 'ravaged 300 homes' may be any disaster)",
            ),
            "area_states": _k(
                LM,
                "participles and verbs by state that say what befell an area, in any story"
                " ('18,500 hectares infested': affected; 'sprayed 9,400 hectares': treated):"
                " an area's figures of two states are two quantities",
            ),
            "lost_as": _k(
                LM,
                "status words by unit concept that say in which state a side lost its men,"
                " before the verb ('вбитими Росія втратила 350 000': killed)",
            ),
            "nationwide": _k(L, "words for the whole country ('nationwide')"),
            "relative_pronouns": _k(
                L,
                "pronouns opening a relative clause after a head count (', die …'): the one"
                " status it names is what the figure counts",
            ),
            "own_losses": _k(
                L,
                "phrases for a side's own losses ('its own losses', 'власні втрати'): the"
                " figures after them are the side named just before",
            ),
            "country_nouns": _k(
                L,
                "nouns for the article's own country after a compass word ('the east of"
                " the country', 'l'est du pays')",
            ),
            "same_place": _k(
                L,
                "words of 'the same' before a place noun ('el mismo municipio', 'la même"
                " commune'): the place named before the figure, never a place of its own",
            ),
            "capital_nouns": _k(
                L,
                "nouns for a capital ('the capital', 'la capitale', 'столице'): the article's own"
                " country's capital when the sentence names no other place",
            ),
            "elsewhere": _k(
                L, "words after a figure that put it outside the places named before ('elsewhere')"
            ),
            "another": _k(
                L,
                "words that name another one of a thing than the story's ('another boat', 'une"
                " autre embarcation', 'ein zweites Boot'): a head count of one moment after"
                " them in its sentence is that other one's (concepts.toml [moment_events])",
            ),
            "there": _k(L, "locative pro-forms that point back to a place named before ('daar')"),
            "local_heads": _k(
                L,
                "titles of a place's local head before its name ('mayor of'): a figure"
                " credited to one that names no place is that place's",
            ),
            "city_pointers": _k(
                L,
                "phrases that stand for the city named before ('in the city', 'en la ciudad');"
                " a name right after makes them a kind word",
            ),
            "that_day": _k(
                L,
                "phrases that point back to a day named before ('that day', 'tego dnia', 'ce "
                "jour-là'): the figure after them holds on that day",
            ),
            "baseline": _k(
                L,
                "words that set a figure or a day against the one reported ('up from', 'contra',"
                " 'rispetto a', 'than'): a day right after them, or after the figure they bring"
                " in, dates that compared reading, not the figure before them",
            ),
            "shocks": _k(
                LM,
                "earthquake nouns by kind: aftershock ('aftershock', 'réplica'), main (any other"
                " shock noun: 'earthquake', 'secousse') and time (words that make a main-shock noun"
                " after them a time reference: 'after', 'después de'); a fixed figure (a magnitude)"
                " whose nearest shock noun is an aftershock noun is an aftershock's",
            ),
            "for_side": _k(
                L,
                "prepositions of 'for' before a side ('Für die Ukraine nannten diese 70 000"
                " Tote'): the figures are about that side, though a verb follows it (V2)",
            ),
            "whose_after": _k(
                L, "words after which a bare country is whose figure, not where ('cost Russia')"
            ),
            "place_endings": _k(P, "case endings of place names: [ending, replacement]"),
            "since": _k(L, "words that open the start of a running total ('since')"),
            "since_clause": _k(
                L,
                "conjunctions that open a clause of the event a running total starts at"
                " ('since a ransomware attack crippled …', 'desde que'): a day in the clause"
                " dates that event, not the total",
            ),
            "as_of": _k(L, "words that date when a figure holds ('as of', 'by')"),
            "guess_places": _k(
                B, "an unknown capitalised word after a place preposition is a place"
            ),
            "nouns_capitalised": _k(
                B,
                "every noun is written with a capital (German): a lower-case word after a figure"
                " is no noun of its own ('150 teilweise')",
            ),
            "adjectives_after": _k(
                B,
                "adjectives follow their noun (the Romance languages, Arabic): a word for a"
                " country's people right after a figure, a noun link or an article is the"
                " noun it counts ('84.000 rumanos viven', 'sono 55.000 i sudanesi arrivati')",
            ),
            "not_places": _k(
                L,
                "capitalised nouns of bodies a place preposition may bring in ('in Parlamento',"
                " 'au Parlement'): never guessed as an unknown place",
            ),
            "attack_nouns": _k(
                L,
                "nouns of an attack ('strike', 'Raketenangriff', 'ضربة'): a demonym or country"
                " beside one names the attacker, not whose dead a figure counts",
            ),
            "men": _k(
                L,
                "nouns of men as a group of people ('men', 'uomini', 'hombres'): joined in a list"
                " to women or children they break a count down by sex, and are no troops",
            ),
            "exchange": _k(
                L,
                "words of a swap ('in exchange for', 'مقابل'): a demonym or country on one side"
                " of one is not the subject of a figure on the other",
            ),
            "fires": _k(
                L,
                "words naming a fire ('blaze', 'incendio'): an area figure whose sentence or"
                " headline names one reads a [frames.area_events] verb",
            ),
            "illnesses": _k(
                L,
                "words naming an illness ('cholera', 'الكوليرا'): an injured count right before"
                " one counts cases of it ('2729 إصابة بالكوليرا')",
            ),
            "fire_seats": _k(
                L,
                "bare words of a seat or focus ('focare', 'ognisk', 'очагов', 'focos'): in an"
                " article of a fire and of no disease, a count of them counts fires",
            ),
            "hospital_words": _k(
                L,
                "words of being in hospital ('hospitalised', 'ricoverati', 'госпитализированы'):"
                " an injured count of an illness told by one counts the hospitalised, not cases",
            ),
        },
    ),
}

_KINDS: Mapping[Kind, tuple[type, ...]] = {
    Kind.STR: (str,),
    Kind.BOOL: (bool,),
}


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _wildcard_error(phrases: Any) -> str | None:
    """Why a list of phrases has a "*" the phrase matcher would take literally.

    A "*" stands for the rest of a phrase's last word ("inundați*"); inside a
    phrase ("прекращени* огня") it would be matched as a star and the phrase
    never found, so each form is written out ("прекращение огня", …).
    """
    for phrase in phrases:
        if isinstance(phrase, str) and "*" in phrase.rstrip("*"):
            return f"a '*' may only end a phrase, found {phrase!r} (write out each form)"
    return None


def _type_error(kind: Kind, value: Any) -> str | None:
    """Why ``value`` is not of ``kind`` (None when it is)."""
    problem = _shape_error(kind, value)
    if problem is None and kind == Kind.STRS:
        return _wildcard_error(value)
    if problem is None and kind == Kind.STRS_MAP:
        return next(filter(None, map(_wildcard_error, value.values())), None)
    return problem


def _shape_error(kind: Kind, value: Any) -> str | None:
    """Why ``value`` does not have the shape of ``kind`` (None when it does)."""
    if kind == Kind.INT:
        return None if _is_int(value) else f"expected an {kind}"
    if kind in _KINDS:
        return None if isinstance(value, _KINDS[kind]) else f"expected a {kind}"
    if kind in (Kind.STRS, Kind.INTS, Kind.PAIRS):
        if not isinstance(value, list):
            return f"expected a {kind}"
        want: Any = {Kind.STRS: str, Kind.INTS: int}.get(kind)
        for item in value:
            if kind == Kind.PAIRS:
                if not (isinstance(item, list) and len(item) == 2):
                    return f"expected a {kind}"
                if not all(isinstance(x, str) for x in item):
                    return f"expected a {kind}"
            elif not isinstance(item, want) or (isinstance(item, bool) and want is int):
                return f"expected a {kind}, found {item!r}"
        return None
    if not isinstance(value, Mapping):
        return f"expected a {kind}"
    for k, v in value.items():
        ok = {
            Kind.INT_MAP: isinstance(v, int) and not isinstance(v, bool),
            Kind.NUMBER_MAP: isinstance(v, int | float) and not isinstance(v, bool),
            Kind.STR_MAP: isinstance(v, str),
            Kind.STRS_MAP: isinstance(v, list) and all(isinstance(x, str) for x in v),
        }.get(kind, True)
        if not ok:
            return f"expected a {kind}, found {k!r} = {v!r}"
    return None


def _fail(code: str, where: str, message: str) -> LanguageDataError:
    return LanguageDataError(
        f"{where}: {message}", path=f"{code}.toml", reason=ErrorReason.LANGUAGE_DATA
    )


def _unknown(code: str, where: str, key: str, known: list[str]) -> LanguageDataError:
    near = difflib.get_close_matches(key, known, n=1)
    hint = f" (did you mean {near[0]!r}?)" if near else ""
    return _fail(code, where, f"unknown key {key!r}{hint}")


def _check_section(code: str, where: str, section: Section, node: Any) -> None:
    if not isinstance(node, Mapping):
        raise _fail(code, where, "expected a table")
    for key, value in node.items():
        path = f"{where}.{key}"
        if key in section.subsections:
            _check_section(code, f"[{path.strip('[]')}]", section.subsections[key], value)
            continue
        spec = section.keys.get(key) or section.free
        if spec is None:
            raise _unknown(code, where, key, [*section.keys, *section.subsections])
        if problem := _type_error(spec.kind, value):
            raise _fail(code, path, problem)


def validate(code: str, raw: Mapping[str, Any]) -> None:
    """Raise :class:`LanguageDataError` when ``raw`` does not follow the schema."""
    sections = SCHEMA
    for key, value in raw.items():
        if key in TOP_KEYS:
            if problem := _type_error(TOP_KEYS[key].kind, value):
                raise _fail(code, key, problem)
        elif key in sections:
            _check_section(code, f"[{key}]", sections[key], value)
        else:
            raise _unknown(code, "top level", key, [*TOP_KEYS, *sections])
    if "numbers" not in raw:
        raise _fail(code, "top level", "the [numbers] section is required")


def to_markdown() -> str:
    """The schema as a Markdown reference (``docs/language-data.md``)."""
    lines = [
        "# Language data files",
        "",
        "<!-- generated by `python -m crosscheck.lang._schema`; edit the schema, not this file -->",
        "",
        "One TOML file per language in `src/crosscheck/lang/<code>.toml`. Matching is",
        "done on folded text (lower case, no diacritics), so words are written as the",
        "language writes them. A phrase ending in `*` matches any ending of its last",
        "word (`inundați*`); a `*` anywhere else is an error, so each form of an inner",
        "word is written out (`прекращение огня`, `прекращения огня`). An unknown",
        "section or key is an error that names the file and the key. Top-level keys:",
        "",
    ]
    lines += [f"- `{k}` ({v.kind}): {v.doc}" for k, v in TOP_KEYS.items()]

    def emit(name: str, section: Section) -> None:
        lines.extend(["", f"## `[{name}]`", "", section.doc, ""])
        lines.extend(f"- `{k}` ({v.kind}): {v.doc}" for k, v in section.keys.items())
        if section.free is not None:
            lines.append(f"- any `{section.free_name}` ({section.free.kind})")
        for sub, subsection in section.subsections.items():
            emit(f"{name}.{sub}", subsection)

    for name, section in SCHEMA.items():
        emit(name, section)
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(to_markdown(), end="")
