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
    ReadableInspectView,
    ReportFilterSet,
    ReportIndexView,
    SiteHistoryView,
    readable_comments,
    readable_proposals,
)

# Apps above participation (notifications) put their admin viewsets into participation's menu group by giving
# them this menu_hook; the group collects what that Wagtail hook returns.
PARTICIPATION_MENU_HOOK = "register_participation_menu_item"

__all__ = [
    "BULK_ACTIONS",
    "COMMENT_COLUMNS",
    "PARTICIPATION_MENU_HOOK",
    "PROPOSAL_COLUMNS",
    "REPORT_COLUMNS",
    "CommentFilterSet",
    "CommentIndexView",
    "ModerationActionView",
    "ModerationPermissionPolicy",
    "ProposalFilterSet",
    "ProposalIndexView",
    "ReadableInspectView",
    "ReportFilterSet",
    "ReportIndexView",
    "SiteHistoryView",
    "readable_comments",
    "readable_proposals",
]
