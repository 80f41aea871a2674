"""Uploaded files as responses, from wherever the default storage keeps them.

Local files (the embedded default) are served from MEDIA_ROOT; in object storage (S3_BUCKET, several web nodes)
they are streamed from the bucket through the same address, so links, the permission checks in front of them
and the Content-Security-Policy stay as they are.
"""

import mimetypes
import posixpath

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_safe
from django.views.static import serve


def storage_response(request: HttpRequest, name: str) -> HttpResponse:
    """The file `name` of the default storage, or 404."""
    if isinstance(default_storage, FileSystemStorage):
        return serve(request, name, document_root=settings.MEDIA_ROOT)
    name = posixpath.normpath(name).lstrip("/")
    if name.startswith("..") or not name or not default_storage.exists(name):
        raise Http404
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return FileResponse(default_storage.open(name, "rb"), content_type=content_type)


@require_safe
def media(request: HttpRequest, path: str) -> HttpResponse:
    """Public uploads (Wagtail's images and documents' renditions) at MEDIA_URL."""
    return storage_response(request, path)
