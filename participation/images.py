"""Uploaded images: checked by content, re-encoded (which drops EXIF and GPS data)."""

import datetime
import io
import uuid

from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

MAX_BYTES = 5 * 1024 * 1024
MAX_PIXELS = 40_000_000
FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def image_normalise(uploaded) -> ContentFile:
    """Return a clean re-encoded copy of an uploaded JPEG, PNG or WebP, or raise a translated ValidationError."""
    if uploaded.size > MAX_BYTES:
        raise ValidationError(_("The image is larger than 5 MB. Please choose a smaller one."), code="too_large")
    uploaded.seek(0)
    try:
        with Image.open(uploaded) as probe:
            kind, (width, height) = probe.format, probe.size
            # Checked before decoding: a small file can expand to a huge bitmap (decompression bomb).
            if width * height > MAX_PIXELS:
                raise ValidationError(
                    _("The image has more than 40 megapixels. Please choose a smaller one."), code="too_many_pixels"
                )
            if kind not in FORMATS:
                raise ValidationError(_("Please upload a JPEG, PNG or WebP image."), code="format")
            probe.load()
            image = probe.copy()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, SyntaxError) as exc:
        raise ValidationError(_("Please upload a JPEG, PNG or WebP image."), code="format") from exc

    if kind == "JPEG" and image.mode not in {"RGB", "L"}:
        image = image.convert("RGB")
    output = io.BytesIO()
    # A fresh save writes pixels only: no EXIF, no GPS, no comments.
    image.save(output, format=kind, **({"quality": 85} if kind in {"JPEG", "WEBP"} else {}))
    return ContentFile(output.getvalue(), name=f"upload.{FORMATS[kind]}")


PENDING_SALT = "participation.pending-image"
PENDING_MAX_AGE = 24 * 3600


def pending_image_keep(image: ContentFile) -> str:
    """Store a checked image between the preview and the publish step; return a signed token for the form."""
    name = default_storage.save(f"proposals/pending/{uuid.uuid4().hex}.{image.name.rsplit('.', 1)[-1]}", image)
    image.seek(0)
    return signing.dumps(name, salt=PENDING_SALT)


def pending_image_open(token: str) -> ContentFile | None:
    """The image a token from pending_image_keep points to; None if the token is forged, expired or gone."""
    try:
        name = signing.loads(token, salt=PENDING_SALT, max_age=PENDING_MAX_AGE)
    except signing.BadSignature:
        return None
    if not name.startswith("proposals/pending/") or not default_storage.exists(name):
        return None
    with default_storage.open(name) as stored:
        return ContentFile(stored.read(), name=f"upload.{name.rsplit('.', 1)[-1]}")


def pending_images_delete_expired(*, now: datetime.datetime | None = None) -> int:
    """Delete kept preview images whose token has expired (abandoned previews); return how many went.

    Idempotent: files still within PENDING_MAX_AGE stay, so a preview in progress keeps its image.
    """
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(seconds=PENDING_MAX_AGE)
    try:
        _, files = default_storage.listdir("proposals/pending")
    except FileNotFoundError:
        return 0
    deleted = 0
    for filename in files:
        name = f"proposals/pending/{filename}"
        if default_storage.get_modified_time(name) < cutoff:
            default_storage.delete(name)
            deleted += 1
    return deleted
