"""Issue 14, F12: the image of a proposal the public may not see is not public at its /media/ address."""

import io

import pytest
from django.core.files.base import ContentFile
from PIL import Image

from core.roles import COUNCIL_GROUP
from participation.choices import ProposalStatus
from participation.images import pending_image_keep
from participation.models import Proposal
from participation.services import proposal_hide, proposal_restore
from tests.factories import ConfirmedUserFactory, ProjectOfficeFactory, ProposalFactory, StaffUserFactory

pytestmark = pytest.mark.django_db


def _png() -> ContentFile:
    output = io.BytesIO()
    Image.new("RGB", (8, 8), (0, 90, 0)).save(output, format="PNG")
    return ContentFile(output.getvalue(), name="upload.png")


@pytest.fixture
def pictured():
    proposal = ProposalFactory(author=ConfirmedUserFactory())
    proposal.image.save("upload.png", _png())
    return proposal


def _get(client, proposal, user=None):
    client.logout()
    if user is not None:
        client.force_login(user)
    return client.get(proposal.image.url)


def test_a_public_proposals_image_is_served_to_everyone_and_cacheable(client, pictured):
    response = _get(client, pictured)

    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")
    assert "public" in response["Cache-Control"]


@pytest.mark.parametrize(
    "change",
    [
        {"status": ProposalStatus.HIDDEN},
        {"status": ProposalStatus.SUBMITTED},
        {"hidden_by_reports": True},
    ],
    ids=["hidden", "awaiting approval", "hidden by reports"],
)
def test_a_non_public_proposals_image_is_served_only_to_its_author_and_the_project_office(client, pictured, change):
    Proposal.objects.filter(pk=pictured.pk).update(**change)
    council = StaffUserFactory(group=COUNCIL_GROUP)

    assert _get(client, pictured).status_code == 404
    assert _get(client, pictured, ConfirmedUserFactory()).status_code == 404
    assert _get(client, pictured, council).status_code == 404
    for user in (pictured.author, ProjectOfficeFactory()):
        response = _get(client, pictured, user)
        assert response.status_code == 200
        assert "no-store" in response["Cache-Control"]


def test_hiding_and_restoring_take_the_image_off_and_back(client, pictured):
    moderator = ProjectOfficeFactory()
    proposal_hide(pictured, moderator=moderator, reason="Persönliche Daten im Bild")
    assert _get(client, pictured).status_code == 404

    proposal_restore(pictured, moderator=moderator)
    assert _get(client, pictured).status_code == 200


def test_kept_preview_images_and_unknown_files_are_not_served(client):
    from django.core import signing

    from participation.images import PENDING_SALT

    name = signing.loads(pending_image_keep(_png()), salt=PENDING_SALT)
    assert client.get(f"/media/{name}").status_code == 404
    assert client.get("/media/proposals/0123456789abcdef.png").status_code == 404
