"""Local development: embedded defaults, debug on, a fixed throwaway key."""

from .base import *  # noqa: F403
from .base import BASE_DIR, LOGGING, SECRET_KEY, env, env_bool, env_list

DEBUG = env_bool("DJANGO_DEBUG", default=True)
SECRET_KEY = SECRET_KEY or "dev-only-key-not-for-production-smartkassel-0123456789"
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS") or ["127.0.0.1", "localhost", "[::1]"]
# The demo staff login that `make run` prints works without a phone app on a developer's machine; the
# admin shows a warning while this is off. STAFF_MFA_REQUIRED=1 tries the real two-factor flow locally.
STAFF_MFA_REQUIRED = env_bool("STAFF_MFA_REQUIRED", default=False)

# `make run` keeps the console for what a newcomer needs (the address and the demo login, printed last):
# mails go to files in log/mail/, and the chatter of synthesis, tasks and workflow to log/dev.log.
# DEV_LOG_TO_CONSOLE=1 brings both back to the console.
DEV_LOG_DIR = BASE_DIR / "log"
if not env_bool("DEV_LOG_TO_CONSOLE"):
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = DEV_LOG_DIR / "mail"
    DEV_LOG_FILE = DEV_LOG_DIR / "dev.log"
    DEV_LOG_DIR.mkdir(exist_ok=True)
    LOGGING = {
        **LOGGING,
        "handlers": {
            # Warnings and errors still show where the developer looks.
            "console": {"class": "logging.StreamHandler", "formatter": "plain", "level": "WARNING"},
            "file": {"class": "logging.FileHandler", "filename": str(DEV_LOG_FILE), "formatter": "plain"},
            # runserver's one line per request stays on the console, as a developer expects.
            "requests": {"class": "logging.StreamHandler"},
        },
        "root": {"handlers": ["console", "file"], "level": env("LOG_LEVEL", "INFO")},
        "loggers": {
            **LOGGING["loggers"],
            "django.server": {"handlers": ["requests"], "level": "INFO", "propagate": False},
            # With tasks run in-process, Celery's "no broker host given" is no news.
            "kombu.connection": {"level": "ERROR"},
        },
    }
