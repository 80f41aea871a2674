"""Rewrite every proposal's search columns, e.g. after a bulk load that bypassed the services."""

from django.core.management.base import BaseCommand

from participation.services.search import search_reindex


class Command(BaseCommand):
    help = "Rebuild the search columns (stems and, on PostgreSQL, the text search vector) of all proposals."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=2000)

    def handle(self, *args, batch_size: int, **options):
        count = search_reindex(batch_size=batch_size)
        self.stdout.write(f"Search columns rebuilt for {count} proposals.")
