"""Open data addresses, outside the language prefixes: the data are the same in every language.

Stable: they are documented on the "Offene Daten" page and in the README; change them only with a redirect.
"""

from django.urls import path

from .views import opendata

app_name = "participation_opendata"

urlpatterns = [
    path("offene-daten/vorschlaege.csv", opendata.proposals_csv, name="proposals_csv"),
    path("offene-daten/vorschlaege.json", opendata.proposals_json, name="proposals_json"),
    path("offene-daten/vorschlaege.geojson", opendata.proposals_geojson, name="proposals_geojson"),
    path("offene-daten/stimmen.csv", opendata.votes_csv, name="votes_csv"),
    path("offene-daten/stimmen.json", opendata.votes_json, name="votes_json"),
    path("api/v1/proposals/", opendata.api_proposals, name="api_proposals"),
    path("api/v1/proposals/<int:pk>/", opendata.api_proposal, name="api_proposal"),
    path("api/v1/votes/", opendata.api_votes, name="api_votes"),
]
