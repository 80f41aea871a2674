"""One page of a filtered proposal list, as the list view and the action field pages show it."""

import random

from django.core.paginator import Paginator

from .forms import ProposalFilterForm
from .selectors import proposal_list

PAGE_SIZE = 20


def visitor_seed(request) -> int:
    """A number per visitor, so the random order stays the same while they page through it."""
    if "participation:seed" not in request.session:
        request.session["participation:seed"] = random.randrange(10007)  # noqa: S311 - not security relevant
    return request.session["participation:seed"]


def proposal_page_context(request, *, action_field: str = "") -> dict:
    """Filters, one page of proposals and the query string for pager links; shared with the action field pages."""
    filter_form = ProposalFilterForm(request.GET)
    filters = filter_form.filters()
    if action_field:
        filters["action_field"] = action_field
    proposals = proposal_list(**filters, seed=visitor_seed(request) if filters["sort"] == "random" else 0)
    page = Paginator(proposals, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return {"filter_form": filter_form, "page_obj": page, "filters": filters, "query_string": query.urlencode()}
