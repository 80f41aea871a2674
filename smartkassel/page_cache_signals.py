"""When anonymous pages become stale (smartkassel.page_cache): cache upkeep only, no domain flow.

Every change of what a page shows is a save of a Proposal or Comment (the services write through the models,
hiding by reports included), so the model signals are the trigger; votes are written in plain SQL, one statement
each (#17), so for them participation's votes_changed event is. Invalidation runs after the commit, so a page
rendered in between cannot be stored under the new generation with the old data. A vote or a comment renews only
its proposal's page; lists follow within the cache timeout.
"""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from participation.events import votes_changed
from participation.models import Comment, Proposal

from .page_cache import proposal_page_invalidate, site_pages_invalidate


def _site_changed(sender, **kwargs) -> None:
    transaction.on_commit(site_pages_invalidate)


def _proposal_saved(sender, instance, **kwargs) -> None:
    transaction.on_commit(site_pages_invalidate)
    transaction.on_commit(partial(proposal_page_invalidate, instance.pk))


def _proposal_activity(sender, instance, **kwargs) -> None:
    transaction.on_commit(partial(proposal_page_invalidate, instance.proposal_id))


def _votes_changed(sender, proposal_ids, **kwargs) -> None:
    for proposal_id in proposal_ids:
        transaction.on_commit(partial(proposal_page_invalidate, proposal_id))


def connect() -> None:
    page_published.connect(_site_changed, dispatch_uid="page-cache-published")
    page_unpublished.connect(_site_changed, dispatch_uid="page-cache-unpublished")
    # What the cached navigation, site and routes (portal, smartkassel.sites) rest on besides publishing.
    page_slug_changed.connect(_site_changed, dispatch_uid="page-cache-slug")
    post_page_move.connect(_site_changed, dispatch_uid="page-cache-moved")
    post_delete.connect(_site_changed, sender=Page, dispatch_uid="page-cache-page-deleted")
    for model in (Site, PageViewRestriction):
        post_save.connect(_site_changed, sender=model, dispatch_uid=f"page-cache-{model.__name__}")
        post_delete.connect(_site_changed, sender=model, dispatch_uid=f"page-cache-{model.__name__}-deleted")
    post_save.connect(_proposal_saved, sender=Proposal, dispatch_uid="page-cache-proposal")
    post_delete.connect(_proposal_saved, sender=Proposal, dispatch_uid="page-cache-proposal-deleted")
    post_save.connect(_proposal_activity, sender=Comment, dispatch_uid="page-cache-Comment")
    post_delete.connect(_proposal_activity, sender=Comment, dispatch_uid="page-cache-Comment-deleted")
    votes_changed.connect(_votes_changed, dispatch_uid="page-cache-votes")
