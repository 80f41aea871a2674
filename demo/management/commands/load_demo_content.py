from django.core.management.base import BaseCommand

from demo.loader import (
    demo_comments_load,
    demo_english_pages_load,
    demo_pages_load,
    demo_proposals_load,
    demo_votes_load,
)


class Command(BaseCommand):
    help = "Build the demo page tree and the demo participation (citizens, proposals). Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument(
            "--pages-only",
            action="store_true",
            help="Only the German page tree: no participation, no English translations.",
        )

    def handle(self, *args, pages_only=False, **options):
        created = demo_pages_load()
        self.stdout.write(
            "Demo content: {home} home page, {action_fields} action field pages, "
            "{content_pages} content pages, {accessibility_pages} accessibility pages, {strategy_pages} strategy "
            "overview and statistics pages created.".format(**created)
        )
        if not pages_only:
            self.stdout.write(f"English: {demo_english_pages_load()} translations of pages created.")
            proposals, comments, votes = demo_proposals_load(), demo_comments_load(), demo_votes_load()
            self.stdout.write(f"Demo participation: {proposals} proposals, {comments} comments, {votes} votes created.")
