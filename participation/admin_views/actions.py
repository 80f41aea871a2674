"""The moderation forms of one proposal or comment: thin, the services decide and write the audit log."""

from collections.abc import Callable
from dataclasses import dataclass

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.choices import ActionField

from .. import services
from ..choices import ProposalStatus
from ..models import Comment, Proposal, Report
from ..permissions import can_moderate
from ..selectors import similar_proposals
from ..services.moderation import ANSWER_STATUSES


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Kept in the history of this contribution."),
    )


class ConfirmForm(forms.Form):
    pass


class ResolveForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("keep", _("Keep: the contribution is fine")), ("hide", _("Hide: the reports are right"))],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason"), max_length=1000, required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class AnswerForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        choices=[(status.value, status.label) for status in ProposalStatus if status in ANSWER_STATUSES],
    )
    answer = forms.CharField(
        label=_("Official answer"),
        max_length=5000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Shown on the proposal page as the city's answer. Leave it unchanged to change only the status."),
    )


def _similar_label(proposal: Proposal) -> str:
    """A candidate's number, title, date and votes as plain text: a link inside a radio label would open a page
    instead of ticking the radio (the template puts an "open" link beside each candidate instead)."""
    return format_html(
        # One span: the radio label is a flex box, which would drop the space before a separate <small>.
        "<span>{}: {} <small>({}, {})</small></span>",
        _("No. %(number)s") % {"number": proposal.pk},
        proposal.title,
        date_format(timezone.localtime(proposal.created), "SHORT_DATE_FORMAT"),
        ngettext("%(count)d vote", "%(count)d votes", proposal.vote_count) % {"count": proposal.vote_count},
    )


class DuplicateForm(forms.Form):
    """The original: one of the similar proposals, picked from a list, or any proposal by its number."""

    similar = forms.TypedChoiceField(
        label=_("Similar proposals"), coerce=int, empty_value=None, required=False, widget=forms.RadioSelect
    )
    original = forms.IntegerField(
        label=_("Number of the original proposal"),
        min_value=1,
        required=False,
    )
    # Removing a marking is a choice of its own: an empty form never unmarks silently.
    not_duplicate = forms.BooleanField(label=_("This proposal is not a duplicate: remove the marking"), required=False)

    def __init__(self, *args, similar=(), marked: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.marked = marked
        if not marked:
            del self.fields["not_duplicate"]
        if not similar:
            del self.fields["similar"]
            return
        self.fields["similar"].choices = [(p.pk, _similar_label(p)) for p in similar]
        self.fields["original"].label = _("Or the number of another proposal")
        if self.initial.get("original") in {p.pk for p in similar}:
            self.initial["similar"] = self.initial.pop("original")

    def clean(self):
        data = super().clean()
        chosen, number = data.get("similar"), data.get("original")
        if chosen and number and chosen != number:
            raise ValidationError(_("Choose a similar proposal or enter a number, not both."))
        number = number or chosen
        if data.get("not_duplicate"):
            if number is not None:
                raise ValidationError(_("Choose an original or remove the marking, not both."))
            data["original"] = None
            return data
        if number is None:
            raise ValidationError(
                _("Choose the original proposal, or tick “not a duplicate” to remove the marking.")
                if self.marked
                else _("Choose the original proposal.")
            )
        data["original"] = Proposal.objects.filter(pk=number).first()
        if data["original"] is None:
            self.add_error("original", _("There is no proposal with this number."))
        return data


class ActionFieldForm(forms.Form):
    action_field = forms.ChoiceField(label=_("Action field"), choices=ActionField.choices)


@dataclass(frozen=True)
class Action:
    """One moderation step: its title, its form, and how it runs (returning the success message)."""

    title: str
    form_class: type[forms.Form]
    run: Callable
    initial: Callable | None = None


def _resolve(target, user, data):
    closed = services.reports_resolve(target, moderator=user, keep=data["decision"] == "keep", reason=data["reason"])
    return _("%(count)d report(s) resolved.") % {"count": closed}


def _hide(service):
    def run(target, user, data):
        service(target, moderator=user, reason=data["reason"])
        return _("Hidden.")

    return run


def _restore(service):
    def run(target, user, data):
        service(target, moderator=user)
        return _("Shown again.")

    return run


def _answer(target, user, data):
    # The service leaves the same status with the same (or an empty) answer as it is; the message says so.
    unchanged = data["status"] == target.status and (data["answer"].strip() or target.official_answer) == (
        target.official_answer
    )
    services.proposal_answer(target, moderator=user, status=data["status"], answer=data["answer"])
    return _("No change: the status and the answer are as they were.") if unchanged else _("The answer has been saved.")


def _answer_initial(proposal):
    # A proposal waiting for approval or withdrawn gets "under review" as the likely next status.
    status = proposal.status if proposal.status in ANSWER_STATUSES else ProposalStatus.UNDER_REVIEW
    return {"status": status, "answer": proposal.official_answer}


def _duplicate(target, user, data):
    before = target.duplicate_of_id
    proposal = services.proposal_mark_duplicate(target, moderator=user, original=data["original"])
    if proposal.duplicate_of_id == before:
        return _("No change: the marking is as it was.")
    if proposal.duplicate_of_id is None:
        return _("No longer marked as a duplicate.")
    # The author hears of it through notifications (unless they switched such emails off); participation can't tell.
    return _("Marked as a duplicate of No. %(number)s.") % {"number": proposal.duplicate_of_id}


def _action_field(target, user, data):
    services.proposal_change_action_field(target, moderator=user, action_field=data["action_field"])
    return _("The action field has been changed.")


def _publish(target, user, data):
    services.proposal_publish(target, moderator=user)
    return _("Published.")


def _approve(target, user, data):
    services.comment_approve(target, moderator=user)
    return _("Approved.")


RESOLVE = Action(_("Resolve reports"), ResolveForm, _resolve)
ACTIONS = {
    Proposal: {
        "hide": Action(_("Hide"), ReasonForm, _hide(services.proposal_hide)),
        "restore": Action(_("Restore"), ConfirmForm, _restore(services.proposal_restore)),
        "resolve": RESOLVE,
        "publish": Action(_("Publish"), ConfirmForm, _publish),
        "answer": Action(_("Answer officially"), AnswerForm, _answer, _answer_initial),
        "duplicate": Action(
            _("Mark as duplicate"), DuplicateForm, _duplicate, lambda p: {"original": p.duplicate_of_id}
        ),
        "action_field": Action(
            _("Change action field"), ActionFieldForm, _action_field, lambda p: {"action_field": p.action_field}
        ),
    },
    Comment: {
        "hide": Action(_("Hide"), ReasonForm, _hide(services.comment_hide)),
        "restore": Action(_("Restore"), ConfirmForm, _restore(services.comment_restore)),
        "resolve": RESOLVE,
        "approve": Action(_("Approve"), ConfirmForm, _approve),
    },
}


class ModerationActionView(WagtailAdminTemplateMixin, FormView):
    """One moderation step on one proposal or comment, for the project office only."""

    model = None
    action = ""
    viewset_name = ""
    template_name = "participation/admin/moderation_action.html"
    header_icon = "warning"

    def dispatch(self, request, *args, **kwargs):
        # Checked before the object is loaded: council members and others learn nothing about it.
        if not can_moderate(request.user):
            raise PermissionDenied
        self.object = get_object_or_404(self.model, pk=kwargs["pk"])
        self.spec = ACTIONS[self.model][self.action]
        return super().dispatch(request, *args, **kwargs)

    def get_form_class(self):
        return self.spec.form_class

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        if self.action == "duplicate":
            kwargs["similar"] = self.similar
            kwargs["marked"] = self.object.duplicate_of_id is not None
        return kwargs

    @cached_property
    def similar(self) -> list[Proposal]:
        """Candidates for the original, so the moderator need not search for its number."""
        return similar_proposals(
            action_field=self.object.action_field,
            text=f"{self.object.title} {self.object.body}",
            exclude_pk=self.object.pk,
        )

    def get_initial(self):
        return self.spec.initial(self.object) if self.spec.initial else {}

    def get_page_title(self):
        return self.spec.title

    def get_page_subtitle(self):
        return str(self.object) if isinstance(self.object, Proposal) else self.object.excerpt

    @cached_property
    def index_url(self):
        return reverse(f"{self.viewset_name}:index")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        field = "proposal" if isinstance(self.object, Proposal) else "comment"
        context.update(
            object=self.object,
            action=self.action,
            action_url=self.request.path,
            submit_button_label=self.get_page_title(),
            submit_button_active_label=self.get_page_title(),
            open_reports=Report.objects.filter(resolved_at=None, **{field: self.object}),
            history_url=reverse(f"{self.viewset_name}:history", args=[self.object.pk]),
            index_url=self.index_url,
        )
        if self.action == "duplicate":
            context["similar"] = self.similar
        return context

    def form_valid(self, form):
        try:
            message = self.spec.run(self.object, self.request.user, form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
            return self.form_invalid(form)
        messages.success(self.request, message)
        return redirect(self.index_url)
