"""What notifications adds to pages of the layers below, through their registries (they do not import it)."""

from core.profile import ProfilePanel

from .models import Follow


def follow_proposal_panel(request, proposal) -> dict | None:
    """ "Follow this proposal" on its page. Its author follows it from publication and sees that here too, with
    the link to change how often or to stop."""
    user = request.user
    follow = Follow.objects.filter(user=user, proposal=proposal).first() if user.is_authenticated else None
    return {
        "template": "notifications/components/follow_proposal.html",
        "data": {
            "proposal_id": proposal.pk,
            "follow": follow,
            "logged_in": user.is_authenticated,
            "frequencies": Follow.Frequency.choices,
        },
    }


def _follows_panel(user) -> dict:
    return {"follows": list(Follow.objects.filter(user=user).select_related("proposal").order_by("created", "pk"))}


FOLLOWS_PROFILE_PANEL = ProfilePanel(template="notifications/components/follows_profile.html", data=_follows_panel)
