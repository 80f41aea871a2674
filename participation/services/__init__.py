"""Every write in participation, with the rules that guard it."""

from .comments import comment_create, comment_delete, comment_pin, comment_update
from .counts import CountDifference, counts_reconcile
from .moderation import (
    comment_approve,
    comment_hide,
    comment_restore,
    proposal_answer,
    proposal_change_action_field,
    proposal_hide,
    proposal_mark_duplicate,
    proposal_publish,
    proposal_restore,
    reports_resolve,
)
from .proposals import PhaseClosed, ProposalData, proposal_create, proposal_update, proposal_withdraw
from .reports import AlreadyReported, report_create
from .search import proposal_search_update, search_reindex
from .votes import VoteMove, VoteTally, vote_cast, vote_move_offer, vote_move_to_original, vote_withdraw

__all__ = [
    "AlreadyReported",
    "CountDifference",
    "PhaseClosed",
    "ProposalData",
    "comment_approve",
    "comment_create",
    "comment_delete",
    "comment_hide",
    "comment_pin",
    "comment_restore",
    "comment_update",
    "counts_reconcile",
    "proposal_answer",
    "proposal_change_action_field",
    "proposal_create",
    "proposal_hide",
    "proposal_mark_duplicate",
    "proposal_publish",
    "proposal_restore",
    "proposal_search_update",
    "proposal_update",
    "proposal_withdraw",
    "report_create",
    "reports_resolve",
    "search_reindex",
    "VoteMove",
    "VoteTally",
    "vote_cast",
    "vote_move_offer",
    "vote_move_to_original",
    "vote_withdraw",
]
