"""Settings shared by every environment. Every environment variable is read here, in one place."""

import os
from operator import attrgetter
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from csp import constants as csp
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name: str, default: str = "") -> str:
    # An empty variable (`EMAIL_PORT=` in an .env file) means "not set", not "empty".
    return (os.environ.get(name) or "").strip() or default


def env_bool(name: str, default: bool = False) -> bool:
    value = env(name)
    return default if not value else value.lower() in {"1", "true", "yes", "on"}


def env_list(name: str) -> list[str]:
    return [item.strip() for item in env(name).split(",") if item.strip()]


SECRET_KEY = env("DJANGO_SECRET_KEY")
DEBUG = env_bool("DJANGO_DEBUG")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")
DATABASE_URL = env("DATABASE_URL")
REDIS_URL = env("REDIS_URL")
SITE_URL_SET = env("SITE_URL")
SITE_URL = (SITE_URL_SET or "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    # Content types first: a serialized rollback in tests restores rows in this order, and Wagtail's workflow
    # tasks look up their content type while they are restored.
    "django.contrib.contenttypes",
    "core",
    "accounts",
    "participation",
    "notifications",
    "portal",
    "strategy",
    "opendata",
    "demo",
    # The wiring app: the anonymous page cache's invalidation (smartkassel/page_cache_signals.py).
    "smartkassel",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    # Wagtail's own localisation: an English copy of a page is a translation of the German one (issue 15).
    "wagtail.locales",
    "wagtail.contrib.simple_translation",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "leaflet",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "smartkassel.headers.SecurityHeadersMiddleware",
    # Inside the security headers: a page from the cache gets this request's policy and nonce.
    "smartkassel.page_cache.AnonymousPageCacheMiddleware",
    "smartkassel.replica.ReplicaReadsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.StaffMFAMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "smartkassel.urls"
WSGI_APPLICATION = "smartkassel.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite file by default so that `make run` needs no database server.
DATABASES = {
    "default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)
    if DATABASE_URL
    else {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# An optional read replica (PostgreSQL streaming replication) takes anonymous page reads: smartkassel/replica.py.
DATABASE_REPLICA_URL = env("DATABASE_REPLICA_URL")
if DATABASE_REPLICA_URL:
    DATABASES["replica"] = dj_database_url.parse(DATABASE_REPLICA_URL, conn_max_age=60, conn_health_checks=True)
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
REPLICA_READS = bool(DATABASE_REPLICA_URL)
DATABASE_ROUTERS = ["smartkassel.replica.ReplicaRouter"]
# Anonymous pages are served from the cache for at most this many seconds after a vote (smartkassel/page_cache.py);
# 0 turns the page cache off.
PAGE_CACHE_SECONDS = int(env("PAGE_CACHE_SECONDS", "10"))
# Parts of pages (navigation, filters, counts, the editors' content, proposal cards) are kept in the cache and
# renewed when their data changes (core/fragments.py); tests turn this off where they change rows directly.
FRAGMENT_CACHE = env_bool("FRAGMENT_CACHE", default=True)

if REDIS_URL:
    # Fail soft (core/cache.py): with Redis down a read misses, a write is skipped, pages come from the database.
    # Short timeouts, so a Redis that does not answer costs a request about a second, not a hang.
    CACHES = {
        "default": {
            "BACKEND": "core.cache.FailSoftRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    # Sessions are written to the database and read through Redis: any web node serves any request, and a Redis
    # outage or restart logs nobody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Accounts (allauth): sign-up, sign-in, rate limits, consent versions, the admin login
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_FORMS = {"signup": "accounts.forms.SignupForm"}
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
# Confirm by POST: mail scanners that follow links must not confirm an address.
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
# The confirmation link opened in the browser that signed up signs the person in (allauth keeps the sign-up
# in that session only, so a link opened elsewhere still asks for the password).
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
# Pages and mails name a person by the display name they chose, never by the internal username.
ACCOUNT_USER_DISPLAY = attrgetter("public_name")
ACCOUNT_LOGOUT_ON_GET = False
# Sign-up and password reset answer alike whether or not the address has an account.
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Smart Kassel] "
# Wagtail sends a signed-in citizen without admin access to the login page with ?next=/admin/; allauth's
# default would bounce them straight back to /admin/, in a loop. So the login page shows its form instead.
ACCOUNT_AUTHENTICATED_LOGIN_REDIRECTS = False
# Every sign-up answer takes at least this long, so its time does not tell whether the address has an account.
ACCOUNT_SIGNUP_MIN_SECONDS = 0.6
# allauth's limits, written out; they count in the default cache (Redis when REDIS_URL is set), so every
# web process shares them. "key" is the email address or account the request names.
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "request_login_code": "20/m/ip,3/m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
}
# Behind the TLS proxy every request comes from the proxy: count X-Forwarded-For hops to find the client.
ALLAUTH_TRUSTED_PROXY_COUNT = int(env("ALLAUTH_TRUSTED_PROXY_COUNT", "0"))
MFA_TOTP_ISSUER = "Smart Kassel"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_ADAPTER = "accounts.adapter.MFAAdapter"
# Everyone who may open the Wagtail admin sets up an authenticator app (TOTP, with recovery codes) before
# the admin opens; allauth's login then asks for its code. Off only in dev (see README); production refuses.
STAFF_MFA_REQUIRED = env_bool("STAFF_MFA_REQUIRED", default=True)
# Versions of the documents people agree to at sign-up; a new version is recorded as a new consent.
PARTICIPATION_RULES_VERSION = "2026-11"
PRIVACY_NOTICE_VERSION = "2026-11"
# Staff sign in through the same allauth login and its rate limits; the admin's own reset and email
# change would go around them.
WAGTAILADMIN_LOGIN_URL = "account_login"
# Private pages send visitors to allauth's login as well, never to Wagtail's own password form.
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False

# German first: the site speaks German unless the visitor picks English.
LANGUAGE_CODE = "de"
LANGUAGES = [("de", _("German")), ("en", _("English"))]
# Our catalogue first; then formal ("Sie") German for allauth's strings, which beats allauth's own "du"
# catalogue because Django ranks LOCALE_PATHS above app catalogues (locale_overrides/README.md).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_overrides"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# More than one web node: uploads in S3-compatible object storage (django-storages), so no node keeps files.
# They are still served at MEDIA_URL through Django (core/media.py), behind the same permission checks.
S3_BUCKET = env("S3_BUCKET")
if S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "core.storage.ObjectStorage",
        "OPTIONS": {
            "bucket_name": S3_BUCKET,
            "endpoint_url": env("S3_ENDPOINT_URL") or None,  # unset: AWS; else MinIO, Ceph, a city's own S3
            "region_name": env("S3_REGION", "eu-central-1"),
            "access_key": env("S3_ACCESS_KEY_ID"),
            "secret_key": env("S3_SECRET_ACCESS_KEY"),
            "file_overwrite": False,
            "default_acl": None,
            "querystring_auth": True,
        },
    }
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Smart Kassel <beteiligung@smartkassel.localhost>")
# SMTP, used by production settings only.
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")

# HTTPS hardening, used by production settings only.
SECURE_SSL_REDIRECT_ENABLED = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS_VALUE = int(env("DJANGO_SECURE_HSTS_SECONDS", "31536000"))

# Celery: without REDIS_URL tasks run in-process, so the embedded default needs no broker.
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = None
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = 240
CELERY_TASK_TIME_LIMIT = 300
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A publish must not hang a request when Redis is down: fail fast, the caller decides.
CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 2, "socket_timeout": 5, "max_retries": 1}
# Separate queues, so a long synthesis run never delays a mail: production runs a worker for "celery" and "mail"
# and one for "synthesis" (docker-compose.yml); `make worker` consumes all three.
CELERY_TASK_DEFAULT_QUEUE = "celery"
CELERY_TASK_ROUTES = {
    "notifications.tasks.*": {"queue": "mail"},
    "portal.feedback.tasks.*": {"queue": "mail"},
    "accounts.tasks.account_already_exists_mail_send_task": {"queue": "mail"},
    "strategy.tasks.synthesis_run_task": {"queue": "synthesis"},
}
CELERY_BEAT_SCHEDULE = {
    "refresh-home-figures": {"task": "portal.tasks.home_figures_refresh_task", "schedule": 300.0},
    "refresh-statistics": {"task": "portal.tasks.statistics_refresh_task", "schedule": 300.0},
    "reconcile-counts-nightly": {
        "task": "participation.tasks.counts_reconcile_task",
        "schedule": crontab(hour=3, minute=15),
    },
    "delete-abandoned-preview-images": {
        "task": "participation.tasks.pending_images_delete_expired_task",
        "schedule": crontab(hour=3, minute=30),
    },
    "synthesize-strategy-nightly": {
        "task": "strategy.tasks.synthesis_request_all_task",
        "schedule": crontab(hour=3, minute=45),
    },
    "sweep-synthesis-runs": {"task": "strategy.tasks.synthesis_sweep_task", "schedule": 300.0},
    "synthesis-after-new-input": {"task": "strategy.tasks.synthesis_request_changed_task", "schedule": 300.0},
    "sweep-notifications": {"task": "notifications.tasks.notifications_sweep_task", "schedule": 600.0},
    # The open data CSV files, served as built files (opendata/exports.py).
    "build-open-data-files": {"task": "opendata.tasks.exports_build_task", "schedule": 900.0},
    "notify-project-office-hourly": {
        "task": "notifications.tasks.staff_digests_send_task",
        "schedule": crontab(minute=5),
    },
    # Follows (#16): daily digests in the evening, weekly ones on Monday evening.
    "follow-digests-daily": {
        "task": "notifications.tasks.follow_digests_send_task",
        "schedule": crontab(hour=18, minute=15),
        "args": ("daily",),
    },
    "follow-digests-weekly": {
        "task": "notifications.tasks.follow_digests_send_task",
        "schedule": crontab(hour=18, minute=30, day_of_week=1),
        "args": ("weekly",),
    },
    "notify-replies-daily": {
        "task": "notifications.tasks.reply_digests_send_task",
        "schedule": crontab(hour=18, minute=0),
    },
    # Retention (issue 14, F6; the privacy notice states it): expired sessions, settled mails after 90 days.
    "clear-expired-sessions-nightly": {
        "task": "accounts.tasks.sessions_clear_expired_task",
        "schedule": crontab(hour=4, minute=0),
    },
    "delete-old-notifications-nightly": {
        "task": "notifications.tasks.notifications_delete_old_task",
        "schedule": crontab(hour=4, minute=10),
    },
}

WAGTAIL_SITE_NAME = "Smart Kassel"
WAGTAILADMIN_BASE_URL = SITE_URL
# No third-party requests by default: the admin home would ask releases.wagtail.org for news (superusers only).
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Pages exist in German and, where the project office has translated them, in English: Wagtail serves the
# translation of the active language at the same path (German at /…, English at /en/…), the German page where
# no translation exists (portal.models.HomePage.route).
WAGTAIL_I18N_ENABLED = True
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Wagtail's avatars would ask Gravatar: no third-party requests.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Participation limits per action: (per account, per IP address, period in seconds).
PARTICIPATION_RATE_LIMITS = {
    # Accepted proposals; every POST of the form (previews, corrections) counts against the generous second.
    "proposal": (10, 30, 3600),
    "proposal_attempt": (120, 300, 3600),
    "comment": (30, 90, 3600),
    "vote": (300, 900, 3600),
    "report": (20, 60, 3600),
    "similar": (300, 600, 3600),
    "follow": (60, 120, 3600),
    # Open data downloads and API requests, counted per address only.
    "open_data": (1000, 1000, 3600),
    # "Barriere melden": anyone, signed in or not, a few messages an hour.
    "barrier_report": (10, 10, 3600),
}
# Reports from this many different people hide a proposal or comment until the project office decides.
PARTICIPATION_REPORTS_TO_HIDE = int(env("PARTICIPATION_REPORTS_TO_HIDE", "3"))

# Open data names no one unless this is on: then exports carry each proposal author's public display name.
OPEN_DATA_INCLUDE_PSEUDONYMS = env_bool("OPEN_DATA_INCLUDE_PSEUDONYMS")

# Map tiles are loaded only after the visitor agrees (privacy); this names the server.
MAP_TILE_URL = env("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = env("MAP_TILE_ATTRIBUTION", "© OpenStreetMap contributors")
LEAFLET_CONFIG = {
    "DEFAULT_CENTER": (51.3127, 9.4797),
    "DEFAULT_ZOOM": 13,
    "MIN_ZOOM": 11,
    "MAX_ZOOM": 19,
    "SPATIAL_EXTENT": (9.38, 51.26, 9.56, 51.36),
    "TILES": [],
    "RESET_VIEW": False,
    "NO_GLOBALS": False,
}

# Content-Security-Policy (django-csp 4), enforced; smartkassel/headers.py picks the policy of each response.
# The public site runs only our own files and inline blocks that carry the request's nonce ({{ request.csp_nonce }}):
# no 'unsafe-inline', no inline event handlers, no javascript: URLs. The map's tile server, when it is another
# host, joins img-src at request time (from MAP_TILE_URL).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [csp.SELF],
        "script-src": [csp.SELF, csp.NONCE],
        "style-src": [csp.SELF, csp.NONCE],
        # data: for the authenticator app's QR code (allauth renders it as a data: image).
        "img-src": [csp.SELF, "data:"],
        "connect-src": [csp.SELF],
        "font-src": [csp.SELF],
        "object-src": [csp.NONE],
        "base-uri": [csp.SELF],
        "form-action": [csp.SELF],
        "frame-ancestors": [csp.NONE],
    },
}
# Wagtail's admin templates carry inline scripts (inline panels, date pickers) and style attributes without a nonce,
# so the admin allows inline code; only staff who passed the second factor reach it, and citizens' text is escaped
# there as everywhere. It frames itself for the live preview.
CONTENT_SECURITY_POLICY_ADMIN = {
    "PATH_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [csp.SELF],
        "script-src": [csp.SELF, csp.UNSAFE_INLINE],
        "style-src": [csp.SELF, csp.UNSAFE_INLINE],
        "img-src": [csp.SELF, "data:", "blob:"],
        "connect-src": [csp.SELF],
        "font-src": [csp.SELF, "data:"],
        "object-src": [csp.NONE],
        "base-uri": [csp.SELF],
        "form-action": [csp.SELF],
        "frame-ancestors": [csp.SELF],
    },
}
# Whatever is not HTML (the API, open data files, JSON for the site's scripts) is never a document: it may load nothing.
CONTENT_SECURITY_POLICY_DATA = {"DIRECTIVES": {"default-src": [csp.NONE], "frame-ancestors": [csp.NONE]}}
# Browser features no page of ours uses (the map has no "my location"); sent with every response.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    # Wagtail runs its search-index tasks through django-tasks, which logs every one at INFO.
    # Wagtail logs every page change at INFO; its audit log in the database keeps them anyway.
    "loggers": {"django_tasks": {"level": "WARNING"}, "wagtail": {"level": "WARNING"}},
}

# The project office's "Zu erledigen" list: a visible proposal with at least this many votes and no official answer
# this many days after it was published asks for an answer.
MODERATION_TODO_ANSWER_MIN_VOTES = int(env("MODERATION_TODO_ANSWER_MIN_VOTES", "10"))
MODERATION_TODO_ANSWER_AFTER_DAYS = int(env("MODERATION_TODO_ANSWER_AFTER_DAYS", "14"))
