from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .choices import ActionField, District, ProposalStatus

# Statuses in which a proposal is public and counts for the strategy.
VISIBLE_STATUSES = [
    ProposalStatus.PUBLISHED,
    ProposalStatus.UNDER_REVIEW,
    ProposalStatus.ACCEPTED,
    ProposalStatus.NOT_FEASIBLE,
]


class TimeStampedModel(models.Model):
    created = models.DateTimeField(_("created"), auto_now_add=True)
    updated = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True


class ProposalQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(status__in=VISIBLE_STATUSES)


class Proposal(TimeStampedModel):
    """A citizen's idea for one action field."""

    title = models.CharField(_("title"), max_length=120)
    body = models.TextField(_("description"), max_length=5000)
    action_field = models.CharField(_("action field"), max_length=20, choices=ActionField.choices, db_index=True)
    district = models.CharField(_("district"), max_length=40, choices=District.choices, blank=True)
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

    objects = ProposalQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")

    def __str__(self):
        return self.title


class Comment(TimeStampedModel):
    """A citizen's comment on a proposal."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="comments")
    body = models.TextField(_("comment"), max_length=2000)

    class Meta:
        ordering = ["created"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")

    def __str__(self):
        return f"{self.author} on {self.proposal_id}"


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
