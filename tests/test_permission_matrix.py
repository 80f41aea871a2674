"""Who may do what: every admin view and every public view that changes data, for each role.

Roles: anonymous, citizen, Projektbüro (moderates, answers, edits and publishes pages), Stadtverordnete (open
the admin and read strategy drafts; change nothing) and superuser. Staff have an authenticator app, so the
two-factor rule is met and the matrix tests permissions only. A denied write must also leave the data as it was.
"""

from dataclasses import dataclass
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, Site
from wagtail.test.utils.form_data import nested_form_data, streamfield

from accounts.models import Invitation
from core.choices import ActionField
from core.roles import COUNCIL_GROUP, MODERATOR_GROUP, roles_sync
from notifications.kinds import NotificationKind
from notifications.models import Notification
from participation.choices import ProposalStatus
from participation.models import Comment, Proposal, Report, Vote
from participation.services import proposal_hide
from portal.models import ActionFieldPage, HomePage
from strategy.models import StrategyPage, SynthesisRun
from tests.factories import (
    CommentFactory,
    ConfirmedUserFactory,
    ProposalFactory,
    ProposalPhaseFactory,
    StaffUserFactory,
)
from tests.staff import admin_login

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "citizen", "projektbuero", "council", "superuser")
OK, NO = True, False
HIDE_REASON = "Enthält die Telefonnummer einer Privatperson"


def make_user(role: str):
    return {
        "anonymous": lambda: None,
        "citizen": ConfirmedUserFactory,
        "projektbuero": lambda: StaffUserFactory(group=MODERATOR_GROUP),
        "council": lambda: StaffUserFactory(group=COUNCIL_GROUP),
        "superuser": lambda: StaffUserFactory(is_superuser=True),
    }[role]()


def _page_tree() -> ActionFieldPage:
    """Home and one action field page with the rights a fresh install gives (the full demo tree is slower)."""
    home = HomePage(title="Smart Kassel", slug="start")
    Page.get_first_root_node().add_child(instance=home)
    Site.objects.update_or_create(is_default_site=True, defaults={"root_page": home, "hostname": "localhost"})
    roles_sync()
    field_page = ActionFieldPage(
        title="Smart Safe Mobility", slug="mobilitaet", action_field=ActionField.MOBILITY, teaser="Sicher unterwegs."
    )
    home.add_child(instance=field_page)
    field_page.save_revision().publish()
    return field_page


@pytest.fixture(scope="module")
def world(module_db):
    """A reported proposal and comment, a hidden comment, a staff answer, an unpublished strategy draft and one
    user per role.

    Built once for the module: each case runs in a savepoint inside the module's transaction (see `module_db`),
    so a write that one case makes is gone before the next case runs.
    """
    ProposalPhaseFactory()
    author = ConfirmedUserFactory()
    proposal = ProposalFactory(author=author, hidden_by_reports=True, comment_count=2)
    comment = CommentFactory(proposal=proposal, author=author)
    answer = CommentFactory(proposal=proposal, author=StaffUserFactory(group=MODERATOR_GROUP), by_staff=True)
    hidden = CommentFactory(proposal=proposal, author=author, hidden=True)
    for target in ({"proposal": proposal}, {"comment": comment}):
        Report.objects.create(reporter=ConfirmedUserFactory(), reason=Report.Reason.SPAM, **target)
    field_page = _page_tree()
    draft = StrategyPage(title="Strategie: Mobilität", slug="strategie", live=False)
    field_page.add_child(instance=draft)
    draft.save_revision()
    answerable = ProposalFactory(action_field=ActionField.MOBILITY)
    hidden.body = "Versteckter Kommentar mit Beleidigung"
    hidden.save(update_fields=["body"])
    moderator = StaffUserFactory(group=MODERATOR_GROUP)
    removed = proposal_hide(ProposalFactory(title="Entfernter Vorschlag"), moderator=moderator, reason=HIDE_REASON)
    return {
        "proposal": proposal,
        "comment": comment,
        "answer": answer,
        "hidden": hidden,
        "draft": draft,
        "answerable": answerable,
        "original": ProposalFactory(action_field=ActionField.MOBILITY),
        "submitted": ProposalFactory(status=ProposalStatus.SUBMITTED),
        "waiting": CommentFactory(
            proposal=answerable, awaiting_moderation=True, body="Wartender Kommentar zur Freigabe"
        ),
        "public_comment": CommentFactory(proposal=answerable, body="Öffentlicher Kommentar zum Radweg"),
        "removed": removed,
        "failed_mail": Notification.objects.create(
            recipient=author, kind=NotificationKind.HIDDEN, proposal=proposal, status=Notification.Status.FAILED
        ),
        "users": {role: make_user(role) for role in ROLES},
    }


@dataclass
class Case:
    name: str
    method: str
    url: Any  # world -> URL
    expected: tuple[bool, ...]  # per role in ROLES
    data: Any = None  # world -> POST data
    done: Any = None  # world -> True once the write happened (POST cases)


def _draft_form(world):
    return nested_form_data(
        {"title": "Strategie: Mobilität (neu)", "slug": "strategie", "body": streamfield([]), "action-publish": "1"}
    )


ADMIN = [
    Case("admin home", "get", lambda w: reverse("wagtailadmin_home"), (NO, NO, OK, OK, OK)),
    Case("proposals", "get", lambda w: reverse("vorschlaege:index"), (NO, NO, OK, OK, OK)),
    # The council reads what the public reads (issue 14, F13): not hidden or waiting items, not their history.
    Case("proposal", "get", lambda w: reverse("vorschlaege:inspect", args=[w["proposal"].pk]), (NO, NO, OK, NO, OK)),
    Case(
        "proposal public",
        "get",
        lambda w: reverse("vorschlaege:inspect", args=[w["answerable"].pk]),
        (NO, NO, OK, OK, OK),
    ),
    Case(
        "proposal hidden", "get", lambda w: reverse("vorschlaege:inspect", args=[w["removed"].pk]), (NO, NO, OK, NO, OK)
    ),
    Case(
        "proposal awaiting approval",
        "get",
        lambda w: reverse("vorschlaege:inspect", args=[w["submitted"].pk]),
        (NO, NO, OK, NO, OK),
    ),
    Case(
        "proposal history",
        "get",
        lambda w: reverse("vorschlaege:history", args=[w["removed"].pk]),
        (NO, NO, OK, NO, OK),
    ),
    Case(
        "comment public",
        "get",
        lambda w: reverse("kommentare:inspect", args=[w["public_comment"].pk]),
        (NO, NO, OK, OK, OK),
    ),
    Case("comment hidden", "get", lambda w: reverse("kommentare:inspect", args=[w["hidden"].pk]), (NO, NO, OK, NO, OK)),
    Case(
        "comment awaiting approval",
        "get",
        lambda w: reverse("kommentare:inspect", args=[w["waiting"].pk]),
        (NO, NO, OK, NO, OK),
    ),
    Case(
        "comment on a hidden proposal",
        "get",
        lambda w: reverse("kommentare:inspect", args=[w["comment"].pk]),
        (NO, NO, OK, NO, OK),
    ),
    Case(
        "comment history", "get", lambda w: reverse("kommentare:history", args=[w["hidden"].pk]), (NO, NO, OK, NO, OK)
    ),
    Case("comments", "get", lambda w: reverse("kommentare:index"), (NO, NO, OK, OK, OK)),
    Case("reports", "get", lambda w: reverse("meldungen:index"), (NO, NO, OK, NO, OK)),
    Case(
        "proposal edit",
        "post",
        lambda w: reverse("vorschlaege:edit", args=[w["proposal"].pk]),
        (NO, NO, OK, NO, OK),
        data=lambda w: {"title": "Neuer Titel", "body": "Text", "action_field": "mobility", "district": ""},
        done=lambda w: Proposal.objects.filter(pk=w["proposal"].pk, title="Neuer Titel").exists(),
    ),
    Case(
        "proposal hide",
        "post",
        lambda w: reverse("vorschlaege:hide", args=[w["proposal"].pk]),
        (NO, NO, OK, NO, OK),
        data=lambda w: {"reason": "Werbung"},
        done=lambda w: Proposal.objects.filter(pk=w["proposal"].pk, status=ProposalStatus.HIDDEN).exists(),
    ),
    Case(
        "proposal reports resolve",
        "post",
        lambda w: reverse("vorschlaege:resolve", args=[w["proposal"].pk]),
        (NO, NO, OK, NO, OK),
        data=lambda w: {"decision": "keep"},
        done=lambda w: not Report.objects.filter(proposal=w["proposal"], resolved_at=None).exists(),
    ),
    Case(
        "comment hide",
        "post",
        lambda w: reverse("kommentare:hide", args=[w["comment"].pk]),
        (NO, NO, OK, NO, OK),
        data=lambda w: {"reason": "Beleidigung"},
        done=lambda w: Comment.objects.filter(pk=w["comment"].pk, hidden=True).exists(),
    ),
    Case(
        "comment restore",
        "post",
        lambda w: reverse("kommentare:restore", args=[w["hidden"].pk]),
        (NO, NO, OK, NO, OK),
        done=lambda w: Comment.objects.filter(pk=w["hidden"].pk, hidden=False).exists(),
    ),
    Case(
        "proposal answer",
        "post",
        lambda w: reverse("vorschlaege:answer", args=[w["answerable"].pk]),
        (NO, NO, OK, NO, OK),
        data=lambda w: {"status": ProposalStatus.UNDER_REVIEW, "answer": "Das Projektbüro prüft den Vorschlag."},
        done=lambda w: Proposal.objects.filter(pk=w["answerable"].pk).exclude(official_answer="").exists(),
    ),
    Case(
        "proposal publish",
        "post",
        lambda w: reverse("vorschlaege:publish", args=[w["submitted"].pk]),
        (NO, NO, OK, NO, OK),
        done=lambda w: Proposal.objects.filter(pk=w["submitted"].pk, status=ProposalStatus.PUBLISHED).exists(),
    ),
    Case(
        "proposal duplicate",
        "post",
        lambda w: reverse("vorschlaege:duplicate", args=[w["answerable"].pk]),
        (NO, NO, OK, NO, OK),
        data=lambda w: {"original": w["original"].pk},
        done=lambda w: Proposal.objects.filter(pk=w["answerable"].pk, duplicate_of=w["original"]).exists(),
    ),
    Case(
        "proposal action field",
        "post",
        lambda w: reverse("vorschlaege:action_field", args=[w["answerable"].pk]),
        (NO, NO, OK, NO, OK),
        data=lambda w: {"action_field": ActionField.WELCOME},
        done=lambda w: Proposal.objects.filter(pk=w["answerable"].pk, action_field=ActionField.WELCOME).exists(),
    ),
    Case(
        "comment approve",
        "post",
        lambda w: reverse("kommentare:approve", args=[w["waiting"].pk]),
        (NO, NO, OK, NO, OK),
        done=lambda w: Comment.objects.filter(pk=w["waiting"].pk, awaiting_moderation=False).exists(),
    ),
    Case("synthesis", "get", lambda w: reverse("strategy_synthesis"), (NO, NO, OK, NO, OK)),
    Case(
        "synthesis run now",
        "post",
        lambda w: reverse("strategy_synthesis_run", args=[ActionField.MOBILITY]),
        (NO, NO, OK, NO, OK),
        done=lambda w: SynthesisRun.objects.exists(),
    ),
    Case("strategy drafts", "get", lambda w: reverse("strategy_drafts"), (NO, NO, OK, OK, OK)),
    Case(
        "strategy draft read",
        "get",
        lambda w: reverse("strategy_draft_read", args=[w["draft"].pk]),
        (NO, NO, OK, OK, OK),
    ),
    Case("notifications", "get", lambda w: reverse("benachrichtigungen:index"), (NO, NO, NO, NO, OK)),
    Case(
        "notification",
        "get",
        lambda w: reverse("benachrichtigungen:inspect", args=[w["failed_mail"].pk]),
        (NO, NO, NO, NO, OK),
    ),
    Case(
        "notification edit",
        "post",
        lambda w: reverse("benachrichtigungen:edit", args=[w["failed_mail"].pk]),
        (NO, NO, NO, NO, NO),
        data=lambda w: {"status": "sent"},
        done=lambda w: Notification.objects.filter(pk=w["failed_mail"].pk, status="sent").exists(),
    ),
    Case(
        "failed mails resend",
        "post",
        lambda w: reverse("benachrichtigungen:resend"),
        (NO, NO, NO, NO, OK),
        done=lambda w: not Notification.objects.filter(status=Notification.Status.FAILED).exists(),
    ),
    # Invitations (issue 13): the project office invites colleagues and council members; the council nobody.
    Case("invitations", "get", lambda w: reverse("accounts_invitations"), (NO, NO, OK, NO, OK)),
    Case(
        "invite a council member",
        "post",
        lambda w: reverse("accounts_invitations"),
        (NO, NO, OK, NO, OK),
        data=lambda w: {"email": "neu-im-rat@example.org", "role": COUNCIL_GROUP},
        done=lambda w: Invitation.objects.filter(email="neu-im-rat@example.org").exists(),
    ),
    Case("images", "get", lambda w: reverse("wagtailimages:index"), (NO, NO, OK, NO, OK)),
    Case(
        "image upload",
        "post",
        lambda w: reverse("wagtailimages:add"),
        (NO, NO, OK, NO, OK),
        data=lambda w: {
            "title": "Radweg Skizze",
            "file": SimpleUploadedFile("skizze.png", get_test_image_file().file.getvalue()),
        },
        done=lambda w: get_image_model().objects.filter(title="Radweg Skizze").exists(),
    ),
    Case(
        "page explorer",
        "get",
        lambda w: reverse("wagtailadmin_explore", args=[w["draft"].get_parent().pk]),
        (NO, NO, OK, NO, OK),
    ),
    Case(
        "page edit form",
        "get",
        lambda w: reverse("wagtailadmin_pages:edit", args=[w["draft"].pk]),
        (NO, NO, OK, NO, OK),
    ),
    Case(
        "page view draft",
        "get",
        lambda w: reverse("wagtailadmin_pages:view_draft", args=[w["draft"].pk]),
        (NO, NO, OK, NO, OK),
    ),
    Case(
        "page publish",
        "post",
        lambda w: reverse("wagtailadmin_pages:edit", args=[w["draft"].pk]),
        (NO, NO, OK, NO, OK),
        data=_draft_form,
        done=lambda w: StrategyPage.objects.filter(pk=w["draft"].pk, live=True).exists(),
    ),
    Case(
        "page unpublish",
        "post",
        lambda w: reverse("wagtailadmin_pages:unpublish", args=[w["draft"].get_parent().pk]),
        (NO, NO, OK, NO, OK),
        done=lambda w: not ActionFieldPage.objects.get(pk=w["draft"].get_parent().pk).live,
    ),
]

PUBLIC = [
    Case(
        "proposal create",
        "post",
        lambda w: reverse("participation:proposal_create"),
        (NO, OK, OK, OK, OK),
        data=lambda w: {
            "title": "Sichere Radwege zur Schule",
            "body": "Getrennte Radwege an der Wilhelmshöher Allee, damit Kinder sicher zur Schule fahren.",
            "action_field": ActionField.MOBILITY,
            "submission_key": "6d0f2f6e-2a0b-4c1e-9b53-1c7f0a3b9e11",
        },
        done=lambda w: Proposal.objects.filter(title="Sichere Radwege zur Schule").exists(),
    ),
    Case(
        "proposal edit (another's)",
        "post",
        lambda w: reverse("participation:proposal_edit", args=[w["visible"].pk]),
        (NO, NO, NO, NO, NO),
        data=lambda w: {"title": "Übernommen", "body": "Fremder Text", "action_field": ActionField.MOBILITY},
        done=lambda w: Proposal.objects.filter(title="Übernommen").exists(),
    ),
    Case(
        "proposal withdraw (another's)",
        "post",
        lambda w: reverse("participation:proposal_withdraw", args=[w["visible"].pk]),
        (NO, NO, NO, NO, NO),
        done=lambda w: Proposal.objects.filter(status=ProposalStatus.WITHDRAWN).exists(),
    ),
    Case(
        "vote",
        "post",
        lambda w: reverse("participation:proposal_vote", args=[w["visible"].pk]),
        (NO, OK, OK, OK, OK),
        data=lambda w: {"value": "1"},
        done=lambda w: Vote.objects.exists(),
    ),
    Case(
        "report proposal",
        "post",
        lambda w: reverse("participation:proposal_report", args=[w["visible"].pk]),
        (NO, OK, OK, OK, OK),
        data=lambda w: {"reason": Report.Reason.OFF_TOPIC},
        done=lambda w: Report.objects.filter(proposal=w["visible"]).exists(),
    ),
    Case(
        "comment create",
        "post",
        lambda w: reverse("participation:comment_create", args=[w["visible"].pk]),
        (NO, OK, OK, OK, OK),
        data=lambda w: {"body": "Ein neuer Gedanke dazu.", "submission_key": "9a1e0c57-51c1-4a43-8a4e-0b0c8a7f6d21"},
        done=lambda w: Comment.objects.filter(body="Ein neuer Gedanke dazu.").exists(),
    ),
    Case(
        "comment edit (another's)",
        "post",
        lambda w: reverse("participation:comment_edit", args=[w["visible_comment"].pk]),
        (NO, NO, NO, NO, NO),
        data=lambda w: {"body": "Überschrieben"},
        done=lambda w: Comment.objects.filter(body="Überschrieben").exists(),
    ),
    Case(
        "comment delete (another's)",
        "post",
        lambda w: reverse("participation:comment_delete", args=[w["visible_comment"].pk]),
        (NO, NO, NO, NO, NO),
        done=lambda w: Comment.objects.filter(deleted=True).exists(),
    ),
    Case(
        "pin a staff answer",
        "post",
        lambda w: reverse("participation:comment_pin", args=[w["visible_answer"].pk]),
        (NO, NO, OK, NO, OK),
        data=lambda w: {"pinned": "1"},
        done=lambda w: Comment.objects.filter(pk=w["visible_answer"].pk, pinned=True).exists(),
    ),
    Case(
        "report comment",
        "post",
        lambda w: reverse("participation:comment_report", args=[w["visible_comment"].pk]),
        (NO, OK, OK, OK, OK),
        data=lambda w: {"reason": Report.Reason.INSULT},
        done=lambda w: Report.objects.filter(comment=w["visible_comment"]).exists(),
    ),
]


def _cases(cases):
    for case in cases:
        for role, allowed in zip(ROLES, case.expected, strict=True):
            yield pytest.param(case, role, allowed, id=f"{case.name}-{role}")


def _request(client, case, world, role):
    user = world["users"][role]
    if user and role in {"citizen", "anonymous"}:
        client.force_login(user)
    elif user:
        admin_login(client, user)
    url = case.url(world)
    if case.method == "get":
        return url, client.get(url)
    return url, client.post(url, case.data(world) if case.data else {})


def _assert(response, url, case, world, allowed):
    if allowed:
        assert response.status_code in ({200} if case.method == "get" else {200, 302}), response.status_code
        if case.done:
            assert case.done(world), "the allowed write did not happen"
        return
    # Denied: a 403, a 404 (an item this role may not read, as on the public site), or a redirect elsewhere (the
    # login page for visitors, the admin home for staff).
    assert response.status_code in {302, 403, 404}, response.status_code
    if response.status_code == 302:
        assert response.url != url
        assert "/2fa/" not in response.url  # never the two-factor setup: staff here have their app
    if case.done:
        assert not case.done(world), "a denied write changed data"


@pytest.mark.parametrize(("case", "role", "allowed"), list(_cases(ADMIN)))
def test_admin_views(client, world, case, role, allowed):
    url, response = _request(client, case, world, role)
    _assert(response, url, case, world, allowed)


@pytest.fixture(scope="module")
def public_world(world):
    """The matrix's items plus a visible proposal and comment by another citizen to act upon."""
    visible = ProposalFactory(comment_count=2)
    answer = CommentFactory(proposal=visible, author=world["answer"].author, by_staff=True)
    return {**world, "visible": visible, "visible_comment": CommentFactory(proposal=visible), "visible_answer": answer}


@pytest.mark.parametrize(("case", "role", "allowed"), list(_cases(PUBLIC)))
def test_public_writes(client, public_world, case, role, allowed):
    url, response = _request(client, case, public_world, role)
    _assert(response, url, case, public_world, allowed)


# What each role reads on the admin pages it may open (issue 14, F13): the text shows (OK), is left out (NO), or
# the page is closed to the role (None).
READS = [
    ("proposals: public", "vorschlaege:index", lambda w: w["answerable"].title, (None, None, OK, OK, OK)),
    ("proposals: hidden after reports", "vorschlaege:index", lambda w: w["proposal"].title, (None, None, OK, NO, OK)),
    ("proposals: hidden", "vorschlaege:index", lambda w: w["removed"].title, (None, None, OK, NO, OK)),
    ("proposals: awaiting approval", "vorschlaege:index", lambda w: w["submitted"].title, (None, None, OK, NO, OK)),
    ("comments: public", "kommentare:index", lambda w: "Öffentlicher Kommentar zum Radweg", (None, None, OK, OK, OK)),
    ("comments: hidden", "kommentare:index", lambda w: "Versteckter Kommentar", (None, None, OK, NO, OK)),
    ("comments: awaiting approval", "kommentare:index", lambda w: "Wartender Kommentar", (None, None, OK, NO, OK)),
    ("site history: hide reason", "wagtailadmin_reports:site_history", lambda w: HIDE_REASON, (None, None, OK, NO, OK)),
    (
        "site history: hidden item",
        "wagtailadmin_reports:site_history",
        lambda w: "Entfernter Vorschlag",
        (None, None, OK, NO, OK),
    ),
]


def _reads():
    for name, url_name, text, expected in READS:
        for role, shown in zip(ROLES, expected, strict=True):
            yield pytest.param(url_name, text, role, shown, id=f"reads {name}-{role}")


@pytest.mark.parametrize(("url_name", "text", "role", "shown"), list(_reads()))
def test_admin_reads(client, world, url_name, text, role, shown):
    user = world["users"][role]
    if user and role in {"citizen", "anonymous"}:
        client.force_login(user)
    elif user:
        admin_login(client, user)
    response = client.get(reverse(url_name))
    if shown is None:
        assert response.status_code in {302, 403}, response.status_code
        return
    assert response.status_code == 200
    from django.utils.html import escape

    assert (escape(text(world)) in response.content.decode()) is shown
