"""Local development: embedded defaults, debug on, a fixed throwaway key."""

from .base import *  # noqa: F403
from .base import SECRET_KEY, env_bool, env_list

DEBUG = env_bool("DJANGO_DEBUG", default=True)
SECRET_KEY = SECRET_KEY or "dev-only-key-not-for-production-smartkassel-0123456789"
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS") or ["127.0.0.1", "localhost", "[::1]"]
# The demo staff login that `make run` prints works without a phone app on a developer's machine; the
# admin shows a warning while this is off. STAFF_MFA_REQUIRED=1 tries the real two-factor flow locally.
STAFF_MFA_REQUIRED = env_bool("STAFF_MFA_REQUIRED", default=False)
