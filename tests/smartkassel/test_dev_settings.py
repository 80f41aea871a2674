"""`make run`'s settings: mails and the log go to log/, so the console shows the login printed last."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = (
    "import json, django; from django.conf import settings; django.setup(); "
    "print(json.dumps({'email': settings.EMAIL_BACKEND, 'console': settings.LOGGING['handlers']['console'], "
    "'root': settings.LOGGING['root']['handlers'], 'mail_dir': str(getattr(settings, 'EMAIL_FILE_PATH', ''))}))"
)


def dev_settings(**env: str) -> dict:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DEV_"))}
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env={**environment, "DJANGO_SETTINGS_MODULE": "smartkassel.settings.dev", **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_dev_mails_and_chatter_go_to_the_log_folder():
    found = dev_settings()

    assert found["email"] == "django.core.mail.backends.filebased.EmailBackend"
    assert found["mail_dir"] == str(ROOT / "log" / "mail")
    assert found["console"]["level"] == "WARNING"  # warnings still show
    assert "file" in found["root"]


def test_dev_log_to_console_brings_them_back():
    found = dev_settings(DEV_LOG_TO_CONSOLE="1")

    assert found["email"] == "django.core.mail.backends.console.EmailBackend"
    assert "level" not in found["console"]
