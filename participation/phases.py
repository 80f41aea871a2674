"""When proposals may be submitted: the phases set by the project office in the Wagtail admin."""

from django.db.models import Q
from django.utils import timezone

from .models import ProposalPhase


def _for_field(action_field: str):
    return ProposalPhase.objects.filter(Q(action_field=action_field) | Q(action_field=""))


def open_phase(action_field: str, *, now=None) -> ProposalPhase | None:
    """The phase open now for this action field (its own, or one for all fields), if any."""
    now = now or timezone.now()
    return _for_field(action_field).filter(starts_at__lte=now, ends_at__gt=now).order_by("ends_at").first()


def next_phase(action_field: str, *, now=None) -> ProposalPhase | None:
    now = now or timezone.now()
    return _for_field(action_field).filter(starts_at__gt=now).order_by("starts_at").first()


def last_phase(action_field: str, *, now=None) -> ProposalPhase | None:
    now = now or timezone.now()
    return _for_field(action_field).filter(ends_at__lte=now).order_by("-ends_at").first()
