"""Reads of participation data, shaped for their callers (the strategy app reads only these)."""

import datetime
from dataclasses import asdict, dataclass
from functools import partial
from typing import NamedTuple

from django.core.paginator import Page, Paginator
from django.db import transaction
from django.db.models import Count, Exists, F, Max, Min, OuterRef, Prefetch, Q, QuerySet, Sum
from django.db.models.functions import Mod, TruncWeek
from django.utils import timezone

from core.cache_generations import SITE, generation_bump
from core.choices import ActionField, District
from core.fragments import cached, request_generations

from .choices import Channel, ProposalStatus
from .models import VISIBLE, Comment, PaperTally, Proposal, ProposalPhase, Report, TriageFlag, Vote
from .search import RankedMatches, search_filter
from .similarity import features, similarity

SORTS = {
    "new": ["-created", "-pk"],
    "votes": ["-agree_count", "-created", "-pk"],
    "comments": ["-comment_count", "-created", "-pk"],
}
# How many recent proposals of a field the similarity check compares against.
SIMILAR_CANDIDATES = 3000
# Counts over the visible proposals are kept this long; a new, changed or moderated proposal starts a new site
# generation, so they are renewed at once then. Votes and comments do not change which proposals are visible.
COUNT_SECONDS = 30


@dataclass(frozen=True)
class ParticipationFigures:
    proposals: int
    comments: int
    votes: int
    participants: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def participation_figures() -> ParticipationFigures:
    """Public totals: visible proposals, their comments and votes, and the distinct people behind them."""
    proposals = Proposal.objects.visible()
    comments = Comment.objects.public().filter(deleted=False, proposal__in=proposals)
    votes = Vote.objects.filter(proposal__in=proposals)
    # UNION (not UNION ALL) removes duplicates in the database, so a person counts once.
    people = (
        proposals.exclude(author=None)
        .order_by()
        .values_list("author_id")
        .union(
            comments.exclude(author=None).order_by().values_list("author_id"), votes.order_by().values_list("voter_id")
        )
    )
    return ParticipationFigures(
        proposals=proposals.count(), comments=comments.count(), votes=votes.count(), participants=people.count()
    )


def proposal_list(
    *,
    action_field: str = "",
    district: str = "",
    status: str = "",
    query: str = "",
    sort: str = "new",
    seed: int = 0,
) -> QuerySet | RankedMatches:
    """Visible proposals, filtered and sorted; "random" is a stable shuffle per seed (one per visitor).

    With a query, only proposals matching every word (participation/search.py); "relevance" lists those best
    first (a RankedMatches sequence, not a QuerySet) and is the same as "new" without a query.
    """
    proposals = _visible_filtered(action_field=action_field, district=district, status=status)
    # The search columns stay in the database: a page of cards never shows them.
    proposals = proposals.select_related("author").defer("search_text", "search_vector", "search_title")
    if query.strip():
        proposals = search_filter(proposals, query)
        if sort == "relevance":
            return RankedMatches(proposals, query)
    if sort == "random":
        # A cheap permutation of ids that every database computes the same way.
        return proposals.annotate(shuffle=Mod(F("id") * 7919 + seed, 10007)).order_by("shuffle", "pk")
    return proposals.order_by(*SORTS.get(sort, SORTS["new"]))


def proposal_map_points(proposals: QuerySet | list[Proposal]) -> list[dict]:
    """The located proposals of a list (or of loaded proposals) as plain data for the map (no personal data)."""
    if isinstance(proposals, QuerySet):
        rows = proposals.located().values("pk", "title", "latitude", "longitude", "action_field")
    else:
        rows = [
            {"pk": one.pk, "title": one.title, "latitude": one.latitude, "longitude": one.longitude}
            | {"action_field": one.action_field}
            for one in proposals
            if one.latitude is not None and one.longitude is not None
        ]
    return [
        {
            "id": row["pk"],
            "title": row["title"],
            "lat": float(row["latitude"]),
            "lon": float(row["longitude"]),
            "field": row["action_field"],
        }
        for row in rows
    ]


# The map's data endpoint sends at most this many points (newest first); zooming in asks again for a smaller box.
MAP_POINTS_LIMIT = 1000
MAP_POINT_FIELDS = ("id", "lat", "lon", "field", "title")


def proposal_map_rows(
    proposals: QuerySet, *, bbox: tuple[float, float, float, float] | None = None, limit: int = MAP_POINTS_LIMIT
) -> dict:
    """The newest located proposals of a list (within bbox = west, south, east, north) as compact rows for the
    map: {"fields", "points": [[id, lat, lon, field, title], …], "total", "limit"}; two queries at most."""
    located = proposals.located()
    if bbox:
        west, south, east, north = bbox
        located = located.filter(latitude__gte=south, latitude__lte=north, longitude__gte=west, longitude__lte=east)
    rows = list(
        located.order_by(*SORTS["new"]).values_list("pk", "latitude", "longitude", "action_field", "title")[:limit]
    )
    total = len(rows) if len(rows) < limit else located.order_by().count()
    return {
        "fields": MAP_POINT_FIELDS,
        "points": [[pk, float(lat), float(lon), field, title] for pk, lat, lon, field, title in rows],
        "total": total,
        "limit": limit,
    }


def proposal_for_viewer(pk: int) -> Proposal:
    return Proposal.objects.select_related("author", "duplicate_of").get(pk=pk)


def proposals_by_author(user) -> QuerySet:
    return Proposal.objects.filter(author=user).order_by("-created", "-pk")


def similar_proposals(*, action_field: str, text: str, exclude_pk: int | None = None, limit: int = 5) -> list[Proposal]:
    """Up to `limit` visible proposals of the field whose title and text resemble `text`, most similar first."""
    wanted = features(text)
    if len(wanted) < 3:
        return []
    candidates = Proposal.objects.visible().filter(action_field=action_field).exclude(pk=exclude_pk)
    candidates = candidates.order_by("-created").only(
        "pk", "title", "body", "action_field", "status", "created", "agree_count", "disagree_count", "pass_count"
    )
    scored = []
    for proposal in candidates[:SIMILAR_CANDIDATES]:
        # The title says what the idea is; the start of the body adds context.
        score = similarity(wanted, features(f"{proposal.title} {proposal.title} {proposal.body[:300]}"))
        if score >= 0.12:
            scored.append((score, proposal.pk, proposal))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [proposal for _score, _pk, proposal in scored[:limit]]


# The comment thread: top-level comments per page, each with its replies (one level deep).
COMMENTS_PER_PAGE = 20
COMMENT_ORDERS = {
    "oldest": ["-pinned", "created", "pk"],
    "newest": ["-pinned", "-created", "-pk"],
}


def _thread_roots(proposal: Proposal, viewer=None) -> QuerySet:
    # A deleted or hidden comment stays as a placeholder only while a visible reply hangs on it: the replies keep
    # their context, and hiding one comment never silently hides what others wrote under it.
    live_reply = Comment.objects.public().filter(parent=OuterRef("pk"), deleted=False)
    shown = Comment.objects.shown_to(viewer) if viewer is not None else Comment.objects.public()
    roots = Comment.objects.filter(proposal=proposal, parent=None)
    placeholders = roots.filter(Q(hidden=True) | Q(deleted=True)).filter(Exists(live_reply))
    return roots.filter(
        Q(pk__in=shown.filter(proposal=proposal, parent=None, deleted=False).values("pk"))
        | Q(pk__in=placeholders.values("pk"))
    ).select_related("author")


def comment_thread(proposal: Proposal, *, order: str = "oldest", page: int | str = 1, viewer=None) -> Page:
    """One page of a proposal's public thread, pinned answers first; three queries however long it is.

    With a viewer, their own comments that await approval are in it too (marked so by the template).
    """
    shown = Comment.objects.shown_to(viewer) if viewer is not None else Comment.objects.public()
    replies = shown.filter(deleted=False).select_related("author").order_by("-pinned", "created", "pk")
    roots = (
        _thread_roots(proposal, viewer)
        .order_by(*COMMENT_ORDERS.get(order, COMMENT_ORDERS["oldest"]))
        .prefetch_related(Prefetch("replies", queryset=replies, to_attr="public_replies"))
    )
    return Paginator(roots, COMMENTS_PER_PAGE).get_page(page)


def comment_page_number(comment: Comment, *, order: str = "oldest") -> int:
    """The thread page (in `order`) on which a comment or its reply thread is shown."""
    root = comment.parent or comment
    roots = _thread_roots(Proposal(pk=root.proposal_id))
    if order == "newest":
        sooner = Q(created__gt=root.created) | Q(created=root.created, pk__gt=root.pk)
    else:
        sooner = Q(created__lt=root.created) | Q(created=root.created, pk__lt=root.pk)
    ahead = Q(sooner, pinned=root.pinned)
    if not root.pinned:
        ahead |= Q(pinned=True)  # pinned answers come first in both orders
    before = roots.filter(ahead).count()
    return before // COMMENTS_PER_PAGE + 1


def comment_for_viewer(pk: int) -> Comment:
    """A public comment with its proposal, for the pages that act on one comment."""
    return Comment.objects.public().select_related("proposal", "author").get(pk=pk)


def own_vote(proposal: Proposal, user) -> int | None:
    """The value of this person's vote on the proposal, or None."""
    if not user.is_authenticated:
        return None
    return Vote.objects.filter(proposal=proposal, voter=user).values_list("value", flat=True).first()


def has_reported(user, target: Proposal | Comment) -> bool:
    """Whether this person has reported the item before (their own reports only; never others')."""
    field = "proposal" if isinstance(target, Proposal) else "comment"
    return user.is_authenticated and Report.objects.filter(reporter=user, **{field: target}).exists()


def synthesis_input(action_field: str) -> tuple[list, list, list]:
    """Plain rows for the strategy synthesis of one field: visible proposals, their public comments and votes.

    Clean input: hidden, withdrawn and waiting proposals are not visible, and duplicates are left out; a vote on
    a duplicate counts for its original, unless the voter voted on the original too (or on another duplicate
    of it first), so nobody counts twice. Three queries, ordered by id; no author, no personal data (voters are
    bare ids).
    """
    visible = Proposal.objects.visible().filter(action_field=action_field)
    proposals = visible.filter(duplicate_of__isnull=True)
    proposal_rows = list(
        proposals.order_by("pk").values_list(
            "pk", "action_field", "title", "body", "district", "latitude", "longitude", "created", named=True
        )
    )
    comment_rows = list(
        Comment.objects.public()
        .filter(deleted=False, hidden_by_reports=False, proposal__in=proposals)
        .order_by("pk")
        .values_list("pk", "proposal_id", "body", named=True)
    )
    duplicates = visible.filter(duplicate_of__in=proposals)
    rows = (
        Vote.objects.filter(Q(proposal__in=proposals) | Q(proposal__in=duplicates))
        .order_by("created", "pk")
        .values_list("proposal_id", "proposal__duplicate_of_id", "voter_id", "value", named=True)
    )
    direct = [row for row in rows if row.proposal__duplicate_of_id is None]
    votes = [_VoteRow(row.proposal_id, row.voter_id, row.value) for row in direct]
    cast = {(row.proposal_id, row.voter_id) for row in direct}
    for row in rows:
        key = (row.proposal__duplicate_of_id, row.voter_id)
        if row.proposal__duplicate_of_id is not None and key not in cast:
            cast.add(key)
            votes.append(_VoteRow(*key, row.value))
    votes.sort(key=lambda vote: (vote.proposal_id, vote.voter_id))
    return proposal_rows, comment_rows, votes


class _VoteRow(NamedTuple):
    """A vote as the synthesis reads it (the same fields as the named rows of the vote query)."""

    proposal_id: int
    voter_id: int
    value: int


def latest_input_at(action_field: str):
    """When the field's public input (proposals, comments, votes) last changed, or None without any."""
    proposals = Proposal.objects.visible().filter(action_field=action_field)
    moments = [
        proposals.aggregate(latest=Max("updated"))["latest"],
        Comment.objects.filter(proposal__in=proposals).aggregate(latest=Max("updated"))["latest"],
        Vote.objects.filter(proposal__in=proposals).aggregate(latest=Max("updated"))["latest"],
    ]
    return max((moment for moment in moments if moment is not None), default=None)


@dataclass(frozen=True)
class FieldActivity:
    action_field: str
    label: str
    proposals: int
    comments: int
    votes: int


@dataclass(frozen=True)
class ModerationOverview:
    submitted_proposals: int
    proposals_hidden_by_reports: int
    comments_hidden_by_reports: int
    open_reports: int
    reported_items: int
    activity: list[FieldActivity]

    @property
    def waiting(self) -> int:
        """Items that wait for the project office: pre-moderated proposals and items hidden by reports."""
        return self.submitted_proposals + self.proposals_hidden_by_reports + self.comments_hidden_by_reports


def _per_field(queryset: QuerySet, field: str, **counts) -> dict[str, dict[str, int]]:
    rows = queryset.order_by().values(field).annotate(**counts)
    return {row[field]: row for row in rows}


def moderation_overview(*, since) -> ModerationOverview:
    """Internal figures for the admin's home page: what waits for the project office, and per action field the
    proposals, comments and votes made since `since`. Four queries, however much data there is."""
    recent = Q(created__gte=since)
    proposals = _per_field(
        Proposal.objects.all(),
        "action_field",
        new=Count("pk", filter=recent),
        submitted=Count("pk", filter=Q(status=ProposalStatus.SUBMITTED)),
        hidden=Count("pk", filter=Q(hidden_by_reports=True)),
    )
    comments = _per_field(
        Comment.objects.all(),
        "proposal__action_field",
        new=Count("pk", filter=recent & Q(deleted=False)),
        hidden=Count("pk", filter=Q(hidden_by_reports=True)),
    )
    votes = _per_field(Vote.objects.filter(recent), "proposal__action_field", new=Count("pk"))
    reports = Report.objects.filter(resolved_at=None).aggregate(
        total=Count("pk"), proposals=Count("proposal", distinct=True), comments=Count("comment", distinct=True)
    )
    empty = {"new": 0, "submitted": 0, "hidden": 0}
    return ModerationOverview(
        submitted_proposals=sum(row["submitted"] for row in proposals.values()),
        proposals_hidden_by_reports=sum(row["hidden"] for row in proposals.values()),
        comments_hidden_by_reports=sum(row["hidden"] for row in comments.values()),
        open_reports=reports["total"],
        reported_items=reports["proposals"] + reports["comments"],
        activity=[
            FieldActivity(
                action_field=key,
                label=label,
                proposals=proposals.get(key, empty)["new"],
                comments=comments.get(key, empty)["new"],
                votes=votes.get(key, empty)["new"],
            )
            for key, label in ActionField.choices
        ],
    )


# Statistics: each read is a fixed number of grouped queries, however much participation there is.
@dataclass(frozen=True)
class ParticipationCounts:
    key: str
    proposals: int = 0
    comments: int = 0
    votes: int = 0


def _public_activity() -> tuple[QuerySet, QuerySet, QuerySet]:
    proposals = Proposal.objects.visible()
    comments = Comment.objects.public().filter(deleted=False, proposal__in=proposals)
    votes = Vote.objects.filter(proposal__in=proposals)
    return proposals, comments, votes


def _grouped(querysets: dict[str, QuerySet], key: str) -> dict:
    """{group key: {"proposals": n, "comments": n, "votes": n}}: one GROUP BY query per kind."""
    counts: dict = {}
    for kind, queryset in querysets.items():
        for row in queryset.order_by().values(key).annotate(n=Count("pk")):
            counts.setdefault(row[key], {})[kind] = row["n"]
    return counts


def participation_per_week() -> list[ParticipationCounts]:
    """Public proposals, comments and votes per calendar week (key: the Monday, ISO date), oldest first.

    Three queries; weeks without any activity between the first and the last are included with zeros.
    """
    proposals, comments, votes = _public_activity()
    querysets = {
        "proposals": proposals.annotate(week=TruncWeek("created")),
        "comments": comments.annotate(week=TruncWeek("created")),
        "votes": votes.annotate(week=TruncWeek("created")),
    }
    counts = {_as_date(week): values for week, values in _grouped(querysets, "week").items() if week is not None}
    if not counts:
        return []
    week, last, rows = min(counts), max(counts), []
    while week <= last:
        rows.append(ParticipationCounts(key=week.isoformat(), **counts.get(week, {})))
        week += datetime.timedelta(days=7)
    return rows


def _as_date(value):
    return value.date() if hasattr(value, "date") else value


def _per_proposal_field(field: str, keys: list[str]) -> list[ParticipationCounts]:
    """Public proposals, and the comments and votes on them, per value of a proposal field (three queries)."""
    proposals, comments, votes = _public_activity()
    querysets = {
        "proposals": proposals.annotate(group=F(field)),
        "comments": comments.annotate(group=F(f"proposal__{field}")),
        "votes": votes.annotate(group=F(f"proposal__{field}")),
    }
    counts = _grouped(querysets, "group")
    return [ParticipationCounts(key=key, **counts.get(key, {})) for key in keys]


def participation_per_action_field() -> list[ParticipationCounts]:
    """Public proposals, comments and votes per action field, in the fields' order (three queries)."""
    return _per_proposal_field("action_field", ActionField.values)


def participation_per_district() -> list[ParticipationCounts]:
    """Per district of the proposal, every district listed (zeros included) in the districts' order; proposals
    without a district are left out (three queries)."""
    return _per_proposal_field("district", District.values)


def districts_reached() -> int:
    """How many districts at least one public proposal names (one query)."""
    return Proposal.objects.visible().exclude(district="").values("district").distinct().count()


def districts_reached_cached() -> int:
    """districts_reached() from the cache: a DISTINCT over every visible proposal (~0.1 s at 100,000) once per site
    generation (a proposal saved or moderated starts a new one), COUNT_SECONDS at most."""
    return cached(
        f"participation:districts-reached:{request_generations(SITE)}", districts_reached, timeout=COUNT_SECONDS
    )


# Open data: what a published proposal shows on the site, without its author.
OPEN_PROPOSAL_FIELDS = (
    "pk",
    "action_field",
    "title",
    "body",
    "district",
    "latitude",
    "longitude",
    "status",
    "channel",
    "agree_count",
    "disagree_count",
    "pass_count",
    "comment_count",
    "created",
)


def _visible_filtered(*, action_field: str = "", district: str = "", status: str = "") -> QuerySet:
    """Visible proposals by id, narrowed by the filters that are set: the listing's and the open data's base."""
    proposals = Proposal.objects.visible()
    if action_field:
        proposals = proposals.filter(action_field=action_field)
    if district:
        proposals = proposals.filter(district=district)
    if status:
        proposals = proposals.filter(status=status)
    return proposals.order_by("pk")


def open_proposals(
    *,
    action_field: str = "",
    district: str = "",
    status: str = "",
    created_from: datetime.date | None = None,
    created_to: datetime.date | None = None,
    with_pseudonyms: bool = False,
) -> QuerySet:
    """Visible proposals as plain rows for open data, by id; one query however many.

    `created_from` and `created_to` are days, both included. Never an email or account; the author's public
    display name only when `with_pseudonyms`.
    """
    fields = [*OPEN_PROPOSAL_FIELDS, *(["author__display_name"] if with_pseudonyms else [])]
    proposals = _visible_filtered(action_field=action_field, district=district, status=status)
    if created_from:
        proposals = proposals.filter(created__date__gte=created_from)
    if created_to:
        proposals = proposals.filter(created__date__lte=created_to)
    return proposals.values(*fields)


def open_vote_totals(*, action_field: str = "", district: str = "") -> QuerySet:
    """Votes per visible proposal, counted from the vote rows, with the days of the first and last vote.

    One grouped query; proposals without votes are included with zeros. No voter appears.
    """
    return (
        _visible_filtered(action_field=action_field, district=district)
        .values("pk", "action_field", "district")
        .annotate(
            agree=Count("votes", filter=Q(votes__value=Vote.Value.AGREE)),
            disagree=Count("votes", filter=Q(votes__value=Vote.Value.DISAGREE)),
            passes=Count("votes", filter=Q(votes__value=Vote.Value.PASS)),
            first_vote=Min("votes__created"),
            last_vote=Max("votes__created"),
        )
    )


def invisible_proposal_ids() -> set[int]:
    """Ids of the proposals that are not visible now (awaiting review, hidden, withdrawn): few, whatever the total,
    so a long list of ids can be checked against them without sending it to the database."""
    return set(Proposal.objects.exclude(VISIBLE).values_list("pk", flat=True))


# When proposals may be submitted: the phases set by the project office in the Wagtail admin.


def _phases_for_field(action_field: str):
    return ProposalPhase.objects.filter(Q(action_field=action_field) | Q(action_field=""))


def open_phase(action_field: str, *, now=None) -> ProposalPhase | None:
    """The phase open now for this action field (its own, or one for all fields), if any."""
    now = now or timezone.now()
    return _phases_for_field(action_field).filter(starts_at__lte=now, ends_at__gt=now).order_by("ends_at").first()


def next_phase(action_field: str, *, now=None) -> ProposalPhase | None:
    now = now or timezone.now()
    return _phases_for_field(action_field).filter(starts_at__gt=now).order_by("starts_at").first()


def last_phase(action_field: str, *, now=None) -> ProposalPhase | None:
    now = now or timezone.now()
    return _phases_for_field(action_field).filter(ends_at__lte=now).order_by("-ends_at").first()


# The phases pages show are read from the cache (a handful of rows), renewed when a phase is saved or deleted
# (participation/apps.py); PHASES_SECONDS bounds only a change made without the model's save. Rules — may this
# person submit or vote now — ask the database (open_phase above).
PHASES_GENERATION = "participation-phases"
PHASES_SECONDS = 300


def phases_changed(sender=None, **kwargs) -> None:
    """A phase was saved or deleted: pages show the phases anew once the change is committed."""
    transaction.on_commit(partial(generation_bump, PHASES_GENERATION))


def phases_shown(action_field: str, *, now=None) -> dict[str, ProposalPhase | None]:
    """The phase open now for the field (its own or one for all fields), the next and the last one, for display."""
    key = f"participation:phases:{request_generations(PHASES_GENERATION)}"
    phases = cached(key, lambda: list(ProposalPhase.objects.order_by("starts_at", "pk")), timeout=PHASES_SECONDS)
    now = now or timezone.now()
    mine = [phase for phase in phases if phase.action_field in (action_field, "")]
    open_now = [phase for phase in mine if phase.starts_at <= now < phase.ends_at]
    coming = [phase for phase in mine if phase.starts_at > now]
    past = [phase for phase in mine if phase.ends_at <= now]
    return {
        "open_phase": min(open_now, key=lambda phase: phase.ends_at, default=None),
        "next_phase": min(coming, key=lambda phase: phase.starts_at, default=None),
        "last_phase": max(past, key=lambda phase: phase.ends_at, default=None),
    }


def user_proposals(user) -> QuerySet[Proposal]:
    """The user's own proposals in every status, newest first (the author sees hidden ones too)."""
    return (
        Proposal.objects.filter(author=user)
        .select_related("duplicate_of")
        .only(
            "pk",
            "title",
            "status",
            "created",
            "official_answer",
            "answered_at",
            "duplicate_of__id",
            "duplicate_of__title",
            "duplicate_of__status",
            "duplicate_of__hidden_by_reports",
        )
        .order_by("-created", "-pk")
    )


@dataclass(frozen=True)
class TodoItem:
    """One thing the project office has to do: what, since when, and the forms that settle it (URL names)."""

    kind: str
    target: Proposal | Comment
    since: datetime.datetime
    reports: int = 0
    reasons: tuple[str, ...] = ()


def _flagged_items() -> list[TodoItem]:
    """Open triage hints (participation/triage.py), one row per item with every reason and what was found."""
    flags = TriageFlag.objects.filter(settled_at=None).select_related("proposal", "comment__proposal")
    grouped: dict[tuple[str, int], list[TriageFlag]] = {}
    for flag in flags.order_by("created", "pk"):
        key = ("proposal", flag.proposal_id) if flag.proposal_id else ("comment", flag.comment_id)
        grouped.setdefault(key, []).append(flag)
    items = []
    for (kind, _pk), rows in grouped.items():
        target = rows[0].proposal if kind == "proposal" else rows[0].comment
        reasons = tuple(f"{flag.get_reason_display()}{f' ({flag.detail})' if flag.detail else ''}" for flag in rows)
        items.append(TodoItem(f"{kind}_flagged", target, rows[0].created, reasons=reasons))
    return items


def moderation_todo(*, answer_min_votes: int, answer_after_days: int, now=None) -> list[TodoItem]:
    """Everything waiting for the project office, oldest first: reported items (one row each, since their first
    open report), proposals and comments awaiting approval, and popular proposals still without an official answer.

    A fixed number of queries, however long the list.
    """
    now = now or timezone.now()
    items: list[TodoItem] = []
    reports = Report.objects.filter(resolved_at=None).select_related("proposal", "comment__proposal")
    reports = reports.order_by("created", "pk")
    grouped: dict[tuple[str, int], list[Report]] = {}
    for report in reports:
        key = ("proposal", report.proposal_id) if report.proposal_id else ("comment", report.comment_id)
        grouped.setdefault(key, []).append(report)
    for (kind, _pk), rows in grouped.items():
        target = rows[0].proposal if kind == "proposal" else rows[0].comment
        reasons = tuple(dict.fromkeys(str(r.get_reason_display()) for r in rows))
        items.append(TodoItem(f"{kind}_reported", target, rows[0].created, reports=len(rows), reasons=reasons))
    for proposal in Proposal.objects.filter(status=ProposalStatus.SUBMITTED):
        items.append(TodoItem("proposal_waiting", proposal, proposal.created))
    for comment in Comment.objects.filter(awaiting_moderation=True, hidden=False).select_related("proposal"):
        items.append(TodoItem("comment_waiting", comment, comment.created))
    popular = (
        Proposal.objects.visible()
        .filter(official_answer="", created__lte=now - datetime.timedelta(days=answer_after_days))
        .alias(vote_total=F("agree_count") + F("disagree_count") + F("pass_count"))
        .filter(vote_total__gte=answer_min_votes)
    )
    for proposal in popular:
        items.append(TodoItem("proposal_unanswered", proposal, proposal.created))
    items += _flagged_items()
    items.sort(key=lambda item: (item.since, item.kind, item.target.pk))
    return items


@dataclass(frozen=True)
class ChannelCounts:
    """How much input came through which channel (#16), and the paper tallies counted apart from the votes."""

    channels: list[tuple[str, str, int]]  # (key, label, visible proposals), online first
    paper_agree: int
    paper_disagree: int

    @property
    def offline(self) -> int:
        return sum(count for key, _label, count in self.channels if key != Channel.ONLINE)


def channel_counts_cached(*, action_field: str = "") -> ChannelCounts:
    """channel_counts() from the cache: per site generation (a proposal saved), COUNT_SECONDS at most (a tally)."""
    key = f"participation:channel-counts:{request_generations(SITE)}:{action_field}"
    return cached(key, lambda: channel_counts(action_field=action_field), timeout=COUNT_SECONDS)


def channel_counts(*, action_field: str = "") -> ChannelCounts:
    """Visible proposals per channel and the paper tallies' sums, for one action field or all: two queries."""
    proposals = Proposal.objects.visible()
    if action_field:
        proposals = proposals.filter(action_field=action_field)
    counted = dict(proposals.order_by().values_list("channel").annotate(n=Count("pk")))
    labels = dict(Channel.choices)
    channels = [(key, str(labels[key]), counted[key]) for key in labels if counted.get(key)]
    tallies = PaperTally.objects.filter(proposal__in=proposals).aggregate(agree=Sum("agree"), disagree=Sum("disagree"))
    return ChannelCounts(channels, tallies["agree"] or 0, tallies["disagree"] or 0)
