"""Find listed phrases in text, fast and in linear time.

Language data lists words and phrases (units, qualifiers, attribution cues…);
this module compiles each list into one regular expression over folded text.
The patterns are alternations of literal words with single-character
wildcards (``\\w*`` for a trailing ``*``), so they contain no nested
quantifiers and run in time linear in the text.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import operator
import re
import threading
from collections.abc import Iterable, Mapping, Sequence

from ._fold import fold


# A dataclass rather than attrs: mypyc compiles a dataclass to a native class, read
# directly by compiled code (README, Performance); an attrs class stays interpreted.
@dataclasses.dataclass(frozen=True)
class PhraseMatch:
    """One phrase found in a text: its label and its ``[start, end)`` span."""

    label: str
    start: int
    end: int
    phrase: str


def _is_case_sensitive(phrase: str) -> bool:
    # Short all-capital abbreviations ("US", "UN", "UE") are matched as written,
    # so that "Kim Jong Un" never reads as the United Nations.
    letters = [c for c in phrase if c.isalpha()]
    return bool(letters) and len(letters) <= 5 and all(c.isupper() for c in letters)


def _prepare(phrase: str, *, folded: bool) -> tuple[str, bool]:
    """A listed phrase as matched: trimmed, folded if asked, and whether it ends in "*"."""
    text = phrase.strip()
    wildcard = text.endswith("*")
    if wildcard:
        text = text[:-1]
    return (fold(text) if folded else text), wildcard


# The look-behind a phrase that opens with a letter or digit starts with: no letter before it.
_NO_LETTER_BEFORE = r"(?<![^\W\d_])"


def _opens_with_word(text: str) -> bool:
    """Whether a prepared phrase's pattern opens with :data:`_NO_LETTER_BEFORE`."""
    return text[:1].isalnum()


def _pattern(phrase: str, *, folded: bool, head: bool = True) -> str:
    return _prepared_pattern(*_prepare(phrase, folded=folded), head=head)


def _prepared_pattern(text: str, wildcard: bool, *, head: bool = True) -> str:
    """The pattern of a prepared phrase (see :func:`_prepare`)."""
    body = r"\s+".join(re.escape(part) for part in text.split())
    if wildcard:
        body += r"\w*"
    # A phrase may follow a digit ("5km", "10%") but not a letter.
    head_pattern = _NO_LETTER_BEFORE if head and _opens_with_word(text) else ""
    tail = r"(?!\w)" if (wildcard or text[-1:].isalnum()) else ""
    return head_pattern + body + tail


# Combining marks written apart from their letter: Arabic harakat and Quranic
# signs, Hebrew points (which NFC never composes) and the accents of NFD text.
# fold keeps them, and they split words ("أُصيب"), so phrases are matched on
# the text without them and the spans mapped back onto it.
_MARKS = "\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_MARK = re.compile(f"[{_MARKS}]")
_UNMARKED = re.compile(f"[^{_MARKS}]")


@functools.lru_cache(maxsize=256)
def _unmarked(folded: str) -> tuple[str, tuple[int, ...]] | None:
    """``folded`` without its combining marks and where each kept character stood,
    or None when it has none (the common case, left untouched). The marks are
    none of ASCII, so the hottest callers answer an ASCII text (``str.isascii``
    reads a flag of the string) without the cache's look-up."""
    if _MARK.search(folded) is None:
        return None
    keep = tuple(m.start() for m in _UNMARKED.finditer(folded))
    return _strip(folded, keep), keep


def _strip(text: str, keep: tuple[int, ...]) -> str:
    return "".join(map(text.__getitem__, keep))


@functools.lru_cache(maxsize=256)
def _stripped(text: str, folded: str) -> str:
    """``text`` without the characters ``_unmarked(folded)`` leaves out; cached, as
    every phrase set (and every ``match_at`` of a parser) strips the same text."""
    unmarked = _unmarked(folded)
    return text if unmarked is None else _strip(text, unmarked[1])


def _back(m: PhraseMatch, keep: tuple[int, ...]) -> PhraseMatch:
    """A match on the unmarked text as a span of the text with its marks."""
    return PhraseMatch(m.label, keep[m.start], keep[m.end - 1] + 1, m.phrase)


def _matched(
    regex: _Matcher, subject: str, begin: int, labels: Sequence[tuple[str, str]]
) -> PhraseMatch | None:
    """The phrase ``regex`` (one alternative per phrase, groups named ``p<index>``) matches at
    ``begin``, labelled from ``labels``; None when it matches nothing or only an empty span."""
    m = regex.match(subject, begin)
    if m is None or m.end() == m.start():
        return None
    assert m.lastgroup is not None
    label, phrase = labels[int(m.lastgroup[1:])]
    return PhraseMatch(label, m.start(), m.end(), phrase)


def merge_matches(matches: list[PhraseMatch]) -> list[PhraseMatch]:
    """Matches of several phrase sets, sorted, the longest kept where they overlap."""
    kept: list[PhraseMatch] = []
    last_end = -1
    for m in sorted(matches, key=lambda pm: (pm.start, -(pm.end - pm.start))):
        if m.start >= last_end:
            kept.append(m)
            last_end = m.end
    return kept


# Tokens as the phrase patterns see them: a run of letters, a run of digits,
# or one other non-space character. Phrases can only start at a token start.
_TOKEN = re.compile(r"[^\W\d_]+|[0-9]+|[^\w\s]|_")


@dataclasses.dataclass(frozen=True)
class _Starts:
    """Which tokens can open a phrase: exact first tokens and wildcard prefixes."""

    exact: frozenset[str]
    prefixes: frozenset[str]
    prefix_lengths: tuple[int, ...]

    def admits(self, token: str) -> bool:
        if token in self.exact:
            return True
        return any(token[:n] in self.prefixes for n in self.prefix_lengths if n <= len(token))


@functools.lru_cache(maxsize=256)
def _tokens(subject: str) -> tuple[tuple[int, str], ...]:
    """Token starts of a text; cached because many phrase sets scan the same sentence."""
    return tuple([(m.start(), m.group()) for m in _TOKEN.finditer(subject)])


# Texts at least this long (documents, not sentences) get a table of their tokens
# by start for match_at once it has been asked this many times about them: parsers
# call it at every token of a document (the date parser tries six phrase sets
# there), and the quantity rules a dozen times around each figure of an article,
# about a hundred times a text. The table is built from the text's token lists
# by C calls (see _token_table), which the phrase windows of the same text have
# mostly read already; a dozen lookups without it cost as much
# (find_quantities on the compare English text -2% instructions at 16 rather
# than 256, the 200 newsbatch articles -2%, report's claims -0.5%). Every one of
# the 200 newsbatch articles is asked at least 13 times (median 102 in
# find_quantities, 192 in report's claims), so the lookups before the table are
# spent for nothing: at 2 rather than 16, -1.1% instructions on the compare text
# (benchmarks/README.md, session 35). A text asked once gets no table.
_TABLE_CHARS = 500
_TABLE_AFTER = 2
# ... and at most this long: a table costs memory in proportion to the text.
_TABLE_MAX_CHARS = 200_000
# The tables of the last few texts, and how often match_at looked into texts
# that have none yet (both bounded to a handful of texts).
_TABLES: dict[str, dict[int, str]] = {}
_TABLE_ASKED: dict[str, int] = {}
_MAX_TABLES = 8


def _token_table(subject: str) -> dict[int, str]:
    """The token starting at each token start of a text (see :func:`_token_at`), from
    the text's token lists (:func:`_token_begins`, :func:`_token_names`) by one
    C-level zip rather than a match object per token."""
    if len(_TABLES) >= _MAX_TABLES:
        _TABLES.pop(next(iter(_TABLES), ""), None)  # the oldest
    table = _TABLES[subject] = dict(
        zip(_token_begins(subject), _token_names(subject)[0], strict=True)
    )
    return table


def _token_at(subject: str, pos: int) -> str:
    """The token starting at ``pos`` (``_TOKEN.match`` there), ``""`` when none does;
    read from a table of the text's tokens once it has been asked often about a
    long text (see :data:`_TABLE_AFTER`)."""
    if _TABLE_CHARS <= len(subject) <= _TABLE_MAX_CHARS:
        table = _TABLES.get(subject)
        if table is None:
            asked = _TABLE_ASKED.get(subject, 0) + 1
            if asked < _TABLE_AFTER:
                if asked == 1 and len(_TABLE_ASKED) >= 4 * _MAX_TABLES:
                    _TABLE_ASKED.clear()
                _TABLE_ASKED[subject] = asked
            else:
                _TABLE_ASKED.pop(subject, None)
                table = _token_table(subject)
        if table is not None:
            token = table.get(pos)
            if token is not None:
                return token
    head = _TOKEN.match(subject, pos)
    return "" if head is None else head.group()


def _token_names(subject: str) -> tuple[list[str], frozenset[str]]:
    """The tokens of a text in order, and the distinct ones: most phrase sets have
    none of their first tokens there, which a set intersection tells without a
    loop in Python."""
    lists = _token_lists(subject)
    return lists[1], lists[2]


# The tokens of a text with what stands between them (spaces, digits of other
# scripts), by one C-level split: gap, token, gap, …, token, gap.
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")
# The same split for a text that is all ASCII: there a letter ([^\W\d_]) is one of
# A-Z or a-z, which the pattern tests by two ranges rather than by Unicode
# categories (the split takes about half the time).
_ASCII_TOKEN_SPLIT = re.compile(r"([A-Za-z]+|[0-9]+|[^\w\s]|_)")


def _token_begins(subject: str) -> list[int]:
    """Where the tokens of a text start, in order (beside :func:`_token_names`):
    read by C calls only, as the starts of the few tokens that open a phrase are
    picked out of them with ``itertools.compress``."""
    return _token_lists(subject)[0]


# The texts whose token lists are kept: an article has a few dozen texts the rules read
# (its sentences, folded and not, and the small windows and sources inside them), each
# read again by figure after figure. On 300 feedgen articles' claims, 256 texts split
# 14,285 texts, 1,024 split 8,103 and no bound 7,637 (the distinct texts), most of them
# shorter than a sentence.
_TOKEN_LISTS_KEPT = 1024


@functools.lru_cache(maxsize=_TOKEN_LISTS_KEPT)
def _token_lists(subject: str) -> tuple[list[int], list[str], frozenset[str]]:
    """The starts of a text's tokens, the tokens, and the distinct ones, from one
    C-level split (cached: many phrase sets and windows read the same text). The
    split's pieces alternate gap and token, so every other piece is a token
    (what ``_TOKEN.findall`` gives) and their running lengths are the tokens'
    starts and ends, without a match object per token."""
    pieces = (_ASCII_TOKEN_SPLIT if subject.isascii() else _TOKEN_SPLIT).split(subject)
    names = pieces[1::2]
    begins = list(itertools.accumulate(map(len, pieces[:-1])))[0::2]
    return begins, names, frozenset(names)


def distinct_tokens(subject: str) -> frozenset[str]:
    r"""The distinct tokens of a text (see :data:`_TOKEN`), from its cached token lists
    (see :func:`_token_lists`): which the phrase sets have read already for the
    texts the quantity rules read. Its runs of letters are the text's words as
    ``[^\W\d_]+`` finds them, so a word missing here is nowhere in the text."""
    return _token_lists(subject)[2]


def word_runs(subject: str) -> tuple[list[int], list[str]]:
    r"""The runs of letters of a text (``[^\W\d_]+``, as ``re.finditer`` finds
    them) and where each starts, picked out of the text's token lists (see
    :func:`_token_lists`) rather than found by a split of their own.

    The phrase sets read those lists of every text the quantity rules read
    (cached), and the numeral grammar needs the words of the same text: one
    split serves both. A token is a run of letters, a run of ASCII digits, one
    other non-space character or "_"; only a run of letters is all ``\w``
    (``str.isalnum``) without being all decimal digits (``str.isdecimal``), and
    in an ASCII text only a run of letters is all ``str.isalpha``.
    """
    begins, names, _ = _token_lists(subject)
    if subject.isascii():
        letters = list(map(str.isalpha, names))
    else:
        letters = list(
            map(
                operator.and_,
                map(str.isalnum, names),
                map(operator.not_, map(str.isdecimal, names)),
            )
        )
    return list(itertools.compress(begins, letters)), list(itertools.compress(names, letters))


def _covers(tokens: list[str], text: str) -> bool:
    """Whether ``tokens`` (``_TOKEN.findall(text)``) take every character of ``text``
    but its spaces (a digit of another script is in no token)."""
    return "".join(tokens) == "".join(text.split())


def _starts(prepared: list[tuple[str, bool]]) -> _Starts:
    """The starts of prepared phrases (see :func:`_prepare`)."""
    exact: set[str] = set()
    prefixes: set[str] = set()
    for text, wildcard in prepared:
        tokens = _TOKEN.findall(text)
        if not tokens:
            continue
        if wildcard and len(tokens) == 1:
            prefixes.add(tokens[0])
        else:
            exact.add(tokens[0])
    return _Starts(frozenset(exact), frozenset(prefixes), tuple(sorted({len(p) for p in prefixes})))


_ASCII_DIGITS = frozenset("0123456789")


def _last_token(folded: str, lo: int, stop: int) -> str:
    """The token of ``folded[lo:stop]`` (see :data:`_TOKEN`) that ends at ``stop``,
    ``""`` when none does: the run of letters or of ASCII digits there (cut at
    ``lo``), or the one other character, read backwards from ``stop``."""
    if stop <= lo:
        return ""
    c = folded[stop - 1]
    i = stop - 1
    if c in _ASCII_DIGITS:
        while i > lo and folded[i - 1] in _ASCII_DIGITS:
            i -= 1
        return folded[i:stop]
    if c.isalnum():
        if c.isdecimal():
            return ""  # a digit of another script opens no token
        while i > lo and folded[i - 1].isalnum() and not folded[i - 1].isdecimal():
            i -= 1
        return folded[i:stop]
    return "" if c.isspace() else c


def _clean_cut(subject: str, lo: int, hi: int) -> bool:
    """Whether the window ``subject[lo:hi]`` cuts no token (see :data:`_TOKEN`) of
    ``subject`` and no phrase's look-behind there sees a letter before ``lo``: each
    edge is the text's end, or a run of letters or of ASCII digits does not go
    on across it, and a letter before ``lo`` has a space after it (no token opens
    at ``lo``)."""
    # _is_letter written out (isalnum and not isdecimal): this runs for every window
    if 0 < lo < len(subject):
        a, b = subject[lo - 1], subject[lo]
        if a.isalnum() and not a.isdecimal():
            if not b.isspace():
                return False
        elif a in _ASCII_DIGITS and b in _ASCII_DIGITS:
            return False
    if 0 < hi < len(subject):
        a, b = subject[hi - 1], subject[hi]
        if (a.isalnum() and not a.isdecimal() and b.isalnum() and not b.isdecimal()) or (
            a in _ASCII_DIGITS and b in _ASCII_DIGITS
        ):
            return False
    return True


def _tails(prepared: list[tuple[str, bool]]) -> tuple[frozenset[str], bool]:
    """The last characters of prepared phrases (see :func:`_prepare`), and whether
    one ends in "*" (then any word character may end its match)."""
    return frozenset(text[-1] for text, _ in prepared if text), any(w for _, w in prepared)


def _may_end_with(tails: tuple[frozenset[str], bool], char: str) -> bool:
    """Whether a match of phrases with ``tails`` (see :func:`_tails`) may end with ``char``."""
    return char in tails[0] or (tails[1] and _is_word(char))


def _is_word(char: str) -> bool:
    """Whether ``char`` is a word character (``\\w``)."""
    return char.isalnum() or char == "_"


# How a listed phrase is matched without its pattern: its words, whether a letter
# may not come before it, whether a word character may not come after it, and
# whether it ends in "*" (see _pattern, which it mirrors).
_Plan = tuple[tuple[str, ...], bool, bool, bool]

# A bucket's alternatives are matched in Python (see _Literals) for this many
# matches, then compiled: most buckets of a batch are used a few times only, and
# compiling one costs as much as 40-90 matches in Python beyond what the compiled
# pattern costs (measured per bucket on the English newsbatch articles: 36 us to
# compile one phrase against 1.2 us a match in Python and 0.3 us compiled, 190 us
# against 2.7 and 0.45 for four). Compiling once a bucket has cost that much in
# Python spends at most twice what the best choice would; at 16, a bucket used 17
# to 48 times was compiled for less than its compile cost (benchmarks/README.md,
# session 31).
_COMPILE_AFTER = 48
# ... when it has at most this many. Compiling costs about as much per phrase as
# a few dozen tries in Python, so a large bucket is worth trying in Python too
# while it is new; this bounds the cost of one match in Python all the same.
_MAX_PLANS = 64


def _plan(text: str, wildcard: bool) -> _Plan | None:
    """The plan of a prepared phrase (see _prepare), None when it has no word."""
    parts = tuple(text.split())
    if not parts:
        return None
    return parts, text[:1].isalnum(), wildcard or text[-1:].isalnum(), wildcard


def _is_letter(char: str) -> bool:
    r"""Whether ``char`` is ``[^\W\d_]``: a word character but no digit or underscore."""
    return char.isalnum() and not char.isdecimal()


def _plan_end(plan: _Plan, subject: str, pos: int, limit: int) -> int:
    r"""Where the pattern of ``plan`` matched at ``pos`` ends (``limit`` as endpos), or -1.

    The same steps as the pattern: a look-behind that sees before ``pos``, the
    words with one or more spaces (``\s``, which is ``str.isspace``) between,
    the ``\w*`` of a "*" and the closing ``(?!\w)``, which holds at ``limit``.
    """
    parts, head, tail, wildcard = plan
    if head and pos > 0 and _is_letter(subject[pos - 1]):
        return -1
    i = pos
    for k, part in enumerate(parts):
        if k:
            j = i
            while j < limit and subject[j].isspace():
                j += 1
            if j == i:
                return -1
            i = j
        if not subject.startswith(part, i, limit):
            return -1
        i += len(part)
    if wildcard:
        while i < limit and _is_word(subject[i]):
            i += 1
    elif tail and i < limit and _is_word(subject[i]):
        return -1
    return i


class _Found:
    """A match of :class:`_Literals`, read as a ``re.Match`` of the bucket is read."""

    __slots__ = ("_end", "_start", "lastgroup")

    def __init__(self, lastgroup: str, start: int, end: int) -> None:
        self.lastgroup = lastgroup
        self._start = start
        self._end = end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


class _Literals:
    """The alternatives of one bucket, matched in Python until used often.

    Compiling a bucket's alternation is most of what a cold batch spends on
    phrases; most buckets are matched a handful of times. Until
    :data:`_COMPILE_AFTER` matches, this tries the alternatives in order with
    :func:`_plan_end` (the first that matches wins, as in the alternation, and
    it names its group ``g<i>`` alike); then it compiles the alternation and
    puts it in the memo of its tokens in its place.
    """

    __slots__ = ("_key", "_owner", "_plans", "_uses")

    def __init__(self, owner: _Buckets, key: tuple[int, ...], plans: list[_Plan]) -> None:
        self._owner = owner
        self._key = key
        self._plans = tuple(zip((f"g{i}" for i in key), plans, strict=True))
        self._uses = 0

    def match(
        self, subject: str, pos: int = 0, endpos: int | None = None
    ) -> re.Match[str] | _Found | None:
        """The first alternative that matches at ``pos`` (before ``endpos``), as the alternation."""
        self._uses += 1
        if self._uses > _COMPILE_AFTER:
            regex = self._owner.promote(self._key, self)
            return (
                regex.match(subject, pos) if endpos is None else regex.match(subject, pos, endpos)
            )
        # pos and endpos are clamped into the text, as a pattern's match does.
        n = len(subject)
        pos = 0 if pos < 0 else min(pos, n)
        limit = n if endpos is None else max(0, min(endpos, n))
        for group, plan in self._plans:
            end = _plan_end(plan, subject, pos, limit)
            if end >= 0:
                return _Found(group, pos, end)
        return None


class _Split:
    """The alternatives of one large bucket, sorted again by the token they hold second.

    A bucket holds the phrases that open with one token ("a" of the French "a
    déclaré", "a affirmé", … and "à" folded): hundreds of alternatives, which
    an alternation tries one after the other at every position where that token
    stands (about 165 us a match on feedgen's French text). As
    :class:`_Buckets` reasons about the first token, a phrase of two tokens or
    more, every character of it in a token (see :func:`_covers`), can match
    only where the text's next token after the first (spaces between skipped)
    is its own second token (or, its last one ending in "*", starts with it):
    so only those alternatives are tried there, with the bucket's others (one
    token, or characters no token takes), in the bucket's order, which gives the
    same first match as the whole bucket. Each such set is matched as the
    owner's buckets are (:meth:`_Buckets.matcher_of`).
    """

    __slots__ = (
        "_all",
        "_always",
        "_keys",
        "_owner",
        "_prefix",
        "_prefix_lengths",
        "_second",
        "_whole",
    )

    def __init__(self, owner: _Buckets, key: tuple[int, ...]) -> None:
        self._owner = owner
        self._all = key
        # the whole alternation, for a text whose second token every alternative may hold
        self._whole: re.Pattern[str] | None = None
        self._second: dict[str, list[int]] = {}
        self._prefix: dict[str, list[int]] = {}
        self._always: list[int] = []
        for i in key:
            text, wildcard = owner._texts[i]
            tokens = _TOKEN.findall(text)
            if len(tokens) < 2 or not _covers(tokens, text):
                self._always.append(i)
            elif wildcard and len(tokens) == 2:
                self._prefix.setdefault(tokens[1], []).append(i)
            else:
                self._second.setdefault(tokens[1], []).append(i)
        self._prefix_lengths = tuple(sorted({len(p) for p in self._prefix}))
        self._keys: dict[str, tuple[int, ...]] = {}  # second token -> the alternatives

    def _key(self, second: str) -> tuple[int, ...]:
        """The alternatives that may match where the text's second token is ``second``."""
        chosen = list(self._second.get(second, ()))
        for n in self._prefix_lengths:
            if n > len(second):
                break
            chosen += self._prefix.get(second[:n], ())
        key = tuple(sorted(chosen + self._always))
        if len(self._keys) > 100_000:  # bound the memo on huge vocabularies
            self._keys.clear()
        self._keys[second] = key
        return key

    def match(
        self, subject: str, pos: int = 0, endpos: int | None = None
    ) -> re.Match[str] | _Found | None:
        """The first alternative that matches at ``pos`` (before ``endpos``), as the bucket's
        alternation would find it."""
        n = len(subject)
        pos = 0 if pos < 0 else min(pos, n)
        limit = n if endpos is None else max(0, min(endpos, n))
        second = ""
        head = _TOKEN.match(subject, pos, limit)
        if head is not None:
            j = head.end()
            while j < limit and subject[j].isspace():
                j += 1
            after = _TOKEN.match(subject, j, limit)
            if after is not None:
                second = after.group()
        key = self._keys.get(second)
        if key is None:
            key = self._key(second)
        if not key:
            return None
        matcher: _Matcher
        if key == self._all:
            if self._whole is None:
                self._whole = re.compile(self._owner.source(key))
            matcher = self._whole
        else:
            matcher = self._owner.matcher_of(key)
        return (
            matcher.match(subject, pos) if endpos is None else matcher.match(subject, pos, endpos)
        )


_Matcher = re.Pattern[str] | _Literals | _Split


class _Buckets:
    """The alternatives of one compiled phrase set, indexed by the token they open with.

    A phrase can only match where the text's token (see :data:`_TOKEN`) is its own
    first token (or, for a one-word ``*`` phrase, starts with it): the character
    after a phrase's first token is of another class, a space or (through the
    closing ``(?!\\w)``) no word character, so the text's token ends there too.
    Matching at a position therefore needs only the alternatives of the token
    there, tried in the same order as in the whole alternation, which gives the
    same first match as the whole alternation, without trying hundreds of
    alternatives that cannot match. Phrases that do not open with a token go in
    every bucket.
    """

    def __init__(self, texts: list[tuple[str, bool]], starts: _Starts) -> None:
        # The prepared phrases (see _prepare): their patterns are written, and
        # their plans (see _plan) made, when a bucket first needs them.
        self._texts = texts
        self._starts = starts
        # Read on every search (attributes, not properties: the hottest path):
        # whether some phrase is one word ending in "*" (a prefix opens it), and
        # the tokens that open a phrase, prefixes aside (see _Starts).
        self.has_prefixes = bool(starts.prefixes)
        self.firsts = starts.exact
        self._first: dict[str, list[int]] = {}
        self._prefix: dict[str, list[int]] = {}
        self._always: list[int] = []
        # The last tokens phrases end with, for match_before: a phrase can end at a
        # position only where the text's token ending there is its last token
        # (the same reasoning, read backwards), or a word character for a "*"
        # phrase; None when some phrase does not end with a token.
        ends: set[str] | None = set()
        # How many tokens the phrases hold, for match_before (see sizes below).
        sizes: set[int] | None = set()
        self._wild = False
        for i, (text, wildcard) in enumerate(texts):
            tokens = _TOKEN.findall(text)
            if ends is not None and tokens and text.endswith(tokens[-1]):
                ends.add(tokens[-1])
            else:
                ends = None
            if sizes is not None and tokens and not wildcard and _covers(tokens, text):
                sizes.add(len(tokens))
            else:
                sizes = None
            self._wild = self._wild or wildcard
            head = _TOKEN.match(text)
            if head is None:
                self._always.append(i)
            elif wildcard and len(tokens) == 1:
                self._prefix.setdefault(head.group(), []).append(i)
            else:
                self._first.setdefault(head.group(), []).append(i)
        self._prefix_lengths = tuple(sorted({len(p) for p in self._prefix}))
        self._ends = None if ends is None else frozenset(ends)
        # The numbers of tokens the phrases hold, largest first; None when a phrase
        # ends in "*" or holds a character no token takes. A phrase without "*" is
        # matched character for character, its words apart by spaces (which no token
        # takes), so a match holds the same tokens as the phrase, which the text's
        # tokens are there too where the match starts and ends at token edges: a
        # match of n tokens that ends with the text's token k opens with its token
        # k - n + 1 (see PhraseSet._match_ending), the only tokens tried there.
        self.sizes: tuple[int, ...] | None = (
            None if sizes is None else tuple(sorted(sizes, reverse=True))
        )
        # token -> what at() returns; read directly on the hottest path
        self.memo: dict[str, tuple[bool, _Matcher | None]] = {}
        # The tokens known to open a phrase here (at() admits them and has
        # alternatives for them) and those known not to: what a text's tokens
        # share with each is one set operation (see openers).
        self._opens: set[str] = set()
        self._shut: set[str] = set()
        self._compiled: dict[tuple[int, ...], _Matcher] = {}
        # bucket -> the tokens whose memo holds its _Literals (replaced once compiled)
        self._users: dict[tuple[int, ...], list[str]] = {}

    def openers(self, tokens: frozenset[str]) -> set[str]:
        """The tokens of ``tokens`` where a phrase may open: those :meth:`at`
        admits and has alternatives for, the rest of a text's tokens skipped.

        Each token is asked once; later texts sort their tokens with two set
        operations, without a loop in Python over the tokens seen before."""
        opens, shut = self._opens, self._shut
        new = tokens - opens - shut  # each a loop over the smaller side, in C
        if new:
            if len(opens) + len(shut) > 100_000:  # bound the sets on huge vocabularies
                opens.clear()
                shut.clear()
            for token in new:
                admitted, regex = self.at(token)
                (opens if admitted and regex is not None else shut).add(token)
        return opens.intersection(tokens)

    def promote(self, key: tuple[int, ...], literals: _Literals) -> re.Pattern[str]:
        """The compiled alternation of bucket ``key``, put in place of its ``literals``
        in the memo (see :class:`_Literals`)."""
        regex = re.compile(self.source(key))
        if self._compiled.get(key) is literals:
            self._compiled[key] = regex
        for token in self._users.pop(key, ()):
            hit = self.memo.get(token)
            if hit is not None and hit[1] is literals:
                self.memo[token] = (hit[0], regex)
        return regex

    def source(self, indices: Iterable[int]) -> str:
        """The alternation of the alternatives at ``indices`` (in that order).

        Consecutive alternatives that open with the same look-behind (no letter
        before them, see :func:`_prepared_pattern`) share one: ``(?<!L)(?:A|B)|C``
        tries the same alternatives in the same order at a position as
        ``(?<!L)A|(?<!L)B|C`` (a look-behind is the same test wherever it
        stands at that position) and names the same group, and Python's regex
        compiler, which a batch runs on every bucket it compiles, takes about a
        quarter less time over it (a bucket's alternatives open with one word,
        so most of them share it)."""
        runs: list[tuple[bool, list[str]]] = []  # (opens with the look-behind, groups)
        for i in indices:
            text, wildcard = self._texts[i]
            headed = _opens_with_word(text)
            group = f"(?P<g{i}>{_prepared_pattern(text, wildcard, head=False)})"
            if runs and runs[-1][0] == headed:
                runs[-1][1].append(group)
            else:
                runs.append((headed, [group]))
        return "|".join(
            (
                f"{_NO_LETTER_BEFORE}(?:{'|'.join(groups)})"
                if len(groups) > 1
                else _NO_LETTER_BEFORE + groups[0]
            )
            if headed
            else "|".join(groups)
            for headed, groups in runs
        )

    def none_end(self, folded: str, lo: int, stop: int) -> bool:
        """True when no phrase can end at ``stop`` (False: try the tokens before it)."""
        if self._ends is None or (self._wild and stop > 0 and _is_word(folded[stop - 1])):
            return False
        return _last_token(folded, lo, stop) not in self._ends

    def at(self, token: str) -> tuple[bool, _Matcher | None]:
        """Whether ``token`` opens a phrase, and the alternatives that can match there
        (None when none can); ``""`` stands for a position where no token starts."""
        hit = self.memo.get(token)
        if hit is not None:
            return hit
        # The token opens a phrase (it is a phrase's first token, or a "*"
        # phrase's word begins it: _Starts.admits) when some alternative is
        # chosen here other than those opening with no token (_always).
        first = self._first.get(token)
        admitted = first is not None
        chosen = list(first) if first is not None else []
        merged = False  # several lists: sort and dedupe; one is already in order
        for n in self._prefix_lengths:  # in increasing order
            if n > len(token):
                break
            more = self._prefix.get(token[:n])
            if more:
                admitted = merged = True
                chosen += more
        if self._always:
            merged = True
            chosen += self._always
        key = tuple(sorted(set(chosen))) if merged else tuple(chosen)
        regex = self.matcher_of(key, split=True) if key else None
        if len(self.memo) > 100_000:  # bound the memo on huge vocabularies
            self.memo.clear()
            self._users.clear()
        if isinstance(regex, _Literals):
            self._users.setdefault(key, []).append(token)
        hit = self.memo[token] = (admitted, regex)
        return hit

    def matcher_of(self, key: tuple[int, ...], *, split: bool = False) -> _Matcher:
        """What matches the alternatives ``key`` (made at the first ask, see :meth:`_matcher`)."""
        matcher = self._compiled.get(key)
        if matcher is None:
            matcher = self._compiled[key] = self._matcher(key, split=split)
        return matcher

    def _matcher(self, key: tuple[int, ...], *, split: bool = False) -> _Matcher:
        """What matches bucket ``key``: its plans in Python while it is new
        (:class:`_Literals`), its compiled alternation when a phrase has no plan
        or the bucket more than :data:`_MAX_PLANS` phrases, sorted again by their
        second token first (:class:`_Split`) when ``split`` (a bucket of one first
        token; the sets :class:`_Split` picks out of one are never split again)."""
        if split and len(key) > _MAX_PLANS:
            return _Split(self, key)
        plans = [_plan(*self._texts[i]) for i in key]
        if len(plans) > _MAX_PLANS or any(plan is None for plan in plans):
            return re.compile(self.source(key))
        return _Literals(self, key, [plan for plan in plans if plan is not None])


# How many recent texts (of at most how many characters) a phrase set remembers its
# matches in; the bound on length keeps whole articles out of the memo.
_MAX_RECENT = 8
_MAX_RECENT_CHARS = 4000


def _rebuilt(listed: dict[str, list[str]], proclitics: tuple[str, ...], lazy: bool) -> PhraseSet:
    """A pickled :class:`PhraseSet`, made again from its phrases (see ``__reduce__``)."""
    phrases = PhraseSet(listed, lazy=lazy)
    if proclitics:
        phrases.allow_proclitics(proclitics)
    return phrases


def _whole(
    buckets: _Buckets, labels: list[tuple[str, str]] | None
) -> tuple[re.Pattern[str], list[tuple[str, str]]] | None:
    """One alternation of every phrase, group ``g<i>`` for the i-th, as tried in order."""
    if labels is None:
        return None
    return re.compile(buckets.source(range(len(labels)))), labels


# One lock for every lazy phrase set's first use: preparing is quick, contention rare.
_PREPARING = threading.Lock()


class PhraseSet:
    """A compiled set of labelled phrases.

    ``find`` returns non-overlapping matches, longest phrase first at each
    position, scanning left to right. The regular expression is only tried
    at tokens that can open one of the phrases, which keeps large phrase
    lists cheap on long texts.
    """

    def __init__(self, phrases: Mapping[str, Iterable[str]], *, lazy: bool = False) -> None:
        """Prepare the phrases (``lazy``: at the first match instead, see :attr:`built`)."""
        listed = {label: list(items) for label, items in phrases.items()}
        self.labels = frozenset(listed)
        self.empty = not any(phrase.strip() for items in listed.values() for phrase in items)
        self._listed = listed
        self._proclitics: tuple[str, ...] = ()
        # The whole alternations, compiled on demand (see _whole_of)
        self._wholes: dict[bool, tuple[re.Pattern[str], list[tuple[str, str]]] | None] = {}
        # Still to prepare, with the proclitics given meanwhile (lazy sets only)
        self._pending = lazy
        if not lazy:
            self._prepare()

    def _ready(self) -> None:
        """Prepare a lazy set at its first use (one thread prepares, the others wait)."""
        with _PREPARING:
            if self._pending:
                self._prepare()
                self._pending = False

    def _prepare(self) -> None:
        """Prepare the listed phrases: their starts, buckets, tails and proclitics."""
        phrases = self._listed
        # Each alternative as (length, label, phrase, prepared phrase), prepared
        # (trimmed, folded) once for its starts, its bucket and its pattern.
        folded_alts: list[tuple[int, str, str, tuple[str, bool]]] = []
        exact_alts: list[tuple[int, str, str, tuple[str, bool]]] = []
        for label, items in phrases.items():
            for phrase in items:
                if not phrase.strip():
                    continue
                if _is_case_sensitive(phrase):
                    exact_alts.append((len(phrase), label, phrase, _prepare(phrase, folded=False)))
                else:
                    folded_alts.append((len(phrase), label, phrase, _prepare(phrase, folded=True)))
        self._folded_labels = self._sort(folded_alts)
        self._exact_labels = self._sort(exact_alts)
        folded_texts = [a[3] for a in folded_alts]
        exact_texts = [a[3] for a in exact_alts]
        self._folded_starts = _starts(folded_texts)
        self._exact_starts = _starts(exact_texts)
        # The alternatives (sorted by _sort) indexed by their first token: matching
        # compiles only the few that can open at a token, when first needed.
        self._folded_buckets = _Buckets(folded_texts, self._folded_starts)
        self._exact_buckets = _Buckets(exact_texts, self._exact_starts)
        self._admitted: dict[tuple[bool, str], bool] = {}
        # The last few texts searched and their matches: the context of every
        # claim of a sentence searches that sentence again for the same phrases.
        self._recent: dict[tuple[str, str], tuple[PhraseMatch, ...]] = {}
        # The characters a match can end with (see may_end), per side; None when
        # a "*" phrase ends in any word character.
        self._folded_tails = _tails(folded_texts)
        self._exact_tails = _tails(exact_texts)
        self._glued: tuple[re.Pattern[str], list[tuple[str, str]]] | None = None
        # Whether only the phrases' opening tokens can open a match (no
        # proclitics): find then answers a text none of whose tokens is one at once.
        self._plain = True
        if self._proclitics:
            self._glue(self._proclitics)

    @property
    def built(self) -> bool:
        """Whether the phrases are prepared for matching. A set made with ``lazy=True``
        (a language lists about fifty; a batch uses a few) is prepared at its first
        match, exactly as it would have been when made, and matches the same."""
        return not self._pending

    @property
    def phrases(self) -> dict[str, list[str]]:
        """The phrases as listed, by label (a copy)."""
        return {label: list(items) for label, items in self._listed.items()}

    @property
    def proclitics(self) -> tuple[str, ...]:
        """The proclitics allowed before a phrase (see :meth:`allow_proclitics`), folded."""
        return self._proclitics

    def __reduce__(self) -> tuple[object, ...]:
        # Pickled (to a worker) as its phrases, never with what it learnt (its memos,
        # its compiled buckets): the receiver prepares it alike, lazily if it was.
        return (_rebuilt, (self._listed, self._proclitics, self._pending))

    def allow_proclitics(self, proclitics: Iterable[str]) -> None:
        """Let every folded phrase also match with a proclitic glued before it.

        Arabic writes conjunctions, prepositions and the article as one word
        with the next ("وقال", "بحسب", "القتلى"): with ``و``, ``ب``, ``ال``
        allowed, "قال", "حسب" and "قتلى" are found there too. The match then
        starts after the proclitic, so its span covers the listed phrase only.
        """
        self._proclitics = tuple(sorted({fold(p) for p in proclitics if p.strip()}, key=len))[::-1]
        if not self._pending:
            self._glue(self._proclitics)

    def _glue(self, proclitics: tuple[str, ...]) -> None:
        """Compile the pattern of a phrase with one of ``proclitics`` glued before it."""
        self._plain = self._plain and not proclitics
        self._admitted.clear()
        self._recent.clear()
        labels = self._folded_labels
        if labels is None or not proclitics:
            self._glued = None
            return
        alts = [
            (i, _pattern(phrase, folded=True, head=False))
            for i, (_, phrase) in enumerate(labels)
            if phrase.strip()[:1].isalpha()
        ]
        if not alts:
            self._glued = None
            return
        pre = "|".join(re.escape(p) for p in proclitics)
        groups = "|".join(f"(?P<g{i}>{pat})" for i, pat in alts)
        self._glued = re.compile(rf"(?<![^\W\d_])(?P<pre>{pre})(?:{groups})"), labels

    def _glued_admits(self, token: str) -> bool:
        """Whether a token is a proclitic glued to a token that can open a phrase."""
        key = (True, "\x00" + token)  # memoised beside the plain tokens, apart from them
        hit = self._admitted.get(key)
        if hit is None:
            hit = self._admitted[key] = any(
                token.startswith(p) and len(token) > len(p) and self._admits(False, token[len(p) :])
                for p in self._proclitics
            )
        return hit

    def _glued_match(self, folded: str, pos: int, stop: int | None = None) -> PhraseMatch | None:
        """A phrase with a proclitic glued before it at ``pos``, spanning the phrase only."""
        if self._glued is None:
            return None
        regex, labels = self._glued
        m = regex.match(folded, pos) if stop is None else regex.match(folded, pos, stop)
        if m is None or m.lastgroup is None or m.end() == m.end("pre"):
            return None
        label, phrase = labels[int(m.lastgroup[1:])]
        return PhraseMatch(label, m.end("pre"), m.end(), phrase)

    def _admits(self, exact: bool, token: str) -> bool:
        key = (exact, token)
        hit = self._admitted.get(key)
        if hit is None:
            starts = self._exact_starts if exact else self._folded_starts
            hit = self._admitted[key] = starts.admits(token)
            if len(self._admitted) > 100_000:  # bound the memo on huge vocabularies
                self._admitted.clear()
        return hit

    @staticmethod
    def _sort(alts: list[tuple[int, str, str, tuple[str, bool]]]) -> list[tuple[str, str]] | None:
        """Sort the alternatives in place, in the order they are tried; their
        (label, phrase), group ``g<i>`` for the i-th, or None when there are none."""
        if not alts:
            return None
        # Longer phrases first so "mai mult de" wins over "mai".
        alts.sort(key=lambda a: (-a[0], a[2]))
        return [(label, phrase) for _, label, phrase, _ in alts]

    def _whole_of(self, exact: bool) -> tuple[re.Pattern[str], list[tuple[str, str]]] | None:
        """The whole alternation of the folded (or, ``exact``, the as-written) phrases
        and their (label, phrase), compiled once.

        Matching never needs it (it tries the alternatives of one token, see
        :class:`_Buckets`): it is compiled on demand, for the checks that
        every pattern runs in linear time.
        """
        if exact not in self._wholes:
            if self._pending:
                self._ready()
            self._wholes[exact] = (
                _whole(self._exact_buckets, self._exact_labels)
                if exact
                else _whole(self._folded_buckets, self._folded_labels)
            )
        return self._wholes[exact]

    @property
    def _folded(self) -> tuple[re.Pattern[str], list[tuple[str, str]]] | None:
        """The whole alternation of the folded phrases (see :meth:`_whole_of`)."""
        return self._whole_of(False)

    @property
    def _exact(self) -> tuple[re.Pattern[str], list[tuple[str, str]]] | None:
        """:attr:`_folded` for the phrases matched as written."""
        return self._whole_of(True)

    def find(self, text: str, folded: str | None = None) -> list[PhraseMatch]:
        """All matches in ``text`` (``folded`` is ``fold(text)``, if already computed)."""
        if self._pending:
            self._ready()
        if folded is None:
            folded = fold(text)
        if self._plain:
            # Whether some token of the text (or of the folded text) opens a phrase,
            # as _find tells it in a text without combining marks or proclitics;
            # written out, with the distinct tokens read straight from the cached
            # token lists (no helper call), as most calls end here.
            buckets = self._folded_buckets
            opens = self._folded_labels is not None and (
                bool(buckets.openers(_token_lists(folded)[2]))
                if buckets.has_prefixes
                else not buckets.firsts.isdisjoint(_token_lists(folded)[2])
            )
            if not opens and self._exact_labels is not None:
                buckets = self._exact_buckets
                opens = (
                    bool(buckets.openers(_token_lists(text)[2]))
                    if buckets.has_prefixes
                    else not buckets.firsts.isdisjoint(_token_lists(text)[2])
                )
            if not opens and (folded.isascii() or _unmarked(folded) is None):
                return []  # no token of the text opens a phrase: the common case
        if len(text) > _MAX_RECENT_CHARS:
            return self._find_unmarked(text, folded)
        key = (text, folded)
        hit = self._recent.get(key)
        if hit is None:
            if len(self._recent) >= _MAX_RECENT:
                del self._recent[next(iter(self._recent))]  # the oldest
            hit = self._recent[key] = tuple(self._find_unmarked(text, folded))
        return list(hit)

    def _find_unmarked(self, text: str, folded: str) -> list[PhraseMatch]:
        unmarked = _unmarked(folded)
        if unmarked is None:
            return self._find(text, folded)
        bare, keep = unmarked
        return [_back(m, keep) for m in self._find(_stripped(text, folded), bare)]

    def _find(self, text: str, folded: str) -> list[PhraseMatch]:
        found: list[PhraseMatch] = []
        for labels, subject, buckets in (
            (self._folded_labels, folded, self._folded_buckets),
            (self._exact_labels, text, self._exact_buckets),
        ):
            if labels is None:
                continue
            memo = buckets.memo
            last_end = 0
            if buckets is not self._folded_buckets or self._glued is None:
                # Without proclitics a phrase opens only at a token that opens one
                # of the phrases (see _Buckets.openers): the text's tokens that do
                # (most often none) are found at once, and only their starts visited.
                begins, names, distinct = _token_lists(subject)
                hits: set[str] | frozenset[str] = (
                    buckets.firsts.intersection(distinct)
                    if not buckets.has_prefixes
                    else buckets.openers(distinct)
                )
                if not hits:
                    continue
                heads = itertools.compress(
                    zip(begins, names, strict=True), map(hits.__contains__, names)
                )
                for begin, token in heads:
                    if begin < last_end:
                        continue
                    regex = (memo.get(token) or buckets.at(token))[1]
                    hit = _matched(regex, subject, begin, labels) if regex is not None else None
                    if hit is not None:
                        found.append(hit)
                        last_end = hit.end
                continue
            glue = True
            for begin, token in _tokens(subject):
                if begin < last_end:
                    continue
                admitted, regex = memo.get(token) or buckets.at(token)
                if not admitted or regex is None:
                    if glue and self._glued_admits(token):
                        glued = self._glued_match(subject, begin)
                        if glued is not None:
                            found.append(glued)
                            last_end = glued.end
                    continue
                hit = _matched(regex, subject, begin, labels)
                if hit is not None:
                    found.append(hit)
                    last_end = hit.end
        if self._folded_labels is not None and self._exact_labels is not None:
            found = merge_matches(found)
        return found

    def find_in(self, text: str, folded: str, lo: int, hi: int) -> list[PhraseMatch]:
        """``self.find(text[lo:hi], folded[lo:hi])``: the matches in a window of a text,
        with spans in the window (``folded`` is ``fold(text)``).

        The rules look for phrases in many small windows of one text (a figure's
        clause, its sentence before it). Searching each window as a text of its
        own tokenises it afresh; here the window reads the tokens of the whole
        text (cached, see :func:`_token_names`) between ``lo`` and ``hi`` and
        matches there with ``hi`` as the end of the text. That finds the same
        phrases wherever the window's edges cut no token (see :func:`_clean_cut`):
        then the window's tokens are the text's, a phrase's look-behind sees no
        letter before ``lo`` either way, and a match may not run past ``hi``.
        Other windows (and texts with combining marks or sets with proclitics)
        are searched as texts of their own."""
        if self._pending:
            self._ready()
        n = len(folded)
        # clamped into the text (min written out: this runs for every window)
        lo = 0 if lo < 0 else lo if lo < n else n
        hi = lo if hi < lo else hi if hi < n else n
        if (
            not self._plain
            or not _clean_cut(folded, lo, hi)
            or (self._exact_labels is not None and not _clean_cut(text, lo, hi))
            or (not folded.isascii() and _unmarked(folded) is not None)
        ):
            return self.find(text[lo:hi], folded[lo:hi])
        found: list[PhraseMatch] = []
        for labels, subject, buckets in (
            (self._folded_labels, folded, self._folded_buckets),
            (self._exact_labels, text, self._exact_buckets),
        ):
            if labels is None:
                continue
            begins, names, _ = _token_lists(subject)
            first = bisect.bisect_left(begins, lo)
            last = bisect.bisect_left(begins, hi, first)
            inside = names[first:last]
            hits: set[str] | frozenset[str] = (
                buckets.firsts.intersection(inside)
                if not buckets.has_prefixes
                else buckets.openers(frozenset(inside))
            )
            if not hits:
                continue
            memo = buckets.memo
            last_end = lo
            for k in itertools.compress(range(first, last), map(hits.__contains__, inside)):
                begin = begins[k]
                if begin < last_end:
                    continue
                regex = (memo.get(names[k]) or buckets.at(names[k]))[1]
                m = None if regex is None else regex.match(subject, begin, hi)
                if m is None or m.end() == m.start():
                    continue
                assert m.lastgroup is not None
                label, phrase = labels[int(m.lastgroup[1:])]
                found.append(PhraseMatch(label, m.start() - lo, m.end() - lo, phrase))
                last_end = m.end()
        if self._folded_labels is not None and self._exact_labels is not None:
            found = merge_matches(found)
        return found

    def match_at(self, folded: str, pos: int, text: str | None = None) -> PhraseMatch | None:
        """The longest phrase starting exactly at ``pos``, if any (else one after a
        proclitic glued at ``pos``, see :meth:`allow_proclitics`)."""
        if self._pending:
            self._ready()
        # Parsers call this at every token of a document for several sets (the
        # date parser for six): the passes are written out, with no helper calls
        # where nothing can open.
        unmarked = None if folded.isascii() else _unmarked(folded)  # (see _unmarked)
        keep: tuple[int, ...] | None = None
        if unmarked is not None:
            bare, keep = unmarked
            k = bisect.bisect_left(keep, pos)
            if k >= len(keep) or keep[k] != pos:
                return None  # a combining mark opens no phrase
            if text is not None:
                text = _stripped(text, folded)
            folded, pos = bare, k
        best: PhraseMatch | None = None
        labels = self._folded_labels
        if labels is not None:
            token: str
            if len(folded) < _TABLE_CHARS:  # a sentence: _token_at, written out
                head = _TOKEN.match(folded, pos)
                token = "" if head is None else head.group()
            else:  # a document: its table first (see _token_at), written out
                table = _TABLES.get(folded)
                listed = table.get(pos) if table is not None else None
                token = listed if listed is not None else _token_at(folded, pos)
            buckets = self._folded_buckets
            regex = (buckets.memo.get(token) or buckets.at(token))[1]
            m = None if regex is None else regex.match(folded, pos)
            if m:
                assert m.lastgroup is not None
                label, phrase = labels[int(m.lastgroup[1:])]
                best = PhraseMatch(label, m.start(), m.end(), phrase)
        labels = self._exact_labels
        if labels is not None and text is not None:
            if len(text) < _TABLE_CHARS:
                head = _TOKEN.match(text, pos)
                token = "" if head is None else head.group()
            else:
                table = _TABLES.get(text)
                listed = table.get(pos) if table is not None else None
                token = listed if listed is not None else _token_at(text, pos)
            buckets = self._exact_buckets
            regex = (buckets.memo.get(token) or buckets.at(token))[1]
            m = None if regex is None else regex.match(text, pos)
            if m and (best is None or m.end() > best.end):
                assert m.lastgroup is not None
                label, phrase = labels[int(m.lastgroup[1:])]
                best = PhraseMatch(label, m.start(), m.end(), phrase)
        if best is None and self._glued is not None:
            best = self._glued_match(folded, pos)
        return best if best is None or keep is None else _back(best, keep)

    def may_open(self, folded_token: str, text_token: str | None) -> bool:
        """False only when :meth:`match_at` certainly finds nothing at a position
        where the folded text's token (see :data:`_TOKEN`) is ``folded_token``
        and the text's is ``text_token`` (``None``: no text given), in a text
        without combining marks (see :func:`has_marks`).

        It asks exactly what :meth:`match_at` asks before it runs a pattern
        (whether some alternative opens with that token), and counts a glued
        proclitic whenever the token and a proclitic could begin alike. A
        parser that tries several sets at every word (see :class:`Openers`)
        skips the words none of them can open at.
        """
        if self._pending:
            self._ready()
        if self._folded_labels is not None and self._folded_buckets.at(folded_token)[1] is not None:
            return True
        if (
            text_token is not None
            and self._exact_labels is not None
            and self._exact_buckets.at(text_token)[1] is not None
        ):
            return True
        # The glued pattern needs a proclitic at the position: the token and the
        # proclitic both begin the text there, so one is a prefix of the other.
        return self._glued is not None and any(
            p.startswith(folded_token) or folded_token.startswith(p) for p in self._proclitics
        )

    def may_end(self, folded: str, stop: int, text: str | None = None) -> bool:
        """False only when no match of :meth:`match_at` (``text`` given as there)
        or :meth:`match_before` can end at ``stop``: a match ends with the last
        character of its phrase (or a word character, after a "*" phrase), and
        that character stands right before ``stop``."""
        if self._pending:
            self._ready()
        if stop <= 0 or stop > len(folded):
            return stop > 0
        if _may_end_with(self._folded_tails, folded[stop - 1]):
            return True
        return (
            text is not None
            and self._exact_labels is not None
            and stop <= len(text)
            and _may_end_with(self._exact_tails, text[stop - 1])
        )

    @property
    def has_exact(self) -> bool:
        """Whether some phrase is matched as written (on the text, not the folded text)."""
        if self._pending:
            self._ready()
        return self._exact_labels is not None

    def match_before(self, folded: str, end: int, window: int = 60) -> PhraseMatch | None:
        """The longest phrase ending exactly at ``end`` (spaces before ``end`` allowed)."""
        if self._pending:
            self._ready()
        keep: tuple[int, ...] | None = None
        if not folded.isascii():
            unmarked = _unmarked(folded)  # (see _unmarked)
            if unmarked is not None:
                folded, keep = unmarked
                end = bisect.bisect_left(keep, end)
        stop = end
        while stop > 0 and folded[stop - 1] == " ":
            stop -= 1
        if stop <= 0:
            return None
        # _may_end_with written out: no phrase ends with the character there is the
        # common case, answered here without a call
        tails, char = self._folded_tails, folded[stop - 1]
        if char not in tails[0] and not (tails[1] and (char.isalnum() or char == "_")):
            return None
        if self._glued is None and self._folded_labels is not None and len(folded) >= _TABLE_CHARS:
            # in a document, no token cut at stop (a run of letters, or of ASCII
            # digits, going on across it; written out, not called: a third of the
            # calls come here, most answered at once by _match_ending)
            after = folded[stop] if stop < len(folded) else ""
            if not (
                (
                    char.isalnum()
                    and not char.isdecimal()
                    and after.isalnum()
                    and not after.isdecimal()
                )
                or (char in _ASCII_DIGITS and after in _ASCII_DIGITS)
            ):
                m = self._match_ending(folded, max(0, stop - window), stop)
                return m if m is None or keep is None else _back(m, keep)
        m = self._match_before(folded, stop, window)
        return m if m is None or keep is None else _back(m, keep)

    def _match_before(self, folded: str, stop: int, window: int) -> PhraseMatch | None:
        """:meth:`match_before` once ``stop`` (its ``end``, spaces before it left
        out) is known to be where some phrase may end, where :meth:`_match_ending`
        does not serve: a short text, glued proclitics, or a token cut at ``stop``."""
        lo = max(0, stop - window)
        best: PhraseMatch | None = None
        labels = self._folded_labels
        if labels is None:
            return None
        buckets = self._folded_buckets
        if self._glued is None and buckets.none_end(folded, lo, stop):
            return None
        memo = buckets.memo
        for tok in _TOKEN.finditer(folded, lo, stop):
            begin = tok.start()
            if begin > 0 and folded[begin - 1].isalnum() and folded[begin].isalnum():
                continue
            admitted, regex = memo.get(tok.group()) or buckets.at(tok.group())
            if not admitted or regex is None:
                if self._glued is not None and self._glued_admits(tok.group()):
                    glued = self._glued_match(folded, begin, stop)
                    if glued is not None and glued.end == stop:
                        return glued
                continue
            m = regex.match(folded, begin, stop)
            if m and m.end() == stop:
                assert m.lastgroup is not None
                label, phrase = labels[int(m.lastgroup[1:])]
                return PhraseMatch(label, m.start(), m.end(), phrase)
        return best

    def _match_ending(self, folded: str, lo: int, stop: int) -> PhraseMatch | None:
        """:meth:`_match_before` in a long text, no proclitics, with no token cut at
        ``stop``: the tokens of ``[lo, stop)`` are read from the whole text's token
        lists (cached, see :func:`_token_names`) rather than found again in each
        window, and only those that open a phrase are visited. A token the window
        cuts at ``lo`` is none of them: it is letters or digits after a letter or
        digit, where :meth:`_match_before` tries no phrase either."""
        buckets = self._folded_buckets
        begins, names, _ = _token_lists(folded)
        last = bisect.bisect_left(begins, stop) - 1  # the token that ends at stop, if any
        if last < 0:
            return None
        ends = buckets._ends
        # (the window holds the token last, begins[last] >= lo, when first <= last)
        if begins[last] >= lo and begins[last] + len(names[last]) == stop:
            if (
                ends is not None
                and not (buckets._wild and _is_word(folded[stop - 1]))
                and names[last] not in ends
            ):
                return None  # no phrase ends with the token there (none_end)
            first = bisect.bisect_left(begins, lo, 0, last + 1)
            sizes = buckets.sizes
            if sizes is not None:
                return self._match_sized(folded, stop, first, last, sizes)
        elif buckets.none_end(folded, lo, stop):
            return None
        else:
            first = bisect.bisect_left(begins, lo, 0, last + 1)
        inside = names[first : last + 1]
        hits: set[str] | frozenset[str] = (
            buckets.firsts.intersection(inside)
            if not buckets.has_prefixes
            else buckets.openers(frozenset(inside))
        )
        if not hits:
            return None
        for k in itertools.compress(range(first, last + 1), map(hits.__contains__, inside)):
            found = self._ending_from(folded, begins[k], names[k], stop)
            if found is not None:
                return found
        return None

    def _ending_from(self, folded: str, begin: int, name: str, stop: int) -> PhraseMatch | None:
        """The phrase that opens with the token ``name`` at ``begin`` and ends at
        ``stop``, if any (none where ``begin`` cuts a word)."""
        if begin > 0 and folded[begin - 1].isalnum() and folded[begin].isalnum():
            return None
        buckets = self._folded_buckets
        regex = (buckets.memo.get(name) or buckets.at(name))[1]
        m = None if regex is None else regex.match(folded, begin, stop)
        if m is None or m.end() != stop:
            return None
        labels = self._folded_labels
        assert labels is not None
        assert m.lastgroup is not None
        label, phrase = labels[int(m.lastgroup[1:])]
        return PhraseMatch(label, m.start(), m.end(), phrase)

    def _match_sized(
        self, folded: str, stop: int, first: int, last: int, sizes: tuple[int, ...]
    ) -> PhraseMatch | None:
        """:meth:`_match_ending` where the token ``last`` of the text ends at ``stop``
        and every phrase holds one of ``sizes`` tokens (see ``_Buckets.sizes``): a
        phrase of n tokens can end there only if it opens with the token ``last - n
        + 1``, so those tokens alone are tried, earliest first (as the tokens of the
        window are), rather than every token of the window that opens a phrase."""
        begins, names, _ = _token_lists(folded)
        firsts = self._folded_buckets.firsts
        for size in sizes:
            k = last - size + 1
            if k < first or names[k] not in firsts:
                continue
            found = self._ending_from(folded, begins[k], names[k], stop)
            if found is not None:
                return found
        return None


def has_marks(folded: str) -> bool:
    """Whether ``folded`` holds combining marks written apart (see :data:`_MARKS`):
    phrases are then matched on the text without them, token by token of that text."""
    return _unmarked(folded) is not None


# A bound on the tokens an Openers remembers (a huge vocabulary never grows it further).
_MAX_OPENERS_MEMO = 100_000


class Openers:
    """Which of several phrase sets can open a match at a position.

    A parser that tries the same sets' :meth:`PhraseSet.match_at` at every
    word (the date parser tries six) asks this first, once per word: it reads
    the token there and remembers, per token, which sets open with it
    (:meth:`PhraseSet.may_open`), so most words cost one dictionary lookup.
    A set is left out only where its ``match_at`` would find nothing, so
    skipping those sets (and the words no set opens at) changes no result.
    """

    def __init__(self, sets: Iterable[PhraseSet]) -> None:
        self._sets = tuple(sets)
        self._exact = any(s.has_exact for s in self._sets)
        self._memo: dict[tuple[str, str | None], int] = {}

    def which(self, folded: str, pos: int, text: str | None = None) -> int:
        """The sets that may find a phrase with ``match_at(folded, pos, text)``, as
        bits (``1 << i`` for the i-th set given); 0 when none can.

        Valid for a ``folded`` without combining marks (:func:`has_marks`);
        the caller tries every set at every position of a text that has them.
        """
        head = _TOKEN.match(folded, pos)
        folded_token = "" if head is None else head.group()
        text_token: str | None = None
        if self._exact and text is not None:
            text_head = _TOKEN.match(text, pos)
            text_token = "" if text_head is None else text_head.group()
        key = (folded_token, text_token)
        hit = self._memo.get(key)
        if hit is None:
            if len(self._memo) > _MAX_OPENERS_MEMO:
                self._memo.clear()
            hit = self._memo[key] = sum(
                1 << i for i, s in enumerate(self._sets) if s.may_open(folded_token, text_token)
            )
        return hit

    def at(self, folded: str, pos: int, text: str | None = None) -> bool:
        """False when no set's ``match_at(folded, pos, text)`` can find a phrase
        (see :meth:`which`)."""
        return self.which(folded, pos, text) != 0
