"""Options every portal task shares: acknowledged after the work, retried with backoff when the database blips."""

from django.db import OperationalError

# Spread into @shared_task(...); each task adds its own retry count and time limits.
DATABASE_RETRYING = {"acks_late": True, "autoretry_for": (OperationalError,), "retry_backoff": True}
# The short bookkeeping tasks (figures, requests, sweeps): three retries, one minute at most.
SHORT_TASK = {**DATABASE_RETRYING, "max_retries": 3, "soft_time_limit": 50, "time_limit": 60}
