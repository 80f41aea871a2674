"""Issue 14, F8 and F9: no metadata survives re-encoding; the pixel limit holds before decoding, also for bombs,
and one upload stays under 200 MB of peak memory."""

import io
import json
import math
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageCms

from participation.images import MAX_PIXELS, image_normalise

SECRET = b"Fotografiert von Erika Mustermann, Tel. 0561 123456"


def _jpeg_with_everything() -> bytes:
    """A JPEG with a COM segment, EXIF, XMP, an ICC profile and an IPTC (APP13) segment."""
    output = io.BytesIO()
    exif = Image.Exif()
    exif[0x010E] = SECRET.decode()  # ImageDescription
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>' + SECRET + b"</dc:creator></x:xmpmeta>"
    Image.new("RGB", (64, 48), (10, 120, 200)).save(
        output, format="JPEG", comment=SECRET, exif=exif.tobytes(), xmp=xmp, icc_profile=icc
    )
    data = output.getvalue()
    # IPTC lives in an APP13 "Photoshop 3.0" segment, written right after SOI.
    payload = b"Photoshop 3.0\x00" + SECRET
    app13 = b"\xff\xed" + (len(payload) + 2).to_bytes(2, "big") + payload
    return data[:2] + app13 + data[2:]


def _segments(jpeg: bytes) -> list[int]:
    """The marker bytes of a JPEG's segments before the image data."""
    markers, position = [], 2
    while position < len(jpeg) and jpeg[position] == 0xFF:
        marker = jpeg[position + 1]
        if marker == 0xDA:  # start of scan: pixels follow
            break
        markers.append(marker)
        position += 2 + int.from_bytes(jpeg[position + 2 : position + 4], "big")
    return markers


def test_jpeg_comment_and_every_metadata_segment_are_dropped():
    original = _jpeg_with_everything()
    assert SECRET in original
    assert Image.open(io.BytesIO(original)).info.get("comment") == SECRET

    clean = image_normalise(SimpleUploadedFile("foto.jpg", original)).read()

    assert SECRET not in clean
    image = Image.open(io.BytesIO(clean))
    assert not {"comment", "exif", "xmp", "icc_profile", "photoshop"} & set(image.info)
    # Only JFIF (APP0), quantisation and Huffman tables, frame header: no APP1 (EXIF/XMP), APP2 (ICC),
    # APP13 (IPTC) or COM (0xFE).
    assert not {0xE1, 0xE2, 0xED, 0xFE} & set(_segments(clean))


@pytest.mark.parametrize("fmt", ["PNG", "WEBP"])
def test_png_and_webp_metadata_are_dropped(fmt):
    output = io.BytesIO()
    exif = Image.Exif()
    exif[0x010E] = SECRET.decode()
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    extra = {"exif": exif.tobytes(), "icc_profile": icc}
    if fmt == "PNG":
        from PIL.PngImagePlugin import PngInfo

        info = PngInfo()
        info.add_text("Author", SECRET.decode())
        extra["pnginfo"] = info
    else:
        extra["xmp"] = b"<x:xmpmeta>" + SECRET + b"</x:xmpmeta>"
    Image.new("RGB", (32, 32), (1, 2, 3)).save(output, format=fmt, **extra)

    clean = image_normalise(SimpleUploadedFile("bild", output.getvalue())).read()

    assert SECRET not in clean
    assert not {"exif", "xmp", "icc_profile", "Author"} & set(Image.open(io.BytesIO(clean)).info)


def test_a_palette_png_keeps_its_transparency():
    image = Image.new("P", (16, 16), 0)
    image.putpalette([255, 255, 255, 200, 30, 30] + [0] * 762)
    output = io.BytesIO()
    image.save(output, format="PNG", transparency=0)

    clean = Image.open(io.BytesIO(image_normalise(SimpleUploadedFile("p.png", output.getvalue())).read()))

    assert clean.info.get("transparency") == 0


def test_the_pixel_limit_is_what_a_proposal_needs():
    assert MAX_PIXELS <= 16_000_000


def test_a_phone_photo_is_accepted_and_stored_at_most_2048_px_wide():
    output = io.BytesIO()
    Image.new("RGB", (4032, 3024), (90, 90, 90)).save(output, format="JPEG")

    clean = Image.open(io.BytesIO(image_normalise(SimpleUploadedFile("handy.jpg", output.getvalue())).read()))

    assert max(clean.size) <= 2048
    assert clean.size[0] > clean.size[1]


def _png_header_only(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge bitmap (the data is a few bytes of a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")

    ihdr = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1000))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(("width", "height"), [(30_000, 30_000), (6_300, 6_300), (4_001, 4_000)])
def test_a_bomb_gets_the_pixel_limit_message_not_wrong_format(width, height):
    with pytest.raises(ValidationError) as excinfo:
        image_normalise(SimpleUploadedFile("bombe.png", _png_header_only(width, height)))
    assert excinfo.value.code == "too_many_pixels"


def test_a_jpeg_bomb_gets_the_pixel_limit_message():
    # A JPEG header claiming 30,000 x 30,000: the frame size is read before any pixel is decoded.
    jpeg = bytearray(Image.new("RGB", (8, 8)).tobytes() and _small_jpeg())
    sof = jpeg.index(b"\xff\xc0")
    jpeg[sof + 5 : sof + 9] = (30_000).to_bytes(2, "big") + (30_000).to_bytes(2, "big")
    with pytest.raises(ValidationError) as excinfo:
        image_normalise(SimpleUploadedFile("bombe.jpg", bytes(jpeg)))
    assert excinfo.value.code == "too_many_pixels"


def _small_jpeg() -> bytes:
    output = io.BytesIO()
    Image.new("RGB", (8, 8), (5, 5, 5)).save(output, format="JPEG")
    return output.getvalue()


BENCH = r"""
import json, sys
sys.path.insert(0, {root!r})
import django
from django.conf import settings
settings.configure(USE_I18N=False)
django.setup()
from django.core.files.uploadedfile import SimpleUploadedFile
from participation.images import image_normalise

with open({path!r}, "rb") as source:
    upload = SimpleUploadedFile("gross", source.read())
def peak_kb():
    # VmHWM: this process's peak resident memory (ru_maxrss would carry the parent's over exec).
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))

before = peak_kb()
image_normalise(upload)
after = peak_kb()
print(json.dumps({{"before_kb": before, "after_kb": after, "size": upload.size}}))
"""


@pytest.mark.parametrize(
    ("mode", "colour", "fmt"), [("RGBA", (200, 30, 30, 128), "PNG"), ("RGB", (200, 30, 30), "JPEG")]
)
def test_one_upload_at_the_pixel_limit_stays_under_200_mb_peak(tmp_path, mode, colour, fmt):
    """The largest image accepted (at most the issue's 6,300 x 6,300 px), normalised in a fresh process: the rise
    of that process's peak resident memory (ru_maxrss; tracemalloc does not see Pillow's C buffers)."""
    side = min(math.isqrt(MAX_PIXELS), 6_300)
    path = tmp_path / "gross"
    Image.new(mode, (side, side), colour).save(path, format=fmt)
    root = str(Path(__file__).resolve().parents[2])
    script = BENCH.format(root=root, path=str(path))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True)
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    rise_mb = (figures["after_kb"] - figures["before_kb"]) / 1024
    assert rise_mb < 200, figures
