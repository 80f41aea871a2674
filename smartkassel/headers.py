"""Security headers on every response: the Content-Security-Policy of its area, and the Permissions-Policy.

Three areas, three policies (settings: CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_ADMIN,
CONTENT_SECURITY_POLICY_DATA):
- the public site's HTML: scripts and styles from our origin or with this request's nonce, nothing inline else;
- the Wagtail admin's HTML: looser, because Wagtail's own templates carry inline scripts and style attributes;
- everything that is not HTML (the API, open data files, JSON answers to the site's scripts): nothing at all.
"""

from urllib.parse import urlsplit

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import HttpRequest
from django.http.response import HttpResponseBase

PERMISSIONS_POLICY_HEADER = "Permissions-Policy"


def is_html(response: HttpResponseBase) -> bool:
    return response.get("Content-Type", "").split(";")[0].strip().lower() == "text/html"


def tile_origin() -> str | None:
    """The map tile server's origin when it is another host (loaded only after consent, see MAP_TILE_URL)."""
    parts = urlsplit(settings.MAP_TILE_URL)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


def permissions_policy() -> str:
    return ", ".join(f"{feature}=({' '.join(allow)})" for feature, allow in settings.PERMISSIONS_POLICY.items())


class SecurityHeadersMiddleware(CSPMiddleware):
    """django-csp's middleware with the policy chosen per response, plus the Permissions-Policy header.

    A view that sets its own policy with django-csp's decorators keeps it.
    """

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if report_only or parts.config is not None:
            return parts
        if not is_html(response):
            parts.config, parts.nonce = settings.CONTENT_SECURITY_POLICY_DATA["DIRECTIVES"], None
        elif request.path_info.startswith(tuple(settings.CONTENT_SECURITY_POLICY_ADMIN["PATH_PREFIXES"])):
            # A nonce would make browsers ignore the admin's 'unsafe-inline'.
            parts.config, parts.nonce = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"], None
        else:
            # Every public page names a nonce, whether or not its template used one: one shape to test and audit.
            parts.nonce = str(request.csp_nonce)
            origin = tile_origin()
            if origin:
                update = dict(parts.update or {})
                update["img-src"] = [*update.get("img-src", []), origin]
                parts.update = update
        return parts

    def process_response(self, request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
        response = super().process_response(request, response)
        response.setdefault(PERMISSIONS_POLICY_HEADER, permissions_policy())
        return response
