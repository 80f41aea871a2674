import pytest
from django.core.management import call_command

from portal.models import HomePage


@pytest.fixture
def demo_site(db):
    """The German demo page tree (what `load_demo_content --pages-only` makes); returns the German home page."""
    call_command("load_demo_content", "--pages-only", verbosity=0)
    return HomePage.objects.get(locale__language_code="de")
