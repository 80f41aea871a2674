"""Forms of the project office for input from events (#16): the event, rows entered on behalf of participants,
a CSV upload of such rows, and paper tallies. One row form validates typed rows and CSV lines alike."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.choices import ActionField, District

from .models import InputEvent, PaperTally, Proposal


class InputEventForm(forms.ModelForm):
    class Meta:
        model = InputEvent
        fields = ["name", "kind", "date", "place", "district"]
        widgets = {"date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}


def _choice_key(choices, value: str) -> str:
    """A CSV cell may hold the key ("mobility") or the label in German or English ("Smart Safe Mobility")."""
    wanted = " ".join(str(value).split()).casefold()
    for key, label in choices:
        if wanted in {str(key).casefold(), str(label).casefold()}:
            return key
    return value


class EventProposalRowForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=120)
    body = forms.CharField(label=_("Description"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3}))
    # An empty first choice: a row nobody typed in stays unchanged and is skipped, not checked as a proposal.
    action_field = forms.ChoiceField(label=_("Action field"), choices=[("", "—"), *ActionField.choices])
    district = forms.ChoiceField(label=_("District"), choices=[("", "—"), *District.choices], required=False)
    contributor_name = forms.CharField(label=_("Pseudonym (optional)"), max_length=80, required=False)
    contact_email = forms.EmailField(label=_("E-mail for news (optional)"), required=False)
    consent = forms.BooleanField(label=_("Consents to e-mails about this proposal"), required=False)

    def __init__(self, data=None, **kwargs):
        if data is not None and not hasattr(data, "getlist"):
            data = dict(data)
            data["action_field"] = _choice_key(ActionField.choices, data.get("action_field", ""))
            data["district"] = _choice_key(District.choices, data.get("district", ""))
        super().__init__(data, **kwargs)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("contact_email") and not cleaned.get("consent"):
            self.add_error(
                "consent", _("An e-mail address may only be kept with the person's consent to e-mails about it.")
            )
        return cleaned


EventProposalFormSet = forms.formset_factory(EventProposalRowForm, extra=5, max_num=50)


class EventCsvForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "One proposal per line, with a header line: titel, beschreibung, handlungsfeld, and optionally "
            "ortsbezirk, pseudonym, email, einwilligung (ja/nein). Separator ; or ,; UTF-8."
        ),
    )


class PaperTallyForm(forms.ModelForm):
    proposal = forms.ModelChoiceField(label=_("Proposal"), queryset=Proposal.objects.none())

    class Meta:
        model = PaperTally
        fields = ["proposal", "agree", "disagree"]

    def __init__(self, *args, proposals=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["proposal"].queryset = proposals if proposals is not None else Proposal.objects.visible()
