"""The moderation listings in the Wagtail admin: filters, columns, counts and the per-row moderation links."""

import django_filters
from django.db.models import Case, Count, Exists, F, IntegerField, OuterRef, Q, Subquery, When
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.admin.widgets import BooleanRadioSelect
from wagtail.permission_policies import ModelPermissionPolicy

from ..choices import ProposalStatus
from ..models import VISIBLE_STATUSES, Comment, Proposal, Report
from ..permissions import can_moderate
from .inspect import ReadableValuesMixin, YesNoColumn

# What the council (and any admin user who is not the project office) reads in the admin: what the public reads on
# the site, with its figures. Not what awaits approval or is hidden, not why it was hidden, not who reported what.
PUBLIC_PROPOSALS = Q(status__in=[*VISIBLE_STATUSES, ProposalStatus.WITHDRAWN], hidden_by_reports=False)


def readable_proposals(user, queryset=None):
    """The proposals this admin user may read: all for the project office, the public ones for the council."""
    queryset = Proposal.objects.all() if queryset is None else queryset
    return queryset if can_moderate(user) else queryset.filter(PUBLIC_PROPOSALS)


def readable_comments(user, queryset=None):
    """The comments this admin user may read: all for the project office, the public ones on public proposals for
    the council (a deleted comment's placeholder has no text to read)."""
    queryset = Comment.objects.all() if queryset is None else queryset
    if can_moderate(user):
        return queryset
    public = {f"proposal__{key}": value for key, value in PUBLIC_PROPOSALS.children}
    return queryset.public().filter(deleted=False, **public)


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
    official_answer = django_filters.BooleanFilter(
        label=_("has official answer"), method="filter_official_answer", widget=BooleanRadioSelect
    )
    staff_answer = django_filters.BooleanFilter(
        label=_("staff answer"), method="filter_staff_answer", widget=BooleanRadioSelect
    )
    duplicate = django_filters.BooleanFilter(
        label=_("duplicate"), field_name="duplicate_of", lookup_expr="isnull", exclude=True, widget=BooleanRadioSelect
    )
    created = django_filters.DateFromToRangeFilter(label=_("created"), widget=DateRangePickerWidget)

    class Meta:
        model = Proposal
        fields = ["status", "action_field", "district", "hidden_by_reports"]

    def filter_official_answer(self, qs, name, value):
        return qs.exclude(official_answer="") if value else qs.filter(official_answer="")

    def filter_staff_answer(self, qs, name, value):
        answers = Comment.objects.filter(proposal=OuterRef("pk"), by_staff=True, hidden=False, deleted=False)
        return qs.filter(Exists(answers)) if value else qs.exclude(Exists(answers))


class CommentFilterSet(WagtailFilterSet):
    reported = ReportedFilter(label=_("open reports"), widget=BooleanRadioSelect)
    created = django_filters.DateFromToRangeFilter(label=_("created"), widget=DateRangePickerWidget)

    class Meta:
        model = Comment
        fields = ["awaiting_moderation", "hidden", "hidden_by_reports", "by_staff", "proposal__action_field"]


class ReportFilterSet(WagtailFilterSet):
    open = django_filters.BooleanFilter(
        label=_("open"), field_name="resolved_at", lookup_expr="isnull", widget=BooleanRadioSelect
    )
    created = django_filters.DateFromToRangeFilter(label=_("created"), widget=DateRangePickerWidget)

    class Meta:
        model = Report
        fields = ["reason"]


def _item(label, viewset_name: str, action: str, instance, icon: str, priority: int) -> MenuItem:
    return MenuItem(label, reverse(f"{viewset_name}:{action}", args=[instance.pk]), icon, priority)


def _hide_restore_resolve(viewset_name: str, instance, *, hidden: bool, reported: bool) -> list[MenuItem]:
    if hidden:
        items = [_item(_("Restore"), viewset_name, "restore", instance, "view", 40)]
    else:
        items = [_item(_("Hide"), viewset_name, "hide", instance, "no-view", 40)]
    if reported:
        items.append(_item(_("Resolve reports"), viewset_name, "resolve", instance, "warning", 41))
    return items


class ModerationIndexMixin:
    """Moderation links per row for the project office, checkboxes for the bulk actions, and the queue's counts."""

    template_name = "participation/admin/moderation_index.html"
    bulk_obj_type = ""

    @cached_property
    def may_moderate(self) -> bool:
        # Asked once per listing, not once per row.
        return can_moderate(self.request.user)

    @cached_property
    def columns(self):
        columns = super().columns
        if self.may_moderate:
            return [BulkActionsCheckboxColumn("bulk_actions", obj_type=self.bulk_obj_type), *columns]
        # Reports are the project office's business (see readable_proposals).
        return [column for column in columns if column.name != "open_reports"]

    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        # The bulk checkbox of a row is described by its title, found by this id.
        return super()._get_title_column(
            field_name, column_class, get_title_id=lambda obj: f"{self.bulk_obj_type}_{obj.pk}_title", **kwargs
        )

    def queue_counts(self) -> list[tuple[str, int]]:
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            queue_counts=self.queue_counts(),
            bulk_actions_enabled=self.may_moderate,
            model_opts=self.model._meta,
        )
        return context


class ProposalIndexView(ModerationIndexMixin, IndexView):
    bulk_obj_type = "proposal"

    def get_base_queryset(self):
        return readable_proposals(self.request.user, super().get_base_queryset()).annotate(
            open_reports=_open_reports(),
            votes_total=F("agree_count") + F("disagree_count") + F("pass_count"),
        )

    def queue_counts(self):
        if not self.may_moderate:
            public = readable_proposals(self.request.user)
            return [
                (_("proposals"), public.count()),
                (_("with official answer"), public.exclude(official_answer="").count()),
            ]
        counts = Proposal.objects.aggregate(
            total=Count("pk"),
            waiting=Count("pk", filter=Q(status=ProposalStatus.SUBMITTED)),
            hidden=Count("pk", filter=Q(status=ProposalStatus.HIDDEN) | Q(hidden_by_reports=True)),
            answered=Count("pk", filter=~Q(official_answer="")),
        )
        reported = Proposal.objects.filter(Exists(Report.objects.filter(proposal=OuterRef("pk"), resolved_at=None)))
        reported = reported.count()
        return [
            (_("proposals"), counts["total"]),
            (_("awaiting approval"), counts["waiting"]),
            (_("with open reports"), reported),
            (_("hidden"), counts["hidden"]),
            (_("with official answer"), counts["answered"]),
        ]

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if not self.may_moderate:
            return buttons
        name = "vorschlaege"
        if instance.status == ProposalStatus.SUBMITTED:
            buttons.append(_item(_("Publish"), name, "publish", instance, "upload", 35))
        hidden = instance.status == ProposalStatus.HIDDEN or instance.hidden_by_reports
        buttons += _hide_restore_resolve(name, instance, hidden=hidden, reported=instance.open_reports > 0)
        buttons += [
            _item(_("Answer officially"), name, "answer", instance, "comment", 42),
            _item(_("Mark as duplicate"), name, "duplicate", instance, "copy", 43),
            _item(_("Change action field"), name, "action_field", instance, "folder-open-inverse", 44),
        ]
        return buttons


class CommentIndexView(ModerationIndexMixin, IndexView):
    bulk_obj_type = "comment"

    def get_base_queryset(self):
        queryset = super().get_base_queryset().select_related("proposal", "author")
        return readable_comments(self.request.user, queryset).annotate(open_reports=_open_reports())

    def queue_counts(self):
        if not self.may_moderate:
            return [(_("comments"), readable_comments(self.request.user).count())]
        counts = Comment.objects.aggregate(
            total=Count("pk"),
            waiting=Count("pk", filter=Q(awaiting_moderation=True)),
            hidden=Count("pk", filter=Q(hidden=True)),
        )
        reported = Comment.objects.filter(Exists(Report.objects.filter(comment=OuterRef("pk"), resolved_at=None)))
        reported = reported.count()
        return [
            (_("comments"), counts["total"]),
            (_("awaiting approval"), counts["waiting"]),
            (_("with open reports"), reported),
            (_("hidden"), counts["hidden"]),
        ]

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.may_moderate:
            if instance.awaiting_moderation:
                buttons.append(_item(_("Approve"), "kommentare", "approve", instance, "upload", 35))
            buttons += _hide_restore_resolve(
                "kommentare", instance, hidden=instance.hidden, reported=instance.open_reports > 0
            )
        return buttons


class ReadableInspectView(ReadableValuesMixin, InspectView):
    """One proposal or comment, if this admin user may read it (readable_proposals, readable_comments): a
    council member gets a 404 for a hidden one, as a visitor does on the site."""

    def get_object(self, queryset=None):
        readable = readable_proposals if self.model is Proposal else readable_comments
        return get_object_or_404(readable(self.request.user, self.model.objects.all()), pk=self.pk)


class SiteHistoryView(LogEntriesView):
    """Wagtail's site history, without the moderation history of contributions for those who do not moderate:
    its entries carry hide reasons and refer to hidden items (the per-item history is the project office's too)."""

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        if can_moderate(self.request.user):
            return queryset
        return queryset.exclude(content_type__app_label="participation")


class ReportIndexView(IndexView):
    """The reports queue: one row per reported item (its latest report), with the reasons and counts of its
    open reports, and the way to resolve them all at once."""

    @cached_property
    def may_moderate(self) -> bool:
        return can_moderate(self.request.user)

    def get_base_queryset(self):
        def newest(field):
            same_item = Report.objects.filter(**{field: OuterRef(field)}).order_by("-created", "-pk")
            return Subquery(same_item.values("pk")[:1])

        def open_count(field):
            same_item = Report.objects.filter(**{field: OuterRef(field)}, resolved_at=None).order_by()
            return Subquery(same_item.values(field).annotate(n=Count("pk")).values("n"), output_field=IntegerField())

        # Resolving closes all reports of an item, so its latest report is open exactly while any of them is.
        return (
            super()
            .get_base_queryset()
            .filter(Q(proposal__isnull=False, pk=newest("proposal")) | Q(comment__isnull=False, pk=newest("comment")))
            .annotate(
                open_reports=Coalesce(
                    Case(When(proposal__isnull=False, then=open_count("proposal")), default=open_count("comment")), 0
                )
            )
            .select_related("proposal", "comment__author", "comment__proposal", "reporter")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = list(context["object_list"])
        # One query for the reasons of all items on this page, attached to the rows before the table renders.
        reasons = (
            Report.objects.filter(resolved_at=None)
            .filter(
                Q(proposal__in=[r.proposal_id for r in rows if r.proposal_id])
                | Q(comment__in=[r.comment_id for r in rows if r.comment_id])
            )
            .values("proposal_id", "comment_id", "reason")
            .annotate(n=Count("pk"))
            .order_by("-n", "reason")
        )
        labels = dict(Report.Reason.choices)
        summary = {}
        for row in reasons:
            key = (row["proposal_id"], row["comment_id"])
            summary.setdefault(key, []).append(f"{labels[row['reason']]} ({row['n']})")
        for row in rows:
            row.reason_summary = ", ".join(summary.get((row.proposal_id, row.comment_id), []))
        return context

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.may_moderate and instance.resolved_at is None:
            viewset_name, pk = (
                ("vorschlaege", instance.proposal_id) if instance.proposal_id else ("kommentare", instance.comment_id)
            )
            buttons.append(MenuItem(_("Resolve reports"), reverse(f"{viewset_name}:resolve", args=[pk]), "warning", 41))
        return buttons


PROPOSAL_COLUMNS = [
    "title",
    "status",
    "action_field",
    "district",
    Column("votes_total", label=_("votes"), sort_key="votes_total"),
    Column("comment_count", label=_("comments"), sort_key="comment_count"),
    Column("open_reports", label=_("open reports"), sort_key="open_reports"),
    YesNoColumn("official_answer", label=_("official answer")),
    DateColumn("created", label=_("created"), sort_key="created"),
]
COMMENT_COLUMNS = [
    "excerpt",
    Column("proposal", label=_("proposal")),
    YesNoColumn("awaiting_moderation", label=_("awaiting approval"), sort_key="awaiting_moderation"),
    YesNoColumn("hidden", label=_("hidden"), sort_key="hidden"),
    YesNoColumn("by_staff", label=_("staff answer"), sort_key="by_staff"),
    Column("open_reports", label=_("open reports"), sort_key="open_reports"),
    DateColumn("created", label=_("created"), sort_key="created"),
]
REPORT_COLUMNS = [
    "item_label",
    Column("reason_summary", label=_("open reports by reason")),
    Column("open_reports", label=_("open reports"), sort_key="open_reports"),
    DateColumn("created", label=_("latest report"), sort_key="created"),
    DateColumn("resolved_at", label=_("resolved"), sort_key="resolved_at"),
]
