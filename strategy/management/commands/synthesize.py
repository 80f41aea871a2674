import time

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from core.choices import ActionField
from core.roles import MODERATOR_GROUP, has_role
from strategy.models import StrategyPage, SynthesisRun
from strategy.services.runs import synthesis_request, synthesis_run
from strategy.tasks import SYNTHESIS_TIME_LIMIT


class Command(BaseCommand):
    help = (
        "Synthesise strategy drafts now, in this process (all action fields or the ones named). Each draft enters "
        "the review workflow 'Prüfung Projektbüro'; nothing is published unless --approve-as names a reviewer. "
        "A run a worker is carrying out already is waited for and reported, not run twice."
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
        parser.add_argument(
            "--wait",
            type=int,
            default=SYNTHESIS_TIME_LIMIT + 60,
            metavar="SECONDS",
            help="How long to wait for a run a worker is carrying out (default: the task's time limit and a minute).",
        )

    def handle(self, *args, fields=(), approve_as=None, wait=0, **options):
        unknown = sorted(set(fields) - set(ActionField.values))
        if unknown:
            raise CommandError(f"Unknown action field: {', '.join(unknown)}. Known: {', '.join(ActionField.values)}.")
        reviewer = self._reviewer(approve_as) if approve_as else None
        unfinished = []
        for field in fields or ActionField.values:
            # Not sent to the workers: this process carries the run out. A run that is open already may be a
            # worker's; the service then leaves it alone (row lock), and this command waits for its outcome.
            run = synthesis_request(field, enqueue=False)
            run = synthesis_run(run.pk) or run
            if run.is_open:
                self.stdout.write(f"{field}: a worker is carrying out run {run.pk}, waiting")
                run = self._wait(run, seconds=wait)
            line = f"{field}: {run.status}, {run.proposals} proposals, {run.themes_found} themes"
            if run.error:
                line += f" ({run.error})"
            if run.is_open:
                line += f"; still open after {wait} s, left to the worker"
                unfinished.append(field)
            elif reviewer and run.page_id:
                line += self._approve(run.page_id, reviewer)
            self.stdout.write(line)
        if unfinished:
            raise CommandError(f"Not finished in time: {', '.join(unfinished)}.")

    def _wait(self, run: SynthesisRun, *, seconds: int) -> SynthesisRun:
        deadline = time.monotonic() + seconds
        while run.is_open and time.monotonic() < deadline:
            time.sleep(0.5)
            run.refresh_from_db()
        return run

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
