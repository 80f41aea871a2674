"""Helpers for data migrations."""

from django.contrib.auth.management import create_permissions


def model_permissions_create(apps, *app_labels: str) -> None:
    """Make model permissions now, so a data migration can grant them (Django makes them after all migrations).

    Of the given apps, or of every app. create_permissions skips app configs without a models module, as those of
    the migration state are, so each gets one for the call.
    """
    configs = [apps.get_app_config(label) for label in app_labels] if app_labels else apps.get_app_configs()
    for app_config in configs:
        models_module, app_config.models_module = getattr(app_config, "models_module", None), True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = models_module
