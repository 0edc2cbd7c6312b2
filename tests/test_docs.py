"""The README keeps its promises: the two commands, the CLI it documents, the examples."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from crosscheck.cli import _parser

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _shell_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)```", README, flags=re.S)


def test_readme_opens_with_the_two_commands() -> None:
    first, second = _shell_blocks()[:2]
    assert "pip install -e ." in first
    assert "crosscheck report seeds/" in first
    assert "pip install -e '.[test]'" in second
    assert "pytest" in second


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install --quiet -e '.[test]'" in ci
    assert "python -m pytest" in ci


def test_every_cli_command_has_help_and_is_in_the_readme() -> None:
    parser = _parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, command in sub.choices.items():  # type: ignore[union-attr]
        assert command.description, name
        assert f"crosscheck {name}" in README
        for action in command._actions:
            if action.option_strings and action.dest != "help":
                assert action.help, (name, action.option_strings)


def test_documented_flags_exist() -> None:
    documented = set(re.findall(r"(--[a-z-]+)", README))
    commands = _parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    parser_flags = {
        flag
        for command in commands.values()
        for action in command._actions
        for flag in action.option_strings
    }
    assert {"--format", "--fail-on", "--language"} <= parser_flags
    assert documented - {"--version"} <= parser_flags | {"--help"}


@pytest.mark.parametrize("script", sorted((ROOT / "examples").glob("*.py")), ids=lambda p: p.name)
def test_examples_run(script: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(script), str(ROOT / "seeds")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip()
