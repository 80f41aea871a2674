"""The Celery application: configuration from Django settings (CELERY_*), tasks autodiscovered.

Recovery after a broker outage does not wait for beat: each time a worker connects to the broker — at start
and again when Redis comes back — it sends the outbox and synthesis sweeps, so notifications and runs recorded
while Redis was down go out within seconds of its return. Beat's sweeps (notifications every ten minutes,
synthesis runs every five) stay as the backstop for what fails later, e.g. mail whose retries ran out.
"""

import logging
import os

from celery import Celery, bootsteps

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "smartkassel.settings.dev")

logger = logging.getLogger(__name__)

app = Celery("smartkassel")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# Sent by name with "no minimum age": rows of the outage are seconds old when the broker returns. A row that
# is sent twice (its own enqueue arrives as well) is sent once: the services lock it and mark it done.
CONNECT_SWEEPS = {
    "notifications.tasks.notifications_sweep_task": {"older_than_seconds": 0},
    "strategy.tasks.synthesis_sweep_task": {"pending_after_seconds": 0},
}


class SweepOnConnect(bootsteps.StartStopStep):
    """Send the sweeps whenever this worker's consumer (re)connects to the broker (worker_ready fires once only)."""

    requires = {"celery.worker.consumer.tasks:Tasks"}

    def start(self, parent):
        for name, kwargs in CONNECT_SWEEPS.items():
            try:
                parent.app.send_task(name, kwargs=kwargs)
            except Exception:
                logger.warning("could not send %s on connect; beat sends it later", name, exc_info=True)


app.steps["consumer"].add(SweepOnConnect)
