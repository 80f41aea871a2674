"""Theme downloads and the themes endpoint, outside the language prefixes (documented, keep them stable)."""

from django.urls import path

from . import opendata_views

app_name = "strategy_opendata"

urlpatterns = [
    path("offene-daten/themen.csv", opendata_views.themes_csv, name="themes_csv"),
    path("offene-daten/themen.json", opendata_views.themes_json, name="themes_json"),
    path("api/v1/themes/", opendata_views.api_themes, name="api_themes"),
]
