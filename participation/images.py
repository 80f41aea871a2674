"""Uploaded images: checked by content and size, re-encoded with their pixels only (no EXIF, GPS or other metadata)."""

import datetime
import io
import uuid

from django.core import signing
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone
from django.utils.translation import gettext as _
from PIL import Image, ImageCms, UnidentifiedImageError

MAX_BYTES = 5 * 1024 * 1024
# A proposal's image is shown at most about 1,200 px wide. 16 MP takes a phone photo as it comes (12 MP, 4032 x 3024;
# larger ones rarely fit in MAX_BYTES anyway) and keeps one decode at 64 MB even with transparency, so one upload
# stays well under 200 MB. Larger pictures are refused from their header, before a pixel is decoded.
MAX_PIXELS = 16_000_000
# Stored at most this long on its longer side: enough for any screen, and the later steps work on a small bitmap.
MAX_EDGE = 2048
FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def _too_many_pixels() -> ValidationError:
    return ValidationError(
        _("The image has more than 16 megapixels. Please choose a smaller one."), code="too_many_pixels"
    )


def _srgb(image: Image.Image) -> Image.Image:
    """The pixels in sRGB. An embedded ICC profile is not kept (it can carry free text); its colours are
    converted instead, so a wide-gamut phone photo keeps its look without it."""
    icc = image.info.get("icc_profile")
    if not icc or image.mode not in {"RGB", "RGBA"}:
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        return ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"), outputMode=image.mode)
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image


def image_normalise(uploaded) -> ContentFile:
    """Return a clean re-encoded copy of an uploaded JPEG, PNG or WebP, or raise a translated ValidationError.

    Only pixels survive: EXIF, GPS, XMP, IPTC, JPEG comments, PNG text and the ICC profile are dropped.
    """
    if uploaded.size > MAX_BYTES:
        raise ValidationError(_("The image is larger than 5 MB. Please choose a smaller one."), code="too_large")
    uploaded.seek(0)
    try:
        with Image.open(uploaded) as image:
            kind, (width, height) = image.format, image.size
            # Checked from the header, before decoding: a small file can expand to a huge bitmap.
            if width * height > MAX_PIXELS:
                raise _too_many_pixels()
            if kind not in FORMATS:
                raise ValidationError(_("Please upload a JPEG, PNG or WebP image."), code="format")
            # A JPEG can be decoded at 1/2, 1/4 or 1/8 of its size straight away, which saves most of the memory.
            image.draft("RGB" if image.mode == "RGB" else None, (MAX_EDGE, MAX_EDGE))
            image.load()
            transparency = image.info.get("transparency")
            # In place: no second full-size copy of the bitmap.
            image.thumbnail((MAX_EDGE, MAX_EDGE), Image.Resampling.LANCZOS, reducing_gap=2.0)
            image = _srgb(image)
            if kind == "JPEG" and image.mode not in {"RGB", "L"}:
                image = image.convert("RGB")
    except Image.DecompressionBombError as exc:
        # Pillow's own guard refuses far larger bitmaps (the 30,000 x 30,000 bomb) while it reads the header.
        raise _too_many_pixels() from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(_("Please upload a JPEG, PNG or WebP image."), code="format") from exc

    # Pillow writes some of image.info back (a JPEG's comment, a PNG's ICC profile): keep only what belongs to
    # the pixels, a PNG's transparent colour.
    image.info = {"transparency": transparency} if transparency is not None and kind == "PNG" else {}
    output = io.BytesIO()
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
