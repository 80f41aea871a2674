"""Fixtures of the open data tests: the strategy tests' page tree and model-free embedder, for the theme files."""

from tests.strategy.conftest import hash_embedder, pages

__all__ = ["hash_embedder", "pages"]
