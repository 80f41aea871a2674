"""Reports (flags) of a proposal or a comment, for the project office's moderation."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core.ratelimit import rate_limit_exceeded, too_many_requests

from ..forms import ReportForm
from ..models import Comment, Proposal
from ..permissions import can_view_proposal, report_denial
from ..selectors import has_reported
from ..services import AlreadyReported, report_create
from .common import comment_url, get_viewable_comment, get_viewable_proposal

# Read once by the proposal page, which shows the thanks beside the reported comment.
REPORTED_COMMENT_SESSION_KEY = "participation:reported_comment"


def _back(request, target: Proposal | Comment) -> str:
    """Back to the reported item, or to the list when the report has just hidden it from this visitor."""
    proposal = Proposal.objects.get(pk=target.pk if isinstance(target, Proposal) else target.proposal_id)
    if not can_view_proposal(request.user, proposal):
        return reverse("participation:proposal_list")
    if isinstance(target, Comment) and Comment.objects.public().filter(pk=target.pk).exists():
        return comment_url(target)
    return f"{proposal.get_absolute_url()}#comments" if isinstance(target, Comment) else proposal.get_absolute_url()


def _report(request, target: Proposal | Comment, *, proposal: Proposal, template: str):
    context = {"proposal": proposal, "target": target}
    denial = report_denial(request.user, author_id=target.author_id)
    if denial:
        return render(request, template, {**context, "denial": denial}, status=403)
    if request.method == "POST":
        if rate_limit_exceeded(request, "report"):
            return too_many_requests(request, "report")
        form = ReportForm(request.POST)
        if form.is_valid():
            try:
                report_create(
                    reporter=request.user,
                    target=target,
                    reason=form.cleaned_data["reason"],
                    text=form.cleaned_data["text"],
                )
            except AlreadyReported as exc:
                # Says only what this person did; never whether or how often others reported.
                messages.info(request, str(exc))
                return redirect(_back(request, target))
            except ValidationError as exc:
                form.add_error("text" if exc.code == "text_required" else "reason", exc)
            except PermissionDenied as exc:
                return render(request, template, {**context, "denial": str(exc)}, status=403)
            else:
                back = _back(request, target)
                if "#comment-" in back:
                    # The page jumps to the comment, far below the usual messages: thank the person there.
                    request.session[REPORTED_COMMENT_SESSION_KEY] = target.pk
                else:
                    messages.success(request, _("Thank you for your report. The project office will look into it."))
                return redirect(back)
    else:
        form = ReportForm()
        context["already_reported"] = has_reported(request.user, target)
    return render(request, template, {**context, "form": form})


@login_required
@require_http_methods(["GET", "POST"])
def proposal_report(request, pk: int):
    proposal = get_viewable_proposal(request, pk)
    return _report(request, proposal, proposal=proposal, template="participation/proposal_report.html")


@login_required
@require_http_methods(["GET", "POST"])
def comment_report(request, pk: int):
    comment = get_viewable_comment(request, pk)
    if comment.deleted:
        raise Http404
    return _report(request, comment, proposal=comment.proposal, template="participation/comment_report.html")
