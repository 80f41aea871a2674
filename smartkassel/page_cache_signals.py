"""When anonymous pages become stale (smartkassel.page_cache): cache upkeep only, no domain flow.

Every change of what a page shows is a save of a Proposal, Comment or Vote (the services write through the models,
hiding by reports included), so the model signals are the one trigger; participation's domain events would only
repeat them. Invalidation runs after the commit, so a page rendered in between cannot be stored under the new generation
with the old data. A vote or a comment renews only its proposal's page; lists follow within the cache timeout.
"""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from participation.models import Comment, Proposal, Vote

from .page_cache import proposal_page_invalidate, site_pages_invalidate


def _site_changed(sender, **kwargs) -> None:
    transaction.on_commit(site_pages_invalidate)


def _proposal_saved(sender, instance, **kwargs) -> None:
    transaction.on_commit(site_pages_invalidate)
    transaction.on_commit(partial(proposal_page_invalidate, instance.pk))


def _proposal_activity(sender, instance, **kwargs) -> None:
    transaction.on_commit(partial(proposal_page_invalidate, instance.proposal_id))


def connect() -> None:
    page_published.connect(_site_changed, dispatch_uid="page-cache-published")
    page_unpublished.connect(_site_changed, dispatch_uid="page-cache-unpublished")
    post_save.connect(_proposal_saved, sender=Proposal, dispatch_uid="page-cache-proposal")
    post_delete.connect(_proposal_saved, sender=Proposal, dispatch_uid="page-cache-proposal-deleted")
    for model in (Vote, Comment):
        post_save.connect(_proposal_activity, sender=model, dispatch_uid=f"page-cache-{model.__name__}")
        post_delete.connect(_proposal_activity, sender=model, dispatch_uid=f"page-cache-{model.__name__}-deleted")
