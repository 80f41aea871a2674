"""The "Offene Daten" page, the theme downloads and the themes endpoint of the JSON API."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from core.choices import ActionField, District
from participation.choices import ProposalStatus
from participation.opendata import STATUS_VALUES, VOTE_COLUMNS, include_pseudonyms, proposal_columns
from smartkassel.opendata import (
    ATTRIBUTION,
    CACHE_SECONDS,
    LICENSE,
    MAX_PAGE_SIZE,
    PAGE_PARAMS,
    PAGE_SIZE,
    api_page,
    check_params,
    choice_param,
    csv_download,
    json_download,
    open_data_view,
)

from .blocks import CONSENSUS_CHOICES
from .opendata import CONSENSUS_VALUES, THEME_COLUMNS, theme_records


@open_data_view
def themes_csv(request: HttpRequest) -> HttpResponse:
    return csv_download(THEME_COLUMNS, theme_records(), filename="smartkassel-themen.csv")


@open_data_view
def themes_json(request: HttpRequest) -> HttpResponse:
    return json_download(theme_records(), filename="smartkassel-themen.json")


@open_data_view
def api_themes(request: HttpRequest) -> JsonResponse:
    """Themes of the published strategy pages, filtered by action_field and consensus."""
    check_params(request, ("action_field", "consensus", *PAGE_PARAMS))
    records = theme_records(
        action_field=choice_param(request, "action_field", ActionField.values),
        consensus=choice_param(request, "consensus", CONSENSUS_VALUES),
    )
    return api_page(request, records, serialize=dict)


def _datasets() -> list[dict]:
    url = reverse
    return [
        {
            "key": "proposals",
            "title": _("Proposals"),
            "description": _(
                "Every published proposal that is not hidden: its action field, title, text, district, place, "
                "status, vote and comment counts and date. The GeoJSON file holds the proposals with a place."
            ),
            "columns": proposal_columns(),
            "downloads": [
                ("CSV", url("participation_opendata:proposals_csv")),
                ("JSON", url("participation_opendata:proposals_json")),
                ("GeoJSON", url("participation_opendata:proposals_geojson")),
            ],
            "api": url("participation_opendata:api_proposals"),
        },
        {
            "key": "votes",
            "title": _("Votes per proposal"),
            "description": _(
                "The votes on each published proposal, added up: agree, disagree, pass. Who voted is not published."
            ),
            "columns": VOTE_COLUMNS,
            "downloads": [
                ("CSV", url("participation_opendata:votes_csv")),
                ("JSON", url("participation_opendata:votes_json")),
            ],
            "api": url("participation_opendata:api_votes"),
        },
        {
            "key": "themes",
            "title": _("Strategy themes"),
            "description": _(
                "The themes of the published strategy pages with their support and the ids of the proposals each "
                "theme rests on. Drafts that the project office has not published are not included."
            ),
            "columns": THEME_COLUMNS,
            "downloads": [
                ("CSV", url("strategy_opendata:themes_csv")),
                ("JSON", url("strategy_opendata:themes_json")),
            ],
            "api": url("strategy_opendata:api_themes"),
        },
    ]


@require_safe
def open_data_page(request: HttpRequest) -> HttpResponse:
    """The documented "Offene Daten" page: licence, downloads, fields, keys and the API. Public."""
    api = request.build_absolute_uri(reverse("api_index"))
    examples = [
        (_("Proposals of one action field, 20 a page"), f"{api}proposals/?action_field=mobility&page_size=20"),
        (_("Accepted proposals in one district"), f"{api}proposals/?district=mitte&status=accepted"),
        (_("One proposal"), f"{api}proposals/1/"),
        (_("Votes per proposal, second page"), f"{api}votes/?page=2"),
        (_("Divisive themes (open questions)"), f"{api}themes/?consensus=divisive"),
    ]
    context = {
        "license": LICENSE,
        "attribution": ATTRIBUTION,
        "datasets": _datasets(),
        "api_root": api,
        "examples": examples,
        "action_fields": ActionField.choices,
        "statuses": [(key, label) for key, label in ProposalStatus.choices if key in STATUS_VALUES],
        "consensus_classes": CONSENSUS_CHOICES,
        "districts": District.choices,
        "page_size": PAGE_SIZE,
        "max_page_size": MAX_PAGE_SIZE,
        "cache_minutes": CACHE_SECONDS // 60,
        "rate_limit": settings.PARTICIPATION_RATE_LIMITS["open_data"],
        "include_pseudonyms": include_pseudonyms(),
    }
    return render(request, "strategy/open_data.html", context)
