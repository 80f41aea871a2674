"""Forms validate and translate errors; the writes happen in services (and allauth's own flows)."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils.html import format_html
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from core.choices import District
from core.profile import profile_sections

from . import services
from .models import User
from .selectors import PARTICIPATION_RULES_SLUG, PRIVACY_NOTICE_SLUG, legal_page_urls
from .validators import DISPLAY_NAME_MAX_LENGTH


def _display_name_field() -> forms.CharField:
    return forms.CharField(
        label=_("Display name"),
        max_length=DISPLAY_NAME_MAX_LENGTH,
        help_text=_(
            "Shown publicly with your proposals and comments, for example a first name or a pseudonym. "
            "3 to 40 characters. Your email address is never shown."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )


def _profile_fields() -> dict[str, forms.Field]:
    return {
        "district": forms.ChoiceField(
            label=_("District"),
            choices=[("", _("Not specified")), *District.choices],
            required=False,
            help_text=_("Helps the project office see where ideas come from. Never shown with your name."),
        ),
        "language": forms.ChoiceField(
            label=_("Preferred language"),
            choices=User.Language.choices,
            help_text=_("For the emails we send you."),
        ),
        "email_notifications": forms.BooleanField(label=_("Email me about my proposals and comments"), required=False),
    }


def _document_label(sentence: str, link_text: str, url: str | None) -> str:
    """A consent label that links the document; it opens in a new tab so the form keeps what was typed."""
    if url:
        link = format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a> <span class="new-tab">{}</span>',
            url,
            link_text,
            gettext("(opens in a new tab)"),
        )
    else:
        link = link_text
    return format_html(sentence, link=link)


class SignupForm(AllauthSignupForm):
    """allauth's sign-up (email, password) plus the public display name, optional profile and consents."""

    field_order = [
        "email",
        "display_name",
        "password1",
        "password2",
        "district",
        "language",
        "email_notifications",
        "accept_participation_rules",
        "accept_privacy_notice",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].help_text = _(
            "Only to confirm your account, to sign you in and, if you wish, to tell you about your proposals. "
            "Never shown on the site."
        )
        self.fields["display_name"] = _display_name_field()
        self.fields.update(_profile_fields())
        # New accounts start in the language the person is reading the site in.
        self.fields["language"].initial = (get_language() or "de")[:2]
        urls = legal_page_urls()
        self.fields["accept_participation_rules"] = forms.BooleanField(
            label=_document_label(
                gettext("I accept the {link}."), gettext("participation rules"), urls.get(PARTICIPATION_RULES_SLUG)
            ),
            error_messages={"required": _("Please accept the participation rules to take part.")},
        )
        self.fields["accept_privacy_notice"] = forms.BooleanField(
            label=_document_label(
                gettext("I have read the {link} and agree to the processing of my data described there."),
                gettext("privacy notice"),
                urls.get(PRIVACY_NOTICE_SLUG),
            ),
            error_messages={"required": _("Please agree to the privacy notice to take part.")},
        )
        self.order_fields(self.field_order)

    def clean_display_name(self) -> str:
        return services.display_name_validate(self.cleaned_data["display_name"])

    def try_save(self, request):
        if self.account_already_exists:
            # A new account costs a password hash; a known address costs the same, so the answer's timing does
            # not tell which addresses are registered (its mail goes from a task: AccountAdapter).
            make_password(self.cleaned_data.get("password1"))
        return super().try_save(request)

    def save(self, request):
        # The user, the profile and the consents are written together or not at all.
        with transaction.atomic():
            return super().save(request)

    def signup(self, request, user):
        services.consents_record_current(user)


class ProfileForm(forms.Form):
    """The account's own fields plus those other apps add (core.profile), such as the choice of emails."""

    def __init__(self, *args, user: User, **kwargs):
        self.user = user
        sections = profile_sections()
        section_fields = {name: section.fields(user) for name, section in sections.items()}
        initial = {
            "display_name": user.display_name,
            "district": user.district,
            "language": user.language,
            "email_notifications": user.email_notifications,
        }
        for section in sections.values():
            initial.update(section.initial(user))
        kwargs.setdefault("initial", initial)
        super().__init__(*args, **kwargs)
        self.fields["display_name"] = _display_name_field()
        self.fields.update(_profile_fields())
        for fields in section_fields.values():
            self.fields.update(fields)
        # Which section each added field belongs to, so its cleaned value goes back to that section's save.
        self.section_field_names = {name: list(fields) for name, fields in section_fields.items()}

    def clean_display_name(self) -> str:
        return services.display_name_validate(self.cleaned_data["display_name"], user=self.user)

    def clean(self):
        # Shaped for profile_update: the sections' values under "sections", by section.
        data = super().clean()
        data["sections"] = {
            name: {field: data.pop(field) for field in names if field in data}
            for name, names in self.section_field_names.items()
        }
        return data


class AccountDeleteForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("To make sure it is you."),
    )
