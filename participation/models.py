import uuid
from decimal import Decimal

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from core.choices import ActionField, District

from .choices import EVENT_CHANNELS, Channel, ProposalStatus
from .search import SearchVectorIndex

# Statuses in which a proposal is public and counts for the strategy.
VISIBLE_STATUSES = [
    ProposalStatus.PUBLISHED,
    ProposalStatus.UNDER_REVIEW,
    ProposalStatus.ACCEPTED,
    ProposalStatus.NOT_FEASIBLE,
]
# The condition of ProposalQuerySet.visible(), for partial indexes: the public list reads only these rows.
VISIBLE = models.Q(status__in=VISIBLE_STATUSES, hidden_by_reports=False)

# Kassel's city area (shared/CONTEXT.md); a place outside it is an error.
KASSEL_BOUNDS = {
    "lat_min": Decimal("51.26"),
    "lat_max": Decimal("51.36"),
    "lon_min": Decimal("9.38"),
    "lon_max": Decimal("9.56"),
}


def proposal_image_path(_instance, filename: str) -> str:
    # A random name: the uploaded one may carry personal data, and must not be guessable.
    extension = filename.rsplit(".", 1)[-1].lower()
    return f"proposals/{uuid.uuid4().hex}.{extension}"


class TimeStampedModel(models.Model):
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True


class ProposalQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(VISIBLE)

    def located(self):
        return self.exclude(latitude=None).exclude(longitude=None)


class Proposal(TimeStampedModel):
    """A citizen's idea for one action field, optionally with a place and an image."""

    title = models.CharField(_("title"), max_length=120)
    body = models.TextField(_("description"), max_length=5000)
    action_field = models.CharField(_("action field"), max_length=20, choices=ActionField.choices, db_index=True)
    district = models.CharField(_("district"), max_length=40, choices=District.choices, blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=8, decimal_places=6, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=8, decimal_places=6, null=True, blank=True)
    # Indexed: every request for an image under /media/proposals/ finds its proposal by this name.
    image = models.ImageField(_("image"), upload_to=proposal_image_path, blank=True, db_index=True)
    image_alt = models.CharField(_("image description"), max_length=250, blank=True)
    # A deleted account leaves its proposals anonymous: they are part of the public record.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="proposals",
        verbose_name=_("author"),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ProposalStatus.choices, default=ProposalStatus.PUBLISHED, db_index=True
    )
    # One per rendered form: a double click or a resent POST finds the proposal it already made.
    submission_key = models.UUIDField(null=True, blank=True, editable=False)
    # Kept in step with the rows by the participation services, so lists never aggregate per request.
    agree_count = models.PositiveIntegerField(default=0, editable=False)
    disagree_count = models.PositiveIntegerField(default=0, editable=False)
    pass_count = models.PositiveIntegerField(default=0, editable=False)
    comment_count = models.PositiveIntegerField(default=0, editable=False)
    # Enough reports from different people hide a proposal until the project office decides.
    hidden_by_reports = models.BooleanField(_("hidden after reports"), default=False)
    # The city's answer, given with a status by the project office (services.proposal_answer).
    official_answer = models.TextField(_("official answer"), max_length=5000, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("answered by"),
    )
    # A duplicate points to the original and takes no more votes; its supporters are sent there.
    duplicate_of = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="duplicates",
        verbose_name=_("duplicate of"),
    )
    # Input from a workshop, the citizens' council, paper or phone, entered by the project office (#16): the
    # channel counts in lists, maps and the strategy; the person needs no account (optional pseudonym and e-mail).
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices, default=Channel.ONLINE)
    event = models.ForeignKey(
        "participation.InputEvent",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="proposals",
        verbose_name=_("event"),
    )
    contributor_name = models.CharField(_("pseudonym"), max_length=80, blank=True)
    contact_email = models.EmailField(_("e-mail for news about this proposal"), blank=True)
    contact_consent_at = models.DateTimeField(_("consent to e-mail given"), null=True, blank=True)
    # Stems of title and body (participation/search.py), written by the services that write the text
    # (services/search.py); PostgreSQL keeps them as a weighted vector behind a GIN index, and the title's
    # stems alone as a small vector (also GIN-indexed) that sorts searches by relevance.
    search_text = models.TextField(default="", blank=True, editable=False)
    search_vector = SearchVectorField(null=True, blank=True, editable=False)
    search_title = SearchVectorField(null=True, blank=True, editable=False)

    objects = ProposalQuerySet.as_manager()

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")
        # The public list's sorts and filters (selectors.SORTS), each over the visible rows only; the ids break
        # ties so a page never repeats or skips a proposal.
        indexes = [
            SearchVectorIndex(fields=["search_vector"], condition=VISIBLE, name="proposal_search_vector"),
            SearchVectorIndex(fields=["search_title"], condition=VISIBLE, name="proposal_search_title"),
            models.Index(fields=["-created", "-id"], condition=VISIBLE, name="proposal_visible_new"),
            models.Index(fields=["-agree_count", "-created", "-id"], condition=VISIBLE, name="proposal_visible_votes"),
            models.Index(
                fields=["-comment_count", "-created", "-id"], condition=VISIBLE, name="proposal_visible_comments"
            ),
            models.Index(fields=["action_field", "-created", "-id"], condition=VISIBLE, name="proposal_visible_field"),
            models.Index(fields=["district", "-created", "-id"], condition=VISIBLE, name="proposal_visible_district"),
        ]
        constraints = [
            models.UniqueConstraint(fields=["author", "submission_key"], name="proposal_one_per_submission"),
            models.CheckConstraint(
                condition=~models.Q(duplicate_of=models.F("pk")), name="proposal_not_duplicate_of_itself"
            ),
            models.CheckConstraint(
                condition=models.Q(latitude__isnull=True, longitude__isnull=True)
                | models.Q(
                    latitude__gte=KASSEL_BOUNDS["lat_min"],
                    latitude__lte=KASSEL_BOUNDS["lat_max"],
                    longitude__gte=KASSEL_BOUNDS["lon_min"],
                    longitude__lte=KASSEL_BOUNDS["lon_max"],
                ),
                name="proposal_place_in_kassel",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("participation:proposal_detail", kwargs={"pk": self.pk})

    @property
    def vote_count(self) -> int:
        return self.agree_count + self.disagree_count + self.pass_count

    @property
    def is_visible(self) -> bool:
        return self.status in VISIBLE_STATUSES and not self.hidden_by_reports

    @property
    def has_place(self) -> bool:
        return self.latitude is not None and self.longitude is not None


class ProposalPhase(models.Model):
    """A window in which citizens may submit proposals, for one action field or (blank) for all."""

    action_field = models.CharField(
        _("action field"),
        max_length=20,
        choices=ActionField.choices,
        blank=True,
        help_text=_("Leave empty for a phase that covers all action fields."),
    )
    title = models.CharField(_("title"), max_length=120)
    starts_at = models.DateTimeField(_("opens"))
    ends_at = models.DateTimeField(_("closes"))

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("participation phase")
        verbose_name_plural = _("participation phases")
        constraints = [
            models.CheckConstraint(condition=models.Q(ends_at__gt=models.F("starts_at")), name="phase_ends_after_start")
        ]

    def __str__(self):
        return self.title

    def is_open(self, now=None) -> bool:
        now = now or timezone.now()
        return self.starts_at <= now < self.ends_at


class CommentQuerySet(models.QuerySet):
    def public(self):
        """Comments shown on the site: not hidden, not awaiting approval; deleted ones stay only as placeholders."""
        return self.filter(hidden=False, awaiting_moderation=False)

    def shown_to(self, user):
        """The public comments, and for their author also those that still await the project office's approval."""
        if not user.is_authenticated:
            return self.public()
        return self.filter(models.Q(awaiting_moderation=False) | models.Q(author=user), hidden=False)


class Comment(TimeStampedModel):
    """A citizen's comment on a proposal, or a reply to one (one level deep)."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="comments")
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="replies", verbose_name=_("reply to")
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="comments")
    body = models.TextField(_("comment"), max_length=2000)
    # Marked at writing time: a later change of role does not rewrite history.
    by_staff = models.BooleanField(_("staff answer"), default=False)
    by_proposal_author = models.BooleanField(_("by the proposal's author"), default=False)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    # A deleted comment with replies stays as a placeholder so the replies keep their context.
    deleted = models.BooleanField(_("deleted"), default=False)
    pinned = models.BooleanField(_("pinned"), default=False)
    hidden = models.BooleanField(_("hidden"), default=False, db_index=True)
    hidden_by_reports = models.BooleanField(_("hidden after reports"), default=False)
    # Pre-moderation: only its author sees it until the project office approves it; not counted until then.
    awaiting_moderation = models.BooleanField(_("awaiting approval"), default=False, db_index=True)
    submission_key = models.UUIDField(null=True, blank=True, editable=False)

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["created", "pk"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        constraints = [
            models.UniqueConstraint(fields=["author", "submission_key"], name="comment_one_per_submission"),
        ]

    def __str__(self):
        # Never the author's internal username; no query (listings show many comments).
        return _("Comment No. %(number)s: %(excerpt)s") % {"number": self.pk, "excerpt": Truncator(self.body).chars(60)}

    @property
    def excerpt(self) -> str:
        """The first words, for listings in the admin."""
        return Truncator(self.body).chars(80)

    excerpt.fget.short_description = _("comment")


class Vote(TimeStampedModel):
    """One citizen's position on one proposal; at most one per person."""

    class Value(models.IntegerChoices):
        AGREE = 1, _("agree")
        DISAGREE = -1, _("disagree")
        PASS = 0, _("pass")

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="votes")
    voter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="votes")
    value = models.SmallIntegerField(_("vote"), choices=Value.choices)

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.UniqueConstraint(fields=["proposal", "voter"], name="vote_one_per_voter"),
            models.CheckConstraint(condition=models.Q(value__in=[-1, 0, 1]), name="vote_value_valid"),
        ]

    def __str__(self):
        return f"{self.voter} {self.value:+d} on {self.proposal_id}"


class Report(TimeStampedModel):
    """One person's report (flag) of a proposal or a comment; each person reports an item once."""

    class Reason(models.TextChoices):
        SPAM = "spam", _("spam or advertising")
        INSULT = "insult", _("insult or discrimination")
        PERSONAL_DATA = "personal_data", _("personal data of others")
        OFF_TOPIC = "off_topic", _("off-topic")
        OTHER = "other", _("other")

    # A deleted account leaves its reports in the moderation queue, anonymous: the item still needs a decision.
    # Each of them was one person's, so the unique constraints below (NULLs never collide) keep their meaning.
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reports",
        verbose_name=_("reporter"),
    )
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, null=True, blank=True, related_name="reports")
    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, null=True, blank=True, related_name="reports")
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    text = models.TextField(_("details"), max_length=1000, blank=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(proposal__isnull=False, comment__isnull=True)
                | models.Q(proposal__isnull=True, comment__isnull=False),
                name="report_exactly_one_target",
            ),
            models.UniqueConstraint(
                fields=["reporter", "proposal"],
                condition=models.Q(proposal__isnull=False),
                name="report_once_per_proposal",
            ),
            models.UniqueConstraint(
                fields=["reporter", "comment"],
                condition=models.Q(comment__isnull=False),
                name="report_once_per_comment",
            ),
        ]

    def __str__(self):
        return self.item_label

    @property
    def item_label(self) -> str:
        """What was reported, for the reports queue (which shows one row per reported item)."""
        if self.proposal_id:
            return _("Proposal: %(title)s") % {"title": self.proposal.title}
        return _("Comment: %(excerpt)s") % {"excerpt": self.comment.excerpt}

    item_label.fget.short_description = _("reported item")


@register_setting(icon="warning")
class ModerationSettings(BaseSiteSetting):
    """Whether new proposals and comments appear at once (moderated afterwards) or only after approval."""

    class Mode(models.TextChoices):
        POST = "post", _("visible at once, moderated afterwards")
        PRE = "pre", _("visible only after approval by the project office")

    proposals = models.CharField(_("new proposals"), max_length=4, choices=Mode.choices, default=Mode.POST)
    comments = models.CharField(_("new comments"), max_length=4, choices=Mode.choices, default=Mode.POST)

    class Meta:
        verbose_name = _("moderation")

    @classmethod
    def current(cls) -> "ModerationSettings":
        """The default site's settings, or the defaults while none are saved (never creates a row)."""
        return cls.objects.filter(site__is_default_site=True).first() or cls()

    @property
    def premoderate_proposals(self) -> bool:
        return self.proposals == self.Mode.PRE

    @property
    def premoderate_comments(self) -> bool:
        return self.comments == self.Mode.PRE


class InputEvent(TimeStampedModel):
    """A workshop, a sitting of the citizens' council, a batch of paper forms or phone calls (#16)."""

    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(_("kind"), max_length=20, choices=EVENT_CHANNELS)
    date = models.DateField(_("date"))
    place = models.CharField(_("place"), max_length=120, blank=True)
    district = models.CharField(_("district"), max_length=40, choices=District.choices, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("entered by")
    )

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def __str__(self):
        return f"{self.get_kind_display()} {self.name} ({self.date:%d.%m.%Y})"


class PaperTally(TimeStampedModel):
    """Agree/disagree marks counted on paper at an event: a figure of its own, never mixed into the
    one-person-one-vote counts (people at a workshop are not identified, so they could also vote online)."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="paper_tallies")
    event = models.ForeignKey(InputEvent, on_delete=models.PROTECT, related_name="tallies", verbose_name=_("event"))
    agree = models.PositiveIntegerField(_("agree (on paper)"), default=0)
    disagree = models.PositiveIntegerField(_("disagree (on paper)"), default=0)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")

    class Meta:
        verbose_name = _("paper tally")
        verbose_name_plural = _("paper tallies")
        constraints = [models.UniqueConstraint(fields=["proposal", "event"], name="paper_tally_one_per_event")]

    def __str__(self):
        return f"{self.proposal_id} @ {self.event_id}: +{self.agree} -{self.disagree}"


class TriageFlag(TimeStampedModel):
    """A hint for the project office that a proposal or comment may need a look (participation/triage.py).

    A flag never hides or changes anything; staff settle it (acted on it, or dismissed it), and the audit log
    records who decided.
    """

    class Reason(models.TextChoices):
        SPAM = "spam", _("looks like spam")
        PERSONAL_DATA = "personal_data", _("contains personal data")
        OFF_TOPIC = "off_topic", _("may be off-topic")
        DUPLICATE = "duplicate", _("may duplicate an earlier proposal")

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, null=True, blank=True, related_name="flags")
    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, null=True, blank=True, related_name="flags")
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    detail = models.CharField(_("detail"), max_length=200, blank=True)
    similar_to = models.ForeignKey(Proposal, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    settled_at = models.DateTimeField(_("settled"), null=True, blank=True)

    class Meta:
        verbose_name = _("triage hint")
        verbose_name_plural = _("triage hints")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(proposal__isnull=False, comment__isnull=True)
                | models.Q(proposal__isnull=True, comment__isnull=False),
                name="triage_flag_one_target",
            ),
        ]
        indexes = [models.Index(fields=["settled_at"], name="triage_flag_open")]

    def __str__(self):
        target = f"proposal {self.proposal_id}" if self.proposal_id else f"comment {self.comment_id}"
        return f"{self.reason} on {target}"
