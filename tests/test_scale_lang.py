"""Language data compiles lazily: a batch pays only for the phrase sets it uses.

Loading a language used to prepare all of its phrase sets, and quote
similarity reads every language's function words, so a one-language batch,
and each worker process, prepared all thirteen languages' matchers. A phrase
set of a language is now built at its first use. These tests check the
structure (what is built when) and that a lazy set matches exactly what an
eagerly built one matches; no test reads the clock (timings live in ``benchmarks/scale.py``).
"""

from __future__ import annotations

import copy
import pickle
import subprocess
import sys
import tomllib
from pathlib import Path

import attrs
import pytest

from crosscheck._phrases import PhraseSet
from crosscheck.lang import _data
from crosscheck.lang._data import LanguageData, available_languages, get_language

CORPUS = Path(__file__).resolve().parent / "corpus"


def _phrase_sets(lang: LanguageData) -> dict[str, PhraseSet]:
    return {
        f.name: getattr(lang, f.name)
        for f in attrs.fields(LanguageData)
        if isinstance(getattr(lang, f.name), PhraseSet)
    }


def _texts(code: str) -> list[str]:
    data = tomllib.loads((CORPUS / f"{code}.toml").read_text(encoding="utf-8"))
    return [str(case["text"]) for case in data["case"]][:40]


@pytest.mark.parametrize("code", available_languages())
def test_a_lazy_phrase_set_matches_what_a_compiled_one_matches(code: str) -> None:
    fresh = _data.load_language(
        code, (Path(_data.__file__).parent / f"{code}.toml").read_text(encoding="utf-8")
    )
    texts = _texts(code)
    for name, lazy in _phrase_sets(fresh).items():
        assert not lazy.built, name
        eager = PhraseSet(lazy.phrases)
        if lazy.proclitics:
            eager.allow_proclitics(lazy.proclitics)
        for text in texts:
            assert lazy.find(text) == eager.find(text), (name, text)
        assert lazy.labels == eager.labels
        assert lazy.empty == eager.empty


def test_loading_a_language_compiles_no_phrase_set_until_one_is_used() -> None:
    code = "ro"
    lang = _data.load_language(
        code, (Path(_data.__file__).parent / f"{code}.toml").read_text(encoding="utf-8")
    )
    sets = _phrase_sets(lang)
    assert sets
    assert not any(s.built for s in sets.values())
    assert lang.qualifiers.find("peste 100 de oameni")
    assert lang.qualifiers.built
    assert sum(s.built for s in sets.values()) == 1


def test_proclitics_apply_when_the_set_compiles() -> None:
    lang = get_language("ar")
    assert lang.proclitics
    text = "وقال المسؤولون"
    fresh = PhraseSet({"verb": ["قال"]}, lazy=True)
    fresh.allow_proclitics(lang.proclitics)
    assert not fresh.built
    eager = PhraseSet({"verb": ["قال"]})
    eager.allow_proclitics(lang.proclitics)
    assert fresh.find(text) == eager.find(text) != []


@pytest.mark.parametrize("used", [False, True])
def test_a_phrase_set_survives_pickle_and_copy(used: bool) -> None:
    lazy = PhraseSet({"approx": ["about", "nearly"], "more": ["more than"]}, lazy=True)
    if used:
        lazy.find("about")
    for other in (pickle.loads(pickle.dumps(lazy)), copy.deepcopy(lazy), copy.copy(lazy)):
        assert other.built == used
        assert other.find("nearly 5, more than 6") == lazy.find("nearly 5, more than 6")
    assert pickle.loads(pickle.dumps(get_language("en"))).units.find("12 people") == (
        get_language("en").units.find("12 people")
    )


def test_a_code_spelled_otherwise_is_the_same_language() -> None:
    assert get_language("ro-RO") is get_language("ro") is get_language("RO")


def test_a_one_language_batch_compiles_no_other_language() -> None:
    script = """
import attrs, crosscheck
from crosscheck._phrases import PhraseSet
from crosscheck.lang._data import LanguageData, available_languages, get_language
said = ('Floods killed 12 people, police said. "We are lost," the mayor said.',
        'Floods killed 14 people, the Red Cross said. "We are lost," a mayor said.')
crosscheck.report([crosscheck.Article(id=str(i), text=t, language="en")
                   for i, t in enumerate(said)])
for code in available_languages():
    lang = get_language(code)
    sets = [getattr(lang, f.name) for f in attrs.fields(LanguageData)]
    print(code, sum(isinstance(s, PhraseSet) and s.built for s in sets))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=300
    )
    compiled = dict(line.split() for line in done.stdout.splitlines())
    assert int(compiled.pop("en")) > 0
    assert set(compiled.values()) == {"0"}, compiled
