from django.core.management.base import BaseCommand

from strategy.demo import demo_pages_load


class Command(BaseCommand):
    help = "Build the demo page tree (home, five action fields, legal pages). Safe to run again."

    def handle(self, *args, **options):
        created = demo_pages_load()
        self.stdout.write(
            "Demo content: {home} home page, {action_fields} action field pages, "
            "{content_pages} content pages created.".format(**created)
        )
