"""Forms only validate and translate errors; services do the rest."""

import uuid
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from smartkassel.forms import AccessibleFormMixin

from .choices import ActionField, District, ProposalStatus
from .images import image_normalise
from .models import KASSEL_BOUNDS
from .selectors import SORTS
from .services import ProposalData


class HoneypotMixin(forms.Form):
    # Hidden from people (CSS and aria-hidden); simple bots fill every field they find.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise ValidationError(_("Your submission could not be accepted. Please try again."), code="honeypot")
        return ""


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
        label=_("District (optional)"), choices=[("", _("— no district —")), *District.choices], required=False
    )
    latitude = forms.DecimalField(
        label=_("Latitude (optional)"),
        required=False,
        max_digits=8,
        decimal_places=6,
        help_text=_("For example 51.3155. Set by tapping the map, or typed in."),
        localize=False,
    )
    longitude = forms.DecimalField(
        label=_("Longitude (optional)"),
        required=False,
        max_digits=8,
        decimal_places=6,
        help_text=_("For example 9.4975."),
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

    field_order = ["title", "body", "action_field", "district", "latitude", "longitude", "image", "image_alt"]

    def __init__(self, *args, has_image: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.has_image = has_image
        if has_image:
            self.fields["remove_image"] = forms.BooleanField(label=_("Remove the image"), required=False)

    def clean_image(self):
        uploaded = self.cleaned_data.get("image")
        return image_normalise(uploaded) if uploaded else None

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
        choices=[
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
            "sort": sort if sort in {*SORTS, "random"} else "new",
        }
