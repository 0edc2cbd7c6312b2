"""crosscheck._memo.per_text: answers asked again about a recent text come from the memo."""

from __future__ import annotations

from collections.abc import Callable

from crosscheck import _memo
from crosscheck._memo import per_text


def _counting() -> tuple[list[tuple[str, int]], Callable[[str, int], tuple[str, int]]]:
    calls: list[tuple[str, int]] = []

    @per_text
    def look(text: str, pos: int) -> tuple[str, int]:
        calls.append((text, pos))
        return text[pos:], pos

    return calls, look


def test_a_question_asked_again_is_answered_from_the_memo() -> None:
    calls, look = _counting()
    assert look("abc", 1) == ("bc", 1)
    assert look("abc", 1) == ("bc", 1)
    assert look("abc", 2) == ("c", 2)
    assert calls == [("abc", 1), ("abc", 2)]


def test_only_the_last_few_texts_are_remembered() -> None:
    calls, look = _counting()
    texts = [f"text {i}" for i in range(_memo.TEXTS + 1)]
    for text in texts:
        look(text, 0)
    look(texts[-1], 0)  # recent: from the memo
    look(texts[0], 0)  # the oldest was forgotten: computed again
    assert calls.count((texts[-1], 0)) == 1
    assert calls.count((texts[0], 0)) == 2


def test_equal_texts_share_answers_and_cache_clear_forgets() -> None:
    calls, look = _counting()
    look("".join(["ab", "c"]), 1)
    look("abc", 1)  # an equal text, another object
    assert len(calls) == 1
    look.cache_clear()  # type: ignore[attr-defined]
    look("abc", 1)
    assert len(calls) == 2


def test_the_wrapped_function_stays_reachable() -> None:
    _, look = _counting()
    assert look.__wrapped__("xyz", 1) == ("yz", 1)  # type: ignore[attr-defined]


def test_threads_sharing_a_memo_get_right_answers() -> None:
    import threading

    _, look = _counting()
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            for i in range(2000):
                text = f"text {(i + k) % 7}"
                assert look(text, 2) == (text[2:], 2)
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
