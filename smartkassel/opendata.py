"""Open data plumbing shared by participation and strategy: the licence, the file formats (CSV, JSON,
GeoJSON) and the read-only JSON API's parameters, pages, errors and headers.

No domain knowledge here: the apps pass columns and records (plain dicts of JSON types).
"""

import csv
import datetime
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.middleware.http import ConditionalGetMiddleware
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.decorators import decorator_from_middleware
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from core.ratelimit import address_rate_limit_exceeded

# The licence the city publishes its open data under (GovData's standard licence for German public bodies).
LICENSE = {
    "id": "dl-de/by-2-0",
    "name": "Datenlizenz Deutschland – Namensnennung – Version 2.0",
    "url": "https://www.govdata.de/dl-de/by-2-0",
}
ATTRIBUTION = "Stadt Kassel, Smart Kassel – Beteiligungsportal"
LICENSE_LINK_HEADER = f'<{LICENSE["url"]}>; rel="license"'

# Published data changes slowly; five minutes of caching spares the database and is documented.
CACHE_SECONDS = 300
PAGE_SIZE = 50
MAX_PAGE_SIZE = 100
PAGE_PARAMS = ("page", "page_size")
# Spreadsheets run a cell starting with one of these as a formula (CSV injection); see csv_cell().
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Records per chunk of a streamed download: few, large writes without holding the whole file.
CHUNK = 500


@dataclass(frozen=True)
class Column:
    """One field of a dataset, as the files, the API and the "Offene Daten" page describe it."""

    name: str
    kind: str
    description: str


def license_info() -> dict:
    """The licence block every JSON document carries, with the attribution and the documentation page."""
    with translation.override(settings.LANGUAGE_CODE):
        source = settings.SITE_URL + reverse("open_data")
    return {**LICENSE, "attribution": ATTRIBUTION, "documentation": source}


def iso_datetime(value) -> str | None:
    """A moment as ISO 8601 in UTC, to the second."""
    if value is None:
        return None
    return value.astimezone(datetime.UTC).replace(microsecond=0).isoformat()


def csv_cell(value) -> str:
    """A value as CSV text; text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        value = " ".join(str(item) for item in value)
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return f"'{value}"
    return str(value)


def _chunked(parts: Iterable[str]) -> Iterator[str]:
    batch = []
    for part in parts:
        batch.append(part)
        if len(batch) >= CHUNK:
            yield "".join(batch)
            batch = []
    if batch:
        yield "".join(batch)


class _Echo:
    """A file-like object for csv.writer that hands each row back instead of storing it."""

    def write(self, value: str) -> str:
        return value


def _csv_lines(columns: Sequence[Column], records: Iterable[dict]) -> Iterator[str]:
    writer = csv.writer(_Echo())
    names = [column.name for column in columns]
    yield writer.writerow(names)
    for record in records:
        yield writer.writerow([csv_cell(record.get(name)) for name in names])


def _json_parts(head: dict, key: str, records: Iterable[dict]) -> Iterator[str]:
    # The head's keys, then the records one by one, so a large table never sits in memory as a whole.
    yield json.dumps(head, ensure_ascii=False)[:-1] + f', "{key}": ['
    for number, record in enumerate(records):
        yield ("," if number else "") + "\n" + json.dumps(record, ensure_ascii=False)
    yield "\n]}\n"


def _download(parts: Iterable[str], *, content_type: str, filename: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(_chunked(parts), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_download(columns: Sequence[Column], records: Iterable[dict], *, filename: str) -> StreamingHttpResponse:
    """A streamed CSV file (UTF-8, comma, RFC 4180) with a header row; the licence goes in the Link header."""
    return _download(
        _csv_lines(columns, records), content_type="text/csv; charset=utf-8; header=present", filename=filename
    )


def json_download(records: Iterable[dict], *, filename: str) -> StreamingHttpResponse:
    """A streamed JSON file: {"license": …, "generated": …, "results": [records]}."""
    head = {"license": license_info(), "generated": iso_datetime(timezone.now())}
    return _download(
        _json_parts(head, "results", records), content_type="application/json; charset=utf-8", filename=filename
    )


def geojson_download(features: Iterable[dict], *, filename: str) -> StreamingHttpResponse:
    """A streamed GeoJSON FeatureCollection (RFC 7946); the licence is a foreign member beside the features."""
    head = {"type": "FeatureCollection", "license": license_info(), "generated": iso_datetime(timezone.now())}
    return _download(
        _json_parts(head, "features", features), content_type="application/geo+json; charset=utf-8", filename=filename
    )


def point_feature(record: dict, *, longitude: float, latitude: float) -> dict:
    """A GeoJSON Point feature: coordinates are [longitude, latitude] (RFC 7946), the record its properties."""
    return {
        "type": "Feature",
        "id": record["id"],
        "geometry": {"type": "Point", "coordinates": [longitude, latitude]},
        "properties": record,
    }


class ApiError(Exception):
    """A request the API cannot answer: bad parameters (400) or a missing object or page (404)."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.message = message
        self.status = status


def api_error(message: str, status: int) -> JsonResponse:
    return JsonResponse({"error": {"status": status, "message": message}}, status=status)


def api_response(data: dict) -> JsonResponse:
    """A JSON document with the licence first."""
    return JsonResponse({"license": license_info(), **data}, json_dumps_params={"ensure_ascii": False})


def check_params(request: HttpRequest, allowed: Iterable[str]) -> None:
    """Refuse unknown query parameters, so a misspelt filter is not silently ignored."""
    allowed = set(allowed)
    unknown = sorted(set(request.GET) - allowed)
    if unknown:
        raise ApiError(
            _("Unknown parameter: %(names)s. Allowed: %(allowed)s.")
            % {"names": ", ".join(unknown), "allowed": ", ".join(sorted(allowed))}
        )


def choice_param(request: HttpRequest, name: str, choices: Iterable[str]) -> str:
    """A filter value that must be one of `choices`; empty when absent."""
    value = request.GET.get(name, "")
    choices = list(choices)
    if value and value not in choices:
        raise ApiError(
            _("“%(value)s” is not a valid %(name)s. Valid values: %(choices)s.")
            % {"value": value, "name": name, "choices": ", ".join(choices)}
        )
    return value


def date_param(request: HttpRequest, name: str) -> datetime.date | None:
    """A day as YYYY-MM-DD (a calendar day in Kassel's time zone); None when absent."""
    raw = request.GET.get(name, "")
    if not raw:
        return None
    try:
        # fromisoformat() alone also takes "20260501"; the documented form only
        if len(raw) == 10 and raw[4] == raw[7] == "-":
            return datetime.date.fromisoformat(raw)
    except ValueError:
        pass
    raise ApiError(_("%(name)s must be a date as YYYY-MM-DD, e.g. 2026-05-01.") % {"name": name})


def _positive_int(request: HttpRequest, name: str, default: int, maximum: int | None = None) -> int:
    raw = request.GET.get(name, "")
    if not raw:
        return default
    try:
        # isdigit() alone lets "²" through, and int() refuses more than 4300 digits: both would answer 500.
        value = int(raw) if raw.isascii() and raw.isdigit() else 0
    except ValueError:
        value = 0
    if value < 1 or (maximum and value > maximum):
        if maximum:
            message = _("%(name)s must be a whole number from 1 to %(maximum)s.") % {"name": name, "maximum": maximum}
        else:
            message = _("%(name)s must be a whole number from 1.") % {"name": name}
        raise ApiError(message)
    return value


def _page_url(request: HttpRequest, number: int) -> str:
    query = request.GET.copy()
    query["page"] = str(number)
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def api_page(request: HttpRequest, items, *, serialize: Callable[[object], dict]) -> JsonResponse:
    """One page of `items` (a queryset or list) as {license, count, next, previous, results}; two queries."""
    size = _positive_int(request, "page_size", PAGE_SIZE, MAX_PAGE_SIZE)
    number = _positive_int(request, "page", 1)
    paginator = Paginator(items, size)
    try:
        page = paginator.page(number)
    except EmptyPage as exc:
        raise ApiError(
            _("Page %(number)s does not exist; the last page is %(last)s.")
            % {"number": number, "last": paginator.num_pages},
            status=404,
        ) from exc
    return api_response(
        {
            "count": paginator.count,
            "next": _page_url(request, number + 1) if page.has_next() else None,
            "previous": _page_url(request, number - 1) if page.has_previous() else None,
            "results": [serialize(item) for item in page.object_list],
        }
    )


_conditional_get = decorator_from_middleware(ConditionalGetMiddleware)


def _answer(view, request: HttpRequest, *args, **kwargs) -> HttpResponse:
    if address_rate_limit_exceeded(request, "open_data"):
        response = api_error(_("Too many requests. Please wait and try again."), 429)
        response["Retry-After"] = str(settings.PARTICIPATION_RATE_LIMITS["open_data"][2])
        return response
    try:
        return view(request, *args, **kwargs)
    except ApiError as error:
        return api_error(error.message, error.status)
    except Http404:
        return api_error(_("Not found."), 404)


def open_data_view(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """GET/HEAD only, counted per address, JSON errors, and the open data headers: CORS for everyone, the
    licence as a Link header, five minutes of public caching and (for JSON answers) an ETag.

    The view never reads the session or the user, so nothing personal varies the answer.
    """

    @require_safe
    @_conditional_get
    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        # The files and the API live outside the language prefix: messages follow the client's Accept-Language.
        with translation.override(translation.get_language_from_request(request)):
            response = _answer(view, request, *args, **kwargs)
        patch_vary_headers(response, ["Accept-Language"])
        if request.method == "HEAD" and response.streaming:
            # The rows are read lazily: a HEAD request asks the database nothing.
            response.streaming_content = iter(())
        response["Access-Control-Allow-Origin"] = "*"
        response["Link"] = LICENSE_LINK_HEADER
        if response.status_code == 200:
            patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
        return response

    return wrapper


@open_data_view
def api_index(request: HttpRequest) -> JsonResponse:
    """The API's entry point: its endpoints and the licence."""
    check_params(request, ())
    endpoints = {
        "proposals": "participation_opendata:api_proposals",
        "votes": "participation_opendata:api_votes",
        "themes": "strategy_opendata:api_themes",
    }
    return api_response({name: request.build_absolute_uri(reverse(url)) for name, url in endpoints.items()})


@open_data_view
def api_not_found(request: HttpRequest, rest: str = "") -> JsonResponse:
    """Any other address under /api/: a JSON 404 instead of an HTML page."""
    raise ApiError(_("Not found."), status=404)
