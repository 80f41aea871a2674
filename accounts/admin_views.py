"""The admin's invitations page: invite by e-mail into a role, and send again or revoke what is still open."""

from allauth.core import ratelimit
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.admin.menu import MenuItem

from . import invitations
from .forms import InvitationForm
from .models import Invitation
from .permissions import can_invite, invitable_roles
from .selectors import invitations_open


@require_http_methods(["GET", "HEAD", "POST"])
def invitation_index(request):
    """The form to invite someone, and the open invitations into the roles this person may hand out."""
    roles = invitable_roles(request.user)
    if not roles:
        raise PermissionDenied
    form = InvitationForm(request.POST or None, roles=roles)
    if request.method == "POST":
        # Each invitation sends a mail to an address typed here: limited like changing one's own addresses.
        if limited := ratelimit.consume_or_429(request, action="manage_email", user=request.user):
            return limited
        if form.is_valid():
            try:
                invitation = invitations.invitation_create(invited_by=request.user, **form.cleaned_data)
            except ValidationError as error:
                form.add_error("email", error)
            else:
                messages.success(
                    request,
                    _("Invitation sent to %(email)s (role: %(role)s).")
                    % {"email": invitation.email, "role": invitation.role},
                )
                return redirect("accounts_invitations")
    return TemplateResponse(
        request,
        "accounts/admin/invitations.html",
        {
            "page_title": _("Invitations"),
            "header_icon": "mail",
            "form": form,
            "invitations": invitations_open(request.user),
        },
    )


def _manage(request, pk, service, done: str):
    invitation = get_object_or_404(Invitation, pk=pk)
    if not can_invite(request.user, invitation.role):
        raise PermissionDenied
    try:
        service(invitation, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, done % {"email": invitation.email})
    return redirect("accounts_invitations")


@require_POST
def invitation_resend(request, pk: int):
    if limited := ratelimit.consume_or_429(request, action="manage_email", user=request.user):
        return limited
    return _manage(request, pk, invitations.invitation_resend, _("Sent again to %(email)s, with a new link."))


@require_POST
def invitation_revoke(request, pk: int):
    return _manage(request, pk, invitations.invitation_revoke, _("The invitation of %(email)s is revoked."))


class InvitationsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_invite(request.user)
