"""Stories: articles about one news event, clustered before any claim is compared.

A mixed feed carries several stories at once (a flood in Libya, an
earthquake in Morocco, a war's losses); a killed figure of one must never be
compared with a killed figure of another. The input may name the story
(``Article.story``): that wins. The other articles are clustered on what
sets a story apart:

* named entities, normalised across languages by the language files
  (``[entities]``: "Libya", "Libye", "Libia" are one key),
* capitalised names inside sentences (places, people, organisations), folded,
* the figures the article states (a "3,958" or "11,300" is shared across
  languages and scripts),

each weighted by how few articles share it (one shared figure does not
join two articles that each name their own story: two reports of two towns
may share a "454" by chance, and a rare feature weighs most) (a feature of two articles says
more than one of every article; a feature of one article says nothing and is
dropped), then compared by cosine similarity, damped by the gap between
publication dates. Average-linkage clustering joins two clusters while the
mean similarity of their members is at least :data:`STORY_SIMILARITY_MIN`:
unlike single linkage, one article that mentions two events (a flood report
recalling last week's earthquake) cannot chain two stories together. One
pass then moves each article to the cluster it resembles most on average.

An article that shares nothing with any other stays a story of its own
(compared with nothing: better a missed comparison than a figure of one
event set against another's). Only when no two articles of the batch share
anything at all is the batch one story: with no evidence of two stories
there is no reason to keep them apart (a batch of two short snippets).

The weights depend only on the articles that share a feature, never on the
size of the batch, so adding an unrelated story changes no other story.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from .._fold import fold
from ..claims import Claim
from ..claims._names import name_prepositions as _name_prepositions
from ..claims._names import own_words as _not_story_words
from ..extract._sentences import split_sentences
from ..ingest._article import Article
from ..lang import LanguageData, get_language
from ..lang._places import PLACE_JOIN, frame_words, name_key, place_data
from ._linkage import STORY_SIMILARITY_MIN as STORY_SIMILARITY_MIN  # re-exported
from ._linkage import SimilarPairs, average_linkage, reassign
from ._model import Story

# Publication dates this many days apart halve the similarity of two
# articles (a year apart: a third). Stories run for weeks or months (a
# war's losses for years), so the damping is gentle: it separates
# look-alike events years apart, not the updates of one story.
STORY_DATE_SCALE_DAYS = 365.0

# Articles published further apart than this are never one story, however
# alike (the same kind of disaster in another decade): five years, longer
# than the longest-running stories (a war's losses) run in the news.
STORY_MAX_GAP_DAYS = 5 * 365

# Shared figures that make two articles alike with no name, place or entity
# shared beside them, when each names its own story (see :func:`_similarities`):
# two stories of one kind may share a toll and a figure derived from it.
STORY_FIGURES_ALONE = 3

# Figures below this are too common across stories to tell them apart
# (ages, small counts, days of the month).
STORY_FIGURE_MIN = 100

# Weight of a capitalised word that articles of only one language share: it
# may be the language's, not the story's; a name that crosses languages
# ("Derna", "Haouz") keeps its full weight. In a language that capitalises
# every noun (German: "Menschen", "Bürgermeister"; ``[syntax]
# capitalised_names`` false) only a capitalised word right after a place
# preposition is taken for a name at all (see :func:`_names`): two German
# reports of two floods share dozens of capitalised nouns.
ONE_LANGUAGE_NAME = 0.25

# Letters of a capitalised word kept as its stem (a second feature).
NAME_STEM_LETTERS = 4

# How many label words a story shows.
STORY_LABEL_WORDS = 5

# The characters of an article's body (its headline and lead) read for the
# places it names: a story says where it happens first ("the province of
# Valencia, in Spain"), and the rest of the text need not be read again.
STORY_LEAD_CHARS = 800

_WORD = re.compile(r"[^\W\d_][^\W_]*")


def _dated(iso: str | None) -> dt.date | None:
    if not iso:
        return None
    parts = iso.split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 7
        day = int(parts[2][:2]) if len(parts) > 2 else 15
        return dt.date(year, month, day)
    except (ValueError, IndexError):
        return None


def _names(
    text: str, skip: frozenset[str] = frozenset(), after: frozenset[str] | None = None
) -> set[str]:
    """Folded capitalised words that are not the first word of a sentence (nor in ``skip``).

    ``after``: in a language that capitalises every noun, only the words right
    after one of these (its place prepositions: "in Kellbrunn", "bei Obersand";
    a common noun takes an article there: "in der Stadt") are names.
    """
    found: set[str] = set()
    for start, end in split_sentences(text):
        first = True
        previous = ""
        for m in _WORD.finditer(text, start, end):
            word = m.group()
            before, previous = previous, word
            if not first and word[0].isupper() and len(word) >= 3:
                folded = fold(word)
                first = False
                if folded in skip or (after is not None and fold(before) not in after):
                    continue
                found.add("n:" + folded)
                if len(folded) > NAME_STEM_LETTERS:
                    # Names inflect ("Vesna", "Vesnei") and differ by a
                    # letter across languages ("Libya", "Libia"): their
                    # first letters are shared.
                    found.add("n:" + folded[:NAME_STEM_LETTERS] + "-")
            first = False
    return found


def text_features(article: Article) -> frozenset[str]:
    """What an article's text says that may set its story apart: its names and entities.

    The costly part of an article's features (it reads the whole text), so
    ``report(..., workers=N)`` computes it in the worker that extracted the
    article's claims and hands it to :func:`cluster_stories`.
    """
    body = article.text[article.body_start :]
    lang: LanguageData | None = None
    if article.language:
        try:
            lang = get_language(article.language)
        except Exception:
            lang = None
    if lang is None:
        return frozenset(_names(body))
    after = None if lang.capitalised_names else _name_prepositions(lang.code)
    features = _names(body, _not_story_words(lang.code), after)
    folded = fold(body)
    features.update("e:" + m.label for m in lang.entities.find(body, folded))
    features.update("p:" + key for key in _lead_places(body, folded, lang.code, article.title))
    features.update(KIND + kind for kind in _headline_kinds(body, lang, article.title))
    return frozenset(features)


# The prefix of a headline's event kind among an article's features: not
# compared like the others (two floods are not one story for being floods),
# only set against another headline's kind (:func:`_similarities`).
KIND = "k:"


def _headline_kinds(body: str, lang: LanguageData, title: str | None = None) -> set[str]:
    """The kinds of event (``[story_kinds]``) the headline tells: "Floods in Spain" is weather.

    The headline only (the ``title``, else a short first line): the body
    may recall another event ("months after the earthquake").
    """
    heading = title or body[: _headline_end(body)]
    return {m.label for m in lang.story_kinds.find(heading, fold(heading))} if heading else set()


def _headline_end(body: str) -> int:
    """Where a body's first line ends when it is short enough to be its headline, else 0."""
    first = body.split("\n", 1)[0]
    return len(first) if "\n" in body and len(first) <= STORY_HEADLINE_CHARS else 0


def _lead_places(body: str, folded: str, code: str, title: str | None = None) -> set[str]:
    """The known places and peoples the headline and lead name, as place keys in every language.

    "la provincia di Valencia, in Spagna" and "la province de Valence" share
    ``valencia_province`` and ``spain`` where their words share nothing; a
    demonym ("ukrainische", "марокканские") names its country. A place counts
    when the headline names it (the ``title``, else a short first line), when
    it is the first place of the body, or when the lead names it twice: one
    named in passing ("MSF, which fought cholera in Peru before") would tie
    two stories together.
    """
    fw = frame_words(code)
    known = place_data().places
    lead, lead_folded = body[:STORY_LEAD_CHARS], folded[:STORY_LEAD_CHARS]
    heading = _headline_end(lead)
    counts: Counter[str] = Counter()
    headline: set[str] = set()
    texts = [(lead, lead_folded, 0)]
    if title:
        texts.append((title, fold(title), -1))
    for text, text_folded, offset in texts:
        for m in fw.places(text, text_folded):
            if m.label.startswith("demonym:"):
                key: str | None = m.label.split(":", 1)[1]
            else:
                keys = fw.keys.get(name_key(text[m.start : m.end]))
                key = keys[0] if keys and keys[0] in known else None
            if key is None:
                continue
            if offset < 0 or m.end <= heading:
                headline.add(key)
            else:
                if not counts:
                    headline.add(key)  # the first place of the body: where it happens
                counts[key] += 1
    return headline | {key for key, n in counts.items() if n >= 2}


# A first line this short is a headline.
STORY_HEADLINE_CHARS = 200


def _features(
    article: Article, claims: Sequence[Claim], text: frozenset[str] | None = None
) -> set[str]:
    """What an article says that may set its story apart (``text``: its :func:`text_features`)."""
    features = set(text_features(article) if text is None else text)
    for claim in claims:
        for entity in claim.entities:
            features.add("e:" + entity)
        if claim.place_id:
            # places covered together ("syria+turkey") are each member's
            features.update("p:" + key for key in claim.place_id.split(PLACE_JOIN))
        if claim.subject and claim.subject in place_data().places:
            # "Le Pérou a enregistré …": the country whose figure it is names the story
            # in every language, as its place would
            features.add("p:" + claim.subject)
        if claim.kind == "quantity":
            for value in (claim.low, claim.high):
                if value is not None and abs(value) >= STORY_FIGURE_MIN:
                    features.add(f"#{value:g}")
    return features


def _weight(df: int) -> float:
    return 1.0 / math.log2(1 + df)


def _similarities(
    features: Mapping[str, set[str]],
    dates: Mapping[str, dt.date | None],
    languages: Mapping[str, str | None],
) -> SimilarPairs:
    """The similar pairs of the articles (cosine of their weighted features, date-damped).

    Built one article's row at a time (its pairs with the later articles),
    so no map of every pair is ever held: the rows go into
    :class:`SimilarPairs`' arrays. An article's features are read in
    sorted order, so each pair's sum is taken in one order whatever the
    interpreter's string hashing.
    """
    df: Counter[str] = Counter(f for fs in features.values() for f in fs)
    langs: dict[str, set[str | None]] = defaultdict(set)
    for art, fs in features.items():
        for f in fs:
            langs[f].add(languages.get(art))
    ids = sorted(features)
    # Per feature, the articles that hold it (in id order) and its weight in each.
    holders: dict[str, tuple[list[int], list[float]]] = {}
    # Per article, its features: (feature, weight, its place among the feature's holders).
    vectors: list[list[tuple[str, float, int]]] = []
    for i, art in enumerate(ids):
        weighted = [
            (f, _weight(df[f]) * (1.0 if len(langs[f]) > 1 or f[0] != "n" else ONE_LANGUAGE_NAME))
            for f in sorted(features[art])
            if df[f] >= 2 and not f.startswith(KIND)
        ]
        norm = math.sqrt(sum(w * w for _, w in weighted))
        vector = []
        for f, w in weighted if norm else ():
            held, weights = holders.setdefault(f, ([], []))
            vector.append((f, w / norm, len(held)))
            held.append(i)
            weights.append(w / norm)
        vectors.append(vector)
    days = [d.toordinal() if (d := dates.get(a)) is not None else None for a in ids]
    # Whether an article shares a name, place or entity with any other.
    has_names = [any(f[0] != "#" for f, _, _ in vector) for vector in vectors]
    kinds = [frozenset(f for f in features[a] if f.startswith(KIND)) for a in ids]
    pairs = SimilarPairs(ids)
    for i, vector in enumerate(vectors):
        row: dict[int, float] = {}
        named: set[int] = set()
        figures: Counter[int] = Counter()
        for f, wa, at in vector:
            held, weights = holders[f]
            later = held[at + 1 :]
            for j, wb in zip(later, weights[at + 1 :], strict=True):
                row[j] = row.get(j, 0.0) + wa * wb
            if f[0] == "#":
                figures.update(later)
            else:
                named.update(later)
        # One figure alone does not make two articles one story when each
        # names its own (a "1,469" that reports of two towns happen to share
        # would outweigh everything else: a rare feature weighs most).
        # Beside a shared name, place or entity, with three shared figures
        # (reports in another script whose town no place list knows: "137",
        # "2750", "300 000"), or for an article that names nothing others name, the
        # figures are the evidence there is.
        row = {
            j: sim
            for j, sim in row.items()
            if (
                j in named
                or figures[j] >= STORY_FIGURES_ALONE
                or not (has_names[i] and has_names[j])
            )
            # Headlines that tell two kinds of event ("Floods in Spain", "Bus
            # crash in Spain") are two stories, whatever else they share.
            and not (kinds[i] and kinds[j] and kinds[i].isdisjoint(kinds[j]))
        }
        day = days[i]
        if day is not None:
            for j, sim in list(row.items()):
                other = days[j]
                if other is None:
                    continue
                gap = abs(day - other)
                if gap > STORY_MAX_GAP_DAYS:
                    del row[j]
                else:
                    row[j] = sim / (1 + gap / STORY_DATE_SCALE_DAYS)
        pairs.add_row(row)
    return pairs


def _average_linkage(ids: Sequence[str], sims: Mapping[tuple[str, str], float]) -> list[list[str]]:
    """:func:`._linkage.average_linkage` on a ``{(id_a, id_b): similarity}`` mapping, as ids."""
    pairs = SimilarPairs.from_mapping(ids, sims)
    return [[pairs.ids[i] for i in cluster] for cluster in average_linkage(pairs)]


def _label(arts: Iterable[str], features: Mapping[str, set[str]]) -> tuple[str, ...]:
    counts: Counter[str] = Counter(
        f
        for a in arts
        for f in features[a]
        if not f.startswith(("#", KIND)) and not f.endswith("-")
    )
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].startswith("n:"), kv[0]))
    words: list[str] = []
    for feature, _ in ranked:
        word = feature.split(":", 1)[1]
        if word not in words:
            words.append(word)
        if len(words) == STORY_LABEL_WORDS:
            break
    return tuple(words)


def _story_id(arts: Sequence[str]) -> str:
    key = "|".join(sorted(arts)).encode("utf-8", "surrogatepass")  # ids may hold lone surrogates
    return "story-" + hashlib.sha1(key).hexdigest()[:10]


def cluster_stories(
    articles: Iterable[Article],
    claims: Iterable[Claim],
    text: Mapping[str, frozenset[str]] | None = None,
) -> tuple[Story, ...]:
    """The stories of a batch: the input's story names, else clusters (see module docs).

    ``text``: article id -> its :func:`text_features` where already computed
    (by the extraction's workers); the others are computed here.
    """
    known = text or {}
    by_article: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        by_article[claim.article].append(claim)
    given: dict[str, list[str]] = defaultdict(list)
    loose: dict[str, Article] = {}
    for article in sorted(articles, key=lambda a: a.id):
        if article.story:
            given[article.story].append(article.id)
        else:
            loose[article.id] = article
    features = {
        a.id: _features(a, by_article.get(a.id, ()), known.get(a.id)) for a in loose.values()
    }
    stories = [
        Story(id=name, label=(name,), articles=tuple(sorted(ids)), given=True)
        for name, ids in given.items()
    ]
    if loose:
        pairs = _similarities(
            features,
            {i: _dated(a.published) for i, a in loose.items()},
            {i: a.language for i, a in loose.items()},
        )
        clusters = [
            [pairs.ids[i] for i in cluster] for cluster in reassign(average_linkage(pairs), pairs)
        ]
        del pairs
        if all(len(c) == 1 for c in clusters):
            # No two articles share anything: no evidence of two stories either.
            clusters = [sorted(loose)]
        for cluster in clusters:
            stories.append(
                Story(
                    id=_story_id(cluster), label=_label(cluster, features), articles=tuple(cluster)
                )
            )
    stories.sort(key=lambda s: (s.articles[0], s.id))
    return tuple(stories)
