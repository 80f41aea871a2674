"""The pages issue #17 names, found in the loaded database (their addresses depend on the data)."""

from contextlib import suppress
from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    label: str
    path: str


def pages() -> list[Page]:
    from django.db.models import F
    from django.urls import NoReverseMatch, get_resolver, reverse

    from participation.models import Proposal
    from portal.models import ActionFieldPage, StatisticsPage
    from strategy.models import StrategyOverviewPage, StrategyPage

    found = [Page("home", "/")]
    field_page = ActionFieldPage.objects.live().filter(action_field="mobility").first()
    if field_page:
        found.append(Page("action field page", field_page.url))
    district = (
        Proposal.objects.visible().exclude(district="").values_list("district", flat=True).order_by("district").first()
    )
    found += [
        Page("list, newest", "/vorschlaege/"),
        Page("list, ?sort=votes", "/vorschlaege/?sort=votes"),
        Page("list, ?page=200", "/vorschlaege/?page=200"),
        Page("list, ?q=Radweg", "/vorschlaege/?q=Radweg"),
        Page(f"list, ?district={district}", f"/vorschlaege/?district={district}"),
        Page("map page", "/vorschlaege/karte/"),
    ]
    # The map's data endpoint, if the project has one (any participation address with "map" in its name).
    names = get_resolver().namespace_dict.get("participation", (None, None))[1].reverse_dict.keys()
    for name in sorted(n for n in names if isinstance(n, str) and "map" in n and n != "proposal_map"):
        with suppress(NoReverseMatch):  # one that needs arguments is not the whole map's data
            found.append(Page(f"map data ({name})", reverse(f"participation:{name}")))
    top = (
        Proposal.objects.visible()
        .annotate(vote_total=F("agree_count") + F("disagree_count") + F("pass_count"))
        .order_by("-vote_total", "pk")
        .first()
    )
    if top:
        found.append(Page(f"proposal, {top.vote_total:,} votes", top.get_absolute_url()))
    overview = StrategyOverviewPage.objects.live().first()
    if overview:
        found.append(Page("strategy overview", overview.url))
    field_strategy = StrategyPage.objects.live().order_by("path").first()
    if field_strategy:
        found.append(Page(f"field strategy ({field_strategy.get_parent().slug})", field_strategy.url))
    statistics = StatisticsPage.objects.live().first()
    if statistics:
        found.append(Page("statistics", statistics.url))
    found += [
        Page("API proposals", "/api/v1/proposals/"),
        Page("API themes", "/api/v1/themes/"),
        Page("CSV proposals", "/offene-daten/vorschlaege.csv"),
    ]
    return found
