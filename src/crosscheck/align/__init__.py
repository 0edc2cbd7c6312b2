"""Alignment: the claim graph joining claims about the same thing."""

from ._graph import CONTEXT_SIMILARITY_MIN, KeptApart, block_key, build_graph, groups

__all__ = ["CONTEXT_SIMILARITY_MIN", "KeptApart", "block_key", "build_graph", "groups"]
