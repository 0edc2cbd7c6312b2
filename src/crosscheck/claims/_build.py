"""Turn an article into claims: extraction plus context, sentence by sentence."""

from __future__ import annotations

from .._codes import ClaimKind
from ..extract._context import context
from ..extract._quantities import extract_quantities
from ..extract._quantity import Quantity
from ..extract._sentences import split_sentences
from ..ingest._article import Article
from ..lang import get_language
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


def extract_claims(article: Article) -> tuple[Claim, ...]:
    """Every quantity claim of ``article``, in order of appearance."""
    if article.language is None:
        return ()
    lang = get_language(article.language)
    text = article.text
    claims: list[Claim] = []
    for s_start, s_end in split_sentences(text):
        sentence = text[s_start:s_end]
        for q in extract_quantities(sentence, lang):
            if not _is_claim(q):
                continue
            start, end = s_start + q.start, s_start + q.end
            ctx = context(text, s_start, s_end, start, end, lang)
            attrib = ctx.attribution
            claims.append(
                Claim(
                    id=f"{article.id}#q{len(claims) + 1}",
                    article=article.id,
                    kind=ClaimKind.QUANTITY.value,
                    text=text[start:end],
                    start=start,
                    end=end,
                    sentence=sentence,
                    sentence_start=s_start,
                    language=lang.code,
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
                    actor=ctx.actor,
                    place=ctx.place,
                    scope=ctx.scope,
                    time_scope=ctx.time_scope,
                    entities=ctx.entities,
                    attributed_to=attrib.source if attrib else None,
                    attribution_cue=attrib.cue if attrib else None,
                    attribution_start=attrib.start if attrib else None,
                    attribution_end=attrib.end if attrib else None,
                    attribution_chain=attrib.chain if attrib else (),
                    publisher=article.source,
                    published=article.published,
                )
            )
    return tuple(claims)
