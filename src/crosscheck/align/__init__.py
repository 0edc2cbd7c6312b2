"""Alignment: stories, then the claim graph joining claims about the same thing."""

from ._graph import RULES, BlockResult, align, align_block, block_key, decide
from ._model import Alignment, Decision, Edge, Refusal, Story
from ._stories import STORY_SIMILARITY_MIN, cluster_stories

__all__ = [
    "RULES",
    "STORY_SIMILARITY_MIN",
    "Alignment",
    "BlockResult",
    "Decision",
    "Edge",
    "Refusal",
    "Story",
    "align",
    "align_block",
    "block_key",
    "cluster_stories",
    "decide",
]
