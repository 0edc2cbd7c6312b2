"""Progress on a terminal for long batches, nothing when piped."""

from __future__ import annotations

import io

import crosscheck
from crosscheck.cli import PROGRESS_MIN_ARTICLES, _progress_line


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_report_calls_progress_once_per_article_in_order() -> None:
    articles = [
        crosscheck.Article(id=f"a{i}", text=f"At least {i + 2} people died.", language="en")
        for i in range(4)
    ]
    seen: list[tuple[int, int]] = []
    crosscheck.report(articles, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_no_progress_line_when_piped() -> None:
    assert _progress_line(io.StringIO()) is None


def test_progress_line_on_a_terminal_ends_with_a_newline() -> None:
    stream = _Terminal()
    draw = _progress_line(stream)
    assert draw is not None
    total = PROGRESS_MIN_ARTICLES
    for done in range(1, total + 1):
        draw(done, total)
    out = stream.getvalue()
    assert f"{total}/{total} articles\n" in out
    assert out.count("\n") == 1


def test_short_batches_draw_nothing() -> None:
    stream = _Terminal()
    draw = _progress_line(stream)
    assert draw is not None
    draw(1, 2)
    draw(2, 2)
    assert stream.getvalue() == ""
