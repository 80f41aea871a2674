"""The deployment files agree with each other and with the settings; production settings hold up.

Docker itself is not needed: the compose file and the Dockerfile are read as text, and what the image
runs (collectstatic, gunicorn, the health probe) is run here with this interpreter.
"""

import ast
import json
import os
import re
import secrets
import shlex
import socket
import subprocess
import sys
import time
from urllib.parse import urlsplit

import pytest
import yaml

from tests.conftest import REPO_ROOT

PRODUCTION = "smartkassel.settings.production"
APP_SERVICES = ["migrate", "web", "worker", "worker-synthesis", "beat"]
REQUIRED_IN_PRODUCTION = ["DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL", "SITE_URL"]
# Read by Django itself, not through env(); the containers set it.
READ_BY_DJANGO = {"DJANGO_SETTINGS_MODULE"}
# Interpolated by compose for the postgres image, never seen by the settings.
COMPOSE_ONLY = {"POSTGRES_PASSWORD"}

COMPOSE_TEXT = (REPO_ROOT / "docker-compose.yml").read_text()
COMPOSE = yaml.safe_load(COMPOSE_TEXT)
SERVICES = COMPOSE["services"]


def settings_variables() -> set[str]:
    """Names passed to env(), env_bool() and env_list() in any settings module."""
    names = set()
    for path in sorted((REPO_ROOT / "smartkassel" / "settings").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in {"env", "env_bool", "env_list"}
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                names.add(node.args[0].value)
    return names


def environment(service: str) -> dict[str, str]:
    value = SERVICES[service].get("environment") or {}
    if isinstance(value, list):
        value = dict(item.split("=", 1) for item in value)
    return {key: str(item) for key, item in value.items()}


def interpolated_variables() -> set[str]:
    return set(re.findall(r"\$\{([A-Za-z_][A-Za-z0-9_]*)", COMPOSE_TEXT))


def interpolate(value: str) -> str:
    """Replace ${NAME...} with NAME, the way a test can stand in for the operator's .env."""
    return re.sub(r"\$\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}", r"\1", value)


def command(service: str) -> list[str] | None:
    value = SERVICES[service].get("command")
    return shlex.split(value) if isinstance(value, str) else value


def dockerfile_instructions() -> list[tuple[str, str]]:
    lines = [line for line in (REPO_ROOT / "Dockerfile").read_text().splitlines() if not line.lstrip().startswith("#")]
    joined = "\n".join(lines).replace("\\\n", " ")
    instructions = []
    for line in joined.splitlines():
        if line.strip():
            name, _, args = line.strip().partition(" ")
            instructions.append((name.upper(), args.strip()))
    return instructions


def dockerfile(name: str) -> list[str]:
    return [args for instruction, args in dockerfile_instructions() if instruction == name]


def dockerfile_health_probe() -> list[str]:
    (healthcheck,) = dockerfile("HEALTHCHECK")
    return json.loads(re.search(r"\bCMD\s+(\[.*\])\s*$", healthcheck).group(1))


def production_env(tmp_path, **overrides: str) -> dict[str, str]:
    """This machine's environment without any setting of its own, plus valid production values."""
    env = {key: value for key, value in os.environ.items() if key not in settings_variables() | READ_BY_DJANGO}
    env.update(
        DJANGO_SETTINGS_MODULE=PRODUCTION,
        DJANGO_SECRET_KEY=secrets.token_urlsafe(48),
        DJANGO_ALLOWED_HOSTS="beteiligung.example",
        DATABASE_URL=f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
        # Only the gunicorn test talks to Redis, and it passes the real address.
        REDIS_URL="redis://127.0.0.1:6379/15",
        SITE_URL="https://beteiligung.example",
    )
    env.update(overrides)
    return env


def test_the_settings_parser_finds_the_variables():
    assert {"DJANGO_SECRET_KEY", "DATABASE_URL", "REDIS_URL", "EMAIL_HOST"} <= settings_variables()


# --- docker-compose.yml ---


def test_compose_has_every_service():
    assert {"db", "redis", *APP_SERVICES} <= set(SERVICES)
    assert SERVICES["db"]["image"].startswith("postgres:15")
    assert SERVICES["redis"]["image"].startswith("redis:7")


def test_app_services_run_one_image_built_from_the_dockerfile():
    web = SERVICES["web"]
    assert web.get("image") and web.get("build")
    for name in APP_SERVICES:
        assert (SERVICES[name].get("image"), SERVICES[name].get("build")) == (web["image"], web["build"]), name
    context = web["build"] if isinstance(web["build"], str) else web["build"].get("context", ".")
    assert context in {".", "./"}


def test_app_services_run_their_commands():
    assert command("migrate") == ["python", "manage.py", "migrate", "--noinput"]
    assert command("worker")[:4] == ["celery", "-A", "smartkassel", "worker"]
    assert command("beat")[:4] == ["celery", "-A", "smartkassel", "beat"]
    web = command("web") or json.loads(dockerfile("CMD")[-1])
    assert web[:2] == ["gunicorn", "smartkassel.wsgi:application"]


@pytest.mark.parametrize(
    ("service", "expected"),
    [
        ("migrate", {"db": "service_healthy"}),
        ("web", {"db": "service_healthy", "redis": "service_healthy", "migrate": "service_completed_successfully"}),
        ("worker", {"db": "service_healthy", "redis": "service_healthy", "migrate": "service_completed_successfully"}),
        ("worker-synthesis", {"db": "service_healthy", "migrate": "service_completed_successfully"}),
        ("beat", {"redis": "service_healthy"}),
    ],
)
def test_services_wait_for_what_they_need(service, expected):
    depends_on = SERVICES[service]["depends_on"]
    assert isinstance(depends_on, dict), "depends_on needs conditions, not a bare list"
    for dependency, condition in expected.items():
        assert depends_on[dependency]["condition"] == condition, f"{service} -> {dependency}"


def test_health_checks():
    assert "pg_isready" in SERVICES["db"]["healthcheck"]["test"]
    assert "redis-cli" in SERVICES["redis"]["healthcheck"]["test"]
    web_probe = SERVICES["web"]["healthcheck"]["test"]
    assert "/health/" in " ".join(web_probe)
    # The image's probe targets gunicorn; the other processes must not inherit it.
    for name in ["migrate", "worker", "worker-synthesis", "beat"]:
        assert SERVICES[name]["healthcheck"] == {"disable": True}, name


def test_compose_and_image_probe_health_the_same_way():
    web_probe = SERVICES["web"]["healthcheck"]["test"]
    assert web_probe[0] == "CMD"
    assert [" ".join(part.split()) for part in web_probe[1:]] == [
        " ".join(part.split()) for part in dockerfile_health_probe()
    ]


def test_app_environment_is_production_and_refuses_to_start_without_secrets():
    for name in APP_SERVICES:
        env = environment(name)
        assert env["DJANGO_SETTINGS_MODULE"] == PRODUCTION, name
        for variable in ["DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS"]:
            assert env[variable].startswith(f"${{{variable}:?"), f"{name}: {variable} must use ${{{variable}:?...}}"


def test_app_services_reach_the_compose_database_and_redis():
    db = environment("db")
    for name in APP_SERVICES:
        env = environment(name)
        database = urlsplit(interpolate(env["DATABASE_URL"]))
        assert database.scheme in {"postgres", "postgresql"}
        assert (database.hostname, database.port) == ("db", 5432)
        assert database.username == db["POSTGRES_USER"]
        assert database.password == interpolate(db["POSTGRES_PASSWORD"])
        assert database.path == f"/{db['POSTGRES_DB']}"
        redis = urlsplit(env["REDIS_URL"])
        assert (redis.scheme, redis.hostname, redis.port) == ("redis", "redis", 6379)


def test_app_services_keep_uploads_in_the_object_store():
    """Web nodes keep no files: every app service writes uploads to the compose S3 server, whose bucket exists."""
    for name in APP_SERVICES:
        env = environment(name)
        assert env["S3_BUCKET"] and urlsplit(env["S3_ENDPOINT_URL"]).hostname == "objects", name
        assert "MEDIA_ROOT" not in env and not SERVICES[name].get("volumes"), name
    assert "objects" in COMPOSE["volumes"]
    assert environment("web")["S3_BUCKET"] in " ".join(SERVICES["buckets"]["command"])
    for name in ["web", "worker", "worker-synthesis"]:
        assert SERVICES[name]["depends_on"]["buckets"]["condition"] == "service_completed_successfully", name


def test_mail_and_synthesis_run_on_separate_workers():
    """A long synthesis run never delays a mail: the queues the settings route to have workers of their own."""
    from django.conf import settings as django_settings

    routes = django_settings.CELERY_TASK_ROUTES
    assert routes["notifications.tasks.*"]["queue"] == "mail"
    assert routes["strategy.tasks.synthesis_run_task"]["queue"] == "synthesis"
    queues = {name: command(name)[command(name).index("-Q") + 1].split(",") for name in ["worker", "worker-synthesis"]}
    assert queues == {"worker": ["celery", "mail"], "worker-synthesis": ["synthesis"]}


def test_every_variable_compose_sets_is_read_by_the_settings():
    known = settings_variables() | READ_BY_DJANGO
    for name in APP_SERVICES:
        assert set(environment(name)) <= known, f"{name} sets variables no setting reads"
    assert interpolated_variables() <= known | COMPOSE_ONLY


def readme_text() -> str:
    readme = REPO_ROOT / "README.md"
    assert readme.exists(), "README.md with the environment variable table is missing"
    return readme.read_text()


def test_readme_documents_every_variable_compose_names():
    text = readme_text()
    named = {variable for name in APP_SERVICES for variable in environment(name)} | interpolated_variables()
    missing = sorted(name for name in named if f"`{name}`" not in text)
    assert not missing, f"README.md does not document: {missing}"


def test_readme_documents_every_variable_the_settings_read():
    text = readme_text()
    missing = sorted(name for name in settings_variables() if f"`{name}`" not in text)
    assert not missing, f"README.md does not document: {missing}"


# --- Dockerfile and .dockerignore ---


def test_dockerfile_builds_one_production_image():
    assert dockerfile("FROM") == ["python:3.11-slim"]
    assert any("pip install --require-hashes -r requirements-hashed.txt" in args for args in dockerfile("RUN"))
    (collectstatic,) = [args for args in dockerfile("RUN") if "collectstatic" in args]
    settings_module = f"DJANGO_SETTINGS_MODULE={PRODUCTION}"
    assert settings_module in collectstatic or any(settings_module in args for args in dockerfile("ENV"))
    for variable in REQUIRED_IN_PRODUCTION:
        assert f"{variable}=" in collectstatic
    gunicorn = json.loads(dockerfile("CMD")[-1])
    assert gunicorn[:4] == ["gunicorn", "smartkassel.wsgi:application", "--bind", "0.0.0.0:8000"]
    assert "/health/" in " ".join(dockerfile_health_probe())


def test_dockerfile_runs_as_an_unprivileged_user():
    users = dockerfile("USER")
    assert users, "the image would run as root"
    assert users[-1].split(":")[0] not in {"root", "0"}


def test_dockerignore_keeps_secrets_and_local_state_out_of_the_image():
    ignored = set((REPO_ROOT / ".dockerignore").read_text().split())
    assert {".env", ".venv", ".git", "db.sqlite3", "media/", "staticfiles/"} <= ignored


# --- production settings, run as the image runs them ---


def test_production_settings_refuse_to_start_without_required_variables(tmp_path):
    env = production_env(tmp_path)
    for variable in REQUIRED_IN_PRODUCTION:
        del env[variable]

    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    for variable in REQUIRED_IN_PRODUCTION:
        assert variable in result.stderr


def test_production_settings_pass_the_deployment_checklist(tmp_path):
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO_ROOT,
        env=production_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr


COLLECTSTATIC = """
import sys
import django
from django.conf import settings
from django.core.management import call_command

settings.STATIC_ROOT = sys.argv[1]
django.setup()
call_command("collectstatic", interactive=False, verbosity=0)
"""


def test_collectstatic_succeeds_under_production_settings(tmp_path):
    # The image build runs this; the manifest storage fails on any file a stylesheet names but lacks.
    static_root = tmp_path / "staticfiles"
    result = subprocess.run(
        [sys.executable, "-c", COLLECTSTATIC, str(static_root)],
        cwd=REPO_ROOT,
        env=production_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert result.returncode == 0, result.stderr
    assert (static_root / "staticfiles.json").exists()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_listening(port: int, process: subprocess.Popen, log_path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"gunicorn exited:\n{log_path.read_text()}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    pytest.fail(f"gunicorn did not listen within 60 s:\n{log_path.read_text()}")


def test_image_command_serves_the_health_probe(tmp_path, redis_url):
    port = free_port()
    gunicorn = json.loads(dockerfile("CMD")[-1])
    assert gunicorn[0] == "gunicorn"
    # The image's command and probe, moved from port 8000 to a free one.
    args = [f"127.0.0.1:{port}" if arg == "0.0.0.0:8000" else arg for arg in gunicorn[1:]]
    probe = [sys.executable, *(part.replace(":8000/", f":{port}/") for part in dockerfile_health_probe()[1:])]
    assert f":{port}/health/" in probe[-1]
    env = production_env(tmp_path, WEB_CONCURRENCY="1", REDIS_URL=redis_url)
    log_path = tmp_path / "gunicorn.log"

    with log_path.open("w") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", *args], cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
        )
        try:
            wait_until_listening(port, process, log_path)
            # Like Docker's HEALTHCHECK (--retries=3): the first request also loads the app, slow on a busy machine.
            for _attempt in range(3):
                healthy = subprocess.run(probe, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=30)
                if healthy.returncode == 0:
                    break
        finally:
            process.terminate()
            process.wait(timeout=30)

    assert healthy.returncode == 0, healthy.stderr + log_path.read_text()
    # With nothing listening the same probe must fail, or it would prove nothing.
    down = subprocess.run(probe, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=30)
    assert down.returncode != 0
