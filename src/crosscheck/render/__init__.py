"""Rendering: the report as text, JSON, Markdown and the CI formats (see :data:`FORMATS`)."""

from ._formats import FORMATS, Format, render
from ._json import SCHEMA, to_dict, to_json
from ._text import to_markdown, to_text

__all__ = ["FORMATS", "SCHEMA", "Format", "render", "to_dict", "to_json", "to_markdown", "to_text"]
