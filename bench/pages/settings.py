"""Production settings as deployed, plus the benchmark's bare view (its URLconf) and its own static folder.

Only the benchmark selects this module (DJANGO_SETTINGS_MODULE=bench.pages.settings); the environment still
has to name everything production requires (runner.py sets it).
"""

from smartkassel.settings.base import env
from smartkassel.settings.production import *  # noqa: F403

# smartkassel.urls with /bench/bare/ added, so the bare view runs through the same middleware.
ROOT_URLCONF = "bench.pages.urls"
# collectstatic for WhiteNoise's manifest goes here, not into the shared staticfiles/ folder.
STATIC_ROOT = env("BENCH_STATIC_ROOT", "/tmp/smartkassel-bench-static")
# "hash" (default) synthesises without the sentence encoder's weights: the strategy pages get the same shape of
# content in a fraction of the time; BENCH_SYNTHESIS_EMBEDDER=use runs the real encoder.
SYNTHESIS_EMBEDDER = env("BENCH_SYNTHESIS_EMBEDDER", "hash")
# Publishing the synthesis drafts notifies subscribers; the benchmark sends no mail.
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
