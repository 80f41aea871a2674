from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ProposalPhase


class ProposalPhaseViewSet(SnippetViewSet):
    """The project office opens and closes proposal phases here."""

    model = ProposalPhase
    icon = "date"
    menu_label = _("Participation phases")
    list_display = ["title", "action_field", "starts_at", "ends_at"]
    list_filter = ["action_field"]
    add_to_admin_menu = True
    menu_order = 250


register_snippet(ProposalPhaseViewSet)
