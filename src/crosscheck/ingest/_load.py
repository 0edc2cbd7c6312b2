"""The ingestion stage: inputs in, articles and one record per input out.

``load`` runs four steps, each in its own module:

1. ``_discover`` expands paths, folders, globs and ``Article`` objects into an
   ordered list (and raises for inputs that match nothing);
2. ``_formats`` reads each file into sources (``_decode`` turns bytes into
   text or a skip reason);
3. duplicate ids are skipped, first come first served;
4. each source gets its language (declared, given, or ``_detect``-ed) and
   publication date (``_meta``), and becomes an ``Article`` plus its record.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterable

import attrs

from .._codes import ArticleStatus, ErrorReason, SkipReason
from .._errors import InputError, UnsupportedLanguageError
from ..lang import available_languages, get_language
from ._article import Article, ArticleRecord
from ._detect import identify_language
from ._discover import FoundFile, UnlistableFolder, expand
from ._formats import read_file
from ._meta import (
    byline_date,
    dateline,
    header_date,
    markdown_title,
    metadata_end,
    normalise_language,
    normalise_published,
)
from ._source import Skip, Source

logger = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 10_000_000

Input = str | os.PathLike[str] | Article


@attrs.frozen
class LoadResult:
    """What :func:`load` found: the usable articles, and a record for every input.

    ``records`` has one entry per input article, analysed or skipped, in input
    order, so a report can account for everything it was given.
    """

    articles: tuple[Article, ...]
    records: tuple[ArticleRecord, ...]

    @property
    def skipped(self) -> tuple[ArticleRecord, ...]:
        """The records of inputs that were not analysed, each with its reason."""
        return tuple(r for r in self.records if r.status == ArticleStatus.SKIPPED)


def load(
    inputs: Input | Iterable[Input],
    *,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> LoadResult:
    """Read articles from files, folders, glob patterns or ``Article`` objects.

    ``inputs`` is one of these or an iterable mixing them. Folders are walked
    recursively (hidden and unsupported files ignored) and glob patterns
    (``"seeds/*.txt"``, ``"news/**/*.jsonl"``) expanded, both sorted by path.
    Supported formats: ``.txt`` and ``.md`` (one article, id = file stem),
    ``.json`` (an article object) and ``.jsonl`` (one object per line).

    ``language`` is the language of inputs that do not declare their own; when
    neither is given it is detected, and an article whose language is unclear
    is skipped rather than guessed. Files bigger than ``max_bytes`` are skipped
    without being read.

    Unusable inputs (empty, binary, undecodable, malformed, unknown language,
    duplicate id…) do not raise: they appear in ``records`` with a
    :class:`~crosscheck._codes.SkipReason`. Raises :class:`NoInputError` when a
    path or pattern matches nothing, :class:`UnsupportedLanguageError` for an
    unknown ``language`` code and :class:`InputError` for other bad arguments.
    """
    default_language = _check_language(language)
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0:
        raise InputError(f"max_bytes must be a positive integer, not {max_bytes!r}")
    sources: list[Source] = []
    for item in expand(inputs):  # every input is checked before any file is read
        if isinstance(item, FoundFile):
            sources.extend(read_file(item.path, max_bytes=max_bytes, language=default_language))
        elif isinstance(item, UnlistableFolder):
            skip = Skip(SkipReason.UNREADABLE, f"cannot list folder: {item.detail}")
            sources.append(
                Source(id=item.path.name or str(item.path), path=str(item.path), skip=skip)
            )
        else:
            sources.append(_from_article(item))
    articles: list[Article] = []
    records: list[ArticleRecord] = []
    # Which of several inputs with one id is kept must not depend on their
    # order: the one with the smallest (path, text digest) wins, so a report
    # is the same whatever order the inputs came in.
    winners: dict[str, int] = {}
    for index, source in enumerate(sources):
        best = winners.get(source.id)
        if best is None or _rank(source) < _rank(sources[best]):
            winners[source.id] = index
    for index, source in enumerate(sources):
        winner = winners[source.id]
        if index != winner:
            kept = sources[winner].path or "another Article"
            detail = f"id {source.id!r} is also used by {kept}, which is kept"
            source = attrs.evolve(source, skip=Skip(SkipReason.DUPLICATE_ID, detail), text=None)
        article, record = _finish(source, default_language)
        if article is not None:
            articles.append(article)
        else:
            logger.debug("skipped %s (%s): %s", record.id, record.reason, record.detail)
        records.append(record)
    return LoadResult(articles=tuple(articles), records=tuple(records))


def _rank(source: Source) -> tuple[int, str, str]:
    """Order among inputs sharing an id: usable ones first, then path, then text digest."""
    digest = hashlib.sha256((source.text or "").encode("utf-8", "surrogatepass")).hexdigest()
    return (0 if source.skip is None else 1, source.path or "", digest)


def _check_language(language: object) -> str | None:
    if language is None:
        return None
    if not isinstance(language, str):
        raise InputError(
            f"language must be a language code such as 'en', not {language!r}",
            reason=ErrorReason.BAD_INPUT,
        )
    code = normalise_language(language)
    if code not in available_languages():
        raise UnsupportedLanguageError(
            f"no language data for {language!r}; available: {', '.join(available_languages())}",
            reason=ErrorReason.UNSUPPORTED_LANGUAGE,
        )
    return code


def _from_article(article: Article) -> Source:
    text = article.text
    skip = None
    if not isinstance(text, str):
        skip = Skip(SkipReason.MISSING_TEXT, f"Article.text is {type(text).__name__}, not str")
    elif not text.strip():
        skip = Skip(SkipReason.EMPTY, "no text (empty or whitespace only)")
    return Source(
        id=article.id,
        path=article.path,
        text=text if skip is None else None,
        skip=skip,
        title=article.title,
        url=article.url,
        source=article.source,
        published=article.published,
        published_from=article.published_from,
        language=article.language,
        story=article.story,
        encoding=article.encoding,
        markdown=(article.path or "").lower().endswith(".md"),
    )


def _skipped(source: Source, skip: Skip) -> tuple[None, ArticleRecord]:
    return None, ArticleRecord(
        id=source.id,
        path=source.path,
        status=ArticleStatus.SKIPPED,
        reason=skip.reason,
        detail=skip.detail,
        language=source.language,
        published=source.published,
        published_from=source.published_from,
        title=source.title,
        url=source.url,
        source=source.source,
        encoding=source.encoding,
        story=source.story,
        line=source.line,
    )


def _finish(source: Source, default_language: str | None) -> tuple[Article | None, ArticleRecord]:
    """Settle language, date and title of one source: an article and its record."""
    if source.skip is not None or source.text is None:
        return _skipped(source, source.skip or Skip(SkipReason.MISSING_TEXT, "no text"))
    text = source.text
    if source.language:
        language = normalise_language(source.language)
        if language not in available_languages():
            detail = (
                f"declared language {source.language!r} has no language data; "
                f"available: {', '.join(available_languages())}"
            )
            return _skipped(source, Skip(SkipReason.UNSUPPORTED_LANGUAGE, detail))
    elif default_language:
        language = default_language
    else:
        guess = identify_language(text)
        if guess.code is None:
            detail = (
                f"cannot tell the language (tried {', '.join(available_languages())}: "
                f"{guess.detail}); pass language= to set it"
            )
            return _skipped(source, Skip(SkipReason.UNKNOWN_LANGUAGE, detail))
        language = guess.code
    notes = list(source.notes)
    if not source.language and not default_language:
        notes.append(guess.detail)  # which detector decided, so the reading is explainable
    published, published_from = _published(source, text, language, notes)
    title = source.title or (markdown_title(text) if source.markdown else None)
    article = Article(
        id=source.id,
        text=text,
        title=title,
        url=source.url,
        source=source.source,
        published=published,
        language=language,
        story=source.story,
        path=source.path,
        published_from=published_from,
        encoding=source.encoding,
        body_start=metadata_end(text, get_language(language).months),
    )
    record = ArticleRecord(
        id=article.id,
        path=article.path,
        status=ArticleStatus.OK,
        detail="; ".join(notes) or None,
        language=language,
        published=published,
        published_from=published_from,
        title=title,
        url=article.url,
        source=article.source,
        encoding=article.encoding,
        story=article.story,
        line=source.line,
    )
    return article, record


def _published(
    source: Source, text: str, language: str, notes: list[str]
) -> tuple[str | None, str | None]:
    """The publication date and where it came from: metadata, header, byline, or unknown."""
    months = get_language(language).months
    if source.published:
        declared = normalise_published(source.published, months)
        if declared:
            return declared, source.published_from or "metadata"
        notes.append(f"published {source.published!r} is not a date; ignored")
    if found := header_date(text):
        return found, "header"
    if found := byline_date(text, months):
        return found, "byline"
    if line := dateline(text, months):
        return line[0], "dateline"
    return None, None
