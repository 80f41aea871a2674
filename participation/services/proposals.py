"""Writes on proposals, with the rules that guard them."""

import uuid
from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from participation.selectors import open_phase

from .. import events
from ..choices import ProposalStatus
from ..models import ModerationSettings, Proposal
from ..permissions import can_contribute, can_edit_proposal, can_moderate, can_withdraw_proposal
from .edits import edit_log, reports_reopen
from .search import proposal_search_update
from .triage import proposal_triage

# The fields whose change is an edit the public sees, and so one the project office may need to review.
EDITED_FIELDS = ("title", "body", "action_field", "district", "latitude", "longitude", "image", "image_alt")


class PhaseClosed(PermissionDenied):
    """Proposals for this action field are not being accepted now."""


@dataclass(frozen=True)
class ProposalData:
    title: str
    body: str
    action_field: str
    district: str = ""
    latitude: Decimal | None = None
    longitude: Decimal | None = None
    image: ContentFile | None = None
    image_alt: str = ""
    remove_image: bool = False


def _apply(proposal: Proposal, data: ProposalData) -> None:
    proposal.title = data.title
    proposal.body = data.body
    proposal.action_field = data.action_field
    proposal.district = data.district
    proposal.latitude = data.latitude
    proposal.longitude = data.longitude
    if data.remove_image and proposal.image:
        proposal.image.delete(save=False)
        proposal.image_alt = ""
    if data.image is not None:
        proposal.image.save(data.image.name, data.image, save=False)
    if proposal.image:
        proposal.image_alt = data.image_alt or proposal.image_alt


def proposal_create(*, author, data: ProposalData, submission_key: uuid.UUID) -> tuple[Proposal, bool]:
    """Publish a citizen's proposal, or submit it for approval where proposals are pre-moderated.

    The same submission key (a resent form) returns the first proposal.
    """
    if not can_contribute(author):
        raise PermissionDenied(_("Please confirm your email address before you make a proposal."))
    existing = Proposal.objects.filter(author=author, submission_key=submission_key).first()
    if existing:
        return existing, False
    if open_phase(data.action_field) is None:
        raise PhaseClosed(_("Proposals for this action field are not being accepted at the moment."))
    premoderated = ModerationSettings.current().premoderate_proposals
    status = ProposalStatus.SUBMITTED if premoderated else ProposalStatus.PUBLISHED
    proposal = Proposal(author=author, submission_key=submission_key, status=status)
    _apply(proposal, data)
    try:
        with transaction.atomic():
            proposal.save()
            proposal_search_update(proposal)
            proposal_triage(proposal)
            if proposal.status == ProposalStatus.PUBLISHED:
                events.proposal_published.send(Proposal, proposal=proposal)
    except IntegrityError:
        # Two identical POSTs raced past the lookup above; the database kept exactly one.
        return Proposal.objects.get(author=author, submission_key=submission_key), False
    return proposal, True


@transaction.atomic
def proposal_update(proposal: Proposal, *, user, data: ProposalData) -> Proposal:
    """Change a proposal's content; only its author, while published (or awaiting approval) and without votes.

    Under pre-moderation the changed proposal awaits approval again; under post-moderation its resolved reports
    open again. Every change is in the audit log with the text it replaced. Saving unchanged text changes nothing.
    """
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if not can_edit_proposal(user, proposal):
        raise PermissionDenied(_("This proposal can no longer be edited: it has votes or is not published."))
    before = {name: str(getattr(proposal, name) or "") for name in EDITED_FIELDS}
    _apply(proposal, data)
    after = {name: str(getattr(proposal, name) or "") for name in EDITED_FIELDS}
    previous = {name: value for name, value in before.items() if after[name] != value}
    if not previous:
        return proposal
    # The project office's own corrections need nobody's approval, as its answers do not.
    review = (
        proposal.status == ProposalStatus.PUBLISHED
        and ModerationSettings.current().premoderate_proposals
        and not can_moderate(user)
    )
    if review:
        proposal.status = ProposalStatus.SUBMITTED
    proposal.save()
    proposal_search_update(proposal)
    reopened = 0 if proposal.status == ProposalStatus.SUBMITTED else reports_reopen(proposal)
    edit_log(proposal, user=user, previous=previous, review=review, reopened=reopened)
    return proposal


@transaction.atomic
def proposal_withdraw(proposal: Proposal, *, user) -> Proposal:
    """The author takes the proposal back. Withdrawing twice changes nothing."""
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status == ProposalStatus.WITHDRAWN and proposal.author_id == user.pk:
        return proposal
    if not can_withdraw_proposal(user, proposal):
        raise PermissionDenied(_("Only the author can withdraw this proposal."))
    proposal.status = ProposalStatus.WITHDRAWN
    proposal.save(update_fields=["status", "updated"])
    return proposal
