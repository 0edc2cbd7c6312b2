"""The claim model and the step that turns articles into claims."""

from ._build import extract_claims
from ._model import Claim

__all__ = ["Claim", "extract_claims"]
