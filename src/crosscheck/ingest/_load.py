"""The ingestion stage: inputs in, articles and one record per input out.

``load`` runs four steps, each in its own module:

1. ``_discover`` expands paths, folders, globs and ``Article`` objects into an
   ordered list (and raises for inputs that match nothing);
2. ``_formats`` reads each file into sources (``_decode`` turns bytes into
   text or a skip reason);
3. each source gets its language (declared, given, or ``_detect``-ed) and
   publication date (``_meta``), and becomes an ``Article`` plus its record;
4. of several usable articles sharing an id one is kept, chosen by path and
   content (never by input order), the others are skipped as duplicates;
5. batch limits: files beyond ``max_total_bytes`` (in path order) are never
   read, articles beyond ``max_articles`` (in id order) are skipped.

Limits keep memory bounded whatever the input: a file is read only up to
``max_bytes`` (per article) and only while the batch is under
``max_total_bytes``; each skip names the limit and its value.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path

import attrs

from .._codes import ArticleStatus, ErrorReason, SkipReason
from .._errors import InputError, InputTypeError, UnsupportedLanguageError
from ..lang import available_languages, get_language
from ._article import Article, ArticleRecord
from ._detect import identify_language
from ._discover import FoundFile, GivenMapping, Item, UnlistableFolder, expand
from ._formats import from_object, read_file
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
# All files of one batch together: memory stays bounded on any folder.
DEFAULT_MAX_TOTAL_BYTES = 500_000_000
# No limit is larger than this (1 TiB): bigger numbers are typos, and would
# overflow the size of one read.
LIMIT_CEILING = 2**40

Input = str | os.PathLike[str] | Article | Mapping[str, object]


@attrs.frozen
class Limits:
    """The limits a batch was loaded under (``None``: no limit)."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_articles: int | None = None
    max_total_bytes: int | None = DEFAULT_MAX_TOTAL_BYTES


# The limits a report records, in the order its JSON lists them: per file,
# per batch (bytes, then articles), per article's extraction time.
LIMIT_NAMES = ("max_bytes", "max_total_bytes", "max_articles", "time_budget")

# What each skip reason says about the limit it hit (BATCH_LIMIT: see _batch_limit_of).
_LIMIT_OF_REASON = {
    SkipReason.TOO_LARGE.value: "max_bytes",
    SkipReason.TOO_COMPLEX.value: "time_budget",
}
# Marks the detail of an input skipped over max_articles (the other batch limit
# is max_total_bytes); both details are written below, next to these lines.
_MAX_ARTICLES_MARK = "max_articles="


@attrs.frozen
class LimitRecord:
    """One limit a batch was checked under, and how many inputs it skipped.

    ``name`` is one of :data:`LIMIT_NAMES`; ``value`` the limit (bytes,
    articles or seconds; ``None``: no limit); ``skipped`` the inputs of the
    batch skipped for going over it (``skipped.too_large``,
    ``skipped.batch_limit``, ``skipped.too_complex``).
    """

    name: str
    value: int | float | None
    skipped: int = 0


def limit_of(record: ArticleRecord) -> str | None:
    """The limit a skipped record went over (one of :data:`LIMIT_NAMES`), or None."""
    if record.status != ArticleStatus.SKIPPED or record.reason is None:
        return None
    if record.reason == SkipReason.BATCH_LIMIT:
        detail = record.detail or ""
        return "max_articles" if _MAX_ARTICLES_MARK in detail else "max_total_bytes"
    return _LIMIT_OF_REASON.get(str(record.reason))


def limit_records(
    limits: Limits, records: Iterable[ArticleRecord], time_budget: float | None
) -> tuple[LimitRecord, ...]:
    """Every limit of :data:`LIMIT_NAMES` with its value and the ``records`` it skipped."""
    counts: dict[str, int] = {}
    for record in records:
        name = limit_of(record)
        if name is not None:
            counts[name] = counts.get(name, 0) + 1
    values: dict[str, int | float | None] = {
        "max_bytes": limits.max_bytes,
        "max_total_bytes": limits.max_total_bytes,
        "max_articles": limits.max_articles,
        "time_budget": time_budget,
    }
    return tuple(LimitRecord(name, values[name], counts.get(name, 0)) for name in LIMIT_NAMES)


@attrs.frozen
class LoadResult:
    """What :func:`load` found: the usable articles, and a record for every input.

    ``records`` has one entry per input article, analysed or skipped, in input
    order (inputs sharing an id: the kept one first, then the others by path
    and content), so a report can account for everything it was given.
    ``limits`` are the limits it was loaded under.
    """

    articles: tuple[Article, ...]
    records: tuple[ArticleRecord, ...]
    limits: Limits = Limits()

    @property
    def skipped(self) -> tuple[ArticleRecord, ...]:
        """The records of inputs that were not analysed, each with its reason."""
        return tuple(r for r in self.records if r.status == ArticleStatus.SKIPPED)


def load(
    inputs: Input | Iterable[Input],
    *,
    language: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_articles: int | None = None,
    max_total_bytes: int | None = DEFAULT_MAX_TOTAL_BYTES,
) -> LoadResult:
    """Read articles from files, folders, glob patterns, ``Article`` objects or mappings.

    ``inputs`` is one of these or an iterable mixing them. A mapping is read
    as a JSON article object is (``{"id": "a1", "text": …, "language": "fr",
    "date": "2024-10-30"}``: the same fields and aliases); one with no id is
    ``input-N``, N its place among the inputs, and one with no usable text is
    skipped with its reason, as such a JSON object is. Folders are walked
    recursively (hidden and unsupported files ignored, symlinked folders
    walked once) and glob patterns (``"seeds/*.txt"``, ``"news/**/*.jsonl"``)
    expanded, both sorted by path. Supported formats: ``.txt`` and ``.md``
    (one article, id = file stem), ``.json`` (an article object) and
    ``.jsonl`` (one object per line).

    ``language`` is the language of inputs that do not declare their own; when
    neither is given it is detected, and an article whose language is unclear
    is skipped rather than guessed.

    Limits (each skip names the one it hit): files bigger than ``max_bytes``
    are skipped without being read (a ``.jsonl`` feed bigger than it is
    read line by line, and only a line over it is skipped); once the files read hold
    ``max_total_bytes`` (counted in path order, so the same files are read
    whatever the input order), the rest are skipped unread; beyond
    ``max_articles`` usable articles (in id order) the rest are skipped.
    ``None`` lifts a batch limit.

    Unusable inputs (empty, binary, undecodable, malformed, unknown language,
    duplicate id, FIFO or device, over a limit…) do not raise: they appear in
    ``records`` with a :class:`~crosscheck._codes.SkipReason`. Raises
    :class:`NoInputError` when a path or pattern matches nothing,
    :class:`UnsupportedLanguageError` for an unknown ``language`` code and
    :class:`InputError` for other bad arguments.
    """
    default_language = _check_language(language)
    limits = Limits(
        max_bytes=_check_limit("max_bytes", max_bytes, optional=False) or DEFAULT_MAX_BYTES,
        max_articles=_check_limit("max_articles", max_articles),
        max_total_bytes=_check_limit("max_total_bytes", max_total_bytes),
    )
    items = expand(inputs)  # every input is checked before any file is read
    over_budget = _over_budget(items, limits)
    sources: list[Source] = []
    for item in items:
        if isinstance(item, FoundFile):
            if item.path in over_budget:
                sources.append(_budget_skip(item, limits))
            else:
                sources.extend(
                    read_file(item.path, max_bytes=limits.max_bytes, language=default_language)
                )
        elif isinstance(item, GivenMapping):
            at = f"input {item.position}"
            sources.append(from_object(item.value, f"input-{item.position}", None, None, where=at))
        elif isinstance(item, UnlistableFolder):
            skip = Skip(SkipReason.UNREADABLE, f"cannot list folder: {item.detail}")
            sources.append(
                Source(id=item.path.name or str(item.path), path=str(item.path), skip=skip)
            )
        else:
            sources.append(_from_article(item))
    known = available_languages()  # listed once: it reads the package folder
    finished = [_finish(source, default_language, known) for source in sources]
    finished = _settle_duplicates(sources, finished)
    finished = _cap_articles(finished, limits.max_articles)
    articles: list[Article] = []
    records: list[ArticleRecord] = []
    for article, record in finished:
        if article is not None:
            articles.append(article)
        else:
            logger.debug("skipped %s (%s): %s", record.id, record.reason, record.detail)
        records.append(record)
    return LoadResult(articles=tuple(articles), records=tuple(records), limits=limits)


def _check_limit(name: str, value: object, *, optional: bool = True) -> int | None:
    """``value`` as a limit: a positive int up to :data:`LIMIT_CEILING` (or None if optional)."""
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        kind = "a positive integer or None" if optional else "a positive integer"
        shown = repr(value)[:60]
        raise InputTypeError(f"{name} must be {kind}, not {shown}", reason=ErrorReason.BAD_INPUT)
    if value > LIMIT_CEILING:
        raise InputError(
            f"{name} must be at most {LIMIT_CEILING} (1 TiB), not {value:.3g}",
            reason=ErrorReason.BAD_INPUT,
        )
    if value <= 0:
        raise InputError(
            f"{name} must be a positive integer, not {value}", reason=ErrorReason.BAD_INPUT
        )
    return value


def parse_limit(name: str, text: str) -> int:
    """A limit written on a command line ("10000000", "10_000_000", "1e7") as an int.

    Raises :class:`InputError` (reason ``bad_input``) for anything that is not
    a whole number between 1 and :data:`LIMIT_CEILING`, "1e30" included.
    """
    cleaned = text.strip().replace("_", "")
    try:
        value = int(cleaned) if cleaned.isdigit() else Decimal(cleaned)
    except (ArithmeticError, ValueError):
        value = None
    if isinstance(value, Decimal):
        whole = value.is_finite() and value == value.to_integral_value()
        if whole and value > LIMIT_CEILING:  # never built as an int: "1e999999999"
            raise InputError(
                f"{name} must be at most {LIMIT_CEILING} (1 TiB), not {text[:40]}",
                reason=ErrorReason.BAD_INPUT,
            )
        value = int(value) if whole else None
    if value is None:
        raise InputError(
            f"{name} must be a whole number of bytes, not {text[:40]!r}",
            reason=ErrorReason.BAD_INPUT,
        )
    checked = _check_limit(name, value, optional=False)
    assert checked is not None
    return checked


def _file_size(path: Path, max_bytes: int) -> int:
    """The bytes reading ``path`` would take: 0 for what is skipped unread."""
    try:
        info = path.stat()
    except (OSError, ValueError):
        return 0
    if not stat.S_ISREG(info.st_mode) or info.st_size > max_bytes:
        return 0
    return info.st_size


def _over_budget(items: Sequence[Item], limits: Limits) -> set[Path]:
    """The files not to read because the batch's ``max_total_bytes`` is spent before them.

    Files are counted in path order, not input order, so the same files are
    read however the inputs are ordered; nothing is opened here.
    """
    if limits.max_total_bytes is None:
        return set()
    paths = sorted({item.path for item in items if isinstance(item, FoundFile)}, key=str)
    total = 0
    over: set[Path] = set()
    for path in paths:
        total += _file_size(path, limits.max_bytes)
        if total > limits.max_total_bytes:
            over.add(path)
    return over


def _budget_skip(item: FoundFile, limits: Limits) -> Source:
    detail = (
        "not read: with it the batch's files (counted in path order) would pass the limit "
        f"of max_total_bytes={limits.max_total_bytes} (raise max_total_bytes to read it)"
    )
    skip = Skip(SkipReason.BATCH_LIMIT, detail)
    return Source(id=item.path.stem, path=str(item.path), skip=skip)


Finished = tuple[Article | None, ArticleRecord]


def _identity(source: Source) -> str:
    """A digest of everything a source holds, to order inputs that share id and path."""
    fields = attrs.astuple(source, recurse=False)
    text = "\x00".join("" if value is None else str(value) for value in fields)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _settle_duplicates(sources: Sequence[Source], finished: Sequence[Finished]) -> list[Finished]:
    """Of the usable articles sharing an id, keep one; skip the rest as duplicates.

    Chosen after the language check, so an article that cannot be analysed
    never wins over one that can: the kept one is the usable one with the
    smallest (path, line, content digest). Inputs skipped for their own
    reason keep it. The group's records then fill the group's places in
    input order, kept one first, then by the same key: neither the choice
    nor the order depends on the order the inputs came in.
    """
    groups: dict[str, list[int]] = {}
    for index, source in enumerate(sources):
        groups.setdefault(source.id, []).append(index)
    settled = list(finished)
    for indices in groups.values():
        if len(indices) < 2:
            continue
        keys = {
            i: (
                0 if finished[i][0] is not None else 1,
                sources[i].path or "",
                sources[i].line or 0,
                _identity(sources[i]),
            )
            for i in indices
        }
        ranked = sorted(indices, key=keys.__getitem__)
        winner = ranked[0] if finished[ranked[0]][0] is not None else None
        outcome: list[Finished] = []
        for i in ranked:
            article, record = finished[i]
            if article is not None and winner is not None and i != winner:
                kept = sources[winner]
                where = kept.path or "another Article"
                if kept.line is not None:
                    where = f"{where} line {kept.line}"
                detail = f"id {record.id!r} is also used by {where}, which is kept"
                record = attrs.evolve(
                    record,
                    status=ArticleStatus.SKIPPED,
                    reason=SkipReason.DUPLICATE_ID,
                    detail=detail,
                )
                article = None
            outcome.append((article, record))
        for place, result in zip(sorted(indices), outcome, strict=True):
            settled[place] = result
    return settled


def _cap_articles(finished: Sequence[Finished], max_articles: int | None) -> list[Finished]:
    """Skip the usable articles beyond ``max_articles``, counted in id order."""
    usable = sorted(a.id for a, _ in finished if a is not None)
    if max_articles is None or len(usable) <= max_articles:
        return list(finished)
    dropped = set(usable[max_articles:])
    detail = (
        f"over the limit of {_MAX_ARTICLES_MARK}{max_articles} usable articles "
        "(counted in id order; raise max_articles to analyse it)"
    )
    capped: list[Finished] = []
    for article, record in finished:
        if article is not None and article.id in dropped:
            record = attrs.evolve(
                record, status=ArticleStatus.SKIPPED, reason=SkipReason.BATCH_LIMIT, detail=detail
            )
            article = None
        capped.append((article, record))
    return capped


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


def _finish(
    source: Source, default_language: str | None, known: tuple[str, ...]
) -> tuple[Article | None, ArticleRecord]:
    """Settle language, date and title of one source (``known``: the language codes)."""
    if source.skip is not None or source.text is None:
        return _skipped(source, source.skip or Skip(SkipReason.MISSING_TEXT, "no text"))
    text = source.text
    if source.language:
        language = normalise_language(source.language)
        if language not in known:
            detail = (
                f"declared language {source.language!r} has no language data; "
                f"available: {', '.join(known)}"
            )
            return _skipped(source, Skip(SkipReason.UNSUPPORTED_LANGUAGE, detail))
    elif default_language:
        language = default_language
    else:
        guess = identify_language(text, known)
        if guess.code is None:
            detail = (
                f"cannot tell the language (tried {', '.join(known)}: "
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
