"""Open data of participation: downloads of the proposals and votes, and the read-only JSON API.

Only visible proposals (published, not hidden); never an email or account; pseudonyms only by setting.
"""

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _

from core.choices import ActionField, District
from smartkassel.opendata import (
    PAGE_PARAMS,
    ApiError,
    api_page,
    api_response,
    check_params,
    choice_param,
    csv_download,
    date_param,
    geojson_download,
    json_download,
    open_data_view,
)

from ..opendata import (
    STATUS_VALUES,
    VOTE_COLUMNS,
    include_pseudonyms,
    proposal_columns,
    proposal_feature,
    proposal_record,
    vote_record,
)
from ..selectors import open_proposals, open_vote_totals

# Server-side cursors in batches: a download's memory does not grow with the table.
BATCH = 2000


def _proposal_records(**filters):
    rows = open_proposals(with_pseudonyms=include_pseudonyms(), **filters).iterator(chunk_size=BATCH)
    return (proposal_record(row) for row in rows)


def _vote_records(**filters):
    return (vote_record(row) for row in open_vote_totals(**filters).iterator(chunk_size=BATCH))


@open_data_view
def proposals_csv(request: HttpRequest) -> HttpResponse:
    return csv_download(proposal_columns(), _proposal_records(), filename="smartkassel-vorschlaege.csv")


@open_data_view
def proposals_json(request: HttpRequest) -> HttpResponse:
    return json_download(_proposal_records(), filename="smartkassel-vorschlaege.json")


@open_data_view
def proposals_geojson(request: HttpRequest) -> HttpResponse:
    features = (feature for feature in map(proposal_feature, _proposal_records()) if feature)
    return geojson_download(features, filename="smartkassel-vorschlaege.geojson")


@open_data_view
def votes_csv(request: HttpRequest) -> HttpResponse:
    return csv_download(VOTE_COLUMNS, _vote_records(), filename="smartkassel-stimmen.csv")


@open_data_view
def votes_json(request: HttpRequest) -> HttpResponse:
    return json_download(_vote_records(), filename="smartkassel-stimmen.json")


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
    return api_page(request, rows, serialize=proposal_record)


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
