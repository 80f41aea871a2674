"""Moderation in the Wagtail admin: who may see the listings and who may act, as a matrix of roles."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.roles import COUNCIL_GROUP, MODERATOR_GROUP
from participation.choices import ProposalStatus
from participation.models import Report
from tests.factories import (
    CommentFactory,
    ConfirmedUserFactory,
    ProposalFactory,
    ProposalPhaseFactory,
    StaffUserFactory,
)
from tests.staff import admin_login

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "citizen", "projektbuero", "council", "superuser"]


def make_user(role):
    if role == "anonymous":
        return None
    if role == "citizen":
        return ConfirmedUserFactory()
    if role == "superuser":
        return StaffUserFactory(is_superuser=True)
    return StaffUserFactory(group=MODERATOR_GROUP if role == "projektbuero" else COUNCIL_GROUP)


@pytest.fixture
def items():
    ProposalPhaseFactory()
    # The factory bypasses the services, so the stored count is set to match the one comment.
    proposal = ProposalFactory(hidden_by_reports=True, comment_count=1)
    comment = CommentFactory(proposal=proposal)
    Report.objects.create(reporter=ConfirmedUserFactory(), proposal=proposal, reason=Report.Reason.SPAM)
    Report.objects.create(reporter=ConfirmedUserFactory(), comment=comment, reason=Report.Reason.INSULT)
    return {"proposal": proposal.pk, "comment": comment.pk}


OK, DENIED = "ok", "denied"

# URL name, key of the object (or None), and the expected outcome per role in ROLES.
MATRIX = [
    ("vorschlaege:index", None, [DENIED, DENIED, OK, OK, OK]),
    # The proposal is hidden after reports: the council reads only what the public reads (issue 14, F13).
    ("vorschlaege:inspect", "proposal", [DENIED, DENIED, OK, DENIED, OK]),
    ("vorschlaege:edit", "proposal", [DENIED, DENIED, OK, DENIED, OK]),
    ("vorschlaege:hide", "proposal", [DENIED, DENIED, OK, DENIED, OK]),
    ("vorschlaege:restore", "proposal", [DENIED, DENIED, OK, DENIED, OK]),
    ("vorschlaege:resolve", "proposal", [DENIED, DENIED, OK, DENIED, OK]),
    ("vorschlaege:publish", "proposal", [DENIED, DENIED, OK, DENIED, OK]),
    ("vorschlaege:answer", "proposal", [DENIED, DENIED, OK, DENIED, OK]),
    ("vorschlaege:duplicate", "proposal", [DENIED, DENIED, OK, DENIED, OK]),
    ("vorschlaege:action_field", "proposal", [DENIED, DENIED, OK, DENIED, OK]),
    ("vorschlaege:history", "proposal", [DENIED, DENIED, OK, DENIED, OK]),
    ("vorschlaege:add", None, [DENIED, DENIED, DENIED, DENIED, DENIED]),
    ("vorschlaege:delete", "proposal", [DENIED, DENIED, DENIED, DENIED, DENIED]),
    ("kommentare:index", None, [DENIED, DENIED, OK, OK, OK]),
    ("kommentare:hide", "comment", [DENIED, DENIED, OK, DENIED, OK]),
    ("kommentare:restore", "comment", [DENIED, DENIED, OK, DENIED, OK]),
    ("kommentare:resolve", "comment", [DENIED, DENIED, OK, DENIED, OK]),
    ("kommentare:approve", "comment", [DENIED, DENIED, OK, DENIED, OK]),
    ("meldungen:index", None, [DENIED, DENIED, OK, DENIED, OK]),
    ("meldungen:edit", "report", [DENIED, DENIED, DENIED, DENIED, DENIED]),
]


def _cases():
    for url_name, key, outcomes in MATRIX:
        for role, outcome in zip(ROLES, outcomes, strict=True):
            yield pytest.param(url_name, key, role, outcome, id=f"{url_name}-{role}")


@pytest.mark.parametrize(("url_name", "key", "role", "outcome"), list(_cases()))
def test_admin_permission_matrix(client, items, url_name, key, role, outcome):
    user = make_user(role)
    if user:
        admin_login(client, user)
    if key == "report":
        items["report"] = Report.objects.first().pk
    url = reverse(url_name, args=[items[key]] if key else [])

    response = client.get(url)

    if outcome == OK:
        assert response.status_code == 200
    else:
        # Wagtail sends people without admin access to the login page and staff without the right
        # to the dashboard; a moderation form refuses non-moderators outright; an item a role may not read is
        # not found.
        assert response.status_code in {302, 403, 404}
        if response.status_code == 302:
            assert response.url != url


def test_listing_filters_search_and_sorting(client, items):
    admin_login(client, make_user("projektbuero"))
    ProposalFactory(title="Ganz anderes Thema")

    response = client.get(
        reverse("vorschlaege:index"),
        {
            "q": "Vorschlag",
            "status": ProposalStatus.PUBLISHED,
            "reported": "true",
            "hidden_by_reports": "true",
            "staff_answer": "false",
            "created_after": "2000-01-01",
            "ordering": "-open_reports",
        },
    )

    assert response.status_code == 200
    assert b"Ganz anderes Thema" not in response.content
    assert b"Vorschlag Nummer" in response.content
    for name in ("kommentare:index", "meldungen:index"):
        assert (
            client.get(reverse(name), {"reported": "true", "open": "true", "ordering": "-created"}).status_code == 200
        )


def test_listing_links_the_moderation_forms(client, items):
    admin_login(client, make_user("projektbuero"))
    response = client.get(reverse("vorschlaege:index"))
    assert reverse("vorschlaege:restore", args=[items["proposal"]]).encode() in response.content
    assert reverse("vorschlaege:resolve", args=[items["proposal"]]).encode() in response.content


def test_council_sees_no_moderation_links(client, items):
    admin_login(client, make_user("council"))
    response = client.get(reverse("vorschlaege:index"))
    assert response.status_code == 200
    assert reverse("vorschlaege:hide", args=[items["proposal"]]).encode() not in response.content


def test_moderator_hides_a_proposal_and_it_leaves_the_public_list(client):
    ProposalPhaseFactory()
    proposal = ProposalFactory(title="Störende Werbung für Teppiche")
    assert proposal.title.encode() in client.get("/vorschlaege/").content
    admin_login(client, make_user("projektbuero"))

    response = client.post(reverse("vorschlaege:hide", args=[proposal.pk]), {"reason": "Werbung"})

    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.HIDDEN
    client.logout()
    assert proposal.title.encode() not in client.get("/vorschlaege/").content
    history = reverse("vorschlaege:history", args=[proposal.pk])
    admin_login(client, make_user("projektbuero"))
    assert client.get(history).status_code == 200


def test_hide_needs_a_reason(client, items):
    admin_login(client, make_user("projektbuero"))
    response = client.post(reverse("vorschlaege:hide", args=[items["proposal"]]), {"reason": ""})
    assert response.status_code == 200


def test_resolve_keep_through_the_admin(client, items):
    admin_login(client, make_user("projektbuero"))

    response = client.post(reverse("vorschlaege:resolve", args=[items["proposal"]]), {"decision": "keep"})

    assert response.status_code == 302
    assert not Report.objects.filter(proposal_id=items["proposal"], resolved_at=None).exists()


def test_comment_hide_through_the_admin(client, items):
    admin_login(client, make_user("projektbuero"))
    response = client.post(reverse("kommentare:hide", args=[items["comment"]]), {"reason": "Beleidigung"})
    assert response.status_code == 302
    assert CommentFactory._meta.model.objects.get(pk=items["comment"]).hidden


def test_council_cannot_post_a_hide(client, items):
    admin_login(client, make_user("council"))
    response = client.post(reverse("vorschlaege:hide", args=[items["proposal"]]), {"reason": "x"})
    assert response.status_code in {302, 403}
    assert ProposalFactory._meta.model.objects.get(pk=items["proposal"]).status == ProposalStatus.PUBLISHED


@pytest.mark.parametrize("url_name", ["vorschlaege:index", "kommentare:index", "meldungen:index"])
def test_listing_queries_do_not_grow_with_rows(client, items, url_name):
    admin_login(client, make_user("projektbuero"))

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse(url_name)).status_code == 200
        return len(captured)

    before = queries()
    for _ in range(4):
        proposal = ProposalFactory(comment_count=1)
        comment = CommentFactory(proposal=proposal)
        Report.objects.create(reporter=ConfirmedUserFactory(), comment=comment, reason=Report.Reason.SPAM)
    assert queries() == before
