"""The plumbing of the read-only JSON API, and the decorator every open data file and endpoint goes through:
query parameters, pages, errors, the rate limit and the open data headers.
"""

import datetime
from collections.abc import Callable, Iterable
from functools import wraps

from django.conf import settings
from django.core.paginator import EmptyPage
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.middleware.http import ConditionalGetMiddleware
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.decorators import decorator_from_middleware
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from core.ratelimit import address_rate_limit_exceeded
from participation.listing import ListPaginator

from .licence import LICENSE_LINK_HEADER, license_info

# Published data changes slowly; five minutes of caching spares the database and is documented.
CACHE_SECONDS = 300
PAGE_SIZE = 50
MAX_PAGE_SIZE = 100
PAGE_PARAMS = ("page", "page_size")


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


def api_page(request: HttpRequest, items, *, serialize: Callable[[object], dict], count_key: str = "") -> JsonResponse:
    """One page of `items` (a queryset or list) as {license, count, next, previous, results}; two queries, or one
    with a `count_key` (the count is then cached as the proposal list's is: participation.listing)."""
    size = _positive_int(request, "page_size", PAGE_SIZE, MAX_PAGE_SIZE)
    number = _positive_int(request, "page", 1)
    paginator = ListPaginator(items, size, count_key=count_key)
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
