"""One page of a filtered proposal list, as the list view and the action field pages show it."""

import random
from functools import cached_property

from django.core.paginator import Paginator

from .forms import ProposalFilterForm
from .selectors import proposal_list

PAGE_SIZE = 20
# A search counts its matches up to this many: an exact count of 20,000 matches reads all their rows (about a
# second at 100,000 proposals) and tells a reader no more than "more than 1,000" does.
SEARCH_COUNT_CAP = 1000


class SearchPaginator(Paginator):
    """Pages of a search's matches, counted up to SEARCH_COUNT_CAP; `capped` says whether there are more."""

    capped = False

    @cached_property
    def count(self) -> int:
        matches = getattr(self.object_list, "matches", self.object_list)  # RankedMatches or a QuerySet
        found = matches.order_by().values("pk")[: SEARCH_COUNT_CAP + 1].count()
        self.capped = found > SEARCH_COUNT_CAP
        return min(found, SEARCH_COUNT_CAP)


def proposal_paginator(proposals, *, query: str) -> Paginator:
    """The list's paginator: a search's count is capped, a plain list's is exact."""
    return (SearchPaginator if query.strip() else Paginator)(proposals, PAGE_SIZE)


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
    page = proposal_paginator(proposals, query=filters.get("query", "")).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return {"filter_form": filter_form, "page_obj": page, "filters": filters, "query_string": query.urlencode()}
