"""Rendering notification emails: plain text and HTML, in the recipient's language, with absolute links."""

from dataclasses import dataclass, field
from types import SimpleNamespace

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.utils.translation import ngettext

from participation.choices import ProposalStatus
from participation.models import Comment, Proposal, Report

from .kinds import NotificationKind
from .models import Notification
from .tokens import contact_unsubscribe_token, unsubscribe_token

EXCERPT_CHARS = 300


@dataclass
class Item:
    """One entry of a mail: a heading, some text and a link."""

    title: str
    text: str = ""
    url: str = ""


@dataclass
class Content:
    subject: str
    paragraphs: list[str] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    items_title: str = ""
    action_label: str = ""
    action_url: str = ""


def absolute_url(name: str, *args, fragment: str = "") -> str:
    """A full link to a named URL, in the active language (German without a prefix, English under /en/)."""
    return f"{settings.SITE_URL}{reverse(name, args=args)}{'#' + fragment if fragment else ''}"


def _status_label(value: str) -> str:
    return str(ProposalStatus(value).label) if value in ProposalStatus.values else value


def _excerpt(text: str) -> str:
    return Truncator(text).chars(EXCERPT_CHARS)


def _author_name(comment: Comment) -> str:
    # Only the public display name, never an email address.
    return comment.author.public_name if comment.author else _("a deleted account")


def _status(notification: Notification) -> Content:
    proposal = notification.proposal
    new = _status_label(notification.payload.get("new_status", proposal.status))
    old = _status_label(notification.payload.get("old_status", ""))
    return Content(
        subject=_("Your proposal “%(title)s” is now: %(status)s") % {"title": proposal.title, "status": new},
        paragraphs=[
            _("The status of your proposal “%(title)s” changed from “%(old)s” to “%(new)s”.")
            % {"title": proposal.title, "old": old, "new": new}
        ],
        action_label=_("View your proposal"),
        action_url=absolute_url("participation:proposal_detail", proposal.pk),
    )


def _answer(notification: Notification) -> Content:
    proposal = notification.proposal
    return Content(
        subject=_("The project office has answered your proposal “%(title)s”") % {"title": proposal.title},
        paragraphs=[
            _("The project office of the City of Kassel has given an official answer to your proposal “%(title)s”.")
            % {"title": proposal.title}
        ],
        action_label=_("Read the answer"),
        action_url=absolute_url("participation:proposal_detail", proposal.pk),
    )


def _hidden(notification: Notification) -> Content:
    proposal, comment = notification.proposal, notification.comment
    reason = notification.payload.get("reason") or _("No reason was given.")
    if comment is not None:
        content = Content(
            subject=_("Your comment on “%(title)s” has been hidden") % {"title": proposal.title},
            paragraphs=[
                _("The project office has hidden your comment on the proposal “%(title)s”. It is no longer shown.")
                % {"title": proposal.title}
            ],
            items=[Item(title=_("Your comment"), text=_excerpt(comment.body))],
        )
    else:
        content = Content(
            subject=_("Your proposal “%(title)s” has been hidden") % {"title": proposal.title},
            paragraphs=[
                _("The project office has hidden your proposal “%(title)s”. It is no longer shown on the site.")
                % {"title": proposal.title}
            ],
        )
    content.paragraphs += [
        _("Reason: %(reason)s") % {"reason": reason},
        _("If you have questions about this decision, please contact the project office."),
    ]
    return content


def _duplicate(notification: Notification) -> Content:
    proposal = notification.proposal
    original_id = notification.payload.get("original") or proposal.duplicate_of_id
    original_title = notification.payload.get("original_title") or ""
    return Content(
        subject=_("Your proposal “%(title)s” has been marked as a duplicate") % {"title": proposal.title},
        paragraphs=[
            _(
                "The project office has marked your proposal “%(title)s” as a duplicate of the proposal "
                "“%(original)s”, which says much the same. Votes and comments are collected there from now on."
            )
            % {"title": proposal.title, "original": original_title},
            _("If you think this is a mistake, please contact the project office."),
        ],
        action_label=_("View the original proposal"),
        action_url=absolute_url("participation:proposal_detail", original_id),
    )


def _duplicate_vote(notification: Notification) -> Content:
    proposal = notification.proposal
    original_title = notification.payload.get("original_title") or ""
    return Content(
        subject=_("A proposal you voted on is a duplicate: “%(title)s”") % {"title": proposal.title},
        paragraphs=[
            _(
                "The project office has marked the proposal “%(title)s”, on which you voted, as a duplicate of "
                "“%(original)s”. From now on the idea's support is counted on the original."
            )
            % {"title": proposal.title, "original": original_title},
            _(
                "If you agree, move your vote to the original with one click on the proposal's page. Nothing is "
                "moved without your click, and if you have voted on the original already, that vote stays."
            ),
        ],
        action_label=_("Move my vote"),
        action_url=absolute_url("participation:proposal_detail", proposal.pk, fragment="duplicate"),
    )


FOLLOW_TITLES = {
    "new": _lazy("New proposal: “%(title)s”"),
    "answer": _lazy("Official answer to “%(title)s” (status: %(status)s)"),
    "strategy": _lazy("“%(title)s” went into the strategy: %(theme)s"),
}


def _follow(notification: Notification) -> Content:
    items = [
        Item(
            title=str(FOLLOW_TITLES[item["kind"]]) % {"status": "", "theme": "", **item},
            url=absolute_url("participation:proposal_detail", item["proposal"]),
        )
        for item in notification.payload.get("items", [])
    ]
    frequency = notification.payload.get("frequency")
    if len(items) == 1 and frequency == "immediate":
        subject = items[0].title
    else:
        subject = ngettext(
            "%(count)d piece of news about what you follow",
            "%(count)d pieces of news about what you follow",
            len(items),
        ) % {"count": len(items)}
    return Content(
        subject=subject,
        paragraphs=[_("This is new on Smart Kassel in what you follow (proposals, action fields, districts).")],
        items=items,
        action_label=_("Change what I follow"),
        action_url=absolute_url("notifications:follows"),
    )


def _reply_item(comment: Comment) -> Item:
    proposal = comment.proposal
    if comment.parent_id:
        title = _("%(name)s replied to your comment on “%(title)s”")
    else:
        title = _("%(name)s commented on your proposal “%(title)s”")
    return Item(
        title=title % {"name": _author_name(comment), "title": proposal.title},
        text=_excerpt(comment.body),
        url=absolute_url("participation:proposal_detail", proposal.pk, fragment=f"comment-{comment.pk}"),
    )


def _replies(notifications: list[Notification]) -> Content:
    items = [_reply_item(n.comment) for n in notifications]
    if len(items) == 1:
        subject = items[0].title
    else:
        subject = ngettext(
            "%(count)d new reply to your contributions", "%(count)d new replies to your contributions", len(items)
        ) % {"count": len(items)}
    return Content(
        subject=subject,
        paragraphs=[_("People have answered your contributions on Smart Kassel.")],
        items=items,
        action_label=_("Join the discussion") if len(items) == 1 else "",
        action_url=items[0].url if len(items) == 1 else "",
    )


def _report_item(report: Report) -> Item:
    target = report.proposal or report.comment
    if report.proposal_id:
        title = _("Proposal “%(title)s”") % {"title": report.proposal.title}
    else:
        title = _("Comment on “%(title)s”") % {"title": report.comment.proposal.title}
    return Item(
        title=f"{title}: {report.get_reason_display()}",
        text=_excerpt(report.text or getattr(target, "body", "")),
        url=absolute_url("meldungen:index"),
    )


def _staff_digest(notification: Notification) -> Content:
    ids = notification.payload
    reports = list(
        Report.objects.filter(pk__in=ids.get("reports", []), resolved_at=None).select_related(
            "proposal", "comment__proposal"
        )
    )
    proposals = list(Proposal.objects.filter(pk__in=ids.get("proposals", [])))
    comments = list(Comment.objects.filter(pk__in=ids.get("comments", [])).select_related("proposal"))
    items = [_report_item(report) for report in reports]
    items += [
        Item(
            title=_("Proposal awaiting approval: “%(title)s”") % {"title": proposal.title},
            text=_excerpt(proposal.body),
            url=absolute_url("vorschlaege:index"),
        )
        for proposal in proposals
    ]
    items += [
        Item(
            title=_("Comment awaiting approval on “%(title)s”") % {"title": comment.proposal.title},
            text=_excerpt(comment.body),
            url=absolute_url("kommentare:index"),
        )
        for comment in comments
    ]
    counts = {"reports": len(reports), "waiting": len(proposals) + len(comments)}
    return Content(
        subject=_("Moderation: %(reports)d new reports, %(waiting)d contributions awaiting approval") % counts,
        paragraphs=[_("Since the last summary, these reports and contributions have come in.")],
        items=items,
        action_label=_("Open the moderation in the admin"),
        action_url=absolute_url("wagtailadmin_home"),
    )


def _content(notifications: list[Notification]) -> Content:
    kind = notifications[0].kind
    if kind == NotificationKind.REPLY:
        return _replies(notifications)
    builders = {
        NotificationKind.STATUS: _status,
        NotificationKind.ANSWER: _answer,
        NotificationKind.HIDDEN: _hidden,
        NotificationKind.DUPLICATE: _duplicate,
        NotificationKind.DUPLICATE_VOTE: _duplicate_vote,
        NotificationKind.FOLLOW: _follow,
        NotificationKind.STAFF_DIGEST: _staff_digest,
    }
    return builders[kind](notifications[0])


def has_content(notification: Notification) -> bool:
    """Whether a staff digest still lists anything (its reports may have been resolved meanwhile)."""
    return bool(_staff_digest(notification).items)


def _contact(notification: Notification) -> SimpleNamespace:
    """A participant without an account (event input) in the shape the mail templates read."""
    name = notification.proposal.contributor_name if notification.proposal else ""
    return SimpleNamespace(email=notification.email, public_name=name or _("participant"), language="")


def notification_email(notifications: list[Notification]) -> EmailMultiAlternatives:
    """One email for one or more notifications of the same kind to the same person, in their language."""
    recipient, kind = notifications[0].recipient or _contact(notifications[0]), notifications[0].kind
    with translation.override(recipient.language or settings.LANGUAGE_CODE):
        content = _content(notifications)
        if notifications[0].recipient_id:
            unsubscribe_url = absolute_url("notifications:unsubscribe", unsubscribe_token(recipient, kind))
        else:
            token = contact_unsubscribe_token(notifications[0].proposal_id, recipient.email)
            unsubscribe_url = absolute_url("notifications:contact_unsubscribe", token)
        context = {
            "content": content,
            "recipient": recipient,
            "kind_label": NotificationKind(kind).label,
            "unsubscribe_url": unsubscribe_url,
            "profile_url": absolute_url("accounts:profile") if notifications[0].recipient_id else "",
            "site_url": settings.SITE_URL,
            "language": translation.get_language(),
        }
        subject = settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + content.subject
        message = EmailMultiAlternatives(
            subject=" ".join(subject.split()),
            body=render_to_string("notifications/email/notification.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[recipient.email],
            headers={
                # RFC 2369 and 8058: mail programs offer a one-click unsubscribe that POSTs to the link.
                "List-Unsubscribe": f"<{unsubscribe_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
        message.attach_alternative(render_to_string("notifications/email/notification.html", context), "text/html")
    return message
