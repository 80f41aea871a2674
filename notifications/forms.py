"""Following an action field or a district (#16 item 2); a proposal is followed from its own page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.choices import ActionField, District

from .models import Follow


class FollowForm(forms.Form):
    target = forms.ChoiceField(
        label=_("What do you want to follow?"),
        choices=[
            ("", _("— please choose —")),
            (_("Action fields"), [(f"field:{key}", label) for key, label in ActionField.choices]),
            (_("Districts"), [(f"district:{key}", label) for key, label in District.choices]),
        ],
    )
    frequency = forms.ChoiceField(
        label=_("How often?"),
        choices=Follow.Frequency.choices,
        initial=Follow.Frequency.DAILY,
        widget=forms.RadioSelect,
    )

    def follow_target(self) -> dict:
        kind, key = self.cleaned_data["target"].split(":", 1)
        return {"action_field": key} if kind == "field" else {"district": key}
