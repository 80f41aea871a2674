import datetime
import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from participation.images import (
    PENDING_MAX_AGE,
    image_normalise,
    pending_image_keep,
    pending_image_open,
    pending_images_delete_expired,
)
from participation.tasks import pending_images_delete_expired_task


def make_image(fmt: str, size=(64, 48), exif: bytes | None = None) -> bytes:
    output = io.BytesIO()
    extra = {"exif": exif} if exif else {}
    Image.new("RGB", size, (200, 30, 30)).save(output, format=fmt, **extra)
    return output.getvalue()


def gps_exif() -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {1: "N", 2: (51.0, 18.0, 45.0)}  # GPSInfo
    return exif.tobytes()


@pytest.mark.parametrize(("fmt", "extension"), [("JPEG", "jpg"), ("PNG", "png"), ("WEBP", "webp")])
def test_accepted_formats_are_reencoded(fmt, extension):
    upload = SimpleUploadedFile("foto.bin", make_image(fmt), content_type="application/octet-stream")

    clean = image_normalise(upload)

    assert clean.name == f"upload.{extension}"
    assert Image.open(io.BytesIO(clean.read())).format == fmt


def test_exif_and_gps_data_are_dropped():
    upload = SimpleUploadedFile("foto.jpg", make_image("JPEG", exif=gps_exif()))
    assert Image.open(io.BytesIO(upload.read())).getexif()  # the original carries it
    upload.seek(0)

    clean = image_normalise(upload)

    assert not Image.open(io.BytesIO(clean.read())).getexif()


def test_svg_named_as_png_is_refused():
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>'
    with pytest.raises(ValidationError) as excinfo:
        image_normalise(SimpleUploadedFile("bild.png", svg, content_type="image/png"))
    assert excinfo.value.code == "format"


def test_other_image_formats_are_refused():
    with pytest.raises(ValidationError) as excinfo:
        image_normalise(SimpleUploadedFile("bild.gif", make_image("GIF")))
    assert excinfo.value.code == "format"


def test_files_over_5_mb_are_refused():
    with pytest.raises(ValidationError) as excinfo:
        image_normalise(SimpleUploadedFile("gross.jpg", b"\xff" * (5 * 1024 * 1024 + 1)))
    assert excinfo.value.code == "too_large"


def test_images_over_16_megapixels_are_refused_before_decoding():
    # 7000 x 6000 = 42 MP, but a single-colour PNG compresses to a few kilobytes.
    upload = SimpleUploadedFile("riesig.png", make_image("PNG", size=(7000, 6000)))
    assert upload.size < 5 * 1024 * 1024

    with pytest.raises(ValidationError) as excinfo:
        image_normalise(upload)
    assert excinfo.value.code == "too_many_pixels"


def test_abandoned_preview_images_are_deleted_once_their_token_expired():
    token = pending_image_keep(image_normalise(SimpleUploadedFile("a.png", make_image("PNG"))))
    assert pending_image_open(token) is not None

    pending_images_delete_expired()
    assert pending_image_open(token) is not None, "a preview in progress keeps its image"
    later = timezone.now() + datetime.timedelta(seconds=PENDING_MAX_AGE + 60)
    assert pending_images_delete_expired(now=later) >= 1
    assert default_storage.listdir("proposals/pending")[1] == []
    assert pending_images_delete_expired(now=later) == 0


def test_cleanup_task_runs_without_a_pending_folder():
    assert pending_images_delete_expired_task.apply().get() == 0
