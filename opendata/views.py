"""Open data views: the downloads, the read-only JSON API and the documented "Offene Daten" page.

Only visible proposals (published, not hidden); never an email or account; pseudonyms only by setting.
"""

from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from core.choices import ActionField, District
from core.fragments import fragments_on, site_key
from participation.choices import ProposalStatus
from participation.selectors import open_proposals, open_vote_totals
from strategy.blocks import CONSENSUS_CHOICES

from .api import (
    CACHE_SECONDS,
    MAX_PAGE_SIZE,
    PAGE_PARAMS,
    PAGE_SIZE,
    ApiError,
    api_page,
    api_response,
    check_params,
    choice_param,
    date_param,
    open_data_view,
)
from .exports import EXPORTS, export_build_request, export_current, export_forget, exports_current
from .formats import csv_download, geojson_download, json_download
from .licence import ATTRIBUTION, LICENSE
from .proposals import (
    STATUS_VALUES,
    VOTE_COLUMNS,
    include_pseudonyms,
    proposal_columns,
    proposal_feature,
    proposal_record,
    proposal_records,
    vote_record,
    vote_records,
)
from .themes import CONSENSUS_VALUES, THEME_COLUMNS, theme_records

# Downloads


def _built_or_streamed(request: HttpRequest, key: str, stream: Callable[[], HttpResponse]) -> HttpResponse:
    """The file built in the background (opendata.exports), or, while there is none, one made as it streams.

    A missing or stale file queues a build. A client that has the built file gets 304 (ETag, Last-Modified).
    """
    language = translation.get_language()
    built = export_current(key, language)
    if built is None or built.stale:
        export_build_request(key, language)
    if built is None:
        return stream()
    export = EXPORTS[key]
    etag, modified = quote_etag(built.etag), int(built.built.timestamp())
    response = get_conditional_response(request, etag=etag, last_modified=modified)
    if response is None:
        try:
            file = default_storage.open(built.name, "rb")
        except OSError:  # the storage lost it: make the file now, and anew in the background
            export_forget(key, language)
            export_build_request(key, language)
            return stream()
        response = FileResponse(file, content_type=export.content_type, as_attachment=True, filename=export.filename)
        response.block_size = 64 * 1024
        response["Content-Length"] = str(built.size)
    response["ETag"] = etag
    response["Last-Modified"] = http_date(modified)
    patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
    return response


@open_data_view
def proposals_csv(request: HttpRequest) -> HttpResponse:
    return _built_or_streamed(
        request,
        "proposals_csv",
        lambda: csv_download(proposal_columns(), proposal_records(), filename=EXPORTS["proposals_csv"].filename),
    )


@open_data_view
def proposals_json(request: HttpRequest) -> HttpResponse:
    return json_download(proposal_records(), filename="smartkassel-vorschlaege.json")


@open_data_view
def proposals_geojson(request: HttpRequest) -> HttpResponse:
    features = (feature for feature in map(proposal_feature, proposal_records()) if feature)
    return geojson_download(features, filename="smartkassel-vorschlaege.geojson")


@open_data_view
def votes_csv(request: HttpRequest) -> HttpResponse:
    return _built_or_streamed(
        request, "votes_csv", lambda: csv_download(VOTE_COLUMNS, vote_records(), filename=EXPORTS["votes_csv"].filename)
    )


@open_data_view
def votes_json(request: HttpRequest) -> HttpResponse:
    return json_download(vote_records(), filename="smartkassel-stimmen.json")


@open_data_view
def themes_csv(request: HttpRequest) -> HttpResponse:
    return _built_or_streamed(
        request,
        "themes_csv",
        lambda: csv_download(THEME_COLUMNS, theme_records(), filename=EXPORTS["themes_csv"].filename),
    )


@open_data_view
def themes_json(request: HttpRequest) -> HttpResponse:
    return json_download(theme_records(), filename="smartkassel-themen.json")


# The JSON API


@open_data_view
def api_index(request: HttpRequest) -> JsonResponse:
    """The API's entry point: its endpoints and the licence."""
    check_params(request, ())
    endpoints = {"proposals": "opendata:api_proposals", "votes": "opendata:api_votes", "themes": "opendata:api_themes"}
    return api_response({name: request.build_absolute_uri(reverse(url)) for name, url in endpoints.items()})


def _field_and_district(request: HttpRequest) -> dict:
    return {
        "action_field": choice_param(request, "action_field", ActionField.values),
        "district": choice_param(request, "district", District.values),
    }


@open_data_view
def api_proposals(request: HttpRequest) -> JsonResponse:
    """Proposals, filtered by action_field, district, status and days of creation, 50 a page (page_size up to 100)."""
    check_params(request, ("action_field", "district", "status", "created_from", "created_to", *PAGE_PARAMS))
    filters = {
        **_field_and_district(request),
        "status": choice_param(request, "status", STATUS_VALUES),
        "created_from": date_param(request, "created_from"),
        "created_to": date_param(request, "created_to"),
    }
    if filters["created_from"] and filters["created_to"] and filters["created_from"] > filters["created_to"]:
        raise ApiError(_("created_from must not be after created_to."))
    rows = open_proposals(with_pseudonyms=include_pseudonyms(), **filters)
    # The count over every visible proposal (~0.1 s at 100,000) per site generation (a proposal saved or moderated).
    count_key = site_key("opendata:proposals-count", sorted(filters.items()))
    return api_page(request, rows, serialize=proposal_record, count_key=count_key)


@open_data_view
def api_proposal(request: HttpRequest, pk: int) -> JsonResponse:
    """One visible proposal; 404 for one that is hidden or does not exist (no difference is revealed)."""
    check_params(request, ())
    row = open_proposals(with_pseudonyms=include_pseudonyms()).filter(pk=pk).first()
    if row is None:
        raise Http404
    return api_response(proposal_record(row))


@open_data_view
def api_votes(request: HttpRequest) -> JsonResponse:
    """Votes per proposal, filtered by action_field and district."""
    check_params(request, ("action_field", "district", *PAGE_PARAMS))
    return api_page(request, open_vote_totals(**_field_and_district(request)), serialize=vote_record)


@open_data_view
def api_themes(request: HttpRequest) -> JsonResponse:
    """Themes of the published strategy pages, filtered by action_field and consensus."""
    check_params(request, ("action_field", "consensus", *PAGE_PARAMS))
    wanted = {
        "action_field": choice_param(request, "action_field", ActionField.values),
        "consensus": choice_param(request, "consensus", CONSENSUS_VALUES),
    }
    # Derived once per site generation (a publish, a proposal saved or moderated) from the theme index and the
    # proposals hidden now, not per request: the answer's JSON (up to 350 kB at city scale) is kept as it is sent.
    key = site_key("opendata:themes-page", translation.get_language(), request.build_absolute_uri())
    content = cache.get(key) if fragments_on() else None
    if content is not None:
        return HttpResponse(content, content_type="application/json")
    response = api_page(request, theme_records(**wanted), serialize=dict)
    if fragments_on():
        cache.set(key, response.content, timeout=CACHE_SECONDS)
    return response


@open_data_view
def api_not_found(request: HttpRequest, rest: str = "") -> JsonResponse:
    """Any other address under /api/: a JSON 404 instead of an HTML page."""
    raise ApiError(_("Not found."), status=404)


# The documentation page


def _datasets() -> list[dict]:
    url = reverse
    datasets = [
        {
            "key": "proposals",
            "title": _("Proposals"),
            "description": _(
                "Every published proposal that is not hidden: its action field, title, text, district, place, "
                "status, vote and comment counts and date. The GeoJSON file holds the proposals with a place."
            ),
            "columns": proposal_columns(),
            "downloads": [
                ("CSV", url("opendata:proposals_csv")),
                ("JSON", url("opendata:proposals_json")),
                ("GeoJSON", url("opendata:proposals_geojson")),
            ],
            "api": url("opendata:api_proposals"),
        },
        {
            "key": "votes",
            "title": _("Votes per proposal"),
            "description": _(
                "The votes on each published proposal, added up: agree, disagree, pass. Who voted is not published."
            ),
            "columns": VOTE_COLUMNS,
            "downloads": [("CSV", url("opendata:votes_csv")), ("JSON", url("opendata:votes_json"))],
            "api": url("opendata:api_votes"),
        },
        {
            "key": "themes",
            "title": _("Strategy themes"),
            "description": _(
                "The themes of the published strategy pages with their support and the ids of the proposals each "
                "theme rests on. Drafts that the project office has not published are not included."
            ),
            "columns": THEME_COLUMNS,
            "downloads": [("CSV", url("opendata:themes_csv")), ("JSON", url("opendata:themes_json"))],
            "api": url("opendata:api_themes"),
        },
    ]
    # When each CSV file was made, in this language: None while it is made on download.
    built = exports_current(translation.get_language())
    for dataset in datasets:
        export = built.get(f"{dataset['key']}_csv")
        dataset["csv_as_of"] = export.built if export else None
    return datasets


@require_safe
def page(request: HttpRequest) -> HttpResponse:
    """The documented "Offene Daten" page: licence, downloads, fields, keys and the API. Public."""
    api = request.build_absolute_uri(reverse("opendata:api_index"))
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
    return render(request, "opendata/page.html", context)
