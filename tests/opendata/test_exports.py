"""The CSV files built in the background (opendata.exports): served from storage with ETag and Last-Modified,
rebuilt idempotently, streamed while none exists, and dated on the "Offene Daten" page."""

import datetime
import io

import pytest
from django.core.files.storage import default_storage
from django.urls import reverse
from django.utils import timezone
from django.utils.http import http_date

from opendata import exports
from opendata.exports import EXPORTS, export_build, export_current, exports_build
from tests.conftest import wait_for
from tests.factories import ProposalFactory

from .support import body_text, build_world

CSV_URLS = {
    "proposals_csv": "opendata:proposals_csv",
    "votes_csv": "opendata:votes_csv",
    "themes_csv": "opendata:themes_csv",
}


@pytest.fixture
def media(tmp_path, settings, monkeypatch):
    """A storage folder of this test's own (shared with a Celery worker through TEST_MEDIA_ROOT)."""
    settings.MEDIA_ROOT = tmp_path
    monkeypatch.setenv("TEST_MEDIA_ROOT", str(tmp_path))
    return tmp_path


def stored_files() -> list[str]:
    return sorted(default_storage.listdir(exports.FOLDER)[1])


@pytest.mark.django_db
@pytest.mark.parametrize("key", EXPORTS)
def test_a_built_file_is_the_streamed_file_served_with_etag_and_date(client, media, key):
    build_world()
    streamed = client.get(reverse(CSV_URLS[key]))
    assert streamed.streaming and "ETag" not in streamed  # no file yet: made while it streams, as before

    built = export_build(key, language="de")
    response = client.get(reverse(CSV_URLS[key]))

    assert response.status_code == 200
    assert body_text(response) == body_text(streamed)
    assert response["ETag"] == f'"{built.etag}"'
    assert response["Last-Modified"] == http_date(built.built.timestamp())
    assert response["Content-Length"] == str(built.size)
    assert response["Content-Disposition"] == f'attachment; filename="{EXPORTS[key].filename}"'
    assert response["Content-Type"].startswith("text/csv")
    assert "public" in response["Cache-Control"] and "max-age=300" in response["Cache-Control"]
    assert response["Access-Control-Allow-Origin"] == "*"
    assert not response.cookies


@pytest.mark.django_db
def test_a_client_with_the_file_gets_304(client, media):
    build_world()
    built = export_build("proposals_csv", language="de")
    url = reverse("opendata:proposals_csv")

    by_etag = client.get(url, HTTP_IF_NONE_MATCH=f'"{built.etag}"')
    by_date = client.get(url, HTTP_IF_MODIFIED_SINCE=http_date(built.built.timestamp() + 1))
    changed = client.get(url, HTTP_IF_NONE_MATCH='"something-else"')

    assert by_etag.status_code == 304
    assert by_etag["ETag"] == f'"{built.etag}"'
    assert by_date.status_code == 304
    assert changed.status_code == 200


@pytest.mark.django_db
def test_each_language_is_served_its_own_file(client, media):
    # Names in the files may be translated (the download follows Accept-Language), so each language has one.
    build_world()
    german = export_build("proposals_csv", language="de")
    english = export_build("proposals_csv", language="en")

    for language, built in (("de", german), ("en", english)):
        response = client.get(reverse("opendata:proposals_csv"), HTTP_ACCEPT_LANGUAGE=language)
        assert response["ETag"] == f'"{built.etag}"'
        assert "Accept-Language" in response["Vary"]
    assert german.name != english.name


@pytest.mark.django_db
def test_building_again_is_idempotent_and_old_files_go(media):
    build_world()
    first = export_build("votes_csv", language="de")
    again = export_build("votes_csv", language="de")

    assert again.name == first.name and again.etag == first.etag
    assert again.built >= first.built  # the same file, checked again: a newer "as of"
    assert [name for name in stored_files() if name.endswith(".csv")] == [first.name.rpartition("/")[2]]

    ProposalFactory(title="Noch ein Vorschlag")
    second = export_build("proposals_csv", language="de")
    ProposalFactory(title="Und noch einer")
    third = export_build("proposals_csv", language="de")

    proposals = [name for name in stored_files() if name.startswith("smartkassel-vorschlaege-de-")]
    # The current file and the one before it (a download of it may still run); older ones are deleted.
    assert sorted(proposals) == sorted(n.rpartition("/")[2] for n in {second.name, third.name})
    assert export_current("proposals_csv", "de") == third


@pytest.mark.django_db
def test_a_build_cut_short_is_written_again(media):
    build_world()
    built = export_build("proposals_csv", language="de")
    default_storage.delete(built.name)
    default_storage.save(built.name, io.BytesIO(b"id,url\n1,"))  # half a file under the same name

    again = export_build("proposals_csv", language="de")

    with default_storage.open(again.name, "rb") as file:
        assert len(file.read()) == built.size


@pytest.mark.django_db
def test_a_lost_file_is_made_on_download(client, media):
    build_world()
    built = export_build("proposals_csv", language="de")
    default_storage.delete(built.name)

    response = client.get(reverse("opendata:proposals_csv"))

    assert response.status_code == 200
    assert "Trinkbrunnen am Königsplatz" in body_text(response)
    assert "ETag" not in response


@pytest.mark.django_db
def test_a_stale_or_missing_file_queues_one_build(client, media, monkeypatch):
    from celery import current_app

    from opendata import tasks

    queued = []
    monkeypatch.setattr(tasks.export_build_task, "delay", lambda *args: queued.append(args))
    build_world()

    eager, current_app.conf.task_always_eager = current_app.conf.task_always_eager, False  # as with a worker
    try:
        for _ in range(3):
            client.get(reverse("opendata:votes_csv"))
    finally:
        current_app.conf.task_always_eager = eager
    assert queued == [("votes_csv", "de")]  # many downloads, one build

    built = export_build("themes_csv", language="de")
    old = exports.BuiltFile(built.name, built.etag, built.size, timezone.now() - datetime.timedelta(hours=2))
    monkeypatch.setattr("opendata.views.export_current", lambda key, language: old)
    current_app.conf.task_always_eager = False
    try:
        response = client.get(reverse("opendata:themes_csv"))
    finally:
        current_app.conf.task_always_eager = eager

    assert response["ETag"] == f'"{built.etag}"'  # the stale file is served meanwhile
    assert queued[-1] == ("themes_csv", "de")


@pytest.mark.django_db
def test_the_page_says_how_fresh_the_files_are(client, media):
    build_world()
    before = client.get(reverse("opendata:page")).content.decode()
    assert "CSV wird beim Herunterladen erzeugt" in before

    exports_build()
    german = client.get(reverse("opendata:page")).content.decode()
    english = client.get("/en/offene-daten/").content.decode()

    assert german.count("CSV: Stand ") == 3
    assert "alle 15 Minuten neu erstellt" in german
    assert english.count("CSV as of ") == 3


@pytest.mark.usefixtures("media")
def test_a_download_without_a_file_has_the_worker_build_it(client, celery_worker):
    """End to end on Redis and a real worker: the first download streams and queues; the worker builds; the next
    download gets the built file."""
    build_world()
    first = client.get(reverse("opendata:proposals_csv"))
    assert "ETag" not in first
    streamed = body_text(first)

    built = wait_for(lambda: export_current("proposals_csv", "de"), timeout=60)
    second = client.get(reverse("opendata:proposals_csv"))

    assert second["ETag"] == f'"{built.etag}"'
    assert body_text(second) == streamed


@pytest.mark.django_db
def test_a_build_of_a_file_already_being_built_elsewhere_is_skipped(media):
    from django.core.cache import cache

    from opendata.exports import export_build_once

    build_world()
    cache.add("opendata:building:votes_csv:de", 1, 60)

    assert export_build_once("votes_csv", language="de") is None
    assert export_current("votes_csv", "de") is None
    cache.delete("opendata:building:votes_csv:de")
    assert export_build_once("votes_csv", language="de") == export_current("votes_csv", "de")


def test_the_beat_queues_one_build_per_file_and_language(monkeypatch):
    from opendata import tasks

    queued = []
    monkeypatch.setattr(tasks.export_build_task, "delay", lambda *args: queued.append(args))

    tasks.exports_build_task()

    assert sorted(queued) == sorted((key, language) for key in EXPORTS for language in ("de", "en"))
