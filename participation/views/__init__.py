"""Thin views: permission → form → service → redirect or render, one module per kind of contribution."""

from .comments import comment_create_view, comment_delete_view, comment_edit, comment_pin_view
from .media import proposal_image
from .proposals import (
    proposal_create_view,
    proposal_detail,
    proposal_edit,
    proposal_list_view,
    proposal_map,
    proposal_map_points_json,
    proposal_withdraw_view,
    similar_proposals_json,
)
from .reports import comment_report, proposal_report
from .votes import proposal_vote, vote_move

__all__ = [
    "comment_create_view",
    "comment_delete_view",
    "comment_edit",
    "comment_pin_view",
    "comment_report",
    "proposal_create_view",
    "proposal_detail",
    "proposal_edit",
    "proposal_image",
    "proposal_list_view",
    "proposal_map",
    "proposal_map_points_json",
    "proposal_report",
    "proposal_vote",
    "vote_move",
    "proposal_withdraw_view",
    "similar_proposals_json",
]
