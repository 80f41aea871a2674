"""Uploads in S3-compatible object storage, at the portal's own /media/ addresses.

The bucket stays private: pages link MEDIA_URL + name as with local files, and core/media.py streams the object
after the same checks (a hidden proposal's image stays hidden). No third-party host appears in pages or in the
Content-Security-Policy; a CDN, if a city wants one, caches the portal's addresses.
"""

from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage


class ObjectStorage(S3Storage):
    def url(self, name, parameters=None, expire=None, http_method=None):
        return f"{settings.MEDIA_URL}{filepath_to_uri(name).lstrip('/')}"
