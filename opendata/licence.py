"""The licence the city publishes its open data under, and the block every JSON document carries."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

# GovData's standard licence for German public bodies.
LICENSE = {
    "id": "dl-de/by-2-0",
    "name": "Datenlizenz Deutschland – Namensnennung – Version 2.0",
    "url": "https://www.govdata.de/dl-de/by-2-0",
}
ATTRIBUTION = "Stadt Kassel, Smart Kassel – Beteiligungsportal"
LICENSE_LINK_HEADER = f'<{LICENSE["url"]}>; rel="license"'


def license_info() -> dict:
    """The licence block every JSON document carries, with the attribution and the documentation page."""
    with translation.override(settings.LANGUAGE_CODE):
        source = settings.SITE_URL + reverse("opendata:page")
    return {**LICENSE, "attribution": ATTRIBUTION, "documentation": source}
