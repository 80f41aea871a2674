"""The layers hold in templates too: a lower app's templates load no tag library of an app above it.

Python imports are checked by import-linter (`make lint`, contracts in pyproject.toml); templates are not Python,
so this test reads them.
"""

import re
from pathlib import Path

import pytest
from django.apps import apps

from tests.conftest import REPO_ROOT

# Bottom to top, as in pyproject.toml's layers contract; apps on one line are peers.
LAYERS = [{"core"}, {"accounts"}, {"participation"}, {"portal"}, {"strategy", "notifications"}, {"opendata", "demo"}]
LOAD = re.compile(r"{%\s*load\s+([^%]+?)\s*%}")


def _layer(app_label: str) -> int:
    return next(index for index, layer in enumerate(LAYERS) if app_label in layer)


def _libraries_by_app() -> dict[str, str]:
    """Each of our tag libraries (its module's name) and the app that defines it."""
    libraries = {}
    for layer in LAYERS:
        for label in layer:
            if not apps.is_installed(label):
                continue
            folder = Path(apps.get_app_config(label).path) / "templatetags"
            for module in folder.glob("*.py"):
                if module.stem != "__init__":
                    libraries[module.stem] = label
    return libraries


def _templates_of(label: str) -> list[Path]:
    roots = [REPO_ROOT / "templates" / label, Path(apps.get_app_config(label).path) / "templates" / label]
    if label == "accounts":
        roots += [REPO_ROOT / "templates" / "account"]
    return [path for root in roots if root.is_dir() for path in root.rglob("*.html")]


@pytest.mark.parametrize("label", sorted(set().union(*LAYERS[:4])))
def test_templates_load_no_tag_library_of_a_higher_layer(label):
    if not apps.is_installed(label):
        pytest.skip(f"{label} is not installed")
    libraries = _libraries_by_app()
    offences = []
    for template in _templates_of(label):
        for names in LOAD.findall(template.read_text()):
            for name in names.split():
                owner = libraries.get(name)
                if owner and _layer(owner) > _layer(label):
                    offences.append(f"{template.relative_to(REPO_ROOT)} loads {name} ({owner})")
    assert not offences, offences


def test_the_check_would_see_an_upward_load(tmp_path):
    # The detector itself: a participation template loading strategy's chart tags is an offence.
    libraries = _libraries_by_app()
    assert libraries.get("strategy_charts") == "strategy"
    assert _layer(libraries["strategy_charts"]) > _layer("participation")
    assert LOAD.findall("{% load i18n strategy_charts %}") == ["i18n strategy_charts"]
