"""Forms only validate and translate errors; services do the rest."""

import uuid
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.choices import ActionField, District
from core.forms import AccessibleFormMixin

from .choices import ProposalStatus
from .images import image_normalise, pending_image_open
from .models import KASSEL_BOUNDS, Report, Vote
from .selectors import SORTS
from .services import ProposalData


class HoneypotMixin(forms.Form):
    # Hidden from people (CSS and aria-hidden); simple bots fill every field they find.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise ValidationError(_("Your submission could not be accepted. Please try again."), code="honeypot")
        return ""


class CoordinateField(forms.DecimalField):
    """A coordinate typed the German way ("51,3155") or the international way ("51.3155").

    A text box, not type=number: a number box drops or refuses the comma, depending on the browser's locale.
    """

    widget = forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off", "spellcheck": "false"})

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace(",", ".")
        return super().to_python(value)


class ProposalForm(AccessibleFormMixin, HoneypotMixin, forms.Form):
    title = forms.CharField(
        label=_("Title"),
        min_length=5,
        max_length=120,
        help_text=_("5 to 120 characters: what is your idea in one line?"),
    )
    body = forms.CharField(
        label=_("Description"),
        min_length=20,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("20 to 5,000 characters. Empty lines make paragraphs; web addresses become links."),
    )
    action_field = forms.ChoiceField(label=_("Action field"), choices=ActionField.choices)
    district = forms.ChoiceField(
        label=_("District (optional)"),
        choices=[("", _("— no district —")), *District.choices],
        required=False,
        help_text=_(
            "A place on the map suggests the district whose centre is nearest (we have no district boundaries), "
            "so near a border please check it."
        ),
    )
    latitude = CoordinateField(
        label=_("Latitude (optional)"),
        required=False,
        max_digits=8,
        decimal_places=6,
        help_text=_("For example 51.3155 or 51,3155. Set by tapping the map, or typed in."),
        localize=False,
    )
    longitude = CoordinateField(
        label=_("Longitude (optional)"),
        required=False,
        max_digits=8,
        decimal_places=6,
        help_text=_("For example 9.4975 or 9,4975."),
        localize=False,
    )
    image = forms.FileField(
        label=_("Image (optional)"),
        required=False,
        help_text=_("JPEG, PNG or WebP, up to 5 MB. Location data in the file is removed."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    image_alt = forms.CharField(
        label=_("Image description"),
        required=False,
        max_length=250,
        help_text=_("Describe what the image shows, for people who cannot see it. Required with an image."),
    )
    submission_key = forms.UUIDField(widget=forms.HiddenInput, initial=uuid.uuid4)
    # The image chosen before the preview step: a browser never refills a file input, so it is kept for the author.
    pending_image = forms.CharField(widget=forms.HiddenInput, required=False)
    # The check step before publishing: the similar proposals already shown, and whether a district was suggested.
    similar_seen = forms.CharField(widget=forms.HiddenInput, required=False)
    district_suggested = forms.BooleanField(widget=forms.HiddenInput, required=False)

    field_order = ["title", "body", "action_field", "district", "latitude", "longitude", "image", "image_alt"]

    def __init__(self, *args, has_image: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.has_image = has_image
        if has_image:
            self.fields["remove_image"] = forms.BooleanField(label=_("Remove the image"), required=False)

    def clean_image(self):
        uploaded = self.cleaned_data.get("image")
        return image_normalise(uploaded) if uploaded else None

    def clean_similar_seen(self) -> set[int]:
        return {int(pk) for pk in self.cleaned_data.get("similar_seen", "").split(",") if pk.strip().isdigit()}

    def clean_pending_image(self):
        token = self.cleaned_data.get("pending_image")
        return pending_image_open(token) if token else None

    def clean(self):
        cleaned = super().clean()
        latitude, longitude = cleaned.get("latitude"), cleaned.get("longitude")
        if (
            (latitude is None) != (longitude is None)
            and not self.errors.get("latitude")
            and not self.errors.get("longitude")
        ):
            raise ValidationError(_("Please give both latitude and longitude, or neither."), code="place_incomplete")
        if latitude is not None and longitude is not None and not _in_kassel(latitude, longitude):
            self.add_error(
                "latitude",
                ValidationError(
                    _("This place lies outside Kassel. Please choose a place within the city."), code="outside_kassel"
                ),
            )
        if not cleaned.get("image") and cleaned.get("pending_image"):
            cleaned["image"] = cleaned["pending_image"]
        keeps_image = self.has_image and not cleaned.get("remove_image")
        if (cleaned.get("image") or keeps_image) and not cleaned.get("image_alt", "").strip():
            self.add_error("image_alt", ValidationError(_("Please describe the image."), code="alt_required"))
        return cleaned

    def to_data(self) -> ProposalData:
        data = self.cleaned_data
        return ProposalData(
            title=data["title"].strip(),
            body=data["body"].strip(),
            action_field=data["action_field"],
            district=data.get("district") or "",
            latitude=data.get("latitude"),
            longitude=data.get("longitude"),
            image=data.get("image"),
            image_alt=data.get("image_alt", "").strip(),
            remove_image=bool(data.get("remove_image")),
        )


def _in_kassel(latitude: Decimal, longitude: Decimal) -> bool:
    return (
        KASSEL_BOUNDS["lat_min"] <= latitude <= KASSEL_BOUNDS["lat_max"]
        and KASSEL_BOUNDS["lon_min"] <= longitude <= KASSEL_BOUNDS["lon_max"]
    )


class ProposalFilterForm(AccessibleFormMixin, forms.Form):
    """The list's filters; any invalid value is simply ignored, so a stale link still shows a list."""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    action_field = forms.ChoiceField(
        label=_("Action field"), choices=[("", _("All action fields")), *ActionField.choices], required=False
    )
    district = forms.ChoiceField(
        label=_("District"), choices=[("", _("All districts")), *District.choices], required=False
    )
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[
            ("", _("All statuses")),
            *[
                (value, label)
                for value, label in ProposalStatus.choices
                if value in {"published", "under_review", "accepted", "not_feasible"}
            ],
        ],
        required=False,
    )
    sort = forms.ChoiceField(
        label=_("Sort by"),
        # First, so a search sent from the form lists the best matches first; without search words every
        # proposal matches equally and the newest come first (selectors.proposal_list).
        choices=[
            ("relevance", _("Relevance")),
            ("new", _("Newest")),
            ("votes", _("Most votes")),
            ("comments", _("Most comments")),
            ("random", _("Random")),
        ],
        required=False,
    )

    def filters(self) -> dict[str, str]:
        data = self.cleaned_data if self.is_valid() else {}
        sort = data.get("sort") or "new"
        return {
            "query": data.get("q", ""),
            "action_field": data.get("action_field", ""),
            "district": data.get("district", ""),
            "status": data.get("status", ""),
            "sort": sort if sort in {*SORTS, "random", "relevance"} else "new",
        }


class VoteForm(forms.Form):
    """A vote button's value, or the withdraw button."""

    value = forms.TypedChoiceField(choices=Vote.Value.choices, coerce=int, required=False, empty_value=None)
    withdraw = forms.BooleanField(required=False)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("value") is None and not cleaned.get("withdraw"):
            raise ValidationError(_("Please choose agree, disagree or pass."), code="invalid_vote")
        return cleaned


class CommentForm(AccessibleFormMixin, HoneypotMixin, forms.Form):
    """A comment, or (with `parent`) a reply; the submission key makes a resent form harmless."""

    body = forms.CharField(
        label=_("Your comment"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("Up to 2,000 characters. Please stay respectful. Web addresses become links."),
    )
    parent = forms.IntegerField(widget=forms.HiddenInput, required=False)
    submission_key = forms.UUIDField(widget=forms.HiddenInput, initial=uuid.uuid4)

    def __init__(self, *args, reply: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if reply:
            # The bound field is already cached (AccessibleFormMixin): relabel it too.
            self.fields["body"].label = self["body"].label = _("Your reply")


class CommentEditForm(AccessibleFormMixin, forms.Form):
    body = forms.CharField(
        label=_("Your comment"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Up to 2,000 characters. The comment will be marked as edited."),
    )


# Worded for the person reporting; stored as the model's reason keys.
REPORT_REASONS = [
    (Report.Reason.SPAM, _("Spam or advertising")),
    (Report.Reason.INSULT, _("Insult or discrimination")),
    (Report.Reason.PERSONAL_DATA, _("Personal data")),
    (Report.Reason.OFF_TOPIC, _("Off-topic")),
    (Report.Reason.OTHER, _("Other")),
]


class ReportForm(AccessibleFormMixin, forms.Form):
    reason = forms.ChoiceField(label=_("Reason"), choices=REPORT_REASONS, widget=forms.RadioSelect)
    text = forms.CharField(
        label=_("Details"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Optional, up to 1,000 characters; required for “Other”. Only the project office reads it."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("reason") == Report.Reason.OTHER and not cleaned.get("text", "").strip():
            self.add_error("text", ValidationError(_("Please describe the problem."), code="text_required"))
        return cleaned
