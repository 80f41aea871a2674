"""The wiring app: connects the anonymous page cache's invalidation to the changes that make pages stale."""

from django.apps import AppConfig


class SmartKasselConfig(AppConfig):
    name = "smartkassel"
    verbose_name = "Smart Kassel"

    def ready(self):
        from . import page_cache_signals

        page_cache_signals.connect()
