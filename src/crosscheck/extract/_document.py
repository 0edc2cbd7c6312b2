"""One ``Document`` per article, built once and handed to every extractor.

Duckling's ``Document`` and spaCy's ``Doc`` hold what every stage of their
pipelines needs from a text: the text, its normalised copy, its sentence
spans. Crosscheck's extractors used to derive these for themselves: the
sentences were split by the claim builder, by the quote reader and by the
event finder; the article's dates were parsed twice and memoised in caches
keyed on the whole text. A ``Document`` computes each of them once, on first
use, and keeps it for the article's lifetime:

- ``text``: the article text, as given (every offset is an offset into it);
- ``folded``: ``fold(text)``, same length, so ``folded[a:b] == fold(text[a:b])``;
- ``sentences`` / ``paragraphs``: ``[start, end)`` spans into ``text``;
- ``lang``: the language data (``crosscheck.lang.LanguageData``);
- ``published`` and ``dates``: the publication day and the article's date
  mentions resolved against it;
- ``wire`` and ``home``: the wire credit and the country the article is about.

Everything is lazy: a caller that only needs the sentences never parses dates.
A ``Document`` is not shared between articles and is never used as a cache key
(the caches that were keyed on the article text are gone).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from .._fold import fold
from ..lang import LanguageData, get_language
from ._sentences import sentences_touching, split_sentences

if TYPE_CHECKING:
    from ._dates import DateMention

Span = tuple[int, int]


class Document:
    """An article's text with the things every extractor reads from it, each found once."""

    def __init__(
        self, text: str, language: str | LanguageData, *, published: str | None = None
    ) -> None:
        self.text = text
        self.lang = language if isinstance(language, LanguageData) else get_language(language)
        self.published = published
        # What the properties below find, once each (None: not asked yet). Plain
        # attributes, not functools.cached_property: a compiled build has no
        # instance dictionary for cached_property to keep its answer in.
        self._folded: str | None = None
        self._sentences: tuple[Span, ...] | None = None
        self._sentence_starts: tuple[int, ...] | None = None
        self._paragraphs: tuple[Span, ...] | None = None
        self._dates: tuple[DateMention, ...] | None = None
        self._date_order: tuple[tuple[int, ...], tuple[int, ...]] | None = None
        self._wire: tuple[str | None] | None = None  # (the wire,) once asked: it may be None
        self._home: tuple[str | None] | None = None  # likewise

    def __repr__(self) -> str:
        return f"Document({self.lang.code}, {len(self.text)} chars)"

    @property
    def code(self) -> str:
        """The language code ("en", "ar", …)."""
        return self.lang.code

    @property
    def folded(self) -> str:
        """``fold(text)``: lower case, no diacritics, same length as ``text``."""
        folded = self._folded
        if folded is None:
            folded = self._folded = fold(self.text)
        return folded

    @property
    def sentences(self) -> tuple[Span, ...]:
        """The sentence spans, in order (``crosscheck.extract._sentences.split_sentences``)."""
        spans = self._sentences
        if spans is None:
            lang = self.lang
            spans = tuple(split_sentences(self.text, lang.months, lang.titles, lang.hedges))
            self._sentences = spans
        return spans

    @property
    def sentence_starts(self) -> tuple[int, ...]:
        """The start offset of each sentence, for binary search."""
        starts = self._sentence_starts
        if starts is None:
            starts = self._sentence_starts = tuple(s for s, _ in self.sentences)
        return starts

    @property
    def paragraphs(self) -> tuple[Span, ...]:
        """The lines of the text (a line break ends a paragraph in news feeds), unstripped."""
        if self._paragraphs is None:
            spans: list[Span] = []
            pos = 0
            while True:
                cut = self.text.find("\n", pos)
                if cut < 0:
                    spans.append((pos, len(self.text)))
                    break
                spans.append((pos, cut))
                pos = cut + 1
            self._paragraphs = tuple(spans)
        return self._paragraphs

    def sentence_of(self, offset: int) -> Span:
        """The sentence that holds ``offset``; an empty span at ``offset`` when none does."""
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i][0] <= offset < self.sentences[i][1]:
            return self.sentences[i]
        return offset, offset

    def sentences_touching(self, start: int, end: int) -> Span | None:
        """The span from the first to the last sentence that ``[start, end)`` touches."""
        return sentences_touching(self.sentences, self.sentence_starts, start, end)

    def paragraph_start(self, offset: int) -> int:
        """Where the paragraph (line) holding ``offset`` starts."""
        return self.text.rfind("\n", 0, offset) + 1

    def new_paragraph(self, index: int) -> bool:
        """Whether sentence ``index`` opens a paragraph (a line break before it)."""
        if index == 0:
            return True
        return "\n" in self.text[self.sentences[index - 1][1] : self.sentences[index][0]]

    @property
    def dates(self) -> tuple[DateMention, ...]:
        """Every date mention of the text, resolved against ``published``; parsed once."""
        if self._dates is None:
            from ._dates import dates_in

            self._dates = tuple(dates_in(self))
        return self._dates

    def _dates_by_start(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The start of each date mention in order of start, and the mentions' indices."""
        if self._date_order is None:
            dates = self.dates
            order = sorted(range(len(dates)), key=lambda i: dates[i].start)
            self._date_order = tuple(dates[i].start for i in order), tuple(order)
        return self._date_order

    def dates_within(self, start: int, end: int) -> list[DateMention]:
        """The date mentions inside ``[start, end)``, in :attr:`dates` order.

        A binary search, not a scan of every date: each figure of an article
        asks for its sentence's dates, and a scan made that grow with the
        product of figures and dates.
        """
        starts, order = self._dates_by_start()
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_right(starts, end)
        return [self.dates[i] for i in sorted(order[lo:hi]) if self.dates[i].end <= end]

    @property
    def wire(self) -> str | None:
        """The wire agency the article is credited to, as written (``find_wire``)."""
        if self._wire is None:
            from ._context import find_wire

            self._wire = (find_wire(self.text, self.lang),)
        return self._wire[0]

    @property
    def home(self) -> str | None:
        """The country the article is about: the place of a "nationwide" figure."""
        if self._home is None:
            from ._frame import home_country

            self._home = (home_country(self),)
        return self._home[0]
