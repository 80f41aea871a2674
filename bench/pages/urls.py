"""The site's URLconf with a bare view in front: the yardstick every page is measured against."""

from django.http import HttpResponse
from django.urls import path

from smartkassel import urls as site_urls


def bare(request):
    return HttpResponse("ok")


# Not include(): the site's root uses i18n_patterns, which Django allows only in the root URLconf itself.
urlpatterns = [path("bench/bare/", bare, name="bench_bare"), *site_urls.urlpatterns]
handler429 = site_urls.handler429
