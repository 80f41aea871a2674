"""Forms validate and translate errors; the writes happen in services (and allauth's own flows)."""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.contrib.auth.hashers import make_password
from django.contrib.auth.password_validation import validate_password
from django.db import transaction
from django.utils.html import format_html
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from core.choices import District
from core.profile import profile_sections
from core.roles import COUNCIL_GROUP, MODERATOR_GROUP

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


class InvitationForm(forms.Form):
    """An address and one of the roles the inviting person may hand out (accounts.permissions)."""

    email = forms.EmailField(
        label=_("Email address"),
        help_text=_("The person receives a link, valid for 7 days, to choose a display name and a password."),
    )
    role = forms.ChoiceField(label=_("Role"), widget=forms.RadioSelect)

    def __init__(self, *args, roles: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].choices = [(role, _role_label(role)) for role in roles]


def _role_label(role: str) -> str:
    descriptions = {
        MODERATOR_GROUP: _("moderates, answers, edits and publishes"),
        COUNCIL_GROUP: _("reads figures and strategy drafts"),
    }
    return f"{role} — {descriptions[role]}" if role in descriptions else role


class InvitationAcceptForm(forms.Form):
    """The invited person's display name and password; the link has proved the address already."""

    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 10 characters; not a common password and not only digits."),
    )
    password2 = forms.CharField(
        label=_("Password (again)"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )

    def __init__(self, *args, email: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email
        self.fields = {"display_name": _display_name_field(), **self.fields}
        self.fields["display_name"].help_text = _(
            "Shown with your answers and comments, for example your name or “Projektbüro Smart City”. "
            "3 to 40 characters."
        )

    def clean_display_name(self) -> str:
        # A staff account may use the office's names, which citizens may not.
        return services.display_name_validate(self.cleaned_data["display_name"], user=User(is_staff=True))

    def clean(self):
        data = super().clean()
        first, second = data.get("password1"), data.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords differ."))
        elif first:
            user = User(email=self.email, display_name=data.get("display_name", ""), is_staff=True)
            try:
                validate_password(first, user=user)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return data
