from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from core.choices import ActionField
from core.roles import MODERATOR_GROUP, has_role
from strategy.models import StrategyPage
from strategy.services.runs import synthesis_request, synthesis_run


class Command(BaseCommand):
    help = (
        "Synthesise strategy drafts now, in this process (all action fields or the ones named). Each draft enters "
        "the review workflow 'Prüfung Projektbüro'; nothing is published unless --approve-as names a reviewer."
    )

    def add_arguments(self, parser):
        # No argparse choices: with nargs="*" Python 3.11 rejects the empty list against them.
        parser.add_argument(
            "fields", nargs="*", help=f"Action field keys (default: all): {', '.join(ActionField.values)}."
        )
        parser.add_argument(
            "--approve-as",
            metavar="EMAIL",
            help="Approve each draft's review in that project-office account's name (demos), which publishes it.",
        )

    def handle(self, *args, fields=(), approve_as=None, **options):
        unknown = sorted(set(fields) - set(ActionField.values))
        if unknown:
            raise CommandError(f"Unknown action field: {', '.join(unknown)}. Known: {', '.join(ActionField.values)}.")
        reviewer = self._reviewer(approve_as) if approve_as else None
        for field in fields or ActionField.values:
            # The service is idempotent and row-locked: if a worker took the run already, this call leaves it alone.
            run = synthesis_run(synthesis_request(field).pk)
            run.refresh_from_db()
            line = f"{field}: {run.status}, {run.proposals} proposals, {run.themes_found} themes"
            if run.error:
                line += f" ({run.error})"
            if reviewer and run.page_id:
                line += self._approve(run.page_id, reviewer)
            self.stdout.write(line)

    def _reviewer(self, email: str):
        user = get_user_model().objects.filter(email__iexact=email).first()
        if user is None or not has_role(user, MODERATOR_GROUP):
            raise CommandError(f"{email}: no project-office account with that email address.")
        return user

    def _approve(self, page_id: int, reviewer) -> str:
        page = StrategyPage.objects.get(pk=page_id)
        task_state = page.current_workflow_task_state
        if task_state is None:
            return "; nothing waiting for review"
        task_state.approve(user=reviewer, comment="Freigegeben mit manage.py synthesize --approve-as")
        return "; review approved, published"
