"""Where a field's input came from (#16): online, Denklabor, citizens' council, paper, phone — for its strategy page."""

from django.core.cache import cache

from participation.selectors import ChannelCounts, channel_counts
from portal.models import ActionFieldPage

CHANNEL_COUNTS_SECONDS = 60


def field_channel_counts(page) -> ChannelCounts | None:
    """The channels of the visible proposals of the strategy page's action field; cached a minute."""
    parent_path = page.path[: -page.steplen]
    field = ActionFieldPage.objects.filter(path=parent_path).values_list("action_field", flat=True).first()
    if not field:
        return None
    return cache.get_or_set(
        f"strategy:channels:{field}", lambda: channel_counts(action_field=field), CHANNEL_COUNTS_SECONDS
    )
