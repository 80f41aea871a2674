"""Fixtures of the strategy tests."""

import pytest

from demo.loader import demo_pages_load


@pytest.fixture
def pages(db):
    demo_pages_load()


@pytest.fixture
def hash_embedder(settings):
    # The model-free embedder keeps these tests fast; the real encoder runs in the task tests.
    settings.SYNTHESIS_EMBEDDER = "hash"
