from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from django.views.i18n import JavaScriptCatalog
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from accounts import views as accounts_views
from core import media as core_media
from participation import views as participation_views
from participation.admin_views import SiteHistoryView

from . import sites
from .health import health
from .i18n import set_language_from_next

urlpatterns = [
    path("health/", health, name="health"),
    path("i18n/setlang/", set_language_from_next, name="set_language"),
    # Staff sign in through allauth's login too, with its rate limits (WAGTAILADMIN_LOGIN_URL).
    path("admin/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    # Wagtail's site history, without contributions' moderation history for the council (before the admin's own).
    path("admin/reports/site-history/", require_admin_access(SiteHistoryView.as_view())),
    path("admin/reports/site-history/results/", require_admin_access(SiteHistoryView.as_view(results_only=True))),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Open data: files and the read-only API without language prefix, its page in both languages (see opendata/urls.py).
    path("", include("opendata.urls")),
]

# Uploaded images are few; Django serves them (from MEDIA_ROOT or the S3 bucket, core/media.py) so the deployment
# needs no extra file server. A proposal's image only to those who may see the proposal (a hidden one's is not
# public); other media (Wagtail's images) to all.
urlpatterns += [
    re_path(r"^media/proposals/(?P<path>.*)$", participation_views.proposal_image, name="proposal_image"),
    re_path(r"^media/(?P<path>.*)$", core_media.media),
]

# German pages live at /, English ones at /en/.
urlpatterns += i18n_patterns(
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("konto/", include("accounts.urls")),
    path("konto/benachrichtigungen/", include("notifications.urls")),
    # allauth's sign-up, with every answer padded to the same time (accounts.views.signup).
    path("konto/signup/", accounts_views.signup, name="account_signup"),
    path("konto/", include("allauth.urls")),
    path("vorschlaege/", include("participation.urls")),
    # "Barriere melden", linked from every page's header and footer (HVBIT § 4: the feedback mechanism).
    path("barriere-melden/", include("portal.feedback.urls")),
    # Wagtail's front-end login is a plain Django LoginView: no second factor, no rate limit. Only allauth's
    # login serves a password form; this address (and the admin's, above) lead there.
    path("_util/login/", RedirectView.as_view(pattern_name="account_login", query_string=True)),
    # Wagtail's pages, with the request's site from the cache (smartkassel/sites.py); its other addresses below.
    re_path(wagtail_urls.serve_pattern, sites.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler429 = "smartkassel.errors.too_many_requests"
