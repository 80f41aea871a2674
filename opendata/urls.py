"""Every open data address, in one namespace. Mounted once, outside the language prefixes, by smartkassel/urls.py.

Stable: they are documented on the "Offene Daten" page and in the README; change them only with a redirect.
"""

from django.conf.urls.i18n import i18n_patterns
from django.urls import path, re_path

from . import views

app_name = "opendata"

# The files and the API are the same in every language: no language prefix.
data_patterns = [
    path("offene-daten/vorschlaege.csv", views.proposals_csv, name="proposals_csv"),
    path("offene-daten/vorschlaege.json", views.proposals_json, name="proposals_json"),
    path("offene-daten/vorschlaege.geojson", views.proposals_geojson, name="proposals_geojson"),
    path("offene-daten/stimmen.csv", views.votes_csv, name="votes_csv"),
    path("offene-daten/stimmen.json", views.votes_json, name="votes_json"),
    path("offene-daten/themen.csv", views.themes_csv, name="themes_csv"),
    path("offene-daten/themen.json", views.themes_json, name="themes_json"),
    path("api/v1/", views.api_index, name="api_index"),
    path("api/v1/proposals/", views.api_proposals, name="api_proposals"),
    path("api/v1/proposals/<int:pk>/", views.api_proposal, name="api_proposal"),
    path("api/v1/votes/", views.api_votes, name="api_votes"),
    path("api/v1/themes/", views.api_themes, name="api_themes"),
    # Anything else under /api/ that ends in a slash answers in JSON too (without one, Django adds the slash).
    re_path(r"^api/(?P<rest>.*/)?$", views.api_not_found, name="api_not_found"),
]

# The page is German at /offene-daten/ and English at /en/offene-daten/, like the site's pages; reverse() gives the
# active language's address. include() refuses i18n_patterns() as a direct entry of an included module (the
# prefix is meant for the root, which smartkassel/urls.py also uses, with the same prefix_default_language), so
# the page's language prefix is mounted through path() with the triple that include() itself returns.
page_patterns = i18n_patterns(path("offene-daten/", views.page, name="page"), prefix_default_language=False)

urlpatterns = [*data_patterns, path("", (page_patterns, None, None))]
