"""Moderation in the Wagtail admin: listings, filters and the hide / restore / resolve forms."""

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, F, OuterRef, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets import BooleanRadioSelect
from wagtail.permission_policies import ModelPermissionPolicy

from . import services
from .choices import ProposalStatus
from .models import Comment, Proposal, Report
from .permissions import can_moderate


class ModerationPermissionPolicy(ModelPermissionPolicy):
    """Citizens write contributions through the site's services: nobody adds or deletes them in the admin."""

    def __init__(self, model, denied=("add", "delete")):
        super().__init__(model)
        self.denied = set(denied)

    def user_has_permission(self, user, action):
        return action not in self.denied and super().user_has_permission(user, action)


def _open_reports() -> Count:
    return Count("reports", filter=Q(reports__resolved_at=None), distinct=True)


class ReportedFilter(django_filters.BooleanFilter):
    def filter(self, qs, value):
        if value is None:
            return qs
        return qs.filter(open_reports__gt=0) if value else qs.filter(open_reports=0)


class ProposalFilterSet(WagtailFilterSet):
    reported = ReportedFilter(label=_("open reports"), widget=BooleanRadioSelect)
    staff_answer = django_filters.BooleanFilter(
        label=_("staff answer"), method="filter_staff_answer", widget=BooleanRadioSelect
    )
    created = django_filters.DateFromToRangeFilter(label=_("created"), widget=DateRangePickerWidget)

    class Meta:
        model = Proposal
        fields = ["status", "action_field", "district", "hidden_by_reports"]

    def filter_staff_answer(self, qs, name, value):
        answers = Comment.objects.filter(proposal=OuterRef("pk"), by_staff=True, hidden=False, deleted=False)
        return qs.filter(Exists(answers)) if value else qs.exclude(Exists(answers))


class CommentFilterSet(WagtailFilterSet):
    reported = ReportedFilter(label=_("open reports"), widget=BooleanRadioSelect)
    created = django_filters.DateFromToRangeFilter(label=_("created"), widget=DateRangePickerWidget)

    class Meta:
        model = Comment
        fields = ["hidden", "hidden_by_reports", "by_staff", "proposal__action_field"]


class ReportFilterSet(WagtailFilterSet):
    open = django_filters.BooleanFilter(
        label=_("open"), field_name="resolved_at", lookup_expr="isnull", widget=BooleanRadioSelect
    )
    created = django_filters.DateFromToRangeFilter(label=_("created"), widget=DateRangePickerWidget)

    class Meta:
        model = Report
        fields = ["reason"]


def _action_items(viewset_name: str, instance, *, hidden: bool, reported: bool) -> list[MenuItem]:
    items = []
    if hidden:
        items.append(MenuItem(_("Restore"), reverse(f"{viewset_name}:restore", args=[instance.pk]), "view", 40))
    else:
        items.append(MenuItem(_("Hide"), reverse(f"{viewset_name}:hide", args=[instance.pk]), "no-view", 40))
    if reported:
        items.append(
            MenuItem(_("Resolve reports"), reverse(f"{viewset_name}:resolve", args=[instance.pk]), "warning", 41)
        )
    return items


class ModerationIndexMixin:
    @cached_property
    def may_moderate(self) -> bool:
        # Asked once per listing, not once per row.
        return can_moderate(self.request.user)


class ProposalIndexView(ModerationIndexMixin, IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .annotate(
                open_reports=_open_reports(),
                votes_total=F("agree_count") + F("disagree_count") + F("pass_count"),
            )
        )

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.may_moderate:
            hidden = instance.status == ProposalStatus.HIDDEN or instance.hidden_by_reports
            buttons += _action_items("vorschlaege", instance, hidden=hidden, reported=instance.open_reports > 0)
        return buttons


class CommentIndexView(ModerationIndexMixin, IndexView):
    def get_base_queryset(self):
        queryset = super().get_base_queryset().select_related("proposal", "author")
        return queryset.annotate(open_reports=_open_reports())

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.may_moderate:
            buttons += _action_items("kommentare", instance, hidden=instance.hidden, reported=instance.open_reports > 0)
        return buttons


class ReportIndexView(ModerationIndexMixin, IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("proposal", "comment__author", "reporter")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.may_moderate and instance.resolved_at is None:
            viewset_name, pk = (
                ("vorschlaege", instance.proposal_id)
                if instance.proposal_id
                else (
                    "kommentare",
                    instance.comment_id,
                )
            )
            buttons.append(MenuItem(_("Resolve reports"), reverse(f"{viewset_name}:resolve", args=[pk]), "warning", 41))
        return buttons


PROPOSAL_COLUMNS = [
    "title",
    "status",
    "action_field",
    "district",
    Column("votes_total", label=_("votes"), sort_key="votes_total"),
    "comment_count",
    Column("open_reports", label=_("open reports"), sort_key="open_reports"),
    DateColumn("created", label=_("created"), sort_key="created"),
]
COMMENT_COLUMNS = [
    "excerpt",
    "proposal",
    "hidden",
    "by_staff",
    Column("open_reports", label=_("open reports"), sort_key="open_reports"),
    DateColumn("created", label=_("created"), sort_key="created"),
]
REPORT_COLUMNS = [
    "__str__",
    "reason",
    "proposal",
    "comment",
    DateColumn("created", label=_("created"), sort_key="created"),
    DateColumn("resolved_at", label=_("resolved"), sort_key="resolved_at"),
]


# The forms behind the actions: thin, the services decide.


class HideForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Kept in the history of this contribution."),
    )


class RestoreForm(forms.Form):
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
        return super().dispatch(request, *args, **kwargs)

    def get_form_class(self):
        return {"hide": HideForm, "restore": RestoreForm, "resolve": ResolveForm}[self.action]

    def get_page_title(self):
        return {"hide": _("Hide"), "restore": _("Restore"), "resolve": _("Resolve reports")}[self.action]

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
            action_url=self.request.path,
            submit_button_label=self.get_page_title(),
            submit_button_active_label=self.get_page_title(),
            open_reports=Report.objects.filter(resolved_at=None, **{field: self.object}),
            index_url=self.index_url,
        )
        return context

    def form_valid(self, form):
        user, target = self.request.user, self.object
        reason = form.cleaned_data.get("reason", "")
        hide = {Proposal: services.proposal_hide, Comment: services.comment_hide}[self.model]
        restore = {Proposal: services.proposal_restore, Comment: services.comment_restore}[self.model]
        if self.action == "hide":
            hide(target, moderator=user, reason=reason)
            messages.success(self.request, _("Hidden."))
        elif self.action == "restore":
            restore(target, moderator=user)
            messages.success(self.request, _("Shown again."))
        else:
            keep = form.cleaned_data["decision"] == "keep"
            closed = services.reports_resolve(target, moderator=user, keep=keep, reason=reason)
            messages.success(self.request, _("%(count)d report(s) resolved.") % {"count": closed})
        return redirect(self.index_url)
