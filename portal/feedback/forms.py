"""The “Barriere melden” form: only validation and translated errors; what was typed stays on an error."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.forms import AccessibleFormMixin

DESCRIPTION_MAX_LENGTH = 5000
PAGE_ADDRESS_MAX_LENGTH = 500


def page_address_from_query(value: str) -> str:
    """The address the footer link passes (`?seite=/vorschlaege/`): a path on this site, or nothing."""
    value = (value or "").strip()
    if value.startswith("/") and not value.startswith("//") and len(value) <= PAGE_ADDRESS_MAX_LENGTH:
        return value
    return ""


class BarrierReportForm(AccessibleFormMixin, forms.Form):
    page_address = forms.CharField(
        label=_("Address of the page"),
        max_length=PAGE_ADDRESS_MAX_LENGTH,
        required=False,
        help_text=_("Filled in when you came from a page. You may change it or leave it empty."),
    )
    description = forms.CharField(
        label=_("What does not work for you?"),
        max_length=DESCRIPTION_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("For example: which part of the page, what you tried, which aids you use (optional)."),
        error_messages={"required": _("Please describe the barrier in a few words.")},
    )
    email = forms.EmailField(
        label=_("Your e-mail address (optional)"),
        required=False,
        help_text=_(
            "Only if you would like an answer. We use it only to answer you and delete it with your message "
            "once it is dealt with. You can also report anonymously."
        ),
        error_messages={"invalid": _("Please enter a complete e-mail address, like name@example.org.")},
    )
    # Left empty by people; filled by simple bots.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def clean_page_address(self):
        value = self.cleaned_data["page_address"].strip()
        if value and not (value.startswith("/") or value.startswith(("https://", "http://"))):
            raise ValidationError(
                _("Please enter the address of a page: it starts with / or https://."), code="page_address"
            )
        return value

    def clean_description(self):
        value = self.cleaned_data["description"].strip()
        if len(value) < 5:
            raise ValidationError(_("Please describe the barrier in a few words."), code="too_short")
        return value

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise ValidationError(_("Your submission could not be accepted. Please try again."), code="honeypot")
        return ""
