"""Sign-up does not tell which addresses are registered: same page, same status, same time (issue 14, F5)."""

import statistics
import time

import pytest
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django.urls import reverse
from django.utils import translation

from tests.factories import ConfirmedUserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "Fulda-Aue-2026-kassel"


class MeasurableHasher(PBKDF2PasswordHasher):
    """A real hasher (the tests' MD5 costs nothing), cheap enough for 20 sign-ups: a hash is ~50-150 ms here."""

    iterations = 300_000


@pytest.fixture
def real_hasher(settings):
    settings.PASSWORD_HASHERS = ["tests.accounts.test_signup_timing.MeasurableHasher"]


def signup_url() -> str:
    with translation.override("de"):
        return reverse("account_signup")


def signup(client, *, email: str, number: int):
    data = {
        "email": email,
        "display_name": f"Zeitmesserin {number}",
        "password1": PASSWORD,
        "password2": PASSWORD,
        "language": "de",
        "accept_participation_rules": "on",
        "accept_privacy_notice": "on",
    }
    # Each request from its own address, so allauth's sign-up limit (per IP) does not answer instead.
    started = time.perf_counter()
    response = client.post(signup_url(), data, REMOTE_ADDR=f"198.51.100.{number}")
    return response, time.perf_counter() - started


def test_known_and_new_addresses_take_the_same_time(client, real_hasher, django_capture_on_commit_callbacks):
    known = ConfirmedUserFactory(email="bekannt@example.org")
    signup(client, email="warm-up@example.org", number=200)  # templates and hasher warm, not measured

    known_times, new_times = [], []
    # Interleaved, so a burst of load on the shared machine hits both kinds alike.
    for number in range(10):
        with django_capture_on_commit_callbacks(execute=True):
            answer_known, seconds_known = signup(client, email=known.email, number=2 * number)
        with django_capture_on_commit_callbacks(execute=True):
            answer_new, seconds_new = signup(client, email=f"neu-{number}@example.org", number=2 * number + 1)
        assert answer_known.status_code == answer_new.status_code == 302
        assert answer_known.url == answer_new.url
        known_times.append(seconds_known)
        new_times.append(seconds_new)

    spans = f"known {sorted(known_times)} new {sorted(new_times)}"
    assert min(known_times) <= max(new_times) and min(new_times) <= max(known_times), spans
    median_known, median_new = statistics.median(known_times), statistics.median(new_times)
    # Before the fix a known address skipped the hash: its median was a fraction of the new one's.
    assert abs(median_known - median_new) <= 0.4 * max(median_known, median_new), spans


def test_a_known_address_gets_its_mail_from_a_task_after_the_commit(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    known = ConfirmedUserFactory(email="bekannt@example.org")

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response, _seconds = signup(client, email=known.email, number=1)
        assert response.status_code == 302
    assert mailoutbox == []  # nothing is sent inside the request

    for callback in callbacks:
        callback()
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["bekannt@example.org"]
    assert message.subject.startswith("[Smart Kassel] ")
    assert "/konto/password/reset/" in message.body
