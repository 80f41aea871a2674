"""One page of a filtered proposal list, as the list view and the action field pages show it."""

import random
from functools import cached_property

from django.core.paginator import Paginator
from django.db.models import QuerySet

from core.fragments import cached, site_key

from .cards import for_cards
from .forms import ProposalFilterForm
from .selectors import COUNT_SECONDS, proposal_list

PAGE_SIZE = 20
# A search counts its matches up to this many: an exact count of 20,000 matches reads all their rows (about a
# second at 100,000 proposals) and tells a reader no more than "more than 1,000" does.
SEARCH_COUNT_CAP = 1000


class ListPaginator(Paginator):
    """Pages of a list whose count comes from the cache when `count_key` is set (a COUNT over every visible
    proposal takes 50–150 ms at 100,000 proposals)."""

    capped = False

    def __init__(self, object_list, per_page, *, count_key: str = ""):
        super().__init__(object_list, per_page)
        self.count_key = count_key

    @cached_property
    def count(self) -> int:
        if not self.count_key:
            return self.count_now()
        found, self.capped = cached(self.count_key, lambda: (self.count_now(), self.capped), timeout=COUNT_SECONDS)
        return found

    def count_now(self) -> int:
        return Paginator.count.func(self)


class SearchPaginator(ListPaginator):
    """Pages of a search's matches, counted up to SEARCH_COUNT_CAP; `capped` says whether there are more."""

    def count_now(self) -> int:
        matches = getattr(self.object_list, "matches", self.object_list)  # RankedMatches or a QuerySet
        found = matches.order_by().values("pk")[: SEARCH_COUNT_CAP + 1].count()
        self.capped = found > SEARCH_COUNT_CAP
        return min(found, SEARCH_COUNT_CAP)


def _count_key(filters: dict) -> str:
    return site_key("participation:list-count", sorted((k, v) for k, v in filters.items() if k not in ("sort", "seed")))


def proposal_paginator(proposals, *, query: str = "", filters: dict | None = None) -> Paginator:
    """The list's paginator: a search's count is capped, a plain list's is exact; with the list's `filters`, the
    count is cached (COUNT_SECONDS)."""
    query = filters.get("query", "") if filters else query
    paginator = SearchPaginator if query.strip() else ListPaginator
    return paginator(proposals, PAGE_SIZE, count_key=_count_key(filters) if filters else "")


def visitor_seed(request) -> int:
    """A number per visitor, so the random order stays the same while they page through it."""
    if "participation:seed" not in request.session:
        request.session["participation:seed"] = random.randrange(10007)  # noqa: S311 - not security relevant
    return request.session["participation:seed"]


def proposal_page_context(request, *, action_field: str = "") -> dict:
    """Filters, one page of proposals and the query string for pager links; shared with the action field pages."""
    data = request.GET.copy()
    if data.get("q", "").strip() and not data.get("sort"):
        data["sort"] = "relevance"  # a search lists the best matches first unless a sort is chosen
    filter_form = ProposalFilterForm(data)
    filters = filter_form.filters()
    if action_field:
        filters["action_field"] = action_field
    proposals = proposal_list(**filters, seed=visitor_seed(request) if filters["sort"] == "random" else 0)
    if isinstance(proposals, QuerySet):  # a search by relevance reads its own levels
        proposals = for_cards(proposals)
    page = proposal_paginator(proposals, filters=filters).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return {"filter_form": filter_form, "page_obj": page, "filters": filters, "query_string": query.urlencode()}
