"""Query counts of the proposal pages with 20 and 200 proposals: they must not grow with the rows shown.

Run from the repository root: .venv/bin/python -m bench.participation_queries
"""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "smartkassel.settings.test")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402


def main() -> None:
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        from django.core.management import call_command

        from participation.models import Proposal
        from tests.factories import ProposalFactory, UserFactory

        call_command("load_demo_content", "--pages-only", verbosity=0)
        author = UserFactory(display_name="Bench")
        client = Client()
        pages = {
            "list": "/vorschlaege/",
            "list (random)": "/vorschlaege/?sort=random",
            "map": "/vorschlaege/karte/",
            "action field page": "/smart-safe-mobility/",
            "detail": None,
        }
        print(f"{'page':22s} {'20 proposals':>14s} {'200 proposals':>14s}")
        counts: dict[str, list[int]] = {name: [] for name in pages}
        for total in (20, 200):
            existing = Proposal.objects.count()
            for number in range(existing, total):
                ProposalFactory(
                    author=author,
                    title=f"Vorschlag {number}",
                    action_field="mobility",
                    latitude="51.31",
                    longitude="9.48",
                )
            for name, url in pages.items():
                url = url or Proposal.objects.first().get_absolute_url()
                with CaptureQueriesContext(connection) as queries:
                    response = client.get(url)
                assert response.status_code == 200, (url, response.status_code)
                counts[name].append(len(queries))
        for name, (small, large) in counts.items():
            print(f"{name:22s} {small:14d} {large:14d}")
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
