from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views
from .permissions import can_view_synthesis


class SynthesisMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_synthesis(request.user)


@hooks.register("register_admin_urls")
def register_synthesis_urls():
    return [
        path("synthese/", views.synthesis_index, name="strategy_synthesis"),
        path("synthese/<str:action_field>/ausfuehren/", views.synthesis_run_now, name="strategy_synthesis_run"),
    ]


@hooks.register("register_admin_menu_item")
def register_synthesis_menu_item():
    return SynthesisMenuItem(_("Synthesis"), reverse("strategy_synthesis"), icon_name="cogs", order=260)
