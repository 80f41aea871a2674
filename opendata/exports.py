"""The CSV files built in the background and served from storage (#17): at 100,000 proposals the proposals file is
41 MB, and 32 visitors each making it at once never finished. A beat task builds every file in every language
(opendata.tasks); the download sends the built file with an ETag and Last-Modified, so a client that has it gets
304. Until a file exists (a new installation, a lost one) the download is made while it streams, as before, and
a build is queued.

Files live in the default storage (local media or S3), named by a digest of their content:
opendata/<file>-<language>-<digest>.csv, and a manifest opendata/<key>-<language>.json names the current one. A
build writes the data file first and the manifest last, so a crash or a retry leaves the old file in service; the
same data give the same name, so a repeated build writes nothing but a newer "as of" time. The manifest is also
kept in the shared cache, so a download asks the storage nothing.
"""

import datetime
import hashlib
import json
import logging
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone, translation

from core.cache import cache_unavailable

from .formats import CSV_TYPE, csv_text
from .proposals import VOTE_COLUMNS, proposal_columns, proposal_records, vote_records
from .themes import THEME_COLUMNS, theme_records

logger = logging.getLogger(__name__)

FOLDER = "opendata"
# The beat builds every 15 minutes (settings.CELERY_BEAT_SCHEDULE); a file older than this means it stopped, and
# a download queues a build itself.
STALE_AFTER = datetime.timedelta(hours=1)
# At most one queued build per file and language in this time, however many people download meanwhile.
QUEUE_EVERY_SECONDS = 600
# How long a web node trusts the manifest it read (a build writes the new one into the cache at once).
MANIFEST_SECONDS = 300
# Longer than a build may run (opendata.tasks' time limit), so a build killed midway frees its file again.
BUILD_LOCK_SECONDS = 660


@dataclass(frozen=True)
class Export:
    """One open data file that is built in the background."""

    key: str
    filename: str
    content_type: str
    text: Callable[[], Iterable[str]]


EXPORTS = {
    export.key: export
    for export in [
        Export(
            "proposals_csv",
            "smartkassel-vorschlaege.csv",
            CSV_TYPE,
            lambda: csv_text(proposal_columns(), proposal_records()),
        ),
        Export("votes_csv", "smartkassel-stimmen.csv", CSV_TYPE, lambda: csv_text(VOTE_COLUMNS, vote_records())),
        Export("themes_csv", "smartkassel-themen.csv", CSV_TYPE, lambda: csv_text(THEME_COLUMNS, theme_records())),
    ]
}


@dataclass(frozen=True)
class BuiltFile:
    """A built file in the storage: its name there, its ETag (a content digest), its size and when it was made."""

    name: str
    etag: str
    size: int
    built: datetime.datetime

    @property
    def stale(self) -> bool:
        return timezone.now() - self.built > STALE_AFTER


def _languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def _manifest_name(key: str, language: str) -> str:
    return f"{FOLDER}/{key}-{language}.json"


def _cache_key(key: str, language: str) -> str:
    return f"opendata:export:{key}:{language}"


def _encode(built: BuiltFile) -> dict:
    return {**asdict(built), "built": built.built.isoformat()}


def _decode(data: dict) -> BuiltFile:
    return BuiltFile(data["name"], data["etag"], data["size"], datetime.datetime.fromisoformat(data["built"]))


def _stored_manifest(key: str, language: str) -> BuiltFile | None:
    name = _manifest_name(key, language)
    if not default_storage.exists(name):
        return None
    with default_storage.open(name, "rb") as file:
        return _decode(json.load(file))


def export_current(key: str, language: str) -> BuiltFile | None:
    """The built file of this export in this language, or None while there is none (one cache read)."""
    data = cache.get(_cache_key(key, language))
    if data is None:
        # Read once per node and period; "none" is remembered too, so a missing file costs no storage request.
        built = _stored_manifest(key, language)
        data = _encode(built) if built else {}
        cache.set(_cache_key(key, language), data, timeout=MANIFEST_SECONDS)
    return _decode(data) if data else None


def export_forget(key: str, language: str) -> None:
    """Stop serving the built file (the storage lost it) until a build has made a new one."""
    cache.set(_cache_key(key, language), {}, timeout=MANIFEST_SECONDS)


def exports_current(language: str) -> dict[str, BuiltFile | None]:
    """Every export's built file in this language (for the "Offene Daten" page), in one cache round trip."""
    keys = {key: _cache_key(key, language) for key in EXPORTS}
    stored = cache.get_many(list(keys.values()))
    found = {}
    for key, cached in keys.items():
        if cached not in stored:
            found[key] = export_current(key, language)
        else:
            found[key] = _decode(stored[cached]) if stored[cached] else None
    return found


def export_build_request(key: str, language: str) -> None:
    """Queue a build of this file, at most once in QUEUE_EVERY_SECONDS; nothing when tasks run in-process.

    Without a worker (tests, `make run`) a download streams as before instead of building inside the request.
    A build that cannot be queued (broker down) is left to the beat; while Redis, the broker, is known to be down
    no download waits for it.
    """
    from celery import current_app

    from .tasks import export_build_task

    if current_app.conf.task_always_eager or cache_unavailable():
        return
    if not cache.add(f"opendata:queued:{key}:{language}", 1, QUEUE_EVERY_SECONDS):
        return
    try:
        export_build_task.delay(key, language)
    except Exception:
        logger.warning("could not queue the build of %s (%s); the beat builds it", key, language, exc_info=True)


def export_build(key: str, *, language: str) -> BuiltFile:
    """Build one export in one language into the storage and make it current. Idempotent and retry-safe.

    The rows stream into a temporary file on disk (never the table in memory) while their digest is taken; a
    file of that digest already in the storage is kept. Only then is the manifest replaced, and files older than
    the one it replaced are deleted (a download of that one may still be running).
    """
    export = EXPORTS[key]
    started = timezone.now()
    digest, size = hashlib.sha256(), 0
    with tempfile.TemporaryFile() as spool:
        with translation.override(language):
            for chunk in export.text():
                data = chunk.encode()
                spool.write(data)
                digest.update(data)
                size += len(data)
        etag = digest.hexdigest()[:32]
        stem, _dot, suffix = export.filename.rpartition(".")
        name = f"{FOLDER}/{stem}-{language}-{etag[:16]}.{suffix}"
        if default_storage.exists(name) and default_storage.size(name) != size:
            default_storage.delete(name)  # a write cut short earlier
        if not default_storage.exists(name):
            spool.seek(0)
            name = default_storage.save(name, File(spool, name=name))
    built = BuiltFile(name, etag, size, started)
    previous = _stored_manifest(key, language)
    _manifest_write(key, language, built)
    _delete_older(key, language, keep={built.name, previous.name if previous else ""})
    return built


def export_build_once(key: str, *, language: str) -> BuiltFile | None:
    """export_build(), unless a build of this file runs elsewhere (beat and download may ask at once): None then.

    Two builds at once would do no harm to the data, but the older one could delete the file the newer one
    just made current; the download would then make the file itself until the next build.
    """
    lock = f"opendata:building:{key}:{language}"
    if not cache.add(lock, 1, BUILD_LOCK_SECONDS):
        return None
    try:
        return export_build(key, language=language)
    finally:
        cache.delete(lock)


def export_keys() -> list[tuple[str, str]]:
    """Every (export, language) that is built."""
    return [(key, language) for key in EXPORTS for language in _languages()]


def exports_build() -> list[BuiltFile]:
    """Build every export in every language, one after the other (the benchmark; the beat queues one task each)."""
    return [export_build(key, language=language) for key, language in export_keys()]


def _manifest_write(key: str, language: str, built: BuiltFile) -> None:
    name = _manifest_name(key, language)
    # The storage may not overwrite (local files get a new name instead): delete, then write. A download in
    # between reads the cache, which holds the new manifest from the next line on.
    if default_storage.exists(name):
        default_storage.delete(name)
    default_storage.save(name, ContentFile(json.dumps(_encode(built)).encode()))
    cache.set(_cache_key(key, language), _encode(built), timeout=MANIFEST_SECONDS)


def _delete_older(key: str, language: str, *, keep: set[str]) -> None:
    stem = EXPORTS[key].filename.rpartition(".")[0]
    _folders, files = default_storage.listdir(FOLDER)
    for filename in files:
        name = f"{FOLDER}/{filename}"
        if filename.startswith(f"{stem}-{language}-") and name not in keep:
            default_storage.delete(name)
