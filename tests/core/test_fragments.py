"""{% fragment %}: Django's cache tag keyed on the language and the deployed templates, off in tests by default."""

import pytest
from django.core.cache import cache
from django.template import Context, Template
from django.utils import translation

from core.fragments import cached, templates_version

TEMPLATE = Template("{% load fragments %}{% fragment seconds demo name %}{{ value }}{% endfragment %}")


def render(**context) -> str:
    return TEMPLATE.render(Context({"seconds": 60, "name": "a", **context}))


@pytest.fixture
def fragments_on(settings):
    settings.FRAGMENT_CACHE = True


@pytest.mark.usefixtures("fragments_on")
def test_a_fragment_is_rendered_once_per_key():
    assert render(value="first") == "first"
    assert render(value="second") == "first"  # from the cache: same name, same language
    assert render(value="second", name="b") == "second"  # another vary value, another entry


@pytest.mark.usefixtures("fragments_on")
def test_each_language_has_its_own_entry():
    render(value="Deutsch")
    with translation.override("en"):
        assert render(value="English") == "English"
    assert render(value="again") == "Deutsch"


@pytest.mark.usefixtures("fragments_on")
def test_a_timeout_of_zero_renders_without_the_cache():
    render(value="cached")
    assert render(value="fresh", seconds=0) == "fresh"


def test_with_the_setting_off_every_render_is_fresh():
    render(value="first")
    assert render(value="second") == "second"
    assert cached("k", lambda: 1, timeout=60) == 1 and cache.get("k") is None


@pytest.mark.usefixtures("fragments_on")
def test_cached_computes_once_and_the_templates_version_is_stable():
    calls = []
    for _ in range(2):
        assert cached("k", lambda: calls.append(1) or 42, timeout=60) == 42
    assert calls == [1]
    assert templates_version() == templates_version() and len(templates_version()) == 12
