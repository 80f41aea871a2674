"""#17 item 4: uploads in S3-compatible object storage (S3_BUCKET), served at the portal's own /media/ addresses.

Runs against a real S3-compatible HTTP server: the one TEST_S3_ENDPOINT_URL names (CI starts moto_server), or a
moto_server this module starts itself.
"""

import io
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid

import boto3
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image

from participation.choices import ProposalStatus
from participation.models import Proposal
from tests.conftest import require_service
from tests.factories import ConfirmedUserFactory, ProposalFactory

pytestmark = pytest.mark.django_db

KEY, SECRET = "smartkassel-test", "smartkassel-test-secret"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def s3_endpoint():
    url = os.environ.get("TEST_S3_ENDPOINT_URL")
    if url:
        yield url
        return
    server = shutil.which("moto_server") or shutil.which("moto_server", path=os.path.dirname(sys.executable))
    require_service(bool(server), "an S3-compatible server (moto_server, or set TEST_S3_ENDPOINT_URL)")
    port = _free_port()
    process = subprocess.Popen(
        [server, "-H", "127.0.0.1", "-p", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail("moto_server did not start")
            time.sleep(0.1)
    yield url
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture
def bucket(s3_endpoint, settings):
    name = f"smartkassel-{uuid.uuid4().hex[:12]}"
    client = boto3.client(
        "s3", endpoint_url=s3_endpoint, aws_access_key_id=KEY, aws_secret_access_key=SECRET, region_name="eu-central-1"
    )
    client.create_bucket(Bucket=name, CreateBucketConfiguration={"LocationConstraint": "eu-central-1"})
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "core.storage.ObjectStorage",
            "OPTIONS": {
                "bucket_name": name,
                "endpoint_url": s3_endpoint,
                "region_name": "eu-central-1",
                "access_key": KEY,
                "secret_key": SECRET,
                "file_overwrite": False,
                "default_acl": None,
            },
        },
    }
    return client, name


def _png() -> bytes:
    output = io.BytesIO()
    Image.new("RGB", (8, 8), (0, 90, 0)).save(output, format="PNG")
    return output.getvalue()


def _keys(client, name) -> list[str]:
    return [item["Key"] for item in client.list_objects_v2(Bucket=name).get("Contents", [])]


def test_a_proposal_image_is_stored_in_the_bucket_and_served_at_the_portals_address(client, bucket):
    s3, name = bucket
    proposal = ProposalFactory(author=ConfirmedUserFactory())
    proposal.image.save("upload.png", ContentFile(_png()))

    assert proposal.image.name in _keys(s3, name)
    assert proposal.image.url.startswith("/media/proposals/")  # not the bucket's host: CSP and links unchanged
    response = client.get(proposal.image.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == _png()


def test_a_hidden_proposals_image_stays_hidden_in_the_bucket(client, bucket):
    proposal = ProposalFactory(author=ConfirmedUserFactory())
    proposal.image.save("upload.png", ContentFile(_png()))
    Proposal.objects.filter(pk=proposal.pk).update(status=ProposalStatus.HIDDEN)

    assert client.get(proposal.image.url).status_code == 404


def test_other_uploads_are_served_from_the_bucket_and_missing_ones_are_404(client, bucket):
    s3, name = bucket
    saved = default_storage.save("images/plan.txt", ContentFile(b"Plan"))

    assert saved in _keys(s3, name)
    response = client.get(f"/media/{saved}")
    assert response.status_code == 200 and b"".join(response.streaming_content) == b"Plan"
    assert client.get("/media/images/missing.txt").status_code == 404
    assert client.get("/media/../settings.py").status_code == 404
