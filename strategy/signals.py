"""Cache upkeep when strategy pages change state. Not domain flow: only the cached theme index follows."""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_save
from wagtail.models import Revision
from wagtail.signals import page_published, page_unpublished

from core.cache_generations import generation_bump

from .models import StrategyPage
from .selectors import OVERVIEW_GENERATION, theme_index_invalidate
from .tasks import theme_index_refresh_task


def _strategy_page_changed(sender, **kwargs) -> None:
    # After commit: a proposal page that reads the themes in between must already see the new state.
    transaction.on_commit(theme_index_invalidate)
    # Then build the new index in the background, so the next proposal page finds it (publish-time derivation).
    transaction.on_commit(theme_index_refresh_task.delay)


def _revision_saved(sender, **kwargs) -> None:
    # A new draft changes what the overview says of a strategy ("a new draft is under review").
    transaction.on_commit(partial(generation_bump, OVERVIEW_GENERATION))


def connect() -> None:
    post_save.connect(_revision_saved, sender=Revision, dispatch_uid="strategy-overview-revision")
    for name, signal in [("published", page_published), ("unpublished", page_unpublished)]:
        signal.connect(_strategy_page_changed, sender=StrategyPage, dispatch_uid=f"strategy-theme-index-{name}")
