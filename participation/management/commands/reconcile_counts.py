from django.core.management.base import BaseCommand

from participation.services import counts_reconcile


class Command(BaseCommand):
    help = "Compare the vote and comment counts stored on proposals with the rows, report and repair differences."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only report, change nothing.")

    def handle(self, *args, dry_run=False, **options):
        differences = counts_reconcile(fix=not dry_run)
        for difference in differences:
            self.stdout.write(
                f"proposal {difference.proposal_id}: {difference.field} stored {difference.stored}, "
                f"counted {difference.actual}"
            )
        verb = "found" if dry_run else "repaired"
        self.stdout.write(f"{len(differences)} differences {verb}.")
