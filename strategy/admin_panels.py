"""The project office's panel on the Wagtail admin's home page: what waits, the week's activity, the synthesis."""

import datetime

from django.utils import timezone
from wagtail.admin.ui.components import Component

from participation.selectors import moderation_overview

from .permissions import can_view_participation_figures
from .selectors import last_syntheses

WINDOW_DAYS = 7


class ParticipationOverviewPanel(Component):
    """Counts only, in a fixed number of queries: it is on the first page every staff member sees."""

    name = "participation_overview"
    order = 50
    template_name = "strategy/admin/participation_overview_panel.html"

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        overview = moderation_overview(since=timezone.now() - datetime.timedelta(days=WINDOW_DAYS))
        syntheses = last_syntheses()
        rows = [(field, syntheses.get(field.action_field)) for field in overview.activity]
        return {
            "overview": overview,
            "rows": rows,
            "last_synthesis": max(syntheses.values(), default=None),
            "days": WINDOW_DAYS,
            "can_open_proposals": user.has_perm("participation.view_proposal"),
            "can_open_comments": user.has_perm("participation.view_comment"),
            "can_open_reports": user.has_perm("participation.view_report"),
        }

    def render_html(self, parent_context=None):
        if not can_view_participation_figures(parent_context["request"].user):
            return ""
        return super().render_html(parent_context)
