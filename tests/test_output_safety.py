"""Article text never reaches a terminal, a CI log, Markdown or HTML raw; errors never exit 1.

Hostile text (ESC and ANSI sequences, CR, line breaks, bidi overrides, NUL,
lone surrogates, ``::error`` workflow commands, ``<script>``) is put into
every field a report prints: ids, paths, languages, dates, quotes, sources,
explanations. Each format must show it inert.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import crosscheck
from crosscheck import _atomic
from crosscheck.cli import ExitCode, main
from crosscheck.render import FORMATS, render
from crosscheck.render._safe import html_text, log_line, markdown, printable

from ._ci import SEEDS

# What must never come out raw in a terminal, log or document format.
_RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_BIDI = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]

EVIL = (
    "\x1b[2J\x1b]0;pwned\x07\rFAKE: 0 conflicts\n::error file=x.py,line=1::forged"
    "\u202egnp.exe\u2066 %0A<script>alert(1)</script><img src=x onerror=alert(1)> "
    "##vso[task.complete result=Failed] \x00\ud800\ufffe |*_`[x](javascript:alert(1))"
    # long enough that wrapping puts "::error" at the start of a line
    + " ::error::wrapped"
    * 12
)
_COMMAND = re.compile(r"^::(warning|notice|error)( [^:]*)?::")


def _poisoned(report: crosscheck.Report) -> crosscheck.Report:
    """The report with hostile text in every field a format prints."""
    ids = {r.id: r.id + EVIL for r in report.articles}
    articles = tuple(
        attrs.evolve(
            r,
            id=ids[r.id],
            path=(r.path + EVIL) if r.path else None,
            language=EVIL,
            published=EVIL,
            source=EVIL,
            title=EVIL,
            detail=EVIL,
        )
        for r in report.articles
    )
    claims = tuple(
        attrs.evolve(
            c,
            text=c.text + EVIL,
            article=ids.get(c.article, c.article),
            attributed_to=EVIL,
            speaker=EVIL,
            sentence=c.sentence + EVIL,
        )
        for c in report.claims
    )
    findings = tuple(attrs.evolve(f, explanation=f.explanation + EVIL) for f in report.findings)
    return attrs.evolve(report, articles=articles, claims=claims, findings=findings)


@pytest.fixture(scope="module")
def poisoned(seeds_report: crosscheck.Report) -> crosscheck.Report:
    return _poisoned(seeds_report)


# ---- the shared helper -------------------------------------------------------------------


def test_printable_escapes_controls_ansi_cr_and_bidi_visibly() -> None:
    assert printable("a\x1b[31mb") == "a\\x1b[31mb"
    assert printable("a\rb") == "a\\rb"
    assert printable("a\r\nb\nc\td") == "a b c d"
    assert printable("a\x00b\x7fc\x9bd") == "a\\0b\\x7fc\\x9bd"
    assert printable("x\ud800y") == "x\\ud800y"
    for char in _BIDI:
        assert printable(char) == f"\\u{ord(char):04x}"
    # letters of every script, marks and ordinary punctuation are untouched
    text = "Peste 10.000 de soldați — «citat» „да“ ١٢٬٥٠٠ قتيل 一万"
    assert printable(text) == text


@given(st.text())
def test_printable_output_is_inert_and_stable(text: str) -> None:
    out = printable(text)
    assert not _RAW.search(out)
    assert "\n" not in out
    assert "\r" not in out
    out.encode("utf-8")  # no lone surrogate left
    assert printable(out) == out


@given(st.text())
def test_log_line_never_starts_a_ci_command(text: str) -> None:
    line = log_line(text)
    assert not line.lstrip().startswith("::")
    assert not re.search("##(vso\\[|\\[|teamcity\\[)", line, re.IGNORECASE)


def test_markdown_and_html_helpers_leave_no_markup() -> None:
    md = markdown("<script>x</script> [a](b) `c` | d \x1b[2J")
    assert "<" not in md
    assert "|" not in md.replace("\\|", "")
    assert "\x1b" not in md
    assert html_text("<img src=x onerror='a'>\u202e") == (
        "&lt;img src=x onerror=&#x27;a&#x27;&gt;\\u202e"
    )


# ---- every format ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["text", "markdown", "html", "github", "junit"])
def test_no_format_prints_article_text_raw(poisoned: crosscheck.Report, name: str) -> None:
    out = render(poisoned, name)
    raw = _RAW.search(out)
    assert raw is None, (name, out[max(raw.start() - 40, 0) : raw.end() + 40])
    out.encode("utf-8")  # a lone surrogate would make every writer fail


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_format_of_hostile_text_encodes_as_utf8(
    poisoned: crosscheck.Report, name: str
) -> None:
    render(poisoned, name).encode("utf-8")


def test_text_output_has_no_fake_line_and_no_ci_command(poisoned: crosscheck.Report) -> None:
    out = render(poisoned, "text")
    assert "FAKE: 0 conflicts" in out  # shown, on the line of the text that holds it
    assert not [line for line in out.splitlines() if line.startswith("FAKE")]
    assert not [line for line in out.splitlines() if line.lstrip().startswith("::")]
    assert "##vso[" not in out
    assert "#\\#vso[" in out
    assert "\\x1b[2J" in out  # escaped visibly, not dropped
    assert "\\u202e" in out


def test_markdown_escapes_every_cell_and_keeps_the_table(poisoned: crosscheck.Report) -> None:
    out = render(poisoned, "markdown")
    assert "<script" not in out
    assert "<img" not in out
    assert not re.search(r"(?<!\\)\]\(javascript:", out)  # "\](" is no link
    rows = [line for line in out.splitlines() if line.startswith("| ")]
    assert len(rows) == len(poisoned.articles) + 1  # header + one row per article
    for row in rows:  # six unescaped bars: no cell was split by article text
        assert len(re.findall(r"(?<!\\)\|", row)) == 6, row


def test_markdown_escapes_language_and_published_of_a_skipped_input(tmp_path: Path) -> None:
    batch = tmp_path / "b.jsonl"
    rows = [
        {"id": "ok1", "language": "en", "text": "Officials said 120 soldiers were killed."},
        {"id": "bad", "language": "<script>alert(1)</script>", "text": "x"},
        {"id": "pub", "language": "en", "published": "<img src=x onerror=alert(1)>",
         "text": "Officials said 130 soldiers were killed."},
    ]  # fmt: skip
    batch.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = crosscheck.report(batch).to_markdown()
    assert "<script" not in out
    assert "<img" not in out
    assert "&lt;script&gt;" in out


def test_html_shows_hostile_text_inert(poisoned: crosscheck.Report) -> None:
    out = render(poisoned, "html")
    assert "<script" not in out
    assert "<img" not in out
    assert "&lt;script&gt;" in out


def test_github_annotations_cannot_be_forged(
    poisoned: crosscheck.Report, seeds_report: crosscheck.Report
) -> None:
    out = render(poisoned, "github")
    lines = out.splitlines()
    assert len(lines) == len(render(seeds_report, "github").splitlines())
    for line in lines:
        assert _COMMAND.match(line), line
    assert "%0A::error file=x.py" in out  # the newline is GitHub's escape, not a line end
    assert "%250A" in out  # a literal "%0A" in the text cannot become a newline
    assert "\\x1b" in out
    assert "\x1b" not in out
    heads = [line.split("::", 2)[1] for line in lines]
    for head in heads:  # properties: ":" and "," of article text are escaped
        for prop in head.split(" ", 1)[1].split(","):
            assert re.fullmatch(r"(file|line|col|endColumn|title)=[^:,]*", prop), prop


def test_junit_and_sarif_stay_valid(poisoned: crosscheck.Report) -> None:
    root = ET.fromstring(render(poisoned, "junit").encode("utf-8"))
    assert root.tag == "testsuites"
    log = json.loads(render(poisoned, "sarif"))
    messages = [r["message"]["text"] for r in log["runs"][0]["results"]]
    assert messages
    assert not any(_RAW.search(m) for m in messages)


def test_json_keeps_hostile_text_as_data(poisoned: crosscheck.Report) -> None:
    data = json.loads(render(poisoned, "json"))
    assert data["articles"][0]["id"].endswith(EVIL)  # JSON is data: kept exactly, escaped


# ---- ANSI codes inside a figure ----------------------------------------------------------


def test_ansi_codes_around_a_figure_invent_no_figure() -> None:
    text = "The ministry said \x1b[31m10.000\x1b[0m soldiers were killed."
    found = [(q.text, q.low) for q in crosscheck.find_quantities(text, "en")]
    # neither "31m" (31 million) nor "0m soldiers" (0) is read from the escape codes
    assert not [low for _, low in found if low in (0, 31_000_000)], found
    after = crosscheck.find_quantities("The ministry said 10.000\x1b[0m soldiers died.", "en")
    assert [q.low for q in after] == [10_000]


def test_ansi_codes_do_not_show_as_figures_in_the_report() -> None:
    article = crosscheck.Article(
        id="a",
        language="en",
        text="Officials said \x1b[1m2,500\x1b[0m people were evacuated on Monday.",
    )
    out = str(crosscheck.report([article]))
    assert "0m" not in out
    assert "\x1b" not in out


# ---- the command line: lone surrogates, atomic files, exit codes -------------------------


def _surrogate_batch(tmp_path: Path) -> Path:
    batch = tmp_path / "s.jsonl"
    batch.write_text(
        '{"id": "s1", "language": "en", "text": "Officials said 20 soldiers died \\ud800."}\n'
        '{"id": "s2\\udc80", "language": "en", "text": "Officials said 30 soldiers died."}\n',
        encoding="utf-8",
    )
    return batch


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_lone_surrogate_renders_every_format_to_a_file(tmp_path: Path, name: str) -> None:
    out = tmp_path / f"out.{name}"
    assert main(["report", str(_surrogate_batch(tmp_path)), "--format", name, "-o", str(out)]) == 0
    text = out.read_bytes().decode("utf-8")  # strict: valid UTF-8
    assert text or name == "github"  # no conflict and no skip: no annotation
    if name == "json":  # the surrogate round-trips as its JSON escape
        ids = [a["id"] for a in json.loads(text)["articles"]]
        assert "s2\udc80" in ids


def test_lone_surrogate_on_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(_surrogate_batch(tmp_path))]) == 0
    assert "s2\\udc80" in capsys.readouterr().out


def _boom(exc: BaseException) -> object:
    def render(report: crosscheck.Report) -> str:
        raise exc

    return render


@pytest.mark.parametrize(
    ("exc", "code", "message"),
    [
        (UnicodeEncodeError("utf-8", "\udc80", 0, 1, "surrogates not allowed"), 3, "internal"),
        (MemoryError(), 3, "out of memory"),
        (RuntimeError("bug"), 3, "internal error"),
        (KeyboardInterrupt(), 130, "interrupted"),
    ],
)
def test_an_error_never_exits_1_and_keeps_the_old_output(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    exc: BaseException,
    code: int,
    message: str,
) -> None:
    out = tmp_path / "report.txt"
    out.write_text("the old report\n", encoding="utf-8")
    monkeypatch.setitem(FORMATS, "text", attrs.evolve(FORMATS["text"], render=_boom(exc)))
    assert main(["report", str(SEEDS), "--fail-on", "conflict", "-o", str(out)]) == code
    assert code != ExitCode.FINDINGS
    assert message in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "the old report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.txt"
    out.write_text("the old report\n", encoding="utf-8")

    def no_rename(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(_atomic.os, "replace", no_rename)
    assert main(["report", str(SEEDS), "-o", str(out)]) == ExitCode.USAGE
    assert "cannot write" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "the old report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]


def test_output_file_is_replaced_whole(tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    out.write_text("x" * 100_000, encoding="utf-8")  # longer than the new report
    assert main(["report", str(SEEDS), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == str(crosscheck.report(SEEDS))
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]
    assert main(["report", str(SEEDS), "-o", "/dev/null"]) == 0  # not a regular file: written


def test_error_messages_escape_article_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "no\x1b[2J\rsuch\u202e.txt"
    assert main(["report", str(missing)]) == ExitCode.USAGE
    err = capsys.readouterr().err
    assert "no\\x1b[2J\\rsuch\\u202e" in err
    assert not _RAW.search(err)


def test_skipped_file_with_a_hostile_name_prints_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "good.txt").write_text(
        "Officials said 120 soldiers were killed on Monday.", encoding="utf-8"
    )
    (tmp_path / "evil\x1b[2J\r\u202e.txt").write_bytes(b"")
    main(["report", str(tmp_path), "--language", "en"])
    out = capsys.readouterr().out
    assert "evil\\x1b[2J\\r\\u202e" in out
    assert not _RAW.search(out)


def test_help_documents_the_error_and_signal_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    out = capsys.readouterr().out
    assert "out of memory" in out
    assert "130  interrupted" in out
    assert "143  terminated" in out
