"""The one table of core: rate-limit hits counted in the database while the cache (Redis) is away."""

from django.db import models
from django.utils import timezone


class RateLimitHit(models.Model):
    """One counted attempt (a failed login) under a hashed key; written only while the cache is down."""

    key = models.CharField(max_length=100)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["key", "created"], name="core_ratelimit_key_created")]

    def __str__(self) -> str:
        return f"{self.key} {self.created:%Y-%m-%d %H:%M:%S}"
