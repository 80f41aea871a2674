"""Production: refuses to start without a secret key, allowed hosts, a database, Redis and the site URL."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import (
    ALLOWED_HOSTS,
    DATABASE_URL,
    MIDDLEWARE,
    REDIS_URL,
    SECRET_KEY,
    SECURE_HSTS_SECONDS_VALUE,
    SECURE_SSL_REDIRECT_ENABLED,
    SITE_URL_SET,
    STAFF_MFA_REQUIRED,
    STORAGES,
)

_missing = [
    name
    for name, value in [
        ("DJANGO_SECRET_KEY", SECRET_KEY),
        ("DJANGO_ALLOWED_HOSTS", ALLOWED_HOSTS),
        ("DATABASE_URL", DATABASE_URL),
        # Without Redis, tasks would run inside requests and worker and beat would idle unnoticed.
        ("REDIS_URL", REDIS_URL),
        # Links in emails and the admin point here.
        ("SITE_URL", SITE_URL_SET),
    ]
    if not value
]
if _missing:
    raise ImproperlyConfigured(f"Production settings need these environment variables: {', '.join(_missing)}")

if not STAFF_MFA_REQUIRED:
    raise ImproperlyConfigured("Production needs two-factor authentication for staff: unset STAFF_MFA_REQUIRED.")

DEBUG = False
# WhiteNoise serves the collected static files right after the security middleware.
MIDDLEWARE = [MIDDLEWARE[0], "whitenoise.middleware.WhiteNoiseMiddleware", *MIDDLEWARE[1:]]
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}}
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = SECURE_SSL_REDIRECT_ENABLED
SECURE_HSTS_SECONDS = SECURE_HSTS_SECONDS_VALUE
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
