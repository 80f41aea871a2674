# One image for every process of the portal: gunicorn (default), Celery worker and beat, migrations.
FROM python:3.11-slim

# Inside the image every command runs with production settings, also manage.py and celery,
# whose own fallback is the dev settings.
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PYTHONPATH=/app \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=smartkassel.settings.production \
    WEB_CONCURRENCY=3

WORKDIR /app

# Dependencies get their own layer, so a code change does not reinstall them. Every file is checked
# against its hash in requirements-hashed.txt (`make lock`); then the project's metadata, without
# dependencies. The code runs from /app (PYTHONPATH), beside the templates/, static/ and locale/
# that the settings find there.
COPY pyproject.toml requirements-hashed.txt ./
RUN pip install --require-hashes -r requirements-hashed.txt \
    && pip install --no-deps .

COPY . .

# Production settings refuse to load without these; the dummy values live only in this
# RUN line and nothing here opens the database.
RUN DJANGO_SECRET_KEY=collectstatic-build-only \
    DJANGO_ALLOWED_HOSTS=build.invalid \
    DATABASE_URL=sqlite:////tmp/collectstatic.sqlite3 \
    REDIS_URL=redis://build.invalid:6379/0 \
    SITE_URL=https://build.invalid \
    python manage.py collectstatic --noinput

# The code stays root-owned and read-only for the app; only uploads are writable. A named
# volume mounted on /app/media takes this directory's owner when it is first created.
RUN groupadd --system --gid 10001 smartkassel \
    && useradd --system --uid 10001 --gid smartkassel --no-create-home smartkassel \
    && mkdir -p /app/media \
    && chown smartkassel:smartkassel /app/media
USER smartkassel

EXPOSE 8000

# The probe must name an allowed host, or Django answers 400; /health/ is exempt from the HTTPS
# redirect. Any status but 2xx, or no answer, raises and so exits non-zero.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request as r; host = os.environ.get('DJANGO_ALLOWED_HOSTS', '').split(',')[0].strip().lstrip('.*') or 'localhost'; r.urlopen(r.Request('http://127.0.0.1:8000/health/', headers={'Host': host}), timeout=4)"]

# --timeout 120: a streamed open-data export of 100,000 proposals (about 40 MB) takes longer than gunicorn's
# default 30 s on a busy machine and would be cut off (bench/pages measured it).
# The access log leaves the client's address out (gunicorn's default starts with it): the privacy notice
# promises that no server log keeps IP addresses.
CMD ["gunicorn", "smartkassel.wsgi:application", "--bind", "0.0.0.0:8000", "--access-logfile", "-", "--access-logformat", "%(t)s \"%(r)s\" %(s)s %(b)s %(L)s", "--worker-tmp-dir", "/dev/shm", "--timeout", "120"]
