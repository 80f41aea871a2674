"""Moderation in the Wagtail admin: listings with filters and counts, single actions and bulk actions."""

from .actions import ModerationActionView
from .bulk import BULK_ACTIONS
from .listings import (
    COMMENT_COLUMNS,
    PROPOSAL_COLUMNS,
    REPORT_COLUMNS,
    CommentFilterSet,
    CommentIndexView,
    ModerationPermissionPolicy,
    ProposalFilterSet,
    ProposalIndexView,
    ReportFilterSet,
    ReportIndexView,
)
from .outbox import NOTIFICATION_COLUMNS, NotificationIndexView, NotificationResendView

__all__ = [
    "BULK_ACTIONS",
    "COMMENT_COLUMNS",
    "NOTIFICATION_COLUMNS",
    "PROPOSAL_COLUMNS",
    "REPORT_COLUMNS",
    "CommentFilterSet",
    "CommentIndexView",
    "ModerationActionView",
    "ModerationPermissionPolicy",
    "NotificationIndexView",
    "NotificationResendView",
    "ProposalFilterSet",
    "ProposalIndexView",
    "ReportFilterSet",
    "ReportIndexView",
]
