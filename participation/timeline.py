"""A proposal's history for its public page: published, answered, marked as a duplicate, taken into the strategy.

Read from Wagtail's audit log, which the moderation services write (services.moderation), and from the strategy's
links through participation.extensions. Moderation that the public does not see (hiding, reports) stays out.
"""

import datetime
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from wagtail.models import ModelLogEntry

from .choices import ProposalStatus
from .extensions import proposal_links
from .models import Proposal
from .services.moderation import ANSWER, DUPLICATE, PUBLISH

STATUS_LABELS = dict(ProposalStatus.choices)


@dataclass(frozen=True)
class TimelineEvent:
    """One step: what happened, when (None when the source keeps no date), and a link where there is one."""

    kind: str
    when: datetime.datetime | None
    label: str
    link_url: str = ""
    link_label: str = ""


def _answer_event(entry) -> TimelineEvent:
    data = entry.data or {}
    status = STATUS_LABELS.get(data.get("status"), "")
    if data.get("answer_changed"):
        label = _("The city answered (status: %(status)s)") % {"status": status}
        return TimelineEvent("answered", entry.timestamp, label, "#answer", str(_("Read the answer")))
    return TimelineEvent("status", entry.timestamp, _("Status changed to “%(status)s”") % {"status": status})


def _duplicate_event(entry, originals: dict[int, Proposal]) -> TimelineEvent:
    original = originals.get((entry.data or {}).get("original"))
    if (entry.data or {}).get("original") is None:
        return TimelineEvent("not_duplicate", entry.timestamp, str(_("No longer marked as a duplicate")))
    if original is not None and original.is_visible:
        return TimelineEvent(
            "duplicate",
            entry.timestamp,
            str(_("Marked as a duplicate of")),
            original.get_absolute_url(),
            original.title,
        )
    return TimelineEvent("duplicate", entry.timestamp, str(_("Marked as a duplicate of an earlier proposal")))


def proposal_timeline(proposal: Proposal) -> list[TimelineEvent]:
    """The proposal's public history, oldest first; the strategy's themes (undated) close it. Two queries."""
    entries = list(
        ModelLogEntry.objects.for_instance(proposal)
        .filter(action__in=[PUBLISH, ANSWER, DUPLICATE])
        .order_by("timestamp", "pk")
    )
    original_ids = {(e.data or {}).get("original") for e in entries if e.action == DUPLICATE} - {None}
    originals = Proposal.objects.in_bulk(original_ids) if original_ids else {}
    published = next((e for e in entries if e.action == PUBLISH), None)
    if published is not None:
        events = [
            TimelineEvent("submitted", proposal.created, str(_("Submitted"))),
            TimelineEvent("published", published.timestamp, str(_("Published after review"))),
        ]
    elif proposal.status == ProposalStatus.SUBMITTED:
        events = [TimelineEvent("submitted", proposal.created, str(_("Submitted, awaiting review")))]
    else:
        events = [TimelineEvent("published", proposal.created, str(_("Published")))]
    for entry in entries:
        if entry.action == ANSWER:
            events.append(_answer_event(entry))
        elif entry.action == DUPLICATE:
            events.append(_duplicate_event(entry, originals))
    # Answers and duplicates set without the moderation forms (imported data) still show, from the proposal.
    if proposal.answered_at and not any(e.kind == "answered" for e in events):
        events.append(
            TimelineEvent(
                "answered", proposal.answered_at, str(_("The city answered")), "#answer", str(_("Read the answer"))
            )
        )
    if proposal.duplicate_of_id and not any(e.kind == "duplicate" for e in events):
        events.append(TimelineEvent("duplicate", None, str(_("Marked as a duplicate of an earlier proposal"))))
    if proposal.status == ProposalStatus.WITHDRAWN:
        events.append(TimelineEvent("withdrawn", proposal.updated, str(_("Withdrawn by the author"))))
    events.sort(key=lambda event: event.when or datetime.datetime.max.replace(tzinfo=datetime.UTC))
    for link in proposal_links(proposal.pk):
        anchor = getattr(link, "anchor", "")
        events.append(
            TimelineEvent(
                "strategy",
                None,
                str(_("Included in the strategy:")),
                f"{link.page_url}#{anchor}" if anchor else link.page_url,
                link.label,
            )
        )
    return events
