"""`make run`: the port and the site address follow PORT, and the demo login is printed last."""

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_commands(**env: str) -> list[str]:
    environment = {key: value for key, value in os.environ.items() if key not in {"SITE_URL", "PORT"}}
    result = subprocess.run(
        ["make", "-n", "-o", ".venv/.installed", "run", *(f"{k}={v}" for k, v in env.items())],
        cwd=ROOT,
        env={**environment, "MAKEFLAGS": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    return [line for line in result.stdout.splitlines() if "manage.py" in line]


def test_port_sets_the_server_and_the_site_address():
    commands = run_commands(PORT="8123")

    assert commands[-1].endswith("runserver 127.0.0.1:8123")


def test_the_demo_login_is_printed_after_the_synthesis():
    commands = [line.split("manage.py ")[1].split()[0] for line in run_commands()]

    assert commands.index("ensure_demo_staff") > commands.index("synthesize")
    assert commands[-2:] == ["ensure_demo_staff", "runserver"]


def test_site_url_follows_the_port_unless_it_is_set():
    def site_urls(**env: str) -> set[str]:
        # Each step prints the SITE_URL it would run with, instead of running manage.py.
        result = subprocess.run(
            ["make", "-s", "-o", ".venv/.installed", "run", "MANAGE=sh -c 'echo $$SITE_URL' step", "PORT=8123"],
            cwd=ROOT,
            env={**{k: v for k, v in os.environ.items() if k not in {"SITE_URL", "PORT"}}, "MAKEFLAGS": "", **env},
            capture_output=True,
            text=True,
            check=True,
        )
        return set(result.stdout.split())

    assert site_urls() == {"http://127.0.0.1:8123"}
    assert site_urls(SITE_URL="https://beteiligung.example") == {"https://beteiligung.example"}
