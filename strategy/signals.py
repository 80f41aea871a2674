"""Cache upkeep when strategy pages change state. Not domain flow: only the cached theme index follows."""

from django.db import transaction
from wagtail.signals import page_published, page_unpublished

from .models import StrategyPage
from .selectors import theme_index_invalidate
from .tasks import theme_index_refresh_task


def _strategy_page_changed(sender, **kwargs) -> None:
    # After commit: a proposal page that reads the themes in between must already see the new state.
    transaction.on_commit(theme_index_invalidate)
    # Then build the new index in the background, so the next proposal page finds it (publish-time derivation).
    transaction.on_commit(theme_index_refresh_task.delay)


def connect() -> None:
    for name, signal in [("published", page_published), ("unpublished", page_unpublished)]:
        signal.connect(_strategy_page_changed, sender=StrategyPage, dispatch_uid=f"strategy-theme-index-{name}")
