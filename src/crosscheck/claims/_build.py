"""Turn an article into claims: extraction plus context, sentence by sentence."""

from __future__ import annotations

import bisect
from typing import Any

from .._codes import ClaimKind
from .._fold import fold
from ..extract._context import Attribution, Context, context
from ..extract._dates import find_dates
from ..extract._events import event_for
from ..extract._quantities import extract_quantities
from ..extract._quantity import Quantity
from ..extract._quotes import find_quotes
from ..extract._sentences import split_sentences
from ..ingest._article import Article
from ..lang import LanguageData, get_language
from ._model import Claim


def _is_claim(q: Quantity) -> bool:
    # A figure is worth checking when the text says what it counts, or wrote
    # it in digits; "cele două state" (the two states) is not a news figure.
    if q.kind == "ordinal":
        return False
    if q.unit is not None:
        return True
    small = q.qualifier == "exact" and q.low is not None and q.low < 10
    return not small and any(ch.isdigit() for ch in q.text)


def _sentence_of(spans: list[tuple[int, int]], start: int) -> tuple[int, int]:
    """The sentence that holds offset ``start`` (empty span when none does)."""
    i = bisect.bisect_right(spans, (start, len(spans) and spans[-1][1] + 1)) - 1
    if i >= 0 and spans[i][0] <= start < spans[i][1]:
        return spans[i]
    return start, start


def _common(
    article: Article, lang: LanguageData, s_start: int, s_end: int, ctx: Context
) -> dict[str, Any]:
    """Fields every claim kind takes from its sentence and article."""
    sentence = article.text[s_start:s_end]
    return {
        "article": article.id,
        "sentence": sentence,
        "sentence_start": s_start,
        "language": lang.code,
        "actor": ctx.actor,
        "place": ctx.place,
        "scope": ctx.scope,
        "time_scope": ctx.time_scope,
        "entities": ctx.entities,
        "topics": tuple(sorted({m.label for m in lang.topics.find(sentence, fold(sentence))})),
        "publisher": article.source,
        "published": article.published,
        "story": article.story,
    }


def _credited(attrib: Attribution | None) -> dict[str, Any]:
    """The source a figure or date is credited to, as claim fields."""
    if attrib is None:
        return {}
    return {
        "attributed_to": attrib.source,
        "attribution_cue": attrib.cue,
        "attribution_start": attrib.start,
        "attribution_end": attrib.end,
        "attribution_chain": attrib.chain,
        "self_cited": attrib.self_cited,
    }


def _quantity_claims(
    article: Article, lang: LanguageData, spans: list[tuple[int, int]]
) -> list[Claim]:
    text = article.text
    claims: list[Claim] = []
    for s_start, s_end in spans:
        for q in extract_quantities(text[s_start:s_end], lang):
            if not _is_claim(q) or s_start + q.start < article.body_start:
                continue
            start, end = s_start + q.start, s_start + q.end
            ctx = context(text, s_start, s_end, start, end, lang, publisher=article.source)
            claims.append(
                Claim(
                    id=f"{article.id}#q{len(claims) + 1}",
                    kind=ClaimKind.QUANTITY.value,
                    text=text[start:end],
                    start=start,
                    end=end,
                    low=q.low,
                    high=q.high,
                    qualifier=q.qualifier,
                    approximate=q.approximate,
                    unit=q.unit,
                    unit_text=q.unit_text,
                    quantity_kind=q.kind,
                    increment=q.increment,
                    change=q.change,
                    event=ctx.event,
                    predicate=ctx.predicate,
                    **_common(article, lang, s_start, s_end, ctx),
                    **_credited(ctx.attribution),
                )
            )
    return claims


def _date_claims(article: Article, lang: LanguageData, spans: list[tuple[int, int]]) -> list[Claim]:
    text = article.text
    claims: list[Claim] = []
    for mention in find_dates(text, lang.code, published=article.published):
        s_start, s_end = _sentence_of(spans, mention.start)
        if s_start == s_end or mention.start < article.body_start:
            continue
        ctx = context(
            text, s_start, s_end, mention.start, mention.end, lang, publisher=article.source
        )
        event, predicate = event_for(text, mention.start, mention.end, lang.code)
        common = _common(article, lang, s_start, s_end, ctx)
        common["scope"] = _tense(text, s_start, s_end, mention.start, predicate, lang)
        claims.append(
            Claim(
                id=f"{article.id}#d{len(claims) + 1}",
                kind=ClaimKind.DATE.value,
                text=mention.text,
                start=mention.start,
                end=mention.end,
                value=mention.value,
                grain=mention.grain,
                date_low=mention.low,
                date_high=mention.high,
                relative=mention.relative,
                resolved_against=mention.reference,
                event=event,
                predicate=predicate,
                **common,
                **_credited(ctx.attribution),
            )
        )
    return claims


# Characters before the event verb in which a future marker makes it planned.
_TENSE_WINDOW = 24


def _tense(
    text: str, s_start: int, s_end: int, anchor: int, predicate: str | None, lang: LanguageData
) -> tuple[str, ...]:
    """("planned",) when the event's own verb is in the future ("se va întâlni", "will sign").

    Only the words right before the event verb count: a future elsewhere in
    the sentence ("cooperation will grow on the basis of an agreement signed
    in 2019") says nothing about when that agreement was signed.
    """
    if not predicate:
        return ()
    if any(m.label == "planned" for m in lang.scope.find(predicate)):
        return ("planned",)  # the verb phrase itself is future: "se va întâlni"
    sentence = text[s_start:s_end]
    folded = fold(sentence)
    target = fold(predicate)
    best: int | None = None
    pos = folded.find(target)
    while pos != -1:
        if best is None or abs(pos - (anchor - s_start)) < abs(best - (anchor - s_start)):
            best = pos
        pos = folded.find(target, pos + 1)
    if best is None:
        return ()
    planned = any(
        m.label == "planned" and best - _TENSE_WINDOW <= m.start and m.end <= best
        for m in lang.scope.find(sentence, folded)
    )
    return ("planned",) if planned else ()


def _quote_claims(
    article: Article, lang: LanguageData, spans: list[tuple[int, int]]
) -> list[Claim]:
    text = article.text
    claims: list[Claim] = []
    for mention in find_quotes(text, lang.code):
        if mention.start < article.body_start:
            continue
        s_start, s_end = _sentence_of(spans, mention.start)
        if s_start == s_end:
            s_start, s_end = mention.start, mention.end
        ctx = context(text, s_start, s_end, mention.start, mention.end, lang)
        claims.append(
            Claim(
                id=f"{article.id}#t{len(claims) + 1}",
                kind=ClaimKind.QUOTE.value,
                text=mention.text,
                start=mention.start,
                end=mention.end,
                speaker=mention.speaker,
                scare=mention.scare,
                predicate=mention.cue,
                # A quote's source is its speaker; ``attributed_to`` is the
                # outlet the article credits for it, if it names one.
                attributed_to=mention.outlet,
                attribution_chain=mention.chain,
                attribution_cue=mention.cue,
                **_common(article, lang, s_start, s_end, ctx),
            )
        )
    return claims


def extract_claims(article: Article) -> tuple[Claim, ...]:
    """Every quantity, date and quote claim of ``article``, in that order."""
    if article.language is None:
        return ()
    lang = get_language(article.language)
    spans = split_sentences(article.text)
    return (
        *_quantity_claims(article, lang, spans),
        *_date_claims(article, lang, spans),
        *_quote_claims(article, lang, spans),
    )
