"""Reads of strategy data for the admin."""

from django.db.models import Max

from .models import StrategyPage, SynthesisRun

FINISHED = (SynthesisRun.Status.DONE, SynthesisRun.Status.UNCHANGED)


def last_syntheses() -> dict:
    """When each action field's synthesis last finished (done or unchanged), by field key; one query."""
    rows = (
        SynthesisRun.objects.filter(status__in=FINISHED, finished_at__isnull=False)
        .order_by()
        .values("action_field")
        .annotate(last=Max("finished_at"))
    )
    return {row["action_field"]: row["last"] for row in rows}


def strategy_drafts():
    """Every strategy page with its latest revision and its action field page, in tree order."""
    return StrategyPage.objects.select_related("latest_revision").order_by("path")
