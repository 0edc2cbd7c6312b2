"""Rendering: the report as text, JSON and Markdown."""

from ._json import SCHEMA, to_dict, to_json
from ._text import to_markdown, to_text

__all__ = ["SCHEMA", "to_dict", "to_json", "to_markdown", "to_text"]
