"""Extraction: find figures, dates, quotes and their context in article text."""

from ._api import find_quantities, parse_quantity
from ._quantities import extract_quantities
from ._quantity import Quantity

__all__ = ["Quantity", "extract_quantities", "find_quantities", "parse_quantity"]
